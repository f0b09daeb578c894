// Roles and the groups of roles that share a right. Every role list the app checks is built from these, here, so
// "who may do X" is answered in src/domain/access and nowhere else.
import { ROLES, type Role } from "../dossier/types";

export { ROLES, type Role };

/** Any signed-in staff member: the page or route narrows further by scope (unit, office) when it loads data. */
export const ANY_STAFF = ROLES;

/** Cán bộ Bộ phận Một cửa: the desk that receives dossiers and issues intake notices. */
export const DESK_ROLES = ["RECEPTIONIST"] as const satisfies readonly Role[];

export const ADMIN_ROLES = ["ADMIN"] as const satisfies readonly Role[];

/** Who may search the log of reads of personal data (nhật ký truy cập dữ liệu cá nhân): the administrators. */
export const AUDIT_LOG_ROLES = ADMIN_ROLES;

/** Roles that may press a button on a dossier (the state machine decides which, per dossier). */
export const DOSSIER_ACTING_ROLES = [
  "RECEPTIONIST",
  "OFFICER",
  "DEPARTMENT_HEAD",
  "LEADERSHIP",
] as const satisfies readonly Role[];

/** Who has a worklist: every role that acts on dossiers, and the inspector (read-only). */
export const WORKLIST_ROLES = [
  "OFFICER",
  "DEPARTMENT_HEAD",
  "RECEPTIONIST",
  "LEADERSHIP",
  "INSPECTOR",
] as const satisfies readonly Role[];

/** Who may read the late-dossier report (page and export). */
export const LATENESS_REPORT_ROLES = ["LEADERSHIP", "DEPARTMENT_HEAD", "INSPECTOR"] as const satisfies readonly Role[];

/** Roles that issue or handle dossiers and so may print their documents (loaders also check the scope). */
export const PRINTING_ROLES = [
  "RECEPTIONIST",
  "OFFICER",
  "DEPARTMENT_HEAD",
  "LEADERSHIP",
] as const satisfies readonly Role[];

/**
 * The tracking book is the desk's register: its staff and the unit's leadership read it whole, a head of office only
 * the rows of dossiers the office handled (trackingBookScope in registers.ts).
 */
export const TRACKING_BOOK_ROLES = ["RECEPTIONIST", "LEADERSHIP", "DEPARTMENT_HEAD"] as const satisfies readonly Role[];

/** The apology letter: the officer drafts, the head of the office at fault signs or refuses. */
export const APOLOGY_LETTER_ROLES = ["OFFICER", "DEPARTMENT_HEAD"] as const satisfies readonly Role[];

/**
 * Electronic results: the assigned officer, the head of the handling office and the receiving desk issue them (each
 * in its own seat, src/domain/digitisation/access.ts).
 */
export const RESULT_ISSUING_ROLES = ["OFFICER", "DEPARTMENT_HEAD", "RECEPTIONIST"] as const satisfies readonly Role[];

/**
 * Phản ánh, kiến nghị (src/domain/feedback decides per item): the responsible office's head and officers handle, the
 * unit's desk routes (classify, assign an office); the leadership and the inspector read across their reach.
 */
export const FEEDBACK_ACTING_ROLES = ["DEPARTMENT_HEAD", "OFFICER", "RECEPTIONIST"] as const satisfies readonly Role[];
export const FEEDBACK_READING_ROLES = [
  ...FEEDBACK_ACTING_ROLES,
  "LEADERSHIP",
  "INSPECTOR",
] as const satisfies readonly Role[];

/**
 * Đánh giá chất lượng giải quyết (Nghị định 61/2018 Art. 31–33): the head of the handling office self-scores the
 * dossier (the officer handling it proposes nothing of their own: the head answers for the office); the unit's
 * inspector appraises (thẩm định), as the inspection/home-affairs function of the unit. Scope per dossier in
 * src/domain/metrics/quality-access.ts.
 */
export const QUALITY_SELF_SCORE_ROLES = ["DEPARTMENT_HEAD"] as const satisfies readonly Role[];
export const QUALITY_APPRAISE_ROLES = ["INSPECTOR"] as const satisfies readonly Role[];

/**
 * The PAR Index evaluation (Chỉ số CCHC, docs/par-index.md): home affairs (the inspector of the criteria set's owner
 * unit) opens the year, appraises, sends back, finalises and publishes; the evaluated unit's staff open its
 * self-assessment, where its leader (the head of the office, for a department) submits and a delegate the leader names
 * declares and attaches evidence. The service checks which seat the user holds for each unit evaluation.
 */
export const PAR_EVALUATION_HOME_AFFAIRS_ROLES = ["INSPECTOR"] as const satisfies readonly Role[];
export const PAR_EVALUATION_UNIT_ROLES = [
  "LEADERSHIP",
  "DEPARTMENT_HEAD",
  "OFFICER",
  "RECEPTIONIST",
] as const satisfies readonly Role[];
export const PAR_EVALUATION_READING_ROLES = [
  ...PAR_EVALUATION_HOME_AFFAIRS_ROLES,
  ...PAR_EVALUATION_UNIT_ROLES,
] as const satisfies readonly Role[];

/**
 * The PAR Index ranking and results (src/domain/par-results decides per evaluation: leadership and home affairs of the
 * owner unit or above; a unit's own leader reads its own result).
 */
export const PAR_RANKING_ROLES = ["LEADERSHIP", "INSPECTOR"] as const satisfies readonly Role[];

/** PAR Index criteria sets: home affairs (INSPECTOR) of the owner unit writes them; ADMIN also reads them. */
export const PAR_CRITERIA_EDIT_ROLES = ["INSPECTOR"] as const satisfies readonly Role[];
export const PAR_CRITERIA_READ_ROLES = ["INSPECTOR", "ADMIN"] as const satisfies readonly Role[];

/** Whether a role is in a list; the lists are `as const` tuples, so `includes` alone would not accept any Role. */
export const hasRole = (roles: readonly Role[], role: Role): boolean => roles.includes(role);
