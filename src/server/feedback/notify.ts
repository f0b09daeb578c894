import "server-only";
// The citizen's messages about a feedback item, through the notification outbox in the caller's transaction (a
// rolled-back action sends nothing): to the verified phone by SMS or the e-mail, when that channel is on.
import { renderNotification } from "@/domain/notifications";
import type { Prisma } from "@/generated/prisma/client";
import { enqueueNotifications } from "@/server/notifications";
import { notificationSettings } from "@/server/notifications/settings";

type Tx = Prisma.TransactionClient;

export type FeedbackMessage =
  { template: "feedback.info_needed"; request: string } | { template: "feedback.answered"; answer: string };

/** Writes the message for the item's verified contact; nothing when it has none or its channel is off. */
export async function notifyFeedbackContact(tx: Tx, feedbackId: string, message: FeedbackMessage): Promise<string[]> {
  const item = await tx.feedback.findUniqueOrThrow({
    where: { id: feedbackId },
    select: { code: true, unit: { select: { name: true } }, contact: { select: { kind: true, value: true } } },
  });
  if (!item.contact) return [];
  const settings = notificationSettings();
  const channel = item.contact.kind === "PHONE" ? "SMS" : "EMAIL";
  if (!settings.NOTIFY_CHANNELS.includes(channel)) return [];
  const base = { code: item.code, unitName: item.unit.name, appUrl: settings.APP_URL };
  const rendered =
    message.template === "feedback.answered"
      ? renderNotification("feedback.answered", { ...base, answer: message.answer })
      : renderNotification("feedback.info_needed", { ...base, request: message.request });
  return enqueueNotifications(tx, [
    {
      channel,
      recipient: item.contact.value,
      template: message.template,
      subject: rendered.subject,
      body: channel === "SMS" ? rendered.sms : rendered.body,
    },
  ]);
}
