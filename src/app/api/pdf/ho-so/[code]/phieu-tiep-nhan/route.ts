// GET /api/pdf/ho-so/<code>/phieu-tiep-nhan — the receipt (giấy tiếp nhận hồ sơ và hẹn trả kết quả) as PDF.
import { z } from "zod";
import { ROUTE_ACCESS } from "@/domain/access";
import { receiptSpec } from "@/domain/documents/forms/receipt";
import { DOSSIER_CODE_PARAM as CODE, definePdfRoute } from "@/features/documents/pdf/pdf-route";
import { idText } from "@/lib/text-input";
import { loadReceipt } from "@/server/data/documents";
import { env } from "@/server/env";

export const runtime = "nodejs";

export const GET = definePdfRoute({
  access: ROUTE_ACCESS["/api/pdf/ho-so/[code]/phieu-tiep-nhan"],
  params: z.object({ code: idText(CODE) }),
  load: async ({ user, params }) => {
    const data = await loadReceipt(user, params.code, "pdf");
    return data && receiptSpec(data, env.APP_URL);
  },
});
