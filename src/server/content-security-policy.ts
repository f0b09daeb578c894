// The Content-Security-Policy of every page. Two forms, one list of directives:
// - Pages rendered per request (staff, citizen, kiosk, print, sign-in): a fresh nonce per request (src/proxy.ts sets
//   it on the request, where Next.js finds it and puts it on its own scripts and styles, and on the response). Scripts
//   run only with the nonce (and what they load: 'strict-dynamic').
// - The anonymous public pages served from the page cache (src/server/public-page-cache.ts): the document is the same
//   for every visitor for a minute, so a nonce would be reused; instead the policy lists the SHA-256 of each inline
//   script and style of that exact document, and same-origin files ('self': Next.js's chunks). No 'unsafe-inline'.
// Both: no plugin objects; no <base> elsewhere; forms post only here; no site may frame the portal. Inline style
// attributes stay allowed (the printed forms size their fonts and columns with them; an attribute cannot run
// script). No "server-only": the proxy and the web server import it.

/** The request header that carries the nonce to server components (e.g. a page's own <style>). */
export const NONCE_HEADER = "x-nonce";

/** 128 random bits, base64. Web Crypto, available to the proxy in any runtime. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

function policy(scriptSources: string, styleSources: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources}`,
    `style-src ${styleSources}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function contentSecurityPolicy(nonce: string, { development }: { development: boolean }): string {
  return policy(
    // React in development rebuilds server error stacks with eval (Next.js docs, "Content Security Policy").
    `'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // The development server injects styles without the nonce.
    `'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
  );
}

/** Base64 SHA-256 digests ("sha256-…" without quotes) of a cached document's inline scripts and styles. */
export interface InlineHashes {
  scripts: readonly string[];
  styles: readonly string[];
}

/**
 * The policy of one cached public document: its own inline scripts and styles by hash, files from this origin.
 * Not 'strict-dynamic' (which would ignore 'self', and the document's <script src> tags carry no hash).
 */
export function hashedContentSecurityPolicy({ scripts, styles }: InlineHashes): string {
  const quoted = (hashes: readonly string[]) => [...new Set(hashes)].map((hash) => ` '${hash}'`).join("");
  return policy(`'self'${quoted(scripts)}`, `'self'${quoted(styles)}`);
}
