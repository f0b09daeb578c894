// The worklist's filter (danh sách hồ sơ): GET parameters with Vietnamese names, so a filtered list is a shareable URL.
// Pure: parses and validates the parameters with zod into a typed filter, and writes a filter back into a query
// string. No Next.js, no Prisma.
import { z } from "zod";
import { optionalFormInt, optionalText } from "@/lib/text-input";
import { firstParam, slugParam, trimmedOrUndefined, type SearchParams } from "@/lib/search-params";
import {
  CHANNELS,
  DOSSIER_STATUSES,
  PROCESSING_STEPS,
  type Channel,
  type DossierStatus,
  type ProcessingStep,
} from "@/domain/dossier";
import { DATE_RANGE_PARAMS, dateRangeToParams, vietnameseDateSchema, type LocalDate } from "@/lib/dates";
import { decodeCursor, encodeCursor, type WorklistCursor } from "./cursor";
import type { Sort } from "./sort";

/** Query parameter names, in Vietnamese like the app's routes. */
export const PARAM = {
  scope: "pham-vi",
  status: "trang-thai",
  procedure: "thu-tuc",
  unit: "don-vi",
  office: "phong",
  officer: "can-bo",
  field: "linh-vuc",
  channel: "kenh",
  lost766: "chi-so-766",
  quick: "han",
  from: DATE_RANGE_PARAMS.from,
  to: DATE_RANGE_PARAMS.to,
  search: "tim",
  sort: "sap-xep",
  page: "trang",
  /** Keyset cursor of "Trang sau" / "Trang trước" (src/domain/worklist/cursor.ts). */
  cursor: "vi-tri",
} as const;
export type ParamKey = keyof typeof PARAM;

/** Whose dossiers: "Của tôi", "Của phòng", "Của đơn vị". */
export const SCOPE_KEYS = ["mine", "office", "unit"] as const;
export type ScopeKey = (typeof SCOPE_KEYS)[number];
export const SCOPE_SLUGS: Readonly<Record<ScopeKey, string>> = {
  mine: "cua-toi",
  office: "cua-phong",
  unit: "cua-don-vi",
};

/**
 * The dossiers that cost a Decision 766 indicator points (the scorecard's links, docs/decision-766.md). Receipt-based
 * ones (1.4, 3.6, 4.2, 4.3) keep the received date range; for 2.1 and 4.1 the range is the PERIOD: 4.1 lists dossiers
 * finished in it without an electronic result; 2.1 those finished in it late by rule 2.1 (after the appointment, or
 * more than one supplement request) and those still open at its end past their appointment.
 */
export const LOST_766 = ["1.4", "2.1", "3.6", "4.1", "4.2", "4.3"] as const;
export type Lost766 = (typeof LOST_766)[number];
export const LOST_766_SLUGS: Readonly<Record<Lost766, string>> = {
  "1.4": "chua-dong-bo",
  "2.1": "tre-han",
  "3.6": "chua-thanh-toan-truc-tuyen",
  "4.1": "chua-co-ket-qua-dien-tu",
  "4.2": "chua-so-hoa",
  "4.3": "chua-dung-lai-du-lieu",
};
/** Lost-point filters whose date range is the period of processing rather than of receipt. */
export const LOST_766_BY_PERIOD: ReadonlySet<Lost766> = new Set(["2.1", "4.1"]);

/** Quick filters above the list: tất cả / sắp đến hạn / quá hạn / cần lập phiếu xin lỗi / chờ bổ sung. */
export const QUICK_FILTERS = ["all", "dueSoon", "overdue", "apologyDue", "waitingSupplement"] as const;
export type QuickFilter = (typeof QUICK_FILTERS)[number];
export const QUICK_SLUGS: Readonly<Record<Exclude<QuickFilter, "all">, string>> = {
  dueSoon: "sap-den-han",
  overdue: "qua-han",
  apologyDue: "can-xin-loi",
  waitingSupplement: "cho-bo-sung",
};

export const SORT_SLUGS: Readonly<Record<Sort, string>> = {
  appointmentAsc: "hen-tang",
  appointmentDesc: "hen-giam",
  receivedDesc: "nhan-moi",
  receivedAsc: "nhan-cu",
};

/**
 * Status filter: "đang giải quyết" (every status someone still has to act on; the default), every status, or one
 * status, optionally narrowed to a processing step ("IN_PROCESSING.HANDLING").
 */
export type StatusFilter =
  { kind: "active" } | { kind: "all" } | { kind: "status"; status: DossierStatus; step: ProcessingStep | null };
export const STATUS_ACTIVE_SLUG = "dang-giai-quyet";
export const STATUS_ALL_SLUG = "tat-ca";

export interface WorklistFilter {
  /** null: the role's default scope. */
  scope: ScopeKey | null;
  status: StatusFilter;
  procedureId: string | null;
  /** The deciding unit (the leadership dashboard's drill-down); within the scope, never widening it. */
  unitId?: string | null;
  /** The handling office (the leadership dashboard's drill-down); within the scope, never widening it. */
  officeId?: string | null;
  /** One officer of the office (the head's "list of this officer"); optional so older callers need not name it. */
  assigneeId?: string | null;
  fieldId: string | null;
  channel: Channel | null;
  /** Dossiers that cost a Decision 766 indicator points (LOST_766); optional so older callers need not name it. */
  lost766?: Lost766 | null;
  quick: QuickFilter;
  /** Received date range, Vietnamese calendar days (inclusive). */
  receivedFrom: LocalDate | null;
  receivedTo: LocalDate | null;
  /** A dossier code (exact or prefix) or part of the applicant's name. */
  search: string | null;
  sort: Sort;
  /** The page number: shown, and read by OFFSET when there is no cursor (up to OFFSET_PAGE_MAX). */
  page: number;
  /**
   * "Trang sau" / "Trang trước": the page starts after (before) this row of the list's order, read by keyset; its page
   * number is `page`. Optional so older callers need not name it.
   */
  cursor?: WorklistCursor | null;
}

export const DEFAULT_FILTER: WorklistFilter = {
  scope: null,
  status: { kind: "active" },
  procedureId: null,
  unitId: null,
  officeId: null,
  assigneeId: null,
  fieldId: null,
  channel: null,
  lost766: null,
  quick: "all",
  receivedFrom: null,
  receivedTo: null,
  search: null,
  sort: "appointmentAsc",
  page: 1,
  cursor: null,
};

export type { SearchParams };

export interface ParsedWorklistParams {
  filter: WorklistFilter;
  /** Vietnamese messages for parameters that were refused (the filter ignores them). */
  errors: Partial<Record<ParamKey, string>>;
  /** What the user typed in the free-text inputs, to show back in the form even when it was refused. */
  raw: { from: string; to: string; search: string };
}

/**
 * A page typed in "Đến trang" (or a `trang=` link without a cursor) is read by OFFSET, which costs offset + page rows:
 * allowed up to this page (5,000 rows at 25 a page). Past it the list is walked with "Trang sau" (keyset, any depth)
 * or narrowed with the filters.
 */
export const OFFSET_PAGE_MAX = 200;

const idSchema = z.preprocess(
  trimmedOrUndefined,
  z
    .string()
    .max(64, { error: "Mã không hợp lệ." })
    .regex(/^[A-Za-z0-9_-]+$/, { error: "Mã không hợp lệ." })
    .optional(),
);

const statusSchema = z.preprocess(
  trimmedOrUndefined,
  z
    .string()
    .transform((value, ctx): StatusFilter => {
      if (value === STATUS_ACTIVE_SLUG) return { kind: "active" };
      if (value === STATUS_ALL_SLUG) return { kind: "all" };
      const [status, step, ...rest] = value.split(".");
      const known = (DOSSIER_STATUSES as readonly string[]).includes(status ?? "");
      const knownStep =
        step === undefined || (status === "IN_PROCESSING" && (PROCESSING_STEPS as readonly string[]).includes(step));
      if (!known || !knownStep || rest.length > 0) {
        ctx.addIssue({ code: "custom", message: "Trạng thái không hợp lệ; danh sách hiển thị hồ sơ đang giải quyết." });
        return z.NEVER;
      }
      return { kind: "status", status: status as DossierStatus, step: (step as ProcessingStep | undefined) ?? null };
    })
    .optional(),
);

const channelSchema = z.preprocess(
  trimmedOrUndefined,
  z.enum(CHANNELS, { error: "Kênh tiếp nhận không hợp lệ." }).optional(),
);

const searchSchema = optionalText(100, "Từ khóa tìm kiếm không được dài quá 100 ký tự.");

/** A page number that is not plain decimal digits ("0x10", "1e3") is ignored: the list starts at page 1. */
const pageSchema = optionalFormInt("Số trang không hợp lệ.", { min: 1 }).catch(undefined);
const PAGE_TOO_DEEP = `Số trang không hợp lệ: chỉ chuyển thẳng được đến trang 1–${OFFSET_PAGE_MAX}; xin vui lòng dùng “Trang sau” hoặc thu hẹp bộ lọc. Danh sách hiển thị từ trang đầu.`;
const CURSOR_INVALID =
  "Liên kết trang không hợp lệ (đã bị sửa hoặc thuộc cách sắp xếp khác); danh sách hiển thị từ trang đầu.";

/** Parses the worklist's GET parameters. Never throws: a refused parameter is reported and ignored. */
export function parseWorklistParams(params: SearchParams): ParsedWorklistParams {
  const errors: ParsedWorklistParams["errors"] = {};
  function read<T>(key: ParamKey, schema: z.ZodType<T | undefined>): T | undefined {
    const result = schema.safeParse(firstParam(params[PARAM[key]]));
    if (result.success) return result.data;
    errors[key] = result.error.issues[0]?.message ?? "Giá trị không hợp lệ.";
    return undefined;
  }
  const scope = read<ScopeKey>("scope", slugParam(SCOPE_SLUGS, "Phạm vi không hợp lệ."));
  const status = read<StatusFilter>("status", statusSchema);
  const procedureId = read<string>("procedure", idSchema);
  const unitId = read<string>("unit", idSchema);
  const officeId = read<string>("office", idSchema);
  const assigneeId = read<string>("officer", idSchema);
  const fieldId = read<string>("field", idSchema);
  const channel = read<Channel>("channel", channelSchema);
  const lost766 = read<Lost766>("lost766", slugParam(LOST_766_SLUGS, "Chỉ số QĐ 766 không hợp lệ."));
  const quick = read<Exclude<QuickFilter, "all">>("quick", slugParam(QUICK_SLUGS, "Bộ lọc thời hạn không hợp lệ."));
  let receivedFrom = read<LocalDate>("from", vietnameseDateSchema) ?? null;
  let receivedTo = read<LocalDate>("to", vietnameseDateSchema) ?? null;
  if (receivedFrom && receivedTo && receivedFrom > receivedTo) {
    errors.to = "“Đến ngày” phải sau hoặc bằng “Từ ngày”.";
    receivedFrom = null;
    receivedTo = null;
  }
  const search = read<string>("search", searchSchema);
  const sort = read<Sort>("sort", slugParam(SORT_SLUGS, "Cách sắp xếp không hợp lệ."));
  let page = read<number>("page", pageSchema) ?? 1;
  let cursor: WorklistCursor | null = null;
  const cursorText = firstParam(params[PARAM.cursor])?.trim();
  if (cursorText) {
    cursor = decodeCursor(cursorText, sort ?? DEFAULT_FILTER.sort);
    if (cursor) page = cursor.page;
    else {
      errors.cursor = CURSOR_INVALID;
      page = 1;
    }
  } else if (page > OFFSET_PAGE_MAX) {
    errors.page = PAGE_TOO_DEEP;
    page = 1;
  }
  return {
    filter: {
      scope: scope ?? null,
      status: status ?? DEFAULT_FILTER.status,
      procedureId: procedureId ?? null,
      unitId: unitId ?? null,
      officeId: officeId ?? null,
      assigneeId: assigneeId ?? null,
      fieldId: fieldId ?? null,
      channel: channel ?? null,
      lost766: lost766 ?? null,
      quick: quick ?? "all",
      receivedFrom,
      receivedTo,
      search: search ?? null,
      sort: sort ?? DEFAULT_FILTER.sort,
      page,
      cursor,
    },
    errors,
    raw: {
      from: firstParam(params[PARAM.from])?.trim() ?? "",
      to: firstParam(params[PARAM.to])?.trim() ?? "",
      search: firstParam(params[PARAM.search])?.trim() ?? "",
    },
  };
}

export function statusParamOf(status: StatusFilter): string | undefined {
  if (status.kind === "active") return undefined;
  if (status.kind === "all") return STATUS_ALL_SLUG;
  return status.step ? `${status.status}.${status.step}` : status.status;
}

/** The query parameters of a filter (defaults left out), in a stable order: the URL of a filtered list. */
export function filterToParams(filter: WorklistFilter): Record<string, string> {
  const out: Record<string, string> = {};
  const set = (key: ParamKey, value: string | null | undefined) => {
    if (value) out[PARAM[key]] = value;
  };
  set("scope", filter.scope ? SCOPE_SLUGS[filter.scope] : null);
  set("status", statusParamOf(filter.status));
  set("procedure", filter.procedureId);
  set("unit", filter.unitId);
  set("office", filter.officeId);
  set("officer", filter.assigneeId);
  set("field", filter.fieldId);
  set("channel", filter.channel);
  set("lost766", filter.lost766 ? LOST_766_SLUGS[filter.lost766] : null);
  set("quick", filter.quick === "all" ? null : QUICK_SLUGS[filter.quick]);
  Object.assign(out, dateRangeToParams(filter.receivedFrom, filter.receivedTo));
  set("search", filter.search);
  set("sort", filter.sort === DEFAULT_FILTER.sort ? null : SORT_SLUGS[filter.sort]);
  if (filter.cursor) set("cursor", encodeCursor(filter.cursor));
  else set("page", filter.page > 1 ? String(filter.page) : null);
  return out;
}

/**
 * `path?query` of a filter with some fields changed; changing anything but the page goes back to page 1 (and drops
 * the cursor: a position in one list means nothing in another).
 */
export function worklistHref(path: string, filter: WorklistFilter, change: Partial<WorklistFilter> = {}): string {
  const changed = Object.keys(change).length > 0;
  const next = {
    ...filter,
    ...change,
    page: change.cursor ? change.cursor.page : (change.page ?? (changed ? 1 : filter.page)),
    cursor: change.cursor ?? (changed ? null : filter.cursor),
  };
  const query = new URLSearchParams(filterToParams(next)).toString();
  return query ? `${path}?${query}` : path;
}
