// Starting an online payment: an attempt with a fresh MaThamChieu, the signed INIT sent over HTTP, the platform's
// answer kept raw, and the citizen sent to UrlThanhToan. The attempt and its INIT are committed before the call and
// the answer after it, so a platform that is down or slow leaves a recorded, FAILED attempt and the request owed as
// before: nothing half-written, nothing paid.
import crypto from "node:crypto";
import {
  initAnswerSchema,
  MESSAGE_TYPE,
  mayPayFor,
  nextPaymentStatus,
  NO_PAYMENT_FOR_CLOSED_DOSSIER,
  PLATFORM_OK,
  PROTOCOL_VERSION,
  totalDue,
  type InitRequest,
} from "@/domain/payment";
import { formatPlatformTime } from "@/lib/dates";
import type { PaymentContext } from "./context";
import { logMessage } from "./messages";
import { PLATFORM_DOWN_MESSAGE, PLATFORM_REFUSED_MESSAGE, postToPlatform } from "./platform-client";
import { settleFailure } from "./requests";
import { platformConfig } from "./settings";
import { signed, verifyMessage } from "./signature";

export type PaymentTarget = { dossierId: string } | { requestId: string };

export type StartPaymentResult =
  { ok: true; paymentUrl: string; reference: string } | { ok: false; message: string; reference?: string };

export const NOT_CONFIGURED_MESSAGE =
  "Xin lỗi ông/bà, cổng thanh toán trực tuyến chưa được cấu hình tại đơn vị này. Xin ông/bà vui lòng nộp phí, lệ phí tại Bộ phận Một cửa.";
const NOTHING_OWED_MESSAGE = "Hồ sơ này không có khoản phí, lệ phí nào đang chờ thanh toán.";

/** MaThamChieu: "MC", the time stamp, 10 random characters: unique, and readable on a bank statement. */
export function newReference(now: Date): string {
  const random = crypto.randomBytes(8).toString("base64url").replace(/[-_]/gu, "").slice(0, 10).toUpperCase();
  return `MC${formatPlatformTime(now)}${random.padEnd(10, "0")}`;
}

/** The citizen's address as the platform takes it: IPv4-mapped IPv6 unwrapped, at most 45 characters. */
const platformIp = (ip: string) => ip.replace(/^::ffff:/u, "").slice(0, 45) || "127.0.0.1";

export async function startOnlinePayment(
  target: PaymentTarget,
  client: { clientIp: string },
  ctx: PaymentContext,
  now: Date = new Date(),
): Promise<StartPaymentResult> {
  const config = platformConfig(ctx.settings);
  if (!config) return { ok: false, message: NOT_CONFIGURED_MESSAGE };

  // 1. The attempt and its INIT, committed before the call.
  const prepared = await ctx.db.$transaction(async (tx) => {
    const request = await tx.paymentRequest.findFirst({
      where: "requestId" in target ? { id: target.requestId } : { dossierId: target.dossierId },
      orderBy: { createdAt: "desc" },
      include: {
        dossier: {
          select: {
            code: true,
            status: true,
            applicantName: true,
            applicantIdNumber: true,
            applicantAddress: true,
            procedure: { select: { code: true, name: true } },
            receivedUnit: { select: { code: true } },
          },
        },
      },
    });
    if (!request) return { ok: false as const, message: NOTHING_OWED_MESSAGE };
    if (!mayPayFor(request.dossier.status)) return { ok: false as const, message: NO_PAYMENT_FOR_CLOSED_DOSSIER };
    const transition = nextPaymentStatus(request.status, { type: "start_attempt" });
    if (!transition.ok) return { ok: false as const, message: transition.message };
    // Claims the request's version: two pay buttons pressed at once make two attempts, each on a fresh version.
    const claimed = await tx.paymentRequest.updateMany({
      where: { id: request.id, version: request.version },
      data: { status: transition.status, version: { increment: 1 } },
    });
    if (claimed.count !== 1) return { ok: false as const, message: "Xin ông/bà vui lòng thử lại sau giây lát." };

    const reference = newReference(now);
    const amount = totalDue(request);
    const attempt = await tx.paymentAttempt.create({
      data: { requestId: request.id, reference, amount, initiatedAt: now },
    });
    const dossier = request.dossier;
    const message: InitRequest = signed(
      "INIT",
      {
        LoaiBanTin: MESSAGE_TYPE.INIT,
        PhienBan: PROTOCOL_VERSION,
        MaDoiTac: config.partnerCode,
        MaThamChieu: reference,
        SoTien: amount,
        LoaiHinhThanhToan: "PAY" as const,
        MaKenhThanhToan: "1",
        MaThietBi: "1",
        NgonNgu: "vi-VN",
        MaTienTe: "VND" as const,
        MaNganHang: "",
        ThongTinGiaoDich: `Thanh toan phi, le phi ho so ${dossier.code}`,
        ThoiGianGD: formatPlatformTime(now),
        Ip: platformIp(client.clientIp),
        MaThuTucHanhChinh: dossier.procedure.code,
        MaDonVi: dossier.receivedUnit.code,
        MaHoSo: dossier.code,
        TaiKhoanThuHuong: ctx.settings.PAYMENT_PAYEE_ACCOUNT ?? "",
        HoTenNguoiNop: dossier.applicantName,
        SoCMNDNguoiNop: dossier.applicantIdNumber,
        DiaChiNguoiNop: dossier.applicantAddress,
        PhiLePhi: [
          ...(request.feeAmount > 0
            ? [
                {
                  LoaiPhiLePhi: "1" as const,
                  MaPhiLePhi: `${dossier.procedure.code}-PHI`,
                  TenPhiLePhi: `Phí: ${dossier.procedure.name}`,
                  SoTien: request.feeAmount,
                },
              ]
            : []),
          ...(request.chargeAmount > 0
            ? [
                {
                  LoaiPhiLePhi: "2" as const,
                  MaPhiLePhi: `${dossier.procedure.code}-LEPHI`,
                  TenPhiLePhi: `Lệ phí: ${dossier.procedure.name}`,
                  SoTien: request.chargeAmount,
                },
              ]
            : []),
        ],
        UrlXacNhan: `${config.callbackBase}/api/thanh-toan/xac-nhan`,
        UrlQuayLai: `${config.callbackBase}/thanh-toan/ket-qua?ref=${reference}`,
      },
      config.secret,
    );
    await logMessage(tx, { kind: "INIT", direction: "OUT", attemptId: attempt.id, reference, body: message });
    return { ok: true as const, attemptId: attempt.id, reference, message };
  });
  if (!prepared.ok) return prepared;

  // 2. The call, outside any transaction (a slow platform holds no connection or lock).
  const call = await postToPlatform(config.url, prepared.message, config.timeoutMs);

  // 3. The answer, kept raw; the attempt gets its UrlThanhToan or fails.
  const answered = initAnswerSchema.safeParse(call.ok ? call.body : null);
  const signatureValid =
    call.ok && answered.success
      ? verifyMessage("INIT_ANSWER", call.body as Record<string, unknown>, config.secret)
      : call.ok
        ? false
        : null;
  const accepted =
    answered.success &&
    signatureValid === true &&
    answered.data.MaLoi === PLATFORM_OK &&
    answered.data.MaThamChieu === prepared.reference &&
    answered.data.MaDoiTac === config.partnerCode &&
    /^https?:\/\//u.test(answered.data.UrlThanhToan);
  await ctx.db.$transaction(async (tx) => {
    await logMessage(tx, {
      kind: "INIT_ANSWER",
      direction: "IN",
      attemptId: prepared.attemptId,
      reference: prepared.reference,
      body: call.ok
        ? call.body
        : { problem: call.problem, detail: call.detail, status: call.status ?? null, raw: call.raw ?? null },
      signatureValid,
    });
    if (accepted) {
      await tx.paymentAttempt.update({
        where: { id: prepared.attemptId },
        data: { paymentUrl: answered.data.UrlThanhToan },
      });
    } else {
      await settleFailure(tx, prepared.attemptId, new Date());
    }
  });
  if (accepted) return { ok: true, paymentUrl: answered.data.UrlThanhToan, reference: prepared.reference };
  return {
    ok: false,
    reference: prepared.reference,
    message: call.ok ? PLATFORM_REFUSED_MESSAGE : PLATFORM_DOWN_MESSAGE,
  };
}
