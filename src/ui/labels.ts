import "server-only";
// Labels of the dossier vocabulary in the reader's language, for server components: the one place components get a
// status, step, timeliness, command, channel, role… label from. The words themselves live in the domain, both
// languages side by side (src/domain/dossier/labels.ts, src/domain/calendar/labels.ts); this module only picks the
// reader's locale. Client components use src/ui/use-labels.ts.
import { getLocale } from "next-intl/server";
import { calendarLabelsFor, type FinishedTimeliness, type PendingTimeliness } from "@/domain/calendar";
import { catalogueLabelsFor, type FeeTiming, type OnlineClass } from "@/domain/catalogue";
import {
  dossierLabelsFor,
  statusWithStepLabel,
  type ApplicantKind,
  type Channel,
  type CollectorKind,
  type DocumentForm,
  type DossierCommandType,
  type DossierStatus,
  type IdDocumentKind,
  type PauseKind,
  type ProcessingStep,
  type ResultKind,
  type ReturnMethod,
  type Role,
} from "@/domain/dossier";
import { defaultLocale, isLocale, type Locale } from "@/i18n/locales";

/** The reader's locale, narrowed to one the label records know. */
export async function getLabelLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : defaultLocale;
}

export interface DomainLabels {
  status(status: DossierStatus): string;
  step(step: ProcessingStep): string;
  /** "Đang xử lý – Chờ phân công", or the status alone outside processing. */
  statusWithStep(status: DossierStatus, step: ProcessingStep | null): string;
  documentForm(form: DocumentForm): string;
  pending(value: PendingTimeliness): string;
  finished(value: FinishedTimeliness): string;
  /** A procedure's online class with its old level, "Một phần (mức độ 3)". */
  onlineClass(value: OnlineClass): string;
  feeTiming(value: FeeTiming): string;
}

export async function getDomainLabels(): Promise<DomainLabels> {
  const locale = await getLabelLocale();
  const dossier = dossierLabelsFor(locale);
  const calendar = calendarLabelsFor(locale);
  const catalogue = catalogueLabelsFor(locale);
  return {
    status: (status) => dossier.status[status],
    step: (step) => dossier.step[step],
    statusWithStep: (status, step) => statusWithStepLabel(status, step, locale),
    documentForm: (form) => dossier.documentForm[form],
    pending: (value) => calendar.pending[value],
    finished: (value) => calendar.finished[value],
    onlineClass: (value) => catalogue.onlineClass[value],
    feeTiming: (value) => catalogue.feeTiming[value],
  };
}

export interface DossierLabels {
  command(type: DossierCommandType): string;
  channel(channel: Channel): string;
  pauseKind(kind: PauseKind): string;
  resultKind(kind: ResultKind): string;
  returnMethod(method: ReturnMethod): string;
  collectorKind(kind: CollectorKind): string;
  idDocumentKind(kind: IdDocumentKind): string;
  role(role: Role): string;
  applicantKind(kind: ApplicantKind): string;
}

export async function getDossierLabels(): Promise<DossierLabels> {
  const locale = await getLabelLocale();
  const labels = dossierLabelsFor(locale);
  return {
    command: (type) => labels.command[type],
    channel: (channel) => labels.channel[channel],
    pauseKind: (kind) => labels.pauseKind[kind],
    resultKind: (kind) => labels.resultKind[kind],
    returnMethod: (method) => labels.returnMethod[method],
    collectorKind: (kind) => labels.collectorKind[kind],
    idDocumentKind: (kind) => labels.idDocumentKind[kind],
    role: (role) => labels.role[role],
    applicantKind: (kind) => labels.applicantKind[kind],
  };
}
