// The configured file store and signed download links. Callers use fileStore(), never a driver directly.
import path from "node:path";
import { signDownloadToken, verifyDownloadToken, type LinkCheck } from "@/lib/signed-link";
import { env } from "@/server/env";
import type { FileStore } from "./file-store";
import { localFileStore } from "./local-store";
import { s3FileStore } from "./s3-store";

export type { FileStore, StoredFile } from "./file-store";
export { StorageError, sha256Hex } from "./file-store";

let store: FileStore | undefined;

export function fileStore(): FileStore {
  if (!store) {
    const { S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = env;
    if (env.STORAGE_DRIVER === "s3") {
      // env.ts refuses to start without these when the driver is s3; the check only narrows the types.
      if (!S3_ENDPOINT || !S3_BUCKET || !S3_ACCESS_KEY_ID || !S3_SECRET_ACCESS_KEY)
        throw new Error("S3 settings missing");
      store = s3FileStore({
        endpoint: S3_ENDPOINT,
        bucket: S3_BUCKET,
        region: env.S3_REGION,
        accessKeyId: S3_ACCESS_KEY_ID,
        secretAccessKey: S3_SECRET_ACCESS_KEY,
      });
    } else {
      store = localFileStore(path.resolve(env.MOTCUA_DATA_DIR));
    }
  }
  return store;
}

function secret(): string {
  if (!env.AUTH_SECRET) throw new Error("AUTH_SECRET is needed to sign download links");
  return env.AUTH_SECRET;
}

/** A download token for a stored file, valid for a few minutes. */
export function downloadToken(key: string, now = new Date(), ttlSeconds = 300): Promise<string> {
  return signDownloadToken(secret(), key, now, ttlSeconds);
}

export function checkDownloadToken(token: string, now = new Date()): Promise<LinkCheck> {
  return verifyDownloadToken(secret(), token, now);
}
