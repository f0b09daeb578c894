import "server-only";
// The public results board (bảng kết quả giải quyết, issue 13 item 5): per unit and month, for the last 12 months,
// the on-time rate (report formula, src/domain/metrics onTimeRate), the online share of receipts and the SIPAS
// satisfaction index (N/A under the minimum sample). Published figures only: counts and rates, no personal data.
//
// Caching, two layers: the web server keeps each public document for a short while (src/server/public-page-cache.ts),
// rendered from cached data: the figures are read from the rollups at most once per PUBLIC_FIGURES_REVALIDATE_SECONDS
// through Next's Data Cache (unstable_cache, the legacy API that works without `cacheComponents`; tagged
// PUBLIC_FIGURES_TAG so revalidateTag refreshes it at once). Each cached value carries the time it was computed.
import { unstable_cache } from "next/cache";
import { emptyMoments, onTimeRate, sipasIndex } from "@/domain/metrics";
import { localDateKey, startOfMonthShifted, startOfVietnamDay, type LocalDate } from "@/lib/dates";
import { db } from "@/server/db";
import { rollupTotals } from "@/server/data/rollups";
import { loadSipasInputsByMonth } from "@/server/data/satisfaction";
import { PUBLIC_PAGE_TTL_SECONDS } from "@/server/public-page-cache";

/** The Data Cache keeps the figures this long (see PUBLIC_FIGURES_MAX_AGE_SECONDS for what the pages state). */
export const PUBLIC_FIGURES_REVALIDATE_SECONDS = 240;
/**
 * At most this old on a page ("Số liệu cập nhật lúc …", "tối đa 5 phút"): the Data Cache's 4 minutes plus the page
 * cache's bound (2 × PUBLIC_PAGE_TTL_SECONDS of src/server/public-page-cache.ts, a stale document served once while
 * it is rendered again).
 */
export const PUBLIC_FIGURES_MAX_AGE_SECONDS = PUBLIC_FIGURES_REVALIDATE_SECONDS + 2 * PUBLIC_PAGE_TTL_SECONDS;
export const PUBLIC_FIGURES_TAG = "public-figures";
export const BOARD_MONTHS = 12;

export interface BoardUnit {
  code: string;
  name: string;
  kindLabel: string;
}

export interface BoardMonth {
  /** "yyyy-MM" */
  month: string;
  resolved: number;
  /** Report formula: (early + on time) / resolved; null without resolved dossiers. */
  onTimeRate: number | null;
  received: number;
  /** Received online / received; null without receipts. */
  onlineShare: number | null;
  ratings: number;
  /** SIPAS index (share of satisfied answers); null (N/A) under the minimum sample. */
  satisfaction: number | null;
}

export interface UnitBoard {
  unit: BoardUnit;
  months: BoardMonth[];
  minimumSample: number;
  /** ISO instant the figures were read from the rollups. */
  computedAt: string;
}

/** The last `count` whole-or-current months ending with the month of `today`, oldest first, as [from, to) days. */
export function lastMonths(today: LocalDate, count: number): { month: string; from: LocalDate; to: LocalDate }[] {
  return Array.from({ length: count }, (_, index) => {
    const offset = count - 1 - index;
    const from = startOfMonthShifted(today, -offset);
    return { month: from.slice(0, 7), from, to: startOfMonthShifted(today, 1 - offset) };
  });
}

async function readBoardUnits(): Promise<{ units: BoardUnit[]; computedAt: string }> {
  const units = await db.administrativeUnit.findMany({
    where: { successorId: null },
    select: { code: true, name: true, kindLabel: true },
    orderBy: [{ level: "asc" }, { name: "asc" }],
  });
  return { units, computedAt: new Date().toISOString() };
}

async function readUnitBoard(code: string, today: LocalDate): Promise<UnitBoard | null> {
  const unit = await db.administrativeUnit.findUnique({
    where: { code },
    select: { id: true, code: true, name: true, kindLabel: true },
  });
  if (!unit) return null;
  const months = lastMonths(today, BOARD_MONTHS);
  const from = months[0]!.from;
  const to = months.at(-1)!.to;
  const [deciding, receiving, sipasByMonth] = await Promise.all([
    rollupTotals({ unitIds: [unit.id], unitRole: "deciding", from, to, groupBy: "month" }),
    rollupTotals({ unitIds: [unit.id], unitRole: "receiving", from, to, groupBy: "month" }),
    // Every month's SIPAS inputs in one grouped pass, not one read per month.
    loadSipasInputsByMonth({ unitIds: [unit.id], from: startOfVietnamDay(from), to: startOfVietnamDay(to) }),
  ]);
  const byMonth = (rows: typeof deciding) => new Map(rows.map((row) => [row.key, row]));
  const resolvedBy = byMonth(deciding);
  const receivedBy = byMonth(receiving);
  let minimumSample = 0;
  const rows = months.map((month): BoardMonth => {
    const resolved = resolvedBy.get(month.month)?.resolved;
    const received = receivedBy.get(month.month);
    const inputs = sipasByMonth.get(month.month);
    const index_ = sipasIndex(inputs?.tallies ?? [], inputs?.respondents.satisfiedShare ?? emptyMoments());
    minimumSample = index_.minimumSample;
    return {
      month: month.month,
      resolved: resolved?.resolved ?? 0,
      onTimeRate: resolved ? onTimeRate(resolved) : null,
      received: received?.received ?? 0,
      onlineShare: received && received.received > 0 ? received.receivedOnline / received.received : null,
      ratings: inputs?.ratings ?? 0,
      satisfaction: index_.value,
    };
  });
  return {
    unit: { code: unit.code, name: unit.name, kindLabel: unit.kindLabel },
    months: rows,
    minimumSample,
    computedAt: new Date().toISOString(),
  };
}

const cacheOptions = { revalidate: PUBLIC_FIGURES_REVALIDATE_SECONDS, tags: [PUBLIC_FIGURES_TAG] };

/** Units with a board (those in force), cached. */
export const getBoardUnits = unstable_cache(readBoardUnits, ["public-board-units"], cacheOptions);

const cachedUnitBoard = unstable_cache(readUnitBoard, ["public-board-unit"], cacheOptions);

/** A unit's board for the 12 months ending this month (Vietnamese calendar), cached per unit and day. */
export const getUnitBoard = (code: string, now: Date = new Date()) => cachedUnitBoard(code, localDateKey(now));

