import "server-only";
// Dossier figures read from the daily rollups ("DossierDailyRollup", kept by the "Dossier_rollups" trigger in the same
// transaction as every change; docs/rollups.md), never from the dossier table: a year of a province is a few thousand
// rollup rows, not hundreds of thousands of dossiers. These are COUNTS; rates come from src/domain/metrics.
//
// Counting rules (the same as src/server/data/dashboard.ts): received in a period by the day of valid receipt;
// resolved by the day it finished with a timeliness; pending and overdue at the end of a day are flows summed from the
// beginning (received − finished; appointment passed while open − finished), judged with the dossier's stored
// appointment. Days are Vietnamese calendar days, `from` inclusive and `to` exclusive ("yyyy-MM-dd").
import type { Channel } from "@/generated/prisma/enums";
import { emptyTimelinessCounts, type TimelinessCounts } from "@/domain/metrics";
import { startOfMonthShifted, type LocalDate } from "@/lib/dates";
import { db, Prisma } from "@/server/db";

export const ROLLUP_GROUPS = ["total", "unit", "office", "procedure", "channel", "month", "day", "unitMonth"] as const;
export type RollupGroup = (typeof ROLLUP_GROUPS)[number];

export interface RollupQuery {
  unitIds: readonly string[];
  /**
   * Which of a dossier's units `unitIds` name: "deciding" (default: the unit that resolves it, as the leadership
   * figures count resolved and pending) or "receiving" (the desk that received it, as they count receipts).
   */
  unitRole?: "deciding" | "receiving";
  officeIds?: readonly string[];
  procedureIds?: readonly string[];
  channels?: readonly Channel[];
  from: LocalDate;
  to: LocalDate;
  groupBy: RollupGroup;
}

export interface RollupCounts {
  /** The group's key: a unit, office ('' for dossiers not yet in an office), procedure or channel id, a month
   * "yyyy-MM", a day "yyyy-MM-dd", "<unit id>|yyyy-MM" (unitMonth: a trend per unit), or "" for the total. */
  key: string;
  received: number;
  receivedFullOnline: number;
  receivedWithFee: number;
  paidOnline: number;
  digitised: number;
  dataReused: number;
  receivedOnline: number;
  receivedPostal: number;
  /** Resolved in the period, by the report formula's classes (src/domain/metrics onTimeRate). */
  resolved: TimelinessCounts;
  /** Resolved in the period as Decision 766 indicator 2.1 judges them (supplement requests and paused time counted). */
  resolved766: { onTime: number; late: number };
  closedWithoutResult: number;
  electronicResult: number;
  returned: number;
  returnedByPost: number;
  /** Pending at the start of the period (carried over) and at its end; overdue among them at its end. */
  pendingAtStart: number;
  pendingAtEnd: number;
  overdueAtEnd: number;
  /** Received in the period and synced to the national portal (Decision 766 1.4; "DossierRollupSignal"). */
  synced: number;
  /** Resolved in the period with a feedback item or a dislike rating (Decision 766 5.4). */
  resolvedComplaintOrDislike: number;
  /** Resolved late in the period (report formula) with an apology letter issued in time (apology compliance). */
  resolvedLateTimelyApology: number;
}

/** The counter columns of both rollup tables ("DossierDailyRollup", "DossierMonthlyRollup"), summed by every read. */
const COUNTER_COLUMNS = [
  "received",
  "receivedFullOnline",
  "receivedWithFee",
  "paidOnline",
  "digitised",
  "dataReused",
  "resolved",
  "resolvedEarly",
  "resolvedOnTime",
  "resolvedLate",
  "resolved766OnTime",
  "resolved766Late",
  "closedWithoutResult",
  "electronicResult",
  "returned",
  "returnedByPost",
  "pendingDelta",
  "overdueDelta",
  "synced",
  "resolvedComplaintOrDislike",
  "resolvedLateTimelyApology",
] as const;

/** A grouped row: its key, the sums of the counters, and the receipts by the online and postal channels. */
type Row = { key: string; receivedOnline: number; receivedPostal: number } & Record<(typeof COUNTER_COLUMNS)[number], number>;

const COUNTERS = Prisma.raw(COUNTER_COLUMNS.map((column) => `"${column}"`).join(", "));
const SUMS = Prisma.raw(
  [
    ...COUNTER_COLUMNS.map((column) => `sum("${column}")::int AS "${column}"`),
    `(sum("received") FILTER (WHERE "channel" = 'ONLINE'))::int AS "receivedOnline"`,
    `(sum("received") FILTER (WHERE "channel" = 'POSTAL'))::int AS "receivedPostal"`,
  ].join(", "),
);

function keyColumn(query: RollupQuery): Prisma.Sql {
  switch (query.groupBy) {
    case "total":
      return Prisma.sql`''`;
    case "unit":
      return unitColumnOf(query);
    case "office":
      return Prisma.sql`"handlingOfficeId"`;
    case "procedure":
      return Prisma.sql`"procedureId"`;
    case "channel":
      return Prisma.sql`"channel"::text`;
    case "month":
      return Prisma.sql`to_char("day", 'YYYY-MM')`;
    case "day":
      return Prisma.sql`to_char("day", 'YYYY-MM-DD')`;
    case "unitMonth":
      return Prisma.sql`${unitColumnOf(query)} || '|' || to_char("day", 'YYYY-MM')`;
  }
}

const unitColumnOf = (query: RollupQuery): Prisma.Sql =>
  query.unitRole === "receiving" ? Prisma.sql`"receivedUnitId"` : Prisma.sql`"decidingUnitId"`;

function filters(query: RollupQuery): Prisma.Sql {
  const parts = [Prisma.sql`${unitColumnOf(query)} = ANY(${[...query.unitIds]}::text[])`];
  if (query.officeIds) parts.push(Prisma.sql`"handlingOfficeId" = ANY(${[...query.officeIds]}::text[])`);
  if (query.procedureIds) parts.push(Prisma.sql`"procedureId" = ANY(${[...query.procedureIds]}::text[])`);
  if (query.channels) parts.push(Prisma.sql`"channel"::text = ANY(${[...query.channels]}::text[])`);
  return Prisma.join(parts, " AND ");
}

const toCounts = (row: Row, pendingAtStart: number, overdueAtStart: number): RollupCounts => ({
  key: row.key,
  received: row.received,
  receivedFullOnline: row.receivedFullOnline,
  receivedWithFee: row.receivedWithFee,
  paidOnline: row.paidOnline,
  digitised: row.digitised,
  dataReused: row.dataReused,
  receivedOnline: row.receivedOnline ?? 0,
  receivedPostal: row.receivedPostal ?? 0,
  resolved: { resolved: row.resolved, early: row.resolvedEarly, onTime: row.resolvedOnTime, late: row.resolvedLate },
  resolved766: { onTime: row.resolved766OnTime, late: row.resolved766Late },
  closedWithoutResult: row.closedWithoutResult,
  electronicResult: row.electronicResult,
  returned: row.returned,
  returnedByPost: row.returnedByPost,
  pendingAtStart,
  pendingAtEnd: pendingAtStart + row.pendingDelta,
  overdueAtEnd: overdueAtStart + row.overdueDelta,
  synced: row.synced,
  resolvedComplaintOrDislike: row.resolvedComplaintOrDislike,
  resolvedLateTimelyApology: row.resolvedLateTimelyApology,
});

const ZERO_COUNTERS = Object.fromEntries(COUNTER_COLUMNS.map((column) => [column, 0])) as Record<
  (typeof COUNTER_COLUMNS)[number],
  number
>;

export const emptyRollupCounts = (key: string): RollupCounts => ({
  ...toCounts(
    { key, receivedOnline: 0, receivedPostal: 0, ...ZERO_COUNTERS },
    0,
    0,
  ),
  resolved: emptyTimelinessCounts(),
});

/** Groups that need no office or procedure: whole months can come from "DossierMonthlyRollup". */
const MONTHLY_GROUPS: ReadonlySet<RollupGroup> = new Set(["total", "unit", "channel", "month", "unitMonth"]);

/**
 * The rollup rows of the days [from, to) (from = null: since the beginning), as one row source with the columns the
 * sums and keys use. For unit-level groups the whole months inside come from the monthly table and only the days
 * at either end from the daily one: a year of a province is a few hundred monthly rows.
 */
function periodRows(query: RollupQuery, where: Prisma.Sql, from: LocalDate | null, to: LocalDate): Prisma.Sql {
  const daily = (lower: LocalDate | null, upper: LocalDate) =>
    Prisma.sql`SELECT "day", "decidingUnitId", "receivedUnitId", "handlingOfficeId", "procedureId", "channel", ${COUNTERS}
      FROM "DossierDailyRollup" WHERE ${where} AND "day" < ${upper}::date ${lower === null ? Prisma.empty : Prisma.sql`AND "day" >= ${lower}::date`}`;
  if (query.officeIds || query.procedureIds || !MONTHLY_GROUPS.has(query.groupBy)) return daily(from, to);
  const monthsFrom = from === null ? null : from === startOfMonthShifted(from, 0) ? from : startOfMonthShifted(from, 1);
  const monthsTo = startOfMonthShifted(to, 0);
  if (monthsFrom !== null && monthsFrom >= monthsTo) return daily(from, to);
  const monthly = Prisma.sql`SELECT "month" AS "day", "decidingUnitId", "receivedUnitId", '' AS "handlingOfficeId", '' AS "procedureId", "channel", ${COUNTERS}
    FROM "DossierMonthlyRollup" WHERE ${where} AND "month" < ${monthsTo}::date ${monthsFrom === null ? Prisma.empty : Prisma.sql`AND "month" >= ${monthsFrom}::date`}`;
  const parts = [monthly];
  if (from !== null && monthsFrom !== null && from < monthsFrom) parts.push(daily(from, monthsFrom));
  if (monthsTo < to) parts.push(daily(monthsTo, to));
  return Prisma.join(parts, " UNION ALL ");
}

type Client = Pick<typeof db, "$queryRaw">;

/**
 * The counts of a period per group, from the rollups only. For "month", "day" and "unitMonth" the pending and overdue
 * figures of each row are those at the start and end of that month or day (running sums, per unit for unitMonth);
 * every other group carries the
 * balance of the days before `from` (one more grouped read of the rollups). Groups with nothing are left out, except
 * for "total", which always has its one row.
 */
export async function rollupTotals(query: RollupQuery, client: Client = db): Promise<RollupCounts[]> {
  if (query.unitIds.length === 0) return query.groupBy === "total" ? [emptyRollupCounts("")] : [];
  const where = filters(query);
  const timeGroup = query.groupBy === "month" || query.groupBy === "day" || query.groupBy === "unitMonth";
  const balanceKey = query.groupBy === "unitMonth" ? unitColumnOf(query) : timeGroup ? Prisma.sql`''` : null;
  const key = keyColumn(query);
  const [rows, before] = await Promise.all([
    client.$queryRaw<Row[]>`
      SELECT ${key} AS key, ${SUMS}
      FROM (${periodRows(query, where, query.from, query.to)}) r
      GROUP BY 1 ORDER BY 1`,
    client.$queryRaw<{ key: string; pending: number; overdue: number }[]>`
      SELECT ${balanceKey ?? key} AS key, sum("pendingDelta")::int AS pending, sum("overdueDelta")::int AS overdue
      FROM (${periodRows(query, where, null, query.from)}) r
      GROUP BY 1`,
  ]);
  const balance = new Map(before.map((row) => [row.key, row]));
  if (timeGroup) {
    // Running sums in key order (per unit for unitMonth, whose keys start with the unit id).
    const running = new Map<string, { pending: number; overdue: number }>();
    return rows.map((row) => {
      const group = query.groupBy === "unitMonth" ? row.key.slice(0, row.key.lastIndexOf("|")) : "";
      const start = running.get(group) ?? balance.get(group) ?? { pending: 0, overdue: 0 };
      const counts = toCounts(row, start.pending, start.overdue);
      running.set(group, { pending: counts.pendingAtEnd, overdue: counts.overdueAtEnd });
      return counts;
    });
  }
  const result = rows.map((row) => toCounts(row, balance.get(row.key)?.pending ?? 0, balance.get(row.key)?.overdue ?? 0));
  // Groups with a balance but no flow in the period (a dossier pending all period long).
  const seen = new Set(rows.map((row) => row.key));
  for (const [groupKey, row] of balance) {
    if (seen.has(groupKey) || (row.pending === 0 && row.overdue === 0)) continue;
    result.push({ ...emptyRollupCounts(groupKey), pendingAtStart: row.pending, pendingAtEnd: row.pending, overdueAtEnd: row.overdue });
  }
  if (query.groupBy === "total" && result.length === 0) return [emptyRollupCounts("")];
  return result.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
