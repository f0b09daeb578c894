// GET /api/pdf/phieu/<number> — an intake notice (phiếu yêu cầu bổ sung / từ chối tiếp nhận) as PDF.
import { z } from "zod";
import { ROUTE_ACCESS } from "@/domain/access";
import { intakeNoticeSpec } from "@/domain/documents/forms/intake-notice";
import { definePdfRoute } from "@/features/documents/pdf/pdf-route";
import { idText } from "@/lib/text-input";
import { loadIntakeNotice } from "@/server/data/documents";

export const runtime = "nodejs";

export const GET = definePdfRoute({
  access: ROUTE_ACCESS["/api/pdf/phieu/[number]"],
  params: z.object({ number: idText("Số phiếu không hợp lệ.") }),
  load: async ({ user, params }) => {
    const notice = await loadIntakeNotice(user, params.number, "pdf");
    return notice && intakeNoticeSpec(notice);
  },
});
