// The REST API's inputs and answers as zod schemas: the route handlers parse their query and path with these, the
// server shapes its answers to these types, and the OpenAPI document (./openapi.ts) is generated from the very same
// objects, so the document cannot drift from what the server checks. `.meta({ id })` names a reusable component.
import { z } from "zod";
import { CHANNELS, DOSSIER_STATUSES, PROCESSING_STEPS, RESULT_KINDS, APPLICANT_KINDS } from "../dossier/types";
import { isLocalDate } from "@/lib/dates";
import { API_PERMISSIONS } from "./permissions";

/** Largest page of a list (dossiers, procedures). */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_DOSSIER_PAGE_SIZE = 50;
export const DEFAULT_CATALOGUE_PAGE_SIZE = 20;

const UNIT_LEVELS = ["PROVINCE", "DISTRICT", "COMMUNE"] as const;
const TIMELINESS = ["EARLY", "ON_TIME", "LATE"] as const;
const DURATION_UNITS = ["WORKING_DAYS", "WORKING_HOURS", "SAME_DAY"] as const;
const ONLINE_CLASSES = ["FULL", "PARTIAL", "NONE"] as const;
const FEE_TIMINGS = ["EXEMPT", "AT_SUBMISSION", "AT_RESULT"] as const;
const DOCUMENT_FORMS = ["ORIGINAL", "COPY", "CERTIFIED_COPY"] as const;

// ─── Query building blocks: every value arrives as a string ──────────────────────────────────────────────────────

/** A whole number in decimal digits only ("0x10", "1e3", " 5", "+5" refused), within [min, max]. */
const wholeNumber = (min: number, max: number, description: string) =>
  z
    .string()
    .regex(/^\d{1,9}$/, { error: `Phải là số nguyên từ ${min} đến ${max}.` })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: `Phải là số nguyên từ ${min} đến ${max}.` })
        .max(max, { error: `Phải là số nguyên từ ${min} đến ${max}.` }),
    )
    // Documented as what it means (an integer in range), not as the digits pattern it is read through.
    .meta({
      description,
      override: ({ jsonSchema }) => {
        delete jsonSchema.pattern;
        Object.assign(jsonSchema, { type: "integer", minimum: min, maximum: max });
      },
    });

const localDate = (description: string) =>
  z
    .string()
    .refine(isLocalDate, { error: "Ngày phải có dạng yyyy-MM-dd và là một ngày có thật." })
    .meta({ description, format: "date", example: "2026-10-01" });

/** A code as the product writes them: letters, digits, ".", "-", "_", at most 64 characters. */
const codeText = (what: string, example: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, { error: `Mã ${what} không hợp lệ.` })
    .meta({ description: `Mã ${what}`, example });

// ─── Public catalogue ────────────────────────────────────────────────────────────────────────────────────────────

export const procedureListQuery = z
  .strictObject({
    q: z
      .string()
      .max(100, { error: "Từ khóa tối đa 100 ký tự." })
      .optional()
      .meta({ description: "Từ trong tên thủ tục (không phân biệt dấu) hoặc một phần mã thủ tục" }),
    field: codeText("lĩnh vực", "HT").optional(),
    level: z
      .enum(["COMMUNE", "DISTRICT"], { error: "Cấp thực hiện là COMMUNE hoặc DISTRICT." })
      .optional()
      .meta({ description: "Cấp thực hiện" }),
    page: wholeNumber(1, 100_000, "Trang, bắt đầu từ 1").optional(),
    limit: wholeNumber(1, MAX_PAGE_SIZE, `Số thủ tục mỗi trang (mặc định ${DEFAULT_CATALOGUE_PAGE_SIZE})`).optional(),
  })
  .meta({ id: "ProcedureListQuery" });

export const procedureCodeParams = z.strictObject({
  code: codeText("thủ tục (mã quốc gia)", "1.001193"),
});

export const procedureSummary = z
  .object({
    code: z.string().meta({ description: "Mã thủ tục trên Cơ sở dữ liệu quốc gia", example: "1.001193" }),
    name: z.string(),
    level: z.enum(UNIT_LEVELS),
    fieldName: z.string(),
    durationValue: z.number().int().nullable(),
    durationUnit: z.enum(DURATION_UNITS).nullable(),
    onlineClass: z.enum(ONLINE_CLASSES).nullable(),
    onlineLevel: z.number().int().nullable(),
    feeAmount: z.number().int().nullable().meta({ description: "Phí (VND) của phiên bản đang có hiệu lực" }),
  })
  .meta({ id: "ProcedureSummary" });

export const procedurePage = z
  .object({
    items: z.array(procedureSummary),
    total: z.number().int(),
    page: z.number().int(),
    limit: z.number().int(),
  })
  .meta({ id: "ProcedurePage" });

const procedureDocument = z
  .object({
    position: z.number().int(),
    name: z.string(),
    form: z.enum(DOCUMENT_FORMS),
    count: z.number().int(),
    optional: z.boolean(),
    uploadable: z.boolean(),
  })
  .meta({ id: "ProcedureDocument" });

export const procedureVersion = z
  .object({
    version: z.number().int(),
    effectiveFrom: z.string().meta({ format: "date" }),
    effectiveTo: z.string().meta({ format: "date" }).nullable(),
    announcement: z.string().nullable().meta({ description: "Quyết định công bố (số, ngày, cơ quan ban hành)" }),
    durationValue: z.number().int(),
    durationUnit: z.enum(DURATION_UNITS),
    feeAmount: z.number().int().meta({ description: "Phí (VND)" }),
    chargeAmount: z.number().int().meta({ description: "Lệ phí (VND)" }),
    feeTiming: z.enum(FEE_TIMINGS),
    feeNote: z.string().nullable(),
    handlingOfficeCode: z.string(),
    onlineLevel: z.number().int(),
    onlineClass: z.enum(ONLINE_CLASSES),
    fullOnlineEligible: z.boolean(),
    postalIntakeAllowed: z.boolean(),
    postalReturnAllowed: z.boolean(),
    leadershipApproval: z.boolean(),
  })
  .meta({ id: "ProcedureVersion" });

export const procedureDetail = z
  .object({
    code: z.string(),
    name: z.string(),
    level: z.enum(UNIT_LEVELS),
    field: z.object({ code: z.string(), name: z.string() }),
    current: procedureVersion
      .extend({ documents: z.array(procedureDocument) })
      .nullable()
      .meta({ description: "Phiên bản đang có hiệu lực hôm nay (giờ Việt Nam), kèm thành phần hồ sơ" }),
    handlingOfficeName: z.string().nullable(),
    versions: z.array(procedureVersion).meta({ description: "Mọi phiên bản, mới nhất trước" }),
  })
  .meta({ id: "ProcedureDetail" });

// ─── Dossiers ────────────────────────────────────────────────────────────────────────────────────────────────────

export const dossierListQuery = z
  .strictObject({
    unit: codeText("đơn vị (tiếp nhận hoặc giải quyết)", "STY").optional(),
    status: z
      .enum(DOSSIER_STATUSES, { error: "Trạng thái hồ sơ không hợp lệ." })
      .optional()
      .meta({ description: "Trạng thái hồ sơ" }),
    from: localDate("Tiếp nhận từ ngày (giờ Việt Nam, tính cả ngày này)").optional(),
    to: localDate("Tiếp nhận đến ngày (giờ Việt Nam, tính cả ngày này)").optional(),
    procedure: codeText("thủ tục", "1.001193").optional(),
    channel: z.enum(CHANNELS, { error: "Kênh nộp không hợp lệ." }).optional().meta({ description: "Kênh nộp hồ sơ" }),
    cursor: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,200}$/, { error: "Con trỏ trang không hợp lệ." })
      .optional()
      .meta({ description: "`nextCursor` của trang trước" }),
    limit: wholeNumber(1, MAX_PAGE_SIZE, `Số hồ sơ mỗi trang (mặc định ${DEFAULT_DOSSIER_PAGE_SIZE})`).optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    error: "Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.",
    path: ["from"],
  })
  .meta({ id: "DossierListQuery" });
export type DossierListQuery = z.output<typeof dossierListQuery>;

export const dossierCodeParams = z.strictObject({ code: codeText("hồ sơ", "STY-261015-0001") });

const unitRef = z
  .object({ code: z.string(), name: z.string().meta({ example: "Phường Sơn Tây" }) })
  .meta({ id: "UnitRef" });

const applicant = z
  .object({
    kind: z.enum(APPLICANT_KINDS),
    name: z.string(),
    idNumber: z.string(),
    phone: z.string(),
    email: z.string().nullable(),
    address: z.string(),
  })
  .meta({
    id: "Applicant",
    description: "Thông tin cá nhân của người nộp: chỉ với quyền dossiers:personal; mỗi lần đọc được ghi nhật ký",
  });

const instant = () => z.string().meta({ format: "date-time" });

export const dossierView = z
  .object({
    code: z.string().meta({ example: "STY-261015-0001" }),
    procedure: z.object({ code: z.string(), name: z.string(), version: z.number().int() }),
    channel: z.enum(CHANNELS),
    status: z.enum(DOSSIER_STATUSES),
    processingStep: z.enum(PROCESSING_STEPS).nullable(),
    receivedUnit: unitRef,
    decidingUnit: unitRef,
    applicantKind: z.enum(APPLICANT_KINDS),
    submittedAt: instant(),
    receivedAt: instant().nullable(),
    appointmentAt: instant().nullable().meta({ description: "Ngày hẹn trả kết quả đang có hiệu lực" }),
    finishedAt: instant().nullable(),
    returnedAt: instant().nullable(),
    resultKind: z.enum(RESULT_KINDS).nullable(),
    timeliness: z.enum(TIMELINESS).nullable(),
    applicant: applicant.optional(),
  })
  .meta({ id: "Dossier" });
export type DossierView = z.output<typeof dossierView>;

export const dossierPage = z
  .object({
    items: z.array(dossierView),
    nextCursor: z.string().nullable().meta({ description: "Đưa vào `cursor` để lấy trang sau; null ở trang cuối" }),
    limit: z.number().int(),
  })
  .meta({ id: "DossierPage" });

export const dossierEvent = z
  .object({
    at: instant(),
    type: z.string().meta({ description: "Bước xử lý, ví dụ receive, assign, request_supplement", example: "receive" }),
    fromStatus: z.enum(DOSSIER_STATUSES).nullable(),
    toStatus: z.enum(DOSSIER_STATUSES).nullable(),
    reason: z.string().nullable().optional().meta({
      description: "Lý do cán bộ ghi (có thể nêu thông tin cá nhân): chỉ với quyền dossiers:personal",
    }),
  })
  .meta({ id: "DossierEvent" });

export const dossierHistory = z
  .object({ code: z.string(), status: z.enum(DOSSIER_STATUSES), events: z.array(dossierEvent) })
  .meta({ id: "DossierHistory" });

// ─── Statistics ──────────────────────────────────────────────────────────────────────────────────────────────────

export const statisticsQuery = z
  .strictObject({
    unit: codeText("đơn vị (mặc định: đơn vị của khóa)", "STY").optional(),
    year: wholeNumber(2000, 2100, "Năm (mặc định: năm nay)").optional(),
    quarter: wholeNumber(1, 4, "Quý của năm (mặc định: quý này nếu là năm nay, nếu không thì quý 4)").optional(),
    view: z
      .enum(["receiving", "continuing"], { error: "Cách tính đơn vị là receiving hoặc continuing." })
      .optional()
      .meta({
        description:
          "Đơn vị đã sáp nhập: receiving (mặc định) giữ hồ sơ ở đơn vị đã tiếp nhận/giải quyết và nêu đơn vị kế thừa; " +
          "continuing cộng số liệu của đơn vị cũ vào đơn vị kế thừa hôm nay (như bảng của lãnh đạo)",
      }),
  })
  .meta({ id: "StatisticsQuery" });

const timelinessCounts = z
  .object({
    resolved: z.number().int(),
    early: z.number().int(),
    onTime: z.number().int(),
    late: z.number().int(),
    onTimeRate: z.number().nullable().meta({ description: "(Trước hạn + đúng hạn) ÷ đã giải quyết; null khi chưa có" }),
  })
  .meta({ id: "TimelinessCounts" });

export const statisticsView = z
  .object({
    year: z.number().int(),
    quarter: z.number().int(),
    units: z.array(
      z
        .object({
          code: z.string(),
          name: z.string(),
          level: z.enum(UNIT_LEVELS),
          parentCode: z.string().nullable(),
          receivedYear: z.number().int(),
          receivedQuarter: z.number().int(),
          year: timelinessCounts,
          quarter: timelinessCounts,
          pendingOverdue: z.number().int().meta({ description: "Hồ sơ đang giải quyết đã quá hạn, tính đến lúc gọi" }),
          continuedBy: z
            .string()
            .nullable()
            .meta({ description: "receiving: tên đơn vị kế thừa một đơn vị đã kết thúc; null nếu còn hoạt động" }),
          foldedUnits: z.number().int().meta({ description: "continuing: số đơn vị cũ đã cộng vào dòng này" }),
        })
        .meta({ id: "UnitStatistics" }),
    ),
  })
  .meta({ id: "Statistics" });

// ─── Problems (RFC 9457) ─────────────────────────────────────────────────────────────────────────────────────────

export const problemSchema = z
  .object({
    type: z.string().meta({ format: "uri-reference", example: "/api/v1/problems/invalid-request" }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().meta({ format: "uri-reference", example: "/api/v1/dossiers" }),
    errors: z
      .array(
        z.object({
          location: z.enum(["query", "path", "header"]),
          name: z.string(),
          message: z.string(),
          code: z.string(),
        }),
      )
      .optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 Problem Details (application/problem+json)" });

export const apiPermissionSchema = z.enum(API_PERMISSIONS);
