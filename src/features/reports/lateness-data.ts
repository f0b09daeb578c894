import "server-only";
// Loads the late-dossier report for one user: computed over the units they may read (readableUnitIds), then narrowed
// to what their role may see (a department head: their office or their unit), sorted, with the total from the sums.
// Shared by the page and the Excel export so both always show the same figures.
import { readableUnitIds } from "@/server/auth/guard";
import type { SessionUser } from "@/server/auth/session-user";
import { latenessReport } from "@/server/data/apology-report";
import { db } from "@/server/db";
import {
  latenessTotals,
  scopeLatenessRows,
  sortLatenessRows,
  type LatenessQuery,
  type LatenessRow,
  type LatenessTotals,
} from "./lateness-table";

export interface LatenessReportData {
  rows: LatenessRow[];
  totals: LatenessTotals;
  /** "Phường Sơn Lộc": the user's own unit, for titles. */
  unitName: string;
}

export async function loadLatenessReport(user: SessionUser, query: LatenessQuery): Promise<LatenessReportData> {
  const unitIds = await readableUnitIds(user);
  const [computed, unit] = await Promise.all([
    latenessReport(unitIds, { from: query.period.start, to: query.period.end }, query.grouping),
    db.administrativeUnit.findUnique({ where: { id: user.unitId }, select: { name: true, kindLabel: true } }),
  ]);
  const rows = sortLatenessRows(scopeLatenessRows(computed, user, query.grouping), query.sort);
  return { rows, totals: latenessTotals(rows), unitName: unit ? `${unit.kindLabel} ${unit.name}` : "" };
}
