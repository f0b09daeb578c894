import "server-only";
// Reads for the admin area's notification screens: the outbox (with the dead-letter view = status FAILED) and the
// development provider's mailbox. The outbox list masks recipients (an operator needs the error, not the address);
// the development mailbox shows messages in full, as a mail client would — it only ever holds test/demo data.
import type { NotificationChannel, NotificationStatus } from "@/generated/prisma/enums";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db";

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

/** "0987654321" → "09******21"; "binh.tran@example.com" → "b***@example.com". */
export function maskRecipient(channel: NotificationChannel, recipient: string): string {
  if (channel === "EMAIL") {
    const [local = "", domain = ""] = recipient.split("@");
    return `${local.slice(0, 1)}***@${domain}`;
  }
  return recipient.length <= 4 ? "*".repeat(recipient.length) : `${recipient.slice(0, 2)}${"*".repeat(recipient.length - 4)}${recipient.slice(-2)}`;
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
  recipient: string;
  subject: string | null;
  body: string;
  deliveredAt: Date;
}

/** The development provider's mailbox, newest first. */
export async function listDevMailbox({ page }: { page?: number } = {}, client: PrismaClient = db): Promise<Page<DevMailboxRow>> {
  const current = pageOf(page);
  const [total, rows] = await Promise.all([
    client.devOutboxMessage.count(),
    client.devOutboxMessage.findMany({
      orderBy: [{ deliveredAt: "desc" }, { id: "desc" }],
      skip: (current - 1) * NOTIFICATION_PAGE_SIZE,
      take: NOTIFICATION_PAGE_SIZE,
    }),
  ]);
  return { rows, page: current, pageSize: NOTIFICATION_PAGE_SIZE, total, pageCount: Math.max(1, Math.ceil(total / NOTIFICATION_PAGE_SIZE)) };
}
