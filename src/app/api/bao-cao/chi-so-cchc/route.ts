// GET /api/bao-cao/chi-so-cchc?dot=<evaluation id>: the PAR Index ranking as .xlsx (the ranking with the scores by
// domain, one sheet per unit's criteria), the same figures as the page. Leadership and home affairs of the owner unit
// or above; provisional scores only as the page shows them. Audited as an export of figures (no personal data).
import { z } from "zod";
import { ROUTE_ACCESS } from "@/domain/access";
import { parViewerOf } from "@/features/par-results/viewer";
import { buildParWorkbook, parWorkbookFileName } from "@/features/par-results/workbook";
import { recordAudit } from "@/server/data/audit";
import { loadParReport } from "@/server/data/par-results";
import { defineRoute } from "@/server/routes/define-route";

export const runtime = "nodejs";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const reportQuery = z.object({
  dot: z
    .string({ error: "Xin vui lòng chọn đợt đánh giá." })
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "Đợt đánh giá không hợp lệ." }),
});

export const GET = defineRoute({
  access: ROUTE_ACCESS["/api/bao-cao/chi-so-cchc"],
  query: reportQuery,
  messages: {
    unauthenticated: "Xin vui lòng đăng nhập để tải bảng xếp hạng.",
    forbidden: "Chỉ lãnh đạo và Phòng Nội vụ mới tải được bảng xếp hạng Chỉ số CCHC.",
    notFound: "Không tìm thấy đợt đánh giá.",
  },
  run: async ({ user, query }) => {
    const report = await loadParReport(query.dot, await parViewerOf(user));
    if (!report) return null;
    await recordAudit({
      actorId: user.id,
      action: "par_report.export",
      entity: "ParEvaluation",
      entityId: report.ranking.evaluation.id,
      detail: {
        year: report.ranking.evaluation.year,
        level: report.ranking.evaluation.level,
        units: report.ranking.rows.length,
        provisionalShown: report.ranking.rows.filter((row) => row.provisional && !row.withheld).length,
      },
    });
    const body = await buildParWorkbook(report.ranking, report.units, { generatedAt: new Date() });
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": XLSX,
        "Content-Disposition": `attachment; filename="${parWorkbookFileName(report.ranking)}"`,
      },
    });
  },
});
