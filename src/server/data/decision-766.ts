import "server-only";
// Decision 766 scorecard inputs (issue 13 item 3, docs/decision-766.md): per unit (its children and predecessors
// included, as its score includes them) or one office, over a period, counted by the DECIDING unit like the leadership
// dashboard. Every dossier count comes from the rollups (docs/rollups.md): rollupTotals, with 1.4's synced receipts and
// 5.4's results with a complaint or dislike kept there as counters, and the procedures used from the monthly
// procedure rollup; 3.1/3.2 from the catalogue; 5.1–5.3 from feedback (src/server/data/feedback.ts). Indicators
// MotCua holds no input for stay N/A with the reason written in the version (src/domain/decision-766/versions.ts).
import {
  addScorecardInputs,
  changeOf,
  emptyScorecardInputs,
  indicatorCountsOf,
  lostDossiersOf,
  previousPeriodOf,
  rankByTotal,
  scoreScorecard,
  versionInForce,
  type Scorecard,
  type ScorecardInputs,
  type ScorecardVersion,
} from "@/domain/decision-766";
import { addCalendarDays, localDateKey, startOfMonthShifted, startOfVietnamDay, type LocalDate, type ReportPeriod } from "@/lib/dates";
import { loadScorecardVersions } from "@/server/data/decision-766-versions";
import { rollupTotals, type RollupCounts } from "@/server/data/rollups";
import { db, Prisma } from "@/server/db";

export interface ScorecardScope {
  /** Units the user may read (their own first). */
  unitIds: readonly string[];
  /** A head of office sees only their office. */
  officeId: string | null;
}

/** Days [from, to) of a period, its end clamped to tomorrow: pending and overdue are judged at today's end at most. */
export interface ScorecardDays {
  from: LocalDate;
  to: LocalDate;
}

export function scorecardDaysOf(period: { from: LocalDate; to: LocalDate }, now: Date = new Date()): ScorecardDays {
  const end = addCalendarDays(period.to, 1);
  const tomorrow = addCalendarDays(localDateKey(now), 1);
  return { from: period.from, to: end < tomorrow ? end : tomorrow };
}

interface UnitRow {
  id: string;
  name: string;
  level: "PROVINCE" | "DISTRICT" | "COMMUNE";
  parentId: string | null;
  successorId: string | null;
  effectiveTo: Date | null;
}

const LEVEL_ORDER = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 } as const;

/**
 * Each unit of the scope with the units its score includes: itself, units below it, and units it continues
 * (successorId), as unitTreeAndPredecessorIds reads them (a unit below a predecessor only when it has no successor).
 */
export function subtreesOf(units: readonly Pick<UnitRow, "id" | "parentId" | "successorId">[]): Map<string, string[]> {
  const below = new Map<string, string[]>();
  for (const unit of units) {
    const parent = unit.successorId ?? unit.parentId;
    if (parent) below.set(parent, [...(below.get(parent) ?? []), unit.id]);
  }
  const out = new Map<string, string[]>();
  for (const unit of units) {
    const seen = new Set<string>([unit.id]);
    const queue = [unit.id];
    while (queue.length > 0) {
      for (const child of below.get(queue.shift()!) ?? []) {
        if (!seen.has(child)) {
          seen.add(child);
          queue.push(child);
        }
      }
    }
    out.set(unit.id, [...seen]);
  }
  return out;
}

const fromRollup = (counts: RollupCounts): ScorecardInputs => ({
  ...emptyScorecardInputs(),
  received: counts.received,
  receivedOnline: counts.receivedOnline,
  receivedWithFee: counts.receivedWithFee,
  paidOnline: counts.paidOnline,
  digitised: counts.digitised,
  dataReused: counts.dataReused,
  resolved766OnTime: counts.resolved766.onTime,
  resolved766Late: counts.resolved766.late,
  pendingAtEnd: counts.pendingAtEnd,
  overdueAtEnd: counts.overdueAtEnd,
  resolved: counts.resolved.resolved,
  electronicResult: counts.electronicResult,
  synced: counts.synced,
  resolvedWithComplaintOrDislike: counts.resolvedComplaintOrDislike,
});

/** Per deciding unit (key '' with an office filter): inputs that add up over units (not the catalogue ones). */
async function additiveInputs(unitIds: readonly string[], officeId: string | null, days: ScorecardDays, withFeedback: boolean) {
  const [rollups, feedback] = await Promise.all([
    rollupTotals({
      unitIds,
      officeIds: officeId ? [officeId] : undefined,
      from: days.from,
      to: days.to,
      groupBy: "unit",
    }),
    groupFive(unitIds, officeId, startOfVietnamDay(days.from), startOfVietnamDay(days.to), withFeedback),
  ]);
  const out = new Map<string, ScorecardInputs>();
  const at = (unitId: string) => out.get(unitId) ?? out.set(unitId, emptyScorecardInputs()).get(unitId)!;
  for (const row of rollups) out.set(row.key, { ...fromRollup(row) });
  for (const [unitId, result] of feedback.byUnit) {
    const counts = result.counts;
    at(unitId).feedback = {
      received: counts.received,
      classified: counts.classified,
      handledOnTime: counts.handledOnTime,
      handledLate: counts.handledLate,
      satisfactory: counts.satisfactory,
    };
  }
  return out;
}

/**
 * Feedback of group 5, loaded lazily: its module reaches the session guard (Next.js), which the benchmark's plain
 * Node process cannot load, so the benchmark leaves feedback out (withFeedback false) and says so.
 */
async function groupFive(unitIds: readonly string[], officeId: string | null, from: Date, to: Date, withFeedback: boolean) {
  if (!withFeedback) return { byUnit: new Map() };
  const { feedbackGroup5, feedbackGroup5ByUnitAndOffice } = await import("@/server/data/feedback");
  return officeId
    ? { byUnit: new Map([[unitIds[0]!, await feedbackGroup5({ unitIds, officeId, from, to })]]) }
    : feedbackGroup5ByUnitAndOffice({ unitIds, from, to });
}

/**
 * Procedures used: per (deciding unit, procedure) whether any online dossier, fee dossier, online payment was
 * received. Whole months from "DossierProcedureMonthlyRollup", the days at either end from the daily table.
 */
async function procedureUse(unitIds: readonly string[], officeId: string | null, days: ScorecardDays) {
  const monthsFrom = days.from === startOfMonthShifted(days.from, 0) ? days.from : startOfMonthShifted(days.from, 1);
  const monthsTo = startOfMonthShifted(days.to, 0);
  const office = officeId ? Prisma.sql`AND "handlingOfficeId" = ${officeId}` : Prisma.empty;
  const daily = (from: LocalDate, to: LocalDate) => Prisma.sql`
    SELECT "decidingUnitId", "procedureId", (channel = 'ONLINE')::int * received AS "receivedOnline", "receivedWithFee", "paidOnline"
    FROM "DossierDailyRollup"
    WHERE "decidingUnitId" = ANY(${[...unitIds]}::text[]) AND "day" >= ${from}::date AND "day" < ${to}::date ${office}`;
  const parts =
    monthsFrom < monthsTo
      ? [
          Prisma.sql`SELECT "decidingUnitId", "procedureId", "receivedOnline", "receivedWithFee", "paidOnline"
            FROM "DossierProcedureMonthlyRollup"
            WHERE "decidingUnitId" = ANY(${[...unitIds]}::text[]) AND "month" >= ${monthsFrom}::date AND "month" < ${monthsTo}::date ${office}`,
          ...(days.from < monthsFrom ? [daily(days.from, monthsFrom)] : []),
          ...(monthsTo < days.to ? [daily(monthsTo, days.to)] : []),
        ]
      : [daily(days.from, days.to)];
  return db.$queryRaw<{ unitId: string; procedureId: string; online: boolean; fee: boolean; paid: boolean }[]>`
    SELECT "decidingUnitId" AS "unitId", "procedureId",
      bool_or("receivedOnline" > 0) AS online, bool_or("receivedWithFee" > 0) AS fee, bool_or("paidOnline" > 0) AS paid
    FROM (${Prisma.join(parts, " UNION ALL ")}) r
    WHERE "receivedOnline" > 0 OR "receivedWithFee" > 0 OR "paidOnline" > 0
    GROUP BY 1, 2`;
}

/** Active procedures of a level with the online class of the version in force on `day`. */
async function catalogueByLevel(day: LocalDate) {
  const rows = await db.$queryRaw<{ id: string; level: UnitLevelName; online: boolean }[]>`
    SELECT p.id, p.level::text AS level, v."onlineClass" <> 'NONE' AS online
    FROM "Procedure" p
    JOIN LATERAL (
      SELECT "onlineClass" FROM "ProcedureVersion" v
      WHERE v."procedureId" = p.id AND v."effectiveFrom" <= ${day}::date AND (v."effectiveTo" IS NULL OR v."effectiveTo" >= ${day}::date)
      ORDER BY v."effectiveFrom" DESC LIMIT 1
    ) v ON true
    WHERE p.active`;
  return rows;
}
type UnitLevelName = UnitRow["level"];

interface Use {
  online: Set<string>;
  fee: Set<string>;
  paid: Set<string>;
}

function withCatalogue(
  inputs: ScorecardInputs,
  levels: ReadonlySet<UnitLevelName>,
  catalogue: Awaited<ReturnType<typeof catalogueByLevel>>,
  use: Use,
): ScorecardInputs {
  const procedures = catalogue.filter((row) => levels.has(row.level));
  const online = procedures.filter((row) => row.online);
  return {
    ...inputs,
    procedures: procedures.length,
    onlineProcedures: online.length,
    onlineProceduresUsed: online.filter((row) => use.online.has(row.id)).length,
    feeProcedures: use.fee.size,
    feeProceduresPaidOnline: [...use.fee].filter((id) => use.paid.has(id)).length,
  };
}

export interface ScoredUnit {
  id: string;
  name: string;
  level: UnitLevelName;
  inputs: ScorecardInputs;
  card: Scorecard;
  /** Rank among the units of the same level by total (null: N/A). */
  rank: number | null;
}

/** Inputs of every unit of the scope (subtree included), or of one office, over some days. */
export async function scorecardInputs(
  scope: ScorecardScope,
  days: ScorecardDays,
  officeId: string | null,
  { withFeedback = true }: { withFeedback?: boolean } = {},
): Promise<{ units: UnitRow[]; inputs: Map<string, ScorecardInputs> }> {
  const units = await db.administrativeUnit.findMany({
    where: { id: { in: [...scope.unitIds] } },
    select: { id: true, name: true, kindLabel: true, level: true, parentId: true, successorId: true, effectiveTo: true },
  });
  const rows: UnitRow[] = units.map((unit) => ({ ...unit, name: `${unit.kindLabel} ${unit.name}` }));
  const lastDay = addCalendarDays(days.to, -1);
  const [additive, use, catalogue] = await Promise.all([
    additiveInputs(officeId ? [scope.unitIds[0]!] : scope.unitIds, officeId, days, withFeedback),
    procedureUse(officeId ? [scope.unitIds[0]!] : scope.unitIds, officeId, days),
    catalogueByLevel(lastDay),
  ]);
  const level = new Map(rows.map((unit) => [unit.id, unit.level]));
  const out = new Map<string, ScorecardInputs>();
  if (officeId) {
    const unitId = scope.unitIds[0]!;
    const inputs = additive.get(unitId) ?? emptyScorecardInputs();
    out.set(unitId, withCatalogue(inputs, new Set([level.get(unitId)!]), catalogue, procedureUseOf(use, [unitId])));
    return { units: rows, inputs: out };
  }
  for (const [unitId, members] of subtreesOf(rows)) {
    const inputs = members.map((id) => additive.get(id) ?? emptyScorecardInputs()).reduce(addScorecardInputs);
    const levels = new Set(members.map((id) => level.get(id)!).filter(Boolean));
    out.set(unitId, withCatalogue(inputs, levels, catalogue, procedureUseOf(use, members)));
  }
  return { units: rows, inputs: out };
}

function procedureUseOf(rows: Awaited<ReturnType<typeof procedureUse>>, unitIds: readonly string[]): Use {
  const members = new Set(unitIds);
  const use: Use = { online: new Set(), fee: new Set(), paid: new Set() };
  for (const row of rows) {
    if (!members.has(row.unitId)) continue;
    if (row.online) use.online.add(row.procedureId);
    if (row.fee) use.fee.add(row.procedureId);
    if (row.paid) use.paid.add(row.procedureId);
  }
  return use;
}

export interface ScorecardPage {
  period: ReportPeriod;
  previous: { from: LocalDate; to: LocalDate };
  days: ScorecardDays;
  version: ScorecardVersion;
  /** Units of the scope ranked within their level (whole scope), for the table and the picker. */
  units: (ScoredUnit & { previousTotal: number | null; change: number | null })[];
  unit: { id: string; name: string } | null;
  office: { id: string; name: string } | null;
  /** The chosen unit's offices, for the picker. */
  offices: { id: string; name: string }[];
  /** The chosen unit's (or office's) card and the previous period's. */
  card: Scorecard | null;
  previousCard: Scorecard | null;
  inputs: ScorecardInputs | null;
  lost: Partial<Record<string, number>>;
}

/** The scorecard page: every unit of the scope ranked, and one unit's (or office's) indicators with the previous period's. */
export async function loadScorecard(
  scope: ScorecardScope,
  period: ReportPeriod,
  chosen: { unitId: string | null; officeId: string | null },
  now: Date = new Date(),
): Promise<ScorecardPage> {
  const days = scorecardDaysOf(period, now);
  const previous = previousPeriodOf(period.preset, period.from, period.to);
  const previousDays = scorecardDaysOf(previous, now);
  // The table's versions include those an administrator added (/quan-tri/chi-so-766).
  const versions = await loadScorecardVersions();
  const version = versionInForce(period.to, versions);
  const previousVersion = versionInForce(previous.to, versions);
  const unitId =
    scope.officeId !== null ? scope.unitIds[0]! : chosen.unitId && scope.unitIds.includes(chosen.unitId) ? chosen.unitId : null;
  const wantedOffice = scope.officeId ?? (unitId ? chosen.officeId : null);
  const office = wantedOffice
    ? await db.office.findFirst({ where: { id: wantedOffice, unitId: unitId ?? undefined }, select: { id: true, name: true } })
    : null;
  const [current, before, offices] = await Promise.all([
    scorecardInputs(scope, days, null),
    scorecardInputs(scope, previousDays, null),
    unitId
      ? db.office.findMany({ where: { unitId }, select: { id: true, name: true }, orderBy: { name: "asc" } })
      : Promise.resolve([]),
  ]);
  const scored = current.units
    .filter((unit) => unit.effectiveTo === null || (current.inputs.get(unit.id)?.received ?? 0) > 0 || unit.id === unitId)
    .map((unit) => {
      const inputs = current.inputs.get(unit.id) ?? emptyScorecardInputs();
      const card = scoreScorecard(version, indicatorCountsOf(inputs));
      const previousCard = scoreScorecard(previousVersion, indicatorCountsOf(before.inputs.get(unit.id) ?? emptyScorecardInputs()));
      return { id: unit.id, name: unit.name, level: unit.level, inputs, card, previousTotal: previousCard.total, change: changeOf(card.total, previousCard.total) };
    });
  const units = (["PROVINCE", "DISTRICT", "COMMUNE"] as const).flatMap((level) =>
    rankByTotal(
      scored.filter((row) => row.level === level),
      (row) => row.card.total,
    ).map(({ row, rank }) => ({ ...row, rank })),
  );
  units.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  let card: Scorecard | null = null;
  let previousCard: Scorecard | null = null;
  let inputs: ScorecardInputs | null = null;
  if (office && unitId) {
    const [now1, before1] = await Promise.all([
      scorecardInputs({ unitIds: [unitId], officeId: office.id }, days, office.id),
      scorecardInputs({ unitIds: [unitId], officeId: office.id }, previousDays, office.id),
    ]);
    inputs = now1.inputs.get(unitId) ?? emptyScorecardInputs();
    card = scoreScorecard(version, indicatorCountsOf(inputs));
    previousCard = scoreScorecard(previousVersion, indicatorCountsOf(before1.inputs.get(unitId) ?? emptyScorecardInputs()));
  } else if (unitId) {
    const row = units.find((unit) => unit.id === unitId);
    inputs = row?.inputs ?? emptyScorecardInputs();
    card = row?.card ?? scoreScorecard(version, indicatorCountsOf(inputs));
    previousCard = scoreScorecard(previousVersion, indicatorCountsOf(before.inputs.get(unitId) ?? emptyScorecardInputs()));
  }
  return {
    period,
    previous,
    days,
    version,
    units,
    unit: unitId ? { id: unitId, name: units.find((row) => row.id === unitId)?.name ?? current.units.find((row) => row.id === unitId)?.name ?? "" } : null,
    office,
    offices,
    card,
    previousCard,
    inputs,
    lost: inputs ? lostDossiersOf(inputs) : {},
  };
}

