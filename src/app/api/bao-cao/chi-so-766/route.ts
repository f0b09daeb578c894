// GET /api/bao-cao/chi-so-766?ky=…&tu-ngay=…&den-ngay=…&co-quan=…&phong=…: the Decision 766 scorecard as .xlsx, with
// the page's parameters and figures. Leaders and home affairs read their unit and the units below; a head of office
// their office. Audited as an export of figures (no personal data).
import { z } from "zod";
import { ROUTE_ACCESS } from "@/domain/access";
import { parseDashboardQuery } from "@/features/dashboard/period-query";
import { buildScorecardWorkbook, scorecardFileName } from "@/features/decision-766/scorecard-workbook";
import { readableUnitIds } from "@/server/auth/guard";
import { recordAudit } from "@/server/data/audit";
import { loadScorecard } from "@/server/data/decision-766";
import { defineRoute } from "@/server/routes/define-route";

export const runtime = "nodejs";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const scorecardQuery = z.record(z.string(), z.string()).transform((params, ctx) => {
  const { query, errors } = parseDashboardQuery(params, new Date());
  for (const [field, message] of Object.entries(errors))
    if (message) ctx.addIssue({ code: "custom", path: [field], message });
  return query;
});

export const GET = defineRoute({
  access: ROUTE_ACCESS["/api/bao-cao/chi-so-766"],
  query: scorecardQuery,
  messages: {
    unauthenticated: "Xin vui lòng đăng nhập để tải bảng điểm.",
    forbidden: "Chỉ lãnh đạo, trưởng phòng và cán bộ theo dõi, đánh giá mới tải được bảng điểm Chỉ số QĐ 766.",
  },
  run: async ({ user, query }) => {
    const head = user.role === "DEPARTMENT_HEAD";
    const scope = {
      unitIds: head ? [user.unitId] : await readableUnitIds(user),
      officeId: head ? (user.officeId ?? null) : null,
    };
    const page = await loadScorecard(scope, query.period, query);
    await recordAudit({
      actorId: user.id,
      action: "scorecard.export",
      entity: "AdministrativeUnit",
      entityId: page.unit?.id ?? user.unitId,
      detail: {
        from: query.period.from,
        to: query.period.to,
        unitId: page.unit?.id ?? null,
        officeId: page.office?.id ?? null,
        version: page.version.id,
      },
    });
    const body = await buildScorecardWorkbook(page, { generatedAt: new Date() });
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": XLSX,
        "Content-Disposition": `attachment; filename="${scorecardFileName(page)}"`,
      },
    });
  },
});
