import "server-only";
// PAR Index results and ranking (issue 14 item 4; docs/par-index.md "Automatic criteria and results"). A FINALISED
// unit is read from its frozen result (ParUnitEvaluation.result, readFrozenResult) and never scored again; a unit not
// finalised is scored from its current answers (scoreParEvaluation, appraised basis) and marked provisional, and only
// home affairs of the owner and the unit's own leader get that score (src/domain/par-results access). Public readers
// get finalised units of PUBLISHED evaluations only. Ranks count finalised units only (rankParResults: ties share).
import {
  buildParTree,
  flattenParTree,
  gradeBandsSchema,
  ladderReading,
  rankParResults,
  readFrozenResultOrNull,
  scoreParEvaluation,
  type FrozenParResult,
  type GradeBand,
  type ParCriterionKind,
  type ParCriterionNode,
  type ParLevel,
  type ParMetricInput,
  type ParSection,
  type ParUnitStatus,
} from "@/domain/par-index";
import {
  domainFigures,
  isParHomeAffairs,
  lostCriteria,
  mayReadParRanking,
  mayReadParUnitResult,
  maySeeProvisionalParScore,
  yearComparison,
  type DomainFigure,
  type LostCriterion,
  type ParResultViewer,
  type ResultCriterion,
  type ResultNodeScore,
  type YearComparison,
} from "@/domain/par-results";
import { dayOfDateColumn, type LocalDate } from "@/lib/dates";
import { db } from "@/server/db";
import { parAnswerInputOf, parCriterionNodeOf } from "@/server/par-index/evaluation-rows";
import { parMetricDrillDownHref } from "@/server/par-index/metrics";

/** Who reads: a staff member (role, unit, readable units), or the public (published and finalised only). */
export type ParAudience = { kind: "staff"; viewer: ParResultViewer } | { kind: "public" };

export interface ParEvaluationHeader {
  id: string;
  year: number;
  level: ParLevel;
  status: "OPEN" | "PUBLISHED";
  setName: string;
  basis: string | null;
  isSample: boolean;
  /** The owner unit: "Thị xã Sơn Tây", and its bare name for a dateline ("Sơn Tây"). */
  owner: { id: string; name: string; place: string };
  periodFrom: LocalDate;
  periodTo: LocalDate;
  publishedAt: Date | null;
  gradeBands: GradeBand[];
  rescaleToHundred: boolean;
  /** Whether the main part holds a survey criterion (then nothing is rescaled). */
  hasSurvey: boolean;
  /** Whether the 100-point score is rescaled from the applicable maximum (no survey part). */
  rescaled: boolean;
  /** The domains (top nodes of the main part) in code order: the columns of the by-domain tables. */
  domains: { id: string; code: string; title: string; max: number }[];
}

export interface ParRankingRow {
  unitEvaluationId: string;
  unitId: string;
  unitName: string;
  officeName: string | null;
  status: ParUnitStatus;
  /** Not finalised: its figures (when shown) are the current appraisal state, not a result. */
  provisional: boolean;
  /** Not finalised and the reader may not see its current state: no figures at all. */
  withheld: boolean;
  total: number | null;
  score100: number | null;
  grade: string | null;
  /** Rank among the finalised units of the evaluation (ties share); null for the others. */
  rank: number | null;
  domains: DomainFigure[];
  comparison: YearComparison;
  /** The unit compared with, when it is a predecessor or successor ("Phường Lê Lợi"). */
  comparedUnitName: string | null;
}

export interface ParRanking {
  evaluation: ParEvaluationHeader;
  rows: ParRankingRow[];
  /** The reader is home affairs of the owner (sees every unit's current state). */
  homeAffairs: boolean;
}

const unitName = (unit: { kindLabel: string; name: string }) => `${unit.kindLabel} ${unit.name}`;

/** The evaluation with its set and units, as every reader here needs it. */
async function loadEvaluation(where: { id: string } | { setId: string }) {
  return db.parEvaluation.findFirst({
    where,
    select: {
      id: true,
      status: true,
      periodFrom: true,
      periodTo: true,
      publishedAt: true,
      set: {
        select: {
          id: true,
          year: true,
          level: true,
          name: true,
          basis: true,
          isSample: true,
          gradeBands: true,
          rescaleToHundred: true,
          ownerUnitId: true,
          ownerUnit: { select: { id: true, name: true, kindLabel: true } },
          criteria: true,
        },
      },
      units: {
        select: {
          id: true,
          unitId: true,
          status: true,
          result: true,
          unit: { select: { id: true, name: true, kindLabel: true, successorId: true } },
          office: { select: { name: true } },
          answers: true,
        },
      },
    },
  });
}
type LoadedEvaluation = NonNullable<Awaited<ReturnType<typeof loadEvaluation>>>;
type LoadedUnit = LoadedEvaluation["units"][number];

function headerOf(evaluation: LoadedEvaluation, nodes: readonly ParCriterionNode[]): ParEvaluationHeader {
  const bands = gradeBandsSchema.safeParse(evaluation.set.gradeBands);
  const hasSurvey = nodes.some((node) => node.kind === "SURVEY" && node.section === "MAIN");
  const tree = buildParTree(nodes);
  return {
    id: evaluation.id,
    year: evaluation.set.year,
    level: evaluation.set.level,
    status: evaluation.status,
    setName: evaluation.set.name,
    basis: evaluation.set.basis,
    isSample: evaluation.set.isSample,
    owner: {
      id: evaluation.set.ownerUnit.id,
      name: unitName(evaluation.set.ownerUnit),
      place: evaluation.set.ownerUnit.name,
    },
    periodFrom: dayOfDateColumn(evaluation.periodFrom),
    periodTo: dayOfDateColumn(evaluation.periodTo),
    publishedAt: evaluation.publishedAt,
    gradeBands: bands.success ? bands.data : [],
    rescaleToHundred: evaluation.set.rescaleToHundred,
    hasSurvey,
    rescaled: evaluation.set.rescaleToHundred && !hasSurvey,
    domains: tree
      .filter((item) => item.node.section === "MAIN")
      .map((item) => ({ id: item.node.id, code: item.node.code, title: item.node.title, max: item.node.maxPoints })),
  };
}

/** A unit's figures: the frozen result when finalised, else its current appraisal state scored now. */
interface UnitFigures {
  frozen: FrozenParResult | null;
  total: number;
  score100: number | null;
  grade: string | null;
  criteria: Record<string, ResultCriterion>;
  byNode: Record<string, ResultNodeScore>;
  self: { total: number; score100: number | null } | null;
}

function criteriaOf(nodes: readonly ParCriterionNode[]): Record<string, ResultCriterion> {
  return Object.fromEntries(
    nodes.map((node) => [
      node.id,
      { code: node.code, title: node.title, parentId: node.parentId, section: node.section, kind: node.kind },
    ]),
  );
}

function figuresOf(unit: LoadedUnit, nodes: readonly ParCriterionNode[], header: ParEvaluationHeader): UnitFigures {
  const frozen = unit.status === "FINALISED" ? readFrozenResultOrNull(unit.result) : null;
  if (frozen) {
    return {
      frozen,
      total: frozen.total,
      score100: frozen.score100,
      grade: frozen.grade,
      criteria: frozen.criteria,
      byNode: frozen.byNode,
      self: frozen.self,
    };
  }
  const answers = unit.answers.map(parAnswerInputOf);
  const options = { rescaleToHundred: header.rescaleToHundred, gradeBands: header.gradeBands };
  const appraised = scoreParEvaluation(nodes, answers, { basis: "appraised", ...options });
  const self = scoreParEvaluation(nodes, answers, { basis: "self", ...options });
  return {
    frozen: null,
    total: appraised.total,
    score100: appraised.score100,
    grade: appraised.grade,
    criteria: criteriaOf(nodes),
    byNode: appraised.byNode,
    self: { total: self.total, score100: self.score100 },
  };
}

/** Last year's finalised 100-point scores of the same level, by unit (any owner: the map and the owner may change). */
async function previousScores(year: number, level: ParLevel): Promise<Map<string, number | null>> {
  const rows = await db.parUnitEvaluation.findMany({
    where: { status: "FINALISED", evaluation: { set: { year: year - 1, level } } },
    select: { unitId: true, officeId: true, result: true },
  });
  const out = new Map<string, number | null>();
  for (const row of rows) {
    if (row.officeId) continue; // departments compare by office (not yet: no comparable year is said).
    out.set(row.unitId, readFrozenResultOrNull(row.result)?.score100 ?? null);
  }
  return out;
}

async function mapAround(units: readonly { unitId: string; unit: { successorId: string | null } }[]) {
  const ids = units.map((row) => row.unitId);
  const successors = units.flatMap((row) => (row.unit.successorId ? [row.unit.successorId] : []));
  return db.administrativeUnit.findMany({
    where: { OR: [{ id: { in: [...ids, ...successors] } }, { successorId: { in: ids } }] },
    select: { id: true, successorId: true, name: true, kindLabel: true },
  });
}

function rowsOf(
  evaluation: LoadedEvaluation,
  nodes: readonly ParCriterionNode[],
  header: ParEvaluationHeader,
  audience: ParAudience,
  previous: Map<string, number | null>,
  map: readonly { id: string; successorId: string | null; name: string; kindLabel: string }[],
): ParRankingRow[] {
  const names = new Map(map.map((unit) => [unit.id, unitName(unit)]));
  const owner = evaluation.set.ownerUnitId;
  const units =
    audience.kind === "public" ? evaluation.units.filter((unit) => unit.status === "FINALISED") : evaluation.units;
  const rows = units.map((unit): ParRankingRow => {
    const figures = figuresOf(unit, nodes, header);
    const provisional = figures.frozen === null;
    const withheld =
      provisional && (audience.kind === "public" || !maySeeProvisionalParScore(audience.viewer, owner, unit.unitId));
    const score100 = withheld ? null : figures.score100;
    const comparison = yearComparison(
      { id: unit.unitId, successorId: unit.unit.successorId },
      map,
      previous,
      provisional ? null : score100,
    );
    return {
      unitEvaluationId: unit.id,
      unitId: unit.unitId,
      unitName: unitName(unit.unit),
      officeName: unit.office?.name ?? null,
      status: unit.status,
      provisional,
      withheld,
      total: withheld ? null : figures.total,
      score100,
      grade: withheld ? null : figures.grade,
      rank: null,
      domains: withheld ? [] : domainFigures(figures.criteria, figures.byNode),
      comparison,
      comparedUnitName:
        comparison.kind === "predecessor" || comparison.kind === "successor" ? (names.get(comparison.unitId) ?? null) : null,
    };
  });
  const ranks = new Map(
    rankParResults(rows.filter((row) => !row.provisional).map((row) => ({ id: row.unitEvaluationId, score100: row.score100 }))).map(
      (row) => [row.id, row.rank],
    ),
  );
  const ranked = rows.map((row) => ({ ...row, rank: ranks.get(row.unitEvaluationId) ?? null }));
  // Ranked first by rank, then provisional ones by their current score, withheld ones by name.
  return ranked.sort(
    (a, b) =>
      (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
      Number(a.withheld) - Number(b.withheld) ||
      (b.score100 ?? -Infinity) - (a.score100 ?? -Infinity) ||
      a.unitName.localeCompare(b.unitName, "vi"),
  );
}

async function rankingOf(evaluation: LoadedEvaluation, audience: ParAudience): Promise<ParRanking> {
  const nodes = evaluation.set.criteria.map(parCriterionNodeOf);
  const header = headerOf(evaluation, nodes);
  const [previous, map] = await Promise.all([
    previousScores(header.year, header.level),
    mapAround(evaluation.units),
  ]);
  return {
    evaluation: header,
    rows: rowsOf(evaluation, nodes, header, audience, previous, map),
    homeAffairs: audience.kind === "staff" && isParHomeAffairs(audience.viewer, evaluation.set.ownerUnitId),
  };
}

// ─── Staff ────────────────────────────────────────────────────────────────────────────────────────────────────────

export interface ParEvaluationChoice {
  id: string;
  year: number;
  level: ParLevel;
  status: "OPEN" | "PUBLISHED";
  ownerName: string;
  setName: string;
}

/** The evaluations whose ranking the viewer may read (owner in their reach), latest year first. */
export async function listParEvaluationsFor(viewer: ParResultViewer): Promise<ParEvaluationChoice[]> {
  const rows = await db.parEvaluation.findMany({
    where: { set: { ownerUnitId: { in: [...viewer.readableUnitIds] } } },
    select: {
      id: true,
      status: true,
      set: { select: { year: true, level: true, name: true, ownerUnitId: true, ownerUnit: { select: { name: true, kindLabel: true } } } },
    },
  });
  return rows
    .filter((row) => mayReadParRanking(viewer, row.set.ownerUnitId))
    .map((row) => ({
      id: row.id,
      year: row.set.year,
      level: row.set.level,
      status: row.status,
      ownerName: unitName(row.set.ownerUnit),
      setName: row.set.name,
    }))
    .sort((a, b) => b.year - a.year || a.level.localeCompare(b.level) || a.ownerName.localeCompare(b.ownerName, "vi"));
}

/** An evaluation's ranking for a staff reader; null when missing or out of their reach (the same answer). */
export async function loadParRanking(evaluationId: string, viewer: ParResultViewer): Promise<ParRanking | null> {
  const evaluation = await loadEvaluation({ id: evaluationId });
  if (!evaluation || !mayReadParRanking(viewer, evaluation.set.ownerUnitId)) return null;
  return rankingOf(evaluation, { kind: "staff", viewer });
}

export interface ParCriterionResult {
  id: string;
  code: string;
  title: string;
  depth: number;
  kind: ParCriterionKind;
  section: ParSection;
  scored: boolean;
  max: number;
  applicableMax: number;
  score: number;
  lost: number;
  notApplicable: boolean;
  selfScore: number | null;
  appraisedScore: number | null;
  appraisalNote: string | null;
  /** The figure of an automatic, semi-automatic or survey criterion, as frozen (finalised) or last read. */
  figure:
    | (ParMetricInput & {
        /** The ladder step it reached (1-based as printed) and that step, or null below every step. */
        step: { number: number; min: number; points: number } | null;
        href: string;
      })
    | null;
}

export interface ParUnitResult {
  evaluation: ParEvaluationHeader;
  row: ParRankingRow;
  /** The unit's own proposal (self-score) on the same tree. */
  self: { total: number; score100: number | null } | null;
  criteria: ParCriterionResult[];
  lost: (LostCriterion & { appraisalNote: string | null })[];
  /** The number of units ranked (finalised) in the evaluation. */
  rankedCount: number;
  /** When the result was frozen (finalised); null for a provisional one. */
  frozenAt: Date | null;
}

/** One unit's result page; null when missing, out of reach, or provisional for a reader who may not see it. */
export async function loadParUnitResult(unitEvaluationId: string, viewer: ParResultViewer): Promise<ParUnitResult | null> {
  const target = await db.parUnitEvaluation.findUnique({ where: { id: unitEvaluationId }, select: { evaluationId: true } });
  if (!target) return null;
  const evaluation = await loadEvaluation({ id: target.evaluationId });
  if (!evaluation) return null;
  const unit = evaluation.units.find((row) => row.id === unitEvaluationId)!;
  if (!mayReadParUnitResult(viewer, evaluation.set.ownerUnitId, unit.unitId)) return null;
  const ranking = await rankingOf(evaluation, { kind: "staff", viewer });
  return unitResultOf(evaluation, ranking, unit, viewer);
}

/** The ranking and every unit's result the reader may see, in one read (the Excel export, the printed table). */
export async function loadParReport(
  evaluationId: string,
  viewer: ParResultViewer,
): Promise<{ ranking: ParRanking; units: ParUnitResult[] } | null> {
  const evaluation = await loadEvaluation({ id: evaluationId });
  if (!evaluation || !mayReadParRanking(viewer, evaluation.set.ownerUnitId)) return null;
  const ranking = await rankingOf(evaluation, { kind: "staff", viewer });
  const units = ranking.rows.flatMap((row) => {
    const unit = evaluation.units.find((candidate) => candidate.id === row.unitEvaluationId)!;
    const result = unitResultOf(evaluation, ranking, unit, viewer);
    return result ? [result] : [];
  });
  return { ranking, units };
}

function unitResultOf(
  evaluation: LoadedEvaluation,
  ranking: ParRanking,
  unit: LoadedUnit,
  viewer: ParResultViewer,
): ParUnitResult | null {
  const unitEvaluationId = unit.id;
  const row = ranking.rows.find((candidate) => candidate.unitEvaluationId === unitEvaluationId)!;
  if (row.withheld) return null;
  const nodes = evaluation.set.criteria.map(parCriterionNodeOf);
  const figures = figuresOf(unit, nodes, ranking.evaluation);
  const answers = new Map(unit.answers.map((answer) => [answer.criterionId, answer]));
  const period = { from: ranking.evaluation.periodFrom, to: ranking.evaluation.periodTo };
  const criteria = flattenParTree(buildParTree(nodes)).map(({ node, depth, children }): ParCriterionResult => {
    const score = figures.byNode[node.id] ?? { score: 0, max: node.maxPoints, applicableMax: node.maxPoints, lost: 0, notApplicable: false };
    const answer = answers.get(node.id);
    const input = answer ? parAnswerInputOf(answer) : null;
    const frozenFigure = figures.frozen?.metricInputs[node.id];
    const live = figures.frozen ? null : input?.metricInput;
    const metricInput = frozenFigure ?? live ?? null;
    const stepIndex = frozenFigure ? frozenFigure.stepIndex : (ladderReading(node, input)?.stepIndex ?? null);
    const step = stepIndex !== null && node.ladder?.[stepIndex] ? { number: stepIndex + 1, ...node.ladder[stepIndex]! } : null;
    return {
      id: node.id,
      code: node.code,
      title: node.title,
      depth,
      kind: node.kind,
      section: node.section,
      scored: children.length === 0 && node.kind !== "GROUP",
      max: score.max,
      applicableMax: score.applicableMax,
      score: score.score,
      lost: score.lost,
      notApplicable: score.notApplicable,
      selfScore: input?.selfScore ?? null,
      appraisedScore: input?.appraisedScore ?? null,
      appraisalNote: answer?.appraisalNote ?? null,
      figure: metricInput
        ? {
            metric: metricInput.metric,
            value: metricInput.value,
            numerator: metricInput.numerator,
            denominator: metricInput.denominator,
            unavailableReason: metricInput.unavailableReason,
            readAt: metricInput.readAt,
            step,
            href: parMetricDrillDownHref(metricInput.metric, unit.unitId, period, viewer.role),
          }
        : null,
    };
  });
  const notes = new Map(unit.answers.map((answer) => [answer.criterionId, answer.appraisalNote]));
  return {
    evaluation: ranking.evaluation,
    row,
    self: figures.self,
    criteria,
    lost: lostCriteria(figures.criteria, figures.byNode).map((lost) => ({ ...lost, appraisalNote: notes.get(lost.id) ?? null })),
    rankedCount: ranking.rows.filter((candidate) => candidate.rank !== null).length,
    frozenAt: figures.frozen ? new Date(figures.frozen.frozenAt) : null,
  };
}

// ─── Public ───────────────────────────────────────────────────────────────────────────────────────────────────────

export interface PublishedParChoice {
  id: string;
  year: number;
  level: ParLevel;
  ownerName: string;
}

/** Every PUBLISHED evaluation, latest year first. */
export async function listPublishedParEvaluations(): Promise<PublishedParChoice[]> {
  const rows = await db.parEvaluation.findMany({
    where: { status: "PUBLISHED" },
    select: { id: true, set: { select: { year: true, level: true, ownerUnit: { select: { name: true, kindLabel: true } } } } },
  });
  return rows
    .map((row) => ({ id: row.id, year: row.set.year, level: row.set.level, ownerName: unitName(row.set.ownerUnit) }))
    .sort((a, b) => b.year - a.year || a.level.localeCompare(b.level) || a.ownerName.localeCompare(b.ownerName, "vi"));
}

/** A published evaluation's ranking for citizens: finalised units only; null when missing or not published. */
export async function loadPublishedParRanking(evaluationId: string): Promise<ParRanking | null> {
  const evaluation = await loadEvaluation({ id: evaluationId });
  if (!evaluation || evaluation.status !== "PUBLISHED") return null;
  return rankingOf(evaluation, { kind: "public" });
}
