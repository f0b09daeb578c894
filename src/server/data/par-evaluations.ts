import "server-only";
// Reads of the PAR Index evaluation (docs/par-index.md "Evaluation workflow"): home affairs' evaluations by year and
// one evaluation's units; a unit's own evaluations; one unit's self-assessment table with what the reader may do.
// Scope as the services judge it (src/server/par-index/evaluation-rows.ts): home affairs of the set's owner, the
// unit's leader, the delegate; anyone else reads nothing (null, as if missing). A finalised unit's scores are read
// from its frozen result, never scored again.
import {
  buildParTree,
  flattenParTree,
  isMetricKind,
  ladderReading,
  gradeBandsSchema,
  parCriterionEditable,
  parUnitActions,
  proposedScore,
  readFrozenResultOrNull,
  scoreParEvaluation,
  type FrozenParResult,
  type ParAnswerInput,
  type ParCriterionNode,
  type ParUnitAction,
} from "@/domain/par-index";
import type { ParCriteriaSet, ParUnitEvaluation } from "@/generated/prisma/client";
import { dayOfDateColumn, type LocalDate } from "@/lib/dates";
import type { SessionUser } from "@/server/auth/session-user";
import { db } from "@/server/db";
import {
  lastSubmitDay,
  lateUntilOf,
  mayReadParUnit,
  metricInputOf,
  parActorOf,
  parAnswerInputOf,
  parCriterionNodeOf,
  parUnitStateOf,
} from "@/server/par-index/evaluation-rows";
import { unitTreeIds } from "./unit-tree";

/** A commune or ward as people name it: "Phường Sơn Tây". */
const unitName = (unit: { kindLabel: string; name: string }) => `${unit.kindLabel} ${unit.name}`;

/** A unit's scores: the frozen result once finalised, else scored live on both bases. */
export interface ParUnitScores {
  self: { total: number; score100: number | null };
  appraised: { total: number; score100: number | null; grade: string | null } | null;
  frozen: boolean;
}

function scoresOf(
  set: Pick<ParCriteriaSet, "rescaleToHundred" | "gradeBands">,
  unit: Pick<ParUnitEvaluation, "status" | "result">,
  nodes: readonly ParCriterionNode[],
  answers: readonly ParAnswerInput[],
): ParUnitScores & { result: FrozenParResult | null } {
  const result = unit.status === "FINALISED" ? readFrozenResultOrNull(unit.result) : null;
  if (result)
    return {
      self: result.self,
      appraised: { total: result.total, score100: result.score100, grade: result.grade },
      frozen: true,
      result,
    };
  const bands = gradeBandsSchema.safeParse(set.gradeBands);
  const options = { rescaleToHundred: set.rescaleToHundred, gradeBands: bands.success ? bands.data : [] };
  const self = scoreParEvaluation(nodes, answers, { ...options, basis: "self" });
  const anyAppraised = answers.some((answer) => answer.appraisedScore !== null);
  const appraised = anyAppraised ? scoreParEvaluation(nodes, answers, { ...options, basis: "appraised" }) : null;
  return {
    self: { total: self.total, score100: self.score100 },
    appraised: appraised && { total: appraised.total, score100: appraised.score100, grade: appraised.grade },
    frozen: false,
    result: null,
  };
}

// ─── Home affairs ────────────────────────────────────────────────────────────────────────────────────────────────

/** Home affairs' evaluations (its unit owns the sets), newest year first, and the draft sets it may open one on. */
export async function listParEvaluationsForHomeAffairs(user: SessionUser) {
  if (user.role !== "INSPECTOR") return { evaluations: [], openableSets: [], units: [] };
  const [evaluations, openableSets, tree] = await Promise.all([
    db.parEvaluation.findMany({
      where: { set: { ownerUnitId: user.unitId } },
      include: {
        set: { select: { id: true, year: true, level: true, name: true, isSample: true } },
        units: { select: { status: true } },
      },
      orderBy: [{ set: { year: "desc" } }, { set: { level: "asc" } }],
    }),
    db.parCriteriaSet.findMany({
      where: { ownerUnitId: user.unitId, status: "DRAFT", evaluations: { none: {} } },
      select: { id: true, year: true, level: true, name: true, isSample: true, _count: { select: { criteria: true } } },
      orderBy: [{ year: "desc" }, { level: "asc" }],
    }),
    unitTreeIds(user.unitId),
  ]);
  // The units an evaluation may score: communes and wards of the owner's tree that exist today.
  const units = await db.administrativeUnit.findMany({
    where: { id: { in: tree }, level: "COMMUNE", active: true, effectiveTo: null },
    select: { id: true, name: true, kindLabel: true },
    orderBy: { name: "asc" },
  });
  return {
    evaluations: evaluations.map((evaluation) => ({
      id: evaluation.id,
      set: evaluation.set,
      status: evaluation.status,
      periodFrom: dayOfDateColumn(evaluation.periodFrom),
      periodTo: dayOfDateColumn(evaluation.periodTo),
      submitDeadline: dayOfDateColumn(evaluation.submitDeadline),
      units: evaluation.units.length,
      byStatus: {
        DRAFT: evaluation.units.filter((unit) => unit.status === "DRAFT").length,
        SUBMITTED: evaluation.units.filter((unit) => unit.status === "SUBMITTED").length,
        RETURNED: evaluation.units.filter((unit) => unit.status === "RETURNED").length,
        FINALISED: evaluation.units.filter((unit) => unit.status === "FINALISED").length,
      },
    })),
    openableSets: openableSets.map(({ _count, ...set }) => ({ ...set, criteria: _count.criteria })),
    units,
  };
}

/** One evaluation's units for home affairs of its owner: status, self score, appraised score, submission date. */
export async function loadParEvaluationForHomeAffairs(user: SessionUser, evaluationId: string) {
  const evaluation = await db.parEvaluation.findUnique({
    where: { id: evaluationId },
    include: {
      set: { include: { criteria: true } },
      units: {
        include: {
          unit: { select: { name: true, kindLabel: true } },
          office: { select: { name: true } },
          answers: true,
        },
      },
    },
  });
  if (!evaluation || user.role !== "INSPECTOR" || evaluation.set.ownerUnitId !== user.unitId) return null;
  const nodes = evaluation.set.criteria.map(parCriterionNodeOf);
  const units = evaluation.units
    .map((unit) => {
      const scores = scoresOf(evaluation.set, unit, nodes, unit.answers.map(parAnswerInputOf));
      return {
        id: unit.id,
        name: unit.office?.name ?? unitName(unit.unit),
        status: unit.status,
        submittedAt: unit.submittedAt,
        finalisedAt: unit.finalisedAt,
        returned: unit.answers.filter((answer) => answer.returnedAt !== null).length,
        self: scores.self,
        appraised: scores.appraised,
        frozen: scores.frozen,
      };
    })
    .toSorted((a, b) => a.name.localeCompare(b.name, "vi"));
  return {
    id: evaluation.id,
    status: evaluation.status,
    set: {
      id: evaluation.set.id,
      year: evaluation.set.year,
      level: evaluation.set.level,
      name: evaluation.set.name,
      isSample: evaluation.set.isSample,
    },
    periodFrom: dayOfDateColumn(evaluation.periodFrom),
    periodTo: dayOfDateColumn(evaluation.periodTo),
    submitDeadline: dayOfDateColumn(evaluation.submitDeadline),
    publishedAt: evaluation.publishedAt,
    units,
    mayPublish: evaluation.status === "OPEN" && units.length > 0 && units.every((unit) => unit.status === "FINALISED"),
  };
}

// ─── The unit ────────────────────────────────────────────────────────────────────────────────────────────────────

/** The reader's unit's evaluations (as its leader or delegate), newest year first. */
export async function listParUnitEvaluationsForUnit(user: SessionUser) {
  const rows = await db.parUnitEvaluation.findMany({
    where: {
      unitId: user.unitId,
      ...(user.role === "LEADERSHIP" ? {} : { delegateId: user.id }),
    },
    include: {
      evaluation: { include: { set: { select: { year: true, level: true, name: true, rescaleToHundred: true } } } },
      unit: { select: { name: true, kindLabel: true } },
      office: { select: { name: true } },
    },
    orderBy: { evaluation: { set: { year: "desc" } } },
  });
  return rows.map((row) => {
    const result = row.status === "FINALISED" ? readFrozenResultOrNull(row.result) : null;
    return {
      id: row.id,
      year: row.evaluation.set.year,
      setName: row.evaluation.set.name,
      unitName: row.office?.name ?? unitName(row.unit),
      status: row.status,
      evaluationStatus: row.evaluation.status,
      submitDeadline: dayOfDateColumn(row.evaluation.submitDeadline),
      submittedAt: row.submittedAt,
      score100: result?.score100 ?? null,
      grade: result?.grade ?? null,
    };
  });
}

export interface ParEvidenceRow {
  id: string;
  fileName: string;
  sizeBytes: number;
  uploadedAt: Date;
}

export interface ParUnitRow {
  node: ParCriterionNode;
  depth: number;
  /** STT as printed: the criterion's code. */
  scored: boolean;
  answer: {
    declared: ParAnswerInput["declared"];
    numberValue: number | null;
    evidenceText: string | null;
    selfScore: number | null;
    appraisedScore: number | null;
    appraisalNote: string | null;
    appraisedAt: Date | null;
    returned: boolean;
    returnNote: string | null;
    files: ParEvidenceRow[];
  } | null;
  /** The MotCua figure (automatic, semi-automatic, survey) with the ladder step it reached and the points proposed. */
  figure: {
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    unavailableReason: string | null;
    readAt: string;
    stepIndex: number | null;
    points: number | null;
  } | null;
  proposed: number | null;
  /** The node's score on the current basis (appraised once any appraisal exists, else self) and points lost. */
  score: { score: number; applicableMax: number; lost: number; notApplicable: boolean } | null;
  /** Whether the reader may change this criterion's declaration now. */
  editable: boolean;
}

/**
 * One unit's self-assessment for the reader, or null out of scope or missing: the rows in reading order, the scores,
 * the workflow actions the reader may take, the history, the delegate choices (for the leader).
 */
export async function loadParUnitEvaluation(user: SessionUser, unitEvaluationId: string, now: Date = new Date()) {
  const unit = await db.parUnitEvaluation.findUnique({
    where: { id: unitEvaluationId },
    include: {
      evaluation: { include: { set: { include: { criteria: true } }, units: { select: { status: true } } } },
      unit: { select: { id: true, name: true, kindLabel: true } },
      office: { select: { name: true } },
      answers: { include: { files: { where: { removedAt: null }, orderBy: { uploadedAt: "asc" } } } },
      events: { orderBy: { at: "asc" } },
    },
  });
  if (!unit) return null;
  const set = unit.evaluation.set;
  const actor = parActorOf(user, unit, set.ownerUnitId);
  if (!mayReadParUnit(actor)) return null;
  const lateUntil = unit.events.filter((event) => event.type === "allow_late").map((event) => lateUntilOf(event.payload));
  const state = parUnitStateOf(
    unit,
    unit.evaluation,
    lateUntil,
    now,
    unit.evaluation.units.every((row) => row.status === "FINALISED"),
  );
  const actions: ParUnitAction[] = parUnitActions(state, actor);
  const nodes = set.criteria.map(parCriterionNodeOf);
  const answerRows = new Map(unit.answers.map((answer) => [answer.criterionId, answer]));
  const inputs = unit.answers.map(parAnswerInputOf);
  const inputOf = new Map(inputs.map((input) => [input.criterionId, input]));
  const scores = scoresOf(set, unit, nodes, inputs);
  const bands = gradeBandsSchema.safeParse(set.gradeBands);
  const live = scoreParEvaluation(nodes, inputs, {
    basis: scores.appraised ? "appraised" : "self",
    rescaleToHundred: set.rescaleToHundred,
    gradeBands: bands.success ? bands.data : [],
  });
  const byNode = scores.result?.byNode ?? live.byNode;

  const rows: ParUnitRow[] = flattenParTree(buildParTree(nodes)).map(({ node, depth }) => {
    const row = answerRows.get(node.id);
    const input = inputOf.get(node.id) ?? null;
    const frozenFigure = scores.result?.metricInputs[node.id];
    const metric = frozenFigure ?? (row ? metricInputOf(row.metricInput) : null);
    const reading = metric && !frozenFigure ? ladderReading(node, input) : null;
    return {
      node,
      depth,
      scored: node.kind !== "GROUP",
      answer: row
        ? {
            declared: row.declared,
            numberValue: input?.numberValue ?? null,
            evidenceText: row.evidenceText,
            selfScore: input?.selfScore ?? null,
            appraisedScore: input?.appraisedScore ?? null,
            appraisalNote: row.appraisalNote,
            appraisedAt: row.appraisedAt,
            returned: row.returnedAt !== null,
            returnNote: row.returnNote,
            files: row.files.map((file) => ({
              id: file.id,
              fileName: file.fileName,
              sizeBytes: file.sizeBytes,
              uploadedAt: file.uploadedAt,
            })),
          }
        : null,
      figure:
        isMetricKind(node.kind) && metric
          ? {
              value: metric.value,
              numerator: metric.numerator,
              denominator: metric.denominator,
              unavailableReason: metric.unavailableReason,
              readAt: metric.readAt,
              stepIndex: frozenFigure ? frozenFigure.stepIndex : (reading?.stepIndex ?? null),
              points: frozenFigure ? frozenFigure.points : (reading?.points ?? null),
            }
          : null,
      proposed: row ? proposedScore(node, input) : null,
      score: byNode[node.id] ?? null,
      editable: row ? parCriterionEditable(state, actor, { returned: row.returnedAt !== null }) : false,
    };
  });

  const delegates =
    actor.leadsUnit && actions.includes("submit")
      ? await db.user.findMany({
          where: { unitId: unit.unitId, active: true, role: { not: "LEADERSHIP" } },
          select: { id: true, fullName: true, title: true },
          orderBy: { fullName: "asc" },
        })
      : [];
  const people = await db.user.findMany({
    where: { id: { in: [...new Set([...unit.events.map((event) => event.actorId), unit.delegateId ?? ""])] } },
    select: { id: true, fullName: true },
  });
  const nameOf = new Map(people.map((person) => [person.id, person.fullName]));
  const codeOf = new Map(nodes.map((node) => [node.id, node.code]));
  const lastDay: LocalDate = lastSubmitDay(unit.evaluation.submitDeadline, lateUntil);

  return {
    unit: {
      id: unit.id,
      name: unit.office?.name ?? unitName(unit.unit),
      status: unit.status,
      version: unit.version,
      submittedAt: unit.submittedAt,
      finalisedAt: unit.finalisedAt,
      delegate: unit.delegateId ? { id: unit.delegateId, name: nameOf.get(unit.delegateId) ?? "" } : null,
    },
    evaluation: {
      id: unit.evaluation.id,
      status: unit.evaluation.status,
      periodFrom: dayOfDateColumn(unit.evaluation.periodFrom),
      periodTo: dayOfDateColumn(unit.evaluation.periodTo),
      submitDeadline: dayOfDateColumn(unit.evaluation.submitDeadline),
      lastSubmitDay: lastDay,
    },
    set: { id: set.id, year: set.year, level: set.level, name: set.name, isSample: set.isSample },
    seat: {
      homeAffairs: actor.role === "INSPECTOR" && actor.ownerHomeAffairs,
      leader: actor.leadsUnit,
      delegate: actor.isDelegate,
    },
    state,
    actions,
    rows,
    scores: { self: scores.self, appraised: scores.appraised, frozen: scores.frozen },
    delegates,
    history: unit.events.map((event) => ({
      id: String(event.id),
      at: event.at,
      type: event.type,
      actor: nameOf.get(event.actorId) ?? "",
      criterion: event.criterionId ? (codeOf.get(event.criterionId) ?? null) : null,
      toStatus: event.toStatus,
      note: event.note,
    })),
  };
}

export type ParUnitEvaluationPage = NonNullable<Awaited<ReturnType<typeof loadParUnitEvaluation>>>;
