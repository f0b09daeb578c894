"use server";
// Phản ánh, kiến nghị: the citizen's actions (verified contact's session: defineCitizenAction) and the staff's
// (defineAction with ACTION_ROLES.feedbackCommand; the item's office and scope are checked by the service).
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { ACTION_ROLES } from "@/domain/access";
import { feedbackCommandSchema, submitFeedbackSchema, supplyInfoSchema, verdictSchema } from "@/domain/feedback";
import { defineAction } from "@/server/actions/define-action";
import { defineCitizenAction } from "@/server/citizen/define-citizen-action";
import {
  performFeedbackCommand,
  recordFeedbackVerdict,
  submitFeedback,
  supplyFeedbackInfo,
} from "@/server/feedback/service";
import { clientAddress } from "@/server/rate-limit";
import { feedbackTrackingPath, staffFeedbackPath } from "./paths";

/** The public form: the item is created, then the citizen lands on its tracking page. */
export const submitFeedbackAction = defineCitizenAction({
  sessionRequired: true,
  input: submitFeedbackSchema,
  run: async (input, { session, address }) => {
    const created = await submitFeedback(input, session.contactId, address);
    redirect(`${feedbackTrackingPath(created.code)}&moi=1`);
  },
});

/** The information the office asked for. */
export const supplyFeedbackInfoAction = defineCitizenAction({
  sessionRequired: true,
  input: supplyInfoSchema,
  run: async (input, { session, address }) => {
    const result = await supplyFeedbackInfo(input.code, input.info, session.contactId, address);
    revalidatePath(feedbackTrackingPath(result.code));
    return result;
  },
});

/** Hài lòng / Không hài lòng. */
export const feedbackVerdictAction = defineCitizenAction({
  sessionRequired: true,
  input: verdictSchema,
  run: async (input, { session, address }) => {
    const result = await recordFeedbackVerdict(input.code, input.verdict, session.contactId, address);
    revalidatePath(feedbackTrackingPath(result.code));
    return result;
  },
});

/** One staff action on the feedback page (the button pressed names it). */
export const feedbackCommandAction = defineAction({
  roles: ACTION_ROLES.feedbackCommand,
  input: feedbackCommandSchema,
  run: async (command, user) => {
    const result = await performFeedbackCommand(user, command, clientAddress(await headers()));
    revalidatePath(staffFeedbackPath(result.code));
    return result;
  },
});
