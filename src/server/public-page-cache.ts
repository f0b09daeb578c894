// The page cache of the anonymous public pages (issue 13 item 5): the home, the catalogue, a procedure's page and the
// results board (the list and each unit). Every page of the app is rendered per request (the CSP nonce of
// src/proxy.ts, the language cookie, the session); these five are the same for every anonymous visitor of a language,
// so the web server (src/tooling/web-server.ts) keeps the rendered document per path and language for
// PUBLIC_PAGE_TTL_SECONDS and answers from memory, before Next.js.
//
// - What is cached: a GET or HEAD of one of those paths, with no query string (a search or a filter stays live), none
//   of Next.js's router headers (client navigations and prefetches fetch RSC payloads, not documents), and no cookie
//   but the language and Auth.js's sign-in helpers (a staff or citizen session goes to Next.js as before).
// - How it is rendered: by this server itself, over loopback, with only the language cookie and a fixed host (nothing
//   of the visitor's request reaches the cached document). Kept only when the answer is a 200 HTML document that sets
//   no cookie; any other answer (404 of an unknown code…) is remembered as "not cached" and Next.js answers it.
// - The policy: the rendered document's nonce is removed and the policy lists the SHA-256 of each inline script and
//   style of that document (hashedContentSecurityPolicy): a nonce shared by every visitor for a minute would be no
//   nonce. No user input is in these documents (no query string, no cookie but the language), no personal data.
// - Freshness: a fresh entry is served as is; a stale one (up to twice the TTL) is served while one render refreshes
//   it; older is rendered first. So a document is at most 2 × PUBLIC_PAGE_TTL_SECONDS older than its data.
// - On demand: purgePublicPageCache() (the catalogue and organisation administration) empties it in this process.
// No "server-only": the web server imports it outside Next.js.
import { createHash, randomUUID } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { isLocale, localeCookie, defaultLocale, type Locale } from "@/i18n/locales";
import { hashedContentSecurityPolicy, type InlineHashes } from "@/server/content-security-policy";

export const PUBLIC_PAGE_TTL_SECONDS = 30;

/** The cached pages. Path segments of unreserved characters only: one spelling per page (no %-escaped twins). */
const CACHED_PATHS = [
  /^\/$/,
  /^\/thu-tuc$/,
  /^\/thu-tuc\/[A-Za-z0-9._~-]{1,64}$/,
  /^\/ket-qua-giai-quyet$/,
  /^\/ket-qua-giai-quyet\/[A-Za-z0-9._~-]{1,64}$/,
];

/** Cookies that change nothing on these pages (Auth.js's sign-in form helpers). Any other cookie: not cached. */
const NEUTRAL_COOKIES = /^(__Host-|__Secure-)?authjs\.(csrf-token|callback-url)$/;

/** Next.js's client-router headers: such a request wants an RSC payload, not the document. */
const ROUTER_HEADERS = /^(rsc|next-router-.*|next-action|next-url)$/i;

export interface PageKey {
  path: string;
  locale: Locale;
}

interface RequestLike {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

/** The cache key of a request, or null when it must go to Next.js (see the rules above). */
export function publicPageKey(request: RequestLike): PageKey | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const path = request.url ?? "";
  if (!CACHED_PATHS.some((pattern) => pattern.test(path))) return null;
  if (Object.keys(request.headers).some((name) => ROUTER_HEADERS.test(name))) return null;
  let locale: Locale = defaultLocale;
  const cookie = request.headers.cookie;
  for (const pair of (Array.isArray(cookie) ? cookie.join("; ") : (cookie ?? "")).split(";")) {
    if (!pair.trim()) continue;
    const equals = pair.indexOf("=");
    const name = (equals < 0 ? pair : pair.slice(0, equals)).trim();
    const value = equals < 0 ? "" : pair.slice(equals + 1).trim();
    if (name === localeCookie) {
      if (isLocale(value)) locale = value;
    } else if (!NEUTRAL_COOKIES.test(name)) return null;
  }
  return { path, locale };
}

const sha256 = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

/**
 * A rendered document made shareable: its nonce attributes removed and the hashes of its inline scripts (those
 * without src) and styles, over their exact text (both are raw-text elements: what the browser hashes).
 */
export function withoutNonce(html: string, nonce: string | null): { html: string; hashes: InlineHashes } {
  const shared = nonce ? html.replaceAll(` nonce="${nonce}"`, "") : html;
  const scripts: string[] = [];
  for (const match of shared.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(match[1]!) || match[2]!.length === 0) continue;
    scripts.push(sha256(match[2]!));
  }
  const styles = [...shared.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => sha256(match[1]!));
  return { html: shared, hashes: { scripts, styles } };
}

/** What a render answered. */
export interface RenderedPage {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

interface Entry {
  /** null: not cacheable (Next.js answers); kept for the TTL so such a path is not rendered twice per request. */
  page: { headers: [string, string][]; body: Buffer; gzip: Buffer } | null;
  renderedAt: number;
}

// Headers of the rendered answer not replayed: per-connection ones, the length and encoding (set per answer), and the
// nonce policy (replaced by the hashed one).
const DROPPED_HEADERS = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "content-security-policy",
  "etag",
]);

/** A rendered answer as a cache entry, or null when it must not be shared (not a 200 HTML document; sets a cookie). */
export function shareablePage(rendered: RenderedPage): Entry["page"] {
  const header = (name: string) => {
    const value = rendered.headers[name];
    return Array.isArray(value) ? value.join(", ") : value;
  };
  if (rendered.status !== 200 || rendered.headers["set-cookie"] !== undefined) return null;
  if (!/^text\/html\b/.test(header("content-type") ?? "")) return null;
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(header("content-security-policy") ?? "")?.[1] ?? null;
  const { html, hashes } = withoutNonce(rendered.body, nonce);
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(rendered.headers)) {
    if (value === undefined || DROPPED_HEADERS.has(name.toLowerCase())) continue;
    if (name.toLowerCase() === "vary") continue;
    headers.push([name, Array.isArray(value) ? value.join(", ") : value]);
  }
  // Per language (the cookie) and encoding; still private: a shared cache must not mix the two languages.
  const vary = new Map(
    [...(header("vary") ?? "").split(","), "Cookie", "Accept-Encoding"]
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => [name.toLowerCase(), name]),
  );
  headers.push(["vary", [...vary.values()].join(", ")]);
  headers.push(["content-security-policy", hashedContentSecurityPolicy(hashes)]);
  const body = Buffer.from(html, "utf8");
  return { headers, body, gzip: gzipSync(body) };
}

export interface PublicPageCacheOptions {
  render: (key: PageKey) => Promise<RenderedPage>;
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

export class PublicPageCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<Entry>>();
  private readonly render: PublicPageCacheOptions["render"];
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  private generation = 0;

  constructor({
    render,
    ttlMs = PUBLIC_PAGE_TTL_SECONDS * 1000,
    maxEntries = 2000,
    now = Date.now,
  }: PublicPageCacheOptions) {
    this.render = render;
    this.ttlMs = ttlMs;
    this.maxEntries = maxEntries;
    this.now = now;
  }

  /** Empties the cache; renders under way when it is called are not kept. */
  purge(): void {
    this.generation += 1;
    this.entries.clear();
    this.pending.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  /** The entry for a key: fresh from memory, stale while one render refreshes it, or rendered now (one at a time). */
  async lookup(key: PageKey): Promise<{ entry: Entry; state: "hit" | "stale" | "miss" }> {
    const id = `${key.locale} ${key.path}`;
    const entry = this.entries.get(id);
    const age = entry ? this.now() - entry.renderedAt : Infinity;
    if (entry && age < this.ttlMs) return { entry, state: "hit" };
    if (entry && age < 2 * this.ttlMs) {
      void this.refresh(id, key).catch((error: unknown) =>
        console.error("[motcua] public page refresh failed:", error),
      );
      return { entry, state: "stale" };
    }
    return { entry: await this.refresh(id, key), state: "miss" };
  }

  private refresh(id: string, key: PageKey): Promise<Entry> {
    const running = this.pending.get(id);
    if (running) return running;
    const generation = this.generation;
    const done = this.render(key)
      .then((rendered): Entry => {
        const entry = { page: shareablePage(rendered), renderedAt: this.now() };
        if (generation === this.generation) this.store(id, entry);
        return entry;
      })
      .finally(() => {
        if (this.pending.get(id) === done) this.pending.delete(id);
      });
    this.pending.set(id, done);
    return done;
  }

  private store(id: string, entry: Entry): void {
    this.entries.delete(id);
    this.entries.set(id, entry);
    // Oldest first out: the paths are few (procedures × 2 languages), the bound only guards memory.
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  /**
   * Answers a request from the cache. False when the request is not for the cache (or its page is not cacheable):
   * the caller passes it to Next.js.
   */
  async serve(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    const key = publicPageKey(request);
    if (!key) return false;
    let found: Awaited<ReturnType<PublicPageCache["lookup"]>>;
    try {
      found = await this.lookup(key);
    } catch (error) {
      console.error("[motcua] public page render failed, passing the request on:", error);
      return false;
    }
    const { entry, state } = found;
    const page = entry.page;
    if (!page) return false;
    const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    const body = gzip ? page.gzip : page.body;
    response.statusCode = 200;
    for (const [name, value] of page.headers) response.setHeader(name, value);
    if (gzip) response.setHeader("content-encoding", "gzip");
    response.setHeader("content-length", body.length);
    response.setHeader("x-page-cache", state);
    response.end(request.method === "HEAD" ? undefined : body);
    return true;
  }
}

/** The header that marks the cache's own renders (a secret per process: a visitor cannot claim it). */
export const RENDER_HEADER = "x-motcua-page-render";

/** Renders a page through this server over loopback, with only the language cookie and a fixed host. */
export function loopbackRenderer(
  port: number,
  host: string,
): { render: PublicPageCacheOptions["render"]; token: string } {
  const token = randomUUID();
  const render = (key: PageKey) =>
    new Promise<RenderedPage>((resolve, reject) => {
      const request = http.request(
        {
          host: "127.0.0.1",
          port,
          path: key.path,
          method: "GET",
          headers: { host, accept: "text/html", cookie: `${localeCookie}=${key.locale}`, [RENDER_HEADER]: token },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("error", reject);
          response.on("end", () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks).toString("utf8"),
            }),
          );
        },
      );
      request.on("error", reject);
      request.end();
    });
  return { render, token };
}

// One cache per process, reachable from the pages' server code (Next.js bundles its own copy of this module; both
// run in the web server's process and share globalThis).
const GLOBAL_KEY = Symbol.for("motcua.publicPageCache");

export function installPublicPageCache(cache: PublicPageCache): void {
  (globalThis as Record<symbol, unknown>)[GLOBAL_KEY] = cache;
}

/** Drops every cached public page of this process (after the catalogue or the organisation changed). */
export function purgePublicPageCache(): void {
  const cache = (globalThis as Record<symbol, unknown>)[GLOBAL_KEY];
  if (cache instanceof Object && "purge" in cache && typeof cache.purge === "function") cache.purge();
}
