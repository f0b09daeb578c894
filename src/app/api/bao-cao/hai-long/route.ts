// GET /api/bao-cao/hai-long?nam=2026&loai=chi-so|cau-tra-loi: the satisfaction indices or the raw answers (with the
// citizens' comments) of the user's scope as .xlsx. Raw answers are audited as a personal-data export; indices as an
// export of figures.
import { z } from "zod";
import { ROUTE_ACCESS } from "@/domain/access";
import { satisfactionScopeOf } from "@/features/satisfaction-report/scope";
import { buildAnswersWorkbook, buildIndicesWorkbook } from "@/features/satisfaction-report/workbook";
import { localDateKey } from "@/lib/dates";
import { recordAudit, recordPersonalDataRead } from "@/server/data/audit";
import { loadRawAnswers, loadSatisfactionSummary, loadUnitComparison } from "@/server/data/satisfaction-report";
import { db } from "@/server/db";
import { defineRoute } from "@/server/routes/define-route";

export const runtime = "nodejs";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const thisYear = () => Number(localDateKey(new Date()).slice(0, 4));

const query = z.object({
  nam: z
    .string()
    .regex(/^\d{4}$/, { error: "Năm không hợp lệ." })
    .transform(Number)
    .refine((year) => year >= 2017 && year <= thisYear(), { error: "Năm không hợp lệ." })
    .optional(),
  loai: z.enum(["chi-so", "cau-tra-loi"], { error: "Loại báo cáo là chi-so hoặc cau-tra-loi." }).default("chi-so"),
});

export const GET = defineRoute({
  access: ROUTE_ACCESS["/api/bao-cao/hai-long"],
  query,
  messages: {
    unauthenticated: "Xin vui lòng đăng nhập để tải báo cáo.",
    forbidden: "Chỉ lãnh đạo, trưởng phòng và cán bộ theo dõi, đánh giá mới tải được báo cáo mức độ hài lòng.",
  },
  run: async ({ user, query: { nam, loai } }) => {
    const year = nam ?? thisYear();
    const scope = await satisfactionScopeOf(user);
    const generatedAt = new Date();
    const [unit, office] = await Promise.all([
      db.administrativeUnit.findUniqueOrThrow({ where: { id: user.unitId }, select: { name: true, kindLabel: true } }),
      scope.officeId ? db.office.findUnique({ where: { id: scope.officeId }, select: { name: true } }) : null,
    ]);
    const scopeName = `${office ? `${office.name}, ` : ""}${unit.kindLabel} ${unit.name}`;
    let body: Buffer;
    if (loai === "cau-tra-loi") {
      const ratings = await loadRawAnswers(scope, year, true);
      await recordPersonalDataRead(
        user,
        "personal_data.export_ratings",
        { entity: "AdministrativeUnit", unitId: user.unitId },
        { year, ratings: ratings.length, officeId: scope.officeId ?? null },
      );
      body = await buildAnswersWorkbook(ratings, { scopeName, year, generatedAt });
    } else {
      const [summary, units] = await Promise.all([
        loadSatisfactionSummary(scope, year, generatedAt),
        scope.officeId ? null : loadUnitComparison(scope.unitIds, year),
      ]);
      await recordAudit({
        actorId: user.id,
        action: "satisfaction.export_indices",
        entity: "AdministrativeUnit",
        entityId: user.unitId,
        detail: { year, ratings: summary.ratings, officeId: scope.officeId ?? null },
      });
      body = await buildIndicesWorkbook(summary, units, { scopeName, generatedAt });
    }
    const file = `hai-long-${loai}-${year}.xlsx`;
    return new Response(new Uint8Array(body), {
      headers: { "Content-Type": XLSX, "Content-Disposition": `attachment; filename="${file}"` },
    });
  },
});
