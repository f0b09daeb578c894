// Registering a dossier at the desk (tiếp nhận hồ sơ, Nghị định 61/2018 Art. 19–20; Nghị định 118/2025).
// Field messages are Vietnamese and go straight under the inputs; values may come from a form (strings, "on").
import { z } from "zod";
import { formInt, optionalText, requiredText, safeString } from "@/lib/text-input";
import { checkbox, fieldErrors, fieldFailed } from "./schema-helpers";
import { APPLICANT_KINDS, CHANNELS } from "./types";

export { fieldErrors, FORM_ERROR_KEY } from "./schema-helpers";

/**
 * Mã tỉnh, thành phố on the CCCD (first 3 digits: where the birth was registered), from the Ministry of Public
 * Security's list (Thông tư 07/2016/TT-BCA, later 59/2021/TT-BCA): the 63 pre-2025 provinces, 001–096 with gaps.
 * Cards already issued keep these codes after the 2025 merger of provinces.
 */
export const CCCD_PROVINCE_CODES: ReadonlySet<string> = new Set([
  "001",
  "002",
  "004",
  "006",
  "008",
  "010",
  "011",
  "012",
  "014",
  "015",
  "017",
  "019",
  "020",
  "022",
  "024",
  "025",
  "026",
  "027",
  "030",
  "031",
  "033",
  "034",
  "035",
  "036",
  "037",
  "038",
  "040",
  "042",
  "044",
  "045",
  "046",
  "048",
  "049",
  "051",
  "052",
  "054",
  "056",
  "058",
  "060",
  "062",
  "064",
  "066",
  "067",
  "068",
  "070",
  "072",
  "074",
  "075",
  "077",
  "079",
  "080",
  "082",
  "083",
  "084",
  "086",
  "087",
  "089",
  "091",
  "092",
  "093",
  "094",
  "095",
  "096",
]);

export const ID_NUMBER_MESSAGES = {
  required: "Xin vui lòng nhập số CCCD (công dân) hoặc mã số thuế (tổ chức).",
  cccdShape: "Số CCCD phải gồm đúng 12 chữ số.",
  cccdProvince:
    "Số CCCD chưa đúng: 3 chữ số đầu phải là mã tỉnh, thành phố hợp lệ (001–096). Xin vui lòng kiểm tra lại.",
  taxCode: "Mã số thuế phải gồm 10 chữ số, hoặc 10 chữ số kèm mã đơn vị phụ thuộc (ví dụ: 0101234567-001).",
} as const;

/** Căn cước công dân: 12 digits, the first three a province code. */
export function isValidCccd(value: string): boolean {
  return /^\d{12}$/.test(value) && CCCD_PROVINCE_CODES.has(value.slice(0, 3));
}

/** Mã số thuế of an organisation: 10 digits, or 13 with a dependent unit's suffix "-xxx". */
export function isValidTaxCode(value: string): boolean {
  return /^\d{10}(-\d{3})?$/.test(value);
}

/**
 * A Vietnamese phone number as the desk types it, normalised to the domestic form "0xxxxxxxxx", or null.
 * Accepts spaces, dots, dashes and brackets, and the international forms +84 / 0084 / 84 (with or without the
 * trunk 0). Mobiles are 10 digits (03, 05, 07, 08, 09 since the 2018 renumbering); fixed lines are 11 digits (02…).
 */
export function normalizeVietnamesePhone(input: string): string | null {
  let digits = input.trim().replace(/[\s.\-()]/g, "");
  if (digits.startsWith("+84")) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith("0084")) digits = `0${digits.slice(4)}`;
  else if (/^84\d{9,10}$/.test(digits)) digits = `0${digits.slice(2)}`;
  digits = digits.replace(/^00/, "0"); // "+84 0912…" keeps its trunk 0
  if (/^0[35789]\d{8}$/.test(digits) || /^02\d{9}$/.test(digits)) return digits;
  return null;
}

/** A person's name: Latin letters with Vietnamese marks, spaces and . ' - */
export const PERSON_NAME_RE = /^[\p{Script=Latin}\p{M} .'-]+$/u;
/** What a person's name that breaks PERSON_NAME_RE is told (the applicant at intake, the collector of a result). */
export const PERSON_NAME_MESSAGE = "Họ và tên chỉ gồm chữ cái (có dấu tiếng Việt), khoảng trắng và các dấu . ' -";
/** Organisation names also carry digits and punctuation ("Công ty Cổ phần Xây dựng số 1 (Hà Nội)"). */
const ORGANISATION_NAME_RE = /^[\p{Script=Latin}\p{M}\d .,'&()/+-]+$/u;

const applicantNameSchema = requiredText(2, 200, {
  required: "Xin vui lòng nhập họ và tên người nộp hồ sơ.",
  min: "Họ và tên cần có ít nhất 2 ký tự.",
  max: "Họ và tên không được dài quá 200 ký tự.",
})
  // Collapse runs of spaces and unify the typographic apostrophe, so the same name is stored one way.
  .transform((v) => v.replace(/\s+/g, " ").replace(/[’‘]/g, "'"));

const documentSchema = z.object({
  /** Thứ tự giấy tờ in the procedure version's list. */
  position: formInt("Số thứ tự giấy tờ không hợp lệ.", { min: 1, max: 999 }),
  received: checkbox("Xin vui lòng đánh dấu giấy tờ đã nhận hoặc chưa nhận."),
  count: formInt("Số bản phải là một số nguyên từ 1 đến 20.", { min: 1, max: 20 }),
});

/**
 * The ID number and the name rule depend on who applies: a person (CCCD) or an organisation (tax code). Each field
 * is checked on its own, so an empty name does not hide a 5-digit CCCD (and the other way round); a field whose own
 * rule already failed ("required", "too short") is not given a second message.
 */
export function checkApplicantIdentity(
  value: { applicantKind: string; applicantIdNumber: string; applicantName: string },
  ctx: z.core.$RefinementCtx,
): void {
  const id = value.applicantIdNumber;
  const checkId = typeof id === "string" && !fieldFailed(ctx, "applicantIdNumber");
  const name = value.applicantName;
  const checkName = typeof name === "string" && !fieldFailed(ctx, "applicantName");
  if (value.applicantKind === "CITIZEN") {
    if (checkId && !/^\d{12}$/.test(id)) {
      ctx.addIssue({ code: "custom", path: ["applicantIdNumber"], message: ID_NUMBER_MESSAGES.cccdShape });
    } else if (checkId && !isValidCccd(id)) {
      ctx.addIssue({ code: "custom", path: ["applicantIdNumber"], message: ID_NUMBER_MESSAGES.cccdProvince });
    }
    if (checkName && !PERSON_NAME_RE.test(name)) {
      ctx.addIssue({
        code: "custom",
        path: ["applicantName"],
        message: PERSON_NAME_MESSAGE,
      });
    }
  } else {
    if (checkId && !isValidTaxCode(id)) {
      ctx.addIssue({ code: "custom", path: ["applicantIdNumber"], message: ID_NUMBER_MESSAGES.taxCode });
    }
    if (checkName && !ORGANISATION_NAME_RE.test(name)) {
      ctx.addIssue({
        code: "custom",
        path: ["applicantName"],
        message: "Tên tổ chức chỉ gồm chữ cái, chữ số, khoảng trắng và các dấu . , ' - & ( ) / +",
      });
    }
  }
}

/**
 * Who applies, as the desk checks it: the same fields and rules for an online submission
 * (src/domain/online-submission), so a citizen is never held to other rules than at the desk.
 */
export const applicantFields = {
  applicantKind: z.enum(APPLICANT_KINDS, { error: "Xin vui lòng chọn người nộp là công dân hay tổ chức." }),
  applicantName: applicantNameSchema,
  applicantIdNumber: safeString(ID_NUMBER_MESSAGES.required)
    .transform((v) => v.replace(/\s+/g, ""))
    .pipe(z.string().min(1, { error: ID_NUMBER_MESSAGES.required })),
  applicantPhone: safeString("Xin vui lòng nhập số điện thoại.").transform((value, ctx) => {
    if (value.trim() === "") {
      ctx.addIssue({ code: "custom", message: "Xin vui lòng nhập số điện thoại." });
      return z.NEVER;
    }
    const phone = normalizeVietnamesePhone(value);
    if (phone === null) {
      ctx.addIssue({
        code: "custom",
        message: "Số điện thoại chưa đúng. Xin vui lòng nhập số di động 10 chữ số (ví dụ: 0912345678) hoặc dạng +84.",
      });
      return z.NEVER;
    }
    return phone;
  }),
  applicantEmail: z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim().toLowerCase()) : v),
    z
      .email({ error: "Địa chỉ thư điện tử chưa đúng (ví dụ: ten@example.com)." })
      .max(254, { error: "Địa chỉ thư điện tử quá dài." })
      .optional(),
  ),
  applicantAddress: requiredText(5, 300, {
    required: "Xin vui lòng nhập địa chỉ.",
    min: "Địa chỉ cần có ít nhất 5 ký tự.",
    max: "Địa chỉ không được dài quá 300 ký tự.",
  }),
};

/**
 * Run the identity check even when other fields failed (the form shows every error at once); skip it only when the
 * input is not an object or the applicant kind, which chooses the rules, is itself missing. The check then skips
 * each field whose own rule failed.
 */
export const applicantIdentityCheckWhen = (payload: { value: unknown; issues: readonly { path?: PropertyKey[] }[] }) =>
  typeof payload.value === "object" &&
  payload.value !== null &&
  !payload.issues.some((issue) => !issue.path?.length || issue.path[0] === "applicantKind");

export const intakeSchema = z
  .object({
    procedureId: z.cuid({ error: "Xin vui lòng chọn thủ tục hành chính." }),
    channel: z.enum(CHANNELS, { error: "Xin vui lòng chọn kênh tiếp nhận hồ sơ." }),
    ...applicantFields,
    documents: z
      .array(documentSchema, { error: "Danh sách giấy tờ không hợp lệ." })
      .min(1, { error: "Xin vui lòng đánh dấu các giấy tờ trong thành phần hồ sơ." })
      .refine((docs) => new Set(docs.map((d) => d.position)).size === docs.length, {
        error: "Mỗi giấy tờ chỉ được ghi một lần.",
      }),
    // Paid online and digitised are not asked: they follow from the payment request and the files (issue 9).
    /** Applicant asked to receive the result by post. */
    postalReturn: checkbox(),
    /** Data taken from the citizen's data store instead of asked again. */
    dataReused: checkbox(),
    note: optionalText(1000, "Ghi chú không được dài quá 1000 ký tự.", { multiline: true }),
  })
  .superRefine(checkApplicantIdentity, {
    // Run even when other fields failed, so the form shows every error at once (see applicantIdentityCheckWhen).
    when: applicantIdentityCheckWhen,
  });

/** A document of the chosen procedure version's list, as far as the desk's completeness check needs it. */
export interface ChecklistRequirement {
  position: number;
  name: string;
  optional: boolean;
}

/** The message of a dossier received without every required document (the desk issues form 02 instead). */
export function missingDocumentsMessage(names: readonly string[]): string {
  return `Còn giấy tờ bắt buộc chưa được đánh dấu đã nhận: ${names.join("; ")}. Nếu người nộp chưa có đủ, xin vui lòng lập phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02).`;
}

/**
 * Required documents not ticked as received (Nghị định 61/2018 Art. 19: only a complete dossier is received).
 * Reads the rows as they come (typed or from a form), so it can run in the same round as every other check.
 */
export function missingRequiredDocuments(
  checklist: readonly ChecklistRequirement[],
  documents: readonly unknown[],
): ChecklistRequirement[] {
  const received = new Set<number>();
  for (const row of documents) {
    if (typeof row !== "object" || row === null) continue;
    const { position, received: tick } = row as { position?: unknown; received?: unknown };
    if (tick === true || tick === "on" || tick === "true") received.add(Number(position));
  }
  return checklist.filter((document) => !document.optional && !received.has(document.position));
}

/**
 * The completeness check as a refinement on the "documents" field, for a schema that knows the procedure's list
 * (the desk's form in the browser): `schema.superRefine(...requiredDocumentsCheck(list))`. It runs even when other
 * fields failed, so "name empty, CCCD too short, a document not ticked" come back together.
 */
export function requiredDocumentsCheck(checklist: readonly ChecklistRequirement[]) {
  const check = (value: { documents?: unknown }, ctx: z.core.$RefinementCtx) => {
    // A row's bad count does not hide a missing document; a list refused as a whole (empty, repeated) does.
    const listFailed = ctx.issues.some((issue) => issue.path?.length === 1 && issue.path[0] === "documents");
    if (!Array.isArray(value.documents) || listFailed) return;
    const missing = missingRequiredDocuments(checklist, value.documents);
    if (missing.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["documents"],
        message: missingDocumentsMessage(missing.map((document) => document.name)),
      });
    }
  };
  const when = (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null;
  return [check, { when }] as const;
}

/** The intake schema of one procedure: every rule of intakeSchema plus its required documents, in one parse. */
export function intakeSchemaFor(checklist: readonly ChecklistRequirement[]) {
  return intakeSchema.superRefine(...requiredDocumentsCheck(checklist));
}

/** A validated intake, ready to store. */
export type IntakeInput = z.output<typeof intakeSchema>;
/** What a form may send. */
export type IntakeFormInput = z.input<typeof intakeSchema>;

/**
 * Parse an intake; on failure, every field error at once, keyed by field path. Given the procedure's list of
 * documents, the required ones not ticked are reported in the same round.
 */
export function parseIntake(
  input: unknown,
  checklist?: readonly ChecklistRequirement[],
): { ok: true; data: IntakeInput } | { ok: false; errors: Record<string, string[]> } {
  const result = (checklist ? intakeSchemaFor(checklist) : intakeSchema).safeParse(input);
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: fieldErrors(result.error) };
}
