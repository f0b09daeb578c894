// Delivers one Notification through its channel's provider. Safe to run twice for the same notification: a SENT one
// is skipped, and providers deduplicate on the notification id for the window between "provider accepted" and
// "marked SENT" (a crash there makes the job run again).
import type { PrismaClient } from "@/generated/prisma/client";
import type { NotificationChannel } from "@/generated/prisma/enums";
import { DeliveryError, redactPersonalData, type Providers } from "./providers";
import { sqlOf, UTC_NOW, type SqlClient } from "./sql";

export type DeliveryOutcome =
  /** The provider accepted it; now SENT. */
  | { kind: "sent"; providerMessageId: string }
  /** Nothing to do: already SENT, or the row is gone. */
  | { kind: "skipped"; reason: "already_sent" | "missing" }
  /** Marked FAILED: a permanent error, or the last attempt failed. */
  | { kind: "failed"; error: string }
  /** Still PENDING; the queue retries it later. */
  | { kind: "retry"; error: string };

/** Error text safe to store and log: providers' DeliveryErrors are already redacted, anything else is redacted here. */
export const safeErrorMessage = (error: unknown): string =>
  error instanceof DeliveryError
    ? error.message
    : redactPersonalData(error instanceof Error ? `${error.name}: ${error.message}` : String(error));

export async function deliverNotification(
  client: SqlClient | PrismaClient,
  providers: Providers,
  notificationId: string,
  { finalAttempt = false }: { finalAttempt?: boolean } = {},
): Promise<DeliveryOutcome> {
  const sql = sqlOf(client);
  // Claim and count the attempt in one statement, before calling out, so a crash during the call still shows in
  // `attempts`; a SENT row is left alone.
  const claimed = await sql.executeSql(
    `UPDATE "Notification" SET "attempts" = "attempts" + 1 WHERE "id" = $1 AND "status" <> 'SENT'
     RETURNING "channel"::text AS "channel", "recipient", "subject", "body"`,
    [notificationId],
  );
  const notification = claimed.rows[0] as
    { channel: NotificationChannel; recipient: string; subject: string | null; body: string } | undefined;
  if (!notification) {
    const exists = await sql.executeSql(`SELECT 1 FROM "Notification" WHERE "id" = $1`, [notificationId]);
    return { kind: "skipped", reason: exists.rows.length > 0 ? "already_sent" : "missing" };
  }
  try {
    const { providerMessageId } = await providers[notification.channel].send({ notificationId, ...notification });
    await sql.executeSql(
      `UPDATE "Notification" SET "status" = 'SENT', "sentAt" = ${UTC_NOW}, "providerMessageId" = $2, "lastError" = NULL
       WHERE "id" = $1 AND "status" <> 'SENT'`,
      [notificationId, providerMessageId],
    );
    return { kind: "sent", providerMessageId };
  } catch (error) {
    const message = safeErrorMessage(error);
    const permanent = error instanceof DeliveryError && !error.retryable;
    const failed = permanent || finalAttempt;
    await sql.executeSql(
      `UPDATE "Notification" SET "lastError" = $2, "status" = CASE WHEN $3::boolean THEN 'FAILED'::"NotificationStatus" ELSE "status" END
       WHERE "id" = $1 AND "status" <> 'SENT'`,
      [notificationId, message, failed],
    );
    return failed ? { kind: "failed", error: message } : { kind: "retry", error: message };
  }
}

/** Marks a notification FAILED unless it was SENT meanwhile (dead-letter queue: the job ran out of retries). */
export async function markFailed(db: PrismaClient, notificationId: string, fallbackError: string): Promise<void> {
  await db.notification.updateMany({ where: { id: notificationId, status: "PENDING" }, data: { status: "FAILED" } });
  await db.notification.updateMany({
    where: { id: notificationId, status: "FAILED", lastError: null },
    data: { lastError: fallbackError },
  });
}
