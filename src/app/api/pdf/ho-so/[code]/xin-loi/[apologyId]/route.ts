import { apologyLetterSpec } from "@/domain/documents/forms/apology-letter";
import { pdfRoute } from "@/features/documents/pdf/pdf-route";
import { loadApologyLetter } from "@/server/data/documents";

export const runtime = "nodejs";

export async function GET(_request: Request, { params }: { params: Promise<{ code: string; apologyId: string }> }) {
  const { code, apologyId } = await params;
  return pdfRoute(async (user) => {
    const data = await loadApologyLetter(user, code, apologyId);
    return data && apologyLetterSpec(data);
  });
}
