"use server";
// Server actions of the organisation screens (/quan-tri/don-vi). Each one is a public POST endpoint: defineAction
// checks the ADMIN role and the zod schema (src/domain/organisation/schemas.ts); the command itself (one locked,
// audited transaction, scope: the administrator's province) lives in src/server/organisation.
import { revalidatePath } from "next/cache";
import { ACTION_ROLES } from "@/domain/access";
import {
  createCounterSchema,
  createOfficeSchema,
  createUnitSchema,
  editCounterSchema,
  editOfficeSchema,
  editUnitSchema,
  mergeUnitsSchema,
  setCounterActiveSchema,
  setOfficeActiveSchema,
  setUnitDatesSchema,
} from "@/domain/organisation";
import { defineAction } from "@/server/actions/define-action";
import {
  createCounter,
  createOffice,
  createUnit,
  editCounter,
  editOffice,
  editUnit,
  mergeUnits,
  setCounterActive,
  setOfficeActive,
  setUnitDates,
} from "@/server/organisation";
import { publicDataChanged } from "@/server/data/public-cache";

const roles = ACTION_ROLES.organisationAdmin;

/** Every organisation screen shows the tree's state: refresh them all after a change. */
async function refreshed<T>(work: Promise<T>): Promise<T> {
  const result = await work;
  revalidatePath("/quan-tri/don-vi", "layout");
  // The public header, footer and results board name the units.
  publicDataChanged();
  return result;
}

export const createUnitAction = defineAction({
  roles,
  input: createUnitSchema,
  run: (input, user) => refreshed(createUnit(input, user)),
});

export const editUnitAction = defineAction({
  roles,
  input: editUnitSchema,
  run: (input, user) => refreshed(editUnit(input, user)),
});

export const setUnitDatesAction = defineAction({
  roles,
  input: setUnitDatesSchema,
  run: (input, user) => refreshed(setUnitDates(input, user)),
});

export const mergeUnitsAction = defineAction({
  roles,
  input: mergeUnitsSchema,
  // The sources are checkboxes named "sourceIds[]": every ticked value.
  fromForm: (formData) => ({
    sourceIds: formData.getAll("sourceIds[]"),
    successorId: formData.get("successorId") ?? undefined,
    lastDay: formData.get("lastDay") ?? undefined,
    changeBasis: formData.get("changeBasis") ?? undefined,
  }),
  run: (input, user) => refreshed(mergeUnits(input, user)),
});

export const createOfficeAction = defineAction({
  roles,
  input: createOfficeSchema,
  run: (input, user) => refreshed(createOffice(input, user)),
});

export const editOfficeAction = defineAction({
  roles,
  input: editOfficeSchema,
  run: (input, user) => refreshed(editOffice(input, user)),
});

export const setOfficeActiveAction = defineAction({
  roles,
  input: setOfficeActiveSchema,
  run: (input, user) => refreshed(setOfficeActive(input, user)),
});

export const createCounterAction = defineAction({
  roles,
  input: createCounterSchema,
  run: (input, user) => refreshed(createCounter(input, user)),
});

export const editCounterAction = defineAction({
  roles,
  input: editCounterSchema,
  run: (input, user) => refreshed(editCounter(input, user)),
});

export const setCounterActiveAction = defineAction({
  roles,
  input: setCounterActiveSchema,
  run: (input, user) => refreshed(setCounterActive(input, user)),
});
