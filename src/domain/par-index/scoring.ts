// Scoring a unit's PAR Index evaluation (PAR-INDEX.md "Rules to support"; DOMAIN.md "PAR Index"). Pure: the tree and
// the answers in, every figure out. The rules, as the docs page (docs/par-index.md) states them:
//
// - A criterion's score is read in this order (the first that is set wins), then held within 0 … its maximum:
//     basis "appraised": appraised score → self score → (automatic, semi-automatic, survey only) proposed score → 0
//     basis "self":      self score → (automatic, semi-automatic, survey only) proposed score → 0
//   so an answer home affairs did not touch keeps the unit's own score, and an automatic criterion nobody scored
//   gets the points of its figure on the ladder. A manual criterion never scores itself: the unit proposes.
// - "Không áp dụng" (declared NOT_APPLICABLE where the criterion allows it) takes the criterion's points out of its
//   maximum and out of every ancestor's; a declaration of N/A where it is not allowed counts as no declaration.
// - A group scores the sum of its children, never above its own (applicable) maximum: so a bonus group caps its
//   items (bonus points are capped at the bonus section's maximum) and a penalty group the points taken off.
// - total = main + bonus − penalty. score100: when the set rescales (rescaleToHundred) and the tree has no SURVEY
//   criterion in the main part, total ÷ the main part's applicable maximum × 100 (Hà Nội's rule for sets without a
//   survey, PAR-INDEX.md [V-2]); otherwise the total as it stands.
// - Figures are computed unrounded and rounded half up to two decimals only when returned.
import { roundHalfUp } from "@/lib/numbers";
import { gradeOf } from "./grades";
import { scoreByLadder, type LadderScore } from "./ladder";
import { buildParTree, type ParTreeNode } from "./tree";
import { isMetricKind, type GradeBand, type ParAnswerInput, type ParCriterionNode } from "./types";

export type ParScoreBasis = "self" | "appraised";

export interface ParScoreOptions {
  basis: ParScoreBasis;
  rescaleToHundred: boolean;
  gradeBands: readonly GradeBand[];
}

export interface ParNodeScore {
  score: number;
  max: number;
  /** The maximum less the points of not-applicable criteria below (or of the node itself). */
  applicableMax: number;
  /** Points lost: applicableMax − score in the main part; the points taken off for a penalty; 0 for a bonus. */
  lost: number;
  notApplicable: boolean;
}

export interface ParSectionTotal {
  score: number;
  max: number;
  applicableMax: number;
}

export interface ParEvaluationScore {
  main: ParSectionTotal;
  bonus: ParSectionTotal;
  /** score: the points taken off. */
  penalty: ParSectionTotal;
  /** main + bonus − penalty. */
  total: number;
  /** On 100 (see the rules above); null when nothing in the main part applies. */
  score100: number | null;
  /** Whether the main part holds a SURVEY criterion (then nothing is rescaled). */
  hasSurvey: boolean;
  /** Whether score100 was rescaled from the applicable maximum. */
  rescaled: boolean;
  grade: string | null;
  byNode: Record<string, ParNodeScore>;
}

/** Whether the answer takes the criterion out of the maximum (declared N/A where N/A is allowed). */
export function isNotApplicable(node: ParCriterionNode, answer: ParAnswerInput | null | undefined): boolean {
  return node.allowNotApplicable && answer?.declared === "NOT_APPLICABLE";
}

/**
 * Where the criterion's value falls on its ladder: the metric's figure for automatic, semi-automatic and survey
 * criteria (a semi-automatic one without a figure falls back to the declared number), the declared number for a
 * NUMBER criterion; null when there is no ladder or no value to place on it.
 */
export function ladderReading(
  node: ParCriterionNode,
  answer: ParAnswerInput | null | undefined,
): (LadderScore & { value: number }) | null {
  if (!node.ladder || node.ladder.length === 0) return null;
  const metricValue = isMetricKind(node.kind) ? (answer?.metricInput?.value ?? null) : null;
  const value = metricValue ?? (node.valueKind === "NUMBER" ? (answer?.numberValue ?? null) : null);
  if (value === null) return null;
  return { ...scoreByLadder(value, node.ladder, node.maxPoints), value };
}

/**
 * The score MotCua proposes for a criterion: the ladder's points of its figure (automatic, semi-automatic, survey)
 * or of the declared number; for a YES_NO criterion Có → max, Không → 0. Null when the criterion is declared not
 * applicable, is a group, or there is nothing to base a proposal on (no figure, no declaration).
 */
export function proposedScore(node: ParCriterionNode, answer: ParAnswerInput | null | undefined): number | null {
  if (node.kind === "GROUP" || answer?.declared === "NOT_APPLICABLE") return null;
  const reading = ladderReading(node, answer);
  if (reading) return reading.points;
  if (node.valueKind === "YES_NO") {
    if (answer?.declared === "YES") return node.maxPoints;
    if (answer?.declared === "NO") return 0;
  }
  return null;
}

/** The score a scored criterion counts with under the basis (the order in the header), unrounded. */
export function criterionScore(
  node: ParCriterionNode,
  answer: ParAnswerInput | null | undefined,
  basis: ParScoreBasis,
): number {
  const fallback = isMetricKind(node.kind) ? proposedScore(node, answer) : null;
  const chosen =
    (basis === "appraised" ? (answer?.appraisedScore ?? null) : null) ?? answer?.selfScore ?? fallback ?? 0;
  return Math.min(Math.max(chosen, 0), node.maxPoints);
}

interface RawScore {
  score: number;
  max: number;
  applicableMax: number;
  notApplicable: boolean;
}

/** Scores a unit's answers on a tree. */
export function scoreParEvaluation(
  nodes: readonly ParCriterionNode[],
  answers: readonly ParAnswerInput[],
  options: ParScoreOptions,
): ParEvaluationScore {
  const answerOf = new Map(answers.map((answer) => [answer.criterionId, answer]));
  const raw = new Map<string, RawScore>();

  const visit = (item: ParTreeNode): RawScore => {
    const { node } = item;
    let result: RawScore;
    if (item.children.length === 0 && node.kind !== "GROUP") {
      const answer = answerOf.get(node.id);
      const notApplicable = isNotApplicable(node, answer);
      result = {
        score: notApplicable ? 0 : criterionScore(node, answer, options.basis),
        max: node.maxPoints,
        applicableMax: notApplicable ? 0 : node.maxPoints,
        notApplicable,
      };
    } else {
      const kids = item.children.map(visit);
      const removed = kids.reduce((sum, kid) => sum + (kid.max - kid.applicableMax), 0);
      const applicableMax = Math.max(0, node.maxPoints - removed);
      result = {
        score: Math.min(
          kids.reduce((sum, kid) => sum + kid.score, 0),
          applicableMax,
        ),
        max: node.maxPoints,
        applicableMax,
        notApplicable: kids.length > 0 && kids.every((kid) => kid.notApplicable),
      };
    }
    raw.set(node.id, result);
    return result;
  };

  const roots = buildParTree(nodes);
  const rootScores = roots.map((root) => ({ section: root.node.section, score: visit(root) }));
  const sectionTotal = (section: ParCriterionNode["section"]) => {
    const rows = rootScores.filter((row) => row.section === section).map((row) => row.score);
    const max = rows.reduce((sum, row) => sum + row.max, 0);
    const applicableMax = rows.reduce((sum, row) => sum + row.applicableMax, 0);
    return {
      score: Math.min(
        rows.reduce((sum, row) => sum + row.score, 0),
        applicableMax,
      ),
      max,
      applicableMax,
    };
  };
  const main = sectionTotal("MAIN");
  const bonus = sectionTotal("BONUS");
  const penalty = sectionTotal("PENALTY");
  const total = main.score + bonus.score - penalty.score;
  const hasSurvey = nodes.some((node) => node.kind === "SURVEY" && node.section === "MAIN");
  const rescaled = options.rescaleToHundred && !hasSurvey;
  const score100Raw = main.applicableMax > 0 ? (rescaled ? (total / main.applicableMax) * 100 : total) : null;
  const score100 = score100Raw === null ? null : roundHalfUp(score100Raw);

  const sectionOf = new Map(nodes.map((node) => [node.id, node.section]));
  const byNode: Record<string, ParNodeScore> = {};
  for (const [id, value] of raw) {
    const section = sectionOf.get(id);
    const lost = section === "MAIN" ? value.applicableMax - value.score : section === "PENALTY" ? value.score : 0;
    byNode[id] = {
      score: roundHalfUp(value.score),
      max: roundHalfUp(value.max),
      applicableMax: roundHalfUp(value.applicableMax),
      lost: roundHalfUp(lost),
      notApplicable: value.notApplicable,
    };
  }
  const rounded = (value: ParSectionTotal): ParSectionTotal => ({
    score: roundHalfUp(value.score),
    max: roundHalfUp(value.max),
    applicableMax: roundHalfUp(value.applicableMax),
  });
  return {
    main: rounded(main),
    bonus: rounded(bonus),
    penalty: rounded(penalty),
    total: roundHalfUp(total),
    score100,
    hasSurvey,
    rescaled,
    grade: gradeOf(score100, options.gradeBands),
    byNode,
  };
}
