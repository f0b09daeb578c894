import "server-only";
// API keys made and checked: 256 random bits, only their SHA-256 stored; the check compares hashes in constant time.
import crypto from "node:crypto";
import { composeKey, keyPrefixOf } from "@/domain/api";

export interface NewKey {
  /** The whole key, shown once to the administrator. */
  key: string;
  /** Its public prefix (ApiClient.keyPrefix). */
  prefix: string;
  /** SHA-256 of the whole key, hex (ApiClient.keyHash). */
  hash: string;
}

export const hashKey = (key: string): string => crypto.createHash("sha256").update(key, "utf8").digest("hex");

export function generateKey(): NewKey {
  const key = composeKey(crypto.randomBytes(4).toString("hex"), crypto.randomBytes(32).toString("base64url"));
  return { key, prefix: keyPrefixOf(key)!, hash: hashKey(key) };
}

/** Whether two hex SHA-256 hashes are equal, in time that does not depend on where they differ. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === 32 && right.length === 32 && crypto.timingSafeEqual(left, right);
}

/** A stored-hash stand-in, so an unknown prefix costs the same comparison as a known one. */
export const NO_HASH = "0".repeat(64);
