import "server-only";
// Direction: server/dossiers (transactional services) import server/data (reads); server/data never imports them.
// Hồ sơ trực tuyến chờ tiếp nhận: the desk's queue of its unit's online registrations (issue 9, item 3), and one
// registration as the officer checks it (its components, each with its files opened in the browser). The rules are
// pure (src/domain/online-intake); this module reads the rows and the clock.
import {
  compareQueueRows,
  intakeDeadline,
  entersIntakeQueue,
  intakeReadiness,
  isIntakeOverdue,
  queueAge,
  type IntakeComponent,
  type QueueAge,
} from "@/domain/online-intake";
import type { WorkingCalendar } from "@/domain/calendar";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/server/auth/session-user";
import { recordPersonalDataRead } from "@/server/data/audit";
import { getCurrentCalendar, getSetting } from "@/server/data/calendar";
import { db } from "@/server/db";
import { fileLink } from "@/server/files";

type Client = Prisma.TransactionClient | typeof db;

/** Online registrations the desk has not received yet: waiting for it, or for the citizen's supplement. */
const notReceivedOnline = (unitId: string): Prisma.DossierWhereInput => ({
  receivedUnitId: unitId,
  channel: "ONLINE",
  receivedAt: null,
  status: { in: ["REGISTERED_ONLINE", "WAITING_SUPPLEMENT"] },
});

const queueSelect = {
  id: true,
  code: true,
  status: true,
  applicantName: true,
  submittedAt: true,
  intakeDueAt: true,
  procedure: { select: { code: true, name: true } },
  procedureVersion: { select: { feeTiming: true, feeAmount: true, chargeAmount: true } },
  payments: { where: { status: "PAID" }, orderBy: { paidAt: "asc" }, select: { paidAt: true }, take: 1 },
  documents: { select: { position: true, required: true, check: true } },
  intakeNotices: {
    where: { kind: "SUPPLEMENT_REQUEST" },
    orderBy: { issuedAt: "desc" },
    take: 1,
    select: { number: true, issuedAt: true, answeredAt: true },
  },
} satisfies Prisma.DossierSelect;

type QueueRecord = Prisma.DossierGetPayload<{ select: typeof queueSelect }>;

export interface OnlineQueueRow {
  id: string;
  code: string;
  procedureName: string;
  /** PERSONAL DATA: the staff screen names the applicant (its read is audited). */
  applicantName: string;
  submittedAt: Date;
  intakeDueAt: Date;
  overdue: boolean;
  age: QueueAge;
  components: { total: number; valid: number; invalid: number; pending: number };
  /** The citizen answered a supplement request (the dossier came back to the queue). */
  answeredSupplement: { number: string; answeredAt: Date } | null;
  /** WAITING_SUPPLEMENT: the form 02 the citizen has not answered yet. */
  openNotice: { number: string; issuedAt: Date } | null;
}

export interface OnlineQueue {
  /** Mới đăng ký, most urgent first. */
  waiting: OnlineQueueRow[];
  /** Chờ công dân bổ sung: form 02 sent, not answered yet. */
  awaitingCitizen: OnlineQueueRow[];
  /** Pay-before registrations not paid yet: not in the queue, only counted. */
  awaitingPayment: number;
}

const payBefore = (record: Pick<QueueRecord, "procedureVersion">) =>
  record.procedureVersion.feeTiming === "BEFORE_INTAKE" &&
  record.procedureVersion.feeAmount + record.procedureVersion.chargeAmount > 0;

const paidOrNotDue = (record: Pick<QueueRecord, "procedureVersion" | "payments">) =>
  entersIntakeQueue({
    feeTiming: record.procedureVersion.feeTiming,
    amountDue: record.procedureVersion.feeAmount + record.procedureVersion.chargeAmount,
    paid: record.payments.length > 0,
  });

/**
 * The deadline the desk is held to (intakeDeadline): the stored one, computed for an older row without one, or
 * from the payment of a pay-before registration paid later. The calendar and setting are read once, when needed.
 */
async function dueAtResolver(client: Client) {
  let context: { calendar: WorkingCalendar; hours: number } | null = null;
  return async (record: Pick<QueueRecord, "intakeDueAt" | "submittedAt" | "procedureVersion" | "payments">) => {
    const paidAt = payBefore(record) ? (record.payments[0]?.paidAt ?? null) : null;
    if (record.intakeDueAt && !paidAt) return record.intakeDueAt;
    if (!context) {
      const [calendar, hours] = await Promise.all([
        getCurrentCalendar(client),
        getSetting("onlineIntakeHours", client),
      ]);
      context = { calendar, hours };
    }
    const { calendar, hours } = context;
    return intakeDeadline(
      calendar,
      { submittedAt: record.submittedAt, storedDueAt: record.intakeDueAt, paidBeforeIntakeAt: paidAt },
      hours,
    );
  };
}

/** The queue of the user's unit. Reads personal data (names): audited once per view. */
export async function loadOnlineQueue(
  user: SessionUser,
  now: Date = new Date(),
  client: Client = db,
): Promise<OnlineQueue> {
  const records = await client.dossier.findMany({ where: notReceivedOnline(user.unitId), select: queueSelect });
  const dueAt = await dueAtResolver(client);
  const rows: (OnlineQueueRow & { status: string })[] = [];
  let awaitingPayment = 0;
  for (const record of records) {
    if (!paidOrNotDue(record)) {
      awaitingPayment += 1;
      continue;
    }
    const intakeDueAt = await dueAt(record);
    const checks = record.documents.map((document) => document.check);
    const notice = record.intakeNotices[0] ?? null;
    rows.push({
      status: record.status,
      id: record.id,
      code: record.code,
      procedureName: record.procedure.name,
      applicantName: record.applicantName,
      submittedAt: record.submittedAt,
      intakeDueAt,
      overdue: isIntakeOverdue(intakeDueAt, now),
      age: queueAge(record.submittedAt, now),
      components: {
        total: checks.length,
        valid: checks.filter((check) => check === "VALID").length,
        invalid: checks.filter((check) => check === "INVALID").length,
        pending: checks.filter((check) => check === "PENDING").length,
      },
      answeredSupplement:
        record.status === "REGISTERED_ONLINE" && notice?.answeredAt
          ? { number: notice.number, answeredAt: notice.answeredAt }
          : null,
      openNotice:
        record.status === "WAITING_SUPPLEMENT" && notice && !notice.answeredAt
          ? { number: notice.number, issuedAt: notice.issuedAt }
          : null,
    });
  }
  rows.sort(compareQueueRows);
  const strip = ({ status: _status, ...row }: OnlineQueueRow & { status: string }): OnlineQueueRow => row;
  const queue: OnlineQueue = {
    waiting: rows.filter((row) => row.status === "REGISTERED_ONLINE").map(strip),
    awaitingCitizen: rows.filter((row) => row.status === "WAITING_SUPPLEMENT").map(strip),
    awaitingPayment,
  };
  if (rows.length > 0)
    await recordPersonalDataRead(
      user,
      "personal_data.view_online_queue",
      { entity: "AdministrativeUnit", unitId: user.unitId },
      { rows: rows.length },
    );
  return queue;
}

// ─── One registration, as the officer checks it ─────────────────────────────────────────────────────────────────

export interface CheckFile {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  source: string;
  uploadedAt: Date;
  /** A short-lived staff link (/api/tep/<id>?t=…): opens inline in the browser. */
  href: string;
}

export interface CheckComponent extends IntakeComponent {
  form: string;
  count: number;
  checkedAt: Date | null;
  checkedByName: string | null;
  files: CheckFile[];
}

export interface OnlineIntakeDetail {
  id: string;
  code: string;
  version: number;
  status: "REGISTERED_ONLINE" | "WAITING_SUPPLEMENT";
  procedure: { code: string; name: string };
  applicant: {
    kind: string;
    name: string;
    idNumber: string;
    phone: string;
    email: string | null;
    address: string;
  };
  resultDelivery: string;
  submittedAt: Date;
  intakeDueAt: Date;
  overdue: boolean;
  age: QueueAge;
  components: CheckComponent[];
  readiness: ReturnType<typeof intakeReadiness>;
  /** The latest form 02 sent online, answered or not. */
  supplementNotice: { number: string; issuedAt: Date; answeredAt: Date | null; lines: string[] } | null;
  /** Pay-before and not paid yet: the desk waits for the payment. */
  awaitingPayment: boolean;
  note: string | null;
}

/**
 * An online registration of the user's unit not received yet, by code, or null (unknown, another unit's, already
 * received or decided: the same answer, so nothing leaks). Audited as a read of the dossier's personal data.
 */
export async function loadOnlineIntakeDetail(
  user: SessionUser,
  code: string,
  now: Date = new Date(),
): Promise<OnlineIntakeDetail | null> {
  if (code.length > 64) return null;
  const record = await db.dossier.findFirst({
    where: { code, ...notReceivedOnline(user.unitId) },
    select: {
      ...queueSelect,
      version: true,
      applicantKind: true,
      applicantIdNumber: true,
      applicantPhone: true,
      applicantEmail: true,
      applicantAddress: true,
      resultDelivery: true,
      note: true,
      documents: {
        orderBy: { position: "asc" },
        select: {
          position: true,
          name: true,
          form: true,
          count: true,
          required: true,
          check: true,
          checkNote: true,
          checkedAt: true,
          checkedById: true,
        },
      },
      files: {
        where: { purpose: "COMPONENT", supersededAt: null },
        orderBy: { uploadedAt: "asc" },
        select: {
          id: true,
          documentPosition: true,
          fileName: true,
          mediaType: true,
          sizeBytes: true,
          source: true,
          uploadedAt: true,
        },
      },
      intakeNotices: {
        where: { kind: "SUPPLEMENT_REQUEST" },
        orderBy: { issuedAt: "desc" },
        take: 1,
        select: { number: true, issuedAt: true, answeredAt: true, missingDocuments: true },
      },
    },
  });
  if (!record || (record.status !== "REGISTERED_ONLINE" && record.status !== "WAITING_SUPPLEMENT")) return null;
  await recordPersonalDataRead(user, "personal_data.view_dossier", { entity: "Dossier", entityId: record.code });

  const checkerIds = [...new Set(record.documents.flatMap((document) => document.checkedById ?? []))];
  const checkers = new Map(
    (await db.user.findMany({ where: { id: { in: checkerIds } }, select: { id: true, fullName: true } })).map(
      (checker) => [checker.id, checker.fullName],
    ),
  );
  const files = await Promise.all(
    record.files.map(async (file) => ({ ...file, href: await fileLink(file.id, "staff") })),
  );
  const components: CheckComponent[] = record.documents.map((document) => {
    const own = files.filter((file) => file.documentPosition === document.position);
    return {
      position: document.position,
      name: document.name,
      form: document.form,
      count: document.count,
      required: document.required,
      check: document.check,
      checkNote: document.checkNote,
      checkedAt: document.checkedAt,
      checkedByName: document.checkedById ? (checkers.get(document.checkedById) ?? null) : null,
      fileCount: own.length,
      files: own.map(({ documentPosition: _position, ...file }) => file),
    };
  });
  const intakeDueAt = await (await dueAtResolver(db))(record);
  const notice = record.intakeNotices[0];
  return {
    id: record.id,
    code: record.code,
    version: record.version,
    status: record.status,
    procedure: record.procedure,
    applicant: {
      kind: record.applicantKind,
      name: record.applicantName,
      idNumber: record.applicantIdNumber,
      phone: record.applicantPhone,
      email: record.applicantEmail,
      address: record.applicantAddress,
    },
    resultDelivery: record.resultDelivery,
    submittedAt: record.submittedAt,
    intakeDueAt,
    overdue: isIntakeOverdue(intakeDueAt, now),
    age: queueAge(record.submittedAt, now),
    components,
    readiness: intakeReadiness(components),
    supplementNotice: notice
      ? {
          number: notice.number,
          issuedAt: notice.issuedAt,
          answeredAt: notice.answeredAt,
          lines: Array.isArray(notice.missingDocuments)
            ? notice.missingDocuments.filter((line): line is string => typeof line === "string")
            : [],
        }
      : null,
    awaitingPayment: !paidOrNotDue(record),
    note: record.note,
  };
}

// ─── The applicant's open form 02 (tracking page) ─────────────────────────────────────────────────────────────

/** What the tracking page shows the applicant: the open form 02 and the components to upload. */
export interface OpenIntakeSupplement {
  noticeNumber: string;
  issuedAt: Date;
  reason: string;
  components: { position: number; name: string; note: string | null }[];
}

/** The open online form 02 of a dossier (never received, waiting for the citizen), or null. */
export async function openIntakeSupplement(
  dossierId: string,
  client: Client = db,
): Promise<OpenIntakeSupplement | null> {
  const dossier = await client.dossier.findUnique({
    where: { id: dossierId },
    select: {
      status: true,
      receivedAt: true,
      documents: { where: { check: "INVALID" }, orderBy: { position: "asc" }, select: { position: true, name: true, checkNote: true } },
      intakeNotices: {
        where: { kind: "SUPPLEMENT_REQUEST", answeredAt: null },
        orderBy: { issuedAt: "desc" },
        take: 1,
        select: { id: true, number: true, issuedAt: true, reason: true },
      },
    },
  });
  const notice = dossier?.intakeNotices[0];
  if (!dossier || !notice || dossier.status !== "WAITING_SUPPLEMENT" || dossier.receivedAt !== null) return null;
  return {
    noticeNumber: notice.number,
    issuedAt: notice.issuedAt,
    reason: notice.reason,
    components: dossier.documents.map((document) => ({
      position: document.position,
      name: document.name,
      note: document.checkNote,
    })),
  };
}

