import "server-only";
// Rows of the PAR Index evaluation as the pure domain reads them (src/domain/par-index): criteria as tree nodes,
// answers as scoring inputs, and the actor's seat on one unit's evaluation (parUnitActions' ParActor). Shared by the
// services (evaluations.ts) and the reads (src/server/data/par-evaluations.ts), so both judge the same facts.
import {
  isParMetricKey,
  ladderSchema,
  type ParActor,
  type ParAnswerInput,
  type ParCriterionNode,
  type ParMetricInput,
  type ParUnitState,
} from "@/domain/par-index";
import type { ParAnswer, ParCriterion, ParEvaluation, ParUnitEvaluation } from "@/generated/prisma/client";
import { dayOfDateColumn, localDateKey, type LocalDate } from "@/lib/dates";
import type { SessionUser } from "@/server/auth/session-user";

/** A Decimal column (Prisma's Decimal, or a number in tests) as a number; null stays null. */
export const decimalOf = (value: { toString(): string } | number | null | undefined): number | null =>
  value === null || value === undefined ? null : Number(value.toString());

/** A criterion row as the domain's node. A ladder or metric that does not parse counts as none (validated on save). */
export function parCriterionNodeOf(row: ParCriterion): ParCriterionNode {
  const ladder = row.ladder === null ? null : ladderSchema.safeParse(row.ladder);
  return {
    id: row.id,
    parentId: row.parentId,
    position: row.position,
    code: row.code,
    title: row.title,
    maxPoints: decimalOf(row.maxPoints) ?? 0,
    kind: row.kind,
    section: row.section,
    valueKind: row.valueKind,
    allowNotApplicable: row.allowNotApplicable,
    guidance: row.guidance,
    scoringNote: row.scoringNote,
    metric: isParMetricKey(row.metric) ? row.metric : null,
    ladder: ladder?.success ? ladder.data : null,
  };
}

/** The stored figure of an answer, or null when there is none or it is not a figure's shape. */
export function metricInputOf(json: unknown): ParMetricInput | null {
  if (typeof json !== "object" || json === null) return null;
  const value = json as Partial<ParMetricInput>;
  if (!isParMetricKey(value.metric) || typeof value.readAt !== "string") return null;
  const num = (n: unknown) => (typeof n === "number" && Number.isFinite(n) ? n : null);
  return {
    metric: value.metric,
    value: num(value.value),
    numerator: num(value.numerator),
    denominator: num(value.denominator),
    unavailableReason: typeof value.unavailableReason === "string" ? value.unavailableReason : null,
    readAt: value.readAt,
  };
}

export function parAnswerInputOf(row: ParAnswer): ParAnswerInput {
  return {
    criterionId: row.criterionId,
    declared: row.declared,
    numberValue: decimalOf(row.numberValue),
    selfScore: decimalOf(row.selfScore),
    appraisedScore: decimalOf(row.appraisedScore),
    metricInput: metricInputOf(row.metricInput),
  };
}

/** An "allow_late" event's last day (ParEvent.payload.until, yyyy-MM-dd), or null. */
export function lateUntilOf(payload: unknown): LocalDate | null {
  const until = (payload as { until?: unknown } | null)?.until;
  return typeof until === "string" && /^\d{4}-\d{2}-\d{2}$/.test(until) ? until : null;
}

/**
 * The last day the unit may still submit: the evaluation's deadline, or a later day home affairs allowed for this
 * unit (the latest "allow_late" event of its history).
 */
export function lastSubmitDay(submitDeadline: Date, lateUntil: readonly (LocalDate | null)[]): LocalDate {
  const deadline = dayOfDateColumn(submitDeadline);
  return lateUntil.reduce<LocalDate>((last, day) => (day !== null && day > last ? day : last), deadline);
}

/** The unit evaluation's state for the workflow rules, on the Vietnamese calendar day of `now`. */
export function parUnitStateOf(
  unit: Pick<ParUnitEvaluation, "status">,
  evaluation: Pick<ParEvaluation, "status" | "submitDeadline">,
  lateUntil: readonly (LocalDate | null)[],
  now: Date,
  everyUnitFinalised?: boolean,
): ParUnitState {
  return {
    status: unit.status,
    evaluationStatus: evaluation.status,
    deadlinePassed: localDateKey(now) > lastSubmitDay(evaluation.submitDeadline, lateUntil),
    everyUnitFinalised,
  };
}

/**
 * Who the user is to this unit's evaluation. Home affairs: an INSPECTOR of the set's owner unit. The leader: the
 * evaluated unit's LEADERSHIP. The delegate: the staff member the leader named, still of that unit.
 */
export function parActorOf(
  user: Pick<SessionUser, "id" | "role" | "unitId">,
  unit: Pick<ParUnitEvaluation, "unitId" | "delegateId">,
  ownerUnitId: string,
): ParActor {
  return {
    role: user.role,
    unitId: user.unitId,
    leadsUnit: user.role === "LEADERSHIP" && user.unitId === unit.unitId,
    isDelegate: unit.delegateId === user.id && user.unitId === unit.unitId,
    ownerHomeAffairs: user.role === "INSPECTOR" && user.unitId === ownerUnitId,
  };
}

/** Whether the actor may read this unit's self-assessment at all (home affairs, the leader, the delegate). */
export const mayReadParUnit = (actor: ParActor): boolean =>
  (actor.role === "INSPECTOR" && actor.ownerHomeAffairs) || actor.leadsUnit || actor.isDelegate;
