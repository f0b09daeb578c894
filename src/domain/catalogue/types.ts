// The online service of a procedure version (docs/domain.md, "Online service of a procedure"): its class under
// Nghị định 42/2022 with the old level of Nghị định 43/2011, the fees and when they are paid, the postal options.

/** Dịch vụ công trực tuyến: toàn trình (≈ mức độ 4), một phần (≈ mức độ 3), không. */
export const ONLINE_CLASSES = ["FULL", "PARTIAL", "NONE"] as const;
export type OnlineClass = (typeof ONLINE_CLASSES)[number];

/** Thời điểm nộp phí, lệ phí. */
export const FEE_TIMINGS = ["BEFORE_INTAKE", "AFTER_RESULT", "EXEMPT"] as const;
export type FeeTiming = (typeof FEE_TIMINGS)[number];

/** The old level (mức độ) a class corresponds to: FULL 4, PARTIAL 3, NONE 2 (information only). */
export const OLD_LEVEL: Readonly<Record<OnlineClass, 2 | 3 | 4>> = { FULL: 4, PARTIAL: 3, NONE: 2 };

export interface OnlineServiceTerms {
  onlineClass: OnlineClass;
  fullOnlineEligible: boolean;
  /** Phí, VND. */
  feeAmount: number;
  /** Lệ phí, VND. */
  chargeAmount: number;
  feeTiming: FeeTiming;
  postalIntakeAllowed: boolean;
  postalReturnAllowed: boolean;
}
