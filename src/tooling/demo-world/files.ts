// The demo world's real files: a small PDF (≈ 2 KB) per kind of component or result, rendered once with
// @react-pdf/renderer and stored once under its content address; every file row with those bytes points at it. The PDFs use the standard Times font, so they stay small and render fast; its encoding has no Vietnamese
// letters beyond Latin-1, so the text is written without diacritics.
import path from "node:path";
import { createElement as h } from "react";
import { Document, Page, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { sha256Hex, StorageError, type FileStore } from "@/server/storage/file-store";
import { localFileStore } from "@/server/storage/local-store";
import type { PdfContent } from "./online";
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

/** The content address of a demo file: equal bytes, one object. */
export const demoObjectKey = (pdf: RenderedPdf) => `demo/${pdf.sha256}.pdf`;

/**
 * Stores each distinct PDF once, under its content address, and answers that key for the rows that carry it. The demo
 * renders one PDF per kind of component or result, so tens of thousands of file rows share a few dozen objects
 * (objects are write-once, so sharing is safe). A reseed finds the objects already there.
 */
export class DemoObjects {
  private readonly stored = new Map<string, Promise<string>>();

  constructor(private readonly store: Promise<FileStore>) {}

  ensure(pdf: RenderedPdf): Promise<string> {
    const key = demoObjectKey(pdf);
    let stored = this.stored.get(key);
    if (!stored) {
      stored = this.store.then((store) => putIfAbsent(store, key, pdf)).then(() => key);
      this.stored.set(key, stored);
    }
    return stored;
  }
}

async function putIfAbsent(store: FileStore, key: string, pdf: RenderedPdf): Promise<void> {
  try {
    await store.put(key, pdf.bytes, { contentType: "application/pdf", sha256: pdf.sha256 });
  } catch (error) {
    if (!(error instanceof StorageError && error.reason === "exists")) throw error;
    // Named by its hash, so it can only hold these bytes, unless the store was tampered with.
    if ((await store.head(key))?.sha256 !== pdf.sha256)
      throw new Error(`The file store holds other bytes under ${key}: it was changed outside MotCua.`);
  }
}
