// Local-disk driver: files under <data dir>/files/objects, their metadata under <data dir>/files/meta. Zero setup.
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { link, mkdir, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
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

export function localFileStore(dataDir: string, options: { maxBytes?: number } = {}): FileStore {
  const root = path.resolve(dataDir, "files");
  const objects = path.join(root, "objects");
  const metas = path.join(root, "meta");
  const temp = path.join(root, "tmp");
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;

  // Defence in depth beside the key pattern: the resolved path must stay inside its folder.
  function inside(base: string, key: string, suffix = ""): string {
    assertValidKey(key);
    const full = path.resolve(base, ...key.split("/")) + suffix;
    if (!full.startsWith(base + path.sep)) throw new StorageError("bad-key", "storage key escapes the store");
    return full;
  }

  async function head(key: string): Promise<StoredFile | null> {
    const metaPath = inside(metas, key, ".json");
    try {
      const file = JSON.parse(await readFile(metaPath, "utf8")) as StoredFile;
      await stat(inside(objects, key));
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async function walk(dir: string, prefix: string, out: string[]): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw error;
    }
    for (const entry of entries) {
      const key = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), key, out);
      else if (entry.isFile()) out.push(key);
    }
  }

  return {
    async put(key: string, body: FileBody, meta: { contentType: string; sha256: string }): Promise<StoredFile> {
      const objectPath = inside(objects, key);
      const metaPath = inside(metas, key, ".json");
      const { bytes, file } = await verifiedUpload(key, body, meta, maxBytes);

      await mkdir(temp, { recursive: true });
      await mkdir(path.dirname(objectPath), { recursive: true });
      await mkdir(path.dirname(metaPath), { recursive: true });
      const tempObject = path.join(temp, randomUUID());
      const tempMeta = path.join(temp, randomUUID());
      try {
        await writeFile(tempObject, bytes, { flag: "wx" });
        await writeFile(tempMeta, JSON.stringify(file), { flag: "wx" });
        // link() fails when the target exists, so two writers cannot both claim a key and nothing is overwritten.
        try {
          await link(tempObject, objectPath);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === "EEXIST") {
            throw new StorageError("exists", `a file is already stored under ${key}`);
          }
          throw error;
        }
        await rename(tempMeta, metaPath);
      } finally {
        await rm(tempObject, { force: true });
        await rm(tempMeta, { force: true });
      }
      return file;
    },

    head,

    async get(key: string) {
      const file = await head(key);
      if (!file) return null;
      return { file, body: createReadStream(inside(objects, key)) };
    },

    async list(prefix: string): Promise<string[]> {
      assertValidPrefix(prefix);
      const keys: string[] = [];
      await walk(metas, "", keys);
      return keys
        .filter((name) => name.endsWith(".json"))
        .map((name) => name.slice(0, -".json".length))
        .filter((key) => key.startsWith(prefix))
        .sort();
    },
  };
}
