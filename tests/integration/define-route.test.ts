import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "../../src/server/auth/session-user";
import { useTestDb } from "../support/db";
import { createTestWorld, sessionsOf, type Sessions } from "../support/fixtures";

// The one route-handler contract (src/server/routes/define-route.ts): 401 for a visitor who is not signed in, 403 for
// another role, 400 for bad parameters, expected errors with their message, unexpected ones logged behind a generic
// 500, and no-store on personal data. Checked on a route defined here and on the real desk, PDF and report routes.
// Only the session (which needs a request) is stood in for, as in lateness-report.test.ts.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/server/auth/guard", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../src/server/auth/guard")>()),
  checkUser: async (roles?: readonly string[]) => {
    if (!session.user) return { reason: "unauthenticated" };
    if (roles && !roles.includes(session.user.role)) return { reason: "forbidden" };
    return session.user;
  },
}));

const { defineRoute, NotFoundError, UserFacingError } = await import("../../src/server/routes/define-route");
const { PUBLIC } = await import("../../src/domain/access");
const deskSearch = await import("../../src/app/api/thu-tuc/tim/route");
const deskProcedure = await import("../../src/app/api/thu-tuc/[id]/route");
const receiptPdf = await import("../../src/app/api/pdf/ho-so/[code]/phieu-tiep-nhan/route");
const trackingBookPdf = await import("../../src/app/api/pdf/so-theo-doi/route");
const latenessExport = await import("../../src/app/api/bao-cao/tre-han/route");

const SECRET = "connection refused at 10.0.0.7:5432 (password=hunter2)";

const probe = defineRoute({
  access: ["OFFICER"],
  params: z.object({ id: z.string().regex(/^\d+$/, "Mã phải là số.") }),
  query: z.object({ fail: z.enum(["no", "expected", "missing", "unexpected"]).default("no") }),
  run: async ({ user, params, query }) => {
    if (query.fail === "expected") throw new UserFacingError("Hồ sơ đã được cập nhật bởi người khác.");
    if (query.fail === "missing") throw new NotFoundError("Không tìm thấy hồ sơ.");
    if (query.fail === "unexpected") throw new Error(SECRET);
    return params.id === "0" ? null : { id: params.id, by: user.username };
  },
});

const catalogue = defineRoute({
  access: PUBLIC,
  personalData: false,
  run: async ({ user }) => ({ signedIn: user !== null }),
});

const get = (url: string) => new Request(`http://localhost${url}`);
const withParams = (params: Record<string, string>) => ({ params: Promise.resolve(params) });

describe("defineRoute: the route-handler contract", () => {
  const db = useTestDb();
  let as: Sessions;

  beforeAll(async () => {
    as = sessionsOf(await createTestWorld(db));
  });
  afterEach(() => {
    session.user = null;
    vi.restoreAllMocks();
  });

  it("401 for a visitor who is not signed in, 403 for a signed-in user of another role, both no-store", async () => {
    const anonymous = await probe(get("/x/1"), withParams({ id: "1" }));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ message: "Xin vui lòng đăng nhập." });
    expect(anonymous.headers.get("cache-control")).toBe("private, no-store");

    session.user = as.receptionist;
    const forbidden = await probe(get("/x/1"), withParams({ id: "1" }));
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get("cache-control")).toBe("private, no-store");
  });

  it("200 JSON with no-store for the right role; 404 when run finds nothing", async () => {
    session.user = as.officer;
    const ok = await probe(get("/x/7"), withParams({ id: "7" }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ id: "7", by: as.officer.username });
    expect(ok.headers.get("cache-control")).toBe("private, no-store");
    expect((await probe(get("/x/0"), withParams({ id: "0" }))).status).toBe(404);
  });

  it("400 with the schema's Vietnamese message and the field, or the route's own message for a bare issue", async () => {
    session.user = as.officer;
    const badParam = await probe(get("/x/abc"), withParams({ id: "abc" }));
    expect(badParam.status).toBe(400);
    expect(await badParam.json()).toEqual({ message: "Mã phải là số.", fieldErrors: { id: ["Mã phải là số."] } });

    const badQuery = await probe(get("/x/1?fail=maybe"), withParams({ id: "1" }));
    expect(badQuery.status).toBe(400);
    expect((await badQuery.json()).message).toBe("Địa chỉ yêu cầu có tham số không hợp lệ.");
  });

  it("400 before any schema or query for what no link carries: NUL, invalid UTF-8, bidi controls, prototype keys", async () => {
    session.user = as.officer;
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    // A NUL in a PDF link's code reached PostgreSQL, which refuses U+0000 in text: 500 and a stack trace in the log.
    const nulCode = await receiptPdf.GET(get("/api/pdf/ho-so/%00/phieu-tiep-nhan"), withParams({ code: "\u0000" }));
    expect(nulCode.status).toBe(400);
    expect(await nulCode.text()).toContain("ký tự điều khiển");
    session.user = as.receptionist;
    for (const query of ["q=%00", "q=ket%00hon", "q=L%C3%28i", "q=%E2%80%AEabc", "__proto__=1", "q=%C2%85"]) {
      const answer = await deskSearch.GET(get(`/api/thu-tuc/tim?${query}`));
      expect(answer.status, query).toBe(400);
      expect((await answer.json()).message, query).toMatch(/Xin vui lòng|không hợp lệ/);
    }
    session.user = as.officer;
    const bidiParam = await probe(get("/x/1"), withParams({ id: "1\u202E" }));
    expect(bidiParam.status).toBe(400);
    expect((await bidiParam.json()).fieldErrors).toEqual({ id: [expect.stringContaining("hướng chữ")] });
    expect(log).not.toHaveBeenCalled();
  });

  it("expected errors keep their message (422, 404); unexpected ones are logged and answered 500 without internals", async () => {
    session.user = as.officer;
    const expected = await probe(get("/x/1?fail=expected"), withParams({ id: "1" }));
    expect(expected.status).toBe(422);
    expect((await expected.json()).message).toBe("Hồ sơ đã được cập nhật bởi người khác.");
    const missing = await probe(get("/x/1?fail=missing"), withParams({ id: "1" }));
    expect(missing.status).toBe(404);
    expect((await missing.json()).message).toBe("Không tìm thấy hồ sơ.");

    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const unexpected = await probe(get("/x/1?fail=unexpected"), withParams({ id: "1" }));
    expect(unexpected.status).toBe(500);
    const body = await unexpected.text();
    expect(body).not.toContain("10.0.0.7");
    expect(body).not.toContain("hunter2");
    expect(JSON.parse(body)).toEqual({ message: "Đã có lỗi ngoài dự kiến. Xin vui lòng thử lại sau ít phút." });
    expect(unexpected.headers.get("cache-control")).toBe("private, no-store");
    expect(log).toHaveBeenCalledOnce();
    expect(String(log.mock.calls[0]?.[0])).toContain("GET /x/1");
  });

  it("a public route skips the session and may leave caching to the defaults", async () => {
    const response = await catalogue(get("/danh-muc"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ signedIn: false });
    expect(response.headers.get("cache-control")).toBeNull();
  });

  it("the desk's JSON routes: 401 / 403 with the desk's wording, 400 for a malformed id, no-store results", async () => {
    const anonymous = await deskSearch.GET(get("/api/thu-tuc/tim?q=ket+hon"), withParams({}));
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).message).toMatch(/Phiên đăng nhập đã hết hạn/);
    session.user = as.officer;
    expect((await deskSearch.GET(get("/api/thu-tuc/tim?q=ket+hon"), withParams({}))).status).toBe(403);

    session.user = as.receptionist;
    const search = await deskSearch.GET(get("/api/thu-tuc/tim?q=ket+hon"), withParams({}));
    expect(search.status).toBe(200);
    expect(search.headers.get("cache-control")).toBe("private, no-store");
    expect(await search.json()).toHaveProperty("results");

    const malformed = await deskProcedure.GET(get("/api/thu-tuc/NOT-AN-ID"), withParams({ id: "NOT-AN-ID" }));
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).message).toBe("Không tìm thấy thủ tục.");
  });

  it("the PDF routes answer in plain text: 401 for a visitor, 403 for the tracking book of another role, 404 for an unknown dossier", async () => {
    const anonymous = await receiptPdf.GET(get("/api/pdf/ho-so/X/phieu-tiep-nhan"), withParams({ code: "X" }));
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await anonymous.text()).toBe("Xin vui lòng đăng nhập.");

    session.user = as.officer;
    const book = await trackingBookPdf.GET(get("/api/pdf/so-theo-doi"), withParams({}));
    expect(book.status).toBe(403);
    expect(await book.text()).toMatch(/sổ theo dõi hồ sơ/);
    const missing = await receiptPdf.GET(
      get("/api/pdf/ho-so/KHONG-CO/phieu-tiep-nhan"),
      withParams({ code: "KHONG-CO" }),
    );
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBe("private, no-store");

    session.user = as.receptionist;
    const badPeriod = await trackingBookPdf.GET(get("/api/pdf/so-theo-doi?tu=2026-13-01"), withParams({}));
    expect(badPeriod.status).toBe(400);
    expect(await badPeriod.text()).toMatch(/^Ngày không hợp lệ/);
  });

  it("the late-dossier export: 401 for a visitor who is not signed in (it used to answer 403)", async () => {
    const response = await latenessExport.GET(get("/api/bao-cao/tre-han"), withParams({}));
    expect(response.status).toBe(401);
    expect((await response.json()).message).toBe("Xin vui lòng đăng nhập để tải báo cáo.");
  });
});
