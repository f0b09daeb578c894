// Every error of the REST API (/api/v1) in one JSON shape: "Problem Details for HTTP APIs" (RFC 9457), media type
// application/problem+json. `type` names the kind of problem (a relative URI under /api/v1/problems/, documented in
// docs/api.md and the OpenAPI document), `title` is the same for every problem of that type, `detail` explains this
// occurrence, `instance` is the request's path, and a 400 lists each refused parameter in `errors` (one per zod issue).
// Titles and details are in Vietnamese, like the rest of the product.

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

export const PROBLEM_KINDS = {
  "invalid-request": { status: 400, title: "Yêu cầu không hợp lệ" },
  unauthorized: { status: 401, title: "Thiếu khóa API hoặc khóa không còn hiệu lực" },
  forbidden: { status: 403, title: "Khóa API không có quyền này" },
  "not-found": { status: 404, title: "Không tìm thấy" },
  "rate-limited": { status: 429, title: "Vượt quá số lượt gọi cho phép" },
  internal: { status: 500, title: "Lỗi ngoài dự kiến" },
} as const;
export type ProblemKind = keyof typeof PROBLEM_KINDS;

/** Where a refused value was: a query parameter, a path segment or a request header. */
export type ProblemLocation = "query" | "path" | "header";

export interface ProblemIssue {
  location: ProblemLocation;
  /** The parameter's name ("limit"), or a dotted path inside it; "_" for the request as a whole. */
  name: string;
  message: string;
  /** zod's issue code ("invalid_type", "too_big", "unrecognized_keys"…), or "invalid_text" for refused characters. */
  code: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errors?: ProblemIssue[];
}

export const problemType = (kind: ProblemKind) => `/api/v1/problems/${kind}`;

export function problem(kind: ProblemKind, detail: string, instance: string, errors?: ProblemIssue[]): Problem {
  const { status, title } = PROBLEM_KINDS[kind];
  return { type: problemType(kind), title, status, detail, instance, ...(errors?.length ? { errors } : {}) };
}

/** The part of a zod issue this format keeps (zod's own issue type, structurally). */
export interface ZodLikeIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
}

/** One problem issue per zod issue; an unknown parameter is named by itself, not by the object that refused it. */
export function issuesOf(location: ProblemLocation, issues: readonly ZodLikeIssue[]): ProblemIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys" && issue.keys?.length)
      return issue.keys.map((key) => ({ location, name: key, message: issue.message, code: issue.code }));
    const name = issue.path.map(String).join(".") || "_";
    return [{ location, name, message: issue.message, code: issue.code }];
  });
}
