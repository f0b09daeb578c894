import "server-only";
// Labels of the dossier vocabulary in the reader's language, for server components: the one place components get a
// status, step, timeliness, command, channel, role… label from. Vietnamese comes from the domain modules (one
// wording for the whole product, the national portal's, also used by printed documents and the state machine's
// messages); English from the "domain" and "dossier.labels" messages.
import { getLocale, getTranslations } from "next-intl/server";
import {
  FINISHED_TIMELINESS_LABELS,
  PENDING_TIMELINESS_LABELS,
  type FinishedTimeliness,
  type PendingTimeliness,
} from "@/domain/calendar";
import {
  APPLICANT_KIND_LABELS,
  CHANNEL_LABELS,
  COMMAND_LABELS,
  DOCUMENT_FORM_LABELS,
  DOSSIER_STATUS_LABELS,
  PAUSE_KIND_LABELS,
  PROCESSING_STEP_LABELS,
  RESULT_KIND_LABELS,
  RETURN_METHOD_LABELS,
  ROLE_LABELS,
  type ApplicantKind,
  type Channel,
  type DocumentForm,
  type DossierCommandType,
  type DossierStatus,
  type PauseKind,
  type ProcessingStep,
  type ResultKind,
  type ReturnMethod,
  type Role,
} from "@/domain/dossier";

export interface DomainLabels {
  status(status: DossierStatus): string;
  step(step: ProcessingStep): string;
  /** "Đang xử lý – Chờ phân công", or the status alone outside processing. */
  statusWithStep(status: DossierStatus, step: ProcessingStep | null): string;
  documentForm(form: DocumentForm): string;
  pending(value: PendingTimeliness): string;
  finished(value: FinishedTimeliness): string;
}

export async function getDomainLabels(): Promise<DomainLabels> {
  const locale = await getLocale();
  if (locale === "vi") {
    return {
      status: (status) => DOSSIER_STATUS_LABELS[status],
      step: (step) => PROCESSING_STEP_LABELS[step],
      statusWithStep: (status, step) =>
        status === "IN_PROCESSING" && step
          ? `${DOSSIER_STATUS_LABELS[status]} – ${PROCESSING_STEP_LABELS[step]}`
          : DOSSIER_STATUS_LABELS[status],
      documentForm: (form) => DOCUMENT_FORM_LABELS[form],
      pending: (value) => PENDING_TIMELINESS_LABELS[value],
      finished: (value) => FINISHED_TIMELINESS_LABELS[value],
    };
  }
  const t = await getTranslations("domain");
  return {
    status: (status) => t(`status.${status}`),
    step: (step) => t(`step.${step}`),
    statusWithStep: (status, step) =>
      status === "IN_PROCESSING" && step ? `${t(`status.${status}`)} – ${t(`step.${step}`)}` : t(`status.${status}`),
    documentForm: (form) => t(`documentForm.${form}`),
    pending: (value) => t(`pending.${value}`),
    finished: (value) => t(`finished.${value}`),
  };
}

/** Event types of the history besides the commands. */
const EVENT_LABELS_VI: Readonly<Record<string, string>> = { register: "Tiếp nhận, đăng ký hồ sơ" };

export interface DossierLabels {
  command(type: DossierCommandType): string;
  /** An event of the history: a command, or "register". */
  event(type: string): string;
  channel(channel: Channel): string;
  pauseKind(kind: PauseKind): string;
  resultKind(kind: ResultKind): string;
  returnMethod(method: ReturnMethod): string;
  role(role: Role): string;
  applicantKind(kind: ApplicantKind): string;
}

const isCommand = (type: string): type is DossierCommandType => type in COMMAND_LABELS;

export async function getDossierLabels(): Promise<DossierLabels> {
  const locale = await getLocale();
  if (locale === "vi") {
    return {
      command: (type) => COMMAND_LABELS[type],
      event: (type) => EVENT_LABELS_VI[type] ?? (isCommand(type) ? COMMAND_LABELS[type] : type),
      channel: (channel) => CHANNEL_LABELS[channel],
      pauseKind: (kind) => PAUSE_KIND_LABELS[kind],
      resultKind: (kind) => RESULT_KIND_LABELS[kind],
      returnMethod: (method) => RETURN_METHOD_LABELS[method],
      role: (role) => ROLE_LABELS[role],
      applicantKind: (kind) => APPLICANT_KIND_LABELS[kind],
    };
  }
  const t = await getTranslations("dossier.labels");
  return {
    command: (type) => t(`command.${type}`),
    event: (type) => (type === "register" ? t("event.register") : isCommand(type) ? t(`command.${type}`) : type),
    channel: (channel) => t(`channel.${channel}`),
    pauseKind: (kind) => t(`pauseKind.${kind}`),
    resultKind: (kind) => t(`resultKind.${kind}`),
    returnMethod: (method) => t(`returnMethod.${method}`),
    role: (role) => t(`role.${role}`),
    applicantKind: (kind) => t(`applicantKind.${kind}`),
  };
}
