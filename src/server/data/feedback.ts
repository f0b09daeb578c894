import "server-only";
// Reads of feedback items (phản ánh, kiến nghị): the staff worklist and page in the reader's scope, the citizen's own
// items, the public list of published answers (no personal data), the early warnings' count, and the Decision 766
// group-5 counts per unit, office and period (src/domain/feedback/group5.ts).
import {
  FEEDBACK_OPEN_STATUSES,
  group5Counts,
  group5CountsBy,
  group5Indicators,
  isOverdue,
  judgeHandling,
  judgeStages,
  type FeedbackCategory,
  type FeedbackStatus,
  type Group5Counts,
  type Group5Indicators,
  type Group5Item,
} from "@/domain/feedback";
import type { Prisma } from "@/generated/prisma/client";
import { readableUnitIds } from "@/server/auth/guard";
import type { SessionUser } from "@/server/auth/session-user";
import { recordPersonalDataRead } from "@/server/data/audit";
import { db } from "@/server/db";

/** Whose feedback a staff member sees: the office's own (head, officers), the unit's (desk), or every unit in reach. */
export async function feedbackScope(user: SessionUser): Promise<Prisma.FeedbackWhereInput | null> {
  switch (user.role) {
    case "DEPARTMENT_HEAD":
    case "OFFICER":
      return user.officeId ? { officeId: user.officeId } : null;
    case "RECEPTIONIST":
      return { unitId: user.unitId };
    case "LEADERSHIP":
    case "INSPECTOR":
      return { unitId: { in: await readableUnitIds(user) } };
    default:
      return null;
  }
}

/** Overdue at `now`: unanswered past the 15 days, or answered and not published within 2 (judgeStages' rule). */
export const overdueWhere = (now: Date): Prisma.FeedbackWhereInput => ({
  OR: [
    { status: "RECEIVED", answerDueAt: { lt: now } },
    { status: "ANSWERED", publishDueAt: { lt: now } },
  ],
});

export interface FeedbackFilter {
  status?: FeedbackStatus;
  category?: FeedbackCategory | "UNCLASSIFIED";
  overdue?: boolean;
}

export const FEEDBACK_PAGE_SIZE = 50;

/** A list row of an item: code, subject, status, classification, office, and the times its stages are judged by. */
const feedbackRowSelect = {
  id: true,
  code: true,
  subject: true,
  status: true,
  category: true,
  receivedAt: true,
  refuseDueAt: true,
  infoDueAt: true,
  answerDueAt: true,
  publishDueAt: true,
  refusedAt: true,
  infoRequestedAt: true,
  answeredAt: true,
  publishedAt: true,
  closedAt: true,
  office: { select: { name: true } },
} satisfies Prisma.FeedbackSelect;

export async function listFeedback(user: SessionUser, filter: FeedbackFilter, now: Date = new Date()) {
  const scope = await feedbackScope(user);
  if (!scope) return { rows: [], total: 0 };
  const where: Prisma.FeedbackWhereInput = {
    AND: [
      scope,
      filter.status ? { status: filter.status } : {},
      filter.category === "UNCLASSIFIED" ? { category: null } : filter.category ? { category: filter.category } : {},
      filter.overdue ? overdueWhere(now) : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.feedback.findMany({
      where,
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      take: FEEDBACK_PAGE_SIZE,
      select: { ...feedbackRowSelect, channel: true, unit: { select: { name: true } } },
    }),
    db.feedback.count({ where }),
  ]);
  return { rows: rows.map((row) => ({ ...row, overdue: isOverdue(row, now) })), total };
}
export type FeedbackListRow = Awaited<ReturnType<typeof listFeedback>>["rows"][number];

/**
 * The feedback items about one dossier, for its staff page (the page has already checked the reader may see the
 * dossier): no sender's name or content here; `inScope` says whether the reader may open the item's own page.
 */
export async function listDossierFeedback(user: SessionUser, dossierId: string, now: Date = new Date()) {
  const scope = await feedbackScope(user);
  const [items, readable] = await Promise.all([
    db.feedback.findMany({
      where: { dossierId },
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      select: { ...feedbackRowSelect, verdict: true },
    }),
    scope ? db.feedback.findMany({ where: { AND: [scope, { dossierId }] }, select: { id: true } }) : [],
  ]);
  const inScope = new Set(readable.map((row) => row.id));
  return items.map((item) => ({ ...item, handling: judgeHandling(item, now), inScope: inScope.has(item.id) }));
}
export type DossierFeedbackRow = Awaited<ReturnType<typeof listDossierFeedback>>[number];

/** Overdue feedback in the user's scope (the early warnings). */
export async function overdueFeedbackCount(user: SessionUser, now: Date = new Date()): Promise<number | null> {
  const scope = await feedbackScope(user);
  if (!scope) return null;
  return db.feedback.count({ where: { AND: [scope, { status: { in: [...FEEDBACK_OPEN_STATUSES] } }, overdueWhere(now)] } });
}

/** One item for the staff page, in scope (else null: "not found"); the read of the sender's data is audited. */
export async function feedbackForStaff(user: SessionUser, code: string, now: Date = new Date()) {
  const scope = await feedbackScope(user);
  if (!scope) return null;
  const item = await db.feedback.findFirst({
    where: { AND: [scope, { code }] },
    include: {
      unit: { select: { id: true, name: true } },
      office: { select: { id: true, name: true } },
      dossier: { select: { code: true } },
      contact: { select: { kind: true, value: true } },
      answeredBy: { select: { fullName: true } },
      events: { orderBy: { id: "asc" }, include: { actor: { select: { fullName: true } } } },
    },
  });
  if (!item) return null;
  const offices = await db.office.findMany({
    where: { unitId: item.unitId, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  await recordPersonalDataRead(user, "personal_data.view_feedback", { entity: "Feedback", entityId: item.code });
  return { item, offices, stages: judgeStages(item, now), overdue: isOverdue(item, now) };
}
export type StaffFeedback = NonNullable<Awaited<ReturnType<typeof feedbackForStaff>>>;

/** The citizen's own items (newest first), by the verified contact. */
export function feedbackOfContact(contactId: string) {
  return db.feedback.findMany({
    where: { contactId },
    orderBy: { receivedAt: "desc" },
    take: 50,
    select: { code: true, subject: true, status: true, receivedAt: true, unit: { select: { name: true } } },
  });
}

/** One of the citizen's items, or null when the code is not theirs. */
export async function feedbackForCitizen(code: string, contactId: string) {
  const item = await db.feedback.findUnique({
    where: { code },
    select: {
      code: true,
      contactId: true,
      subject: true,
      content: true,
      status: true,
      category: true,
      receivedAt: true,
      answerDueAt: true,
      refusalReason: true,
      infoRequest: true,
      infoSupplied: true,
      answer: true,
      answeredAt: true,
      publishedAt: true,
      verdict: true,
      verdictAt: true,
      unit: { select: { name: true } },
      office: { select: { name: true } },
      dossier: { select: { code: true } },
    },
  });
  return item && item.contactId === contactId ? item : null;
}
export type CitizenFeedback = NonNullable<Awaited<ReturnType<typeof feedbackForCitizen>>>;

/** Published answers, newest first, optionally of one unit: no sender, no contact, no content. */
export function publishedAnswers(unitId: string | null, take = 50) {
  return db.feedback.findMany({
    where: { publishedAt: { not: null }, ...(unitId ? { unitId } : {}) },
    orderBy: { publishedAt: "desc" },
    take,
    select: {
      code: true,
      category: true,
      answer: true,
      receivedAt: true,
      publishedAt: true,
      unit: { select: { name: true } },
      office: { select: { name: true } },
    },
  });
}

/** The units a citizen may address (active, by name). */
export function feedbackUnits() {
  return db.administrativeUnit.findMany({
    where: { active: true },
    orderBy: [{ level: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}

// ─── Decision 766 group 5 ─────────────────────────────────────────────────────────────────────────────────────────

export interface Group5Query {
  /** Units whose feedback counts (a unit's score includes its children: pass the subtree). */
  unitIds: readonly string[];
  /** Only this office's feedback. */
  officeId?: string;
  /** Received in [from, to). */
  from: Date;
  to: Date;
  /** When the counts are judged: the end of the period, or now when the period is still running. */
  now?: Date;
}

export interface Group5Result {
  counts: Group5Counts;
  indicators: Group5Indicators;
}

async function group5Items(query: Group5Query): Promise<(Group5Item & { unitId: string; officeId: string | null })[]> {
  const rows = await db.feedback.findMany({
    where: {
      unitId: { in: [...query.unitIds] },
      ...(query.officeId ? { officeId: query.officeId } : {}),
      receivedAt: { gte: query.from, lt: query.to },
    },
    select: {
      id: true,
      unitId: true,
      officeId: true,
      status: true,
      receivedAt: true,
      refuseDueAt: true,
      infoDueAt: true,
      answerDueAt: true,
      publishDueAt: true,
      refusedAt: true,
      infoRequestedAt: true,
      answeredAt: true,
      publishedAt: true,
      closedAt: true,
      category: true,
      verdict: true,
      contactId: true,
      contactText: true,
      dossierId: true,
      subject: true,
    },
  });
  return rows.map(({ contactId, contactText, ...row }) => ({
    ...row,
    contactKey: contactId ?? (contactText ? `text:${contactText}` : null),
  }));
}

const asOfFor = (query: Group5Query) => {
  const now = query.now ?? new Date();
  return now.getTime() < query.to.getTime() ? now : query.to;
};

/**
 * Decision 766 group 5 (feedback part) for units (and optionally one office) over a period: received, classified,
 * handled on time / late, answered late, overdue, satisfied / dissatisfied, repeated, and indicators 5.1–5.3.
 */
export async function feedbackGroup5(query: Group5Query): Promise<Group5Result> {
  const counts = group5Counts(await group5Items(query), asOfFor(query));
  return { counts, indicators: group5Indicators(counts) };
}

/** The same, per unit and per responsible office (null office: not assigned yet), for the analytics and screens. */
export async function feedbackGroup5ByUnitAndOffice(query: Group5Query): Promise<{
  byUnit: Map<string, Group5Result>;
  byOffice: Map<string, Group5Result>;
}> {
  const items = await group5Items(query);
  const asOf = asOfFor(query);
  const units = new Map(items.map((item) => [item.id, item.unitId]));
  const offices = new Map(items.map((item) => [item.id, item.officeId]));
  const withIndicators = (map: Map<string, Group5Counts>) =>
    new Map([...map].map(([key, counts]) => [key, { counts, indicators: group5Indicators(counts) }]));
  return {
    byUnit: withIndicators(group5CountsBy(items, (item) => units.get(item.id) ?? null, asOf)),
    byOffice: withIndicators(group5CountsBy(items, (item) => offices.get(item.id) ?? null, asOf)),
  };
}
