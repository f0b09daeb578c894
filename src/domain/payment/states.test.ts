// The payment request's life (ONLINE-SERVICES.md, "Local model seen in practice": not paid / awaiting / paid /
// refunded / cancelled) and the amount rules; Decision 766 counts paid online only when the paid request was online
// and not exempt.
import { describe, expect, it } from "vitest";
import {
  amountsProblem,
  countsAsPaidOnline,
  mayPayFor,
  nextPaymentStatus,
  owesNothing,
  PAYMENT_STATUSES,
  refundProblem,
  releasedForIntake,
  totalDue,
} from "./index";

describe("nextPaymentStatus", () => {
  it("starting an attempt: UNPAID or AWAITING → AWAITING; a paid, refunded or cancelled request refuses", () => {
    expect(nextPaymentStatus("UNPAID", { type: "start_attempt" })).toEqual({ ok: true, status: "AWAITING" });
    expect(nextPaymentStatus("AWAITING", { type: "start_attempt" })).toEqual({ ok: true, status: "AWAITING" });
    for (const status of ["PAID", "REFUNDED", "CANCELLED"] as const)
      expect(nextPaymentStatus(status, { type: "start_attempt" }).ok).toBe(false);
  });

  it("a failed attempt returns the request to UNPAID only once no other attempt is open", () => {
    expect(nextPaymentStatus("AWAITING", { type: "attempt_failed", openAttempts: 0 })).toEqual({
      ok: true,
      status: "UNPAID",
    });
    expect(nextPaymentStatus("AWAITING", { type: "attempt_failed", openAttempts: 1 })).toEqual({
      ok: true,
      status: "AWAITING",
    });
    // A late failure of one attempt never undoes a payment made otherwise.
    expect(nextPaymentStatus("PAID", { type: "attempt_failed", openAttempts: 0 })).toEqual({
      ok: true,
      status: "PAID",
    });
  });

  it("paid from UNPAID or AWAITING only; paying twice is refused", () => {
    expect(nextPaymentStatus("AWAITING", { type: "paid", method: "ONLINE" })).toEqual({ ok: true, status: "PAID" });
    expect(nextPaymentStatus("UNPAID", { type: "paid", method: "CASH" })).toEqual({ ok: true, status: "PAID" });
    expect(nextPaymentStatus("PAID", { type: "paid", method: "CASH" }).ok).toBe(false);
    expect(nextPaymentStatus("CANCELLED", { type: "paid", method: "ONLINE" }).ok).toBe(false);
  });

  it("refund only what was paid; cancel only what is still owed", () => {
    expect(nextPaymentStatus("PAID", { type: "refund" })).toEqual({ ok: true, status: "REFUNDED" });
    for (const status of PAYMENT_STATUSES.filter((s) => s !== "PAID"))
      expect(nextPaymentStatus(status, { type: "refund" }).ok).toBe(false);
    expect(nextPaymentStatus("AWAITING", { type: "cancel" })).toEqual({ ok: true, status: "CANCELLED" });
    expect(nextPaymentStatus("PAID", { type: "cancel" }).ok).toBe(false);
  });

  it("refused, withdrawn or stopped dossiers are not paid online", () => {
    expect(
      ["REGISTERED_ONLINE", "RECEIVED", "REFUSED", "WITHDRAWN", "STOPPED", "RESULT_READY"].filter(mayPayFor),
    ).toEqual(["REGISTERED_ONLINE", "RECEIVED", "RESULT_READY"]);
  });

  it("a pay-before dossier enters the desk's queue once PAID, not while awaiting confirmation", () => {
    expect(PAYMENT_STATUSES.filter(releasedForIntake)).toEqual(["PAID"]);
  });
});

describe("amounts", () => {
  it("phí and lệ phí are whole, non-negative VND; the total is their sum", () => {
    expect(totalDue({ feeAmount: 50_000, chargeAmount: 20_000 })).toBe(70_000);
    expect(amountsProblem({ feeAmount: 50_000, chargeAmount: 0 })).toBeNull();
    expect(amountsProblem({ feeAmount: -1, chargeAmount: 0 })).not.toBeNull();
    expect(amountsProblem({ feeAmount: 1.5, chargeAmount: 0 })).not.toBeNull();
  });

  it("exempt, or nothing to pay, owes nothing", () => {
    expect(owesNothing("EXEMPT", { feeAmount: 50_000, chargeAmount: 0 })).toBe(true);
    expect(owesNothing("BEFORE_INTAKE", { feeAmount: 0, chargeAmount: 0 })).toBe(true);
    expect(owesNothing("AFTER_RESULT", { feeAmount: 0, chargeAmount: 1 })).toBe(false);
  });

  it("a refund is positive and at most what was paid", () => {
    expect(refundProblem(70_000, 70_000)).toBeNull();
    expect(refundProblem(70_000, 70_001)).toMatch(/không được lớn hơn/);
    expect(refundProblem(70_000, 0)).not.toBeNull();
  });

  it("Decision 766: paid online = a PAID request, paid online, not exempt", () => {
    expect(countsAsPaidOnline({ status: "PAID", method: "ONLINE", timing: "BEFORE_INTAKE" })).toBe(true);
    expect(countsAsPaidOnline({ status: "PAID", method: "CASH", timing: "BEFORE_INTAKE" })).toBe(false);
    expect(countsAsPaidOnline({ status: "REFUNDED", method: "ONLINE", timing: "AFTER_RESULT" })).toBe(false);
    expect(countsAsPaidOnline({ status: "PAID", method: "ONLINE", timing: "EXEMPT" })).toBe(false);
  });
});
