// Vietnamese labels for the dossier vocabulary. Records keyed by the full unions, so adding an enum value without
// its label is a compile error. Status labels are the national portal's wording (docs/domain.md).
import type {
  ApplicantKind,
  Channel,
  DocumentForm,
  DossierCommandType,
  DossierStatus,
  PauseKind,
  ProcessingStep,
  ResultKind,
  ReturnMethod,
  Role,
} from "./types";

export const DOSSIER_STATUS_LABELS: Readonly<Record<DossierStatus, string>> = {
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
};

export const PROCESSING_STEP_LABELS: Readonly<Record<ProcessingStep, string>> = {
  AWAITING_ASSIGNMENT: "Chờ phân công",
  HANDLING: "Chuyên viên đang xử lý",
  AWAITING_HEAD_APPROVAL: "Chờ trưởng phòng duyệt",
  AWAITING_LEADER_APPROVAL: "Chờ lãnh đạo ký duyệt",
};

export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  DIRECT: "Trực tiếp",
  ONLINE: "Trực tuyến",
  POSTAL: "Bưu chính công ích",
};

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  ADMIN: "Quản trị hệ thống",
  LEADERSHIP: "Lãnh đạo đơn vị",
  DEPARTMENT_HEAD: "Trưởng phòng",
  OFFICER: "Chuyên viên xử lý",
  RECEPTIONIST: "Cán bộ tiếp nhận",
  INSPECTOR: "Cán bộ kiểm tra, giám sát",
};

export const PAUSE_KIND_LABELS: Readonly<Record<PauseKind, string>> = {
  SUPPLEMENT: "Chờ bổ sung hồ sơ",
  FINANCIAL: "Chờ thực hiện nghĩa vụ tài chính",
  VERIFICATION: "Xác minh",
};

export const DOCUMENT_FORM_LABELS: Readonly<Record<DocumentForm, string>> = {
  ORIGINAL: "Bản chính",
  COPY: "Bản sao",
  CERTIFIED_COPY: "Bản sao chứng thực",
};

export const RESULT_KIND_LABELS: Readonly<Record<ResultKind, string>> = {
  GRANTED: "Giải quyết",
  DENIED: "Từ chối giải quyết",
};

export const APPLICANT_KIND_LABELS: Readonly<Record<ApplicantKind, string>> = {
  CITIZEN: "Công dân",
  ORGANISATION: "Tổ chức, doanh nghiệp",
};

export const RETURN_METHOD_LABELS: Readonly<Record<ReturnMethod, string>> = {
  DESK: "Trả tại Bộ phận Một cửa",
  POST: "Trả qua bưu chính công ích",
  ONLINE: "Trả kết quả điện tử",
};

/** Button texts for the commands. */
export const COMMAND_LABELS: Readonly<Record<DossierCommandType, string>> = {
  receive: "Tiếp nhận hồ sơ",
  refuse: "Từ chối tiếp nhận",
  transfer: "Chuyển phòng chuyên môn",
  assign: "Phân công xử lý",
  forward: "Chuyển phòng phối hợp",
  request_supplement: "Yêu cầu bổ sung hồ sơ",
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
};

/** "Đang xử lý – Chờ phân công", or just the status label outside processing. */
export function statusWithStepLabel(status: DossierStatus, step: ProcessingStep | null): string {
  const base = DOSSIER_STATUS_LABELS[status];
  return status === "IN_PROCESSING" && step !== null ? `${base} – ${PROCESSING_STEP_LABELS[step]}` : base;
}
