import { intakeNoticeSpec } from "@/domain/documents/forms/intake-notice";
import { pdfRoute } from "@/features/documents/pdf/pdf-route";
import { loadIntakeNotice } from "@/server/data/documents";

export const runtime = "nodejs";

export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  return pdfRoute(async (user) => {
    const notice = await loadIntakeNotice(user, number);
    return notice && intakeNoticeSpec(notice);
  });
}
