import "server-only";
// Statistics per unit and period for API clients: the leadership table's own query (getUnitPerformanceByView of
// src/server/data/dashboard.ts, either view of merged units) over the asked unit and the units below it, rates from
// src/domain/metrics. Nothing is counted here, so the API and the dashboards cannot disagree.
import { onTimeRate, type TimelinessCounts } from "@/domain/metrics";
import {
  currentPeriods,
  getUnitPerformanceByView,
  periodsOf,
  type Periods,
  type UnitPerformanceInView,
} from "@/server/data/dashboard";
import { db } from "@/server/db";
import type { ApiClientIdentity } from "./clients";
import { ApiProblem } from "./define-api-route";
import { apiScopeUnitIds } from "./scope";

const withRate = (counts: TimelinessCounts) => ({ ...counts, onTimeRate: onTimeRate(counts) });

/** The period asked for: this year and quarter by default; a past year alone means its fourth quarter. */
export function statisticsPeriods(query: { year?: number; quarter?: number }, now = new Date()): Periods {
  const current = currentPeriods(now);
  const year = query.year ?? current.year;
  const quarter = (query.quarter ?? (year === current.year ? current.quarter : 4)) as Periods["quarter"];
  return periodsOf(year, quarter, now);
}

export async function getApiStatistics(
  client: ApiClientIdentity,
  query: { unit?: string; year?: number; quarter?: number; view?: "receiving" | "continuing" },
  now = new Date(),
) {
  const scope = await apiScopeUnitIds(client);
  const unit = query.unit
    ? await db.administrativeUnit.findUnique({ where: { code: query.unit }, select: { id: true } })
    : client.unitId
      ? { id: client.unitId }
      : null;
  if (!unit || !scope.includes(unit.id))
    throw new ApiProblem(
      "forbidden",
      query.unit
        ? `Đơn vị ${query.unit} không thuộc phạm vi của khóa API này.`
        : "Khóa API này không gắn với đơn vị nào.",
    );
  const unitIds = (await apiScopeUnitIds({ unitId: unit.id })).filter((id) => scope.includes(id));
  const report = await getUnitPerformanceByView(unitIds, query.view ?? "receiving", now, statisticsPeriods(query, now));
  const rows: UnitPerformanceInView[] = report.units;
  const codes = new Map(
    (
      await db.administrativeUnit.findMany({
        where: { id: { in: rows.flatMap((u) => (u.parentId ? [u.unitId, u.parentId] : [u.unitId])) } },
        select: { id: true, code: true },
      })
    ).map((row) => [row.id, row.code]),
  );
  return {
    year: report.year,
    quarter: report.quarter,
    units: rows.map((row) => ({
      code: codes.get(row.unitId)!,
      name: `${row.kindLabel} ${row.name}`,
      level: row.level,
      parentCode: row.parentId ? (codes.get(row.parentId) ?? null) : null,
      receivedYear: row.receivedYear,
      receivedQuarter: row.receivedQuarter,
      year: withRate(row.year),
      quarter: withRate(row.quarter),
      pendingOverdue: row.pendingOverdue,
      continuedBy: row.continuedBy ? `${row.continuedBy.kindLabel} ${row.continuedBy.name}` : null,
      foldedUnits: row.foldedUnits,
    })),
  };
}
