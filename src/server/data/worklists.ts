import "server-only";
// Worklists (danh sách hồ sơ): one page of a user's dossiers and the counts of the quick filters. The SQL comes from
// the builder in src/server/data/worklist-sql.ts (scope column + status first, deadline filters as ranges on
// appointmentAt; pages merged from ordered index ranges), so every query here runs on the Dossier worklist indexes.
// The quick filters' pills stop counting at COUNT_CAP ("1000+"); the chosen list is counted up to TOTAL_CAP, which at
// the bench's 500,000 dossiers covers any one office or unit's open dossiers exactly and says "hơn 100.000" past it.
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
  type WorklistCursor,
  type WorklistScope,
  type WorklistUser,
  cursorOf,
} from "@/domain/worklist";
import { ALIAS, buildWorklistPageSql, buildWorklistWhere, listOrder, shiftPlaceholders, toPlainCondition, type SqlText } from "@/server/data/worklist-sql";
import { getCurrentCalendar, getSetting } from "@/server/data/calendar";
import { warningFilters } from "@/server/data/early-warning";
import { db } from "@/server/db";
import { localDateKey, startOfVietnamDay, type LocalDate } from "@/lib/dates";

export const WORKLIST_PAGE_SIZE = 25;
/** The quick filters' counts stop here; the pill then shows "1000+". */
export const COUNT_CAP = 1000;
/** The chosen list's total stops here; the screen then says "hơn 100.000" and the pages stay open-ended. */
export const TOTAL_CAP = 100_000;
/**
 * A search's total stops here ("hơn 1.000 hồ sơ"): counting every dossier whose code starts with "PST-2610" (≈ 20,000
 * in a busy ward) read them all on every keystroke; past a thousand the answer is to narrow the search.
 */
export const SEARCH_TOTAL_CAP = 1000;
/** Rows of one Excel export at most (the workbook says when the list had more). */
export const EXPORT_MAX_ROWS = 5000;

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
  /** "Trang sau": after the last row shown (keyset), or null on the last page. */
  next: WorklistCursor | null;
  /** "Trang trước": page 1 by its plain link (cursor null), a deeper one before the first row shown; null on page 1. */
  previous: { page: number; cursor: WorklistCursor | null } | null;
  total: CappedCount;
  counts: Record<QuickFilter, CappedCount>;
  bounds: DeadlineBounds;
  dueSoonWorkingDays: number;
}

/** A row as the query returns it: the dossier's timeliness instead of the marker computed from it. */
type RawRow = Omit<WorklistRow, "marker"> & { timeliness: FinishedTimeliness | null };

const pending = new Set<DossierStatus>(PENDING_STATUSES);

async function cappedCount(where: SqlText | null, cap: number = COUNT_CAP): Promise<CappedCount> {
  if (!where) return { value: 0, capped: false };
  const limit = `$${where.values.length + 1}`;
  const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM "Dossier" ${ALIAS} WHERE ${where.text} LIMIT ${limit}) capped`,
    ...where.values,
    cap + 1,
  );
  const value = row?.n ?? 0;
  return value > cap ? { value: cap, capped: true } : { value, capped: false };
}

/**
 * The quick filters' counts of a search in one statement: its matches (every quick filter's list is a part of "tất cả")
 * are read once, at most SEARCH_TOTAL_CAP + 1 of them, and each filter counted among them — one read of the search's
 * index instead of five. Past the cap every count is a lower bound ("1000+", "hơn …"); the chosen list, if it is not
 * "tất cả", is then counted on its own.
 */
async function searchCounts(whereOf: (quick: QuickFilter) => SqlText | null, chosen: QuickFilter): Promise<Record<QuickFilter, CappedCount>> {
  const universe = whereOf("all");
  const none = { value: 0, capped: false };
  if (!universe) return Object.fromEntries(QUICK_FILTERS.map((quick) => [quick, none])) as Record<QuickFilter, CappedCount>;
  const values = [...universe.values, SEARCH_TOTAL_CAP + 1];
  const columns = QUICK_FILTERS.map((quick, index) => {
    const where = whereOf(quick);
    if (!where) return `0 AS c${index}`;
    const text = shiftPlaceholders(where.text, values.length);
    values.push(...where.values);
    return `count(*) FILTER (WHERE ${text})::int AS c${index}`;
  });
  const [row] = await db.$queryRawUnsafe<Record<string, number>[]>(
    `SELECT ${columns.join(", ")} FROM (SELECT ${ALIAS}.* FROM "Dossier" ${ALIAS} WHERE ${universe.text} LIMIT $${universe.values.length + 1}) ${ALIAS}`,
    ...values,
  );
  const truncated = (row?.c0 ?? 0) > SEARCH_TOTAL_CAP;
  const counts = Object.fromEntries(
    QUICK_FILTERS.map((quick, index) => {
      const value = row?.[`c${index}`] ?? 0;
      return [quick, truncated ? { value: Math.min(value, SEARCH_TOTAL_CAP), capped: true } : { value, capped: false }];
    }),
  ) as Record<QuickFilter, CappedCount>;
  if (truncated && chosen !== "all") counts[chosen] = await cappedCount(whereOf(chosen), SEARCH_TOTAL_CAP);
  return counts;
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

  const readPage = async (pageFilter: WorklistFilter): Promise<RawRow[]> => {
    const pageSql = buildWorklistPageSql(scope, pageFilter, context, pageSize);
    return pageSql ? db.$queryRawUnsafe<RawRow[]>(pageSql.text, ...pageSql.values) : [];
  };
  const countsOf = async () =>
    filter.search
      ? searchCounts(whereOf, filter.quick)
      : (Object.fromEntries(
          await Promise.all(QUICK_FILTERS.map(async (quick) => [quick, await cappedCount(whereOf(quick), quick === filter.quick ? TOTAL_CAP : COUNT_CAP)])),
        ) as Record<QuickFilter, CappedCount>);
  const [read, countByQuick] = await Promise.all([readPage(filter), countsOf()]);

  // Backwards ("Trang trước"): the rows come nearest the cursor first, one more than a page when more lie before.
  let pageNumber = filter.page;
  let rows: RawRow[];
  let hasNext: boolean;
  let hasPrevious: boolean;
  if (filter.cursor?.direction === "previous") {
    if (read.length > pageSize) {
      rows = read.slice(0, pageSize).reverse();
      [hasNext, hasPrevious] = [true, true];
    } else {
      // Nothing before this page any more (dossiers left the list meanwhile): it is the first page, read in full.
      const first = await readPage({ ...filter, page: 1, cursor: null });
      [pageNumber, rows, hasNext, hasPrevious] = [1, first.slice(0, pageSize), first.length > pageSize, false];
    }
  } else {
    rows = read.slice(0, pageSize);
    [hasNext, hasPrevious] = [read.length > pageSize, pageNumber > 1];
  }
  const last = rows.at(-1);
  const firstRow = rows[0];
  const order = listOrder(filter);

  return {
    scopeKey: resolved.key,
    page: pageNumber,
    pageSize,
    hasNext,
    next: hasNext && last ? cursorOf(filter.sort, "next", pageNumber + 1, last, order) : null,
    previous: !hasPrevious
      ? null
      : pageNumber - 1 <= 1 || !firstRow
        ? { page: 1, cursor: null }
        : { page: pageNumber - 1, cursor: cursorOf(filter.sort, "previous", pageNumber - 1, firstRow, order) },
    total: countByQuick[filter.quick],
    counts: countByQuick,
    bounds,
    dueSoonWorkingDays,
    rows: rows.map((row) => toRow(row, calendar, now, dueSoonWorkingDays)),
  };
}

function toRow(row: RawRow, calendar: Awaited<ReturnType<typeof getCurrentCalendar>>, now: Date, dueSoonWorkingDays: number): WorklistRow {
  return {
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
  };
}

export interface WorklistExport {
  scopeKey: ScopeKey;
  /** Every row of the filtered list (all pages), at most EXPORT_MAX_ROWS, in the list's order. */
  rows: WorklistRow[];
  /** The list had more rows than EXPORT_MAX_ROWS. */
  truncated: boolean;
  total: CappedCount;
}

/** The whole filtered list (not just one page) for the Excel export; the same SQL and order as the screen. */
export async function loadWorklistExport(user: WorklistUser, filter: WorklistFilter, options: WorklistOptions = {}): Promise<WorklistExport | null> {
  const resolved = resolveScope(user, filter.scope, options.readableUnitIds);
  if (!resolved) return null;
  const now = options.now ?? new Date();
  const max = options.pageSize ?? EXPORT_MAX_ROWS;
  const [calendar, dueSoonWorkingDays, warnings] = await Promise.all([getCurrentCalendar(), getSetting("dueSoonWorkingDays"), warningFilters(now)]);
  const bounds = deadlineBounds(calendar, now, dueSoonWorkingDays);
  const context = { bounds, apologyDue: toPlainCondition(warnings.apologyDue) };
  const all = { ...filter, page: 1, cursor: null };
  const sql = buildWorklistPageSql(resolved.scope, all, context, max);
  const [rows, total] = await Promise.all([
    sql ? db.$queryRawUnsafe<RawRow[]>(sql.text, ...sql.values) : Promise.resolve([]),
    cappedCount(buildWorklistWhere(resolved.scope, all, context), TOTAL_CAP),
  ]);
  return {
    scopeKey: resolved.key,
    rows: rows.slice(0, max).map((row) => toRow(row, calendar, now, dueSoonWorkingDays)),
    truncated: rows.length > max,
    total,
  };
}

export interface FilterChoices {
  procedures: { id: string; code: string; name: string }[];
  fields: { id: string; name: string }[];
  /** The office's officers (office scope only; empty elsewhere). */
  officers: { id: string; name: string }[];
}

/** Who the choices are for: the user's office and unit. */
export interface ChoicesUser {
  unitId: string;
  officeId: string | null;
}

/**
 * The choices of the filter form's selects, for the list's scope. An office: the procedures whose version in force
 * names that office as the handling office (directly or through the unit's own office mapping), or that have open
 * dossiers there, and the office's active officers. A unit: the procedures of the unit's level in force, or with
 * open dossiers received or decided there. Fields: those of the procedures offered.
 */
export async function loadFilterChoices(user: ChoicesUser, scopeKey: ScopeKey = "unit", now: Date = new Date()): Promise<FilterChoices> {
  const today = localDateKey(now);
  const pendingStatuses = [...PENDING_STATUSES];
  const office = scopeKey !== "unit" && user.officeId ? await db.office.findUnique({ where: { id: user.officeId }, select: { id: true, code: true, unitId: true } }) : null;
  const inForce = `v."procedureId" = p.id AND v."effectiveFrom" <= $1::date AND (v."effectiveTo" IS NULL OR v."effectiveTo" > $1::date)`;
  const procedures = office
    ? await db.$queryRawUnsafe<FilterChoices["procedures"]>(
        `SELECT p.id, p.code, p.name FROM "Procedure" p
          WHERE EXISTS (SELECT 1 FROM "ProcedureVersion" v LEFT JOIN "ProcedureUnitOffice" o ON o."procedureVersionId" = v.id AND o."unitId" = $3
                         WHERE ${inForce} AND COALESCE(o."officeCode", v."handlingOfficeCode") = $4)
             OR EXISTS (SELECT 1 FROM "Dossier" d WHERE d."handlingOfficeId" = $2 AND d.status = ANY($5::"DossierStatus"[]) AND d."procedureId" = p.id)
          ORDER BY p.name, p.code`,
        today,
        office.id,
        office.unitId,
        office.code,
        pendingStatuses,
      )
    : await db.$queryRawUnsafe<FilterChoices["procedures"]>(
        `SELECT p.id, p.code, p.name FROM "Procedure" p
          WHERE (p.active AND p.level = (SELECT level FROM "AdministrativeUnit" WHERE id = $2) AND EXISTS (SELECT 1 FROM "ProcedureVersion" v WHERE ${inForce}))
             OR EXISTS (SELECT 1 FROM "Dossier" d WHERE (d."receivedUnitId" = $2 OR d."decidingUnitId" = $2) AND d.status = ANY($3::"DossierStatus"[]) AND d."procedureId" = p.id)
          ORDER BY p.name, p.code`,
        today,
        user.unitId,
        pendingStatuses,
      );
  const procedureIds = procedures.map((procedure) => procedure.id);
  const [fields, officers] = await Promise.all([
    db.field.findMany({ where: { procedures: { some: { id: { in: procedureIds } } } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    office
      ? db.user
          .findMany({ where: { officeId: office.id, role: "OFFICER", active: true }, select: { id: true, fullName: true }, orderBy: { fullName: "asc" } })
          .then((users) => users.map((officer) => ({ id: officer.id, name: officer.fullName })))
      : Promise.resolve([]),
  ]);
  return { procedures, fields, officers };
}

export interface OfficerLoad {
  id: string;
  name: string;
  /** Open dossiers of the office assigned to the officer. */
  inHand: number;
  overdue: number;
  dueSoon: number;
  /** Dossiers the officer handled that finished since the first of this month (Vietnam time). */
  finishedThisMonth: number;
}

export interface OfficeWorkload {
  officers: OfficerLoad[];
  dueSoonWorkingDays: number;
  bounds: DeadlineBounds;
}

/** The head's table: each active officer of the office with what they hold, by deadline, and what they finished this month. */
export async function loadOfficeWorkload(officeId: string, now: Date = new Date()): Promise<OfficeWorkload> {
  const [calendar, dueSoonWorkingDays] = await Promise.all([getCurrentCalendar(), getSetting("dueSoonWorkingDays")]);
  const bounds = deadlineBounds(calendar, now, dueSoonWorkingDays);
  const monthStart = startOfVietnamDay(`${localDateKey(now).slice(0, 7)}-01` as LocalDate);
  const officers = (
    await db.user.findMany({ where: { officeId, role: "OFFICER", active: true }, select: { id: true, fullName: true }, orderBy: { fullName: "asc" } })
  ).map((officer) => ({ id: officer.id, name: officer.fullName }));
  if (officers.length === 0) return { officers: [], dueSoonWorkingDays, bounds };
  const ids = officers.map((officer) => officer.id);
  const rows = await db.$queryRawUnsafe<{ id: string; in_hand: number; overdue: number; due_soon: number; finished: number }[]>(
    `SELECT a.id,
            (SELECT count(*)::int FROM "Dossier" d WHERE d."assigneeId" = a.id AND d.status = ANY($2::"DossierStatus"[]) AND d."handlingOfficeId" = $3) AS in_hand,
            (SELECT count(*)::int FROM "Dossier" d WHERE d."assigneeId" = a.id AND d.status = ANY($2::"DossierStatus"[]) AND d."handlingOfficeId" = $3
                AND d."appointmentAt" < $4::timestamp(3)) AS overdue,
            (SELECT count(*)::int FROM "Dossier" d WHERE d."assigneeId" = a.id AND d.status = ANY($2::"DossierStatus"[]) AND d."handlingOfficeId" = $3
                AND d."appointmentAt" >= $4::timestamp(3) AND d."appointmentAt" < $5::timestamp(3)) AS due_soon,
            (SELECT count(*)::int FROM "Dossier" d WHERE d."assigneeId" = a.id AND d."finishedAt" >= $6::timestamp(3)) AS finished
       FROM unnest($1::text[]) AS a(id)`,
    ids,
    [...PENDING_STATUSES],
    officeId,
    bounds.now.toISOString(),
    bounds.dueSoonBefore.toISOString(),
    monthStart.toISOString(),
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    dueSoonWorkingDays,
    bounds,
    officers: officers.map((officer) => {
      const row = byId.get(officer.id);
      return { ...officer, inHand: row?.in_hand ?? 0, overdue: row?.overdue ?? 0, dueSoon: row?.due_soon ?? 0, finishedThisMonth: row?.finished ?? 0 };
    }),
  };
}

export interface ReassignableDossier {
  id: string;
  code: string;
  version: number;
  procedureName: string;
  appointmentAt: Date | null;
}

/** The dossiers an officer of the office holds that the head may reassign (the assign command's own states). */
export async function loadReassignable(officeId: string, officerId: string): Promise<ReassignableDossier[]> {
  const rows = await db.dossier.findMany({
    where: { handlingOfficeId: officeId, assigneeId: officerId, status: "IN_PROCESSING", processingStep: { in: ["AWAITING_ASSIGNMENT", "HANDLING"] } },
    select: { id: true, code: true, version: true, appointmentAt: true, procedure: { select: { name: true } } },
    orderBy: [{ appointmentAt: { sort: "asc", nulls: "last" } }, { code: "asc" }],
    take: 100,
  });
  return rows.map((row) => ({ id: row.id, code: row.code, version: row.version, appointmentAt: row.appointmentAt, procedureName: row.procedure.name }));
}
