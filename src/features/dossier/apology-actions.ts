"use server";
// The apology letter's actions on the dossier page (phiếu xin lỗi, form 04): the officer drafts, the head of the
// office at fault signs or refuses, and the draft form asks for a preview of the new appointment. Each goes through
// defineAction (session, roles, the domain's zod schemas) and the services of src/server/dossiers/apology.ts, which
// decide the rules and write under the dossier's optimistic version; a version conflict is reported on the hidden
// expectedVersion field, like the command panel, so the form can offer "Tải lại".
import { revalidatePath } from "next/cache";
import { ACTION_ROLES } from "@/domain/access";
import { formatDateTime } from "@/lib/dates";
import { defineAction, UserFacingError } from "@/server/actions/define-action";
import { dossierCodeOf, previewApologyAppointment } from "@/server/data/dossier-page";
import { approveApology, draftApology, rejectApology } from "@/server/dossiers/apology";
import { DossierConflictError } from "@/server/dossier-errors";
import {
  apologyApproveActionInput,
  apologyDraftActionInput,
  apologyPreviewInput,
  apologyRejectActionInput,
} from "./apology-form";
import { CONFLICT_FIELD } from "./command-form";

async function conflictOnVersion<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DossierConflictError)
      throw new UserFacingError(error.message, { [CONFLICT_FIELD]: [error.message] });
    throw error;
  }
}

async function refresh(ref: { dossierId: string } | { apologyId: string }) {
  const code = await dossierCodeOf(ref);
  if (code) revalidatePath(`/ho-so/${code}`);
}

export const draftApologyAction = defineAction({
  roles: ACTION_ROLES.apologyLetter,
  input: apologyDraftActionInput,
  run: async (input, user) => {
    const result = await conflictOnVersion(() => draftApology(user, input));
    await refresh({ dossierId: input.dossierId });
    return { apologyId: result.apologyId, proposedAppointmentAt: result.proposedAppointmentAt.toISOString() };
  },
});

export const approveApologyAction = defineAction({
  roles: ACTION_ROLES.apologyLetter,
  input: apologyApproveActionInput,
  run: async (input, user) => {
    const result = await conflictOnVersion(() => approveApology(user, input));
    await refresh({ apologyId: input.apologyId });
    return { number: result.number, appointmentAt: result.appointmentAt.toISOString() };
  },
});

export const rejectApologyAction = defineAction({
  roles: ACTION_ROLES.apologyLetter,
  input: apologyRejectActionInput,
  run: async (input, user) => {
    await conflictOnVersion(() => rejectApology(user, input));
    await refresh({ apologyId: input.apologyId });
    return { rejected: true as const };
  },
});

/** The new appointment a draft would propose, computed on the server with the dossier's calendar. Writes nothing. */
export const previewApologyAction = defineAction({
  roles: ACTION_ROLES.apologyLetter,
  input: apologyPreviewInput,
  run: async (input, user) => {
    const proposal = await previewApologyAppointment(user, input);
    return {
      appointmentAt: proposal.appointmentAt.toISOString(),
      formatted: formatDateTime(proposal.appointmentAt),
      explanation: proposal.explanation,
    };
  },
});
