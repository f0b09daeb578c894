import "server-only";
// Reads for the admin area's notification screens: the outbox (with the dead-letter view = status FAILED) and the
// development provider's mailbox. Both mask recipients (an operator needs the error or the wording, not the address);
// the mailbox also hides tracking keys and contact data in the text (maskMessageBody), and each page of it read
// writes one audit row: a development provider left on by mistake would fill it with real citizens' messages.
import type { NotificationChannel, NotificationStatus } from "@/generated/prisma/enums";
import type { PrismaClient } from "@/generated/prisma/client";
import type { SessionUser } from "@/server/auth/session-user";
import { db } from "@/server/db";
import { recordPersonalDataRead } from "@/server/data/audit";
import { HIDDEN_TRACKING_KEY, maskMessageBody, maskRecipient } from "@/server/notifications/providers/redact";

export { maskRecipient };

export const NOTIFICATION_PAGE_SIZE = 50;

export interface Page<T> {
  rows: T[];
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

export interface OutboxRow {
  id: string;
  channel: NotificationChannel;
  /** Masked: "09******21", "b***@example.com". */
  recipient: string;
  template: string;
  subject: string | null;
  status: NotificationStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  dossierCode: string | null;
}

const pageOf = (page: number | undefined) => Math.max(1, Math.floor(page ?? 1));

/** Outbox, newest first; `status: "FAILED"` is the dead-letter view (each row can be retried with retryNotification). */
export async function listOutbox(
  { status, page }: { status?: NotificationStatus; page?: number } = {},
  client: PrismaClient = db,
): Promise<Page<OutboxRow>> {
  const current = pageOf(page);
  const where = status ? { status } : {};
  const [total, rows] = await Promise.all([
    client.notification.count({ where }),
    client.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (current - 1) * NOTIFICATION_PAGE_SIZE,
      take: NOTIFICATION_PAGE_SIZE,
      select: {
        id: true,
        channel: true,
        recipient: true,
        template: true,
        subject: true,
        status: true,
        attempts: true,
        lastError: true,
        createdAt: true,
        sentAt: true,
        dossier: { select: { code: true } },
      },
    }),
  ]);
  return {
    rows: rows.map(({ dossier, recipient, ...row }) => ({ ...row, recipient: maskRecipient(row.channel, recipient), dossierCode: dossier?.code ?? null })),
    page: current,
    pageSize: NOTIFICATION_PAGE_SIZE,
    total,
    pageCount: Math.max(1, Math.ceil(total / NOTIFICATION_PAGE_SIZE)),
  };
}

export interface DevMailboxRow {
  id: string;
  notificationId: string;
  channel: NotificationChannel;
  /** Masked like the outbox's. */
  recipient: string;
  subject: string | null;
  /** The text with tracking keys hidden and contact data masked (maskMessageBody). */
  body: string;
  deliveredAt: Date;
  dossierCode: string | null;
}

/** Every way the dossier's own key may be written in a message: as printed, without its dash, URL-encoded. */
const keyForms = (key: string) => [...new Set([key, key.replace(/-/g, ""), encodeURIComponent(key)])];

function hideKnownKey(text: string, key: string | null | undefined): string {
  if (!key) return text;
  return keyForms(key).reduce((out, form) => out.split(form).join(HIDDEN_TRACKING_KEY), text);
}

/**
 * The development provider's mailbox, newest first, masked, for an administrator. Reading a page writes one audit
 * row (personal_data.view_notifications) naming the dossiers whose messages it showed.
 */
export async function listDevMailbox(
  reader: Pick<SessionUser, "id">,
  { page }: { page?: number } = {},
  client: PrismaClient = db,
): Promise<Page<DevMailboxRow>> {
  const current = pageOf(page);
  const [total, rows] = await Promise.all([
    client.devOutboxMessage.count(),
    client.devOutboxMessage.findMany({
      orderBy: [{ deliveredAt: "desc" }, { id: "desc" }],
      skip: (current - 1) * NOTIFICATION_PAGE_SIZE,
      take: NOTIFICATION_PAGE_SIZE,
    }),
  ]);
  const sources = await client.notification.findMany({
    where: { id: { in: rows.map((row) => row.notificationId) } },
    select: { id: true, dossier: { select: { code: true, trackingKey: true } } },
  });
  const dossierOf = new Map(sources.map((source) => [source.id, source.dossier]));
  const masked = rows.map((row): DevMailboxRow => {
    const dossier = dossierOf.get(row.notificationId);
    const hide = (text: string) => maskMessageBody(hideKnownKey(text, dossier?.trackingKey));
    return {
      id: row.id,
      notificationId: row.notificationId,
      channel: row.channel,
      recipient: maskRecipient(row.channel, row.recipient),
      subject: row.subject === null ? null : hide(row.subject),
      body: hide(row.body),
      deliveredAt: row.deliveredAt,
      dossierCode: dossier?.code ?? null,
    };
  });
  if (masked.length > 0) {
    const dossierCodes = [...new Set(masked.flatMap((row) => (row.dossierCode ? [row.dossierCode] : [])))];
    await recordPersonalDataRead(
      reader,
      "personal_data.view_notifications",
      { entity: "DevOutboxMessage" },
      { page: current, messages: masked.length, dossierCodes },
    );
  }
  return {
    rows: masked,
    page: current,
    pageSize: NOTIFICATION_PAGE_SIZE,
    total,
    pageCount: Math.max(1, Math.ceil(total / NOTIFICATION_PAGE_SIZE)),
  };
}
