// GET /api/pdf/chi-so-cchc/[evaluationId]: the PAR Index ranking's A4 table as PDF (the same spec as the print page).
import { z } from "zod";
import { ROUTE_ACCESS } from "@/domain/access";
import { definePdfRoute } from "@/features/documents/pdf/pdf-route";
import { parRankingSpec } from "@/features/par-results/print-spec";
import { parViewerOf } from "@/features/par-results/viewer";
import { loadParRanking } from "@/server/data/par-results";

export const runtime = "nodejs";

export const GET = definePdfRoute({
  access: ROUTE_ACCESS["/api/pdf/chi-so-cchc/[evaluationId]"],
  params: z.object({
    evaluationId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "Đợt đánh giá không hợp lệ." }),
  }),
  messages: { forbidden: "Chỉ lãnh đạo và Phòng Nội vụ mới xem được bảng xếp hạng Chỉ số CCHC." },
  load: async ({ user, params }) => {
    const ranking = await loadParRanking(params.evaluationId, await parViewerOf(user));
    return ranking && parRankingSpec(ranking, new Date());
  },
});
