// Payment requests (yêu cầu thanh toán): opening one for a dossier, and settling an attempt once the platform's word
// is verified (a signed callback or a QUERY answer). Settling is idempotent on the attempt: only the first verified
// word changes anything; a repeat is reported as such and changes nothing.
import { amountsProblem, nextPaymentStatus, owesNothing, totalDue, type Amounts } from "@/domain/payment";
import type { FeeTiming } from "@/domain/catalogue/types";
import type { PaymentRequest } from "@/generated/prisma/client";
import { notifyPaymentReceived, type OutboxOptions } from "@/server/notifications/outbox";
import type { Tx } from "./context";

export interface OpenPaymentRequestInput extends Amounts {
  dossierId: string;
  timing: FeeTiming;
}

/**
 * Opens the dossier's payment request in the caller's transaction (online submission, desk intake). Exempt, or
 * nothing to pay: no request, returns null. A dossier keeps one open request: a second call returns the open one.
 */
export async function openPaymentRequest(tx: Tx, input: OpenPaymentRequestInput): Promise<PaymentRequest | null> {
  const problem = amountsProblem(input);
  if (problem) throw new Error(`openPaymentRequest: ${problem}`);
  if (owesNothing(input.timing, input)) return null;
  const open = await tx.paymentRequest.findFirst({
    where: { dossierId: input.dossierId, status: { in: ["UNPAID", "AWAITING", "PAID"] } },
    orderBy: { createdAt: "desc" },
  });
  if (open) return open;
  return tx.paymentRequest.create({
    data: {
      dossierId: input.dossierId,
      feeAmount: input.feeAmount,
      chargeAmount: input.chargeAmount,
      timing: input.timing,
    },
  });
}

/** Cancels what is still owed (the dossier was refused or withdrawn before paying). False when nothing was open. */
export async function cancelPaymentRequest(tx: Tx, dossierId: string): Promise<boolean> {
  const cancelled = await tx.paymentRequest.updateMany({
    where: { dossierId, status: { in: ["UNPAID", "AWAITING"] } },
    data: { status: "CANCELLED", version: { increment: 1 } },
  });
  return cancelled.count > 0;
}

export type Settlement =
  /** This word changed the attempt (and the request when it was still owed). */
  | { kind: "settled"; requestPaid: boolean }
  /** The attempt already had this outcome: nothing changed. */
  | { kind: "duplicate" };

export interface PlatformSuccess {
  transactionId: string;
  bankCode: string;
  at: Date;
}

/**
 * A verified success for the attempt: SUCCESS (from INITIATED, or from FAILED when the platform's later word says the
 * money was taken after all), then the request PAID when it was still owed, the dossier marked paid online (Decision
 * 766) and the citizen told. A request already paid otherwise (the desk, another attempt) stays as it is: the staff
 * section shows the extra success to refund.
 */
export async function settleSuccess(
  tx: Tx,
  attemptId: string,
  success: PlatformSuccess,
  outbox: OutboxOptions = {},
): Promise<Settlement> {
  const changed = await tx.paymentAttempt.updateMany({
    where: { id: attemptId, status: { in: ["INITIATED", "FAILED"] } },
    data: {
      status: "SUCCESS",
      platformTransactionId: success.transactionId || null,
      bankCode: success.bankCode || null,
      completedAt: success.at,
    },
  });
  if (changed.count === 0) return { kind: "duplicate" };
  const attempt = await tx.paymentAttempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: {
      reference: true,
      request: {
        select: { id: true, status: true, dossierId: true, timing: true, feeAmount: true, chargeAmount: true },
      },
    },
  });
  const request = attempt.request;
  const transition = nextPaymentStatus(request.status, { type: "paid", method: "ONLINE" });
  if (!transition.ok) return { kind: "settled", requestPaid: false };
  const paid = await tx.paymentRequest.updateMany({
    where: { id: request.id, status: request.status },
    data: {
      status: "PAID",
      method: "ONLINE",
      paidAt: success.at,
      reference: attempt.reference,
      version: { increment: 1 },
    },
  });
  if (paid.count === 0) return { kind: "settled", requestPaid: false };
  const dossier = await tx.dossier.update({
    where: { id: request.dossierId },
    data: { feePaidOnline: true },
    select: { status: true },
  });
  await notifyPaymentReceived(
    tx,
    request.dossierId,
    { amount: totalDue(request), awaitingIntake: dossier.status === "REGISTERED_ONLINE" },
    outbox,
  );
  return { kind: "settled", requestPaid: true };
}

/** A verified failure: FAILED, and the request back to UNPAID once no other attempt is still open. */
export async function settleFailure(tx: Tx, attemptId: string, at: Date): Promise<Settlement> {
  const changed = await tx.paymentAttempt.updateMany({
    where: { id: attemptId, status: "INITIATED" },
    data: { status: "FAILED", completedAt: at },
  });
  if (changed.count === 0) return { kind: "duplicate" };
  const attempt = await tx.paymentAttempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: { request: { select: { id: true, status: true } } },
  });
  const openAttempts = await tx.paymentAttempt.count({
    where: { requestId: attempt.request.id, status: "INITIATED" },
  });
  const transition = nextPaymentStatus(attempt.request.status, { type: "attempt_failed", openAttempts });
  if (transition.ok && transition.status !== attempt.request.status) {
    await tx.paymentRequest.updateMany({
      where: { id: attempt.request.id, status: attempt.request.status },
      data: { status: transition.status, version: { increment: 1 } },
    });
  }
  return { kind: "settled", requestPaid: false };
}
