// Who may do what in a unit's PAR Index evaluation (issue 14 "The evaluation workflow"): pure rules the pages use to
// show buttons and the services use to refuse. In words:
// - The unit's leader (LEADERSHIP of the unit) declares values, attaches evidence and submits; the leader's delegate
//   (a staff member of the unit named on the evaluation) only declares and attaches. While DRAFT every criterion,
//   while RETURNED only the criteria sent back (parCriterionEditable). After the deadline a DRAFT unit can no longer
//   declare or submit; a RETURNED one still answers what was sent back and resubmits.
// - Home affairs of the owner unit (INSPECTOR) appraises and returns criteria of a SUBMITTED unit (and of a DRAFT
//   one after the deadline: it did not submit, so its declarations are appraised as they stand), finalises it (also
//   a RETURNED one: the returned criteria are then appraised as they stand), reopens a FINALISED unit while the
//   evaluation is not yet published (audited, with a reason), and publishes the evaluation once every unit is
//   finalised.
// - Nothing happens after FINALISED except that reopening; nothing at all once the evaluation is PUBLISHED. ADMIN and
//   everyone else only read (what they may read is the services' scope check).
import type { Role } from "../dossier/types";
import type { ParEvaluationStatus, ParUnitStatus } from "./types";

export const PAR_UNIT_ACTIONS = [
  "declare",
  "attach",
  "submit",
  "return",
  "appraise",
  "finalise",
  "reopen",
  "publish",
] as const;
export type ParUnitAction = (typeof PAR_UNIT_ACTIONS)[number];

export interface ParUnitState {
  status: ParUnitStatus;
  evaluationStatus: ParEvaluationStatus;
  /** The submit deadline (inclusive) is behind us, by the Vietnamese calendar day. */
  deadlinePassed: boolean;
  /** Every unit of the evaluation is FINALISED (publishing is for the whole evaluation). */
  everyUnitFinalised?: boolean;
}

export interface ParActor {
  role: Role;
  unitId: string | null;
  /** LEADERSHIP of the evaluated unit. */
  leadsUnit: boolean;
  /** The delegate named on this unit's evaluation. */
  isDelegate: boolean;
  /** INSPECTOR (home affairs) of the unit that owns the criteria set. */
  ownerHomeAffairs: boolean;
}

const isLeader = (actor: ParActor) => actor.role === "LEADERSHIP" && actor.leadsUnit;
const isHomeAffairs = (actor: ParActor) => actor.role === "INSPECTOR" && actor.ownerHomeAffairs;

/** The steps the actor may take on the unit's evaluation now. */
export function parUnitActions(state: ParUnitState, actor: ParActor): ParUnitAction[] {
  if (state.evaluationStatus === "PUBLISHED") return [];
  const actions: ParUnitAction[] = [];
  const unitEditable = (state.status === "DRAFT" && !state.deadlinePassed) || state.status === "RETURNED";
  if (unitEditable && (isLeader(actor) || actor.isDelegate)) actions.push("declare", "attach");
  if (unitEditable && isLeader(actor)) actions.push("submit");

  if (isHomeAffairs(actor)) {
    const appraisable = state.status === "SUBMITTED" || (state.status === "DRAFT" && state.deadlinePassed);
    if (appraisable) actions.push("return", "appraise");
    if (appraisable || state.status === "RETURNED") actions.push("finalise");
    if (state.status === "FINALISED") actions.push("reopen");
    if (state.everyUnitFinalised === true) actions.push("publish");
  }
  return actions;
}

export function mayParUnit(state: ParUnitState, actor: ParActor, action: ParUnitAction): boolean {
  return parUnitActions(state, actor).includes(action);
}

/** Whether the unit's side may change this criterion's answer now: every one while DRAFT, the returned ones while RETURNED. */
export function parCriterionEditable(state: ParUnitState, actor: ParActor, criterion: { returned: boolean }): boolean {
  if (!mayParUnit(state, actor, "declare")) return false;
  return state.status === "DRAFT" || criterion.returned;
}
