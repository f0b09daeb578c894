import { receiptSpec } from "@/domain/documents/forms/receipt";
import { pdfRoute } from "@/features/documents/pdf/pdf-route";
import { loadReceipt } from "@/server/data/documents";
import { env } from "@/server/env";

export const runtime = "nodejs";

export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return pdfRoute(async (user) => {
    const data = await loadReceipt(user, code);
    return data && receiptSpec(data, env.APP_URL);
  });
}
