// The leadership dashboard's GET parameters (issue 13, item 2): the period (?ky=thang|quy|nua-nam|nam|tuy-chon with
// tu-ngay / den-ngay as dd/MM/yyyy, src/lib/dates parsePeriod), the unit (?co-quan=<id>) and office (?phong=<id>) drilled
// into, kept in the URL so a view is shareable and bookmarkable. Ids are checked against the user's scope by the loader.
import { z } from "zod";
import {
  DATE_RANGE_PARAMS,
  formatDateVi,
  parsePeriod,
  PERIOD_SLUGS,
  type PeriodErrors,
  type ReportPeriod,
} from "@/lib/dates";
import { firstParam, trimmedOrUndefined, type SearchParams } from "@/lib/search-params";

export const DASHBOARD_PARAM = {
  preset: "ky",
  from: DATE_RANGE_PARAMS.from,
  to: DATE_RANGE_PARAMS.to,
  unit: "co-quan",
  office: "phong",
} as const;

export interface DashboardQuery {
  period: ReportPeriod;
  unitId: string | null;
  officeId: string | null;
}

export type DashboardErrors = PeriodErrors & Partial<Record<"unit" | "office", string>>;

const idSchema = z.preprocess(
  trimmedOrUndefined,
  z
    .string()
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional(),
);

/** Never throws: a refused value is reported and ignored (this month, all units in scope). */
export function parseDashboardQuery(
  params: SearchParams,
  now: Date,
): { query: DashboardQuery; errors: DashboardErrors; raw: { from: string; to: string } } {
  const { period, errors } = parsePeriod(
    {
      preset: firstParam(params[DASHBOARD_PARAM.preset]),
      from: firstParam(params[DASHBOARD_PARAM.from]),
      to: firstParam(params[DASHBOARD_PARAM.to]),
    },
    now,
  );
  const out: DashboardErrors = { ...errors };
  const unit = idSchema.safeParse(firstParam(params[DASHBOARD_PARAM.unit]));
  const office = idSchema.safeParse(firstParam(params[DASHBOARD_PARAM.office]));
  if (!unit.success) out.unit = "Đơn vị không hợp lệ; bảng hiển thị mọi đơn vị trong phạm vi.";
  if (!office.success) out.office = "Phòng, ban không hợp lệ; bảng hiển thị mọi phòng, ban.";
  const unitId = (unit.success ? unit.data : undefined) ?? null;
  return {
    query: { period, unitId, officeId: unitId && office.success ? (office.data ?? null) : null },
    errors: out,
    raw: {
      from: firstParam(params[DASHBOARD_PARAM.from])?.trim() ?? "",
      to: firstParam(params[DASHBOARD_PARAM.to])?.trim() ?? "",
    },
  };
}

/** The query parameters of a dashboard view: the period always (a preset is recomputed from today), unit and office. */
export function dashboardParams(query: DashboardQuery, change: Partial<DashboardQuery> = {}): Record<string, string> {
  const next = { ...query, ...change };
  const out: Record<string, string> = { [DASHBOARD_PARAM.preset]: PERIOD_SLUGS[next.period.preset] };
  if (next.period.preset === "custom") {
    out[DASHBOARD_PARAM.from] = formatDateVi(next.period.from);
    out[DASHBOARD_PARAM.to] = formatDateVi(next.period.to);
  }
  if (next.unitId) out[DASHBOARD_PARAM.unit] = next.unitId;
  if (next.unitId && next.officeId) out[DASHBOARD_PARAM.office] = next.officeId;
  return out;
}
