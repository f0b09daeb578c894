// Payments at the desk (thu phí, lệ phí tại Bộ phận Một cửa: cash, or a transfer with its reference) and refunds,
// recorded by a receptionist of the dossier's receiving unit, on the same payment request as online payments, in one
// audited transaction. Called by the server actions of src/features/payment.
import { nextPaymentStatus, refundProblem, totalDue } from "@/domain/payment";
import type { PrismaClient } from "@/generated/prisma/client";
import type { SessionUser } from "@/server/auth/session-user";
import { recordAudit } from "@/server/data/audit";
import { NotFoundError, UserFacingError } from "@/server/user-facing-error";
import type { Tx } from "./context";
import { openPaymentRequest } from "./requests";

const NOT_FOUND = "Không tìm thấy hồ sơ, hoặc hồ sơ không thuộc đơn vị của bạn.";
const CHANGED = "Khoản thu vừa được cập nhật bởi người khác. Xin vui lòng tải lại trang.";

/** The dossier, when the user is a receptionist of its receiving unit. */
async function dossierInScope(tx: Tx, user: SessionUser, dossierId: string) {
  const dossier = await tx.dossier.findUnique({
    where: { id: dossierId },
    select: {
      id: true,
      code: true,
      receivedUnitId: true,
      procedureVersion: { select: { feeAmount: true, chargeAmount: true, feeTiming: true } },
    },
  });
  if (!dossier || user.role !== "RECEPTIONIST" || dossier.receivedUnitId !== user.unitId)
    throw new NotFoundError(NOT_FOUND);
  return dossier;
}

export interface DeskPaymentInput {
  dossierId: string;
  method: "CASH" | "TRANSFER";
  /** Receipt number (cash) or the bank's transfer reference; required for a transfer. */
  reference?: string | null;
}

export async function recordDeskPayment(
  db: PrismaClient,
  user: SessionUser,
  input: DeskPaymentInput,
  now = new Date(),
) {
  if (input.method === "TRANSFER" && !input.reference?.trim())
    throw new UserFacingError("Xin nhập mã giao dịch chuyển khoản.", {
      reference: ["Xin nhập mã giao dịch chuyển khoản."],
    });
  return db.$transaction(async (tx) => {
    const dossier = await dossierInScope(tx, user, input.dossierId);
    const terms = dossier.procedureVersion;
    // A desk dossier may have no request yet: the procedure's schedule opens it now.
    const request =
      (await tx.paymentRequest.findFirst({
        where: { dossierId: dossier.id, status: { in: ["UNPAID", "AWAITING", "PAID"] } },
        orderBy: { createdAt: "desc" },
      })) ??
      (await openPaymentRequest(tx, {
        dossierId: dossier.id,
        feeAmount: terms.feeAmount,
        chargeAmount: terms.chargeAmount,
        timing: terms.feeTiming,
      }));
    if (!request) throw new UserFacingError("Hồ sơ này không phải nộp phí, lệ phí.");
    const transition = nextPaymentStatus(request.status, { type: "paid", method: input.method });
    if (!transition.ok) throw new UserFacingError(transition.message);
    const updated = await tx.paymentRequest.updateMany({
      where: { id: request.id, version: request.version },
      data: {
        status: "PAID",
        method: input.method,
        paidAt: now,
        recordedById: user.id,
        reference: input.reference?.trim() || null,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new UserFacingError(CHANGED);
    await recordAudit(
      {
        actorId: user.id,
        action: "payment.record_desk_payment",
        entity: "Dossier",
        entityId: dossier.code,
        detail: { method: input.method, amount: totalDue(request), requestId: request.id },
      },
      tx,
    );
    return { requestId: request.id, amount: totalDue(request) };
  });
}

export interface RefundInput {
  dossierId: string;
  amount: number;
  reason: string;
}

export async function refundPayment(db: PrismaClient, user: SessionUser, input: RefundInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const dossier = await dossierInScope(tx, user, input.dossierId);
    const request = await tx.paymentRequest.findFirst({
      where: { dossierId: dossier.id, status: "PAID" },
      orderBy: { createdAt: "desc" },
    });
    if (!request) throw new UserFacingError("Hồ sơ này chưa có khoản phí, lệ phí đã thu để hoàn trả.");
    const transition = nextPaymentStatus(request.status, { type: "refund" });
    if (!transition.ok) throw new UserFacingError(transition.message);
    const problem = refundProblem(totalDue(request), input.amount);
    if (problem) throw new UserFacingError(problem, { amount: [problem] });
    const updated = await tx.paymentRequest.updateMany({
      where: { id: request.id, version: request.version },
      data: {
        status: "REFUNDED",
        refundedAt: now,
        refundAmount: input.amount,
        refundReason: input.reason,
        refundedById: user.id,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new UserFacingError(CHANGED);
    // Decision 766 counts a dossier as paid online only while its paid request stands.
    if (request.method === "ONLINE")
      await tx.dossier.update({ where: { id: dossier.id }, data: { feePaidOnline: false } });
    await recordAudit(
      {
        actorId: user.id,
        action: "payment.refund",
        entity: "Dossier",
        entityId: dossier.code,
        detail: { amount: input.amount, method: request.method, requestId: request.id },
      },
      tx,
    );
    return { requestId: request.id };
  });
}
