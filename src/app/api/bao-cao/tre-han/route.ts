// GET /api/bao-cao/tre-han?ky=…&tu-ngay=…&den-ngay=…&nhom=…&sap-xep=…: the late-dossier report as .xlsx, with the same
// parameters, the same role check and the same figures as the page /bao-cao/tre-han.
import { loadLatenessReport } from "@/features/reports/lateness-data";
import { LATENESS_REPORT_ROLES, parseLatenessQuery } from "@/features/reports/lateness-table";
import { buildLatenessWorkbook, latenessFileName } from "@/features/reports/lateness-workbook";
import { checkUser, isDenied } from "@/server/auth/guard";

export const runtime = "nodejs";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function GET(request: Request) {
  const user = await checkUser(LATENESS_REPORT_ROLES);
  if (isDenied(user)) {
    const error =
      user.reason === "unauthenticated"
        ? "Xin vui lòng đăng nhập để tải báo cáo."
        : "Chỉ lãnh đạo, trưởng phòng và cán bộ theo dõi, đánh giá mới tải được báo cáo hồ sơ trễ hạn.";
    return Response.json({ error }, { status: 403, headers: { "Cache-Control": "no-store" } });
  }
  const now = new Date();
  const { query, errors } = parseLatenessQuery(new URL(request.url).searchParams, now);
  if (Object.keys(errors).length > 0) return Response.json({ error: "Tham số báo cáo không hợp lệ.", errors }, { status: 400 });

  const report = await loadLatenessReport(user, query);
  const body = await buildLatenessWorkbook(report.rows, { period: query.period, grouping: query.grouping, unitName: report.unitName, generatedAt: now });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX,
      "Content-Disposition": `attachment; filename="${latenessFileName(query.period)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
