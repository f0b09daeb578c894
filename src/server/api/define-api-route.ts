import "server-only";
// The one wrapper for the REST API's route handlers (src/app/api/v1/**), beside defineRoute (staff session routes).
// Every call, in this order:
// 1. the key: a route with a permission needs `Authorization: Bearer <key>`; a missing, malformed, unknown, wrong,
//    revoked or expired key is answered 401 (with WWW-Authenticate), the same for all, with no data. A public route
//    (the catalogue) needs none, but a key sent to it is checked the same way;
// 2. the rate limit: per client, or per address for a public call without a key: 429 with Retry-After once the
//    window's calls are spent; every answer carries RateLimit and RateLimit-Policy;
// 3. the permission: 403 when the client lacks it;
// 4. the parameters: screened for what no client sends (control characters, invalid UTF-8, bidi controls, prototype
//    keys: src/lib/text-input.ts) and parsed by their zod schema (src/domain/api/schemas.ts, the same objects the
//    OpenAPI document is generated from); unknown parameters are refused: 400 listing every issue;
// 5. the handler: null is 404 (missing or out of scope alike), an ApiProblem its own status, anything unexpected 500
//    (logged here, never its text in the answer);
// 6. the audit: one AuditEntry "api.call" per call of a known client, whatever the status (client id, method, path,
//    status; no personal data). Public calls without a key are not audited (they read what the public pages show).
// Every error is an RFC 9457 problem (application/problem+json: src/domain/api/problem.ts).
import { RateLimiterRes } from "rate-limiter-flexible";
import type { z } from "zod";
import type { PUBLIC } from "@/domain/access";
import {
  hasPermission,
  issuesOf,
  problem,
  PROBLEM_CONTENT_TYPE,
  type ApiPermission,
  type Problem,
  type ProblemKind,
} from "@/domain/api";
import { recordAudit } from "@/server/data/audit";
import { API_CALLS_PER_MINUTE, apiCallsByAddress, apiCallsByClient, clientAddress } from "@/server/rate-limit";
import type { RouteContext } from "@/server/routes/define-route";
import { firstValues, screenParameters } from "@/server/routes/screen-parameters";
import { NotFoundError } from "@/server/user-facing-error";
import { authenticateKey, type ApiClientIdentity } from "./clients";

/** An expected refusal inside a handler (e.g. 403 for a unit outside the client's scope). */
export class ApiProblem extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly detail: string,
  ) {
    super(detail);
  }
}

const WINDOW_SECONDS = 60;
const NO_STORE = "private, no-store";

type ClientFor<Permission> = Permission extends ApiPermission ? ApiClientIdentity : ApiClientIdentity | null;

export interface ApiRouteDefinition<
  Permission extends ApiPermission | null,
  Params extends z.ZodType,
  Query extends z.ZodType,
  Result,
> {
  /** The route's entry in ROUTE_ACCESS (src/domain/access): PUBLIC, no staff session; the key is checked here. */
  access: typeof PUBLIC;
  /** The permission a client needs; null for a public route (the catalogue, the document, the reference page). */
  permission: Permission;
  params?: Params;
  query?: Query;
  /**
   * The answer's schema (src/domain/api/schemas.ts, the one the OpenAPI document shows): a JSON answer is parsed
   * with it before it leaves, so it carries exactly the documented fields (extra ones are dropped) or fails loudly.
   */
  response?: z.ZodType;
  /** Cache-Control of a successful answer; default `private, no-store`. */
  cacheControl?: string;
  run: (context: {
    client: ClientFor<Permission>;
    params: z.output<Params>;
    query: z.output<Query>;
    request: Request;
    /** The request's path: the `instance` of a problem. */
    instance: string;
  }) => Promise<Result | Response | null>;
}

export type Empty = z.ZodType<Record<string, never>>;

/** A repeated parameter (?status=A&status=B) is refused rather than silently read as its first value. */
const repeatedKey = (search: URLSearchParams): string | null => {
  const seen = new Set<string>();
  for (const key of search.keys()) {
    if (seen.has(key)) return key;
    seen.add(key);
  }
  return null;
};

function problemResponse(body: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { "Content-Type": PROBLEM_CONTENT_TYPE, "Cache-Control": NO_STORE, ...headers },
  });
}

function addressOf(request: Request): string | undefined {
  try {
    return clientAddress(request.headers);
  } catch {
    return undefined;
  }
}

export function defineApiRoute<
  Permission extends ApiPermission | null,
  Params extends z.ZodType = Empty,
  Query extends z.ZodType = Empty,
  Result = unknown,
>(definition: ApiRouteDefinition<Permission, Params, Query, Result>) {
  return async function handler(request: Request, context?: RouteContext): Promise<Response> {
    const url = new URL(request.url);
    const instance = url.pathname;
    const authorization = request.headers.get("authorization");

    // 1. The key.
    let client: ApiClientIdentity | null = null;
    if (definition.permission !== null || authorization !== null) {
      client = await authenticateKey(authorization);
      if (!client) {
        const detail = authorization
          ? "Khóa API không đúng, đã bị thu hồi hoặc đã hết hạn."
          : "Xin gửi khóa API trong tiêu đề Authorization: Bearer <khóa>.";
        const challenge = `Bearer realm="MotCua API"${authorization ? ', error="invalid_token"' : ""}`;
        return problemResponse(problem("unauthorized", detail, instance), { "WWW-Authenticate": challenge });
      }
    }

    const respond = async (response: Response): Promise<Response> => {
      if (client) {
        await recordAudit({
          actorId: null,
          action: "api.call",
          entity: "ApiClient",
          entityId: client.id,
          detail: { method: request.method, path: instance, status: response.status },
          ip: addressOf(request),
        });
      }
      return response;
    };

    // 2. The rate limit.
    const limiter = client ? apiCallsByClient : apiCallsByAddress;
    const limitKey = client?.id ?? addressOf(request) ?? "unknown";
    let remaining: number;
    let resetSeconds: number;
    try {
      const state = await limiter.consume(limitKey);
      remaining = state.remainingPoints;
      resetSeconds = Math.ceil(state.msBeforeNext / 1000);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const retryAfter = String(Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
      return respond(
        problemResponse(
          problem(
            "rate-limited",
            `Mỗi khóa được gọi ${API_CALLS_PER_MINUTE} lần mỗi phút; xin gọi lại sau ${retryAfter} giây.`,
            instance,
          ),
          {
            "Retry-After": retryAfter,
            RateLimit: `limit=${API_CALLS_PER_MINUTE}, remaining=0, reset=${retryAfter}`,
            "RateLimit-Policy": `${API_CALLS_PER_MINUTE};w=${WINDOW_SECONDS}`,
          },
        ),
      );
    }
    const rateHeaders = {
      RateLimit: `limit=${API_CALLS_PER_MINUTE}, remaining=${remaining}, reset=${resetSeconds}`,
      "RateLimit-Policy": `${API_CALLS_PER_MINUTE};w=${WINDOW_SECONDS}`,
    };
    const fail = (kind: ProblemKind, detail: string, errors?: Problem["errors"]) =>
      respond(problemResponse(problem(kind, detail, instance, errors), rateHeaders));

    // 3. The permission.
    if (definition.permission !== null && !hasPermission(client!.permissions, definition.permission))
      return fail("forbidden", `Khóa API này chưa được cấp quyền ${definition.permission}.`);

    // 4. The parameters.
    const rawParams = (await context?.params) ?? {};
    const screened = screenParameters(rawParams, url.searchParams);
    if (screened) {
      const location = screened.field in rawParams ? "path" : "query";
      return fail("invalid-request", screened.message, [
        { location, name: screened.field, message: screened.message, code: "invalid_text" },
      ]);
    }
    const repeated = repeatedKey(url.searchParams);
    if (repeated) {
      const message = "Mỗi tham số chỉ được gửi một lần.";
      return fail("invalid-request", message, [{ location: "query", name: repeated, message, code: "repeated" }]);
    }
    const params = definition.params ? definition.params.safeParse(rawParams) : { success: true as const, data: {} };
    const query = definition.query
      ? definition.query.safeParse(firstValues(url.searchParams))
      : url.searchParams.size > 0
        ? null
        : { success: true as const, data: {} };
    if (query === null) {
      const errors = [...url.searchParams.keys()].map((name) => ({
        location: "query" as const,
        name,
        message: "Địa chỉ này không nhận tham số.",
        code: "unrecognized_keys",
      }));
      return fail("invalid-request", "Địa chỉ này không nhận tham số.", errors);
    }
    if (!params.success || !query.success) {
      const errors = [
        ...(params.success ? [] : issuesOf("path", params.error.issues)),
        ...(query.success ? [] : issuesOf("query", query.error.issues)),
      ];
      return fail("invalid-request", errors[0]?.message ?? "Tham số không hợp lệ.", errors);
    }

    // 5. The handler.
    try {
      const result = await definition.run({
        client: client as ClientFor<Permission>,
        params: params.data as z.output<Params>,
        query: query.data as z.output<Query>,
        request,
        instance,
      });
      if (result === null) return fail("not-found", "Không tìm thấy nội dung được yêu cầu trong phạm vi của khóa.");
      if (result instanceof Response) {
        const headers = new Headers(result.headers);
        for (const [name, value] of Object.entries(rateHeaders)) headers.set(name, value);
        return respond(new Response(result.body, { status: result.status, headers }));
      }
      const body = definition.response ? definition.response.parse(result) : result;
      return respond(
        Response.json(body, { headers: { "Cache-Control": definition.cacheControl ?? NO_STORE, ...rateHeaders } }),
      );
    } catch (error) {
      if (error instanceof ApiProblem) return fail(error.kind, error.detail);
      if (error instanceof NotFoundError) return fail("not-found", error.message);
      console.error(`[api] unexpected error in ${request.method} ${instance}`, error);
      return fail("internal", "Đã có lỗi ngoài dự kiến; lỗi đã được ghi lại. Xin vui lòng thử lại sau ít phút.");
    }
  };
}
