// The late-dossier report's table (báo cáo hồ sơ trễ hạn và xin lỗi): query parameters, scoping, sorting, the total
// row and the way rates are written. Pure: no Next.js, no Prisma.
//
// Tỷ lệ xin lỗi đúng quy định = late dossiers with an apology issued by the close of the working day before the
// ORIGINAL appointment ÷ late dossiers; N/A when nothing was late. The formulas live in src/domain/metrics.
import { apologyCompliance } from "@/domain/metrics";
import { firstParam, slugParam, type SearchParams } from "@/lib/search-params";
import type { Role } from "@/generated/prisma/enums";
import {
  DATE_RANGE_PARAMS,
  dateRangeToParams,
  parsePeriod,
  PERIOD_SLUGS,
  type PeriodErrors,
  type ReportPeriod,
} from "@/lib/dates";
import type { LatenessRow } from "@/server/data/apology-report";

export const LATENESS_REPORT_PATH = "/bao-cao/tre-han";
export const LATENESS_EXPORT_PATH = "/api/bao-cao/tre-han";

/** One group's counts: a ward/commune or an office, as src/server/data/apology-report.ts computes them. */
export type { LatenessRow };
export type LatenessTotals = Omit<LatenessRow, "id" | "name">;

export const GROUPINGS = ["unit", "office"] as const;
export type Grouping = (typeof GROUPINGS)[number];
export const GROUPING_SLUGS: Readonly<Record<Grouping, string>> = { unit: "don-vi", office: "phong" };

/** Default: by name; then compliance (worst first or best first) and late count (most first or fewest first). */
export const SORTS = ["name", "complianceAsc", "complianceDesc", "lateDesc", "lateAsc"] as const;
export type Sort = (typeof SORTS)[number];
export const SORT_SLUGS: Readonly<Record<Sort, string>> = {
  name: "ten",
  complianceAsc: "ty-le-tang",
  complianceDesc: "ty-le-giam",
  lateDesc: "tre-giam",
  lateAsc: "tre-tang",
};

/** Query parameter names, in Vietnamese like the routes. */
export const PARAM = {
  preset: "ky",
  from: DATE_RANGE_PARAMS.from,
  to: DATE_RANGE_PARAMS.to,
  grouping: "nhom",
  sort: "sap-xep",
} as const;

export type { SearchParams };

export interface LatenessQuery {
  period: ReportPeriod;
  grouping: Grouping;
  sort: Sort;
}

export interface ParsedLatenessQuery {
  query: LatenessQuery;
  /** Vietnamese messages for refused parameters (a default was used instead). */
  errors: PeriodErrors & Partial<Record<"grouping" | "sort", string>>;
  /** What was typed in the date inputs, to show back even when refused. */
  raw: { from: string; to: string };
}

const groupingSchema = slugParam(GROUPING_SLUGS, "Cách nhóm không hợp lệ; báo cáo nhóm theo đơn vị.");
const sortSchema = slugParam(SORT_SLUGS, "Cách sắp xếp không hợp lệ; báo cáo sắp xếp theo tên.");

/** Parses the report's GET parameters (a page's searchParams or a URL's). Never throws. */
export function parseLatenessQuery(params: SearchParams | URLSearchParams, now: Date): ParsedLatenessQuery {
  const get = (key: keyof typeof PARAM) =>
    (params instanceof URLSearchParams ? params.get(PARAM[key]) : firstParam(params[PARAM[key]])) ?? undefined;
  const { period, errors: periodErrors } = parsePeriod(
    { preset: get("preset"), from: get("from"), to: get("to") },
    now,
  );
  const errors: ParsedLatenessQuery["errors"] = { ...periodErrors };
  const grouping = groupingSchema.safeParse(get("grouping"));
  if (!grouping.success) errors.grouping = grouping.error.issues[0]?.message;
  const sort = sortSchema.safeParse(get("sort"));
  if (!sort.success) errors.sort = sort.error.issues[0]?.message;
  return {
    query: {
      period,
      grouping: (grouping.success && grouping.data) || "unit",
      sort: (sort.success && sort.data) || "name",
    },
    errors,
    raw: { from: get("from")?.trim() ?? "", to: get("to")?.trim() ?? "" },
  };
}

/** The query string of a report (defaults left out): the shareable URL, and the export's parameters. */
export function latenessQueryString(query: LatenessQuery, change: Partial<Omit<LatenessQuery, "period">> = {}): string {
  const next = { ...query, ...change };
  const out = new URLSearchParams();
  if (next.period.preset !== "month") out.set(PARAM.preset, PERIOD_SLUGS[next.period.preset]);
  if (next.period.preset === "custom") {
    for (const [key, value] of Object.entries(dateRangeToParams(next.period.from, next.period.to))) out.set(key, value);
  }
  if (next.grouping !== "unit") out.set(PARAM.grouping, GROUPING_SLUGS[next.grouping]);
  if (next.sort !== "name") out.set(PARAM.sort, SORT_SLUGS[next.sort]);
  return out.toString();
}

export const latenessHref = (
  path: string,
  query: LatenessQuery,
  change: Partial<Omit<LatenessQuery, "period">> = {},
) => {
  const search = latenessQueryString(query, change);
  return search ? `${path}?${search}` : path;
};

/**
 * What a user may see of the rows computed over their readable units: a department head only their own office (by
 * office) or their own unit (by unit); leadership and the inspector every row.
 */
export function scopeLatenessRows<R extends { id: string }>(
  rows: R[],
  user: { role: Role; unitId: string; officeId: string | null },
  grouping: Grouping,
): R[] {
  if (user.role !== "DEPARTMENT_HEAD") return rows;
  const own = grouping === "office" ? user.officeId : user.unitId;
  return own ? rows.filter((row) => row.id === own) : [];
}

/** The total row, from the summed counts (never an average of percentages). */
export function latenessTotals(rows: readonly LatenessRow[]): LatenessTotals {
  const sum = rows.reduce(
    (total, row) => ({
      resolved: total.resolved + row.resolved,
      late: total.late + row.late,
      lateWithTimelyApology: total.lateWithTimelyApology + row.lateWithTimelyApology,
      lateWithLateApology: total.lateWithLateApology + row.lateWithLateApology,
      lateWithoutApology: total.lateWithoutApology + row.lateWithoutApology,
    }),
    { resolved: 0, late: 0, lateWithTimelyApology: 0, lateWithLateApology: 0, lateWithoutApology: 0 },
  );
  return { ...sum, compliance: apologyCompliance(sum) };
}

/** A rate with two decimals: "83,33%" in Vietnamese, "83.33%" in English; "N/A" for null. */
export function formatRate(value: number | null, locale: string = "vi"): string {
  if (value === null || !Number.isFinite(value)) return "N/A";
  const fixed = (Math.round(value * 10_000) / 100).toFixed(2);
  return `${locale.startsWith("vi") ? fixed.replace(".", ",") : fixed}%`;
}

/** Sorted copy. N/A compliance always comes last, whichever the direction; ties go by name (Vietnamese order). */
export function sortLatenessRows<R extends LatenessRow>(rows: readonly R[], sort: Sort): R[] {
  const byName = (a: R, b: R) => a.name.localeCompare(b.name, "vi");
  const compare = (a: R, b: R): number => {
    switch (sort) {
      case "complianceAsc":
      case "complianceDesc": {
        if (a.compliance === null || b.compliance === null)
          return a.compliance === b.compliance ? 0 : a.compliance === null ? 1 : -1;
        return sort === "complianceAsc" ? a.compliance - b.compliance : b.compliance - a.compliance;
      }
      case "lateDesc":
        return b.late - a.late;
      case "lateAsc":
        return a.late - b.late;
      default:
        return 0;
    }
  };
  return [...rows].sort((a, b) => compare(a, b) || byName(a, b));
}
