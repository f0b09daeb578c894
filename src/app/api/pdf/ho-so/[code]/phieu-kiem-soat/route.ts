// GET /api/pdf/ho-so/<code>/phieu-kiem-soat — the control slip (phiếu kiểm soát quá trình giải quyết) as PDF.
import { z } from "zod";
import { ROUTE_ACCESS } from "@/domain/access";
import { controlSlipSpec } from "@/domain/documents/forms/control-slip";
import { DOSSIER_CODE_PARAM as CODE, definePdfRoute } from "@/features/documents/pdf/pdf-route";
import { idText } from "@/lib/text-input";
import { loadControlSlip } from "@/server/data/documents";

export const runtime = "nodejs";

export const GET = definePdfRoute({
  access: ROUTE_ACCESS["/api/pdf/ho-so/[code]/phieu-kiem-soat"],
  params: z.object({ code: idText(CODE) }),
  load: async ({ user, params }) => {
    const data = await loadControlSlip(user, params.code, "pdf");
    return data && controlSlipSpec(data);
  },
});
