// GET /api/pdf/ho-so/<code>/xin-loi/<apologyId> — the apology letter (phiếu xin lỗi và hẹn lại ngày trả) as PDF.
import { z } from "zod";
import { ROUTE_ACCESS } from "@/domain/access";
import { apologyLetterSpec } from "@/domain/documents/forms/apology-letter";
import { DOSSIER_CODE_PARAM as CODE, definePdfRoute } from "@/features/documents/pdf/pdf-route";
import { idText } from "@/lib/text-input";
import { loadApologyLetter } from "@/server/data/documents";

export const runtime = "nodejs";

export const GET = definePdfRoute({
  access: ROUTE_ACCESS["/api/pdf/ho-so/[code]/xin-loi/[apologyId]"],
  params: z.object({ code: idText(CODE), apologyId: idText("Mã phiếu xin lỗi không hợp lệ.") }),
  load: async ({ user, params }) => {
    const data = await loadApologyLetter(user, params.code, params.apologyId, "pdf");
    return data && apologyLetterSpec(data);
  },
});
