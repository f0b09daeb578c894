// GET /api/pdf/ho-so/<code>/yeu-cau-bo-sung/<pauseId> — the supplement request of one pause as PDF.
import { z } from "zod";
import { ROUTE_ACCESS } from "@/domain/access";
import { supplementRequestSpec } from "@/domain/documents/forms/supplement-request";
import { DOSSIER_CODE_PARAM as CODE, definePdfRoute } from "@/features/documents/pdf/pdf-route";
import { idText } from "@/lib/text-input";
import { loadPauseSupplementRequest } from "@/server/data/documents";

export const runtime = "nodejs";

export const GET = definePdfRoute({
  access: ROUTE_ACCESS["/api/pdf/ho-so/[code]/yeu-cau-bo-sung/[pauseId]"],
  params: z.object({ code: idText(CODE), pauseId: idText("Mã lần tạm dừng không hợp lệ.") }),
  load: async ({ user, params }) => {
    const data = await loadPauseSupplementRequest(user, params.code, params.pauseId, "pdf");
    return data && supplementRequestSpec(data);
  },
});
