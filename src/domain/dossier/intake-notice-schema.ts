// Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02) and phiếu từ chối tiếp nhận (mẫu 03) issued at the desk without
// receiving a dossier (Nghị định 61/2018 Art. 19, Nghị định 118/2025; Thông tư 01/2018/TT-VPCP). Pure: the desk's
// form validates with it before sending, the action and the service validate again. Messages are Vietnamese and go
// straight under the inputs.
import { z } from "zod";
import { normalizeVietnamesePhone } from "./intake-schema";
import { boundedText, optionalText, requiredText, safeString } from "@/lib/text-input";

export const INTAKE_NOTICE_KINDS = ["SUPPLEMENT_REQUEST", "REFUSAL"] as const;
export type IntakeNoticeKind = (typeof INTAKE_NOTICE_KINDS)[number];

/** The form number printed in the notice number: <unit>-02-<yymmdd>-<seq> / <unit>-03-… */
export const NOTICE_FORM_NUMBER: Readonly<Record<IntakeNoticeKind, "02" | "03">> = {
  SUPPLEMENT_REQUEST: "02",
  REFUSAL: "03",
};

export const MAX_MISSING_DOCUMENTS = 30;
const MISSING_LINE_MAX = 300;
const REASON_MAX = 2000;
const REFUSAL_REASON_MIN = 10;

export const NOTICE_MESSAGES = {
  kind: "Xin vui lòng chọn loại phiếu: yêu cầu bổ sung (mẫu 02) hoặc từ chối tiếp nhận (mẫu 03).",
  procedure: "Xin vui lòng chọn thủ tục hành chính.",
  missingRequired: "Xin vui lòng ghi ít nhất một giấy tờ cần bổ sung, hoàn thiện (mỗi giấy tờ một dòng).",
  missingTooMany: `Phiếu ghi được tối đa ${MAX_MISSING_DOCUMENTS} giấy tờ cần bổ sung.`,
  missingTooLong: `Mỗi giấy tờ cần bổ sung ghi tối đa ${MISSING_LINE_MAX} ký tự.`,
  guidanceRequired: "Xin vui lòng ghi nội dung hướng dẫn để công dân bổ sung, hoàn thiện hồ sơ.",
  refusalRequired: "Xin vui lòng nêu rõ lý do từ chối tiếp nhận hồ sơ.",
  refusalTooShort: `Lý do từ chối cần cụ thể, có ít nhất ${REFUSAL_REASON_MIN} ký tự.`,
  reasonTooLong: `Nội dung không được dài quá ${REASON_MAX} ký tự.`,
  phone: "Số điện thoại chưa đúng. Xin vui lòng nhập số di động 10 chữ số (ví dụ: 0912345678) hoặc để trống.",
} as const;

/** A textarea (one document per line) or a list; blank lines dropped, each line trimmed. */
const missingDocumentsSchema = z.preprocess(
  (value) => {
    if (value === undefined || value === null) return [];
    const lines = typeof value === "string" ? value.split(/\r?\n/) : value;
    return Array.isArray(lines)
      ? lines
          .map((line) => (typeof line === "string" ? line.replace(/^\s*[-•*]\s*/, "").trim() : line))
          .filter((line) => line !== "")
      : lines;
  },
  z
    .array(boundedText(MISSING_LINE_MAX, NOTICE_MESSAGES.missingTooLong, { multiline: true }), {
      error: NOTICE_MESSAGES.missingRequired,
    })
    .max(MAX_MISSING_DOCUMENTS, { error: NOTICE_MESSAGES.missingTooMany }),
);

const optionalPhone = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  safeString(NOTICE_MESSAGES.phone)
    .transform((value, ctx) => {
      const phone = normalizeVietnamesePhone(value);
      if (phone === null) {
        ctx.addIssue({ code: "custom", message: NOTICE_MESSAGES.phone });
        return z.NEVER;
      }
      return phone;
    })
    .optional(),
);

const DEPENDENT_FIELDS = new Set(["kind", "missingDocuments", "reason"]);

export const intakeNoticeSchema = z
  .object({
    kind: z.enum(INTAKE_NOTICE_KINDS, { error: NOTICE_MESSAGES.kind }),
    procedureId: z.cuid({ error: NOTICE_MESSAGES.procedure }),
    applicantName: requiredText(2, 200, {
      required: "Xin vui lòng nhập họ và tên (hoặc tên tổ chức) của người nộp hồ sơ.",
      min: "Họ và tên cần có ít nhất 2 ký tự.",
      max: "Họ và tên không được dài quá 200 ký tự.",
    }).transform((value) => value.replace(/\s+/g, " ")),
    applicantPhone: optionalPhone,
    applicantAddress: optionalText(300, "Địa chỉ không được dài quá 300 ký tự."),
    /** Form 02: what to add or complete. Ignored (stored empty) on a refusal. */
    missingDocuments: missingDocumentsSchema,
    /** Form 02: guidance to the applicant; form 03: the reasons for refusal. */
    reason: boundedText(REASON_MAX, NOTICE_MESSAGES.reasonTooLong, { multiline: true }),
  })
  .superRefine(
    (value, ctx) => {
      if (value.kind === "SUPPLEMENT_REQUEST") {
        if (value.missingDocuments.length === 0)
          ctx.addIssue({ code: "custom", path: ["missingDocuments"], message: NOTICE_MESSAGES.missingRequired });
        if (value.reason === "")
          ctx.addIssue({ code: "custom", path: ["reason"], message: NOTICE_MESSAGES.guidanceRequired });
      } else if (value.reason === "") {
        ctx.addIssue({ code: "custom", path: ["reason"], message: NOTICE_MESSAGES.refusalRequired });
      } else if (value.reason.length < REFUSAL_REASON_MIN) {
        ctx.addIssue({ code: "custom", path: ["reason"], message: NOTICE_MESSAGES.refusalTooShort });
      }
    },
    {
      // Run even when other fields failed, so the form shows every error at once; skip only when a field it reads failed.
      when: (payload) =>
        typeof payload.value === "object" &&
        payload.value !== null &&
        !payload.issues.some((issue) => !issue.path?.length || DEPENDENT_FIELDS.has(String(issue.path[0]))),
    },
  )
  .transform((value) => (value.kind === "REFUSAL" ? { ...value, missingDocuments: [] } : value));

/** A validated notice, ready to store. */
export type IntakeNoticeInput = z.output<typeof intakeNoticeSchema>;
/** What a form may send. */
export type IntakeNoticeFormInput = z.input<typeof intakeNoticeSchema>;
