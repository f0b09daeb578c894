import "server-only";
// The leadership dashboard of a period (issue 13, item 2): headline indicators, channel mix, units ranked, a unit's
// offices and procedures and a 36-month trend, all from the rollups (rollupTotals: the monthly and daily tables,
// never the dossier table) and rated by src/domain/metrics (headlineIndicators); satisfaction from the ratings'
// rollups (loadSipasInputs, satisfactionIndicator), for the units' ratings (and the office's, when one is chosen). Every figure is counted by the
// DECIDING unit (the unit that resolves the dossier and whose offices handle it), so a unit's row, its offices' rows
// and its procedures' rows add up, and the worklist's ?don-vi= filter (deciding unit) lists the same dossiers.
import { workingDaysElapsedMany } from "@/domain/calendar";
import {
  channelMix,
  emptyMoments,
  headlineIndicators,
  processingTimeSummary,
  rankByRate,
  satisfactionIndicator,
  type HeadlineIndicator,
  type IndicatorTargets,
  type RollupIndicator,
  type SatisfactionIndicator,
} from "@/domain/metrics";
import { CHANNELS, type Channel } from "@/domain/dossier";
import {
  addCalendarDays,
  makeLocalDate,
  parseLocalDate,
  startOfMonthShifted,
  startOfVietnamDay,
  type LocalDate,
  type ReportPeriod,
} from "@/lib/dates";
import { getCurrentCalendar } from "@/server/data/calendar";
import { loadIndicatorTargets } from "@/server/data/indicator-targets";
import { emptyRollupCounts, rollupTotals, type RollupCounts } from "@/server/data/rollups";
import {
  loadSipasInputs,
  loadSipasInputsByMonth,
  loadSipasInputsByOffice,
  loadSipasInputsByUnit,
  mergeSipasInputs,
  minimumSample,
  type SipasInputs,
} from "@/server/data/satisfaction";
import { db, Prisma } from "@/server/db";

export interface DashboardScope {
  /** Units the user may read (their own first). */
  unitIds: readonly string[];
  /** A head of office sees only their office. */
  officeId: string | null;
}

export interface DashboardRow {
  id: string;
  name: string;
  counts: RollupCounts;
  /** The rollups' indicators. */
  indicators: RollupIndicator[];
  /**
   * The SIPAS index of the row's ratings (a unit's, an office's); null for procedures, which the ratings' rollups do
   * not split.
   */
  satisfaction: SatisfactionIndicator | null;
  /** Rank by the report formula's on-time rate among the rows (null: N/A). */
  rank: number | null;
}

export interface TrendPoint {
  month: string;
  indicators: HeadlineIndicator[];
}

export interface PeriodDashboard {
  period: ReportPeriod;
  unit: { id: string; name: string } | null;
  office: { id: string; name: string } | null;
  /** The units of the scope, for the unit filter (ended units only when they have figures). */
  scopeUnits: { id: string; name: string }[];
  total: RollupCounts;
  indicators: HeadlineIndicator[];
  channels: { channel: Channel; received: number; share: number | null }[];
  /** Units of the scope compared (when no unit is chosen). */
  units: DashboardRow[];
  /** The chosen unit's offices (when no office is chosen). */
  offices: DashboardRow[];
  /** The chosen unit's (or office's) procedures. */
  procedures: DashboardRow[];
  /** The 36 months ending with the period's last month, oldest first. */
  trend: TrendPoint[];
  /**
   * Median and 90th percentile of processing time in working days (office time from valid receipt to the end of
   * processing, paused time included) over the dossiers finished in the period, at most PROCESSING_SAMPLE_LIMIT of them
   * (the latest finished): the rollups hold counts, not distributions (docs/rollups.md), so this one figure reads the
   * dossiers, bounded.
   */
  processing: { count: number; median: number | null; p90: number | null; sampled: boolean };
  /** The yearly targets of the period's (last day's) year, and the indicators from 1 January to the period's end. */
  targets: { year: number; values: IndicatorTargets; yearToDate: HeadlineIndicator[] };
}

export const PROCESSING_SAMPLE_LIMIT = 2000;

const EMPTY_RESPONDENTS = { satisfiedShare: emptyMoments(), meanScore: emptyMoments() };

async function processingTime(unitIds: string[], officeId: string | null, period: ReportPeriod) {
  // The latest finished dossiers of each unit through its (decidingUnitId, finishedAt) index, merged newest first: one
  // branch per unit, so PostgreSQL merges the units' index scans (Merge Append) and reads about as many rows as it
  // keeps. One ORDER BY over every unit of a city read the whole year's rows (≈ 1 s at 2,000,000); a LATERAL join per
  // unit read the limit from every unit (≈ 40,000 rows for 20 units).
  const office = officeId ? Prisma.sql`AND x."handlingOfficeId" = ${officeId}` : Prisma.empty;
  const branches = unitIds.map(
    (unitId) => Prisma.sql`(
      SELECT x."receivedAt", x."finishedAt" FROM "Dossier" x
      WHERE x."decidingUnitId" = ${unitId} AND x."finishedAt" >= ${period.start} AND x."finishedAt" < ${period.end}
        AND x.timeliness IS NOT NULL AND x."receivedAt" IS NOT NULL ${office}
      ORDER BY x."finishedAt" DESC
      LIMIT ${PROCESSING_SAMPLE_LIMIT})`,
  );
  const [calendar, finished] = await Promise.all([
    getCurrentCalendar(),
    branches.length === 0
      ? []
      : db.$queryRaw<{ receivedAt: Date; finishedAt: Date }[]>`
          SELECT d."receivedAt", d."finishedAt" FROM (${Prisma.join(branches, " UNION ALL ")}) d
          ORDER BY d."finishedAt" DESC
          LIMIT ${PROCESSING_SAMPLE_LIMIT}`,
  ]);
  const days = workingDaysElapsedMany(
    calendar,
    finished.map((row) => ({ from: row.receivedAt, to: row.finishedAt })),
  );
  return { ...processingTimeSummary(days), sampled: finished.length === PROCESSING_SAMPLE_LIMIT };
}

const rowOf = (
  id: string,
  name: string,
  counts: RollupCounts,
  satisfaction: SatisfactionIndicator | null,
): Omit<DashboardRow, "rank"> => ({
  id,
  name,
  counts,
  indicators: headlineIndicators(counts),
  satisfaction,
});

function ranked(rows: Omit<DashboardRow, "rank">[]): DashboardRow[] {
  return rankByRate(rows, (row) => row.indicators[0]!.value).map(({ row, rank }) => ({ ...row, rank }));
}

/**
 * The dashboard of a period for a scope, narrowed to one unit (which must be in the scope) and one office (which must
 * belong to that unit); ids outside the scope are ignored (the whole scope is shown), never widened.
 */
export async function loadPeriodDashboard(
  scope: DashboardScope,
  period: ReportPeriod,
  chosen: { unitId: string | null; officeId: string | null },
): Promise<PeriodDashboard> {
  const unitId =
    scope.officeId !== null ? scope.unitIds[0]! : chosen.unitId && scope.unitIds.includes(chosen.unitId) ? chosen.unitId : null;
  const [units, office] = await Promise.all([
    db.administrativeUnit.findMany({
      where: { id: { in: [...scope.unitIds] } },
      select: { id: true, name: true, kindLabel: true, level: true, effectiveTo: true },
    }),
    (scope.officeId ?? (unitId ? chosen.officeId : null))
      ? db.office.findFirst({
          where: { id: scope.officeId ?? chosen.officeId!, unitId: unitId ?? undefined },
          select: { id: true, name: true },
        })
      : null,
  ]);
  const unitIds = unitId ? [unitId] : [...scope.unitIds];
  const officeIds = office ? [office.id] : undefined;
  const from = period.from;
  const to = addCalendarDays(period.to, 1);
  const base = { unitIds, officeIds, from, to } as const;
  const trendFrom = startOfMonthShifted(period.to, -35);
  const trendTo = startOfMonthShifted(period.to, 1);
  const targetYear = parseLocalDate(period.to).year;
  // The year to date is read only when it differs from the period (the usual views, "năm nay" and a whole year, are it).
  const yearStart = makeLocalDate(targetYear, 1, 1);
  const periodIsYearToDate = from === yearStart;
  // The ratings of the same units (and office): the period, each month of the trend, and the year to date.
  const ratings = (fromDay: LocalDate, toDay: LocalDate) => ({
    from: startOfVietnamDay(fromDay),
    to: startOfVietnamDay(toDay),
    unitIds,
    ...(office ? { officeId: office.id } : {}),
  });
  const rollupFigures = Promise.all([
    rollupTotals({ ...base, groupBy: "total" }),
    rollupTotals({ ...base, groupBy: "channel" }),
    unitId ? [] : rollupTotals({ ...base, groupBy: "unit" }),
    unitId && !office ? rollupTotals({ ...base, groupBy: "office" }) : [],
    unitId ? rollupTotals({ ...base, groupBy: "procedure" }) : [],
    rollupTotals({ unitIds, officeIds, from: trendFrom, to: trendTo, groupBy: "month" }),
    processingTime(unitIds, office?.id ?? null, period),
    loadIndicatorTargets(targetYear),
    periodIsYearToDate ? null : rollupTotals({ unitIds, officeIds, from: yearStart, to, groupBy: "total" }),
  ]);
  // The period's ratings grouped as the table below shows them (by unit for the scope, by office for a chosen unit;
  // ratings of no office under ""): the groups add up to the whole period, so it is their sum, not a second read.
  const periodRatings = ratings(from, to);
  const satisfactionFigures = Promise.all([
    !unitId
      ? loadSipasInputsByUnit(periodRatings)
      : !office
        ? loadSipasInputsByOffice(periodRatings)
        : loadSipasInputs(periodRatings).then((inputs) => new Map([[office.id, inputs]])),
    loadSipasInputsByMonth(ratings(trendFrom, trendTo)),
    periodIsYearToDate ? null : loadSipasInputs(ratings(yearStart, to)),
    minimumSample(),
  ]);
  const [
    [total, byChannel, byUnit, byOffice, byProcedure, byMonth, processing, targetValues, yearToDate],
    [sipasByRow, sipasByMonth, sipasYearToDate, sipasMinimum],
  ] = await Promise.all([rollupFigures, satisfactionFigures]);
  const sipasPeriod = mergeSipasInputs(sipasByRow.values());
  const satisfaction = (inputs: SipasInputs | undefined) =>
    satisfactionIndicator(inputs ?? { tallies: [], respondents: EMPTY_RESPONDENTS }, sipasMinimum);
  const [offices, procedures] = await Promise.all([
    byOffice.length > 0
      ? db.office.findMany({ where: { id: { in: byOffice.map((row) => row.key).filter(Boolean) } }, select: { id: true, name: true } })
      : [],
    byProcedure.length > 0
      ? db.procedure.findMany({ where: { id: { in: byProcedure.map((row) => row.key) } }, select: { id: true, name: true, code: true } })
      : [],
  ]);
  const unitName = new Map(units.map((unit) => [unit.id, `${unit.kindLabel} ${unit.name}`]));
  const officeName = new Map(offices.map((row) => [row.id, row.name]));
  const procedureName = new Map(procedures.map((row) => [row.id, `${row.code} · ${row.name}`]));
  const totalCounts = total[0] ?? emptyRollupCounts("");
  const unitCounts = new Map(byUnit.map((row) => [row.key, row]));
  const order = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 } as const;
  const listed = units
    .filter((unit) => unit.effectiveTo === null || unitCounts.has(unit.id) || unit.id === unitId)
    .sort((a, b) => order[a.level] - order[b.level] || a.name.localeCompare(b.name, "vi"));
  const unitRows = unitId
    ? []
    : listed.map((unit) =>
        rowOf(
          unit.id,
          unitName.get(unit.id)!,
          unitCounts.get(unit.id) ?? emptyRollupCounts(unit.id),
          satisfaction(sipasByRow.get(unit.id)),
        ),
      );
  const byMonthKey = new Map(byMonth.map((row) => [row.key, row]));
  const trend: TrendPoint[] = [];
  for (let back = 35; back >= 0; back--) {
    const month = startOfMonthShifted(period.to, -back).slice(0, 7);
    trend.push({
      month,
      indicators: [
        ...headlineIndicators(byMonthKey.get(month) ?? emptyRollupCounts(month)),
        satisfaction(sipasByMonth.get(month)),
      ],
    });
  }
  return {
    period,
    unit: unitId ? { id: unitId, name: unitName.get(unitId) ?? "" } : null,
    office,
    scopeUnits: listed.map((unit) => ({ id: unit.id, name: unitName.get(unit.id)! })),
    total: totalCounts,
    indicators: [...headlineIndicators(totalCounts), satisfaction(sipasPeriod)],
    channels: channelMix(
      CHANNELS.map((channel) => ({ channel, received: byChannel.find((row) => row.key === channel)?.received ?? 0 })),
    ),
    units: ranked(unitRows),
    // Dossiers not yet in an office (key '') are shown as such by the page.
    offices: ranked(
      byOffice.map((row) => rowOf(row.key, officeName.get(row.key) ?? "", row, satisfaction(sipasByRow.get(row.key)))),
    ),
    procedures: ranked(byProcedure.map((row) => rowOf(row.key, procedureName.get(row.key) ?? row.key, row, null))),
    trend,
    processing,
    targets: {
      year: targetYear,
      values: targetValues,
      yearToDate: [
        ...headlineIndicators((yearToDate ?? total)[0] ?? emptyRollupCounts("")),
        satisfaction(sipasYearToDate ?? sipasPeriod),
      ],
    },
  };
}
