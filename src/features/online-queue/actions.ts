"use server";
// The desk's online intake: one action per step (check a component, receive, ask for a supplement, refuse). Each
// checks the session and the desk role (defineAction), then the service checks the unit and the state in its
// transaction (src/server/dossiers/online-intake.ts). A check refreshes the check page (its state and buttons); a
// decision does not, so its answer (with the notice number and links) stays on screen; the queue page is rendered
// on each visit.
import { revalidatePath } from "next/cache";
import { ACTION_ROLES } from "@/domain/access";
import { defineAction, UserFacingError } from "@/server/actions/define-action";
import { DossierConflictError } from "@/server/dossier-errors";
import {
  checkOnlineComponent,
  receiveOnline,
  refuseOnline,
  requestOnlineSupplement,
} from "@/server/dossiers/online-intake";
import { componentCheckInput, receiveInput, refuseInput, supplementInput } from "./schemas";

const QUEUE = "/tiep-nhan/truc-tuyen";

/** A version conflict is reported on the hidden field, so the form can offer "Tải lại". */
async function withConflict<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DossierConflictError)
      throw new UserFacingError(error.message, { expectedVersion: [error.message] });
    throw error;
  }
}

export const checkComponentAction = defineAction({
  roles: ACTION_ROLES.onlineIntake,
  input: componentCheckInput,
  run: async (input, user) => {
    const result = await checkOnlineComponent(user, input);
    revalidatePath(`${QUEUE}/${result.code}`);
    return result;
  },
});

export const receiveOnlineAction = defineAction({
  roles: ACTION_ROLES.onlineIntake,
  input: receiveInput,
  run: async (input, user) => {
    const result = await withConflict(() => receiveOnline(user, input));
    return { code: result.code, appointmentAt: result.appointmentAt?.toISOString() ?? null };
  },
});

export const requestOnlineSupplementAction = defineAction({
  roles: ACTION_ROLES.onlineIntake,
  input: supplementInput,
  run: async (input, user) => {
    const result = await withConflict(() => requestOnlineSupplement(user, input));
    return result;
  },
});

export const refuseOnlineAction = defineAction({
  roles: ACTION_ROLES.onlineIntake,
  input: refuseInput,
  run: async (input, user) => {
    const result = await withConflict(() => refuseOnline(user, input));
    return result;
  },
});
