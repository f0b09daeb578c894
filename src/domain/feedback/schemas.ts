// The forms of feedback handling, checked on the server (zod, Vietnamese messages, every error at once). Text is
// plain: screened for control and bidi characters, trimmed, length-limited; HTML is kept as typed and always shown
// as text (React escapes it), never interpreted.
import { z } from "zod";
import { isDossierCode } from "@/domain/dossier";
import { idText, optionalText, requiredText } from "@/lib/text-input";
import { FEEDBACK_CATEGORIES, FEEDBACK_LIMITS as L, FEEDBACK_VERDICTS } from "./types";

export const FEEDBACK_MESSAGES = {
  unit: "Xin vui lòng chọn đơn vị mà ông/bà phản ánh, kiến nghị.",
  category: "Xin vui lòng chọn một loại phản ánh trong danh sách.",
  office: "Xin vui lòng chọn một phòng, ban của đơn vị.",
  dossierCode: "Mã hồ sơ chưa đúng dạng (ví dụ: STY-260105-0001). Có thể để trống nếu không liên quan hồ sơ nào.",
  dossierMissing: "Không tìm thấy hồ sơ có mã này. Xin vui lòng kiểm tra lại mã trên phiếu tiếp nhận, hoặc để trống.",
  verdict: "Xin vui lòng chọn Hài lòng hoặc Không hài lòng.",
  feedback: "Phản ánh không hợp lệ. Xin vui lòng tải lại trang.",
  version: "Phản ánh không hợp lệ. Xin vui lòng tải lại trang.",
  stale: "Phản ánh đã được cập nhật bởi người khác, xin vui lòng tải lại trang.",
} as const;

const subject = requiredText(L.subjectMin, L.subject, {
  required: "Xin vui lòng nhập tiêu đề phản ánh, kiến nghị.",
  min: `Tiêu đề cần ít nhất ${L.subjectMin} ký tự.`,
  max: `Tiêu đề tối đa ${L.subject} ký tự.`,
});

const content = requiredText(
  L.contentMin,
  L.content,
  {
    required: "Xin vui lòng nhập nội dung phản ánh, kiến nghị.",
    min: `Nội dung cần ít nhất ${L.contentMin} ký tự để cơ quan hiểu rõ sự việc.`,
    max: `Nội dung tối đa ${L.content} ký tự.`,
  },
  { multiline: true },
);

export const citizenName = requiredText(2, L.name, {
  required: "Xin vui lòng nhập họ và tên.",
  min: "Họ và tên cần ít nhất 2 ký tự.",
  max: `Họ và tên tối đa ${L.name} ký tự.`,
});

const dossierCode = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().toUpperCase() : value),
  optionalText(40, FEEDBACK_MESSAGES.dossierCode).pipe(
    z.string().refine(isDossierCode, { error: FEEDBACK_MESSAGES.dossierCode }).optional(),
  ),
);

/** The public form (the contact is the verified session's, never a field). */
export const submitFeedbackSchema = z.object({
  unitId: idText(FEEDBACK_MESSAGES.unit),
  citizenName,
  subject,
  content,
  dossierCode,
});
export type SubmitFeedbackInput = z.output<typeof submitFeedbackSchema>;

const feedbackRef = {
  feedbackId: idText(FEEDBACK_MESSAGES.feedback),
  version: z.coerce.number({ error: FEEDBACK_MESSAGES.version }).int({ error: FEEDBACK_MESSAGES.version }).min(1, {
    error: FEEDBACK_MESSAGES.version,
  }),
};

const reason = (what: string) =>
  requiredText(
    10,
    L.reason,
    {
      required: `Xin vui lòng nêu ${what}.`,
      min: `${what[0]!.toUpperCase()}${what.slice(1)} cần ít nhất 10 ký tự.`,
      max: `${what[0]!.toUpperCase()}${what.slice(1)} tối đa ${L.reason} ký tự.`,
    },
    { multiline: true },
  );

/** Each staff action's form, keyed by the action; the discriminator is the button pressed. */
export const feedbackCommandSchema = z.discriminatedUnion(
  "action",
  [
    z.object({
      action: z.literal("classify"),
      ...feedbackRef,
      category: z.enum(FEEDBACK_CATEGORIES, { error: FEEDBACK_MESSAGES.category }),
    }),
    z.object({ action: z.literal("assign_office"), ...feedbackRef, officeId: idText(FEEDBACK_MESSAGES.office) }),
    z.object({ action: z.literal("refuse"), ...feedbackRef, note: reason("lý do từ chối tiếp nhận") }),
    z.object({ action: z.literal("request_info"), ...feedbackRef, note: reason("thông tin cần bổ sung") }),
    z.object({
      action: z.literal("answer"),
      ...feedbackRef,
      note: requiredText(
        L.answerMin,
        L.answer,
        {
          required: "Xin vui lòng nhập nội dung trả lời.",
          min: `Nội dung trả lời cần ít nhất ${L.answerMin} ký tự.`,
          max: `Nội dung trả lời tối đa ${L.answer} ký tự.`,
        },
        { multiline: true },
      ),
    }),
    z.object({ action: z.literal("publish"), ...feedbackRef }),
    z.object({ action: z.literal("close"), ...feedbackRef, note: reason("lý do kết thúc") }),
  ],
  { error: "Thao tác không hợp lệ. Xin vui lòng tải lại trang." },
);
export type FeedbackCommand = z.output<typeof feedbackCommandSchema>;

/** The citizen's information, when asked for it. */
export const supplyInfoSchema = z.object({
  code: idText(FEEDBACK_MESSAGES.feedback, 40),
  info: requiredText(
    10,
    L.content,
    {
      required: "Xin vui lòng nhập thông tin bổ sung.",
      min: "Thông tin bổ sung cần ít nhất 10 ký tự.",
      max: `Thông tin bổ sung tối đa ${L.content} ký tự.`,
    },
    { multiline: true },
  ),
});

/** The citizen's verdict on the published answer. */
export const verdictSchema = z.object({
  code: idText(FEEDBACK_MESSAGES.feedback, 40),
  verdict: z.enum(FEEDBACK_VERDICTS, { error: FEEDBACK_MESSAGES.verdict }),
});
