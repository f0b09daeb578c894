// Issue 8, item 7: the malformed-input corpus (NUL and other control characters, invalid UTF-8, U+FFFD, bidi
// controls, lenient numbers, prototype keys, arguments that are not form data, files, a body over the limit or of
// unknown length, a foreign Origin) sent to EVERY server action of the build (its server-reference manifest), EVERY
// route handler (ROUTE_ACCESS) and every page (public, STAFF_PAGES, PRINT_PAGES), signed in with a role that may use
// each. Every answer is below 500, and no table changed (a fingerprint of every row before and after). The corpus
// and the request builders are src/tooling/fuzz/corpus.ts, shared with `npm run fuzz`.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./support/test";
import pg from "pg";
import type { Role } from "../../src/domain/access";
import {
  changedTables,
  DEMO_ACCOUNTS,
  fingerprint,
  realIds,
  send,
  signIn,
  type ProbeResult,
} from "../../src/tooling/fuzz/client";
import {
  actionProbes,
  getProbes,
  loadActions,
  targets,
  type ActionInfo,
  type Probe,
} from "../../src/tooling/fuzz/corpus";

const root = path.resolve(import.meta.dirname, "../..");
const port = process.env.E2E_PORT ?? "3100";
const baseUrl = `http://127.0.0.1:${port}`;

test.describe.configure({ mode: "serial" });

let db: pg.Client;
let before: Record<string, string>;
let actions: ActionInfo[];
let ids: Record<string, string>;
const cookies = new Map<Role | "anonymous", string | null>([["anonymous", null]]);

async function run(probes: Probe[]): Promise<ProbeResult[]> {
  const results: ProbeResult[] = [];
  // A few at a time: quick, and still far from what the server's pools hold.
  for (let start = 0; start < probes.length; start += 8)
    results.push(
      ...(await Promise.all(
        probes.slice(start, start + 8).map((probe) => send(baseUrl, probe, cookies.get(probe.caller) ?? null)),
      )),
    );
  return results;
}

const serverErrors = (results: ProbeResult[]) =>
  results
    .filter((result) => result.status >= 500 || result.status === 0)
    // A connection that failed says why (the client's error), so a reset is told apart from a timeout.
    .map((r) => `${r.status} ${r.probe.label}${r.status === 0 ? ` (${r.body.slice(0, 160)})` : ""}`);

test.beforeAll(async () => {
  const { databaseUrl } = JSON.parse(fs.readFileSync(path.join(root, `test-results/e2e-server-${port}.json`), "utf8"));
  db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  ids = await realIds(db);
  actions = loadActions(root, ids);
  const login = actions.find((action) => action.name === "login")!;
  const roles = new Set<Role>([
    ...actions.flatMap((action) => (action.caller === "anonymous" ? [] : [action.caller])),
    ...[...targets().routes, ...targets().pages].flatMap((target) =>
      target.caller === "anonymous" ? [] : [target.caller],
    ),
  ]);
  for (const role of roles) cookies.set(role, await signIn(baseUrl, login, DEMO_ACCOUNTS[role]));
  // After signing in (which writes its own audit rows): from here on, nothing may change.
  before = await fingerprint(db);
});

test.afterAll(async () => {
  await db?.end();
});

test("every server action refuses the corpus with a 4xx or its own message, never a 5xx", async () => {
  // Each action on a page that accepts uploads (the dossier page, the tracking page, the online submission) gets a
  // body over that page's 50 MB limit: several hundred megabytes through the proxy in all.
  test.setTimeout(300_000);
  expect(actions.length).toBeGreaterThanOrEqual(15);
  const probes = actions.flatMap((action) => actionProbes(action, ids));
  const results = await run(probes);
  expect(serverErrors(results)).toEqual([]);

  // What Next.js refused itself before (500) is now a clear 4xx from src/proxy.ts.
  const byLabel = (suffix: string) => results.filter((result) => result.probe.label.endsWith(suffix));
  for (const result of byLabel(": body over the limit")) expect(result.status, result.probe.label).toBe(413);
  for (const result of byLabel(": chunked body")) expect(result.status, result.probe.label).toBe(411);
  for (const result of [...byLabel(": Origin https://evil.example"), ...byLabel(": Origin null")]) {
    expect(result.status, result.probe.label).toBe(403);
    expect(result.body).toContain("trang web khác");
  }
  // Actions written with defineAction answer with their ActionState: refused, with a Vietnamese message.
  const defined = new Set(actions.filter((a) => !["login", "logout", "setLocale"].includes(a.name)).map((a) => a.id));
  for (const result of results) {
    if (result.status !== 200 || !defined.has(result.probe.headers?.["Next-Action"] ?? "")) continue;
    expect(result.body, result.probe.label).toContain('"ok":false');
    expect(result.body, result.probe.label).toMatch(/Xin vui lòng|không hợp lệ|không có quyền|không nhận tệp/);
  }
  // The three inputs of the finding, by name: NUL, a bidi override, a prototype-key command type.
  const message = (label: string) => results.find((result) => result.probe.label === label)?.body ?? "";
  expect(message("dossierCommandAction: NUL in reason")).toContain("ký tự điều khiển");
  expect(message("dossierCommandAction: bidi override in reason")).toContain("hướng chữ");
  expect(message("dossierCommandAction: invalid UTF-8 bytes in reason")).toContain("lỗi mã hóa");
  expect(message("dossierCommandAction: hex number in expectedVersion")).toContain("Phiên bản hồ sơ không hợp lệ");
  expect(message("dossierCommandAction: type=__proto__")).toContain('"ok":false');
  expect(message("dossierCommandAction: string instead of form")).toContain("không đúng dạng biểu mẫu");
});

test("every route handler answers the corpus with a 4xx, never a 5xx", async () => {
  const { routes } = targets();
  expect(routes.length).toBeGreaterThanOrEqual(10);
  const results = await run(routes.flatMap((route) => getProbes(route, ids, "route")));
  expect(serverErrors(results)).toEqual([]);
  // A NUL in a path segment or a query is refused at the boundary (defineRoute), with the shared parser's message.
  const nulInCode = results.find(
    (result) => result.probe.label === "route /api/pdf/ho-so/[code]/phieu-tiep-nhan: NUL in [code]",
  );
  expect(nulInCode?.status).toBe(400);
  expect(nulInCode?.body).toContain("ký tự điều khiển");
});

test("every page answers the corpus without a 5xx, public pages with a clear message", async () => {
  const { pages } = targets();
  const results = await run(pages.flatMap((page) => getProbes(page, ids, "page")));
  expect(serverErrors(results)).toEqual([]);
  const nulSearch = await send(
    baseUrl,
    { label: "catalogue", caller: "anonymous", method: "GET", path: "/thu-tuc?q=%00" },
    null,
  );
  expect(nulSearch.status).toBeLessThan(500);
  expect(nulSearch.body).toContain("ký tự điều khiển");
  const nulTracking = await send(
    baseUrl,
    { label: "tracking", caller: "anonymous", method: "GET", path: "/tra-cuu?ma=%00&xac-thuc=1234" },
    null,
  );
  expect(nulTracking.body).toContain("ký tự điều khiển");
  const nulProcedure = await send(
    baseUrl,
    { label: "procedure", caller: "anonymous", method: "GET", path: "/thu-tuc/%00" },
    null,
  );
  // The proxy refuses it before the page (src/server/actions/request-guard.ts refuseMalformedUrl).
  expect(nulProcedure.status).toBe(400);
  const badBytes = await send(
    baseUrl,
    { label: "bytes", caller: "anonymous", method: "GET", path: "/thu-tuc/%FF" },
    null,
  );
  expect(badBytes.status).toBe(400);
});

test("no table changed", async () => {
  expect(changedTables(before, await fingerprint(db))).toEqual([]);
});
