// The PAR Index evaluation's form schemas: what each form posts, refused with a Vietnamese message under the field
// (defineAction). Scores and numbers accept a comma or a dot as the decimal mark, as people type them.
import { z } from "zod";
import { checkbox } from "@/domain/dossier/schema-helpers";
import { PAR_DECLARED } from "@/domain/par-index";
import { parseVietnameseDate, type LocalDate } from "@/lib/dates";
import { blankToUndefined, formInt, idText, optionalText, requiredText } from "@/lib/text-input";

const DECIMAL_RE = /^\d{1,10}(?:[.,]\d{1,4})?$/;

/** A decimal typed in a form ("2,5" or "2.5"), at most `places` decimals; blank → null. */
export function optionalDecimal(message: string, places = 2) {
  return z.preprocess(
    blankToUndefined,
    z
      .union([z.string(), z.number()], { error: message })
      .transform((value, ctx) => {
        const text = typeof value === "number" ? String(value) : value.trim();
        const decimals = text.split(/[.,]/)[1]?.length ?? 0;
        if (!DECIMAL_RE.test(text) || decimals > places) {
          ctx.addIssue({ code: "custom", message });
          return z.NEVER;
        }
        return Number(text.replace(",", "."));
      })
      .optional()
      .transform((value) => value ?? null),
  );
}

/** A dd/MM/yyyy date, required. */
function requiredDate(message: string) {
  return z.string({ error: message }).transform((value, ctx): LocalDate => {
    const parsed = parseVietnameseDate(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return parsed.date;
  });
}

const id = idText("Mã không hợp lệ. Xin vui lòng tải lại trang.");
const unitStep = {
  unitEvaluationId: id,
  expectedVersion: formInt("Phiên bản không hợp lệ. Xin vui lòng tải lại trang.", { min: 1 }),
};

export const openEvaluationInput = z.object({
  setId: idText("Xin vui lòng chọn bộ tiêu chí."),
  "targetIds[]": z.array(id, { error: "Xin vui lòng chọn ít nhất một đơn vị." }).min(1, {
    error: "Xin vui lòng chọn ít nhất một đơn vị được đánh giá.",
  }),
  periodFrom: requiredDate("Ngày bắt đầu kỳ đánh giá không hợp lệ; xin vui lòng nhập theo dạng dd/mm/yyyy."),
  periodTo: requiredDate("Ngày kết thúc kỳ đánh giá không hợp lệ; xin vui lòng nhập theo dạng dd/mm/yyyy."),
  submitDeadline: requiredDate("Hạn nộp tự đánh giá không hợp lệ; xin vui lòng nhập theo dạng dd/mm/yyyy."),
});

export const unitStepInput = z.object(unitStep);

/** Submitting asks the leader to confirm the declarations were checked. */
export const submitInput = z.object({
  ...unitStep,
  confirm: checkbox().refine((value) => value, {
    error: "Xin vui lòng đánh dấu xác nhận đã kiểm tra trước khi nộp.",
  }),
});

export const delegateInput = z.object({
  ...unitStep,
  delegateId: z.preprocess(blankToUndefined, id.optional()).transform((value) => value ?? null),
});

export const declareInput = z.object({
  ...unitStep,
  criterionId: id,
  declared: z
    .preprocess(blankToUndefined, z.enum(PAR_DECLARED, { error: "Giá trị kê khai không hợp lệ." }).optional())
    .transform((value) => value ?? null),
  numberValue: optionalDecimal("Số liệu không hợp lệ: xin vui lòng nhập một số không âm, ví dụ 12 hoặc 98,5.", 4),
  evidenceText: optionalText(4000, "Phần giải trình, tài liệu kiểm chứng không hợp lệ (tối đa 4.000 ký tự).", {
    multiline: true,
  }).transform((value) => value ?? null),
  selfScore: optionalDecimal("Điểm tự chấm không hợp lệ: xin vui lòng nhập số điểm, ví dụ 1 hoặc 0,5."),
});

export const evidenceInput = z.object({ ...unitStep, criterionId: id });
export const removeEvidenceInput = z.object({ ...unitStep, fileId: id });

export const appraiseInput = z.object({
  ...unitStep,
  criterionId: id,
  appraisedScore: optionalDecimal("Điểm thẩm định không hợp lệ: xin vui lòng nhập số điểm, ví dụ 1 hoặc 0,5."),
  note: optionalText(2000, "Lý do không hợp lệ (tối đa 2.000 ký tự).", { multiline: true }).transform(
    (value) => value ?? null,
  ),
});

export const returnInput = z.object({
  ...unitStep,
  criterionId: id,
  note: requiredText(
    3,
    2000,
    {
      required: "Xin vui lòng ghi nội dung cần giải trình.",
      min: "Nội dung cần giải trình quá ngắn.",
      max: "Nội dung không hợp lệ (tối đa 2.000 ký tự).",
    },
    { multiline: true },
  ),
});

export const allowLateInput = z.object({
  ...unitStep,
  until: requiredDate("Ngày được nộp muộn không hợp lệ; xin vui lòng nhập theo dạng dd/mm/yyyy."),
});

export const finaliseInput = z.object({
  ...unitStep,
  acceptRest: checkbox(),
});

export const reopenInput = z.object({
  ...unitStep,
  reason: requiredText(
    5,
    2000,
    {
      required: "Xin vui lòng ghi lý do mở lại kết quả đã chốt.",
      min: "Lý do quá ngắn; xin vui lòng ghi rõ lý do.",
      max: "Lý do không hợp lệ (tối đa 2.000 ký tự).",
    },
    { multiline: true },
  ),
});

export const publishInput = z.object({ evaluationId: id });
