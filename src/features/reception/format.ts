// Small display helpers of the reception desk, pure and shared by server and client components.
import type { DocumentForm } from "@/domain/dossier/types";

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/** 30000 → "30.000": the Vietnamese thousands separator, whatever the browser's locale. */
export function groupThousands(amount: number): string {
  const sign = amount < 0 ? "-" : "";
  return `${sign}${String(Math.abs(Math.round(amount))).replace(THOUSANDS, ".")}`;
}

const FORM_WORDS: Readonly<Record<DocumentForm, string>> = {
  ORIGINAL: "bản chính",
  COPY: "bản sao",
  CERTIFIED_COPY: "bản sao chứng thực",
};

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
export function missingDocumentLines(documents: readonly ChecklistDocument[], ticks: Readonly<Record<number, ChecklistTick | undefined>>): string[] {
  return documents
    .filter((document) => !document.optional && !ticks[document.position]?.received)
    .map((document) => {
      const count = ticks[document.position]?.count ?? document.count;
      const detail = count > 1 ? `${FORM_WORDS[document.form]}, ${count} bản` : FORM_WORDS[document.form];
      return `${document.name} (${detail})`;
    });
}
