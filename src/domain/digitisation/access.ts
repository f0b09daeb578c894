// Who may issue an electronic result and who may digitise components, by role and seat (the scope rules of
// src/domain/dossier/permissions.ts). The services check these inside their transaction, after loading the dossier.
import { inScope, type ScopeRule } from "../dossier/permissions";
import type { Actor, DossierMachineState, Role } from "../dossier/types";

interface Seat {
  role: Role;
  scope: ScopeRule;
}

/**
 * The result: the officer who handled the dossier, the head of the office that handled it, or the one-stop desk that
 * received it and returns the result (Nghị định 61/2018 Art. 20–21 as amended: the desk returns the result).
 */
export const RESULT_ISSUERS: readonly Seat[] = [
  { role: "OFFICER", scope: "assignee" },
  { role: "DEPARTMENT_HEAD", scope: "handlingOffice" },
  { role: "RECEPTIONIST", scope: "receivedUnit" },
];

/** Scanning or reusing components: the one-stop desk of the receiving unit (số hoá khi tiếp nhận). */
export const COMPONENT_DIGITISERS: readonly Seat[] = [{ role: "RECEPTIONIST", scope: "receivedUnit" }];

const seated = (seats: readonly Seat[], dossier: DossierMachineState, actor: Actor) =>
  seats.some((seat) => seat.role === actor.role && inScope(seat.scope, dossier, actor));

export const mayIssueResult = (dossier: DossierMachineState, actor: Actor): boolean =>
  seated(RESULT_ISSUERS, dossier, actor);

export const mayDigitiseComponents = (dossier: DossierMachineState, actor: Actor): boolean =>
  seated(COMPONENT_DIGITISERS, dossier, actor);
