import "server-only";
// Labels of the dossier vocabulary in the reader's language. Vietnamese comes from the domain modules (one wording
// for the whole product, the national portal's); English from the "domain" messages.
import { getLocale, getTranslations } from "next-intl/server";
import { FINISHED_TIMELINESS_LABELS, PENDING_TIMELINESS_LABELS, type FinishedTimeliness, type PendingTimeliness } from "@/domain/calendar";
import { DOCUMENT_FORM_LABELS, DOSSIER_STATUS_LABELS, PROCESSING_STEP_LABELS } from "@/domain/dossier/labels";
import type { DocumentForm, DossierStatus, ProcessingStep } from "@/domain/dossier/types";

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
        status === "IN_PROCESSING" && step ? `${DOSSIER_STATUS_LABELS[status]} – ${PROCESSING_STEP_LABELS[step]}` : DOSSIER_STATUS_LABELS[status],
      documentForm: (form) => DOCUMENT_FORM_LABELS[form],
      pending: (value) => PENDING_TIMELINESS_LABELS[value],
      finished: (value) => FINISHED_TIMELINESS_LABELS[value],
    };
  }
  const t = await getTranslations("domain");
  return {
    status: (status) => t(`status.${status}`),
    step: (step) => t(`step.${step}`),
    statusWithStep: (status, step) => (status === "IN_PROCESSING" && step ? `${t(`status.${status}`)} – ${t(`step.${step}`)}` : t(`status.${status}`)),
    documentForm: (form) => t(`documentForm.${form}`),
    pending: (value) => t(`pending.${value}`),
    finished: (value) => t(`finished.${value}`),
  };
}
