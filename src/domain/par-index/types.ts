// The PAR Index's vocabulary as plain data (PAR-INDEX.md; the Prisma enums of the "PAR Index" block mirror these
// unions, so the server maps rows onto them without casts beyond the enum values).
import type { ParMetricKey } from "./metrics";

export const PAR_CRITERION_KINDS = ["GROUP", "MANUAL", "AUTOMATIC", "SEMI_AUTOMATIC", "SURVEY"] as const;
export type ParCriterionKind = (typeof PAR_CRITERION_KINDS)[number];

/** Kinds whose proposed score comes from a MotCua figure through the ladder. */
export const PAR_METRIC_KINDS = [
  "AUTOMATIC",
  "SEMI_AUTOMATIC",
  "SURVEY",
] as const satisfies readonly ParCriterionKind[];

export const PAR_SECTIONS = ["MAIN", "BONUS", "PENALTY"] as const;
export type ParSection = (typeof PAR_SECTIONS)[number];

export const PAR_VALUE_KINDS = ["YES_NO", "NUMBER", "NONE"] as const;
export type ParValueKind = (typeof PAR_VALUE_KINDS)[number];

export const PAR_LEVELS = ["COMMUNE", "DEPARTMENT"] as const;
export type ParLevel = (typeof PAR_LEVELS)[number];

export const PAR_SET_STATUSES = ["DRAFT", "LOCKED"] as const;
export type ParSetStatus = (typeof PAR_SET_STATUSES)[number];

export const PAR_EVALUATION_STATUSES = ["OPEN", "PUBLISHED"] as const;
export type ParEvaluationStatus = (typeof PAR_EVALUATION_STATUSES)[number];

export const PAR_UNIT_STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "FINALISED"] as const;
export type ParUnitStatus = (typeof PAR_UNIT_STATUSES)[number];

export const PAR_DECLARED = ["YES", "NO", "NOT_APPLICABLE"] as const;
export type ParDeclared = (typeof PAR_DECLARED)[number];

/** One step of a scoring ladder: a value ≥ min earns points. Ladders list steps from the highest threshold down. */
export interface LadderStep {
  min: number;
  points: number;
}

/** A node of a criteria tree: domain → criterion → sub-criterion. Only leaves (not GROUP) are scored. */
export interface ParCriterionNode {
  id: string;
  parentId: string | null;
  /** Order among siblings. */
  position: number;
  /** As printed: "1", "3.3", "3.3.1". */
  code: string;
  title: string;
  /** Điểm tối đa; for a penalty, the most that can be taken off. */
  maxPoints: number;
  kind: ParCriterionKind;
  section: ParSection;
  valueKind: ParValueKind;
  allowNotApplicable: boolean;
  /** Yêu cầu và tài liệu kiểm chứng. */
  guidance: string | null;
  /** How the score follows from the value, in words. */
  scoringNote: string | null;
  metric: ParMetricKey | null;
  ladder: LadderStep[] | null;
}

/** A MotCua figure as read for an automatic/survey criterion (frozen at finalisation). */
export interface ParMetricInput {
  metric: ParMetricKey;
  /** In the metric's unit: a percentage 0–100 for "percent", points for "points"; null when unavailable. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Why there is no value (e.g. no late dossier in the period), in Vietnamese; null when there is one. */
  unavailableReason: string | null;
  /** When it was read (ISO 8601). */
  readAt: string;
}

/** A unit's answer to one scored criterion, as scoring needs it. */
export interface ParAnswerInput {
  criterionId: string;
  declared: ParDeclared | null;
  numberValue: number | null;
  selfScore: number | null;
  appraisedScore: number | null;
  metricInput: ParMetricInput | null;
}

/** A grade band on the 100-point score: a score ≥ min gets the label. Bands are listed highest first. */
export interface GradeBand {
  label: string;
  min: number;
}

/** Whether a kind reads a MotCua figure (and needs a metric and a ladder). */
export const isMetricKind = (kind: ParCriterionKind): boolean =>
  (PAR_METRIC_KINDS as readonly ParCriterionKind[]).includes(kind);
