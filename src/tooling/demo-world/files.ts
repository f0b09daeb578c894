// The demo world's real files: a small PDF (≈ 2 KB) per kind of component or result, rendered once with
// @react-pdf/renderer and stored under each file row's own key (keys are write-once; equal bytes under many keys are
// fine). The PDFs use the standard Times font, so they stay small and render fast; its encoding has no Vietnamese
// letters beyond Latin-1, so the text is written without diacritics.
import path from "node:path";
import { createElement as h } from "react";
import { Document, Page, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { sha256Hex, StorageError, type FileStore } from "@/server/storage/file-store";
import { localFileStore } from "@/server/storage/local-store";
import type { FileRow, PdfContent } from "./online";
import { toAscii } from "./people";

export interface RenderedPdf {
  bytes: Uint8Array;
  sha256: string;
  sizeBytes: number;
}

const styles = {
  page: { padding: 56, fontFamily: "Times-Roman", fontSize: 12, lineHeight: 1.4 },
  national: { fontFamily: "Times-Bold", textAlign: "center" as const },
  motto: { textAlign: "center" as const, marginBottom: 28 },
  title: { fontFamily: "Times-Bold", fontSize: 15, marginBottom: 12 },
  line: { marginBottom: 4 },
  stamp: { marginTop: 36, fontSize: 10, color: "#666666" },
};

const PDF_DATE = new Date("2026-01-01T00:00:00Z");

async function render(content: PdfContent): Promise<RenderedPdf> {
  const page = h(
    Page,
    { size: "A4", style: styles.page },
    h(Text, { style: styles.national }, "CONG HOA XA HOI CHU NGHIA VIET NAM"),
    h(Text, { style: styles.motto }, "Doc lap - Tu do - Hanh phuc"),
    h(Text, { style: styles.title }, toAscii(content.title).toUpperCase()),
    h(View, null, ...content.lines.map((line, i) => h(Text, { key: i, style: styles.line }, toAscii(line)))),
    h(
      Text,
      { style: styles.stamp },
      content.kind === "result"
        ? "Ban dien tu minh hoa cua he thong MotCua (du lieu demo, khong co gia tri phap ly)."
        : "Tep minh hoa cua he thong MotCua (du lieu demo, khong co gia tri phap ly).",
    ),
  );
  // Fixed dates: the same content gives the same bytes in every run, so a reseed finds its files already stored.
  const document = h(
    Document,
    { title: toAscii(content.title), author: "MotCua (demo)", creationDate: PDF_DATE, modificationDate: PDF_DATE },
    page,
  );
  const buffer = await renderToBuffer(document);
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return { bytes, sha256: sha256Hex(bytes), sizeBytes: bytes.byteLength };
}

/** Renders each distinct content once. */
export class PdfCache {
  private readonly rendered = new Map<string, Promise<RenderedPdf>>();

  get(content: PdfContent): Promise<RenderedPdf> {
    const key = `${content.kind}|${content.title}|${content.lines.join("|")}`;
    let pdf = this.rendered.get(key);
    if (!pdf) {
      pdf = render(content);
      this.rendered.set(key, pdf);
    }
    return pdf;
  }
}

/**
 * The store the app will read: S3 when configured (through the app's configuration), else the local disk under
 * MOTCUA_DATA_DIR as src/server/storage resolves it. The local case does not load the app's configuration, which the
 * embedded demo database is seeded without (no DATABASE_URL yet).
 */
export async function appFileStore(): Promise<FileStore> {
  if (process.env.STORAGE_DRIVER === "s3") return (await import("@/server/storage")).fileStore();
  return localFileStore(path.resolve(process.env.MOTCUA_DATA_DIR ?? "data"));
}

/**
 * Writes the seed's files in the background, a fixed number at a time, while the rows go into the database: the store
 * (≈ 2,000 files/s on a busy 2-core machine) would otherwise hold up every chunk. `finish` waits for all of them and
 * answers the files that went under another key than their row's. This is the one place to switch to
 * src/server/files (saveDossierFile) should it take rows in bulk; the seed writes the DossierFile rows itself.
 */
export class FileQueue {
  private readonly queue: { row: FileRow; pdf: RenderedPdf }[] = [];
  private readonly moved = new Map<string, string>();
  private running = 0;
  private failure: unknown = null;
  private idle: (() => void)[] = [];

  constructor(
    private readonly store: Promise<FileStore>,
    private readonly concurrency = 32,
  ) {}

  add(files: readonly { row: FileRow; pdf: RenderedPdf }[]): void {
    this.queue.push(...files);
    while (this.running < this.concurrency && this.queue.length > 0) {
      this.running++;
      void this.work();
    }
  }

  private async work(): Promise<void> {
    try {
      const target = await this.store;
      for (let next = this.queue.pop(); next && !this.failure; next = this.queue.pop()) {
        const key = await putOnce(target, next.row.storageKey, next.pdf);
        if (key !== next.row.storageKey) this.moved.set(next.row.id, key);
      }
    } catch (error) {
      this.failure ??= error;
    } finally {
      this.running--;
      if (this.running === 0) for (const resolve of this.idle.splice(0)) resolve();
    }
  }

  /** Waits until every file is stored; the ids of files stored under another key, with that key. */
  async finish(): Promise<Map<string, string>> {
    if (this.running > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
    if (this.failure) throw this.failure;
    return this.moved;
  }
}

/**
 * Stores the bytes under `key` and returns the key used. A key already holding the same bytes is a reseed of the same
 * world: nothing to write. One holding other bytes is left from an earlier version of the demo (keys are write-once):
 * the file goes under a key named by its hash instead.
 */
async function putOnce(store: FileStore, key: string, pdf: RenderedPdf): Promise<string> {
  for (const candidate of [key, key.replace(/\.pdf$/, `-${pdf.sha256.slice(0, 16)}.pdf`)]) {
    try {
      await store.put(candidate, pdf.bytes, { contentType: "application/pdf", sha256: pdf.sha256 });
      return candidate;
    } catch (error) {
      if (!(error instanceof StorageError && error.reason === "exists")) throw error;
      if ((await store.head(candidate))?.sha256 === pdf.sha256) return candidate;
    }
  }
  throw new Error(`The file store holds other bytes under ${key} and its hash-named key: empty it and seed again.`);
}
