// The screen every route handler (defineRoute, defineApiRoute) applies to raw path segments and query parameters
// before any schema or query: what no link of ours carries (a control character such as NUL, invalid UTF-8 read as
// U+FFFD, a bidi control, a prototype key). Free of the session machinery, so the REST API's wrapper and the
// benchmarks load it without Next.js's request context.
import { PROTOTYPE_KEYS, TEXT_PROBLEM_MESSAGES, textProblem } from "@/lib/text-input";

const INVALID_PARAMETER = "Địa chỉ yêu cầu có tham số không hợp lệ.";

/** The first raw parameter (path segment or query key/value) no link of ours can carry, with its message. */
export function screenParameters(
  params: Record<string, string | string[] | undefined>,
  search: URLSearchParams,
): { field: string; message: string } | null {
  const entries: [string, string][] = [...search];
  for (const [key, value] of Object.entries(params))
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) entries.push([key, item]);
  for (const [key, value] of entries) {
    if (PROTOTYPE_KEYS.has(key)) return { field: "_", message: INVALID_PARAMETER };
    const problem = textProblem(key) ?? textProblem(value);
    if (problem) return { field: key, message: TEXT_PROBLEM_MESSAGES[problem] };
  }
  return null;
}

/** Each query parameter's first value (a schema reads one value per name). */
export const firstValues = (search: URLSearchParams): Record<string, string> => {
  const result = new Map<string, string>();
  for (const [key, value] of search) if (!result.has(key)) result.set(key, value);
  return Object.fromEntries(result);
};
