// Pieces several forms share: the header from the issuer, the applicant's lines, the usual signature note.
import { upperVi } from "../format";
import type { Applicant, Issuer } from "../model";
import type { Block, DocumentHeader, Run } from "../spec";

export const SIGN_NOTE = "(Ký và ghi rõ họ tên)";

export function headerOf(
  issuer: Issuer,
  options: { date: Date | null; reference?: string; formNumber?: string },
): DocumentHeader {
  return {
    agency: issuer.agency,
    division: upperVi(issuer.division),
    place: issuer.place,
    date: options.date,
    reference: options.reference,
    formNumber: options.formNumber,
  };
}

/** Name, address, phone and e-mail lines; absent values are left out rather than printed empty. */
export function applicantFields(applicant: Applicant, nameLabel: string): Block[] {
  const blocks: Block[] = [{ kind: "field", label: nameLabel, value: applicant.name }];
  if (applicant.address) blocks.push({ kind: "field", label: "Địa chỉ", value: applicant.address });
  // Phone and e-mail share a line to keep the A5 slip on one page.
  const contact: Run[] = [];
  if (applicant.phone) contact.push({ text: "Số điện thoại: " }, { text: applicant.phone, bold: true });
  if (applicant.email)
    contact.push({ text: contact.length > 0 ? "    Email: " : "Email: " }, { text: applicant.email, bold: true });
  if (contact.length > 0) blocks.push({ kind: "paragraph", text: contact });
  return blocks;
}
