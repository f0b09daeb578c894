import { supplementRequestSpec } from "@/domain/documents/forms/supplement-request";
import { pdfRoute } from "@/features/documents/pdf/pdf-route";
import { loadPauseSupplementRequest } from "@/server/data/documents";

export const runtime = "nodejs";

export async function GET(_request: Request, { params }: { params: Promise<{ code: string; pauseId: string }> }) {
  const { code, pauseId } = await params;
  return pdfRoute(async (user) => {
    const data = await loadPauseSupplementRequest(user, code, pauseId);
    return data && supplementRequestSpec(data);
  });
}
