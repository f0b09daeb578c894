// Early warnings (cảnh báo sớm) lead into the worklist: each count links to the list filtered to the same dossiers,
// in the scope the warning counts for that role (src/server/data/early-warning.ts, warningScope). Pure.
import type { Role } from "@/domain/dossier";
import { DEFAULT_FILTER, worklistHref, type QuickFilter, type ScopeKey } from "./filter";

/** The three warnings, most urgent first: quá hạn, cần lập phiếu xin lỗi, sắp đến hạn. */
export const WARNING_KINDS = ["overdue", "apologyDue", "dueSoon"] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

/** How many dossiers each warning holds, in the user's warning scope. */
export type WarningCounts = Record<WarningKind, number>;

const QUICK_OF: Readonly<Record<WarningKind, QuickFilter>> = {
  overdue: "overdue",
  apologyDue: "apologyDue",
  dueSoon: "dueSoon",
};

/**
 * The worklist scope matching a role's warning scope: an officer's own dossiers (the default "của tôi"), the head's
 * office ("của phòng", not their default "chờ duyệt"), the unit for the desk and the leaders. null: no warnings.
 */
export function warningScopeKey(role: Role): { key: ScopeKey | null } | null {
  switch (role) {
    case "OFFICER":
      return { key: null };
    case "DEPARTMENT_HEAD":
      return { key: "office" };
    case "LEADERSHIP":
    case "RECEPTIONIST":
      return { key: "unit" };
    default:
      return null;
  }
}

/** `/ho-so?pham-vi=…&han=…`: the worklist filtered to one warning, or null for roles without warnings. */
export function warningHref(role: Role, kind: WarningKind, path = "/ho-so"): string | null {
  const scope = warningScopeKey(role);
  if (!scope) return null;
  return worklistHref(path, DEFAULT_FILTER, { scope: scope.key, quick: QUICK_OF[kind] });
}
