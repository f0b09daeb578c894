// GET /api/bao-cao/tre-han?ky=…&tu-ngay=…&den-ngay=…&nhom=…&sap-xep=…: the late-dossier report as .xlsx, with the same
// parameters, the same role check and the same figures as the page /bao-cao/tre-han.
import { z } from "zod";
import { ROUTE_ACCESS } from "@/domain/access";
import { loadLatenessReport } from "@/features/reports/lateness-data";
import { parseLatenessQuery } from "@/features/reports/lateness-table";
import { buildLatenessWorkbook, latenessFileName } from "@/features/reports/lateness-workbook";
import { recordPersonalDataRead } from "@/server/data/audit";
import { defineRoute } from "@/server/routes/define-route";

export const runtime = "nodejs";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The page's parser, as a schema: its messages become the 400 answer. */
const latenessQuery = z.record(z.string(), z.string()).transform((params, ctx) => {
  const { query, errors } = parseLatenessQuery(params, new Date());
  for (const [field, message] of Object.entries(errors))
    if (message) ctx.addIssue({ code: "custom", path: [field], message });
  return query;
});

export const GET = defineRoute({
  access: ROUTE_ACCESS["/api/bao-cao/tre-han"],
  query: latenessQuery,
  messages: {
    unauthenticated: "Xin vui lòng đăng nhập để tải báo cáo.",
    forbidden: "Chỉ lãnh đạo, trưởng phòng và cán bộ theo dõi, đánh giá mới tải được báo cáo hồ sơ trễ hạn.",
  },
  run: async ({ user, query }) => {
    const report = await loadLatenessReport(user, query);
    await recordPersonalDataRead(
      user,
      "personal_data.export_lateness",
      { entity: "AdministrativeUnit", unitId: user.unitId },
      { from: query.period.from, to: query.period.to, grouping: query.grouping, rows: report.rows.length },
    );
    const body = await buildLatenessWorkbook(report.rows, {
      period: query.period,
      grouping: query.grouping,
      unitName: report.unitName,
      generatedAt: new Date(),
    });
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": XLSX,
        "Content-Disposition": `attachment; filename="${latenessFileName(query.period)}"`,
      },
    });
  },
});
