import "server-only";
// Labels of the dossier vocabulary that the dossier page and the worklists show, in the reader's language:
// Vietnamese straight from src/domain/dossier (one wording for the whole product), English from dossier.en.json.
import { getLocale, getTranslations } from "next-intl/server";
import {
  APPLICANT_KIND_LABELS,
  CHANNEL_LABELS,
  COMMAND_LABELS,
  PAUSE_KIND_LABELS,
  RESULT_KIND_LABELS,
  RETURN_METHOD_LABELS,
  ROLE_LABELS,
  type ApplicantKind,
  type Channel,
  type DossierCommandType,
  type PauseKind,
  type ResultKind,
  type ReturnMethod,
  type Role,
} from "@/domain/dossier";

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
