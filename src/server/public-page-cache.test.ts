// The public page cache (docs/public-board.md, "Caching"; docs/security.md, the CSP row): which requests it answers,
// the hash policy of a shared document, and when a document is rendered again.
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, hashedContentSecurityPolicy } from "./content-security-policy";
import {
  PublicPageCache,
  publicPageKey,
  shareablePage,
  withoutNonce,
  type PageKey,
  type RenderedPage,
} from "./public-page-cache";

const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });

describe("which requests the page cache answers: anonymous documents of the five public pages, per language", () => {
  it("the home, the catalogue, a procedure, the board and a unit's board, Vietnamese without a cookie", () => {
    for (const path of ["/", "/thu-tuc", "/thu-tuc/1.001193", "/ket-qua-giai-quyet", "/ket-qua-giai-quyet/PST"])
      expect(publicPageKey(get(path)), path).toEqual({ path, locale: "vi" });
    expect(publicPageKey({ method: "HEAD", url: "/", headers: {} })).toEqual({ path: "/", locale: "vi" });
  });

  it("keys the language cookie: English apart; an unknown value is the default language", () => {
    expect(publicPageKey(get("/thu-tuc", { cookie: "NEXT_LOCALE=en" }))).toEqual({ path: "/thu-tuc", locale: "en" });
    expect(publicPageKey(get("/thu-tuc", { cookie: "NEXT_LOCALE=fr" }))).toEqual({ path: "/thu-tuc", locale: "vi" });
    // Auth.js's sign-in helpers change nothing on these pages.
    expect(
      publicPageKey(get("/", { cookie: "authjs.csrf-token=abc; NEXT_LOCALE=en; __Secure-authjs.callback-url=x" })),
    ).toEqual({ path: "/", locale: "en" });
  });

  it("leaves to Next.js a query string (search, filters), other pages, citizen and staff pages, and other methods", () => {
    for (const path of [
      "/thu-tuc?q=khai+sinh",
      "/thu-tuc?linh-vuc=HT",
      "/?x=1",
      "/thu-tuc/1.001193/nop-truc-tuyen",
      "/tra-cuu",
      "/ho-so-cua-toi",
      "/danh-gia",
      "/thanh-toan",
      "/phan-anh-kien-nghi",
      "/ho-so",
      "/dang-nhap",
      "/quay/abc",
      // One spelling per page: no %-escaped twin of a code gets an entry of its own.
      "/thu-tuc/%31.001193",
      "/ket-qua-giai-quyet/PST/",
    ])
      expect(publicPageKey(get(path)), path).toBeNull();
    expect(publicPageKey({ method: "POST", url: "/", headers: {} })).toBeNull();
  });

  it("leaves to Next.js a visitor with a session (staff or citizen) or any other cookie, and client-router requests", () => {
    expect(publicPageKey(get("/", { cookie: "authjs.session-token=abc" }))).toBeNull();
    expect(publicPageKey(get("/", { cookie: "NEXT_LOCALE=vi; __Secure-authjs.session-token.0=abc" }))).toBeNull();
    expect(publicPageKey(get("/", { cookie: "motcua_citizen=abc" }))).toBeNull();
    expect(publicPageKey(get("/", { rsc: "1" }))).toBeNull();
    expect(publicPageKey(get("/thu-tuc", { "next-router-prefetch": "1" }))).toBeNull();
    expect(publicPageKey(get("/", { "next-action": "abc" }))).toBeNull();
  });
});

describe("a shared document's policy: its own inline scripts and styles by SHA-256, no nonce, no 'unsafe-inline'", () => {
  const nonce = "bm9uY2Utb2YtdGhlLXJlbmRlcg==";
  const html =
    `<html><head><style nonce="${nonce}">body{color:red}</style>` +
    `<script src="/_next/static/chunks/a.js" async="" nonce="${nonce}"></script></head>` +
    `<body><script nonce="${nonce}">self.__next_f.push([1,"x"])</script><script nonce="${nonce}"></script></body></html>`;

  it("hashes the exact text of each inline script and style (digests computed apart), not the files", () => {
    const { html: shared, hashes } = withoutNonce(html, nonce);
    expect(hashes.scripts).toEqual(["sha256-G8L1SiKTJMbDlG4FGFKHgqgbC5cAhf7b3dVem2cCN2c="]);
    expect(hashes.styles).toEqual(["sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E="]);
    expect(shared).not.toContain(nonce);
    expect(shared).toContain('<script src="/_next/static/chunks/a.js" async=""></script>');
  });

  it("keeps a rendered 200 HTML page with the hash policy and Next's other headers, replacing the nonce policy", () => {
    const page = shareablePage({
      status: 200,
      headers: {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": contentSecurityPolicy(nonce, { development: false }),
        "x-frame-options": "DENY",
        vary: "rsc, Accept-Encoding",
        date: "Sat, 05 Dec 2026 17:00:00 GMT",
      },
      body: html,
    })!;
    const headers = new Map(page.headers);
    const policy = headers.get("content-security-policy")!;
    expect(policy).toBe(
      hashedContentSecurityPolicy({
        scripts: ["sha256-G8L1SiKTJMbDlG4FGFKHgqgbC5cAhf7b3dVem2cCN2c="],
        styles: ["sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E="],
      }),
    );
    expect(policy).toContain(
      "script-src 'self' 'sha256-G8L1SiKTJMbDlG4FGFKHgqgbC5cAhf7b3dVem2cCN2c='; style-src 'self' 'sha256-",
    );
    const directive = (name: string) => policy.split("; ").find((part) => part.startsWith(`${name} `))!;
    for (const name of ["script-src", "style-src"]) expect(directive(name)).not.toMatch(/nonce|unsafe/);
    expect(policy).not.toContain("nonce");
    for (const directive of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"])
      expect(policy).toContain(directive);
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("vary")).toBe("rsc, Accept-Encoding, Cookie");
    expect(headers.has("date")).toBe(false);
    expect(page.body.toString("utf8")).not.toContain(nonce);
  });

  it("shares nothing that sets a cookie, is not a 200, or is not HTML", () => {
    const ok: RenderedPage = { status: 200, headers: { "content-type": "text/html" }, body: "<p>x</p>" };
    expect(shareablePage(ok)).not.toBeNull();
    expect(shareablePage({ ...ok, headers: { ...ok.headers, "set-cookie": ["a=b"] } })).toBeNull();
    expect(shareablePage({ ...ok, status: 404 })).toBeNull();
    expect(shareablePage({ ...ok, status: 307 })).toBeNull();
    expect(shareablePage({ ...ok, headers: { "content-type": "text/x-component" } })).toBeNull();
  });
});

describe("when a public document is rendered again", () => {
  function setup(status = 200) {
    let clock = 0;
    const renders: PageKey[] = [];
    let release: () => void = () => undefined;
    let gate: Promise<void> = Promise.resolve();
    const cache = new PublicPageCache({
      ttlMs: 30_000,
      maxEntries: 3,
      now: () => clock,
      render: async (key) => {
        renders.push(key);
        await gate;
        return { status, headers: { "content-type": "text/html" }, body: `<p>${key.path} ${renders.length}</p>` };
      },
    });
    return {
      cache,
      renders,
      advance: (ms: number) => (clock += ms),
      hold: () => (gate = new Promise((resolve) => (release = resolve))),
      release: () => release(),
    };
  }
  const body = async (cache: PublicPageCache, key: PageKey) => {
    const { entry, state } = await cache.lookup(key);
    return { state, text: entry.page?.body.toString("utf8") ?? null };
  };
  const home: PageKey = { path: "/", locale: "vi" };

  it("once for visitors arriving together, then from memory until the TTL", async () => {
    const t = setup();
    t.hold();
    const together = [t.cache.lookup(home), t.cache.lookup(home), t.cache.lookup(home)];
    t.release();
    await Promise.all(together);
    expect(t.renders).toHaveLength(1);
    t.advance(29_999);
    expect(await body(t.cache, home)).toEqual({ state: "hit", text: "<p>/ 1</p>" });
    expect(t.renders).toHaveLength(1);
  });

  it("each language apart", async () => {
    const t = setup();
    await t.cache.lookup(home);
    await t.cache.lookup({ path: "/", locale: "en" });
    expect(t.renders).toEqual([home, { path: "/", locale: "en" }]);
  });

  it("after the TTL: the stale document once while one render refreshes it; past twice the TTL: rendered first", async () => {
    const t = setup();
    await t.cache.lookup(home);
    t.advance(30_000);
    expect(await body(t.cache, home)).toEqual({ state: "stale", text: "<p>/ 1</p>" });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await body(t.cache, home)).toEqual({ state: "hit", text: "<p>/ 2</p>" });
    t.advance(60_000);
    expect(await body(t.cache, home)).toEqual({ state: "miss", text: "<p>/ 3</p>" });
  });

  it("at once after a purge (the catalogue or organisation changed)", async () => {
    const t = setup();
    await t.cache.lookup(home);
    t.cache.purge();
    expect(await body(t.cache, home)).toEqual({ state: "miss", text: "<p>/ 2</p>" });
  });

  it("a page that cannot be shared (404) is remembered as such for the TTL, not rendered for every request", async () => {
    const t = setup(404);
    const missing = { path: "/thu-tuc/KHONG-CO", locale: "vi" } as const;
    expect(await body(t.cache, missing)).toEqual({ state: "miss", text: null });
    expect(await body(t.cache, missing)).toEqual({ state: "hit", text: null });
    expect(t.renders).toHaveLength(1);
  });

  it("keeps at most maxEntries documents, the oldest out first", async () => {
    const t = setup();
    for (const path of ["/", "/thu-tuc", "/ket-qua-giai-quyet", "/thu-tuc/1.001193"])
      await t.cache.lookup({ path, locale: "vi" });
    expect(t.cache.size).toBe(3);
    expect((await t.cache.lookup(home)).state).toBe("miss");
  });
});
