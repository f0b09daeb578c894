// Who may read the unit's registers, and how much of them (docs/domain.md "Registers and who reads them"): each
// reader sees only what the role needs (Nghị định 13/2023). Pure: the data layer turns the answers into its queries
// and answers "not found" to everyone else, so a register's existence never leaks.
import type { Role } from "./roles";

/** The reader of a register: their role, unit and office. */
export interface RegisterReader {
  role: Role;
  unitId: string;
  officeId: string | null;
}

/**
 * Which rows of the unit's tracking book (sổ theo dõi hồ sơ) a reader gets:
 * - "unit": every dossier the unit's desk received (the desk keeps the book; the unit's leadership oversees it);
 * - "office": only dossiers the reader's office handled (led or took part in, as the control slip records them), the
 *   same dossiers the head may open; other offices' applicants never reach them;
 * - null: no book at all (officers, inspectors, administrators; a head without an office).
 * Every row a reader gets carries its columns in full: the book is the legal register of dossiers the reader may open.
 */
export type TrackingBookScope = { rows: "unit"; unitId: string } | { rows: "office"; unitId: string; officeId: string };

export function trackingBookScope(reader: RegisterReader): TrackingBookScope | null {
  switch (reader.role) {
    case "RECEPTIONIST":
    case "LEADERSHIP":
      return { rows: "unit", unitId: reader.unitId };
    case "DEPARTMENT_HEAD":
      return reader.officeId ? { rows: "office", unitId: reader.unitId, officeId: reader.officeId } : null;
    case "OFFICER":
    case "INSPECTOR":
    case "ADMIN":
      return null;
  }
}

/** Whether a tracking-book row belongs to the scope: the office it went to or passed through, or the whole unit. */
export function bookRowInScope(
  scope: TrackingBookScope,
  row: { handlingOfficeId: string | null; pastOfficeIds: readonly string[] },
): boolean {
  return scope.rows === "unit" || row.handlingOfficeId === scope.officeId || row.pastOfficeIds.includes(scope.officeId);
}

/**
 * Who may read a notice the desk issued without receiving a dossier (form 02 "yêu cầu bổ sung" or 03 "từ chối"):
 * the desk of the issuing unit (any of its receptionists: the desk is one team and reprints for the applicant), and
 * the unit's leadership, who answer for the desk's refusals. Officers and heads never saw that applicant; inspectors
 * and administrators read no personal data of applicants.
 */
export function mayReadIntakeNotice(reader: RegisterReader, notice: { unitId: string }): boolean {
  return (reader.role === "RECEPTIONIST" || reader.role === "LEADERSHIP") && reader.unitId === notice.unitId;
}
