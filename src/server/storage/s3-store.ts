// S3-compatible driver (AWS S3, MinIO, Ceph, Garage…) for deployments with several servers. Path-style addressing
// so an endpoint on a private host name or IP works; the bucket stays private (no ACLs are set).
import { Readable } from "node:stream";
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import {
  assertValidKey,
  assertValidPrefix,
  DEFAULT_MAX_BYTES,
  StorageError,
  verifiedUpload,
  type FileBody,
  type FileStore,
  type StoredFile,
} from "./file-store";

export type S3Settings = {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
};

function notFound(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.name === "NotFound" || error.name === "NoSuchKey" || error.$metadata.httpStatusCode === 404)
  );
}

export function s3FileStore(settings: S3Settings, options: { maxBytes?: number } = {}): FileStore {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: true,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // Only the checksums S3 requires: several S3-compatible servers do not speak the newer default trailers.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const Bucket = settings.bucket;

  async function head(key: string): Promise<StoredFile | null> {
    assertValidKey(key);
    try {
      const out = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
      return {
        key,
        size: out.ContentLength ?? 0,
        contentType: out.ContentType ?? "application/octet-stream",
        sha256: out.Metadata?.sha256 ?? "",
      };
    } catch (error) {
      if (notFound(error)) return null;
      throw error;
    }
  }

  return {
    async put(key: string, body: FileBody, meta: { contentType: string; sha256: string }): Promise<StoredFile> {
      assertValidKey(key);
      const { bytes, file } = await verifiedUpload(key, body, meta, maxBytes);
      // Write-once: the check and the conditional write (If-None-Match, honoured by AWS S3 and MinIO) keep history.
      if (await head(key)) throw new StorageError("exists", `a file is already stored under ${key}`);
      try {
        await client.send(
          new PutObjectCommand({
            Bucket,
            Key: key,
            Body: bytes,
            ContentType: meta.contentType,
            ContentLength: bytes.byteLength,
            Metadata: { sha256: file.sha256 },
            IfNoneMatch: "*",
          }),
        );
      } catch (error) {
        if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 412) {
          throw new StorageError("exists", `a file is already stored under ${key}`);
        }
        throw error;
      }
      return file;
    },

    head,

    async get(key: string) {
      assertValidKey(key);
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        const file: StoredFile = {
          key,
          size: out.ContentLength ?? 0,
          contentType: out.ContentType ?? "application/octet-stream",
          sha256: out.Metadata?.sha256 ?? "",
        };
        return { file, body: out.Body as Readable };
      } catch (error) {
        if (notFound(error)) return null;
        throw error;
      }
    },

    async list(prefix: string): Promise<string[]> {
      assertValidPrefix(prefix);
      const keys: string[] = [];
      let ContinuationToken: string | undefined;
      do {
        const out = await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken }));
        for (const item of out.Contents ?? []) if (item.Key) keys.push(item.Key);
        ContinuationToken = out.IsTruncated ? out.NextContinuationToken : undefined;
      } while (ContinuationToken);
      return keys.sort();
    },
  };
}
