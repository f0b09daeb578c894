// Số vận đơn: the UPU S10 item identifier the public postal service prints on its labels (e.g. "EB123456785VN"): two
// service letters, an 8-digit serial, a check digit, the country code. The post pre-allocates ranges to a unit; the
// admin enters a range as its first number and a count, and each number's check digit is computed here.
import { z } from "zod";
import { formInt, safeString } from "@/lib/text-input";

export const WAYBILL_RE = /^[A-Z]{2}\d{9}[A-Z]{2}$/;
const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

/** The S10 check digit of an 8-digit serial (UPU S10 §5.2: weights 8 6 4 2 3 5 9 7, modulo 11). */
export function s10CheckDigit(serial: string): number {
  const sum = [...serial].reduce((total, digit, index) => total + Number(digit) * S10_WEIGHTS[index]!, 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

export const isValidWaybill = (value: string): boolean =>
  WAYBILL_RE.test(value) && s10CheckDigit(value.slice(2, 10)) === Number(value[10]);

export const MAX_RANGE = 1000;

export const WAYBILL_MESSAGES = {
  first:
    "Số vận đơn đầu tiên phải có dạng 2 chữ cái, 9 chữ số, 2 chữ cái (ví dụ: EB123456785VN) và đúng chữ số kiểm tra.",
  count: `Số lượng số vận đơn là một số nguyên từ 1 đến ${MAX_RANGE}.`,
  overflow: "Dải số vượt quá 99999999; xin vui lòng giảm số lượng.",
  waybill:
    "Số vận đơn gồm 6 đến 20 chữ cái và chữ số (ví dụ: EB123456785VN). Xin vui lòng kiểm tra lại trên nhãn bưu gửi.",
} as const;

/** A range as the admin enters it: the first number (with its check digit) and how many follow. */
export const waybillRangeShape = {
  first: safeString(WAYBILL_MESSAGES.first)
    .transform((value) => value.replace(/\s+/g, "").toUpperCase())
    .refine(isValidWaybill, { error: WAYBILL_MESSAGES.first }),
  count: formInt(WAYBILL_MESSAGES.count, { min: 1, max: MAX_RANGE }),
};

/** The numbers of a checked range; an issue on `count` when it runs past the last serial. */
export function rangeNumbers(value: { first: string; count: number }, ctx: z.core.$RefinementCtx): string[] {
  const start = Number(value.first.slice(2, 10));
  if (start + value.count - 1 > 99_999_999) {
    ctx.addIssue({ code: "custom", path: ["count"], message: WAYBILL_MESSAGES.overflow });
    return z.NEVER;
  }
  return expandWaybillRange(value.first, value.count);
}

export const waybillRangeSchema = z.object(waybillRangeShape).transform(rangeNumbers);

/** `count` consecutive numbers starting at `first`, each with its own check digit. */
export function expandWaybillRange(first: string, count: number): string[] {
  const service = first.slice(0, 2);
  const country = first.slice(11, 13);
  const start = Number(first.slice(2, 10));
  return Array.from({ length: count }, (_, index) => {
    const serial = String(start + index).padStart(8, "0");
    return `${service}${serial}${s10CheckDigit(serial)}${country}`;
  });
}

/**
 * A waybill typed at the desk from an inbound parcel's label. Lenient on purpose (letters and digits, 6–20): parcels
 * come from any post office and courier, not only S10 labels of the unit's own pool.
 */
export const inboundWaybillSchema = safeString(WAYBILL_MESSAGES.waybill)
  .transform((value) => value.replace(/[\s-]+/g, "").toUpperCase())
  .refine((value) => /^[A-Z0-9]{6,20}$/.test(value), { error: WAYBILL_MESSAGES.waybill });
