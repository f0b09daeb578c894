// Amounts of phí (fee) and lệ phí (charge): whole VND, never negative. Decision 766 counts a dossier as paid online
// only when its paid request was online and not exempt.
import type { FeeTiming } from "@/domain/catalogue/types";
import type { PaymentMethod, PaymentStatus } from "./states";

/** A ceiling no procedure's fee reaches; guards against a typo of three extra zeros. */
export const MAX_PAYMENT_AMOUNT = 1_000_000_000;

export interface Amounts {
  /** Phí, VND. */
  feeAmount: number;
  /** Lệ phí, VND. */
  chargeAmount: number;
}

export const totalDue = ({ feeAmount, chargeAmount }: Amounts): number => feeAmount + chargeAmount;

/** Why these amounts cannot make a payment request, or null. */
export function amountsProblem(amounts: Amounts): string | null {
  for (const value of [amounts.feeAmount, amounts.chargeAmount]) {
    if (!Number.isSafeInteger(value) || value < 0) return "Số tiền phí, lệ phí phải là số nguyên không âm (đồng).";
  }
  if (totalDue(amounts) > MAX_PAYMENT_AMOUNT) return "Số tiền phí, lệ phí vượt quá mức cho phép.";
  return null;
}

/** Nothing is owed: exempt procedures, or no phí and no lệ phí. No payment request is opened. */
export const owesNothing = (timing: FeeTiming, amounts: Amounts): boolean =>
  timing === "EXEMPT" || totalDue(amounts) === 0;

/** Why a refund of `amount` out of `paid` is not possible, or null. */
export function refundProblem(paid: number, amount: number): string | null {
  if (!Number.isSafeInteger(amount) || amount <= 0) return "Số tiền hoàn trả phải là số nguyên dương (đồng).";
  if (amount > paid) return `Số tiền hoàn trả không được lớn hơn số đã thu (${paid.toLocaleString("vi-VN")} đồng).`;
  return null;
}

/** Decision 766: paid online counts when the request was paid through the platform and was not exempt. */
export const countsAsPaidOnline = (request: {
  status: PaymentStatus;
  method: PaymentMethod | null;
  timing: FeeTiming;
}) => request.status === "PAID" && request.method === "ONLINE" && request.timing !== "EXEMPT";
