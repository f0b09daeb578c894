// The same contract against both file-store drivers: the local disk in a temporary folder, and the S3 driver against
// a real S3-protocol server (s3rver) started here on a free loopback port.
import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signDownloadToken, verifyDownloadToken } from "../../src/lib/signed-link";
import type { FileStore } from "../../src/server/storage/file-store";
import { localFileStore } from "../../src/server/storage/local-store";
import { s3FileStore } from "../../src/server/storage/s3-store";

const sha = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

async function text(body: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString("utf8");
}

const folders: string[] = [];
let s3server: S3rver | undefined;
let s3store: FileStore;
let localRoot: string;
let local: FileStore;

beforeAll(async () => {
  localRoot = await mkdtemp(path.join(tmpdir(), "motcua-files-"));
  folders.push(localRoot);
  local = localFileStore(localRoot);

  const s3dir = await mkdtemp(path.join(tmpdir(), "motcua-s3rver-"));
  folders.push(s3dir);
  s3server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: s3dir,
    configureBuckets: [{ name: "motcua-test" }],
  });
  const { port } = await s3server.run();
  s3store = s3FileStore({
    endpoint: `http://127.0.0.1:${port}`,
    bucket: "motcua-test",
    region: "us-east-1",
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
  });
});

afterAll(async () => {
  await s3server?.close();
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

describe.each([
  ["local disk", () => local],
  ["S3 (s3rver)", () => s3store],
])("file store contract: %s", (_name, storeOf) => {
  it("stores bytes and a stream, and reads them back with their metadata", async () => {
    const store = storeOf();
    const content = "Đơn đề nghị — bản scan";
    const stored = await store.put("dossiers/d1/a.txt", Buffer.from(content), {
      contentType: "text/plain",
      sha256: sha(content),
    });
    expect(stored).toEqual({
      key: "dossiers/d1/a.txt",
      size: Buffer.byteLength(content),
      contentType: "text/plain",
      sha256: sha(content),
    });
    await store.put("dossiers/d1/b.pdf", Readable.from([Buffer.from("%PDF-"), Buffer.from("1.7")]), {
      contentType: "application/pdf",
      sha256: sha("%PDF-1.7"),
    });

    expect(await store.head("dossiers/d1/a.txt")).toEqual(stored);
    const got = await store.get("dossiers/d1/b.pdf");
    expect(got?.file).toMatchObject({ size: 8, contentType: "application/pdf", sha256: sha("%PDF-1.7") });
    expect(await text(got!.body)).toBe("%PDF-1.7");
    expect(await store.list("dossiers/d1/")).toEqual(["dossiers/d1/a.txt", "dossiers/d1/b.pdf"]);
    expect(await store.list("dossiers/none/")).toEqual([]);
  });

  it("answers null for a missing file", async () => {
    expect(await storeOf().head("dossiers/missing.txt")).toBeNull();
    expect(await storeOf().get("dossiers/missing.txt")).toBeNull();
  });

  it("never replaces a stored file (a new version goes under a new key)", async () => {
    const store = storeOf();
    await store.put("keep/one.txt", Buffer.from("v1"), { contentType: "text/plain", sha256: sha("v1") });
    await expect(
      store.put("keep/one.txt", Buffer.from("v2"), { contentType: "text/plain", sha256: sha("v2") }),
    ).rejects.toMatchObject({ reason: "exists" });
    expect(await text((await store.get("keep/one.txt"))!.body)).toBe("v1");
  });

  it("refuses bytes that do not match their SHA-256, and stores nothing", async () => {
    const store = storeOf();
    await expect(
      store.put("bad/sum.txt", Buffer.from("actual"), { contentType: "text/plain", sha256: sha("claimed") }),
    ).rejects.toMatchObject({ reason: "checksum-mismatch" });
    await expect(
      store.put("bad/sum2.txt", Buffer.from("x"), { contentType: "text/plain", sha256: "not-hex" }),
    ).rejects.toMatchObject({ reason: "bad-metadata" });
    expect(await store.head("bad/sum.txt")).toBeNull();
  });

  it.each([
    "../escape.txt",
    "a/../../escape.txt",
    "/etc/passwd",
    "a//b",
    "a/./b",
    "a\\b",
    "a\0b",
    "",
    ".hidden",
    "a/",
    "C:/windows",
    "a b",
    "x".repeat(200),
  ])("refuses the key %j on every operation", async (key) => {
    const store = storeOf();
    const meta = { contentType: "text/plain", sha256: sha("x") };
    await expect(store.put(key, Buffer.from("x"), meta)).rejects.toMatchObject({ reason: "bad-key" });
    await expect(store.get(key)).rejects.toMatchObject({ reason: "bad-key" });
    await expect(store.head(key)).rejects.toMatchObject({ reason: "bad-key" });
  });
});

it("the local store writes only inside its folder", async () => {
  const entries = await readdir(localRoot);
  expect(entries).toEqual(["files"]);
  await expect(local.list("../")).rejects.toMatchObject({ reason: "bad-key" });
});

describe("download tokens for stored files", () => {
  const secret = "x".repeat(48);
  const now = new Date("2026-12-05T06:00:00Z");

  it("name the file until they expire, and refuse tampering", async () => {
    const token = await signDownloadToken(secret, "dossiers/d1/a.txt", now, 300);
    const check = await verifyDownloadToken(secret, token, new Date(now.getTime() + 60_000));
    expect(check).toEqual({ ok: true, key: "dossiers/d1/a.txt" });
    expect(check.ok && (await local.head(check.key))?.sha256).toBe(sha("Đơn đề nghị — bản scan"));

    expect(await verifyDownloadToken(secret, token, new Date(now.getTime() + 300_000))).toEqual({
      ok: false,
      reason: "expired",
    });
    const [, expiry, signature] = token.split(".");
    const forged = `${Buffer.from("dossiers/d1/b.pdf").toString("base64url")}.${expiry}.${signature}`;
    expect(await verifyDownloadToken(secret, forged, now)).toEqual({ ok: false, reason: "tampered" });
  });
});
