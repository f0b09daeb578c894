// A procedure and one of its versions as the administrator edits, imports and exports them (docs/catalogue.md). The
// same schemas check the admin forms, the JSON import and each row of the spreadsheet import. Dates are civil dates
// "yyyy-MM-dd" (Vietnam). Messages are Vietnamese: they are shown beside the field or the spreadsheet row.
import { z } from "zod";
import { PROCESS_STEPS, type ProcessStep } from "@/domain/dossier/step-budget";
import { isLocalDate } from "@/lib/dates";
import { onlineServiceProblems } from "./online-service";
import { FEE_TIMINGS, ONLINE_CLASSES, type OnlineClass } from "./types";

export const DURATION_UNITS = ["WORKING_DAYS", "WORKING_HOURS", "SAME_DAY"] as const;
export const DOCUMENT_FORMS = ["ORIGINAL", "COPY", "CERTIFIED_COPY"] as const;
export const PROCEDURE_LEVELS = ["PROVINCE", "DISTRICT", "COMMUNE"] as const;
export type DurationUnitCode = (typeof DURATION_UNITS)[number];
export type DocumentFormCode = (typeof DOCUMENT_FORMS)[number];
export type ProcedureLevel = (typeof PROCEDURE_LEVELS)[number];

/** National procedure code (mã TTHC): "1.001612", "2.000986", or the long form "1.004227.000.00.00.H12". */
export const PROCEDURE_CODE = /^\d{1,2}\.[0-9A-Z]{6}(\.[0-9A-Z]{1,6}){0,4}$/;
/** Office and unit codes: upper-case letters, digits, "_" and "-". */
const CODE = /^[A-Z0-9][A-Z0-9_-]{0,39}$/;

const text = (max: number, label: string) =>
  z
    .string({ error: `Xin vui lòng nhập ${label}.` })
    .trim()
    .min(1, `Xin vui lòng nhập ${label}.`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} dài quá ${max} ký tự.`)
    .refine((value) => !/[\n\t]/.test(value), `${label[0]!.toUpperCase()}${label.slice(1)} phải nằm trên một dòng.`);
const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} dài quá ${max} ký tự.`)
    .nullish()
    .transform((value) => (value ? value : null));
const localDate = (label: string) =>
  z
    .string({ error: `Xin vui lòng nhập ${label}.` })
    .refine(isLocalDate, `${label[0]!.toUpperCase()}${label.slice(1)} không phải một ngày hợp lệ.`);
const count = (label: string, min = 0) =>
  z
    .number({ error: `${label} phải là số nguyên.` })
    .int(`${label} phải là số nguyên.`)
    .min(min, `${label} không được nhỏ hơn ${min}.`)
    .max(2_000_000_000, `${label} quá lớn.`);
const code = (label: string) =>
  z
    .string({ error: `Xin vui lòng nhập ${label}.` })
    .trim()
    .toUpperCase()
    .regex(CODE, `${label[0]!.toUpperCase()}${label.slice(1)} chỉ gồm chữ in hoa không dấu, chữ số, "_" hoặc "-".`);

export const procedureDocumentSchema = z.object({
  name: text(500, "tên giấy tờ"),
  form: z.enum(DOCUMENT_FORMS, { error: "Hình thức giấy tờ không hợp lệ." }),
  count: count("Số lượng", 1).max(99, "Số lượng không quá 99."),
  optional: z.boolean(),
  uploadable: z.boolean(),
});
export type ProcedureDocumentInput = z.output<typeof procedureDocumentSchema>;

export const unitOfficeSchema = z.object({ unitCode: code("mã đơn vị"), officeCode: code("mã phòng xử lý") });
export type UnitOfficeInput = z.output<typeof unitOfficeSchema>;

/** The old level (mức độ, Nghị định 43/2011) each class goes with: FULL 4, PARTIAL 3, NONE 1–2. */
export function levelFitsClass(level: number, onlineClass: OnlineClass): boolean {
  return onlineClass === "FULL" ? level === 4 : onlineClass === "PARTIAL" ? level === 3 : level <= 2;
}

const share = z
  .number({ error: "Tỷ lệ thời gian của mỗi bước là số nguyên từ 0 đến 100." })
  .int("Tỷ lệ thời gian của mỗi bước là số nguyên từ 0 đến 100.")
  .min(0, "Tỷ lệ thời gian của mỗi bước là số nguyên từ 0 đến 100.")
  .max(100, "Tỷ lệ thời gian của mỗi bước là số nguyên từ 0 đến 100.");

/**
 * Per-step time budget of form 05 (src/domain/dossier/step-budget.ts): whole percentages of the processing time for
 * each step, summing to 100; absent or null = the default split (optional, so older files and callers stay valid).
 */
export const stepSharesSchema = z
  .object(Object.fromEntries(PROCESS_STEPS.map((step) => [step, share])) as Record<ProcessStep, typeof share>)
  .nullish();

/** The rules of one version, without its effective date and announcement (what a diff compares). */
export const versionTermsObject = z.object({
  durationValue: count("Thời hạn giải quyết").max(365, "Thời hạn giải quyết không quá 365."),
  durationUnit: z.enum(DURATION_UNITS, { error: "Đơn vị thời hạn không hợp lệ." }),
  feeAmount: count("Phí"),
  chargeAmount: count("Lệ phí"),
  feeTiming: z.enum(FEE_TIMINGS, { error: "Thời điểm nộp phí không hợp lệ." }),
  feeNote: optionalText(500, "ghi chú phí, lệ phí"),
  handlingOfficeCode: code("mã phòng xử lý"),
  onlineLevel: z
    .number({ error: "Mức độ phải là số từ 1 đến 4." })
    .int("Mức độ phải là số từ 1 đến 4.")
    .min(1, "Mức độ phải là số từ 1 đến 4.")
    .max(4, "Mức độ phải là số từ 1 đến 4."),
  onlineClass: z.enum(ONLINE_CLASSES, { error: "Loại dịch vụ công trực tuyến không hợp lệ." }),
  fullOnlineEligible: z.boolean(),
  postalIntakeAllowed: z.boolean(),
  postalReturnAllowed: z.boolean(),
  leadershipApproval: z.boolean(),
  stepShares: stepSharesSchema,
  documents: z
    .array(procedureDocumentSchema)
    .min(1, "Thủ tục cần ít nhất một thành phần hồ sơ.")
    .max(60, "Không quá 60 thành phần hồ sơ."),
  unitOffices: z.array(unitOfficeSchema).max(500),
});

/** Where the terms contradict themselves: [field, message] pairs (the consistency rules of a version). */
export function versionTermsProblems(terms: z.output<typeof versionTermsObject>): [string, string][] {
  const problems: [string, string][] = [];
  for (const problem of onlineServiceProblems(terms)) {
    if (problem === "full-not-eligible")
      problems.push(["fullOnlineEligible", "Dịch vụ toàn trình chỉ áp dụng cho thủ tục đủ điều kiện toàn trình."]);
    if (problem === "exempt-with-amount")
      problems.push(["feeTiming", "Thủ tục miễn phí, lệ phí thì phí và lệ phí phải bằng 0."]);
    if (problem === "timing-without-amount")
      problems.push(["feeTiming", 'Phí và lệ phí đều bằng 0 thì thời điểm nộp phải là "Miễn phí, lệ phí".']);
  }
  if (!levelFitsClass(terms.onlineLevel, terms.onlineClass))
    problems.push([
      "onlineLevel",
      "Mức độ không khớp loại dịch vụ: toàn trình là mức 4, một phần là mức 3, không có là mức 1–2.",
    ]);
  if (terms.stepShares) {
    const sum = PROCESS_STEPS.reduce((total, step) => total + terms.stepShares![step], 0);
    if (sum !== 100)
      problems.push(["stepShares", `Tỷ lệ thời gian các bước phải cộng lại đúng 100% (hiện là ${sum}%).`]);
  }
  if (terms.durationUnit === "SAME_DAY" && terms.durationValue > 1)
    problems.push(["durationValue", "Thủ tục giải quyết trong ngày thì thời hạn là 0 hoặc 1."]);
  if (terms.durationUnit !== "SAME_DAY" && terms.durationValue === 0)
    problems.push(["durationValue", "Thời hạn giải quyết phải lớn hơn 0."]);
  const names = new Set<string>();
  terms.documents.forEach((document, i) => {
    const key = document.name.toLocaleLowerCase("vi");
    if (names.has(key)) problems.push([`documents.${i}.name`, `Giấy tờ "${document.name}" bị trùng.`]);
    names.add(key);
  });
  const units = new Set<string>();
  terms.unitOffices.forEach((office, i) => {
    if (units.has(office.unitCode))
      problems.push([`unitOffices.${i}.unitCode`, `Đơn vị ${office.unitCode} được khai hai lần.`]);
    units.add(office.unitCode);
  });
  return problems;
}

const withTermsRules = <T extends z.ZodType<z.output<typeof versionTermsObject>>>(schema: T) =>
  schema.superRefine((terms, ctx) => {
    for (const [path, message] of versionTermsProblems(terms))
      ctx.addIssue({
        code: "custom",
        path: path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
        message,
      });
  });

export const versionTermsSchema = withTermsRules(versionTermsObject);
export type VersionTerms = z.output<typeof versionTermsObject>;

/**
 * The announcing decision (quyết định công bố) and the date the version takes effect. The decision may be missing on
 * versions recorded before it was kept (they still export and re-import unchanged); a version published from now on
 * must name it (ANNOUNCEMENT_REQUIRED, checked by the forms and by the import for what it publishes).
 */
export const announcementObject = z.object({
  announcementNumber: optionalText(100, "số quyết định công bố"),
  announcementDate: localDate("ngày quyết định công bố")
    .nullish()
    .transform((value) => value ?? null),
  announcementIssuer: optionalText(200, "cơ quan ban hành quyết định"),
  effectiveFrom: localDate("ngày có hiệu lực"),
  changeNote: optionalText(1000, "ghi chú thay đổi"),
});

export const ANNOUNCEMENT_REQUIRED = {
  announcementNumber: "Xin vui lòng nhập số quyết định công bố.",
  announcementDate: "Xin vui lòng nhập ngày quyết định công bố.",
  announcementIssuer: "Xin vui lòng nhập cơ quan ban hành quyết định.",
} as const;

/** The announcement fields a version to publish leaves empty: [field, message]. */
export const missingAnnouncement = (version: {
  announcementNumber: string | null;
  announcementDate: string | null;
  announcementIssuer: string | null;
}): [keyof typeof ANNOUNCEMENT_REQUIRED, string][] =>
  (Object.keys(ANNOUNCEMENT_REQUIRED) as (keyof typeof ANNOUNCEMENT_REQUIRED)[])
    .filter((field) => !version[field])
    .map((field) => [field, ANNOUNCEMENT_REQUIRED[field]]);

/** A version as stored, exported and imported: its terms, its announcement, its effective date. */
export const versionSchema = withTermsRules(versionTermsObject.extend(announcementObject.shape)).superRefine(
  (version, ctx) => {
    if (version.announcementDate && version.announcementDate > version.effectiveFrom)
      ctx.addIssue({
        code: "custom",
        path: ["effectiveFrom"],
        message: "Ngày có hiệu lực không được trước ngày ký quyết định công bố.",
      });
  },
);
/** A version to publish now (forms): the same, and its announcing decision named in full. */
export const publishableVersionSchema = versionSchema.superRefine((version, ctx) => {
  for (const [field, message] of missingAnnouncement(version)) ctx.addIssue({ code: "custom", path: [field], message });
});
export type VersionInput = z.output<typeof versionSchema>;

/** What names a procedure (its code never changes once created). */
export const procedureHeadObject = z.object({
  code: z
    .string({ error: "Xin vui lòng nhập mã thủ tục." })
    .trim()
    .regex(PROCEDURE_CODE, "Mã thủ tục có dạng 1.001612 hoặc 1.004227.000.00.00.H12 (mã trên Cơ sở dữ liệu quốc gia)."),
  name: text(500, "tên thủ tục"),
  fieldCode: code("mã lĩnh vực"),
  level: z.enum(PROCEDURE_LEVELS, { error: "Cấp thực hiện không hợp lệ." }),
});
export type ProcedureHead = z.output<typeof procedureHeadObject>;

/** A new procedure with its first version. */
export const newProcedureSchema = z.object({ ...procedureHeadObject.shape, version: publishableVersionSchema });
export type NewProcedureInput = z.output<typeof newProcedureSchema>;

/** A procedure as exported and imported (JSON): head, active flag, and its latest version. */
export const catalogueEntrySchema = z.object({
  ...procedureHeadObject.shape,
  active: z.boolean(),
  version: versionSchema,
});
export type CatalogueEntry = z.output<typeof catalogueEntrySchema>;

export const catalogueFileSchema = z.object({
  format: z.literal("motcua-catalogue"),
  formatVersion: z.literal(1),
  exportedAt: z.string().optional(),
  procedures: z.array(z.unknown()).max(5000, "Tệp có quá 5.000 thủ tục."),
});
