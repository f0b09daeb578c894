// The result frozen into ParUnitEvaluation.result at finalisation (PAR-INDEX.md: "inputs of automatic criteria frozen
// when the evaluation is finalised"; issue 14: "a later correction of data does not silently change a published
// score"). It holds the totals, every node's score, the figures as read with the ladder step they reached, and the
// set's rules used. Pages of a finalised unit read this JSON back and never score live data again.
import { z } from "zod";
import { gradeBandSchema } from "./grades";
import { PAR_METRICS, type ParMetricKey } from "./metrics";
import { ladderReading, scoreParEvaluation, type ParEvaluationScore } from "./scoring";
import {
  PAR_CRITERION_KINDS,
  PAR_LEVELS,
  PAR_SECTIONS,
  type GradeBand,
  type ParAnswerInput,
  type ParCriterionNode,
  type ParLevel,
} from "./types";

export const FROZEN_PAR_RESULT_VERSION = 1;

export interface FrozenParInput {
  set: {
    id: string;
    year: number;
    level: ParLevel;
    name: string;
    rescaleToHundred: boolean;
    gradeBands: readonly GradeBand[];
  };
  nodes: readonly ParCriterionNode[];
  answers: readonly ParAnswerInput[];
  /** When it was frozen (ISO 8601). */
  frozenAt: string;
}

const metricKeySchema = z.enum(Object.keys(PAR_METRICS) as [ParMetricKey, ...ParMetricKey[]]);
const sectionTotalSchema = z.object({ score: z.number(), max: z.number(), applicableMax: z.number() });
const nodeScoreSchema = z.object({
  score: z.number(),
  max: z.number(),
  applicableMax: z.number(),
  lost: z.number(),
  notApplicable: z.boolean(),
});

export const frozenParResultSchema = z.object({
  version: z.literal(FROZEN_PAR_RESULT_VERSION),
  frozenAt: z.string(),
  basis: z.literal("appraised"),
  rules: z.object({
    setId: z.string(),
    year: z.number().int(),
    level: z.enum(PAR_LEVELS),
    name: z.string(),
    rescaleToHundred: z.boolean(),
    gradeBands: z.array(gradeBandSchema),
  }),
  main: sectionTotalSchema,
  bonus: sectionTotalSchema,
  penalty: sectionTotalSchema,
  total: z.number(),
  score100: z.number().nullable(),
  hasSurvey: z.boolean(),
  rescaled: z.boolean(),
  grade: z.string().nullable(),
  /** The unit's own proposal on the same tree, for "self-score vs appraised". */
  self: z.object({ total: z.number(), score100: z.number().nullable() }),
  byNode: z.record(z.string(), nodeScoreSchema),
  /** The nodes as scored (the set is locked, but the result reads without it). */
  criteria: z.record(
    z.string(),
    z.object({
      code: z.string(),
      title: z.string(),
      parentId: z.string().nullable(),
      section: z.enum(PAR_SECTIONS),
      kind: z.enum(PAR_CRITERION_KINDS),
    }),
  ),
  /** Per criterion id: the MotCua figure as read, and the ladder step and points it reached. */
  metricInputs: z.record(
    z.string(),
    z.object({
      metric: metricKeySchema,
      value: z.number().nullable(),
      numerator: z.number().nullable(),
      denominator: z.number().nullable(),
      unavailableReason: z.string().nullable(),
      readAt: z.string(),
      stepIndex: z.number().int().nullable(),
      points: z.number().nullable(),
    }),
  ),
});

export type FrozenParResult = z.infer<typeof frozenParResultSchema>;

/** The JSON to store at finalisation: scored on the appraised basis, with copies (not references) of every input. */
export function frozenResult(input: FrozenParInput): FrozenParResult {
  const rules = {
    rescaleToHundred: input.set.rescaleToHundred,
    gradeBands: input.set.gradeBands,
  };
  const appraised: ParEvaluationScore = scoreParEvaluation(input.nodes, input.answers, {
    basis: "appraised",
    ...rules,
  });
  const self = scoreParEvaluation(input.nodes, input.answers, { basis: "self", ...rules });
  const answerOf = new Map(input.answers.map((answer) => [answer.criterionId, answer]));
  const metricInputs: FrozenParResult["metricInputs"] = {};
  const criteria: FrozenParResult["criteria"] = {};
  for (const node of input.nodes) {
    criteria[node.id] = {
      code: node.code,
      title: node.title,
      parentId: node.parentId,
      section: node.section,
      kind: node.kind,
    };
    const metricInput = answerOf.get(node.id)?.metricInput;
    if (!metricInput) continue;
    const reading = ladderReading(node, answerOf.get(node.id));
    metricInputs[node.id] = {
      ...metricInput,
      stepIndex: reading?.stepIndex ?? null,
      points: reading?.points ?? null,
    };
  }
  const { main, bonus, penalty, total, score100, hasSurvey, rescaled, grade, byNode } = appraised;
  // Parsing through the schema copies every object, so nothing stored shares a reference with live data.
  return frozenParResultSchema.parse({
    version: FROZEN_PAR_RESULT_VERSION,
    frozenAt: input.frozenAt,
    basis: "appraised",
    rules: { setId: input.set.id, year: input.set.year, level: input.set.level, name: input.set.name, ...rules },
    main,
    bonus,
    penalty,
    total,
    score100,
    hasSurvey,
    rescaled,
    grade,
    self: { total: self.total, score100: self.score100 },
    byNode,
    criteria,
    metricInputs,
  });
}

/** Reads a stored result back; throws when the JSON is not a frozen result (never re-scores). */
export function readFrozenResult(json: unknown): FrozenParResult {
  return frozenParResultSchema.parse(json);
}

/** As readFrozenResult, null instead of throwing (a unit not finalised has no result). */
export function readFrozenResultOrNull(json: unknown): FrozenParResult | null {
  const parsed = frozenParResultSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
