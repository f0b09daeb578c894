import "server-only";
// Figures for the role home pages and the public home page. Counting rules, stated once here and named on screen:
// - received (tiếp nhận) in a period: dossiers whose valid receipt (receivedAt) falls in it, by receiving unit;
// - resolved (đã giải quyết): dossiers finished (finishedAt) in the period with a timeliness fixed, by deciding unit;
// - on-time rate: the report formula of src/domain/metrics (onTimeRate), N/A when nothing was resolved;
// - pending (đang giải quyết): received, in processing, or paused; overdue once the appointment has passed, due soon
//   when the appointment falls on or before the N-th working day after today (setting, default 1).
import { cache } from "react";
import { dueSoonBefore, type WorkingCalendar } from "@/domain/calendar";
import { PENDING_STATUSES } from "@/domain/dossier";
import { addTimeliness, emptyTimelinessCounts, sumTimelinessCounts, type TimelinessCounts } from "@/domain/metrics";
import { continuingUnitId, foldByContinuingUnit, hasEnded, type ReportUnitView } from "@/domain/organisation";
import type { DossierStatus, ProcessingStep, Timeliness, UnitLevel } from "@/generated/prisma/enums";
import { addCalendarDays, localDateKey, startOfVietnamDay } from "@/lib/dates";
import { getCurrentCalendar, getSetting } from "@/server/data/calendar";
import { rollupTotals } from "@/server/data/rollups";
import { loadUnitsInTime } from "@/server/data/organisation";
import { db, Prisma } from "@/server/db";

// ─── Periods (Vietnamese calendar days, src/lib/dates) ──────────────────────────────────────────────────────────────

export interface Periods {
  now: Date;
  /** yyyy-MM-dd, today in Vietnam */
  today: string;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  startOfToday: Date;
  startOfQuarter: Date;
  startOfYear: Date;
  /** The first instants after the quarter and the year (both in the future for the current periods). */
  endOfQuarter: Date;
  endOfYear: Date;
}

export function currentPeriods(now = new Date()): Periods {
  const today = localDateKey(now);
  const year = Number(today.slice(0, 4));
  const quarter = (Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1) as Periods["quarter"];
  return periodsOf(year, quarter, now);
}

/** A given year and quarter (the REST API's statistics of a past period); `now` as given. */
export function periodsOf(year: number, quarter: Periods["quarter"], now = new Date()): Periods {
  const today = localDateKey(now);
  const month = (m: number) => String(m).padStart(2, "0");
  const quarterStartMonth = (quarter - 1) * 3 + 1;
  return {
    now,
    today,
    year,
    quarter,
    startOfToday: startOfVietnamDay(today),
    startOfQuarter: startOfVietnamDay(`${year}-${month(quarterStartMonth)}-01`),
    startOfYear: startOfVietnamDay(`${year}-01-01`),
    endOfQuarter:
      quarter === 4
        ? startOfVietnamDay(`${year + 1}-01-01`)
        : startOfVietnamDay(`${year}-${month(quarterStartMonth + 3)}-01`),
    endOfYear: startOfVietnamDay(`${year + 1}-01-01`),
  };
}

// ─── Deadline context: the stored working calendar and the due-soon threshold ──────────────────────────────────────

export interface DeadlineContext {
  calendar: WorkingCalendar;
  dueSoonWorkingDays: number;
  now: Date;
  /** Pending dossiers with an appointment before this instant (and not yet past) are due soon. */
  dueSoonBefore: Date;
}

export const getDeadlineContext = cache(async (): Promise<DeadlineContext> => {
  const [calendar, dueSoonWorkingDays] = await Promise.all([getCurrentCalendar(), getSetting("dueSoonWorkingDays")]);
  const now = new Date();
  return { calendar, dueSoonWorkingDays, now, dueSoonBefore: dueSoonBefore(calendar, now, dueSoonWorkingDays) };
});

export { PENDING_STATUSES };
const PENDING_SQL = Prisma.raw(PENDING_STATUSES.map((status) => `'${status}'`).join(", "));

// ─── Timeliness counts ─────────────────────────────────────────────────────────────────────────────────────────────

export type { TimelinessCounts };

function toCounts(groups: { timeliness: Timeliness | null; _count: { _all: number } }[]): TimelinessCounts {
  const counts = emptyTimelinessCounts();
  for (const group of groups) if (group.timeliness) addTimeliness(counts, group.timeliness, group._count._all);
  return counts;
}

// ─── Public home ───────────────────────────────────────────────────────────────────────────────────────────────────

export interface PublicFigures {
  year: number;
  receivedThisYear: number;
  resolvedThisYear: TimelinessCounts;
  activeProcedures: number;
}

/** Live figures for the public home page, all units together: the year's counts from the daily rollups. */
export async function getPublicFigures(): Promise<PublicFigures> {
  const periods = currentPeriods();
  const [units, activeProcedures] = await Promise.all([
    db.administrativeUnit.findMany({ select: { id: true } }),
    db.procedure.count({ where: { active: true } }),
  ]);
  const [year] = await rollupTotals({
    unitIds: units.map((unit) => unit.id),
    from: `${periods.year}-01-01`,
    to: addCalendarDays(periods.today, 1),
    groupBy: "total",
  });
  return {
    year: periods.year,
    receivedThisYear: year?.received ?? 0,
    resolvedThisYear: year?.resolved ?? emptyTimelinessCounts(),
    activeProcedures,
  };
}

// ─── Reception desk (tiếp nhận) ────────────────────────────────────────────────────────────────────────────────────

export interface ReceptionSummary {
  receivedToday: number;
  receivedTodayOnline: number;
  /** Mới đăng ký: online registrations not yet received or refused. */
  onlineWaiting: number;
  /** Đã xử lý xong: results waiting to be returned at this desk. */
  resultsReady: number;
  pendingOverdue: number;
}

export async function getReceptionSummary(unitId: string): Promise<ReceptionSummary> {
  const periods = currentPeriods();
  const { now } = await getDeadlineContext();
  const [today, onlineWaiting, resultsReady, pendingOverdue] = await Promise.all([
    db.dossier.groupBy({ by: ["channel"], where: { receivedUnitId: unitId, receivedAt: { gte: periods.startOfToday } }, _count: { _all: true } }),
    db.dossier.count({ where: { receivedUnitId: unitId, status: "REGISTERED_ONLINE" } }),
    db.dossier.count({ where: { receivedUnitId: unitId, status: "RESULT_READY" } }),
    db.dossier.count({ where: { receivedUnitId: unitId, status: { in: [...PENDING_STATUSES] }, appointmentAt: { lt: now } } }),
  ]);
  return {
    receivedToday: today.reduce((sum, group) => sum + group._count._all, 0),
    receivedTodayOnline: today.find((group) => group.channel === "ONLINE")?._count._all ?? 0,
    onlineWaiting,
    resultsReady,
    pendingOverdue,
  };
}

// ─── Head of office (trưởng phòng) ─────────────────────────────────────────────────────────────────────────────────

export interface StateCount {
  status: DossierStatus;
  step: ProcessingStep | null;
  count: number;
}

export interface OfficeSummary {
  office: { name: string; unitName: string };
  byState: StateCount[];
  awaitingAssignment: number;
  awaitingHeadApproval: number;
  overdue: number;
  dueSoon: number;
  year: number;
  thisYear: TimelinessCounts;
}

/** Order of states in tables: the order a dossier goes through them. */
const STATE_ORDER: readonly string[] = [
  "RECEIVED",
  "IN_PROCESSING:AWAITING_ASSIGNMENT",
  "IN_PROCESSING:HANDLING",
  "IN_PROCESSING:AWAITING_HEAD_APPROVAL",
  "IN_PROCESSING:AWAITING_LEADER_APPROVAL",
  "IN_PROCESSING",
  "WAITING_SUPPLEMENT",
  "WAITING_FINANCIAL",
  "RESULT_READY",
];
const stateRank = (state: StateCount) => {
  const rank = STATE_ORDER.indexOf(state.step ? `${state.status}:${state.step}` : state.status);
  return rank === -1 ? STATE_ORDER.length : rank;
};

export async function getOfficeSummary(officeId: string): Promise<OfficeSummary | null> {
  const periods = currentPeriods();
  const context = await getDeadlineContext();
  const office = await db.office.findUnique({ where: { id: officeId }, select: { name: true, unit: { select: { name: true, kindLabel: true } } } });
  if (!office) return null;
  const [states, overdue, dueSoon, finished] = await Promise.all([
    db.dossier.groupBy({
      by: ["status", "processingStep"],
      where: { handlingOfficeId: officeId, status: { in: [...PENDING_STATUSES, "RESULT_READY"] } },
      _count: { _all: true },
    }),
    db.dossier.count({ where: { handlingOfficeId: officeId, status: { in: [...PENDING_STATUSES] }, appointmentAt: { lt: context.now } } }),
    db.dossier.count({
      where: { handlingOfficeId: officeId, status: { in: [...PENDING_STATUSES] }, appointmentAt: { gte: context.now, lt: context.dueSoonBefore } },
    }),
    db.dossier.groupBy({
      by: ["timeliness"],
      where: { handlingOfficeId: officeId, status: { in: ["RESULT_READY", "RETURNED"] }, finishedAt: { gte: periods.startOfYear }, timeliness: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const byState = states
    .map((group) => ({ status: group.status, step: group.processingStep, count: group._count._all }))
    .sort((a, b) => stateRank(a) - stateRank(b));
  const stepCount = (step: ProcessingStep) => byState.filter((state) => state.status === "IN_PROCESSING" && state.step === step).reduce((sum, state) => sum + state.count, 0);
  return {
    office: { name: office.name, unitName: `${office.unit.kindLabel} ${office.unit.name}` },
    byState,
    awaitingAssignment: stepCount("AWAITING_ASSIGNMENT"),
    awaitingHeadApproval: stepCount("AWAITING_HEAD_APPROVAL"),
    overdue,
    dueSoon,
    year: periods.year,
    thisYear: toCounts(finished),
  };
}

// ─── Units: leadership and home-affairs ranking ────────────────────────────────────────────────────────────────────

export interface UnitPerformance {
  unitId: string;
  name: string;
  kindLabel: string;
  level: UnitLevel;
  parentId: string | null;
  receivedYear: number;
  receivedQuarter: number;
  year: TimelinessCounts;
  quarter: TimelinessCounts;
  pendingOverdue: number;
}

export interface UnitPerformanceReport {
  year: number;
  quarter: number;
  units: UnitPerformance[];
}

/**
 * Received (by receiving unit), resolved with early / on time / late (by deciding unit) this year and this quarter,
 * and pending overdue dossiers (by deciding unit), for each of the given units. Received and resolved come from the
 * daily rollups (rollupTotals); pending overdue from the (decidingUnitId, status, appointmentAt) index.
 * Another year and quarter may be given (the REST API's statistics); pending overdue is always as of now.
 */
export async function getUnitPerformance(
  unitIds: readonly string[],
  periods: Periods = currentPeriods(),
): Promise<UnitPerformanceReport> {
  const { now } = await getDeadlineContext();
  const ids = [...unitIds];
  if (ids.length === 0) return { year: periods.year, quarter: periods.quarter, units: [] };
  const month = (m: number) => String(m).padStart(2, "0");
  const quarterFrom = `${periods.year}-${month((periods.quarter - 1) * 3 + 1)}-01`;
  const quarterTo = periods.quarter === 4 ? `${periods.year + 1}-01-01` : `${periods.year}-${month(periods.quarter * 3 + 1)}-01`;
  const yearFrom = `${periods.year}-01-01`;
  const yearTo = `${periods.year + 1}-01-01`;
  // Received and resolved from the daily rollups (src/server/data/rollups.ts); pending overdue as of this instant
  // from the dossiers (the (decidingUnitId, status, appointmentAt) index: only open dossiers are read).
  const [units, receivedYear, receivedQuarter, resolvedYear, resolvedQuarter, overdue] = await Promise.all([
    db.administrativeUnit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, kindLabel: true, level: true, parentId: true } }),
    rollupTotals({ unitIds: ids, unitRole: "receiving", from: yearFrom, to: yearTo, groupBy: "unit" }),
    rollupTotals({ unitIds: ids, unitRole: "receiving", from: quarterFrom, to: quarterTo, groupBy: "unit" }),
    rollupTotals({ unitIds: ids, from: yearFrom, to: yearTo, groupBy: "unit" }),
    rollupTotals({ unitIds: ids, from: quarterFrom, to: quarterTo, groupBy: "unit" }),
    db.$queryRaw<{ unitId: string; count: number }[]>`
      SELECT "decidingUnitId" AS "unitId", count(*)::int AS count
      FROM "Dossier"
      WHERE "decidingUnitId" = ANY(${ids}::text[]) AND status IN (${PENDING_SQL}) AND "appointmentAt" < ${now}
      GROUP BY "decidingUnitId"`,
  ]);
  const byUnit = new Map<string, UnitPerformance>(
    units.map((unit) => [
      unit.id,
      {
        unitId: unit.id,
        name: unit.name,
        kindLabel: unit.kindLabel,
        level: unit.level,
        parentId: unit.parentId,
        receivedYear: 0,
        receivedQuarter: 0,
        year: emptyTimelinessCounts(),
        quarter: emptyTimelinessCounts(),
        pendingOverdue: 0,
      },
    ]),
  );
  for (const row of receivedYear) {
    const unit = byUnit.get(row.key);
    if (unit) unit.receivedYear = row.received;
  }
  for (const row of receivedQuarter) {
    const unit = byUnit.get(row.key);
    if (unit) unit.receivedQuarter = row.received;
  }
  for (const row of resolvedYear) {
    const unit = byUnit.get(row.key);
    if (unit) unit.year = row.resolved;
  }
  for (const row of resolvedQuarter) {
    const unit = byUnit.get(row.key);
    if (unit) unit.quarter = row.resolved;
  }
  for (const row of overdue) {
    const unit = byUnit.get(row.unitId);
    if (unit) unit.pendingOverdue = row.count;
  }
  // The user's own (highest) unit first, then the units below it by name.
  const order: Record<UnitLevel, number> = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 };
  const list = [...byUnit.values()].sort((a, b) => order[a.level] - order[b.level] || a.name.localeCompare(b.name, "vi"));
  return { year: periods.year, quarter: periods.quarter, units: list };
}

// ─── Merged units: either view (issue 10, item 1) ─────────────────────────────────────────────────────────────────

export interface UnitPerformanceInView extends UnitPerformance {
  /** In the receiving view, a unit that has ended: the unit that continues it today. */
  continuedBy: { name: string; kindLabel: string } | null;
  /** In the continuing view, how many ended units' figures were counted into this row. */
  foldedUnits: number;
}

const hasFigures = (unit: UnitPerformance) =>
  unit.receivedYear > 0 || unit.year.resolved > 0 || unit.pendingOverdue > 0;

const combinePerformance = (into: UnitPerformanceInView, row: UnitPerformanceInView): UnitPerformanceInView => ({
  ...into,
  receivedYear: into.receivedYear + row.receivedYear,
  receivedQuarter: into.receivedQuarter + row.receivedQuarter,
  year: sumTimelinessCounts(into.year, row.year),
  quarter: sumTimelinessCounts(into.quarter, row.quarter),
  pendingOverdue: into.pendingOverdue + row.pendingOverdue,
  foldedUnits: into.foldedUnits + 1 + row.foldedUnits,
});

/**
 * The units' figures by either view of merged units: "receiving" keeps every dossier under the unit that received
 * (or decided) it, and names the unit that continues an ended one; "continuing" counts an ended unit's dossiers under
 * the unit that continues it today (src/domain/organisation foldByContinuingUnit). Ended units with nothing in the
 * period are left out of both. Rates come from src/domain/metrics over the summed counts.
 */
export async function getUnitPerformanceByView(
  unitIds: readonly string[],
  view: ReportUnitView,
  now: Date = new Date(),
  periods: Periods = currentPeriods(now),
): Promise<UnitPerformanceReport & { units: UnitPerformanceInView[] }> {
  const [report, all] = await Promise.all([getUnitPerformance(unitIds, periods), loadUnitsInTime()]);
  const today = localDateKey(now);
  const byId = new Map(all.map((unit) => [unit.id, unit]));
  const rows: UnitPerformanceInView[] = report.units
    .filter((unit) => hasFigures(unit) || !hasEnded(byId.get(unit.unitId) ?? { effectiveTo: null }, today))
    .map((unit) => {
      const continuing = continuingUnitId(byId, unit.unitId, today);
      const successor = continuing !== unit.unitId ? byId.get(continuing) : undefined;
      return { ...unit, continuedBy: successor ? { name: successor.name, kindLabel: successor.kindLabel } : null, foldedUnits: 0 };
    });
  if (view === "receiving") return { ...report, units: rows };
  const folded = foldByContinuingUnit(rows, byId, today, combinePerformance, (row, unitId) => {
    const unit = byId.get(unitId)!;
    const renamed: UnitPerformanceInView = {
      ...row,
      unitId,
      name: unit.name,
      kindLabel: unit.kindLabel,
      level: unit.level,
      parentId: unit.parentId,
      continuedBy: null,
      foldedUnits: 1,
    };
    return renamed;
  }).map((row) => ({ ...row, continuedBy: null }));
  return { ...report, units: folded };
}

/** Dossiers waiting for the signature of this unit's leadership (Chờ lãnh đạo ký duyệt). */
export function countAwaitingLeaderApproval(unitId: string): Promise<number> {
  return db.dossier.count({ where: { decidingUnitId: unitId, status: "IN_PROCESSING", processingStep: "AWAITING_LEADER_APPROVAL" } });
}


/** Name of an office and of its unit, for page headings. */
export async function getOfficeHeading(officeId: string): Promise<{ name: string; unitName: string } | null> {
  const office = await db.office.findUnique({ where: { id: officeId }, select: { name: true, unit: { select: { name: true, kindLabel: true } } } });
  return office ? { name: office.name, unitName: `${office.unit.kindLabel} ${office.unit.name}` } : null;
}
