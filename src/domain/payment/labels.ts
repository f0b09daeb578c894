// Labels of the payment vocabulary, in every interface language (records keyed by the full unions and by every
// locale, so a missing label is a compile error).
import type { Locale } from "@/lib/locale";
import type { AttemptStatus, PaymentMethod, PaymentStatus } from "./states";

export interface PaymentVocabulary {
  status: Readonly<Record<PaymentStatus, string>>;
  method: Readonly<Record<PaymentMethod, string>>;
  attemptStatus: Readonly<Record<AttemptStatus, string>>;
  fee: string;
  charge: string;
}

export const PAYMENT_LABELS: Readonly<Record<Locale, PaymentVocabulary>> = {
  vi: {
    status: {
      UNPAID: "Chưa thanh toán",
      AWAITING: "Đang chờ xác nhận thanh toán",
      PAID: "Đã thanh toán",
      REFUNDED: "Đã hoàn trả",
      CANCELLED: "Đã hủy",
    },
    method: { ONLINE: "Trực tuyến", CASH: "Tiền mặt", TRANSFER: "Chuyển khoản" },
    attemptStatus: { INITIATED: "Đang chờ kết quả", SUCCESS: "Thành công", FAILED: "Không thành công" },
    fee: "Phí",
    charge: "Lệ phí",
  },
  en: {
    status: {
      UNPAID: "Not paid",
      AWAITING: "Awaiting confirmation",
      PAID: "Paid",
      REFUNDED: "Refunded",
      CANCELLED: "Cancelled",
    },
    method: { ONLINE: "Online", CASH: "Cash", TRANSFER: "Bank transfer" },
    attemptStatus: { INITIATED: "Awaiting the result", SUCCESS: "Succeeded", FAILED: "Failed" },
    fee: "Fee",
    charge: "Charge",
  },
};
