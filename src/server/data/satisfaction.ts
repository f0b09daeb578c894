import "server-only";
// Reads for satisfaction (docs/satisfaction.md): the questionnaire version in force for a channel, what the public
// rating page shows about a dossier (no personal data), a dossier's ratings for the staff page, the questionnaires
// for the administration, and the SIPAS inputs of a scope computed in SQL (tallies per criterion and the moments of
// the ratings' own scores), so 300,000 ratings never leave the database.
import {
  QUESTIONNAIRE_FOR_CHANNEL,
  type RatingChannelCode,
} from "@/domain/satisfaction";
import {
  addMoments,
  type CriterionTally,
  emptyMoments,
  mergeTallies,
  type RespondentMoments,
  type SipasVariant,
} from "@/domain/metrics";
import { Prisma } from "@/generated/prisma/client";
import { localDateKey, startOfMonthShifted, startOfVietnamDay, type LocalDate } from "@/lib/dates";
import { getSetting } from "@/server/data/calendar";
import { db } from "@/server/db";

const versionSelect = {
  id: true,
  version: true,
  status: true,
  asksOverall: true,
  reasons: true,
  effectiveFrom: true,
  basis: true,
  questionnaire: { select: { id: true, code: true, name: true, kind: true } },
  factors: { orderBy: { order: "asc" }, select: { id: true, code: true, name: true, order: true } },
  criteria: { orderBy: { order: "asc" }, select: { id: true, code: true, text: true, order: true, factorId: true } },
} satisfies Prisma.QuestionnaireVersionSelect;

export type QuestionnaireVersionView = Prisma.QuestionnaireVersionGetPayload<{ select: typeof versionSelect }>;

/** The version in force of a questionnaire (by its code), with factors and criteria in order; null if none. */
export function loadActiveVersion(questionnaireCode: string): Promise<QuestionnaireVersionView | null> {
  return db.questionnaireVersion.findFirst({
    where: { status: "ACTIVE", questionnaire: { code: questionnaireCode } },
    select: versionSelect,
  });
}

/** The version a channel asks (QUESTIONNAIRE_FOR_CHANNEL): the counter tablet's form comes from here. */
export const loadActiveVersionForChannel = (channel: RatingChannelCode) =>
  loadActiveVersion(QUESTIONNAIRE_FOR_CHANNEL[channel]);

export function loadQuestionnaireVersion(versionId: string): Promise<QuestionnaireVersionView | null> {
  return db.questionnaireVersion.findUnique({ where: { id: versionId }, select: versionSelect });
}

/** What the public page names: the code, the procedure and the unit (no applicant data), and whether rated. */
export async function loadRatingDossier(dossierId: string, channel: RatingChannelCode) {
  const dossier = await db.dossier.findUnique({
    where: { id: dossierId },
    select: {
      id: true,
      code: true,
      status: true,
      procedure: { select: { name: true } },
      receivedUnit: { select: { name: true } },
      ratings: { where: { channel }, select: { id: true, createdAt: true } },
    },
  });
  if (!dossier) return null;
  return {
    id: dossier.id,
    code: dossier.code,
    status: dossier.status,
    procedureName: dossier.procedure.name,
    unitName: dossier.receivedUnit.name,
    ratedAt: dossier.ratings[0]?.createdAt ?? null,
  };
}

/** A dossier's ratings for the staff dossier page, newest first, answers in the questionnaire's order. */
export async function listDossierRatings(dossierId: string) {
  const ratings = await db.rating.findMany({
    where: { dossierId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      channel: true,
      createdAt: true,
      overallScore: true,
      reasons: true,
      comment: true,
      officer: { select: { fullName: true } },
      counter: { select: { number: true, name: true } },
      questionnaireVersion: { select: { version: true, questionnaire: { select: { name: true } } } },
      answers: {
        orderBy: { criterion: { order: "asc" } },
        select: { score: true, criterion: { select: { code: true, text: true } } },
      },
    },
  });
  return ratings;
}
export type DossierRating = Awaited<ReturnType<typeof listDossierRatings>>[number];

/** Questionnaires with their versions (newest first) for the administration page. */
export function listQuestionnaires() {
  return db.questionnaire.findMany({
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      description: true,
      versions: {
        orderBy: { version: "desc" },
        select: {
          id: true,
          version: true,
          status: true,
          effectiveFrom: true,
          effectiveTo: true,
          basis: true,
          createdAt: true,
          _count: { select: { criteria: true, ratings: true } },
        },
      },
    },
  });
}
export type QuestionnaireListItem = Awaited<ReturnType<typeof listQuestionnaires>>[number];

/** The minimum sample of a SIPAS figure (setting sipasMinimumSample, default 30): with fewer ratings it is N/A. */
export async function minimumSample(): Promise<number> {
  const value = await getSetting("sipasMinimumSample");
  return typeof value === "number" && Number.isInteger(value) && value >= 1 ? value : 30;
}

/** Which ratings a SIPAS figure covers: created in [from, to), optionally of some units / an office / an officer. */
export type SipasScope = {
  from: Date;
  to: Date;
  unitIds?: readonly string[];
  officeId?: string;
  officerId?: string;
  /** Only ratings answering this questionnaire (Questionnaire.code). */
  questionnaireCode?: string;
};

function scopeWhere(scope: SipasScope): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`r."createdAt" >= ${scope.from}`, Prisma.sql`r."createdAt" < ${scope.to}`];
  if (scope.unitIds) parts.push(Prisma.sql`r."unitId" = ANY(${[...scope.unitIds]}::text[])`);
  if (scope.officeId) parts.push(Prisma.sql`r."officeId" = ${scope.officeId}`);
  if (scope.officerId) parts.push(Prisma.sql`r."officerId" = ${scope.officerId}`);
  if (scope.questionnaireCode)
    parts.push(
      Prisma.sql`r."questionnaireVersionId" IN (SELECT v.id FROM "QuestionnaireVersion" v JOIN "Questionnaire" q ON q.id = v."questionnaireId" WHERE q.code = ${scope.questionnaireCode})`,
    );
  return Prisma.join(parts, " AND ");
}

export type SipasInputs = {
  tallies: CriterionTally[];
  /** A wording of each tallied criterion (key: `<questionnaire code>/<criterion code>`; versions may word it differently). */
  criterionTexts: Record<string, string>;
  respondents: Record<SipasVariant, RespondentMoments>;
  ratings: number;
};

/**
 * The inputs of sipasIndex (src/domain/metrics/sipas.ts) for a scope. A criterion is keyed
 * `<questionnaire code>/<criterion code>` (codes are stable across versions of a questionnaire), with its factor code
 * (F1–F5, the same five factors in every questionnaire). Each rating's own score is the same formula on its answers.
 */
export async function loadSipasInputs(scope: SipasScope): Promise<SipasInputs> {
  return (await sipasInputs(scope, "none")).get("") ?? emptyInputs();
}

/**
 * The same inputs for each unit of the scope at once (the rating's unit), in one pass of the same three statements
 * grouped by unit rather than one pass per unit (docs/performance.md, SIPAS at scale). Units without ratings are absent.
 */
export async function loadSipasInputsByUnit(scope: SipasScope): Promise<Map<string, SipasInputs>> {
  return sipasInputs(scope, "unit");
}

/**
 * The same inputs for each office of the scope at once (the rating's office; "" for ratings of no office), one pass as
 * by unit. Offices without ratings are absent.
 */
export async function loadSipasInputsByOffice(scope: SipasScope): Promise<Map<string, SipasInputs>> {
  return sipasInputs(scope, "office");
}

/**
 * The same inputs for each calendar month (Asia/Ho_Chi_Minh) of the scope's ratings, keyed `yyyy-MM`, in one pass
 * rather than one per month. Months without ratings are absent.
 */
export async function loadSipasInputsByMonth(scope: SipasScope): Promise<Map<string, SipasInputs>> {
  return sipasInputs(scope, "month");
}

const emptyInputs = (): SipasInputs => ({
  tallies: [],
  criterionTexts: {},
  respondents: { satisfiedShare: emptyMoments(), meanScore: emptyMoments() },
  ratings: 0,
});

/**
 * The inputs of disjoint sets of ratings together: the months of a year give the year (tallies, moments and counts
 * add), so a page that shows both reads the ratings once.
 */
export function mergeSipasInputs(parts: Iterable<SipasInputs>): SipasInputs {
  const list = [...parts];
  const respondents = (variant: SipasVariant) =>
    list.reduce((sum, part) => addMoments(sum, part.respondents[variant]), emptyMoments());
  return {
    tallies: mergeTallies(list.map((part) => part.tallies)),
    criterionTexts: Object.assign({}, ...list.map((part) => part.criterionTexts)) as Record<string, string>,
    respondents: { satisfiedShare: respondents("satisfiedShare"), meanScore: respondents("meanScore") },
    ratings: list.reduce((sum, part) => sum + part.ratings, 0),
  };
}

export type SipasGrouping = "none" | "unit" | "office" | "month";

/** The group key over a table alias with the rating's unit and instant (`createdAt`) or month (`month`). */
// Vietnam keeps UTC+7 all year (as the rollups count days): adding 7 hours is the time-zone conversion, far cheaper
// per row than AT TIME ZONE over a year of ratings.
const VIETNAM_MONTH = (instant: Prisma.Sql) => Prisma.sql`to_char(${instant} + interval '7 hours', 'YYYY-MM')`;
const groupKey = (grouping: SipasGrouping, alias: string, month: "instant" | "month"): Prisma.Sql | null =>
  grouping === "none"
    ? null
    : grouping === "unit"
      ? Prisma.raw(`${alias}."unitId"`)
      : grouping === "office"
        ? Prisma.raw(`coalesce(${alias}."officeId", '')`)
        : month === "month"
        ? Prisma.raw(`to_char(${alias}."month", 'YYYY-MM')`)
        : VIETNAM_MONTH(Prisma.raw(`${alias}."createdAt"`));

/** The filters of a scope other than time, over a table alias with unitId, officeId, questionnaireVersionId. */
function keysWhere(scope: SipasScope, alias: string): Prisma.Sql[] {
  const column = (name: string) => Prisma.raw(`${alias}."${name}"`);
  const parts: Prisma.Sql[] = [];
  if (scope.unitIds) parts.push(Prisma.sql`${column("unitId")} = ANY(${[...scope.unitIds]}::text[])`);
  if (scope.officeId) parts.push(Prisma.sql`${column("officeId")} = ${scope.officeId}`);
  if (scope.questionnaireCode)
    parts.push(
      Prisma.sql`${column("questionnaireVersionId")} IN (SELECT v.id FROM "QuestionnaireVersion" v JOIN "Questionnaire" q ON q.id = v."questionnaireId" WHERE q.code = ${scope.questionnaireCode})`,
    );
  return parts;
}

type Period = readonly [from: Date, to: Date];

/**
 * A period as the whole Vietnamese calendar months inside [from, to) (local dates [monthsFrom, monthsTo), or null when
 * none), read from the monthly rollups, and the instants at either end (`ends`, none, one or two), read row by row.
 */
function splitPeriod(from: Date, to: Date): { months: { monthsFrom: LocalDate; monthsTo: LocalDate } | null; ends: Period[] } {
  const fromDay = localDateKey(from);
  const fromMonth = startOfMonthShifted(fromDay, 0);
  const monthsFrom = startOfVietnamDay(fromMonth).getTime() === from.getTime() ? fromMonth : startOfMonthShifted(fromDay, 1);
  const monthsTo = startOfMonthShifted(localDateKey(to), 0);
  if (monthsFrom >= monthsTo) return { months: null, ends: [[from, to]] };
  const monthsStart = startOfVietnamDay(monthsFrom);
  const monthsEnd = startOfVietnamDay(monthsTo);
  const ends: Period[] = [];
  if (from < monthsStart) ends.push([from, monthsStart]);
  if (monthsEnd < to) ends.push([monthsEnd, to]);
  return { months: { monthsFrom, monthsTo }, ends };
}

/**
 * SIPAS inputs from the satisfaction rollups (migrations 20261208120000_satisfaction_rollups and
 * 20261209100000_rating_score_monthly): for whole months, the tallies from "RatingCriterionMonthlyRollup" and n, Σ and
 * Σ² of the ratings' own scores from "RatingScoreMonthlyRollup"; for the instants at either end, the answers and
 * "RatingScore" (one narrow row per rating, its scores computed when recorded).
 * The same figures as the answers read directly (loadSipasInputsFromAnswers; an integration test compares them).
 * An officer's scope is not rolled up (no screen asks it; a few hundred ratings) and reads the answers.
 */
async function sipasInputs(scope: SipasScope, grouping: SipasGrouping): Promise<Map<string, SipasInputs>> {
  if (scope.officerId) return sipasInputsFromAnswers(scope, grouping);
  const { months, ends } = splitPeriod(scope.from, scope.to);
  const monthKey = groupKey(grouping, "t", "month") ?? Prisma.sql`''`;
  const monthsWhere = (alias: string) =>
    months
      ? Prisma.join(
          [
            Prisma.sql`${Prisma.raw(alias)}."month" >= ${months.monthsFrom}::date`,
            Prisma.sql`${Prisma.raw(alias)}."month" < ${months.monthsTo}::date`,
            ...keysWhere(scope, alias),
          ],
          " AND ",
        )
      : null;
  // Every source gives (group, criterion, answers of 1…5): summed on those narrow keys first, then joined to the
  // criteria (a few hundred rows), not the other way round.
  const answersOf = ([from, to]: Period) => Prisma.sql`
    SELECT ${groupKey(grouping, "r", "instant") ?? Prisma.sql`''`} AS grp, a."criterionId", ${Prisma.raw([1, 2, 3, 4, 5].map((n) => `count(*) FILTER (WHERE a.score = ${n}) AS s${n}`).join(", "))}
    FROM "Rating" r JOIN "RatingAnswer" a ON a."ratingId" = r.id
    WHERE ${scopeWhere({ ...scope, from, to })}
    GROUP BY 1, 2`;
  const tallySources = ends.map(answersOf);
  // Every source gives (group, ratings, n, Σ and Σ² of each score) of the ratings' own scores.
  const scoresOf = ([from, to]: Period) => Prisma.sql`
    SELECT ${groupKey(grouping, "s", "instant") ?? Prisma.sql`''`} AS grp, count(*) AS ratings, count(s."satisfiedShare") AS n,
           sum(s."satisfiedShare") AS s, sum(s."satisfiedShare" * s."satisfiedShare") AS s2,
           sum(s."meanScore") AS m, sum(s."meanScore" * s."meanScore") AS m2
    FROM "RatingScore" s
    WHERE ${Prisma.join([Prisma.sql`s."createdAt" >= ${from}`, Prisma.sql`s."createdAt" < ${to}`, ...keysWhere(scope, "s")], " AND ")}
    GROUP BY 1`;
  const scoreSources = ends.map(scoresOf);
  if (months) {
    tallySources.push(Prisma.sql`
      SELECT ${monthKey} AS grp, t."criterionId", t."score1" AS s1, t."score2" AS s2, t."score3" AS s3, t."score4" AS s4, t."score5" AS s5
      FROM "RatingCriterionMonthlyRollup" t
      WHERE ${monthsWhere("t")}`);
    scoreSources.push(Prisma.sql`
      SELECT ${monthKey} AS grp, t."ratings", t."scored" AS n, t."satisfiedShareSum" AS s, t."satisfiedShareSquares" AS s2,
             t."meanScoreSum" AS m, t."meanScoreSquares" AS m2
      FROM "RatingScoreMonthlyRollup" t
      WHERE ${monthsWhere("t")}`);
  }
  const [tallyRows, scoreRows] = await Promise.all([
    db.$queryRaw<(Omit<TallyRow, "score" | "n"> & Record<"s1" | "s2" | "s3" | "s4" | "s5", number>)[]>`
      SELECT x.grp, q.code || '/' || c.code AS key, f.code AS factor, max(c.text) AS text,
             sum(x.s1)::int AS s1, sum(x.s2)::int AS s2, sum(x.s3)::int AS s3, sum(x.s4)::int AS s4, sum(x.s5)::int AS s5
      FROM (
        SELECT grp, "criterionId", sum(s1) AS s1, sum(s2) AS s2, sum(s3) AS s3, sum(s4) AS s4, sum(s5) AS s5
        FROM (${Prisma.join(tallySources, " UNION ALL ")}) y
        GROUP BY 1, 2
      ) x
      JOIN "QuestionnaireCriterion" c ON c.id = x."criterionId"
      JOIN "QuestionnaireFactor" f ON f.id = c."factorId"
      JOIN "QuestionnaireVersion" v ON v.id = c."versionId"
      JOIN "Questionnaire" q ON q.id = v."questionnaireId"
      GROUP BY 1, 2, 3`,
    db.$queryRaw<(MomentRow & { ratings: number })[]>`
      SELECT grp, sum(n)::int AS n, coalesce(sum(s), 0)::float8 AS s, coalesce(sum(s2), 0)::float8 AS s2,
             coalesce(sum(m), 0)::float8 AS m, coalesce(sum(m2), 0)::float8 AS m2, sum(ratings)::int AS ratings
      FROM (${Prisma.join(scoreSources, " UNION ALL ")}) y
      GROUP BY 1`,
  ]);
  const tallies = tallyRows.flatMap((row) =>
    ([row.s1, row.s2, row.s3, row.s4, row.s5] as const).flatMap((n, i) =>
      n > 0 ? [{ grp: row.grp, key: row.key, factor: row.factor, text: row.text, score: i + 1, n }] : [],
    ),
  );
  return assemble(
    tallies,
    scoreRows.filter((row) => row.n > 0 || grouping === "none"),
    scoreRows.map((row) => ({ grp: row.grp, n: row.ratings })),
  );
}

type TallyRow = { grp: string; key: string; factor: string; text: string; score: number; n: number };
type MomentRow = { grp: string; n: number; s: number; s2: number; m: number; m2: number };

/**
 * The SIPAS inputs read from the answers themselves (the reading before the rollups, and an officer's scope): the
 * baseline the rollups are compared with in tests and benchmarks.
 */
export async function loadSipasInputsFromAnswers(
  scope: SipasScope,
  grouping: SipasGrouping,
): Promise<Map<string, SipasInputs>> {
  return sipasInputsFromAnswers(scope, grouping);
}

/** loadSipasInputs' statements over the answers, grouped by unit, office or month of the rating, else one group keyed "". */
async function sipasInputsFromAnswers(scope: SipasScope, grouping: SipasGrouping): Promise<Map<string, SipasInputs>> {
  const group = groupKey(grouping, "r", "instant");
  const where = scopeWhere(scope);
  const grouped = group !== null;
  const key = group ?? Prisma.sql`''`;
  const perGroup = grouped ? Prisma.sql`GROUP BY 1` : Prisma.empty; // one row even with no ratings when not grouped
  const [tallyRows, momentRows, countRows] = await Promise.all([
    db.$queryRaw<TallyRow[]>`
      SELECT ${key} AS grp, q.code || '/' || c.code AS key, f.code AS factor, max(c.text) AS text, a.score,
             count(*)::int AS n
      FROM "Rating" r
      JOIN "RatingAnswer" a ON a."ratingId" = r.id
      JOIN "QuestionnaireCriterion" c ON c.id = a."criterionId"
      JOIN "QuestionnaireFactor" f ON f.id = c."factorId"
      JOIN "QuestionnaireVersion" v ON v.id = c."versionId"
      JOIN "Questionnaire" q ON q.id = v."questionnaireId"
      WHERE ${where}
      GROUP BY 1, 2, 3, a.score`,
    db.$queryRaw<MomentRow[]>`
      WITH per_factor AS (
        SELECT ${key} AS grp, a."ratingId", f.code,
               avg(CASE WHEN a.score >= 4 THEN 1.0 ELSE 0.0 END)::float8 AS share, avg(a.score)::float8 AS mean
        FROM "Rating" r
        JOIN "RatingAnswer" a ON a."ratingId" = r.id
        JOIN "QuestionnaireCriterion" c ON c.id = a."criterionId"
        JOIN "QuestionnaireFactor" f ON f.id = c."factorId"
        WHERE ${where}
        GROUP BY 1, 2, 3
      ), per_rating AS (
        SELECT grp, "ratingId", avg(share) AS s, avg(mean) AS m FROM per_factor GROUP BY 1, 2
      )
      SELECT ${grouped ? Prisma.sql`grp` : Prisma.sql`''`} AS grp, count(*)::int AS n,
             coalesce(sum(s), 0)::float8 AS s, coalesce(sum(s * s), 0)::float8 AS s2,
             coalesce(sum(m), 0)::float8 AS m, coalesce(sum(m * m), 0)::float8 AS m2
      FROM per_rating ${perGroup}`,
    db.$queryRaw<{ grp: string; n: number }[]>`
      SELECT ${key} AS grp, count(*)::int AS n FROM "Rating" r WHERE ${where} ${perGroup}`,
  ]);
  return assemble(tallyRows, momentRows, countRows);
}

/** The inputs per group from the tally, moment and count rows. */
function assemble(
  tallyRows: readonly TallyRow[],
  momentRows: readonly MomentRow[],
  countRows: readonly { grp: string; n: number }[],
): Map<string, SipasInputs> {
  const byGroup = new Map<string, Map<string, { factorCode: string; counts: [number, number, number, number, number] }>>();
  const result = new Map<string, SipasInputs>();
  const inputsOf = (grp: string) => {
    const inputs = result.get(grp) ?? emptyInputs();
    result.set(grp, inputs);
    return inputs;
  };
  for (const row of tallyRows) {
    const criteria = byGroup.get(row.grp) ?? new Map();
    byGroup.set(row.grp, criteria);
    const entry = criteria.get(row.key) ?? { factorCode: row.factor, counts: [0, 0, 0, 0, 0] };
    entry.counts[row.score - 1] = row.n;
    criteria.set(row.key, entry);
    inputsOf(row.grp).criterionTexts[row.key] = row.text;
  }
  for (const [grp, criteria] of byGroup)
    inputsOf(grp).tallies = [...criteria.entries()]
      .sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }))
      .map(([criterionCode, entry]) => ({ criterionCode, factorCode: entry.factorCode, counts: entry.counts }));
  for (const moments of momentRows)
    inputsOf(moments.grp).respondents = {
      satisfiedShare: { count: moments.n, sum: moments.s, sumOfSquares: moments.s2 },
      meanScore: { count: moments.n, sum: moments.m, sumOfSquares: moments.m2 },
    };
  for (const row of countRows) inputsOf(row.grp).ratings = row.n;
  return result;
}
