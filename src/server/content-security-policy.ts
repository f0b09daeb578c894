// The Content-Security-Policy of every page, with a fresh nonce per request (src/proxy.ts sets it on the request, where
// Next.js finds the nonce and puts it on its own scripts and styles, and on the response). Scripts run only with the
// nonce (and what they load: 'strict-dynamic'); no plugin objects; no <base> elsewhere; forms post only here; no site
// may frame the portal. Inline style attributes stay allowed (the printed forms size their fonts and columns with
// them; an attribute cannot run script). No "server-only": the proxy imports it.

/** The request header that carries the nonce to server components (e.g. a page's own <style>). */
export const NONCE_HEADER = "x-nonce";

/** 128 random bits, base64. Web Crypto, available to the proxy in any runtime. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, { development }: { development: boolean }): string {
  return [
    "default-src 'self'",
    // React in development rebuilds server error stacks with eval (Next.js docs, "Content Security Policy").
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // The development server injects styles without the nonce.
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
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
