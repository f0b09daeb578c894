// The audit-log screen's filter (Quản trị → Nhật ký truy cập): GET parameters with Vietnamese names, so a search is a
// shareable URL. Pure: parses and validates the parameters into a typed filter and writes a filter back. Dates
// follow the one range convention of src/lib/dates (tu-ngay / den-ngay, dd/MM/yyyy, both days included).
import { z } from "zod";
import { DATE_RANGE_PARAMS, dateRangeToParams, vietnameseDateSchema, type LocalDate } from "@/lib/dates";
import { firstParam, trimmedOrUndefined, type SearchParams } from "@/lib/search-params";
import { isAuditAction, type AuditAction } from "./index";

export const AUDIT_LOG_PARAM = {
  actor: "nguoi-dung",
  action: "hanh-dong",
  object: "doi-tuong",
  from: DATE_RANGE_PARAMS.from,
  to: DATE_RANGE_PARAMS.to,
  page: "trang",
} as const;
type ParamKey = keyof typeof AUDIT_LOG_PARAM;

export const AUDIT_LOG_PAGE_SIZE = 50;
export const AUDIT_LOG_MAX_PAGE = 100_000;

export interface AuditLogFilter {
  /** The actor's username, exact (case-insensitive). */
  actor: string | null;
  action: AuditAction | null;
  /** A dossier code, notice number or unit code: the row's object, or a dossier a mailbox page showed. */
  object: string | null;
  /** Vietnamese calendar days, inclusive. */
  from: LocalDate | null;
  to: LocalDate | null;
  page: number;
}

export interface ParsedAuditLogParams {
  filter: AuditLogFilter;
  errors: Partial<Record<ParamKey, string>>;
  /** What was typed, to show back in the form even when refused. */
  raw: { actor: string; object: string; from: string; to: string };
}

const token = (pattern: RegExp, message: string) =>
  z.preprocess(
    trimmedOrUndefined,
    z.string().max(64, { error: message }).regex(pattern, { error: message }).optional(),
  );

const actorSchema = token(/^[A-Za-z0-9._-]+$/, "Tên đăng nhập chỉ gồm chữ không dấu, chữ số và các dấu . _ -");
const objectSchema = token(/^[A-Za-z0-9._-]+$/, "Mã đối tượng chỉ gồm chữ không dấu, chữ số và các dấu . _ -");
const actionSchema = z.preprocess(
  trimmedOrUndefined,
  z
    .string()
    .refine(isAuditAction, { error: "Hành động không có trong danh sách." })
    .transform((value) => value as AuditAction)
    .optional(),
);
/** Decimal digits only ("0x10", "1e3" are not page numbers); anything else starts at page 1. */
const pageSchema = z.preprocess(
  trimmedOrUndefined,
  z
    .string()
    .regex(/^\d{1,6}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(AUDIT_LOG_MAX_PAGE))
    .optional()
    .catch(undefined),
);

/** Parses the audit log's GET parameters. Never throws: a refused parameter is reported and left out. */
export function parseAuditLogParams(params: SearchParams): ParsedAuditLogParams {
  const errors: ParsedAuditLogParams["errors"] = {};
  function read<T>(key: ParamKey, schema: z.ZodType<T | undefined>): T | undefined {
    const result = schema.safeParse(firstParam(params[AUDIT_LOG_PARAM[key]]));
    if (result.success) return result.data;
    errors[key] = result.error.issues[0]?.message ?? "Giá trị không hợp lệ.";
    return undefined;
  }
  const actor = read<string>("actor", actorSchema);
  const action = read<AuditAction>("action", actionSchema);
  const object = read<string>("object", objectSchema);
  let from = read<LocalDate>("from", vietnameseDateSchema) ?? null;
  let to = read<LocalDate>("to", vietnameseDateSchema) ?? null;
  if (from && to && from > to) {
    errors.to = "“Đến ngày” phải sau hoặc bằng “Từ ngày”.";
    from = null;
    to = null;
  }
  const page = read<number>("page", pageSchema) ?? 1;
  const raw = (key: ParamKey) => firstParam(params[AUDIT_LOG_PARAM[key]])?.trim().slice(0, 100) ?? "";
  return {
    filter: { actor: actor ?? null, action: action ?? null, object: object ?? null, from, to, page },
    errors,
    raw: { actor: raw("actor"), object: raw("object"), from: raw("from"), to: raw("to") },
  };
}

/** The query parameters of a filter without its page (for the pagination links and the export of a search). */
export function auditLogParamsOf(filter: AuditLogFilter): Record<string, string | undefined> {
  return {
    [AUDIT_LOG_PARAM.actor]: filter.actor ?? undefined,
    [AUDIT_LOG_PARAM.action]: filter.action ?? undefined,
    [AUDIT_LOG_PARAM.object]: filter.object ?? undefined,
    ...dateRangeToParams(filter.from, filter.to),
  };
}
