// The life of a payment request (yêu cầu thanh toán), one per dossier that owes phí or lệ phí:
//   UNPAID ──attempt started──▶ AWAITING ──paid (verified callback / QUERY answer / desk)──▶ PAID ──refund──▶ REFUNDED
//      ▲                           │
//      └──── attempt failed ───────┘  (back to UNPAID once no other attempt is still open)
//   UNPAID / AWAITING ──cancel──▶ CANCELLED (the dossier was refused or withdrawn before paying)
// Only a verified callback, a QUERY answer or a desk officer's record moves a request to PAID, never the browser's
// return from the pay page (ONLINE-SERVICES.md: the "closed tab" failure).

export const PAYMENT_STATUSES = ["UNPAID", "AWAITING", "PAID", "REFUNDED", "CANCELLED"] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];
export const PAYMENT_METHODS = ["ONLINE", "CASH", "TRANSFER"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const ATTEMPT_STATUSES = ["INITIATED", "SUCCESS", "FAILED"] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

export type PaymentEvent =
  | { type: "start_attempt" }
  /** `openAttempts`: attempts still INITIATED besides the failed one. */
  | { type: "attempt_failed"; openAttempts: number }
  | { type: "paid"; method: PaymentMethod }
  | { type: "refund" }
  | { type: "cancel" };

export type PaymentTransition = { ok: true; status: PaymentStatus } | { ok: false; message: string };

const refuse = (message: string): PaymentTransition => ({ ok: false, message });

/** The status after `event`, or why it may not happen (a Vietnamese sentence for the person who tried). */
export function nextPaymentStatus(current: PaymentStatus, event: PaymentEvent): PaymentTransition {
  switch (event.type) {
    case "start_attempt":
      if (current === "UNPAID" || current === "AWAITING") return { ok: true, status: "AWAITING" };
      return refuse(
        current === "PAID"
          ? "Khoản phí, lệ phí này đã được thanh toán."
          : "Khoản phí, lệ phí này không còn phải thanh toán.",
      );
    case "attempt_failed":
      if (current !== "AWAITING") return { ok: true, status: current };
      return { ok: true, status: event.openAttempts > 0 ? "AWAITING" : "UNPAID" };
    case "paid":
      if (current === "UNPAID" || current === "AWAITING") return { ok: true, status: "PAID" };
      return refuse(
        current === "PAID"
          ? "Khoản phí, lệ phí này đã được ghi nhận là đã thanh toán."
          : "Khoản phí, lệ phí này không còn phải thanh toán.",
      );
    case "refund":
      if (current === "PAID") return { ok: true, status: "REFUNDED" };
      return refuse("Chỉ hoàn trả được khoản đã thanh toán.");
    case "cancel":
      if (current === "UNPAID" || current === "AWAITING") return { ok: true, status: "CANCELLED" };
      return refuse("Chỉ hủy được yêu cầu thanh toán chưa thanh toán.");
  }
}

/** Dossiers refused, withdrawn or stopped owe nothing more: no new online attempt (the request is to be cancelled). */
export const DOSSIER_STATUSES_WITHOUT_PAYMENT = ["REFUSED", "WITHDRAWN", "STOPPED"] as const;
export const mayPayFor = (dossierStatus: string): boolean =>
  !(DOSSIER_STATUSES_WITHOUT_PAYMENT as readonly string[]).includes(dossierStatus);
export const NO_PAYMENT_FOR_CLOSED_DOSSIER =
  "Hồ sơ này đã dừng (không được tiếp nhận, rút hoặc dừng xử lý) nên không cần thanh toán trực tuyến. Xin ông/bà liên hệ Bộ phận Một cửa nếu cần hỗ trợ.";

/** Whether a dossier that must pay before intake may enter the desk's queue. */
export const releasedForIntake = (status: PaymentStatus): boolean => status === "PAID";
