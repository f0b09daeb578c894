import "server-only";
// The satisfaction screens' figures (leadership home, head of office home, the inspector's comparison, the Excel
// export): the SIPAS index of a scope and a year with its formula, answers, 95% interval and N/A under the minimum
// sample (setting sipasMinimumSample), the trend by month, the worst criteria, the latest comments, and the feedback
// handled on time (Decision 766 5.2). Every figure comes from the pure functions of src/domain/metrics/sipas.ts fed
// by loadSipasInputs (SQL tallies); nothing here re-computes a formula.
import { type CriterionIndex, emptyMoments, sipasIndex, type SipasIndex, SIPAS_FORMULAS } from "@/domain/metrics";
import { localDateKey, startOfVietnamDay } from "@/lib/dates";
import { feedbackGroup5 } from "@/server/data/feedback";
import {
  loadSipasInputsByMonth,
  loadSipasInputsByUnit,
  mergeSipasInputs,
  minimumSample,
  type SipasScope,
} from "@/server/data/satisfaction";
import { db } from "@/server/db";

/** Whose ratings: units (a leader's or inspector's scope), or one handling office (a head of office). */
export type SatisfactionScope = { unitIds: readonly string[]; officeId?: string };

const month = (year: number, m: number) => startOfVietnamDay(`${year}-${String(m).padStart(2, "0")}-01`);

export function yearBounds(year: number) {
  return { from: month(year, 1), to: month(year + 1, 1) };
}

const sipasScope = (scope: SatisfactionScope, from: Date, to: Date): SipasScope => ({
  from,
  to,
  unitIds: scope.unitIds,
  ...(scope.officeId ? { officeId: scope.officeId } : {}),
});

export type WorstCriterion = CriterionIndex & { text: string };
export type MonthFigure = { month: number; ratings: number; respondents: number; value: number | null };
export type SatisfactionComment = {
  id: string;
  at: Date;
  stars: number | null;
  channel: string;
  unitName: string;
  comment: string;
};

export type SatisfactionSummary = {
  year: number;
  formula: { label: string; formula: string };
  minimumSample: number;
  /** Ratings in the scope and year (with or without criterion answers). */
  ratings: number;
  index: SipasIndex;
  months: MonthFigure[];
  worst: WorstCriterion[];
  /** A wording of each criterion (key as in the index: `<questionnaire code>/<criterion code>`). */
  criterionTexts: Record<string, string>;
  comments: SatisfactionComment[];
  /** Decision 766 5.2 for the same scope and year: feedback handled on time ÷ handled. */
  feedback: { onTimeRate: number | null; handledOnTime: number; handledLate: number; received: number };
};

/** The whole panel for a scope and a year (months after `now` are left out of the trend). */
export async function loadSatisfactionSummary(
  scope: SatisfactionScope,
  year: number,
  now = new Date(),
): Promise<SatisfactionSummary> {
  const minimum = await minimumSample();
  const { from, to } = yearBounds(year);
  const lastMonth = Number(localDateKey(now).slice(0, 4)) === year ? Number(localDateKey(now).slice(5, 7)) : 12;
  const monthNumbers = Array.from({ length: lastMonth }, (_, i) => i + 1);
  const [byMonth, comments, feedback] = await Promise.all([
    // Every month of the trend in one grouped pass, not loadSipasInputs once per month; the year is their sum.
    loadSipasInputsByMonth(sipasScope(scope, from, to)),
    latestComments(scope, from, to),
    feedbackGroup5({ unitIds: scope.unitIds, ...(scope.officeId ? { officeId: scope.officeId } : {}), from, to, now }),
  ]);
  const months = monthNumbers.map((m): MonthFigure => {
    const inputs = byMonth.get(`${year}-${String(m).padStart(2, "0")}`);
    const index = sipasIndex(inputs?.tallies ?? [], inputs?.respondents.satisfiedShare ?? emptyMoments(), {
      minimumSample: minimum,
    });
    return { month: m, ratings: inputs?.ratings ?? 0, respondents: index.respondents, value: index.value };
  });
  const yearInputs = mergeSipasInputs(byMonth.values());
  const whole = {
    index: sipasIndex(yearInputs.tallies, yearInputs.respondents.satisfiedShare, { minimumSample: minimum }),
    ratings: yearInputs.ratings,
    criterionTexts: yearInputs.criterionTexts,
  };
  const worst = whole.index.criteria
    .filter((criterion) => criterion.value !== null)
    .sort((a, b) => a.value! - b.value! || b.answers - a.answers)
    .slice(0, 5)
    .map((criterion) => ({ ...criterion, text: whole.criterionTexts[criterion.criterionCode] ?? criterion.criterionCode }));
  return {
    year,
    formula: SIPAS_FORMULAS.satisfiedShare,
    minimumSample: minimum,
    ratings: whole.ratings,
    index: whole.index,
    months,
    worst,
    criterionTexts: whole.criterionTexts,
    comments,
    feedback: {
      onTimeRate: feedback.indicators.onTimeRate,
      handledOnTime: feedback.counts.handledOnTime,
      handledLate: feedback.counts.handledLate,
      received: feedback.counts.received,
    },
  };
}

/** The latest comments to read: text, stars, channel and unit only (no dossier, no applicant). */
export async function latestComments(scope: SatisfactionScope, from: Date, to: Date, take = 10) {
  const rows = await db.rating.findMany({
    where: {
      unitId: { in: [...scope.unitIds] },
      ...(scope.officeId ? { officeId: scope.officeId } : {}),
      createdAt: { gte: from, lt: to },
      comment: { not: null },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      createdAt: true,
      overallScore: true,
      channel: true,
      comment: true,
      unit: { select: { name: true, kindLabel: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    at: row.createdAt,
    stars: row.overallScore,
    channel: row.channel,
    unitName: `${row.unit.kindLabel} ${row.unit.name}`,
    comment: row.comment ?? "",
  }));
}

export type UnitSatisfaction = {
  unitId: string;
  name: string;
  ratings: number;
  index: SipasIndex;
};

/** The inspector's comparison: each unit in scope (by the rating's unit), its index for the year. */
export async function loadUnitComparison(unitIds: readonly string[], year: number): Promise<UnitSatisfaction[]> {
  const minimum = await minimumSample();
  const { from, to } = yearBounds(year);
  const units = await db.administrativeUnit.findMany({
    where: { id: { in: [...unitIds] }, ratings: { some: { createdAt: { gte: from, lt: to } } } },
    select: { id: true, name: true, kindLabel: true },
  });
  // One grouped pass for every unit, not loadSipasInputs once per unit (docs/performance.md, SIPAS at scale).
  const inputs = await loadSipasInputsByUnit({ from, to, unitIds: units.map((unit) => unit.id) });
  const rows = units.map((unit) => {
    const figure = inputs.get(unit.id);
    return {
      unitId: unit.id,
      name: `${unit.kindLabel} ${unit.name}`,
      ratings: figure?.ratings ?? 0,
      index: sipasIndex(figure?.tallies ?? [], figure?.respondents.satisfiedShare ?? emptyMoments(), {
        minimumSample: minimum,
      }),
    };
  });
  // Highest index first; N/A last, then by name.
  return rows.sort((a, b) => {
    if (a.index.value === null || b.index.value === null)
      return a.index.value === null ? (b.index.value === null ? a.name.localeCompare(b.name, "vi") : 1) : -1;
    return b.index.value - a.index.value || b.ratings - a.ratings;
  });
}

/** Raw answers for the export: one row per answer, with the rating's facts (comment only when asked for). */
export async function loadRawAnswers(scope: SatisfactionScope, year: number, withComments: boolean, take = 200_000) {
  const { from, to } = yearBounds(year);
  return db.rating.findMany({
    where: {
      unitId: { in: [...scope.unitIds] },
      ...(scope.officeId ? { officeId: scope.officeId } : {}),
      createdAt: { gte: from, lt: to },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      createdAt: true,
      channel: true,
      overallScore: true,
      reasons: true,
      comment: withComments,
      dossier: { select: { code: true } },
      unit: { select: { name: true, kindLabel: true } },
      office: { select: { name: true } },
      counter: { select: { number: true } },
      questionnaireVersion: { select: { version: true, questionnaire: { select: { code: true } } } },
      answers: {
        orderBy: { criterion: { order: "asc" } },
        select: { score: true, criterion: { select: { code: true, text: true, factor: { select: { code: true } } } } },
      },
    },
  });
}
