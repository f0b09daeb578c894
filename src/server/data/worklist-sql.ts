// From a worklist filter and the user's scope (src/domain/worklist) to the SQL `WHERE` and `ORDER BY` of the list.
// Pure text building, no database access: returns parameterised SQL text ($1, $2… placeholders, values apart; column names only from this file) that
// src/server/data/worklists.ts runs. Every predicate starts with the scope column and the status, the leading columns
// of the Dossier worklist indexes ([receivedUnitId|decidingUnitId|handlingOfficeId|assigneeId, status,
// appointmentAt]), and the deadline filters are ranges on appointmentAt, the third column, so lists, counts and
// pages stay on those indexes however many dossiers there are.
import type { DossierStatus } from "@/domain/dossier";
import {
  classifySearch,
  CODE_SEARCH_KEY,
  intersectStates,
  LOST_766_BY_PERIOD,
  reversedKey,
  SORT_KEYS,
  statesOfFilter,
  statesOfQuick,
  type DeadlineBounds,
  type QuickFilter,
  type Sort,
  type SortKey,
  type StateSet,
  type WorklistFilter,
  type WorklistScope,
} from "@/domain/worklist";
import { addCalendarDays, startOfVietnamDay } from "@/lib/dates";
import { escapeLike } from "@/lib/vietnamese-text";

// ─── SQL ─────────────────────────────────────────────────────────────────────────────────────────────────────────

export interface SqlText {
  text: string;
  values: unknown[];
}

export interface WorklistContext {
  bounds: DeadlineBounds;
  /**
   * cần lập phiếu xin lỗi: the early-warning rule (src/server/data/early-warning.ts, warningFilters(now).apologyDue)
   * as the plain condition it is written in, translated to SQL here rather than written a second time. Without it
   * the quick filter matches nothing.
   */
  apologyDue?: PlainDossierCondition;
}

// ─── Early-warning conditions ────────────────────────────────────────────────────────────────────────────────────

/**
 * The subset of a Prisma Dossier filter the early warnings are written in: pending statuses, an exact reschedule
 * count and a range on appointmentAt. Anything else is refused, so a rule that grows a new kind of predicate fails
 * loudly instead of the worklist silently disagreeing with the warning counts.
 */
export interface PlainDossierCondition {
  statuses: readonly DossierStatus[] | null;
  rescheduleCount: number | null;
  appointmentAt: { lt?: Date; lte?: Date; gt?: Date; gte?: Date };
}

const RANGE_KEYS = ["lt", "lte", "gt", "gte"] as const;

export function toPlainCondition(where: object): PlainDossierCondition {
  const condition: PlainDossierCondition = { statuses: null, rescheduleCount: null, appointmentAt: {} };
  for (const [key, value] of Object.entries(where)) {
    if (key === "status" && value && typeof value === "object" && Object.keys(value).join() === "in" && Array.isArray((value as { in: unknown }).in)) {
      condition.statuses = [...(value as { in: DossierStatus[] }).in];
    } else if (key === "rescheduleCount" && typeof value === "number") {
      condition.rescheduleCount = value;
    } else if (key === "appointmentAt" && value && typeof value === "object") {
      for (const [bound, date] of Object.entries(value)) {
        if (!(RANGE_KEYS as readonly string[]).includes(bound) || !(date instanceof Date)) throw new Error(`Unsupported appointmentAt bound in a warning filter: ${bound}`);
        condition.appointmentAt[bound as (typeof RANGE_KEYS)[number]] = date;
      }
    } else {
      throw new Error(`Unsupported predicate in a warning filter: ${key}`);
    }
  }
  return condition;
}

const RANGE_SQL = { lt: "<", lte: "<=", gt: ">", gte: ">=" } as const;

/** Table alias the SQL uses for "Dossier". */
export const ALIAS = "d";

/** The parts of a worklist predicate: the scope's indexed column(s) and values, the states, and everything else. */
interface Predicate {
  /** One column, or two for a unit (received or deciding), each compared with every value. */
  scopeColumns: readonly ("assigneeId" | "handlingOfficeId" | "decidingUnitId" | "receivedUnitId")[];
  scopeValues: readonly string[];
  states: StateSet;
  /** Further conditions, already with their placeholders. */
  rest: string[];
}

function predicateOf(
  scope: WorklistScope,
  filter: WorklistFilter,
  context: WorklistContext,
  quick: QuickFilter,
  param: (value: unknown) => string,
): Predicate | null {
  const col = (name: string) => `${ALIAS}."${name}"`;
  // Columns are timestamp(3) holding UTC (Prisma's DateTime): compare with the UTC text, never a zone-shifted value.
  const instant = (date: Date) => `${param(date.toISOString())}::timestamp(3)`;

  let states = intersectStates(statesOfFilter(filter.status), statesOfQuick(quick));
  const apologyDue = quick === "apologyDue" ? context.apologyDue : undefined;
  if (quick === "apologyDue" && !apologyDue) return null;
  if (apologyDue?.statuses) states = intersectStates(states, { statuses: apologyDue.statuses, steps: null });
  let scopeColumns: Predicate["scopeColumns"];
  let scopeValues: readonly string[];
  switch (scope.kind) {
    case "assignee":
      [scopeColumns, scopeValues] = [["assigneeId"], [scope.userId]];
      break;
    case "office":
      [scopeColumns, scopeValues] = [["handlingOfficeId"], [scope.officeId]];
      if (scope.states) states = intersectStates(states, scope.states);
      break;
    case "deciding":
      [scopeColumns, scopeValues] = [["decidingUnitId"], [scope.unitId]];
      states = intersectStates(states, scope.states);
      break;
    case "received":
      [scopeColumns, scopeValues] = [["receivedUnitId"], [scope.unitId]];
      states = intersectStates(states, scope.states);
      break;
    case "units":
      [scopeColumns, scopeValues] = [["receivedUnitId", "decidingUnitId"], scope.unitIds];
      break;
  }
  if (scopeValues.length === 0 || states.statuses.length === 0) return null;

  const rest: string[] = [];
  if (states.steps) {
    const steps = `${param([...states.steps])}::"ProcessingStep"[]`;
    rest.push(
      states.statuses.length === 1
        ? `${col("processingStep")} = ANY(${steps})`
        : `(${col("status")} <> 'IN_PROCESSING'::"DossierStatus" OR ${col("processingStep")} = ANY(${steps}))`,
    );
  }
  if (quick === "overdue") rest.push(`${col("appointmentAt")} < ${instant(context.bounds.now)}`);
  if (quick === "dueSoon") {
    rest.push(`${col("appointmentAt")} >= ${instant(context.bounds.now)}`, `${col("appointmentAt")} < ${instant(context.bounds.dueSoonBefore)}`);
  }
  if (apologyDue) {
    if (apologyDue.rescheduleCount !== null) rest.push(`${col("rescheduleCount")} = ${param(apologyDue.rescheduleCount)}::int`);
    for (const bound of RANGE_KEYS) {
      const date = apologyDue.appointmentAt[bound];
      if (date) rest.push(`${col("appointmentAt")} ${RANGE_SQL[bound]} ${instant(date)}`);
    }
  }
  if (filter.procedureId) rest.push(`${col("procedureId")} = ${param(filter.procedureId)}`);
  if (filter.unitId) rest.push(`${col("decidingUnitId")} = ${param(filter.unitId)}`);
  if (filter.officeId) rest.push(`${col("handlingOfficeId")} = ${param(filter.officeId)}`);
  if (filter.assigneeId) rest.push(`${col("assigneeId")} = ${param(filter.assigneeId)}`);
  if (filter.fieldId) rest.push(`${col("fieldId")} = ${param(filter.fieldId)}`);
  if (filter.channel) rest.push(`${col("channel")} = ${param(filter.channel)}::"Channel"`);
  const lost = filter.lost766 ?? null;
  const byPeriod = lost !== null && LOST_766_BY_PERIOD.has(lost);
  if (!byPeriod) {
    if (filter.receivedFrom) rest.push(`${col("receivedAt")} >= ${instant(startOfVietnamDay(filter.receivedFrom))}`);
    if (filter.receivedTo) rest.push(`${col("receivedAt")} < ${instant(startOfVietnamDay(addCalendarDays(filter.receivedTo, 1)))}`);
  }
  if (lost !== null) {
    // The same conditions as the rollups' counters (migration 20261207140000_daily_rollups) and the scorecard
    // (src/server/data/decision-766.ts), so a link lists as many dossiers as the indicator lost points on.
    // Placeholders only when used (PostgreSQL cannot type an unused parameter).
    const periodEndOf = () => instant(filter.receivedTo ? startOfVietnamDay(addCalendarDays(filter.receivedTo, 1)) : context.bounds.now);
    const finishedIn = (periodEnd: string) =>
      [`${col("finishedAt")} < ${periodEnd}`, ...(filter.receivedFrom ? [`${col("finishedAt")} >= ${instant(startOfVietnamDay(filter.receivedFrom))}`] : [])].join(" AND ");
    switch (lost) {
      case "1.4":
        rest.push(
          `${col("receivedAt")} IS NOT NULL`,
          `NOT (EXISTS (SELECT 1 FROM "PortalSyncMessage" m WHERE m."dossierId" = ${col("id")} AND m.kind = 'DOSSIER' AND m.status = 'SYNCED') AND NOT EXISTS (SELECT 1 FROM "PortalSyncMessage" m WHERE m."dossierId" = ${col("id")} AND m.kind = 'DOSSIER' AND m.status <> 'SYNCED'))`,
        );
        break;
      case "3.6":
        rest.push(`${col("receivedAt")} IS NOT NULL`, `${col("feeAmount")} > 0`, `${col("feePaidOnline")} IS NOT TRUE`);
        break;
      case "4.2":
        rest.push(`${col("receivedAt")} IS NOT NULL`, `${col("digitised")} IS NOT TRUE`);
        break;
      case "4.3":
        rest.push(`${col("receivedAt")} IS NOT NULL`, `${col("dataReused")} IS NOT TRUE`);
        break;
      case "4.1":
        rest.push(finishedIn(periodEndOf()), `${col("timeliness")} IS NOT NULL`, `${col("electronicResult")} IS NOT TRUE`);
        break;
      case "2.1": {
        const periodEnd = periodEndOf();
        rest.push(
          `((${finishedIn(periodEnd)} AND ${col("timeliness")} IS NOT NULL AND ((${col("appointmentAt")} IS NOT NULL AND ${col("finishedAt")} > ${col("appointmentAt")}) OR (SELECT count(*) FROM "DossierPause" p WHERE p."dossierId" = ${col("id")} AND p.kind = 'SUPPLEMENT') > 1))` +
            ` OR (${col("receivedAt")} IS NOT NULL AND ${col("appointmentAt")} < ${periodEnd} AND (${col("finishedAt")} IS NULL OR (${col("appointmentAt")} < ${col("finishedAt")} AND ${col("finishedAt")} >= ${periodEnd}))))`,
        );
        break;
      }
    }
  }
  if (filter.search) {
    const search = classifySearch(filter.search);
    if (search.kind === "code") {
      if (search.exact) rest.push(`${col("code")} = ${param(search.code)}`);
      else {
        // LIKE is the condition; the range (prefix ≤ code < prefix + "Z") lets the unique B-tree on code read just
        // the prefix's codes in any collation (PostgreSQL derives it from LIKE only under "C"): what follows the
        // prefix is digits and "-", which sort before "Z" in the C collation, glibc and ICU alike.
        rest.push(`${col("code")} LIKE ${param(`${escapeLike(search.code)}%`)}`, `${col("code")} >= ${param(search.code)}`, `${col("code")} < ${param(`${search.code}Z`)}`);
      }
    } else if (search.folded.length > 0) {
      // Accent-insensitive: the folded name the database keeps (lower(translate(name, FOLD_FROM, FOLD_TO)), trigger
      // "Dossier_fold_name"), searched through its pg_trgm index (migration 20261207141000_worklist_search_indexes).
      rest.push(`${col("applicantNameFolded")} LIKE ${param(`%${escapeLike(search.folded)}%`)}`);
    }
  }
  return { scopeColumns, scopeValues, states, rest };
}

function placeholders() {
  const values: unknown[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  return { values, param };
}

/**
 * The `WHERE` (without the keyword) for a scope and a filter, or null when nothing can match (e.g. "của tôi" of a
 * head filtered to another status). The quick filter may be overridden, to count each quick filter with the same
 * other filters. Placeholders start at $1.
 */
export function buildWorklistWhere(scope: WorklistScope, filter: WorklistFilter, context: WorklistContext, quick: QuickFilter = filter.quick): SqlText | null {
  const { values, param } = placeholders();
  const col = (name: string) => `${ALIAS}."${name}"`;
  // The scope first, then the status: the leading columns of the worklist indexes.
  // A code prefix picks its rows from the code's B-tree range, newest first (CODE_SEARCH_KEY); the scope only filters
  // them. Written so no index can read it: otherwise the planner ANDs the range with a bitmap of the whole scope
  // (350,000 entries of a busy unit in the name search index) and sorts, instead of stopping after one page.
  const codePrefix = filter.search !== null && listOrder(filter) === CODE_SEARCH_KEY;
  const scopePart = (() => {
    if (scope.kind === "units") {
      if (scope.unitIds.length === 0) return null;
      const ids = param([...scope.unitIds]);
      // Received or deciding unit: a bitmap OR of the two (unit, status, appointmentAt) indexes.
      if (!codePrefix) return `(${col("receivedUnitId")} = ANY(${ids}::text[]) OR ${col("decidingUnitId")} = ANY(${ids}::text[]))`;
      return `ARRAY[${col("receivedUnitId")}, ${col("decidingUnitId")}] && ${ids}::text[]`;
    }
    const [column, value] =
      scope.kind === "assignee" ? ["assigneeId", scope.userId] : scope.kind === "office" ? ["handlingOfficeId", scope.officeId] : scope.kind === "deciding" ? ["decidingUnitId", scope.unitId] : ["receivedUnitId", scope.unitId];
    // IS NOT DISTINCT FROM a value: the same rows as "=", and no index answers it.
    return `${col(column)} ${codePrefix ? "IS NOT DISTINCT FROM" : "="} ${param(value)}`;
  })();
  if (scopePart === null) return null;
  const statusAt = values.length + 1;
  values.push(null); // the status placeholder, filled once the states are known
  const predicate = predicateOf(scope, filter, context, quick, param);
  if (!predicate) return null;
  const { statuses } = predicate.states;
  values[statusAt - 1] = statuses.length === 1 ? statuses[0] : [...statuses];
  const statusPart = statuses.length === 1 ? `${col("status")} = $${statusAt}::"DossierStatus"` : `${col("status")} = ANY($${statusAt}::"DossierStatus"[])`;
  return { text: [scopePart, statusPart, ...predicate.rest].join(" AND "), values };
}

/** Columns a worklist row needs (from "Dossier" d, plus the procedure's name). */
const ROW_COLUMNS = ["id", "code", "procedureId", "applicantName", "receivedAt", "appointmentAt", "status", "processingStep", "timeliness"] as const;
const ENUM_COLUMNS = new Set<string>(["status", "processingStep", "timeliness"]);

/**
 * The rows after a cursor in an order, as two disjoint conditions: rows with a date (a row comparison on
 * (date, code), whose leading column bounds an index range on (scope, status, date)) and rows without one. Either
 * is null when no row of that kind can follow. Exported for the unit tests.
 */
export function keysetAfter(key: SortKey, at: string | null, code: string, param: (value: unknown) => string): { dated: string | null; undated: string | null } {
  const codeColumn = `${ALIAS}."code"`;
  const after = key.descending ? "<" : ">";
  const codeParam = param(code);
  if (key.column === null) return { dated: `${codeColumn} ${after} ${codeParam}`, undated: null };
  const column = `${ALIAS}."${key.column}"`;
  if (at === null) {
    return {
      // Nulls first: every dated row follows the undated ones; nulls last: none does.
      dated: key.nullsFirst ? `${column} IS NOT NULL` : null,
      undated: `${column} IS NULL AND ${codeColumn} ${after} ${codeParam}`,
    };
  }
  return {
    dated: `(${column}, ${codeColumn}) ${after} (${param(at)}::timestamp(3), ${codeParam})`,
    undated: key.nullsFirst ? null : `${column} IS NULL`,
  };
}

/** The list's order: the sort's, or the code's for a code-prefix search (CODE_SEARCH_KEY). */
export function listOrder(filter: Pick<WorklistFilter, "sort" | "search">): SortKey {
  const search = filter.search ? classifySearch(filter.search) : null;
  return search?.kind === "code" && !search.exact ? CODE_SEARCH_KEY : SORT_KEYS[filter.sort];
}

/** The order a page is read in: the list's, or reversed for "Trang trước" (the caller turns the rows back). */
function readOrder(filter: WorklistFilter): SortKey {
  const key = listOrder(filter);
  return filter.cursor?.direction === "previous" ? reversedKey(key) : key;
}

/**
 * One page of the list, as SQL. Sorted by appointment, the page is merged from one ordered index range per
 * (scope value, status) — `unnest` of both, then a LATERAL subquery per scope column that reads
 * (scope, status, appointmentAt) in index order and stops after offset + page + 1 rows — so a unit with years of
 * history costs no more than a small office (PostgreSQL cannot keep index order across a `status = ANY(…)` list).
 * Sorted by receipt, or searching, the plain predicate is used and the planner picks the (receivedUnitId, receivedAt)
 * index, the search's own index (trigram of the folded name; the code's B-tree range) or the bitmap of the worklist
 * index. Returns pageSize + 1 rows when there is a next page.
 *
 * With a cursor (filter.cursor) the page is read by keyset: no OFFSET; each index range starts at the cursor's row
 * (the dated and undated rows are two ranges). A "previous" cursor reads backwards: the rows come in reversed order,
 * nearest the cursor first, and the caller turns them round.
 */
export function buildWorklistPageSql(scope: WorklistScope, filter: WorklistFilter, context: WorklistContext, pageSize: number): SqlText | null {
  const key = readOrder(filter);
  const order = orderByOf(key);
  const cursor = filter.cursor ?? null;
  const offset = cursor ? 0 : (filter.page - 1) * pageSize;
  const select = (alias: string) => ROW_COLUMNS.map((column) => `${alias}."${column}"`).join(", ");
  // Enums leave as text, so the driver hands back plain strings.
  const outerColumns = ROW_COLUMNS.map((column) => (ENUM_COLUMNS.has(column) ? `${ALIAS}."${column}"::text AS "${column}"` : `${ALIAS}."${column}"`)).join(", ");
  const outer = (from: string, values: unknown[]) => {
    const limit = `$${values.length + 1}`;
    const skip = `$${values.length + 2}`;
    return {
      text: `SELECT ${outerColumns}, p.name AS "procedureName" FROM (${from} ORDER BY ${order} LIMIT ${limit} OFFSET ${skip}) ${ALIAS} JOIN "Procedure" p ON p.id = ${ALIAS}."procedureId" ORDER BY ${order}`,
      values: [...values, pageSize + 1, offset],
    };
  };

  // A search: the plain predicate, so the planner can read the search's index (few rows) and AND it with the scope.
  if (filter.sort === "receivedAsc" || filter.sort === "receivedDesc" || filter.search !== null) {
    const where = buildWorklistWhere(scope, filter, context);
    if (!where) return null;
    const { values, param } = placeholders();
    values.push(...where.values);
    const parts = cursor ? keysetAfter(key, cursor.at, cursor.code, param) : null;
    const keyset = parts ? [parts.dated, parts.undated].filter((part): part is string => part !== null) : [];
    if (parts && keyset.length === 0) return null;
    const condition = keyset.length === 0 ? "" : ` AND (${keyset.map((part) => `(${part})`).join(" OR ")})`;
    return outer(`SELECT ${select(ALIAS)} FROM "Dossier" ${ALIAS} WHERE ${where.text}${condition}`, values);
  }

  const { values, param } = placeholders();
  const predicate = predicateOf(scope, filter, context, filter.quick, param);
  if (!predicate) return null;
  const scopeValues = `${param([...predicate.scopeValues])}::text[]`;
  const statuses = `${param([...predicate.states.statuses])}::"DossierStatus"[]`;
  const armLimit = param(offset + pageSize + 1);
  const parts = cursor ? keysetAfter(key, cursor.at, cursor.code, param) : null;
  // Without a cursor one range per arm; with one, the dated and the undated rows after it are two ranges.
  const ranges = parts ? [parts.dated, parts.undated].filter((part): part is string => part !== null) : [null];
  if (ranges.length === 0) return null;
  const arms = predicate.scopeColumns.flatMap((column) =>
    ranges.map(
      (range) =>
        `(SELECT ${select(ALIAS)} FROM "Dossier" ${ALIAS} WHERE ${[`${ALIAS}."${column}" = scope_value.id`, `${ALIAS}."status" = state.status`, ...predicate.rest, ...(range ? [range] : [])].join(" AND ")} ORDER BY ${order} LIMIT ${armLimit})`,
    ),
  );
  // A dossier received and decided by the same unit comes out of both scope columns: keep one.
  const merged =
    predicate.scopeColumns.length === 1
      ? `SELECT ${select("arm")} FROM unnest(${scopeValues}) AS scope_value(id) CROSS JOIN unnest(${statuses}) AS state(status) CROSS JOIN LATERAL (${arms.join(" UNION ALL ")}) arm`
      : `SELECT DISTINCT ON (arm.id) ${select("arm")} FROM unnest(${scopeValues}) AS scope_value(id) CROSS JOIN unnest(${statuses}) AS state(status) CROSS JOIN LATERAL (${arms.join(" UNION ALL ")}) arm`;
  return outer(`SELECT ${select(ALIAS)} FROM (${merged}) ${ALIAS}`, values);
}

function orderByOf(key: SortKey): string {
  const direction = key.descending ? "DESC" : "ASC";
  if (key.column === null) return `${ALIAS}."code" ${direction}`;
  return `${ALIAS}."${key.column}" ${direction} NULLS ${key.nullsFirst ? "FIRST" : "LAST"}, ${ALIAS}."code" ${direction}`;
}

/** `ORDER BY` (without the keyword) of a sort (SORT_KEYS); the code breaks ties so pages are stable. */
export function worklistOrderBy(sort: Sort): string {
  return orderByOf(SORT_KEYS[sort]);
}

/** Shifts $n placeholders by `offset`, to append a fragment's values after others. */
export function shiftPlaceholders(text: string, offset: number): string {
  return offset === 0 ? text : text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
}
