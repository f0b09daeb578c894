import "server-only";
// The one wrapper for route handlers (src/app/api/**), beside defineAction for server actions. Every handler answers
// failures the same way:
// - 401 for a visitor who is not signed in, 403 for a signed-in user whose role may not use the route;
// - 400 when a path or query parameter carries what no link of ours does (a control character such as NUL, which
//   PostgreSQL would refuse mid-query; invalid UTF-8, read as U+FFFD; a bidi control; a prototype key), screened by the
//   shared parser of src/lib/text-input.ts before any schema or query, or when they fail their zod schema, with the
//   first problem as a Vietnamese message;
// - 404 when `run` returns null (missing, or out of the user's scope: the same answer, so nothing leaks);
// - 422 for an expected error (UserFacingError), 404 for a NotFoundError, with its message;
// - 500 for anything else, logged on the server and answered with a generic message (never the error's text).
// Answers carry `Cache-Control: private, no-store` unless the route serves no personal data (public catalogue).
import type { z } from "zod";
import { PUBLIC, type RouteAccess } from "@/domain/access";
import { checkUser, isDenied } from "@/server/auth/guard";
import type { SessionUser } from "@/server/auth/session-user";
import { NotFoundError, UserFacingError } from "@/server/user-facing-error";
import { firstValues, screenParameters } from "./screen-parameters";

export { screenParameters };

export { NotFoundError, UserFacingError };

export const NO_STORE = "private, no-store";

const defaultMessages = {
  unauthenticated: "Xin vui lòng đăng nhập.",
  forbidden: "Tài khoản của bạn không có quyền thực hiện yêu cầu này.",
  invalid: "Địa chỉ yêu cầu có tham số không hợp lệ.",
  notFound: "Không tìm thấy nội dung được yêu cầu.",
  unexpected: "Đã có lỗi ngoài dự kiến. Xin vui lòng thử lại sau ít phút.",
};

export type RouteMessages = Partial<Omit<typeof defaultMessages, "unexpected">>;

/** How failures are written: JSON `{ message, fieldErrors? }` for fetch() callers, plain text for links a browser opens. */
export type ErrorFormat = "json" | "text";

/** What Next.js passes as the second argument; `params` holds the dynamic segments of the route. */
export interface RouteContext {
  params: Promise<Record<string, string | string[] | undefined>>;
}

type UserFor<Access extends RouteAccess> = Access extends typeof PUBLIC ? null : SessionUser;

export interface RouteDefinition<
  Access extends RouteAccess,
  Params extends z.ZodType,
  Query extends z.ZodType,
  Result,
> {
  /** A role list from src/domain/access (ROUTE_ACCESS), or PUBLIC for a route anyone may call. */
  access: Access;
  /** Schema of the dynamic path segments; without one, `params` is {}. */
  params?: Params;
  /** Schema of the query string, read as an object of each parameter's first value; without one, `query` is {}. */
  query?: Query;
  errorFormat?: ErrorFormat;
  /** Personal data (the default): no cache may keep the answer. Public catalogue routes may set false. */
  personalData?: boolean;
  messages?: RouteMessages;
  /** A Response (PDF, XLSX) is sent as is; null answers 404; anything else is sent as JSON. */
  run: (context: {
    user: UserFor<Access>;
    params: z.output<Params>;
    query: z.output<Query>;
    request: Request;
  }) => Promise<Result | Response | null>;
}

type Empty = z.ZodType<Record<string, never>>;

/** Next.js's redirect()/notFound() work by throwing: let them through like defineAction does. */
const isNextControlFlow = (error: unknown) =>
  error instanceof Error && "digest" in error && String((error as { digest: unknown }).digest).startsWith("NEXT_");

export function defineRoute<
  Access extends RouteAccess,
  Params extends z.ZodType = Empty,
  Query extends z.ZodType = Empty,
  Result = unknown,
>(definition: RouteDefinition<Access, Params, Query, Result>) {
  const messages = { ...defaultMessages, ...definition.messages };
  const personalData = definition.personalData ?? true;
  const cacheHeaders = (): Record<string, string> => (personalData ? { "Cache-Control": NO_STORE } : {});

  const fail = (status: number, message: string, fieldErrors?: Record<string, string[]>): Response => {
    if (definition.errorFormat === "text") {
      return new Response(message, {
        status,
        headers: { "Content-Type": "text/plain; charset=utf-8", ...cacheHeaders() },
      });
    }
    return Response.json(fieldErrors ? { message, fieldErrors } : { message }, { status, headers: cacheHeaders() });
  };

  /** Parses against the schema; issues without a message of their own get the route's Vietnamese one. */
  const parse = (schema: z.ZodType | undefined, input: unknown) => {
    if (!schema) return { success: true as const, data: {} };
    return schema.safeParse(input, { error: () => messages.invalid });
  };

  return async function handler(request: Request, context?: RouteContext): Promise<Response> {
    let user: SessionUser | null = null;
    if (definition.access !== PUBLIC) {
      const checked = await checkUser(definition.access);
      if (isDenied(checked))
        return checked.reason === "unauthenticated"
          ? fail(401, messages.unauthenticated)
          : fail(403, messages.forbidden);
      user = checked;
    }

    const rawParams = (await context?.params) ?? {};
    const search = new URL(request.url).searchParams;
    const screened = screenParameters(rawParams, search);
    if (screened) return fail(400, screened.message, { [screened.field]: [screened.message] });
    const params = parse(definition.params, rawParams);
    const query = parse(definition.query, firstValues(search));
    const invalid = [params, query].find((result) => !result.success);
    if (invalid && !invalid.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of invalid.error.issues) (fieldErrors[issue.path.join(".") || "_"] ??= []).push(issue.message);
      return fail(400, invalid.error.issues[0]?.message ?? messages.invalid, fieldErrors);
    }

    try {
      const result = await definition.run({
        user: user as UserFor<Access>,
        params: params.data as z.output<Params>,
        query: query.data as z.output<Query>,
        request,
      });
      if (result === null) return fail(404, messages.notFound);
      if (result instanceof Response) {
        if (!personalData) return result;
        // A copy: some responses (redirects, fetched ones) have immutable headers.
        const headers = new Headers(result.headers);
        headers.set("Cache-Control", NO_STORE);
        return new Response(result.body, { status: result.status, statusText: result.statusText, headers });
      }
      return Response.json(result, { headers: cacheHeaders() });
    } catch (error) {
      if (error instanceof NotFoundError) return fail(404, error.message);
      if (error instanceof UserFacingError) return fail(422, error.message, error.fieldErrors);
      if (isNextControlFlow(error)) throw error;
      console.error(`[route] unexpected error in ${request.method} ${new URL(request.url).pathname}`, error);
      return fail(500, messages.unexpected);
    }
  };
}
