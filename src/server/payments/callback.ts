// The platform's confirmation callback (POST /api/thanh-toan/xac-nhan). Only a callback that verifies (signature,
// partner, known reference, same amount and currency) changes anything, and only the first one for an attempt: a
// repeat is answered "02" and changes nothing. Every callback is kept raw, forged ones included, with whether its
// signature verified. The answer carries MaLoi, MaDoiTac, ThoiGianGD and our signature; the platform retries until
// it gets an answer that verifies.
import { CALLBACK_REPLY_CODES, callbackSchema, PLATFORM_OK, type CallbackReplyCode } from "@/domain/payment";
import { formatPlatformTime, parsePlatformTime } from "@/lib/dates";
import type { PaymentContext } from "./context";
import { logMessage, messageData } from "./messages";
import { settleFailure, settleSuccess } from "./requests";
import { platformConfig } from "./settings";
import { signed, verifyMessage } from "./signature";

export interface CallbackOutcome {
  reply: Record<string, string>;
  code: CallbackReplyCode;
  /** Set when this callback paid the attempt (the caller then fetches the e-receipt). */
  paidAttemptId?: string;
}

const referenceOf = (body: unknown): string | null =>
  body !== null && typeof body === "object" && typeof (body as Record<string, unknown>).MaThamChieu === "string"
    ? ((body as Record<string, unknown>).MaThamChieu as string)
    : null;

export async function handlePlatformCallback(
  body: unknown,
  ctx: PaymentContext,
  now: Date = new Date(),
): Promise<CallbackOutcome> {
  const config = platformConfig(ctx.settings);
  const reference = referenceOf(body);
  const answer = async (
    code: CallbackReplyCode,
    log: { attemptId?: string | null; signatureValid: boolean | null },
  ) => {
    const reply = config
      ? signed(
          "CALLBACK_REPLY",
          { MaLoi: code, MaDoiTac: config.partnerCode, ThoiGianGD: formatPlatformTime(now) },
          config.secret,
        )
      : { MaLoi: code, MaDoiTac: "", ThoiGianGD: formatPlatformTime(now), MaXacThuc: "" };
    await ctx.db.$transaction([
      ctx.db.paymentMessage.create({
        data: messageData({
          kind: "CALLBACK",
          direction: "IN",
          attemptId: log.attemptId,
          reference,
          body,
          signatureValid: log.signatureValid,
        }),
      }),
      ctx.db.paymentMessage.create({
        data: messageData({
          kind: "CALLBACK_REPLY",
          direction: "OUT",
          attemptId: log.attemptId,
          reference,
          body: reply,
        }),
      }),
    ]);
    return { reply, code };
  };

  if (!config) return answer(CALLBACK_REPLY_CODES.INTERNAL_ERROR, { signatureValid: null });
  const parsed = callbackSchema.safeParse(body);
  if (!parsed.success) return answer(CALLBACK_REPLY_CODES.INVALID_MESSAGE, { signatureValid: null });
  const callback = parsed.data;
  if (!verifyMessage("CALLBACK", body as Record<string, unknown>, config.secret))
    return answer(CALLBACK_REPLY_CODES.WRONG_SIGNATURE, { signatureValid: false });
  if (callback.MaDoiTac !== config.partnerCode)
    return answer(CALLBACK_REPLY_CODES.INVALID_MESSAGE, { signatureValid: true });

  const attempt = await ctx.db.paymentAttempt.findUnique({
    where: { reference: callback.MaThamChieu },
    select: { id: true, amount: true },
  });
  if (!attempt) return answer(CALLBACK_REPLY_CODES.UNKNOWN_REFERENCE, { signatureValid: true });
  if (callback.SoTien !== attempt.amount || callback.MaTienTe !== "VND")
    return answer(CALLBACK_REPLY_CODES.WRONG_AMOUNT, { attemptId: attempt.id, signatureValid: true });

  const at = parsePlatformTime(callback.ThoiGianGD) ?? now;
  const settlement = await ctx.db.$transaction(async (tx) => {
    await logMessage(tx, {
      kind: "CALLBACK",
      direction: "IN",
      attemptId: attempt.id,
      reference,
      body,
      signatureValid: true,
    });
    return callback.MaLoi === PLATFORM_OK
      ? settleSuccess(
          tx,
          attempt.id,
          { transactionId: callback.MaGiaoDich, bankCode: callback.MaNganHang, at },
          ctx.outbox,
        )
      : settleFailure(tx, attempt.id, at);
  });
  const code = settlement.kind === "duplicate" ? CALLBACK_REPLY_CODES.ALREADY_PROCESSED : CALLBACK_REPLY_CODES.ACCEPTED;
  const reply = signed(
    "CALLBACK_REPLY",
    { MaLoi: code, MaDoiTac: config.partnerCode, ThoiGianGD: formatPlatformTime(now) },
    config.secret,
  );
  await logMessage(ctx.db, { kind: "CALLBACK_REPLY", direction: "OUT", attemptId: attempt.id, reference, body: reply });
  return {
    reply,
    code,
    paidAttemptId: settlement.kind === "settled" && callback.MaLoi === PLATFORM_OK ? attempt.id : undefined,
  };
}
