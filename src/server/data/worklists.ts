import "server-only";
// Worklists (danh sách hồ sơ): one page of a user's dossiers and the counts of the quick filters. The SQL comes from
// the builder in src/server/data/worklist-sql.ts (scope column + status first, deadline filters as ranges on
// appointmentAt; pages merged from ordered index ranges), so every query here runs on the Dossier worklist indexes. Counts stop at COUNT_CAP: past it the
// screen says "hơn 1.000" instead of counting a whole unit's history on every page view.
import { classifyPending, type FinishedTimeliness } from "@/domain/calendar";
import { PENDING_STATUSES, type DossierStatus, type ProcessingStep } from "@/domain/dossier";
import {
  deadlineBounds,
  QUICK_FILTERS,
  resolveScope,
  type DeadlineBounds,
  type QuickFilter,
  type RowMarker,
  type ScopeKey,
  type WorklistFilter,
  type WorklistScope,
  type WorklistUser,
} from "@/domain/worklist";
import { ALIAS, buildWorklistPageSql, buildWorklistWhere, toPlainCondition, type SqlText } from "@/server/data/worklist-sql";
import { getCurrentCalendar, getSetting } from "@/server/data/calendar";
import { warningFilters } from "@/server/data/early-warning";
import { db } from "@/server/db";

export const WORKLIST_PAGE_SIZE = 25;
/** Counts stop here; the screen then shows "hơn 1.000". */
export const COUNT_CAP = 1000;

export type { RowMarker };

export interface WorklistRow {
  id: string;
  code: string;
  procedureName: string;
  /** PERSONAL DATA: shown to staff whose scope includes the dossier. */
  applicantName: string;
  receivedAt: Date | null;
  appointmentAt: Date | null;
  status: DossierStatus;
  processingStep: ProcessingStep | null;
  marker: RowMarker;
}

/** A count, exact up to COUNT_CAP. */
export interface CappedCount {
  value: number;
  capped: boolean;
}

export interface WorklistPage {
  scopeKey: ScopeKey;
  rows: WorklistRow[];
  page: number;
  pageSize: number;
  hasNext: boolean;
  total: CappedCount;
  counts: Record<QuickFilter, CappedCount>;
  bounds: DeadlineBounds;
  dueSoonWorkingDays: number;
}

/** A row as the query returns it: the dossier's timeliness instead of the marker computed from it. */
type RawRow = Omit<WorklistRow, "marker"> & { timeliness: FinishedTimeliness | null };

const pending = new Set<DossierStatus>(PENDING_STATUSES);

async function cappedCount(where: SqlText | null): Promise<CappedCount> {
  if (!where) return { value: 0, capped: false };
  const limit = `$${where.values.length + 1}`;
  const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM "Dossier" ${ALIAS} WHERE ${where.text} LIMIT ${limit}) capped`,
    ...where.values,
    COUNT_CAP + 1,
  );
  const value = row?.n ?? 0;
  return value > COUNT_CAP ? { value: COUNT_CAP, capped: true } : { value, capped: false };
}

export interface WorklistOptions {
  /** The inspector's reach (auth guard's readableUnitIds); others read their own unit. */
  readableUnitIds?: readonly string[];
  now?: Date;
  pageSize?: number;
}

/** One page of the worklist of a user, or null when the user has no such scope (e.g. an administrator). */
export async function loadWorklist(user: WorklistUser, filter: WorklistFilter, options: WorklistOptions = {}): Promise<WorklistPage | null> {
  const resolved = resolveScope(user, filter.scope, options.readableUnitIds);
  if (!resolved) return null;
  const now = options.now ?? new Date();
  const pageSize = options.pageSize ?? WORKLIST_PAGE_SIZE;
  const [calendar, dueSoonWorkingDays, warnings] = await Promise.all([getCurrentCalendar(), getSetting("dueSoonWorkingDays"), warningFilters(now)]);
  const bounds = deadlineBounds(calendar, now, dueSoonWorkingDays);
  const scope: WorklistScope = resolved.scope;
  // "Cần lập phiếu xin lỗi" is the early warning's own rule, so the list and the warning counts cannot disagree.
  const context = { bounds, apologyDue: toPlainCondition(warnings.apologyDue) };
  const whereOf = (quick: QuickFilter) => buildWorklistWhere(scope, filter, context, quick);

  const pageSql = buildWorklistPageSql(scope, filter, context, pageSize);
  const [rows, ...counts] = await Promise.all([
    pageSql ? db.$queryRawUnsafe<RawRow[]>(pageSql.text, ...pageSql.values) : Promise.resolve([]),
    ...QUICK_FILTERS.map((quick) => cappedCount(whereOf(quick))),
  ]);
  const countByQuick = Object.fromEntries(QUICK_FILTERS.map((quick, index) => [quick, counts[index]!])) as Record<QuickFilter, CappedCount>;

  return {
    scopeKey: resolved.key,
    page: filter.page,
    pageSize,
    hasNext: rows.length > pageSize,
    total: countByQuick[filter.quick],
    counts: countByQuick,
    bounds,
    dueSoonWorkingDays,
    rows: rows.slice(0, pageSize).map((row) => ({
      id: row.id,
      code: row.code,
      procedureName: row.procedureName,
      applicantName: row.applicantName,
      receivedAt: row.receivedAt,
      appointmentAt: row.appointmentAt,
      status: row.status,
      processingStep: row.processingStep,
      marker: pending.has(row.status)
        ? row.appointmentAt
          ? { kind: "pending", value: classifyPending(calendar, row.appointmentAt, now, dueSoonWorkingDays) }
          : { kind: "paused" }
        : row.timeliness
          ? { kind: "finished", value: row.timeliness }
          : null,
    })),
  };
}

export interface FilterChoices {
  procedures: { id: string; code: string; name: string }[];
  fields: { id: string; name: string }[];
}

/** The choices of the filter form's selects. */
export async function loadFilterChoices(): Promise<FilterChoices> {
  const [procedures, fields] = await Promise.all([
    db.procedure.findMany({ where: { active: true }, select: { id: true, code: true, name: true }, orderBy: [{ name: "asc" }, { code: "asc" }] }),
    db.field.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { procedures, fields };
}
