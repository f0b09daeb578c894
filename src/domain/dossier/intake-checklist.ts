// The intake desk's checklist of a procedure's documents, and what it leaves missing: the pre-filled list of a
// supplement request (form 02) when the applicant lacks a required document. Pure: the desk's form fills the
// request from it as the receptionist ticks.
import { DOCUMENT_FORM_LABELS } from "./labels";
import type { DocumentForm } from "./types";

export interface ChecklistDocument {
  position: number;
  name: string;
  form: DocumentForm;
  count: number;
  optional: boolean;
}

export interface ChecklistTick {
  received: boolean;
  count: number;
}

/**
 * The pre-filled "missing documents" of a supplement request (form 02): every required document not ticked, as
 * one line, e.g. "Giấy chứng sinh (bản chính)" or "Sổ hộ khẩu (bản sao chứng thực, 2 bản)". Optional documents are
 * left out: the applicant does not have to bring them.
 */
export function missingDocumentLines(
  documents: readonly ChecklistDocument[],
  ticks: Readonly<Record<number, ChecklistTick | undefined>>,
): string[] {
  return documents
    .filter((document) => !document.optional && !ticks[document.position]?.received)
    .map((document) => {
      const count = ticks[document.position]?.count ?? document.count;
      const form = DOCUMENT_FORM_LABELS[document.form].toLocaleLowerCase("vi");
      const detail = count > 1 ? `${form}, ${count} bản` : form;
      return `${document.name} (${detail})`;
    });
}
