// Labels of the dossier vocabulary, in every interface language: the one home of these words. Records keyed by the
// full unions and by every locale, so adding an enum value or a language without its label is a compile error.
// Vietnamese is the national portal's wording (docs/domain.md); the state machine's messages and the printed
// documents use it whatever the reader's language (the Vietnamese constants at the end of this file).
import type { Locale } from "@/lib/locale";
import type {
  ApplicantKind,
  Channel,
  CollectorKind,
  DocumentForm,
  DossierCommandType,
  DossierStatus,
  IdDocumentKind,
  PauseKind,
  ProcessingStep,
  ResultKind,
  ReturnMethod,
  Role,
} from "./types";
import { DOSSIER_COMMAND_TYPES } from "./types";

/**
 * Events of a dossier's history that are not commands of the state machine: the registration and the apology
 * letter's draft, signature and refusal (src/server/dossiers/apology.ts). The postal service's events have their
 * labels in src/domain/postal/labels.ts; tests/unit/history-event-labels.test.ts checks every type written has one.
 */
export const DOSSIER_EVENT_TYPES = ["register", "draft_apology", "approve_apology", "reject_apology"] as const;
export type DossierEventType = (typeof DOSSIER_EVENT_TYPES)[number];

export interface DossierVocabulary {
  status: Readonly<Record<DossierStatus, string>>;
  step: Readonly<Record<ProcessingStep, string>>;
  channel: Readonly<Record<Channel, string>>;
  /** The role of the person who acted on a dossier, as the state machine and the history name it. */
  role: Readonly<Record<Role, string>>;
  pauseKind: Readonly<Record<PauseKind, string>>;
  documentForm: Readonly<Record<DocumentForm, string>>;
  resultKind: Readonly<Record<ResultKind, string>>;
  applicantKind: Readonly<Record<ApplicantKind, string>>;
  returnMethod: Readonly<Record<ReturnMethod, string>>;
  /** Who collected a result at the desk. */
  collectorKind: Readonly<Record<CollectorKind, string>>;
  /** The identity document checked when a result is handed over. */
  idDocumentKind: Readonly<Record<IdDocumentKind, string>>;
  /** Button texts for the commands. */
  command: Readonly<Record<DossierCommandType, string>>;
  /** Events of the history that are not commands. */
  event: Readonly<Record<DossierEventType, string>>;
}

export const DOSSIER_LABELS: Readonly<Record<Locale, DossierVocabulary>> = {
  vi: {
    status: {
      REGISTERED_ONLINE: "Mới đăng ký",
      RECEIVED: "Được tiếp nhận",
      REFUSED: "Không được tiếp nhận",
      IN_PROCESSING: "Đang xử lý",
      WAITING_SUPPLEMENT: "Yêu cầu bổ sung giấy tờ",
      WAITING_FINANCIAL: "Yêu cầu thực hiện nghĩa vụ tài chính",
      WITHDRAWN: "Công dân yêu cầu rút hồ sơ",
      STOPPED: "Dừng xử lý",
      RESULT_READY: "Đã xử lý xong",
      RETURNED: "Đã trả kết quả",
    },
    step: {
      AWAITING_ASSIGNMENT: "Chờ phân công",
      HANDLING: "Chuyên viên đang xử lý",
      AWAITING_HEAD_APPROVAL: "Chờ trưởng phòng duyệt",
      AWAITING_LEADER_APPROVAL: "Chờ lãnh đạo ký duyệt",
    },
    channel: {
      DIRECT: "Trực tiếp",
      ONLINE: "Trực tuyến",
      POSTAL: "Bưu chính công ích",
    },
    role: {
      ADMIN: "Quản trị hệ thống",
      LEADERSHIP: "Lãnh đạo đơn vị",
      DEPARTMENT_HEAD: "Trưởng phòng",
      OFFICER: "Chuyên viên xử lý",
      RECEPTIONIST: "Cán bộ tiếp nhận",
      INSPECTOR: "Cán bộ kiểm tra, giám sát",
    },
    pauseKind: {
      SUPPLEMENT: "Chờ bổ sung hồ sơ",
      FINANCIAL: "Chờ thực hiện nghĩa vụ tài chính",
      VERIFICATION: "Xác minh",
    },
    documentForm: {
      ORIGINAL: "Bản chính",
      COPY: "Bản sao",
      CERTIFIED_COPY: "Bản sao chứng thực",
    },
    resultKind: {
      GRANTED: "Giải quyết",
      DENIED: "Từ chối giải quyết",
    },
    applicantKind: {
      CITIZEN: "Công dân",
      ORGANISATION: "Tổ chức, doanh nghiệp",
    },
    returnMethod: {
      DESK: "Trả tại Bộ phận Một cửa",
      POST: "Trả qua bưu chính công ích",
      ONLINE: "Trả kết quả điện tử",
    },
    collectorKind: {
      APPLICANT: "Người nộp hồ sơ",
      AUTHORISED: "Người được ủy quyền",
    },
    idDocumentKind: {
      CCCD: "Căn cước công dân / Thẻ căn cước",
      PASSPORT: "Hộ chiếu",
      OTHER: "Giấy tờ tùy thân khác",
    },
    command: {
      receive: "Tiếp nhận hồ sơ",
      refuse: "Từ chối tiếp nhận",
      transfer: "Chuyển phòng chuyên môn",
      assign: "Phân công xử lý",
      forward: "Chuyển phòng phối hợp",
      request_supplement: "Yêu cầu bổ sung hồ sơ",
      request_intake_supplement: "Yêu cầu bổ sung, hoàn thiện hồ sơ trước khi tiếp nhận",
      record_supplement: "Ghi nhận đã bổ sung",
      request_financial: "Yêu cầu thực hiện nghĩa vụ tài chính",
      record_financial: "Ghi nhận đã thực hiện nghĩa vụ tài chính",
      start_verification: "Bắt đầu xác minh",
      end_verification: "Kết thúc xác minh",
      submit_for_approval: "Trình duyệt kết quả",
      approve: "Duyệt kết quả",
      send_back: "Trả lại để xử lý lại",
      withdraw: "Rút hồ sơ theo đề nghị",
      stop: "Dừng xử lý",
      return_result: "Trả kết quả",
    },
    event: {
      register: "Tiếp nhận, đăng ký hồ sơ",
      draft_apology: "Lập phiếu xin lỗi và hẹn lại ngày trả kết quả",
      approve_apology: "Ký phiếu xin lỗi, hẹn lại ngày trả kết quả",
      reject_apology: "Từ chối ký phiếu xin lỗi",
    },
  },
  en: {
    status: {
      REGISTERED_ONLINE: "Newly registered",
      RECEIVED: "Received",
      REFUSED: "Not received",
      IN_PROCESSING: "In processing",
      WAITING_SUPPLEMENT: "Supplement requested",
      WAITING_FINANCIAL: "Financial obligation requested",
      WITHDRAWN: "Withdrawn by the applicant",
      STOPPED: "Stopped",
      RESULT_READY: "Result ready",
      RETURNED: "Result returned",
    },
    step: {
      AWAITING_ASSIGNMENT: "Awaiting assignment",
      HANDLING: "Officer handling",
      AWAITING_HEAD_APPROVAL: "Awaiting head's approval",
      AWAITING_LEADER_APPROVAL: "Awaiting leadership signature",
    },
    channel: {
      DIRECT: "In person",
      ONLINE: "Online",
      POSTAL: "Public postal service",
    },
    role: {
      ADMIN: "System administrator",
      LEADERSHIP: "Leadership",
      DEPARTMENT_HEAD: "Head of office",
      OFFICER: "Processing officer",
      RECEPTIONIST: "Reception officer",
      INSPECTOR: "Inspector",
    },
    pauseKind: {
      SUPPLEMENT: "Awaiting supplement",
      FINANCIAL: "Awaiting financial obligation",
      VERIFICATION: "Verification",
    },
    documentForm: {
      ORIGINAL: "Original",
      COPY: "Copy",
      CERTIFIED_COPY: "Certified copy",
    },
    resultKind: {
      GRANTED: "Grant",
      DENIED: "Refuse the request",
    },
    applicantKind: {
      CITIZEN: "Citizen",
      ORGANISATION: "Organisation",
    },
    returnMethod: {
      DESK: "At the one-stop desk",
      POST: "By public post",
      ONLINE: "Electronic result",
    },
    collectorKind: {
      APPLICANT: "The applicant",
      AUTHORISED: "An authorised person",
    },
    idDocumentKind: {
      CCCD: "Citizen identity card",
      PASSPORT: "Passport",
      OTHER: "Other identity document",
    },
    command: {
      receive: "Receive dossier",
      refuse: "Refuse",
      transfer: "Transfer to office",
      assign: "Assign",
      forward: "Forward to another office",
      request_supplement: "Request supplement",
      request_intake_supplement: "Request supplement before intake",
      record_supplement: "Record supplement received",
      request_financial: "Request financial obligation",
      record_financial: "Record obligation fulfilled",
      start_verification: "Start verification",
      end_verification: "End verification",
      submit_for_approval: "Submit for approval",
      approve: "Approve",
      send_back: "Send back for rework",
      withdraw: "Withdraw at applicant's request",
      stop: "Stop processing",
      return_result: "Return result",
    },
    event: {
      register: "Received and registered",
      draft_apology: "Apology letter drafted, new appointment proposed",
      approve_apology: "Apology letter signed, appointment moved",
      reject_apology: "Apology letter refused",
    },
  },
};

/** The dossier vocabulary in one language (src/ui/labels.ts passes the reader's). */
export const dossierLabelsFor = (locale: Locale): DossierVocabulary => DOSSIER_LABELS[locale];

/**
 * The history label of an event type written by the dossier's own services: a command of the state machine or one of
 * DOSSIER_EVENT_TYPES; null for any other type (the postal service's: postalEventLabel in src/domain/postal).
 */
export function dossierEventLabel(type: string, locale: Locale = "vi"): string | null {
  const labels = DOSSIER_LABELS[locale];
  if ((DOSSIER_COMMAND_TYPES as readonly string[]).includes(type)) return labels.command[type as DossierCommandType];
  if ((DOSSIER_EVENT_TYPES as readonly string[]).includes(type)) return labels.event[type as DossierEventType];
  return null;
}

/** "Đang xử lý – Chờ phân công", or just the status label outside processing; in the given language. */
export function statusWithStepLabel(status: DossierStatus, step: ProcessingStep | null, locale: Locale = "vi"): string {
  const labels = DOSSIER_LABELS[locale];
  const base = labels.status[status];
  return status === "IN_PROCESSING" && step !== null ? `${base} – ${labels.step[step]}` : base;
}

// Vietnamese, for the state machine's messages and the printed documents.
export const DOSSIER_STATUS_LABELS = DOSSIER_LABELS.vi.status;
export const PROCESSING_STEP_LABELS = DOSSIER_LABELS.vi.step;
export const CHANNEL_LABELS = DOSSIER_LABELS.vi.channel;
export const ROLE_LABELS = DOSSIER_LABELS.vi.role;
export const PAUSE_KIND_LABELS = DOSSIER_LABELS.vi.pauseKind;
export const DOCUMENT_FORM_LABELS = DOSSIER_LABELS.vi.documentForm;
export const RESULT_KIND_LABELS = DOSSIER_LABELS.vi.resultKind;
export const APPLICANT_KIND_LABELS = DOSSIER_LABELS.vi.applicantKind;
export const RETURN_METHOD_LABELS = DOSSIER_LABELS.vi.returnMethod;
export const COMMAND_LABELS = DOSSIER_LABELS.vi.command;
