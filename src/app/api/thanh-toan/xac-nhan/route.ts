// POST /api/thanh-toan/xac-nhan — the payment platform's confirmation callback (server to server, no session). The
// answer is always the signed reply of src/server/payments/callback.ts; only a verified callback changes anything.
import { after } from "next/server";
import { ROUTE_ACCESS } from "@/domain/access";
import { fetchReceipt, handlePlatformCallback, paymentContext } from "@/server/payments";
import { defineRoute } from "@/server/routes/define-route";

/** A confirmation is a few hundred bytes; anything much larger is not one. */
const MAX_BODY_BYTES = 64 * 1024;

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export const POST = defineRoute({
  access: ROUTE_ACCESS["/api/thanh-toan/xac-nhan"],
  run: async ({ request }) => {
    const context = paymentContext();
    const outcome = await handlePlatformCallback(await readJson(request), context);
    // The e-receipt once the answer is sent; the reconciliation run fetches whatever this misses.
    const paid = outcome.paidAttemptId;
    if (paid)
      after(() => fetchReceipt(paid, context).catch((error: unknown) => console.error("[payments] receipt", error)));
    return Response.json(outcome.reply);
  },
});
