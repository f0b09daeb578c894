// One interface for stored files (issue 9, item 7): local disk by default, an S3-compatible bucket for several
// servers. Keys are write-once: replacing a file means storing it under a new key, so history is kept.
import { createHash } from "node:crypto";
import { Readable } from "node:stream";

export type FileBody = Uint8Array | Readable;

export type StoredFile = { key: string; size: number; contentType: string; sha256: string };

export interface FileStore {
  /** Stores `body` under a new key; refuses a bad key, an existing key, or bytes whose SHA-256 is not `sha256`. */
  put(key: string, body: FileBody, meta: { contentType: string; sha256: string }): Promise<StoredFile>;
  /** The file and its bytes, or null when no file has that key. */
  get(key: string): Promise<{ file: StoredFile; body: Readable } | null>;
  head(key: string): Promise<StoredFile | null>;
  /** Keys under a prefix ("" for all), sorted. */
  list(prefix: string): Promise<string[]>;
}

export class StorageError extends Error {
  constructor(
    readonly reason: "bad-key" | "exists" | "checksum-mismatch" | "bad-metadata",
    message: string,
  ) {
    super(message);
    this.name = "StorageError";
  }
}

// Segments of letters, digits, dot, dash and underscore, each starting with a letter or digit (so no "." or ".."),
// joined by single slashes: no absolute paths, no backslashes, no NUL, nothing a file system or S3 reads specially.
const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}(\/[A-Za-z0-9][A-Za-z0-9._-]{0,127}){0,15}$/;

export function assertValidKey(key: string): void {
  if (typeof key !== "string" || key.length > 1024 || !KEY.test(key) || key.includes("..")) {
    throw new StorageError("bad-key", `invalid storage key: ${JSON.stringify(String(key).slice(0, 80))}`);
  }
}

/** A prefix for list(): empty, or a valid key optionally followed by "/". */
export function assertValidPrefix(prefix: string): void {
  if (prefix === "") return;
  assertValidKey(prefix.endsWith("/") ? prefix.slice(0, -1) : prefix);
}

export function assertValidMeta(meta: { contentType: string; sha256: string }): void {
  if (
    !/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i.test(meta.contentType) ||
    meta.contentType.length > 127
  ) {
    throw new StorageError("bad-metadata", "invalid content type");
  }
  if (!/^[0-9a-f]{64}$/.test(meta.sha256))
    throw new StorageError("bad-metadata", "sha256 must be 64 lowercase hex digits");
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Largest file a store accepts unless told otherwise. */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

/**
 * What every driver does before writing: checks the metadata, reads the body within `maxBytes` and verifies its
 * SHA-256, so a driver only has to store the returned bytes under the returned description.
 */
export async function verifiedUpload(
  key: string,
  body: FileBody,
  meta: { contentType: string; sha256: string },
  maxBytes: number,
): Promise<{ bytes: Buffer; file: StoredFile }> {
  assertValidMeta(meta);
  const bytes = await readBody(body, maxBytes);
  const actual = sha256Hex(bytes);
  if (actual !== meta.sha256) throw new StorageError("checksum-mismatch", "file does not match its SHA-256");
  return { bytes, file: { key, size: bytes.byteLength, contentType: meta.contentType, sha256: actual } };
}

/** Reads a body fully, refusing more than `maxBytes`. */
export async function readBody(body: FileBody, maxBytes: number): Promise<Buffer> {
  if (body instanceof Uint8Array) {
    if (body.byteLength > maxBytes) throw new StorageError("bad-metadata", "file too large");
    return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += buffer.byteLength;
    if (size > maxBytes) {
      body.destroy();
      throw new StorageError("bad-metadata", "file too large");
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
