// What each printed form needs, as plain data. src/server/data/documents.ts loads these (with the reader's scope
// checked); the form builders in ./forms turn them into DocumentSpecs. Domain types only: no Prisma type leaks past
// this line.
import type { DurationUnit, FinishedTimeliness } from "@/domain/calendar";
import type { DocumentForm, DossierStatus } from "@/domain/dossier/types";
import type { ProcessStep } from "@/domain/dossier/step-budget";

/** Cấp hành chính of the unit (AdministrativeUnit.level). */
export type UnitLevel = "PROVINCE" | "DISTRICT" | "COMMUNE";
/** What an office is (Office.kind): the one-stop desk, a specialist office or section, the leadership. */
export type OfficeKind = "RECEPTION" | "DEPARTMENT" | "LEADERSHIP";

/** The issuing body as the header prints it. */
export interface Issuer {
  /** "UBND PHƯỜNG LÊ LỢI" */
  agency: string;
  /** "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ" or the requesting office. */
  division: string;
  /** "Phường Lê Lợi", in running text. */
  unitName: string;
  /** "phường Lê Lợi": the unit inside a sentence, its kind a common noun (src/domain/documents/signer.ts). */
  unitInSentence: string;
  /** Address of the unit's seat (place of return), if known. */
  address: string | null;
  /** Dateline place: "Sơn Tây". */
  place: string;
}

export interface Applicant {
  name: string;
  address: string | null;
  phone: string | null;
  email: string | null;
}

export interface ReceiptDocument {
  name: string;
  form: DocumentForm;
  count: number;
}

/** Form 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
export interface ReceiptData {
  issuer: Issuer;
  code: string;
  trackingKey: string;
  applicant: Applicant;
  procedure: { code: string; name: string; durationValue: number; durationUnit: DurationUnit };
  documents: readonly ReceiptDocument[];
  /** Số lượng hồ sơ (bộ). */
  sets: number;
  feeAmount: number;
  feeNote: string | null;
  receivedAt: Date;
  appointmentAt: Date | null;
  appointmentNote: string | null;
  postalReturn: boolean;
  electronicResult: boolean;
  receivedBy: string | null;
}

/** Form 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: at the desk (an IntakeNotice) or during processing (a pause). */
export interface SupplementRequestData {
  issuer: Issuer;
  source: "intake" | "processing";
  /** Số phiếu (intake) or the dossier code (processing). */
  reference: string;
  issuedAt: Date;
  applicant: Applicant;
  procedureName: string;
  /** What to add or complete; empty during processing when the reason says it all. */
  missingDocuments: readonly string[];
  reason: string;
  /** Processing: the office that asks, and whether the applicant has supplied it already. */
  requestingOffice: string | null;
  resolvedAt: Date | null;
  signer: string | null;
}

/** Form 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
export interface RefusalData {
  issuer: Issuer;
  number: string;
  issuedAt: Date;
  applicant: Applicant;
  procedureName: string;
  reason: string;
  signer: string | null;
}

/** Form 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả, addressed to the applicant and signed by the office at fault. */
export interface ApologyLetterData {
  /** The office at fault, under its unit. */
  issuer: Issuer;
  /** Given at signature; null on a draft. */
  number: string | null;
  /** A draft prints marked "BẢN NHÁP": only a signed letter is final. */
  final: boolean;
  kind: "LATE" | "RESULT_ERROR";
  code: string;
  /** The addressee: the letter goes to the applicant, so their name and address are printed. */
  applicant: Applicant;
  procedureName: string;
  receivedAt: Date | null;
  /** The appointment the letter moves (the statutory one for a first rescheduling). */
  previousAppointmentAt: Date;
  newAppointmentAt: Date;
  reason: string;
  /** Signature date, or the draft's date. */
  issuedAt: Date;
  /** The office at fault, in running text ("Tư pháp - Hộ tịch"). */
  officeName: string;
  /** Its kind and its unit's level, from the data: they decide who signs and whether with a seal (signer.ts). */
  officeKind: OfficeKind;
  unitLevel: UnitLevel;
  /** Head of that office: who signed, or who is to sign a draft (null if the office has none). */
  signer: string | null;
}

/** One row of form 05: a hand-over between two seats (done), or a step not reached yet with its planned deadline. */
export interface ControlStepRow {
  /** The step this hand-over ends: the giver's step. */
  step: ProcessStep;
  fromOffice: string;
  fromUser: string | null;
  toOffice: string;
  toUser: string | null;
  /** When it was handed over; null for a step not reached yet. */
  handedAt: Date | null;
  /** The step's own deadline from the procedure's time budget; null when the dossier has no appointment. */
  dueAt: Date | null;
  /** Judged against dueAt at handedAt; null while the step is open. */
  timeliness: FinishedTimeliness | null;
  /** "Đang thực hiện", "Chưa đến bước này", "Chuyển liên thông: …", "Trả lại để xử lý lại". */
  note: string | null;
}

/** Form 05 — Phiếu kiểm soát quá trình giải quyết hồ sơ. */
export interface ControlSlipData {
  issuer: Issuer;
  code: string;
  applicant: Applicant;
  procedureName: string;
  receivedAt: Date | null;
  appointmentAt: Date | null;
  steps: readonly ControlStepRow[];
  /** The dossier is paused: the step deadlines are provisional, counted as if the pause ended when printed. */
  provisional: boolean;
  /** Whether the procedure carries its own step budget (else the default split applies). */
  budgetOfProcedure: boolean;
  printedAt: Date;
}

/** A notice issued at the desk without receiving the dossier: form 02 or form 03. */
export type IntakeNoticeDocument =
  { kind: "SUPPLEMENT_REQUEST"; data: SupplementRequestData } | { kind: "REFUSAL"; data: RefusalData };

/** One dossier as the tracking book lists it. */
export interface BookDossier {
  code: string;
  procedureName: string;
  sets: number;
  applicantName: string;
  applicantAddress: string;
  applicantPhone: string;
  /** Cơ quan chủ trì giải quyết. */
  leadOffice: string;
  receivedAt: Date;
  appointmentAt: Date | null;
  /** First hand-off from the desk to the handling office. */
  transferredAt: Date | null;
  finishedAt: Date | null;
  returnedAt: Date | null;
  status: DossierStatus;
}

/** Sổ theo dõi hồ sơ of one receiving unit over a period of at most BOOK_MAX_DAYS days. */
export interface TrackingBookData {
  issuer: Issuer;
  /** yyyy-MM-dd, inclusive. */
  from: string;
  to: string;
  dossiers: readonly BookDossier[];
  printedAt: Date;
  /** Set when the reader gets only the rows of their office (a head): the book says whose rows it holds. */
  officeName?: string | null;
}

/** Number of sets per dossier: the schema records one set per dossier (the intake checklist counts copies). */
export const SETS_PER_DOSSIER = 1;
