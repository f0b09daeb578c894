// API keys: "mck_" + 8 hex characters (the public prefix, stored and shown in lists to tell keys apart) + "_" + 43
// base64url characters (256 random bits, the secret). Only the SHA-256 of the whole key is stored (ApiClient.keyHash);
// the key itself is shown once, when created. Pure: src/server/api/keys.ts draws the random bytes and hashes.

export const KEY_PATTERN = /^mck_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;

/** The key's public prefix ("mck_1a2b3c4d"), or null when it is not a key of ours. */
export function keyPrefixOf(key: string): string | null {
  const match = KEY_PATTERN.exec(key);
  return match ? `mck_${match[1]}` : null;
}

/** A key from its parts: the prefix's 8 hex characters and the secret's 43 base64url characters. */
export function composeKey(prefixHex: string, secret: string): string {
  const key = `mck_${prefixHex}_${secret}`;
  if (!KEY_PATTERN.test(key)) throw new Error("composeKey: malformed parts");
  return key;
}

/**
 * The key of an `Authorization: Bearer <key>` header (RFC 6750: the scheme is case-insensitive, one space or more),
 * or null when the header is missing, of another scheme, or not shaped like our keys.
 */
export function bearerKey(header: string | null): string | null {
  if (!header) return null;
  const match = /^Bearer +(\S+) *$/i.exec(header);
  const key = match?.[1];
  return key && KEY_PATTERN.test(key) ? key : null;
}

/** Whether a client's key is usable at `now`: not revoked, not past its expiry. */
export function keyUsable(client: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): boolean {
  if (client.revokedAt && client.revokedAt <= now) return false;
  return !client.expiresAt || client.expiresAt > now;
}
