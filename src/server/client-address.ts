// The client's network address, the key of every per-address limit (src/server/rate-limit.ts). Next.js gives route
// handlers, pages and actions only the request headers, and keeps an X-Forwarded-For the client sent itself, so the
// address is settled before Next.js sees the request: the portal's web server (src/tooling/web-server.ts) takes the
// socket's address and the entries that the configured number of trusted proxies appended, writes the result into
// CLIENT_ADDRESS_HEADER, and overwrites any copy the client sent. No "server-only" here: that server imports it.

/** Written by the web server on every request; a client-supplied copy is replaced, never trusted. */
export const CLIENT_ADDRESS_HEADER = "x-motcua-client-address";

/** Longest address kept (an IPv6 address with a zone fits); longer values are cut, never used as huge keys. */
const MAX_ADDRESS_LENGTH = 64;

/** "::ffff:127.0.0.1" (IPv4 on a dual-stack socket) and "127.0.0.1" are one client. */
function normaliseAddress(address: string): string {
  const trimmed = address.trim().slice(0, MAX_ADDRESS_LENGTH);
  return trimmed.toLowerCase().startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

/**
 * The client address from the socket and X-Forwarded-For, trusting `trustedHops` proxies in front of the portal.
 * Each trusted proxy appends the address it received the request from (nginx: `$proxy_add_x_forwarded_for`), so
 * reading from the right: the socket is the nearest proxy (or the client when there is none), the last entry is what
 * that proxy saw, and so on. With 0 hops the header is ignored entirely; anything left of the trusted entries was
 * written by the client and is never used. When there are fewer entries than hops (a proxy missing), the furthest
 * entry a proxy could have written is used.
 */
export function resolveClientAddress(input: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedHops: number;
}): string {
  const header = Array.isArray(input.forwardedFor) ? input.forwardedFor.join(",") : (input.forwardedFor ?? "");
  const forwarded = header
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Nearest first: the socket, then the X-Forwarded-For entries from right to left.
  const chain = [input.socketAddress ?? "", ...forwarded.reverse()];
  const hops = Math.max(0, Math.floor(input.trustedHops));
  const address = chain[Math.min(hops, chain.length - 1)];
  return normaliseAddress(address ?? "") || "unknown";
}

/**
 * TRUSTED_PROXY_HOPS: how many reverse proxies stand between the clients and the portal (0 when clients connect
 * directly). A whole number from 0 to 10; anything else is refused with the reason.
 */
export function parseTrustedProxyHops(
  value: string | undefined,
): { ok: true; hops: number } | { ok: false; message: string } {
  if (value === undefined || value.trim() === "") {
    return {
      ok: false,
      message:
        "TRUSTED_PROXY_HOPS is required: the number of reverse proxies in front of the portal (0 when clients connect " +
        "directly, 1 behind one nginx). See docs/deployment.md.",
    };
  }
  if (!/^\d{1,2}$/.test(value.trim()) || Number(value) > 10) {
    return { ok: false, message: `TRUSTED_PROXY_HOPS must be a whole number from 0 to 10 (got "${value}").` };
  }
  return { ok: true, hops: Number(value.trim()) };
}
