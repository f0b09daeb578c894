// GET /api/bao-cao/lanh-dao?ky=…&tu-ngay=…&den-ngay=…&co-quan=…&phong=…: the leadership dashboard's tables as .xlsx,
// with the page's parameters and figures (rollups only). Leaders and home affairs read their unit and the units below;
// a head of office their office. Audited as an export of figures (no personal data).
import { z } from "zod";
import { ROUTE_ACCESS } from "@/domain/access";
import { buildDashboardWorkbook, dashboardFileName } from "@/features/dashboard/dashboard-workbook";
import { parseDashboardQuery } from "@/features/dashboard/period-query";
import { readableUnitIds } from "@/server/auth/guard";
import { recordAudit } from "@/server/data/audit";
import { loadPeriodDashboard } from "@/server/data/dashboard-period";
import { defineRoute } from "@/server/routes/define-route";

export const runtime = "nodejs";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The page's parser, as a schema: its messages become the 400 answer. */
const dashboardQuery = z.record(z.string(), z.string()).transform((params, ctx) => {
  const { query, errors } = parseDashboardQuery(params, new Date());
  for (const [field, message] of Object.entries(errors))
    if (message) ctx.addIssue({ code: "custom", path: [field], message });
  return query;
});

export const GET = defineRoute({
  access: ROUTE_ACCESS["/api/bao-cao/lanh-dao"],
  query: dashboardQuery,
  messages: {
    unauthenticated: "Xin vui lòng đăng nhập để tải báo cáo.",
    forbidden: "Chỉ lãnh đạo, trưởng phòng và cán bộ theo dõi, đánh giá mới tải được bảng chỉ số.",
  },
  run: async ({ user, query }) => {
    const head = user.role === "DEPARTMENT_HEAD";
    const scope = {
      unitIds: head ? [user.unitId] : await readableUnitIds(user),
      officeId: head ? (user.officeId ?? null) : null,
    };
    const dashboard = await loadPeriodDashboard(scope, query.period, query);
    const scopeName = dashboard.office
      ? `${dashboard.office.name}${dashboard.unit ? `, ${dashboard.unit.name}` : ""}`
      : (dashboard.unit?.name ?? dashboard.scopeUnits.map((unit) => unit.name)[0] ?? "");
    await recordAudit({
      actorId: user.id,
      action: "dashboard.export",
      entity: "AdministrativeUnit",
      entityId: dashboard.unit?.id ?? user.unitId,
      detail: {
        from: query.period.from,
        to: query.period.to,
        unitId: dashboard.unit?.id ?? null,
        officeId: dashboard.office?.id ?? null,
      },
    });
    const body = await buildDashboardWorkbook(dashboard, { scopeName, generatedAt: new Date() });
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": XLSX,
        "Content-Disposition": `attachment; filename="${dashboardFileName(dashboard)}"`,
      },
    });
  },
});
