// Short-lived download links: an HMAC-SHA256 over the stored file's key and an expiry, so a link can be handed to a
// browser without making the file public. Uses the platform's Web Crypto (no imports); the secret and the clock
// come from the caller.

export type LinkCheck = { ok: true; key: string } | { ok: false; reason: "malformed" | "tampered" | "expired" };

const encoder = new TextEncoder();

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

async function mac(secret: string, key: string, expiresAt: number): Promise<Uint8Array> {
  const cryptoKey = await crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const signature = await crypto.subtle.sign(
    "HMAC",
    cryptoKey,
    encoder.encode(`motcua-download\n${key}\n${expiresAt}`),
  );
  return new Uint8Array(signature);
}

/** Compares in time that does not depend on where the inputs differ. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

/** A token for `key`, valid until `now + ttlSeconds` (whole seconds since the epoch). */
export async function signDownloadToken(secret: string, key: string, now: Date, ttlSeconds: number): Promise<string> {
  if (secret.length < 32) throw new Error("signing secret must be at least 32 characters");
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) throw new Error("ttlSeconds must be a positive integer");
  const expiresAt = Math.floor(now.getTime() / 1000) + ttlSeconds;
  const encodedKey = toBase64Url(encoder.encode(key));
  return `${encodedKey}.${expiresAt}.${toBase64Url(await mac(secret, key, expiresAt))}`;
}

/** Checks a token's signature first, then its expiry. */
export async function verifyDownloadToken(secret: string, token: string, now: Date): Promise<LinkCheck> {
  const [encodedKey, expiry, signature, ...rest] = token.split(".");
  const base64url = /^[A-Za-z0-9_-]+$/;
  if (
    rest.length > 0 ||
    encodedKey === undefined ||
    expiry === undefined ||
    signature === undefined ||
    !base64url.test(encodedKey) ||
    !base64url.test(signature) ||
    !/^\d{1,12}$/.test(expiry)
  ) {
    return { ok: false, reason: "malformed" };
  }
  let key: string;
  let given: Uint8Array;
  try {
    key = new TextDecoder("utf-8", { fatal: true }).decode(fromBase64Url(encodedKey));
    given = fromBase64Url(signature);
  } catch {
    return { ok: false, reason: "malformed" };
  }
  const expiresAt = Number(expiry);
  if (!sameBytes(given, await mac(secret, key, expiresAt))) return { ok: false, reason: "tampered" };
  if (Math.floor(now.getTime() / 1000) >= expiresAt) return { ok: false, reason: "expired" };
  return { ok: true, key };
}
