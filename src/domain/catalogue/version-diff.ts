// What changed between two versions of a procedure (the history page's comparison, and the import's "unchanged?"
// test): every term field by field, then the documents matched by name (added, removed, changed) and the per-unit
// handling offices matched by unit. Pure: values are returned raw, the screen formats them.
import { formatStepShares, parseStepShares } from "@/domain/dossier/step-budget";
import type { ProcedureDocumentInput, UnitOfficeInput, VersionTerms } from "./procedure-schema";

/** The term fields compared, in the order they are shown, with their Vietnamese names. */
export const TERM_FIELDS = {
  durationValue: "Thời hạn giải quyết",
  durationUnit: "Đơn vị thời hạn",
  feeAmount: "Phí",
  chargeAmount: "Lệ phí",
  feeTiming: "Thời điểm nộp phí, lệ phí",
  feeNote: "Ghi chú phí, lệ phí",
  handlingOfficeCode: "Phòng xử lý",
  onlineLevel: "Mức độ (cũ)",
  onlineClass: "Dịch vụ công trực tuyến",
  fullOnlineEligible: "Đủ điều kiện toàn trình",
  postalIntakeAllowed: "Tiếp nhận qua bưu chính",
  postalReturnAllowed: "Trả kết quả qua bưu chính",
  leadershipApproval: "Lãnh đạo UBND phê duyệt",
  stepShares: "Thời hạn từng bước (tiếp nhận / thụ lý / trình duyệt / ký / trả kết quả)",
  announcementNumber: "Số quyết định công bố",
  announcementDate: "Ngày quyết định công bố",
  announcementIssuer: "Cơ quan ban hành",
} as const satisfies Partial<Record<keyof VersionTerms | keyof Announced, string>>;
export type TermField = keyof typeof TERM_FIELDS;
export const DOCUMENT_FIELDS = {
  position: "Số thứ tự",
  form: "Hình thức",
  count: "Số lượng",
  optional: "Không bắt buộc",
  uploadable: "Nộp được bằng tệp",
} as const;
export type DocumentField = keyof typeof DOCUMENT_FIELDS;

type Value = string | number | boolean | null;

/** The announcing decision, compared with the terms (a new decision is a new version even with the same rules). */
interface Announced {
  announcementNumber?: string | null;
  /** yyyy-MM-dd */
  announcementDate?: string | null;
  announcementIssuer?: string | null;
}

export interface FieldChange<Field extends string = string> {
  field: Field;
  before: Value;
  after: Value;
}

export interface DiffableVersion extends Omit<VersionTerms, "documents" | "unitOffices" | "stepShares">, Announced {
  /** Optional: versions read before the step budget existed compare as the default. */
  stepShares?: VersionTerms["stepShares"];
  documents: readonly (ProcedureDocumentInput & { position?: number })[];
  unitOffices: readonly UnitOfficeInput[];
}

export interface VersionDiff {
  fields: FieldChange<TermField>[];
  documents: {
    added: (ProcedureDocumentInput & { position: number })[];
    removed: (ProcedureDocumentInput & { position: number })[];
    changed: { name: string; changes: FieldChange<DocumentField>[] }[];
  };
  unitOffices: {
    added: UnitOfficeInput[];
    removed: UnitOfficeInput[];
    changed: { unitCode: string; before: string; after: string }[];
  };
}

/** A term as compared and shown: the step budget as "10% / 60% / …" (or "Mặc định"), the rest as stored. */
function termValue(version: DiffableVersion, field: TermField): Value {
  if (field === "stepShares") return formatStepShares(parseStepShares(version.stepShares ?? null));
  return version[field] ?? null;
}

const documentKey = (name: string) => name.trim().replace(/\s+/g, " ").toLocaleLowerCase("vi");
const positioned = (documents: DiffableVersion["documents"]) =>
  documents.map((document, i) => ({ ...document, position: document.position ?? i + 1 }));

export function diffVersions(before: DiffableVersion, after: DiffableVersion): VersionDiff {
  const fields: FieldChange<TermField>[] = [];
  for (const field of Object.keys(TERM_FIELDS) as TermField[]) {
    const a = termValue(before, field);
    const b = termValue(after, field);
    if (a !== b) fields.push({ field, before: a, after: b });
  }

  const oldDocuments = new Map(positioned(before.documents).map((document) => [documentKey(document.name), document]));
  const newDocuments = new Map(positioned(after.documents).map((document) => [documentKey(document.name), document]));
  const documents: VersionDiff["documents"] = { added: [], removed: [], changed: [] };
  for (const [key, document] of newDocuments) {
    const old = oldDocuments.get(key);
    if (!old) {
      documents.added.push(document);
      continue;
    }
    const changes: FieldChange<DocumentField>[] = [];
    for (const field of Object.keys(DOCUMENT_FIELDS) as DocumentField[])
      if (old[field] !== document[field]) changes.push({ field, before: old[field], after: document[field] });
    if (changes.length > 0) documents.changed.push({ name: document.name, changes });
  }
  for (const [key, document] of oldDocuments) if (!newDocuments.has(key)) documents.removed.push(document);

  const oldOffices = new Map(before.unitOffices.map((office) => [office.unitCode, office.officeCode]));
  const newOffices = new Map(after.unitOffices.map((office) => [office.unitCode, office.officeCode]));
  const unitOffices: VersionDiff["unitOffices"] = { added: [], removed: [], changed: [] };
  for (const [unitCode, officeCode] of newOffices) {
    const old = oldOffices.get(unitCode);
    if (old === undefined) unitOffices.added.push({ unitCode, officeCode });
    else if (old !== officeCode) unitOffices.changed.push({ unitCode, before: old, after: officeCode });
  }
  for (const [unitCode, officeCode] of oldOffices)
    if (!newOffices.has(unitCode)) unitOffices.removed.push({ unitCode, officeCode });

  return { fields, documents, unitOffices };
}

/** Whether two versions carry the same rules (the import publishes nothing then). */
export function isSameTerms(diff: VersionDiff): boolean {
  return (
    diff.fields.length === 0 &&
    diff.documents.added.length + diff.documents.removed.length + diff.documents.changed.length === 0 &&
    diff.unitOffices.added.length + diff.unitOffices.removed.length + diff.unitOffices.changed.length === 0
  );
}
