// Types of the dossier state machine (hồ sơ thủ tục hành chính). Pure data: no Next.js, no Prisma, no Node-only
// APIs. Every string union below spells exactly the values of the Prisma enum of the same name
// (prisma/schema.prisma), so values flow both ways without casts; types.test.ts checks that at compile time.

/** Trạng thái hồ sơ: the national portal's list, one-to-one (docs/domain.md "The life of a dossier"). */
export const DOSSIER_STATUSES = [
  "REGISTERED_ONLINE", // Mới đăng ký
  "RECEIVED", // Được tiếp nhận
  "REFUSED", // Không được tiếp nhận
  "IN_PROCESSING", // Đang xử lý
  "WAITING_SUPPLEMENT", // Yêu cầu bổ sung giấy tờ
  "WAITING_FINANCIAL", // Yêu cầu thực hiện nghĩa vụ tài chính
  "WITHDRAWN", // Công dân yêu cầu rút hồ sơ
  "STOPPED", // Dừng xử lý
  "RESULT_READY", // Đã xử lý xong
  "RETURNED", // Đã trả kết quả
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** Bước xử lý inside IN_PROCESSING; null in every other status. */
export const PROCESSING_STEPS = [
  "AWAITING_ASSIGNMENT", // chờ phân công: at an office, no officer yet
  "HANDLING", // chuyên viên đang xử lý
  "AWAITING_HEAD_APPROVAL", // chờ trưởng phòng duyệt
  "AWAITING_LEADER_APPROVAL", // chờ lãnh đạo đơn vị ký duyệt
] as const;
export type ProcessingStep = (typeof PROCESSING_STEPS)[number];

/** Vai trò. The scope (unit, office) of the actor says where the role applies. */
export const ROLES = ["ADMIN", "LEADERSHIP", "DEPARTMENT_HEAD", "OFFICER", "RECEPTIONIST", "INSPECTOR"] as const;
export type Role = (typeof ROLES)[number];

/** Lý do tạm dừng tính thời hạn. */
export const PAUSE_KINDS = ["SUPPLEMENT", "FINANCIAL", "VERIFICATION"] as const;
export type PauseKind = (typeof PAUSE_KINDS)[number];

/** Kết quả giải quyết: granted, or a written refusal of the request. */
export const RESULT_KINDS = ["GRANTED", "DENIED"] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

/** Kênh tiếp nhận: trực tiếp, trực tuyến, bưu chính công ích. */
export const CHANNELS = ["DIRECT", "ONLINE", "POSTAL"] as const;
export type Channel = (typeof CHANNELS)[number];

/** Hình thức giấy tờ: bản chính / bản sao / bản sao chứng thực. */
export const DOCUMENT_FORMS = ["ORIGINAL", "COPY", "CERTIFIED_COPY"] as const;
export type DocumentForm = (typeof DOCUMENT_FORMS)[number];

/** Người nộp: công dân or tổ chức. */
export const APPLICANT_KINDS = ["CITIZEN", "ORGANISATION"] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

/** How the result reaches the applicant: at the desk, by public post, or as an electronic result. */
export const RETURN_METHODS = ["DESK", "POST", "ONLINE"] as const;
export type ReturnMethod = (typeof RETURN_METHODS)[number];

/** Who collected a result at the desk: the applicant themself, or a person they authorised (người được ủy quyền). */
export const COLLECTOR_KINDS = ["APPLICANT", "AUTHORISED"] as const;
export type CollectorKind = (typeof COLLECTOR_KINDS)[number];

/** The identity document the desk checked when handing a result over. */
export const ID_DOCUMENT_KINDS = ["CCCD", "PASSPORT", "OTHER"] as const;
export type IdDocumentKind = (typeof ID_DOCUMENT_KINDS)[number];

/** Whoever presses a button: a signed-in civil servant with a role and a scope. */
export interface Actor {
  userId: string;
  role: Role;
  /** The administrative unit the user works for. */
  unitId: string;
  /** The office (phòng/ban, or the one-stop desk) inside that unit; null for unit-wide roles. */
  officeId: string | null;
}

/** A dossier as the state machine sees it: only what decides who may do what next. */
export interface DossierMachineState {
  status: DossierStatus;
  processingStep: ProcessingStep | null;
  /** Nơi tiếp nhận: the one-stop desk's unit. */
  receivedUnitId: string;
  /** Cơ quan có thẩm quyền giải quyết. */
  decidingUnitId: string;
  /** The office holding the dossier now (changes on forwarding); null before transfer. */
  handlingOfficeId: string | null;
  /** The officer working on it; null while awaiting assignment. */
  assigneeId: string | null;
  /** The procedure version needs the unit's leadership to sign the result (else the head of office signs). */
  leadershipApproval: boolean;
  /** Offices that already asked the applicant for a supplement during processing (allowed once per office). */
  supplementRequestOfficeIds: readonly string[];
  /** The pause now open, if any (a VERIFICATION pause runs while the dossier stays IN_PROCESSING/HANDLING). */
  openPauseKind: PauseKind | null;
  /**
   * The result proposed by the officer at submit_for_approval (the `propose_result` effect); the caller keeps it
   * e.g. in Dossier.resultKind until approval. Needed when the final approval finishes the dossier.
   */
  proposedResultKind?: ResultKind | null;
  /**
   * Whether the desk ever received the dossier (valid receipt, the statutory clock running). False only for an
   * online registration not received yet, e.g. waiting for the citizen's supplement at intake; absent = received.
   */
  received?: boolean;
  /**
   * What decides how a result may be returned (src/domain/dossier/result-return.ts): post only when the applicant
   * asked for it at intake, electronically only once an electronic result is issued. Absent = neither.
   */
  returnFacts?: { postalReturnRequested: boolean; electronicResultIssued: boolean };
}

// ─── Commands ────────────────────────────────────────────────────────────────────────────────────────────────────

export type DossierCommand =
  | { type: "receive" }
  | { type: "refuse"; reason: string }
  | { type: "transfer"; toOfficeId: string }
  | { type: "assign"; officerId: string }
  | { type: "forward"; toOfficeId: string; note?: string | undefined }
  | { type: "request_supplement"; reason: string }
  | { type: "request_intake_supplement"; reason: string }
  | { type: "record_supplement"; note?: string | undefined }
  | { type: "request_financial"; reason: string; amount?: number | undefined }
  | { type: "record_financial"; note?: string | undefined }
  | { type: "start_verification"; reason: string }
  | { type: "end_verification"; reason: string }
  | { type: "submit_for_approval"; resultKind: ResultKind; note?: string | undefined }
  | { type: "approve"; note?: string | undefined }
  | { type: "send_back"; reason: string }
  | { type: "withdraw"; reason: string }
  | { type: "stop"; reason: string }
  | {
      type: "return_result";
      method: ReturnMethod;
      /** Số/ký hiệu of the result handed over (the certificate's number, the reply's reference). */
      resultNumber: string;
      note?: string | undefined;
      /** At the desk only (ignored for post and electronic returns): who collected it and the document checked. */
      collectorKind?: CollectorKind | undefined;
      collectorName?: string | undefined;
      collectorRelation?: string | undefined;
      authorisationPaper?: string | undefined;
      idDocumentKind?: IdDocumentKind | undefined;
      idDocumentNumber?: string | undefined;
    };

export type DossierCommandType = DossierCommand["type"];
export type CommandOf<K extends DossierCommandType> = Extract<DossierCommand, { type: K }>;

/** Every command, in the order the UI shows its buttons. */
export const DOSSIER_COMMAND_TYPES = [
  "receive",
  "refuse",
  "transfer",
  "assign",
  "forward",
  "request_supplement",
  "request_intake_supplement",
  "record_supplement",
  "request_financial",
  "record_financial",
  "start_verification",
  "end_verification",
  "submit_for_approval",
  "approve",
  "send_back",
  "withdraw",
  "stop",
  "return_result",
] as const satisfies readonly DossierCommandType[];

// ─── Decisions ───────────────────────────────────────────────────────────────────────────────────────────────────

/** What the caller must write besides the new status (pauses, hand-off rows of form 05, finish time…). */
export type Effect =
  /** Valid receipt: receivedAt is now and the appointment is computed from it (the statutory clock starts). */
  | { type: "start_clock" }
  | { type: "open_pause"; kind: PauseKind; reason: string }
  | { type: "close_pause" }
  /** A row of the process control slip (phiếu kiểm soát quá trình); fromOfficeId null = from the desk. */
  | { type: "handoff"; fromOfficeId: string | null; toOfficeId: string; note?: string | undefined }
  /**
   * The dossier is finished: set finishedAt (what timeliness measures). resultKind is null when it ends without a
   * result (WITHDRAWN, STOPPED).
   */
  | { type: "finish"; resultKind: ResultKind | null }
  | { type: "returned"; method: ReturnMethod }
  /** Remember that this office used its one supplement request. */
  | { type: "record_supplement_request"; officeId: string }
  /** Keep the officer's proposed result until approval; null clears it when a draft is sent back. */
  | { type: "propose_result"; resultKind: ResultKind | null };

export type DecisionErrorCode =
  "FORBIDDEN" | "INVALID_STATE" | "SUPPLEMENT_ALREADY_REQUESTED" | "PAUSE_OPEN" | "INVALID_INPUT";

export interface DecisionError {
  code: DecisionErrorCode;
  /** Vietnamese, fit to show the user as is. */
  message: string;
}

export interface NextState {
  status: DossierStatus;
  processingStep: ProcessingStep | null;
  handlingOfficeId: string | null;
  assigneeId: string | null;
}

export type Decision =
  | {
      ok: true;
      next: NextState;
      effects: Effect[];
      /** DossierEvent.type to append: the command's name. */
      eventType: DossierCommandType;
      /** The command after validation (trimmed texts); store its fields in the event payload. */
      command: DossierCommand;
    }
  | { ok: false; error: DecisionError };

/**
 * Status a new dossier starts in: an online registration waits for the desk to check it; a dossier registered at
 * the desk (in person or arrived by post) was checked before it was registered, so it is received at once.
 */
export function initialStatusFor(channel: Channel): DossierStatus {
  return channel === "ONLINE" ? "REGISTERED_ONLINE" : "RECEIVED";
}
