// The e-receipt (biên lai điện tử): GET_BILL asks the platform for the PDF of a paid attempt; it is kept as the
// dossier's RECEIPT file (source PLATFORM). Idempotent: a dossier that has its receipt is not asked again, and two
// fetches at once store one file (a transaction-scoped advisory lock on the reference).
import crypto from "node:crypto";
import { billAnswerSchema, MESSAGE_TYPE, PLATFORM_OK, PROTOCOL_VERSION } from "@/domain/payment";
import { formatPlatformTime } from "@/lib/dates";
import type { PaymentContext } from "./context";
import { logMessage, withoutReceiptBytes } from "./messages";
import { postToPlatform } from "./platform-client";
import { platformConfig } from "./settings";
import { signed, verifyMessage } from "./signature";

export type ReceiptOutcome =
  | { kind: "stored"; fileId: string }
  | { kind: "exists" | "not_paid" | "no_store" | "not_configured" | "unreachable" | "unverified" };

export async function fetchReceipt(attemptId: string, ctx: PaymentContext): Promise<ReceiptOutcome> {
  const config = platformConfig(ctx.settings);
  if (!config) return { kind: "not_configured" };
  const saveReceipt = ctx.saveReceipt;
  if (!saveReceipt) return { kind: "no_store" };
  const attempt = await ctx.db.paymentAttempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: { reference: true, status: true, initiatedAt: true, request: { select: { dossierId: true } } },
  });
  if (attempt.status !== "SUCCESS") return { kind: "not_paid" };
  const dossierId = attempt.request.dossierId;
  const hasReceipt = () => ctx.db.dossierFile.count({ where: { dossierId, purpose: "RECEIPT", supersededAt: null } });
  if ((await hasReceipt()) > 0) return { kind: "exists" };

  const request = signed(
    "GET_BILL",
    {
      LoaiBanTin: MESSAGE_TYPE.GET_BILL,
      PhienBan: PROTOCOL_VERSION,
      MaDoiTac: config.partnerCode,
      MaThamChieu: attempt.reference,
      ThoiGianGD: formatPlatformTime(attempt.initiatedAt),
    },
    config.secret,
  );
  await logMessage(ctx.db, {
    kind: "GET_BILL",
    direction: "OUT",
    attemptId,
    reference: attempt.reference,
    body: request,
  });
  const call = await postToPlatform(config.url, request, config.timeoutMs);
  const parsed = billAnswerSchema.safeParse(call.ok ? call.body : null);
  const signatureValid = call.ok
    ? parsed.success && verifyMessage("GET_BILL_ANSWER", call.body as Record<string, unknown>, config.secret)
    : null;
  const bytes = parsed.success ? Buffer.from(parsed.data.DuLieu, "base64") : Buffer.alloc(0);
  const sha256 = bytes.length > 0 ? crypto.createHash("sha256").update(bytes).digest("hex") : null;
  const logged = call.ok
    ? withoutReceiptBytes(call.body as Record<string, unknown>, sha256)
    : { problem: call.problem, detail: call.detail, status: call.status ?? null };
  const verified =
    parsed.success &&
    signatureValid === true &&
    parsed.data.MaLoi === PLATFORM_OK &&
    parsed.data.MaThamChieu === attempt.reference &&
    bytes.length > 0;

  return ctx.db.$transaction(async (tx) => {
    await logMessage(tx, {
      kind: "GET_BILL_ANSWER",
      direction: "IN",
      attemptId,
      reference: attempt.reference,
      body: logged,
      signatureValid,
    });
    if (!call.ok) return { kind: "unreachable" } as const;
    if (!verified || !parsed.success) return { kind: "unverified" } as const;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`receipt:${dossierId}`}))`;
    if ((await tx.dossierFile.count({ where: { dossierId, purpose: "RECEIPT", supersededAt: null } })) > 0)
      return { kind: "exists" } as const;
    const file = await saveReceipt(tx, {
      dossierId,
      bytes: new Uint8Array(bytes),
      fileName: parsed.data.TenTep || `bien-lai-${attempt.reference}.pdf`,
    });
    return { kind: "stored", fileId: file.id } as const;
  });
}
