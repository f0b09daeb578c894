import type { Role } from "@/domain/dossier";

/** Who has a worklist: every role that acts on dossiers, and the inspector (read-only). */
export const WORKLIST_ROLES = ["OFFICER", "DEPARTMENT_HEAD", "RECEPTIONIST", "LEADERSHIP", "INSPECTOR"] as const satisfies readonly Role[];
