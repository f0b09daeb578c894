import { controlSlipSpec } from "@/domain/documents/forms/control-slip";
import { pdfRoute } from "@/features/documents/pdf/pdf-route";
import { loadControlSlip } from "@/server/data/documents";

export const runtime = "nodejs";

export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return pdfRoute(async (user) => {
    const data = await loadControlSlip(user, code);
    return data && controlSlipSpec(data);
  });
}
