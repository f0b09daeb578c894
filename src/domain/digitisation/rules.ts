// When a dossier counts as digitised, reused and as having an electronic result (Nghị định 45/2020 on electronic
// procedures; Thông tư 01/2023/TT-VPCP; Decision 766/QĐ-TTg indicators 4.1–4.3; ONLINE-SERVICES.md "Digitisation,
// electronic results and reuse"). Pure: the services recompute the stored flags with these in the same transaction
// that writes the files, and the dashboards count with the same functions.
import type { DossierStatus, ResultKind } from "../dossier/types";

/** A stored file as these rules read it: only a current file (not superseded) counts. */
export interface FileFact {
  purpose: "COMPONENT" | "RESULT" | "RECEIPT";
  documentPosition: number | null;
  source: string;
  supersededAt: Date | string | null;
}

/** A component of the dossier (DossierDocument) as these rules read it. */
export interface ComponentFact {
  position: number;
  required: boolean;
  reuse: "NONE" | "REUSED" | "REUSED_FROM_NATIONAL_PORTAL";
  fromNationalStore?: boolean;
}

export const isCurrent = (file: Pick<FileFact, "supersededAt">): boolean => file.supersededAt === null;

/** DuocSoHoa of one component: a current COMPONENT file exists for its position. */
export function componentDigitised(position: number, files: readonly FileFact[]): boolean {
  return files.some((file) => file.purpose === "COMPONENT" && file.documentPosition === position && isCurrent(file));
}

/**
 * Dossier.digitised ("HoSoCoThanhPhanSoHoa"): every required component has a current file. A dossier with no required
 * component counts when at least one of its components has a file; a dossier without components never counts (there
 * is nothing digitised to show).
 */
export function dossierComponentsDigitised(components: readonly ComponentFact[], files: readonly FileFact[]): boolean {
  if (components.length === 0) return false;
  const required = components.filter((component) => component.required);
  if (required.length === 0) return components.some((component) => componentDigitised(component.position, files));
  return required.every((component) => componentDigitised(component.position, files));
}

/** DuocTaiSuDung: the component was taken from an earlier dossier or result (1) or from the national portal (2). */
export const componentReused = (component: Pick<ComponentFact, "reuse">): boolean => component.reuse !== "NONE";

/** Decision 766 indicator 4.3 and Dossier.dataReused: at least one component reused. */
export const dossierDataReused = (components: readonly Pick<ComponentFact, "reuse">[]): boolean =>
  components.some(componentReused);

/**
 * Whether the dossier's outcome is a paper result (giấy tờ kết quả) that must also be issued electronically
 * (indicators 3.3, 4.1, 4.2): a granted dossier produces the document the procedure exists for. A refusal is a written
 * reply, not a result document; while the outcome is unknown (still in processing) it is "pending".
 */
export function paperResultRequirement(resultKind: ResultKind | null): "required" | "not_required" | "pending" {
  if (resultKind === "GRANTED") return "required";
  if (resultKind === "DENIED") return "not_required";
  return "pending";
}

/** Dossier.electronicResult: true only when a current RESULT file exists (with its DossierResultDocument). */
export const hasElectronicResult = (files: readonly FileFact[]): boolean =>
  files.some((file) => file.purpose === "RESULT" && isCurrent(file));

/**
 * Decision 766 indicator 4.2 for one dossier: its components have files AND, where a paper result is required, an
 * electronic result was issued. While the outcome is pending the components alone decide (the result cannot be
 * required yet); a granted dossier without an electronic result does not count.
 */
export function countsAsDigitised(input: {
  componentsDigitised: boolean;
  resultKind: ResultKind | null;
  electronicResult: boolean;
}): boolean {
  if (!input.componentsDigitised) return false;
  return paperResultRequirement(input.resultKind) !== "required" || input.electronicResult;
}

/**
 * When a result file may be attached or generated: only once the competent person has signed the decision
 * (RESULT_READY) or after the paper result was handed over (RETURNED, to issue its electronic copy late). While the
 * dossier is in processing the result is a draft: an electronic result issued then could differ from what is signed,
 * and "electronic result issued" would be true for a dossier that may still be refused.
 */
export const RESULT_STATUSES = ["RESULT_READY", "RETURNED"] as const satisfies readonly DossierStatus[];

export const resultMayBeIssued = (status: DossierStatus): boolean =>
  (RESULT_STATUSES as readonly DossierStatus[]).includes(status);

/**
 * When the desk may scan or reuse a component: from receipt to the end. Online registrations still at the desk carry
 * the citizen's uploads (checked in the intake queue); refused and withdrawn dossiers went back to the applicant.
 */
export const DIGITISABLE_STATUSES = [
  "RECEIVED",
  "IN_PROCESSING",
  "WAITING_SUPPLEMENT",
  "WAITING_FINANCIAL",
  "STOPPED",
  "RESULT_READY",
  "RETURNED",
] as const satisfies readonly DossierStatus[];

export const componentsMayBeDigitised = (status: DossierStatus): boolean =>
  (DIGITISABLE_STATUSES as readonly DossierStatus[]).includes(status);
