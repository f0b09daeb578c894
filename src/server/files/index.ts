import "server-only";
// Dossier files (issue 9): checking what people upload, storing it, and handing out short-lived links to it. Every
// upload, scan, result and receipt passes through here, so the rules live once: the kind comes from the content
// (file-type sniffs the bytes: PDF, JPEG, PNG), sizes and counts are capped, names are cleaned labels, bytes are
// hashed (SHA-256) and written once to the file store before the row that records them.
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { fileTypeFromBuffer } from "file-type";
import {
  cleanFileName,
  countProblem,
  DEFAULT_UPLOAD_LIMITS,
  displayName,
  isAcceptedMediaType,
  isEvidenceMediaType,
  uploadProblem,
  type AcceptedMediaType,
  type EvidenceMediaType,
  type UploadLimits,
  type UploadProblem,
} from "@/domain/files";
import type { DossierFile, FilePurpose, Prisma } from "@/generated/prisma/client";
import { signDownloadToken, verifyDownloadToken } from "@/lib/signed-link";
import { env } from "@/server/env";
import { NO_STORE } from "@/server/routes/define-route";
import { fileStore, sha256Hex } from "@/server/storage";

export { DEFAULT_UPLOAD_LIMITS as UPLOAD_LIMITS, type UploadLimits, type UploadProblem };

/** An upload that passed the checks, held in memory until it is saved. */
export interface InspectedUpload<Kind extends string = AcceptedMediaType> {
  bytes: Uint8Array;
  mediaType: Kind;
  /** Cleaned label, ending with the detected kind's extension. */
  fileName: string;
  sha256: string;
  sizeBytes: number;
}

export type Inspection<Kind extends string = AcceptedMediaType> =
  { ok: true; upload: InspectedUpload<Kind> } | { ok: false; problem: UploadProblem };

/** Which kinds an upload may be: dossier files (PDF, JPEG, PNG), or PAR Index evidence (also DOCX, XLSX). */
export type AcceptedKinds = "dossier" | "evidence";
type KindOf<K extends AcceptedKinds> = K extends "evidence" ? EvidenceMediaType : AcceptedMediaType;
const ACCEPTS: Record<AcceptedKinds, (type: string) => boolean> = {
  dossier: isAcceptedMediaType,
  evidence: isEvidenceMediaType,
};

/** Reads a browser File and checks it; writes nothing. */
export async function inspectUpload<K extends AcceptedKinds = "dossier">(
  file: File,
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
  accepted?: K,
): Promise<Inspection<KindOf<K>>> {
  const label = displayName(file.name ?? "");
  if (file.size === 0) return { ok: false, problem: uploadProblem("empty", label, limits) };
  // Refused before reading: an oversized file never reaches memory whole.
  if (file.size > limits.maxBytes) return { ok: false, problem: uploadProblem("size", label, limits) };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, problem: uploadProblem("interrupted", label, limits) };
  }
  // A body cut short arrives with fewer bytes than announced.
  if (bytes.byteLength !== file.size) return { ok: false, problem: uploadProblem("interrupted", label, limits) };
  return inspectBytes(bytes, file.name ?? "", limits, accepted);
}

/** The same checks on bytes already in memory (generated documents, the payment platform's receipt, tests). */
export async function inspectBytes<K extends AcceptedKinds = "dossier">(
  bytes: Uint8Array,
  rawName: string,
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
  accepted?: K,
): Promise<Inspection<KindOf<K>>> {
  const label = displayName(rawName);
  if (bytes.byteLength === 0) return { ok: false, problem: uploadProblem("empty", label, limits) };
  if (bytes.byteLength > limits.maxBytes) return { ok: false, problem: uploadProblem("size", label, limits) };
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !ACCEPTS[accepted ?? "dossier"](detected.mime))
    return { ok: false, problem: uploadProblem("type", label, limits) };
  if (detected.mime === "application/pdf" && !hasPdfTrailer(bytes))
    return { ok: false, problem: uploadProblem("interrupted", label, limits) };
  return {
    ok: true,
    upload: {
      bytes,
      mediaType: detected.mime as KindOf<K>,
      fileName: cleanFileName(rawName, detected.mime as KindOf<K>),
      sha256: sha256Hex(bytes),
      sizeBytes: bytes.byteLength,
    },
  };
}

/** A PDF ends with "%%EOF" (within its last kilobyte): one cut off in transit does not. */
function hasPdfTrailer(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.byteLength - 1024))).toString("latin1");
  return tail.includes("%%EOF");
}

/** Several files at once: every problem is reported (one per refused file, plus one for the count). */
export async function inspectUploads(
  files: readonly File[],
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
  filesPerComponent: readonly number[] = [files.length],
): Promise<{ ok: true; uploads: InspectedUpload[] } | { ok: false; problems: UploadProblem[] }> {
  const tooMany = countProblem(filesPerComponent, limits);
  if (tooMany) return { ok: false, problems: [tooMany] };
  const results = await Promise.all(files.map((file) => inspectUpload(file, limits)));
  const problems = results.flatMap((result) => (result.ok ? [] : [result.problem]));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, uploads: results.flatMap((result) => (result.ok ? [result.upload] : [])) };
}

/** Bytes the product made itself (a generated result, a demo document), checked like any upload. */
export async function generatedUpload(bytes: Uint8Array, fileName: string): Promise<InspectedUpload> {
  const inspection = await inspectBytes(bytes, fileName);
  if (!inspection.ok) throw new Error(`generated file refused: ${inspection.problem.code}`);
  return inspection.upload;
}

/** Where a file came from (DossierFile.source). */
export type FileSource = "UPLOAD" | "SCAN" | "SUPPLEMENT" | "REUSE" | "GENERATED" | "PLATFORM";

export interface SaveFileInput {
  dossierId: string;
  purpose: FilePurpose;
  /** DossierDocument.position for COMPONENT files. */
  documentPosition?: number | null;
  source: FileSource;
  upload: InspectedUpload;
  uploadedById?: string | null;
  uploadedByContactId?: string | null;
  reusedFromId?: string | null;
}

type FileWriter = Pick<Prisma.TransactionClient, "dossierFile">;

/** The file store key of a new file: one folder per dossier, a random name (never the uploaded one). */
const newStorageKey = (dossierId: string, mediaType: AcceptedMediaType) =>
  `dossiers/${dossierId}/${randomUUID()}.${mediaType === "application/pdf" ? "pdf" : mediaType === "image/png" ? "png" : "jpg"}`;

/**
 * Stores the bytes, then writes the row with `db` (pass the transaction of the change the file belongs to). The bytes
 * go first: if the transaction then rolls back, an unreferenced object is left in the store (harmless, never served),
 * whereas the other order could leave a row pointing at nothing.
 */
export async function saveDossierFile(db: FileWriter, input: SaveFileInput): Promise<DossierFile> {
  const { upload } = input;
  const storageKey = newStorageKey(input.dossierId, upload.mediaType);
  await fileStore().put(storageKey, upload.bytes, { contentType: upload.mediaType, sha256: upload.sha256 });
  return db.dossierFile.create({
    data: {
      dossierId: input.dossierId,
      purpose: input.purpose,
      documentPosition: input.documentPosition ?? null,
      storageKey,
      sha256: upload.sha256,
      sizeBytes: upload.sizeBytes,
      mediaType: upload.mediaType,
      fileName: upload.fileName,
      source: input.source,
      uploadedById: input.uploadedById ?? null,
      uploadedByContactId: input.uploadedByContactId ?? null,
      reusedFromId: input.reusedFromId ?? null,
    },
  });
}

/**
 * A reused file: a row of this dossier pointing at the original's stored object (objects are write-once and never
 * deleted, so sharing one is safe and copies nothing), remembering where it came from. The caller has checked that
 * the original belongs to the same person.
 */
export async function reuseDossierFile(
  db: FileWriter,
  original: DossierFile,
  input: Omit<SaveFileInput, "upload" | "source" | "reusedFromId">,
): Promise<DossierFile> {
  return db.dossierFile.create({
    data: {
      dossierId: input.dossierId,
      purpose: input.purpose,
      documentPosition: input.documentPosition ?? null,
      storageKey: original.storageKey,
      sha256: original.sha256,
      sizeBytes: original.sizeBytes,
      mediaType: original.mediaType,
      fileName: original.fileName,
      source: "REUSE",
      uploadedById: input.uploadedById ?? null,
      uploadedByContactId: input.uploadedByContactId ?? null,
      reusedFromId: original.id,
    },
  });
}

/** A stored file's bytes in memory, for callers that need them whole (tests compare them); the download route streams. */
export async function readFileBytes(file: Pick<DossierFile, "id" | "storageKey">): Promise<Uint8Array> {
  const stored = await fileStore().get(file.storageKey);
  if (!stored) throw new Error(`stored bytes of file ${file.id} are missing`);
  const chunks: Buffer[] = [];
  for await (const chunk of stored.body) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return new Uint8Array(Buffer.concat(chunks));
}

/** Replaces a file: a new row, and the old one marked superseded by it (history kept; nothing is deleted). */
export async function replaceDossierFile(
  db: FileWriter,
  fileId: string,
  input: Omit<SaveFileInput, "dossierId">,
  now: Date = new Date(),
): Promise<DossierFile> {
  const old = await db.dossierFile.findUniqueOrThrow({ where: { id: fileId } });
  if (old.supersededAt) throw new Error(`file ${fileId} was already replaced`);
  const replacement = await saveDossierFile(db, { ...input, dossierId: old.dossierId });
  await db.dossierFile.update({ where: { id: fileId }, data: { supersededAt: now, supersededById: replacement.id } });
  return replacement;
}

/** RFC 6266: an ASCII fallback plus the UTF-8 name, so Vietnamese names survive. */
function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * A stored file as a route's answer: its detected kind (kept to by `nosniff`), opened in the browser (`inline`) or
 * downloaded, never cached. Used by the dossier files' route and the PAR Index evidence route.
 */
export function storedFileResponse(
  file: { mediaType: string; sizeBytes: number; fileName: string },
  body: Readable,
  inline: boolean,
): Response {
  return new Response(Readable.toWeb(body) as ReadableStream, {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Length": String(file.sizeBytes),
      "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": NO_STORE,
    },
  });
}

// ─── Links ───────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Who a link is for. "staff": the download route still requires a signed-in staff member whose scope covers the
 * dossier (a leaked link is useless to anyone else). "citizen": issued only after the second factor or the verified
 * contact was checked; the link itself is the proof, for a few minutes.
 */
export type LinkAudience = "staff" | "citizen";

const LINK_PATH = "/api/tep";

function linkSecret(): string {
  if (!env.AUTH_SECRET) throw new Error("AUTH_SECRET is needed to sign file links");
  return env.AUTH_SECRET;
}

/** The signed subject of a link: the audience and the file, so a staff link cannot be replayed as a citizen's. */
const linkSubject = (audience: LinkAudience, fileId: string) => `file:${audience}:${fileId}`;

/** A short-lived link to a file: /api/tep/<fileId>?t=<token>. Add `&tai=1` to download instead of opening it. */
export async function fileLink(
  fileId: string,
  audience: LinkAudience,
  ttlSeconds = audience === "staff" ? 900 : 300,
  now: Date = new Date(),
): Promise<string> {
  const token = await signDownloadToken(linkSecret(), linkSubject(audience, fileId), now, ttlSeconds);
  return `${LINK_PATH}/${encodeURIComponent(fileId)}?t=${encodeURIComponent(token)}`;
}

/** Which audience a token was issued to for this file, or why it is refused. */
export async function checkFileToken(
  fileId: string,
  token: string,
  now: Date = new Date(),
): Promise<
  { ok: true; audience: LinkAudience } | { ok: false; reason: "malformed" | "tampered" | "expired" | "other-file" }
> {
  const check = await verifyDownloadToken(linkSecret(), token, now);
  if (!check.ok) return check;
  for (const audience of ["staff", "citizen"] as const)
    if (check.key === linkSubject(audience, fileId)) return { ok: true, audience };
  return { ok: false, reason: "other-file" };
}
