// Files people upload (issue 9): which kinds the portal accepts, how many and how large, and how an uploaded name is
// cleaned before it is shown. The kind is decided by the file's content (src/server/files sniffs the bytes); the name
// is only ever a label, never a path.

/** The kinds accepted for dossier components and results, with the extension a cleaned name ends with. */
export const ACCEPTED_MEDIA_TYPES = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
} as const;

/**
 * Evidence of an administrative-reform self-assessment (tài liệu kiểm chứng, the PAR Index): besides scans, the
 * plans, reports and tables offices keep as Word and Excel files. Detected from the content as well.
 */
export const EVIDENCE_MEDIA_TYPES = {
  ...ACCEPTED_MEDIA_TYPES,
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
} as const;

export type AcceptedMediaType = keyof typeof ACCEPTED_MEDIA_TYPES;
export type EvidenceMediaType = keyof typeof EVIDENCE_MEDIA_TYPES;

export const isAcceptedMediaType = (type: string): type is AcceptedMediaType => type in ACCEPTED_MEDIA_TYPES;
export const isEvidenceMediaType = (type: string): type is EvidenceMediaType => type in EVIDENCE_MEDIA_TYPES;

/** The `accept` attribute of evidence inputs. */
export const EVIDENCE_ACCEPT_ATTRIBUTE = [
  ".pdf,.jpg,.jpeg,.png,.docx,.xlsx",
  ...Object.keys(EVIDENCE_MEDIA_TYPES),
].join(",");

/** The `accept` attribute of file inputs (a hint to the browser; the server decides by content). */
export const ACCEPT_ATTRIBUTE = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

export interface UploadLimits {
  /** Largest single file, in bytes. */
  maxBytes: number;
  /** Files for one document component (a passport scanned page by page). */
  maxFilesPerComponent: number;
  /** Files in one submission, all components together. */
  maxFilesPerSubmission: number;
}

/** 20 MB per file is enough for a scanned multi-page PDF at 300 dpi; more is almost always a mistake. */
export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxFilesPerComponent: 10,
  maxFilesPerSubmission: 40,
};

export type UploadProblemCode = "type" | "size" | "count" | "empty" | "interrupted";

export interface UploadProblem {
  code: UploadProblemCode;
  /** The cleaned name, so the message can say which file. */
  fileName: string;
  message: string;
}

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/** The Vietnamese message for a refused file: what is wrong and what to do. */
export function uploadProblem(
  code: UploadProblemCode,
  fileName: string,
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
): UploadProblem {
  const name = fileName ? `Tệp “${fileName}”` : "Tệp";
  const message = {
    type: `${name} không phải PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp, không theo tên). Xin ông/bà vui lòng chọn tệp PDF, JPEG hoặc PNG.`,
    size: `${name} lớn hơn ${megabytes(limits.maxBytes)}. Xin ông/bà vui lòng nén hoặc quét lại với độ phân giải thấp hơn.`,
    count: `Số tệp vượt quá giới hạn (tối đa ${limits.maxFilesPerComponent} tệp cho mỗi thành phần, ${limits.maxFilesPerSubmission} tệp cho mỗi lần nộp). Xin ông/bà vui lòng gộp các trang vào một tệp PDF.`,
    empty: `${name} trống (0 byte). Xin ông/bà vui lòng chọn lại tệp.`,
    interrupted: `${name} chưa được tải lên trọn vẹn (đường truyền bị gián đoạn). Xin ông/bà vui lòng tải lại tệp này.`,
  }[code];
  return { code, fileName, message };
}

/** Too many files for one component or for the whole submission. */
export function countProblem(
  filesPerComponent: readonly number[],
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
): UploadProblem | null {
  const total = filesPerComponent.reduce((sum, count) => sum + count, 0);
  if (total > limits.maxFilesPerSubmission || filesPerComponent.some((count) => count > limits.maxFilesPerComponent))
    return uploadProblem("count", "", limits);
  return null;
}

// C0/C1 controls, DEL, bidi embeddings/overrides/isolates and marks, zero-width characters, BOM.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
// Characters that mean something to a file system or a shell, replaced so the label stays readable.
const RESERVED = /[<>:"|?*\\/]/g;
const MAX_NAME = 120;

/**
 * The name shown for an uploaded file: the last path segment only ("../../etc/passwd.pdf" → "passwd.pdf"), without
 * control or direction characters, NFC, no leading dots, at most 120 characters, ending with the extension of the
 * kind the content was detected as ("hoa-don.exe" whose bytes are a PDF → "hoa-don.exe.pdf").
 */
export function cleanFileName(raw: string, mediaType: AcceptedMediaType | EvidenceMediaType): string {
  const extension = EVIDENCE_MEDIA_TYPES[mediaType];
  const lastSegment = raw.split(/[\\/]/).pop() ?? "";
  let name = lastSegment.normalize("NFC").replace(INVISIBLE, "").replace(RESERVED, "_").trim().replace(/^\.+/, "");
  const lower = name.toLowerCase();
  const alreadyRight = lower.endsWith(`.${extension}`) || (mediaType === "image/jpeg" && lower.endsWith(".jpeg"));
  if (!alreadyRight) name = name ? `${name}.${extension}` : "";
  if (!name) name = `tep.${extension}`;
  if (name.length > MAX_NAME) {
    const suffix = name.slice(name.lastIndexOf("."));
    name = `${name.slice(0, MAX_NAME - suffix.length)}${suffix}`;
  }
  return name;
}

/** A name for messages before the kind is known: the last segment, cleaned, shortened. */
export function displayName(raw: string): string {
  const lastSegment = raw.split(/[\\/]/).pop() ?? "";
  return lastSegment.normalize("NFC").replace(INVISIBLE, "").replace(RESERVED, "_").trim().slice(0, MAX_NAME);
}

/** Whether the file opens in the browser (PDF, images) rather than downloading. */
export const opensInline = (mediaType: string): boolean => isAcceptedMediaType(mediaType);
