// Outbox (hộp thư đi): a dossier transition writes its Notification rows AND their delivery jobs in its own
// transaction, so a rolled-back transition leaves neither and a committed one always gets delivered. Delivery
// happens later in the worker; a provider outage never blocks or rolls back the transition.
// No "server-only" marker: the worker, tests and tooling import this too.
import { fromPrisma } from "pg-boss";
import type { PgBoss } from "pg-boss";
import {
  renderNotification,
  type NotificationLocale,
  type NotificationTemplate,
  type RenderedNotification,
  type ReturnMethod,
  type TemplateData,
} from "@/domain/notifications";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { NotificationChannel } from "@/generated/prisma/enums";
import { ratingUrlIfSigned } from "@/server/satisfaction/token";
import { DELIVER_QUEUE, getProducer, type DeliverJob } from "./queue";
import { notificationSettings, type NotificationSettings } from "./settings";

type Tx = Prisma.TransactionClient;

export interface OutboxMessage {
  channel: NotificationChannel;
  /** PERSONAL DATA: e-mail address or phone number. */
  recipient: string;
  template: NotificationTemplate;
  /** E-mail only. */
  subject?: string | null;
  body: string;
  dossierId?: string | null;
  /** Staff recipient. */
  userId?: string | null;
}

export interface OutboxOptions {
  /** Defaults to this process's producer for DATABASE_URL (or the worker's, when it runs in this process). */
  boss?: PgBoss;
  /** Defaults to the process's notification settings (channels on, APP_URL). */
  settings?: NotificationSettings;
}

async function producerFor(options: OutboxOptions): Promise<PgBoss> {
  if (options.boss) return options.boss;
  const url = (options.settings ?? notificationSettings()).DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: the outbox cannot reach the job queue");
  return getProducer(url);
}

/**
 * Starts this process's job producer now rather than inside the first transaction that enqueues. Required on the
 * embedded database (PGlite lets no other connection in while a transaction is open); harmless elsewhere.
 * Call it once at server start (Next.js: `register()` in src/instrumentation.ts).
 */
export async function startNotificationProducer(options: OutboxOptions = {}): Promise<void> {
  await producerFor(options);
}

/**
 * Writes the Notification rows and one delivery job each, inside the caller's transaction (pg-boss inserts the jobs
 * through `tx`). Returns the notification ids. Call it last in the transaction: it is cheap, but a failure rolls
 * the transition back, which is the point.
 */
export async function enqueueNotifications(
  tx: Tx,
  messages: readonly OutboxMessage[],
  options: OutboxOptions = {},
): Promise<string[]> {
  if (messages.length === 0) return [];
  const boss = await producerFor(options);
  const rows = await tx.notification.createManyAndReturn({
    data: messages.map((message) => ({
      channel: message.channel,
      recipient: message.recipient,
      template: message.template,
      subject: message.channel === "EMAIL" ? (message.subject ?? null) : null,
      body: message.body,
      dossierId: message.dossierId ?? null,
      userId: message.userId ?? null,
    })),
    select: { id: true },
  });
  const jobs = rows.map((row) => ({ data: { notificationId: row.id } satisfies DeliverJob }));
  await boss.insert(DELIVER_QUEUE, jobs, { db: fromPrisma(tx) });
  return rows.map((row) => row.id);
}

/** One message per enabled channel the recipient can be reached on: e-mail when there is an address, SMS to the phone. */
export function messagesFor(
  rendered: RenderedNotification,
  contact: { email?: string | null; phone?: string | null },
  base: Pick<OutboxMessage, "template" | "dossierId" | "userId">,
  settings: NotificationSettings,
): OutboxMessage[] {
  const messages: OutboxMessage[] = [];
  const email = contact.email?.trim();
  const phone = contact.phone?.replace(/[\s.-]/gu, "");
  if (email && settings.NOTIFY_CHANNELS.includes("EMAIL")) {
    messages.push({ ...base, channel: "EMAIL", recipient: email, subject: rendered.subject, body: rendered.body });
  }
  if (phone && settings.NOTIFY_CHANNELS.includes("SMS")) {
    messages.push({ ...base, channel: "SMS", recipient: phone, subject: null, body: rendered.sms });
  }
  return messages;
}

const applicantSelect = {
  id: true,
  code: true,
  applicantKind: true,
  applicantName: true,
  applicantEmail: true,
  applicantPhone: true,
  trackingKey: true,
  appointmentAt: true,
  intakeDueAt: true,
  postalReturn: true,
  electronicResult: true,
  procedure: { select: { name: true } },
  receivedUnit: { select: { name: true } },
} satisfies Prisma.DossierSelect;

type ApplicantDossier = Prisma.DossierGetPayload<{ select: typeof applicantSelect }>;

export async function loadApplicantDossier(tx: Tx, dossierId: string): Promise<ApplicantDossier> {
  return tx.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: applicantSelect });
}

export const applicantData = (dossier: ApplicantDossier, settings: NotificationSettings) => ({
  applicantKind: dossier.applicantKind,
  applicantName: dossier.applicantName,
  code: dossier.code,
  procedureName: dossier.procedure.name,
  unitName: dossier.receivedUnit.name,
  appUrl: settings.APP_URL,
  trackingKey: dossier.trackingKey,
});

export async function notifyApplicant<T extends NotificationTemplate>(
  tx: Tx,
  dossier: ApplicantDossier,
  template: T,
  data: TemplateData[T],
  options: OutboxOptions,
): Promise<string[]> {
  const settings = options.settings ?? notificationSettings();
  // Citizens are written to in Vietnamese.
  const rendered = renderNotification(template, data, "vi");
  const messages = messagesFor(
    rendered,
    { email: dossier.applicantEmail, phone: dossier.applicantPhone },
    { template, dossierId: dossier.id },
    settings,
  );
  return enqueueNotifications(tx, messages, { ...options, settings });
}

/** Hồ sơ đã được tiếp nhận: code, procedure, appointment and the tracking link. Call after registration/receipt. */
export async function notifyDossierReceived(tx: Tx, dossierId: string, options: OutboxOptions = {}): Promise<string[]> {
  const settings = options.settings ?? notificationSettings();
  const dossier = await loadApplicantDossier(tx, dossierId);
  return notifyApplicant(
    tx,
    dossier,
    "dossier.received",
    { ...applicantData(dossier, settings), appointmentAt: dossier.appointmentAt },
    { ...options, settings },
  );
}

/** Đã nhận hồ sơ đăng ký trực tuyến: call in the online submission's transaction (not received yet). */
export async function notifyRegisteredOnline(
  tx: Tx,
  dossierId: string,
  options: OutboxOptions = {},
): Promise<string[]> {
  const settings = options.settings ?? notificationSettings();
  const dossier = await loadApplicantDossier(tx, dossierId);
  return notifyApplicant(
    tx,
    dossier,
    "dossier.registered_online",
    { ...applicantData(dossier, settings), intakeDueAt: dossier.intakeDueAt },
    { ...options, settings },
  );
}

/** Yêu cầu bổ sung: call after the SUPPLEMENT pause was opened; its reason and office go into the message. */
export async function notifySupplementNeeded(
  tx: Tx,
  dossierId: string,
  options: OutboxOptions = {},
): Promise<string[]> {
  const settings = options.settings ?? notificationSettings();
  const dossier = await loadApplicantDossier(tx, dossierId);
  const pause = await tx.dossierPause.findFirst({
    where: { dossierId, kind: "SUPPLEMENT" },
    orderBy: { startedAt: "desc" },
    select: { reason: true, requestedByOffice: { select: { name: true } } },
  });
  if (!pause) throw new Error("notifySupplementNeeded: the dossier has no supplement request");
  return notifyApplicant(
    tx,
    dossier,
    "dossier.supplement_needed",
    { ...applicantData(dossier, settings), reason: pause.reason, officeName: pause.requestedByOffice?.name ?? null },
    { ...options, settings },
  );
}

/** Phiếu xin lỗi và hẹn lại (form 04) approved: call in the approval's transaction with the letter's id. */
export async function notifyRescheduled(
  tx: Tx,
  apologyLetterId: string,
  options: OutboxOptions = {},
): Promise<string[]> {
  const settings = options.settings ?? notificationSettings();
  const letter = await tx.apologyLetter.findUniqueOrThrow({
    where: { id: apologyLetterId },
    select: { dossierId: true, reason: true, previousAppointmentAt: true, proposedAppointmentAt: true },
  });
  const dossier = await loadApplicantDossier(tx, letter.dossierId);
  return notifyApplicant(
    tx,
    dossier,
    "dossier.rescheduled",
    {
      ...applicantData(dossier, settings),
      previousAppointmentAt: letter.previousAppointmentAt,
      newAppointmentAt: letter.proposedAppointmentAt,
      reason: letter.reason,
    },
    { ...options, settings },
  );
}

/** Đã có kết quả: call when the dossier reaches RESULT_READY. Desk, post or online follows the dossier's flags. */
export async function notifyResultReady(tx: Tx, dossierId: string, options: OutboxOptions = {}): Promise<string[]> {
  const settings = options.settings ?? notificationSettings();
  const dossier = await loadApplicantDossier(tx, dossierId);
  const returnMethod: ReturnMethod = dossier.postalReturn ? "POST" : dossier.electronicResult ? "ONLINE" : "DESK";
  return notifyApplicant(
    tx,
    dossier,
    "dossier.result_ready",
    {
      ...applicantData(dossier, settings),
      returnMethod,
      ratingUrl: await ratingUrlIfSigned(settings.APP_URL, dossier.id, "NOTIFICATION_LINK"),
    },
    { ...options, settings },
  );
}

/** Đã nhận thanh toán phí, lệ phí: call when the dossier's payment request becomes PAID (src/server/payments). */
export async function notifyPaymentReceived(
  tx: Tx,
  dossierId: string,
  payment: { amount: number; awaitingIntake: boolean },
  options: OutboxOptions = {},
): Promise<string[]> {
  const settings = options.settings ?? notificationSettings();
  const dossier = await loadApplicantDossier(tx, dossierId);
  return notifyApplicant(
    tx,
    dossier,
    "dossier.payment_received",
    { ...applicantData(dossier, settings), ...payment },
    { ...options, settings },
  );
}

/** A staff member as the staff templates need them. */
export interface StaffRecipient {
  id: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  locale: string;
}

const staffLocale = (locale: string): NotificationLocale => (locale === "en" ? "en" : "vi");

/** Staff messages (alerts, digest) to one user, on the channels they can be reached on. */
export async function notifyStaff<T extends "staff.apology_due" | "staff.daily_digest">(
  tx: Tx,
  user: StaffRecipient,
  template: T,
  data: Omit<TemplateData[T], "recipientName" | "appUrl">,
  options: OutboxOptions & { dossierId?: string } = {},
): Promise<string[]> {
  const settings = options.settings ?? notificationSettings();
  const full = { ...data, recipientName: user.fullName, appUrl: settings.APP_URL } as TemplateData[T];
  const rendered = renderNotification(template, full, staffLocale(user.locale));
  const messages = messagesFor(
    rendered,
    user,
    { template, userId: user.id, dossierId: options.dossierId ?? null },
    settings,
  );
  return enqueueNotifications(tx, messages, { ...options, settings });
}

/**
 * "Thử gửi lại" in the dead-letter view: puts a FAILED notification back to PENDING and enqueues a new delivery
 * job, in one transaction. Returns false when it is not FAILED (already retried, or sent meanwhile).
 */
export async function retryFailedNotification(
  db: PrismaClient,
  notificationId: string,
  options: OutboxOptions = {},
): Promise<boolean> {
  const boss = await producerFor(options);
  return db.$transaction(async (tx) => {
    const reset = await tx.notification.updateMany({
      where: { id: notificationId, status: "FAILED" },
      data: { status: "PENDING" },
    });
    if (reset.count !== 1) return false;
    await boss.insert(DELIVER_QUEUE, [{ data: { notificationId } satisfies DeliverJob }], { db: fromPrisma(tx) });
    return true;
  });
}
