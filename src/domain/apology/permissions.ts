// Who may draft and who may sign an apology letter (form 04; Nghị định 61/2018 Art. 19 §4, Thông tư 01/2018 mẫu
// số 04): the office at fault apologises. The officer assigned to the dossier in the office holding it drafts the
// letter (the head of that office may draft too); the head of the office at fault signs it or refuses it.
// Pure: the dossier page shows the buttons with canDraftApology / canSignApology, and the apology service refuses
// with the same rules (apologyDraftPermission / apologySignPermission give the reason).
import type { Actor } from "../dossier/types";

/** Allowed; or the dossier is not this user's business (answered like "not found", so nothing leaks); or refused. */
export type ApologyPermission =
  { ok: true } | { ok: false; reason: "not_found" } | { ok: false; reason: "refused"; message: string };

export const APOLOGY_DRAFT_REFUSED =
  "Chỉ chuyên viên được phân công xử lý hồ sơ (hoặc trưởng phòng) mới lập phiếu xin lỗi.";

/** The dossier as the drafting rule reads it: the office holding it and the officer assigned inside that office. */
export interface ApologyDraftTarget {
  handlingOfficeId: string | null;
  assigneeId: string | null;
}

/**
 * Drafting: only staff of the office holding the dossier, which is the office at fault. In that office the head may
 * draft; an officer only when assigned to the dossier.
 */
export function apologyDraftPermission(actor: Actor, dossier: ApologyDraftTarget): ApologyPermission {
  const inHandlingOffice = actor.officeId !== null && actor.officeId === dossier.handlingOfficeId;
  if (!inHandlingOffice || (actor.role !== "OFFICER" && actor.role !== "DEPARTMENT_HEAD"))
    return { ok: false, reason: "not_found" };
  if (actor.role === "OFFICER" && dossier.assigneeId !== actor.userId)
    return { ok: false, reason: "refused", message: APOLOGY_DRAFT_REFUSED };
  return { ok: true };
}

export const canDraftApology = (actor: Actor, dossier: ApologyDraftTarget): boolean =>
  apologyDraftPermission(actor, dossier).ok;

/** The letter as the signing rule reads it: the office at fault (named in the refusal) and the dossier's deciding unit. */
export interface ApologySignTarget {
  officeId: string;
  officeName: string;
  decidingUnitId: string;
}

export const apologySignRefused = (officeName: string) =>
  `Chỉ trưởng ${officeName} (đơn vị để xảy ra trễ hạn) mới được ký phiếu xin lỗi này.`;

/**
 * Signing (or refusing) a draft: only the head of the office at fault, in the unit that decides the dossier. Anyone
 * outside that unit gets the not-found answer. Whether the letter is still a draft is the caller's check.
 */
export function apologySignPermission(actor: Actor, letter: ApologySignTarget): ApologyPermission {
  if (actor.unitId !== letter.decidingUnitId) return { ok: false, reason: "not_found" };
  if (actor.role !== "DEPARTMENT_HEAD" || actor.officeId !== letter.officeId) {
    return { ok: false, reason: "refused", message: apologySignRefused(letter.officeName) };
  }
  return { ok: true };
}

export const canSignApology = (actor: Actor, letter: ApologySignTarget): boolean =>
  apologySignPermission(actor, letter).ok;
