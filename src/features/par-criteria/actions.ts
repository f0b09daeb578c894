"use server";
// Server actions of the criteria-set screens (/noi-vu/chi-so-cchc/bo-tieu-chi). defineAction checks the session, the
// role (home affairs) and the zod schema; the work, the owner check and the audit are in
// src/server/par-index/criteria-sets.ts.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ACTION_ROLES } from "@/domain/access";
import { defineAction, UserFacingError } from "@/server/actions/define-action";
import { defineFileAction } from "@/server/actions/define-file-action";
import {
  addCriterion,
  copyCriteriaSet,
  createCriteriaSet,
  deleteCriterion,
  importCriteriaSet,
  moveCriterion,
  updateCriteriaSetInfo,
  updateCriterion,
  type CriteriaImportOutcome,
} from "@/server/par-index/criteria-sets";
import {
  addCriterionSchema,
  copySetSchema,
  criterionFromForm,
  deleteSchema,
  moveSchema,
  newSetSchema,
  setInfoSchema,
  updateCriterionSchema,
  idSchema,
} from "./form-data";

const LIST_PATH = "/noi-vu/chi-so-cchc/bo-tieu-chi";
const refresh = (setId?: string) => {
  revalidatePath(LIST_PATH);
  if (setId) revalidatePath(`${LIST_PATH}/${setId}`);
};

export const createSetAction = defineAction({
  roles: ACTION_ROLES.parCriteriaAdmin,
  input: newSetSchema,
  run: async (input, user) => {
    const created = await createCriteriaSet(user, input);
    refresh(created.id);
    return created;
  },
});

export const copySetAction = defineAction({
  roles: ACTION_ROLES.parCriteriaAdmin,
  input: copySetSchema,
  run: async (input, user) => {
    const created = await copyCriteriaSet(user, input);
    refresh(created.id);
    return created;
  },
});

export const updateSetInfoAction = defineAction({
  roles: ACTION_ROLES.parCriteriaAdmin,
  input: setInfoSchema,
  run: async (input, user) => {
    await updateCriteriaSetInfo(user, input);
    refresh(input.setId);
    return { saved: true };
  },
});

export const addCriterionAction = defineAction({
  roles: ACTION_ROLES.parCriteriaAdmin,
  input: addCriterionSchema,
  fromForm: criterionFromForm,
  run: async (input, user) => {
    const created = await addCriterion(user, input);
    refresh(input.setId);
    return created;
  },
});

export const updateCriterionAction = defineAction({
  roles: ACTION_ROLES.parCriteriaAdmin,
  input: updateCriterionSchema,
  fromForm: criterionFromForm,
  run: async (input, user) => {
    await updateCriterion(user, input);
    refresh(input.setId);
    // The same answer as adding, so one form serves both.
    return { id: input.criterionId };
  },
});

export const moveCriterionAction = defineAction({
  roles: ACTION_ROLES.parCriteriaAdmin,
  input: moveSchema,
  run: async (input, user) => {
    await moveCriterion(
      user,
      input.setId,
      input.to === "parent"
        ? { criterionId: input.criterionId, to: "parent", parentId: input.parentId ? input.parentId : null }
        : { criterionId: input.criterionId, to: input.to },
    );
    refresh(input.setId);
    return { moved: true };
  },
});

export const deleteCriterionAction = defineAction({
  roles: ACTION_ROLES.parCriteriaAdmin,
  input: deleteSchema,
  run: async (input, user) => {
    await deleteCriterion(user, input.setId, input.criterionId);
    refresh(input.setId);
    return { deleted: true };
  },
});

/** A criteria spreadsheet is small (a few hundred rows); 2 MB is plenty. */
const IMPORT_LIMIT_BYTES = 2 * 1024 * 1024;

export const importCriteriaAction = defineFileAction({
  roles: ACTION_ROLES.parCriteriaAdmin,
  input: z.object({ setId: idSchema }),
  fileFields: ["file"],
  run: async (input, user, files): Promise<CriteriaImportOutcome> => {
    const file = files.get("file");
    const missing = "Xin vui lòng chọn tệp bảng tính (.xlsx) của bộ tiêu chí.";
    if (!file || file.size === 0) throw new UserFacingError(missing, { file: [missing] });
    if (file.size > IMPORT_LIMIT_BYTES) {
      const tooLarge = "Tệp không hợp lệ: lớn quá 2 MB.";
      throw new UserFacingError(tooLarge, { file: [tooLarge] });
    }
    const outcome = await importCriteriaSet(user, input.setId, { bytes: await file.arrayBuffer() });
    if (outcome.ok) refresh(input.setId);
    return outcome;
  },
});
