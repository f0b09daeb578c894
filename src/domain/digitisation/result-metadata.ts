// The metadata of an electronic result (TT 01/2023/TT-VPCP; ONLINE-SERVICES.md "Per result"): số và ký hiệu, người
// ký, ngày ký (dd/MM/yyyy), cơ quan ban hành, loại giấy tờ. Pure: the form validates with it, the service again.
import { z } from "zod";
import { parseVietnameseDate, type LocalDate } from "@/lib/dates";
import { optionalText, requiredText, safeString } from "@/lib/text-input";

export const RESULT_MESSAGES = {
  number: "Xin vui lòng nhập số, ký hiệu của giấy tờ kết quả, ví dụ 125/GKS-UBND.",
  numberFormat: "Số, ký hiệu chỉ gồm chữ, chữ số và các dấu / - . ( ), ví dụ 125/GKS-UBND.",
  numberTooLong: "Số, ký hiệu tối đa 60 ký tự.",
  signerName: "Xin vui lòng nhập họ tên người ký.",
  signerNameShort: "Họ tên người ký cần có ít nhất 2 ký tự.",
  signerNameTooLong: "Họ tên người ký tối đa 120 ký tự.",
  signerTitle: "Chức vụ người ký tối đa 120 ký tự.",
  signedOn: "Ngày ký chưa đúng; xin vui lòng nhập theo dạng dd/mm/yyyy, ví dụ 23/04/2026.",
  signedOnFuture: "Ngày ký không được sau ngày hôm nay.",
  issuingAgency: "Xin vui lòng nhập cơ quan ban hành.",
  issuingAgencyShort: "Tên cơ quan ban hành cần có ít nhất 3 ký tự.",
  issuingAgencyTooLong: "Tên cơ quan ban hành tối đa 200 ký tự.",
  kind: "Xin vui lòng nhập loại giấy tờ kết quả, ví dụ Giấy khai sinh.",
  kindShort: "Loại giấy tờ cần có ít nhất 3 ký tự.",
  kindTooLong: "Loại giấy tờ tối đa 200 ký tự.",
  content: "Nội dung tối đa 2000 ký tự.",
} as const;

// Letters of any script (Vietnamese "QĐ"), digits, and the punctuation of official numbers.
const NUMBER_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}/.\-() ]*$/u;

export const resultNumberSchema = safeString(RESULT_MESSAGES.number).pipe(
  z
    .string()
    .min(1, { error: RESULT_MESSAGES.number })
    .max(60, { error: RESULT_MESSAGES.numberTooLong })
    .refine((value) => value.length === 0 || NUMBER_PATTERN.test(value), { error: RESULT_MESSAGES.numberFormat }),
);

/** A dd/MM/yyyy date typed by a person, as a LocalDate (yyyy-MM-dd). */
export const signedOnSchema = safeString(RESULT_MESSAGES.signedOn).transform((value, ctx): LocalDate => {
  const parsed = parseVietnameseDate(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: RESULT_MESSAGES.signedOn });
    return z.NEVER;
  }
  return parsed.date;
});

export const resultMetadataSchema = z.object({
  number: resultNumberSchema,
  signerName: requiredText(2, 120, {
    required: RESULT_MESSAGES.signerName,
    min: RESULT_MESSAGES.signerNameShort,
    max: RESULT_MESSAGES.signerNameTooLong,
  }),
  signerTitle: optionalText(120, RESULT_MESSAGES.signerTitle),
  signedOn: signedOnSchema,
  issuingAgency: requiredText(3, 200, {
    required: RESULT_MESSAGES.issuingAgency,
    min: RESULT_MESSAGES.issuingAgencyShort,
    max: RESULT_MESSAGES.issuingAgencyTooLong,
  }),
  kind: requiredText(3, 200, {
    required: RESULT_MESSAGES.kind,
    min: RESULT_MESSAGES.kindShort,
    max: RESULT_MESSAGES.kindTooLong,
  }),
});

export type ResultMetadata = z.output<typeof resultMetadataSchema>;

/** A generated result also carries its body text (the decision's content), written by the officer. */
export const generatedResultSchema = resultMetadataSchema.extend({
  content: optionalText(2000, RESULT_MESSAGES.content, { multiline: true }),
});

export type GeneratedResultInput = z.output<typeof generatedResultSchema>;

/** A signing date may not lie in the future (Vietnam's calendar day of `today`). */
export const signedOnNotFuture = (signedOn: LocalDate, today: LocalDate): boolean => signedOn <= today;
