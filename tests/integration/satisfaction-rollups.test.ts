// The satisfaction rollups (migration 20261208120000_satisfaction_rollups; docs/satisfaction.md "At scale") against
// the answers they summarise, after ratings recorded through recordRating (every channel, stars only at the counter,
// the 19-item form of the national portal, months on both sides of a month's end), an answer corrected, a rating
// deleted, and the rebuild: (1) "RatingCriterionMonthlyRollup", "RatingScore" and "RatingScoreMonthlyRollup" equal a
// recomputation from scratch;
// (2) loadSipasInputs, ByUnit, ByOffice and ByMonth read through them give the same figures as the answers read directly
// (loadSipasInputsFromAnswers), for whole-month periods, periods cut mid-month and mid-day, an office and a
// questionnaire.
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../src/generated/prisma/client";
import { sipasIndex } from "../../src/domain/metrics";
import type { RatingChannelCode } from "../../src/domain/satisfaction";
import {
  loadActiveVersionForChannel,
  loadSipasInputs,
  loadSipasInputsByMonth,
  loadSipasInputsByOffice,
  mergeSipasInputs,
  loadSipasInputsByUnit,
  loadSipasInputsFromAnswers,
  type SipasInputs,
  type SipasScope,
} from "../../src/server/data/satisfaction";
import { rebuildRollups } from "../../src/server/rollups/rebuild";
import { recordRating } from "../../src/server/satisfaction";
import { Random } from "../../src/tooling/demo-world/random";
import { useTestDb } from "../support/db";
import { at, createReceivedDossier, createTestWorld, type TestWorld } from "../support/fixtures";

/** Floats summed in another order differ in the last bits: compare them to 9 decimals. */
const rounded = (inputs: SipasInputs | undefined) =>
  inputs && {
    ...inputs,
    respondents: Object.fromEntries(
      Object.entries(inputs.respondents).map(([variant, m]) => [
        variant,
        { count: m.count, sum: Number(m.sum.toFixed(9)), sumOfSquares: Number(m.sumOfSquares.toFixed(9)) },
      ]),
    ),
  };
const roundedMap = (map: Map<string, SipasInputs>) =>
  Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, rounded(v)]));

describe("satisfaction rollups equal the answers they summarise", () => {
  const db = useTestDb();
  let world: TestWorld;
  let unitIds: string[];
  let serial = 0;
  const random = new Random(20261208);

  beforeAll(async () => {
    world = await createTestWorld(db);
    unitIds = [world.ward.id, world.otherWard.id];
  });

  async function returnedDossier(other: boolean) {
    serial += 1;
    const row = await createReceivedDossier(db, world, `SRU${String(serial).padStart(4, "0")}`, `sru${serial}`);
    await db.dossierEvent.create({
      data: { dossierId: row.id, type: "return_result", actorId: world.users.receptionist.id, toStatus: "RETURNED" },
    });
    return db.dossier.update({
      where: { id: row.id },
      data: {
        status: "RETURNED",
        returnedAt: new Date(),
        handlingOfficeId: random.chance(0.7) ? world.offices.justice.id : world.offices.land.id,
        ...(other ? { receivedUnitId: world.otherWard.id, decidingUnitId: world.otherWard.id } : {}),
      },
    });
  }

  async function rateMany(n: number) {
    // From 20/04 to 20/07/2026, Vietnam time, at any hour (ratings late on a month's last day included).
    const start = at("2026-04-20T00:00:00").getTime();
    for (let i = 0; i < n; i++) {
      const dossier = await returnedDossier(random.chance(0.3));
      const channel = random.pick<RatingChannelCode>([
        "RECEIPT_QR",
        "NOTIFICATION_LINK",
        "TRACKING_PAGE",
        "NATIONAL_PORTAL",
        "COUNTER_TABLET",
      ]);
      const version = (await loadActiveVersionForChannel(channel))!;
      const low = random.chance(0.3);
      const score = () => (low ? random.int(1, 4) : random.int(3, 5));
      const starsOnly = channel === "COUNTER_TABLET" && random.chance(0.5);
      const when = i % 10 === 0 ? at("2026-05-31T23:45:00") : new Date(start + random.int(0, 91 * 24 * 60) * 60_000);
      const result = await recordRating(
        {
          dossierId: dossier.id,
          channel,
          overallScore: version.asksOverall ? score() : null,
          answers: starsOnly
            ? []
            : version.criteria.map((criterion) => ({ criterionId: criterion.id, score: score() })),
        },
        when,
      );
      if (!result.ok) throw new Error(`rating refused: ${result.reason}`);
    }
  }

  /** The rollup rows of the world's units, as strings. */
  async function tallyRows(): Promise<string[]> {
    const rows = await db.$queryRaw<Record<string, unknown>[]>`
      SELECT to_char("month", 'YYYY-MM-DD') AS month, "unitId", "officeId", channel::text, "questionnaireVersionId", "criterionId",
             score1, score2, score3, score4, score5
      FROM "RatingCriterionMonthlyRollup"
      WHERE "unitId" = ANY(${unitIds}::text[]) AND (score1 <> 0 OR score2 <> 0 OR score3 <> 0 OR score4 <> 0 OR score5 <> 0)
      ORDER BY 1, 2, 3, 4, 5, 6`;
    return rows.map((row) => JSON.stringify(row));
  }

  /** The same from the answers, months by the Vietnamese calendar (UTC+7). */
  async function recomputedTallies(): Promise<string[]> {
    const rows = await db.$queryRaw<Record<string, unknown>[]>`
      SELECT to_char(date_trunc('month', r."createdAt" + interval '7 hours'), 'YYYY-MM-DD') AS month, r."unitId",
             coalesce(r."officeId", '') AS "officeId", r.channel::text AS channel, r."questionnaireVersionId", a."criterionId",
             (count(*) FILTER (WHERE a.score = 1))::int AS score1, (count(*) FILTER (WHERE a.score = 2))::int AS score2,
             (count(*) FILTER (WHERE a.score = 3))::int AS score3, (count(*) FILTER (WHERE a.score = 4))::int AS score4,
             (count(*) FILTER (WHERE a.score = 5))::int AS score5
      FROM "Rating" r JOIN "RatingAnswer" a ON a."ratingId" = r.id
      WHERE r."unitId" = ANY(${unitIds}::text[])
      GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6`;
    return rows.map((row) => JSON.stringify(row));
  }

  /** Each rating's stored scores against its answers scored in TypeScript (the mean over factors of the share of 4–5). */
  async function expectScores() {
    const ratings = await db.rating.findMany({
      where: { unitId: { in: unitIds } },
      select: {
        id: true,
        createdAt: true,
        unitId: true,
        answers: { select: { score: true, criterion: { select: { factor: { select: { code: true } } } } } },
      },
    });
    const stored = new Map(
      (await db.ratingScore.findMany({ where: { unitId: { in: unitIds } } })).map((row) => [row.ratingId, row]),
    );
    expect(stored.size).toBe(ratings.length);
    for (const rating of ratings) {
      const row = stored.get(rating.id)!;
      expect(row.createdAt.getTime()).toBe(rating.createdAt.getTime());
      const factors = new Map<string, number[]>();
      for (const a of rating.answers)
        factors.set(a.criterion.factor.code, [...(factors.get(a.criterion.factor.code) ?? []), a.score]);
      const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
      if (factors.size === 0) {
        expect(row.satisfiedShare).toBeNull();
        continue;
      }
      expect(row.satisfiedShare).toBeCloseTo(
        mean([...factors.values()].map((xs) => mean(xs.map((x) => (x >= 4 ? 1 : 0))))),
        12,
      );
      expect(row.meanScore).toBeCloseTo(mean([...factors.values()].map(mean)), 12);
    }
  }

  /** "RatingScoreMonthlyRollup" against "RatingScore" summed from scratch (floats to 6 decimals; no empty keys left). */
  async function expectMoments() {
    const sums = (source: Prisma.Sql) => db.$queryRaw<Record<string, unknown>[]>`
      SELECT to_char("month", 'YYYY-MM-DD') AS month, "unitId", "officeId", channel::text AS channel, "questionnaireVersionId",
             ratings::int, scored::int, round(s::numeric, 6)::text AS s, round(s2::numeric, 6)::text AS s2,
             round(m::numeric, 6)::text AS m, round(m2::numeric, 6)::text AS m2
      FROM (${source}) x WHERE "unitId" = ANY(${unitIds}::text[]) ORDER BY 1, 2, 3, 4, 5`;
    const stored = await sums(Prisma.sql`
      SELECT "month", "unitId", "officeId", channel, "questionnaireVersionId", ratings, scored, "satisfiedShareSum" AS s,
             "satisfiedShareSquares" AS s2, "meanScoreSum" AS m, "meanScoreSquares" AS m2
      FROM "RatingScoreMonthlyRollup"`);
    const recomputed = await sums(Prisma.sql`
      SELECT date_trunc('month', "createdAt" + interval '7 hours')::date AS month, "unitId", coalesce("officeId", '') AS "officeId",
             channel, "questionnaireVersionId", count(*) AS ratings, count("satisfiedShare") AS scored,
             coalesce(sum("satisfiedShare"), 0) AS s, coalesce(sum("satisfiedShare" * "satisfiedShare"), 0) AS s2,
             coalesce(sum("meanScore"), 0) AS m, coalesce(sum("meanScore" * "meanScore"), 0) AS m2
      FROM "RatingScore" GROUP BY 1, 2, 3, 4, 5`);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored).toEqual(recomputed);
  }

  const SCOPES = (): [string, SipasScope][] => [
    ["three whole months", { from: at("2026-04-01T00:00:00"), to: at("2026-07-01T00:00:00"), unitIds }],
    ["cut mid-month and mid-day", { from: at("2026-04-25T13:00:00"), to: at("2026-07-10T08:30:00"), unitIds }],
    ["within one month", { from: at("2026-05-03T00:00:00"), to: at("2026-05-31T23:50:00"), unitIds }],
    [
      "one office",
      { from: at("2026-01-01T00:00:00"), to: at("2027-01-01T00:00:00"), unitIds, officeId: world.offices.justice.id },
    ],
    [
      "one questionnaire",
      { from: at("2026-05-01T00:00:00"), to: at("2026-08-01T00:00:00"), unitIds, questionnaireCode: "DICH-VU-19" },
    ],
    ["one unit", { from: at("2026-04-01T00:00:00"), to: at("2026-06-12T00:00:00"), unitIds: [world.otherWard.id] }],
  ];

  async function expectSameFigures() {
    expect(await tallyRows()).toEqual(await recomputedTallies());
    await expectScores();
    await expectMoments();
    for (const [name, scope] of SCOPES()) {
      const direct = (await loadSipasInputsFromAnswers(scope, "none")).get("");
      const rolled = await loadSipasInputs(scope);
      expect({ name, ...rounded(rolled) }).toEqual({ name, ...rounded(direct) });
      expect(sipasIndex(rolled.tallies, rolled.respondents.satisfiedShare, { minimumSample: 1 }).value).toBeCloseTo(
        sipasIndex(direct!.tallies, direct!.respondents.satisfiedShare, { minimumSample: 1 }).value ?? NaN,
        12,
      );
      expect({ name, byUnit: roundedMap(await loadSipasInputsByUnit(scope)) }).toEqual({
        name,
        byUnit: roundedMap(await loadSipasInputsFromAnswers(scope, "unit")),
      });
      const byOffice = await loadSipasInputsByOffice(scope);
      expect({ name, byOffice: roundedMap(byOffice) }).toEqual({
        name,
        byOffice: roundedMap(await loadSipasInputsFromAnswers(scope, "office")),
      });
      // The offices' groups (the ratings of no office under "") add up to the whole.
      expect({ name, ...rounded(mergeSipasInputs(byOffice.values())) }).toEqual({ name, ...rounded(direct) });
      const byMonth = await loadSipasInputsByMonth(scope);
      expect({ name, byMonth: roundedMap(byMonth) }).toEqual({
        name,
        byMonth: roundedMap(await loadSipasInputsFromAnswers(scope, "month")),
      });
      // The satisfaction panel takes the period as the sum of its months: the same inputs as reading it whole.
      expect({ name, ...rounded(mergeSipasInputs(byMonth.values())) }).toEqual({ name, ...rounded(direct) });
    }
  }

  it("after ratings through every channel, with months on both sides of a month's end", async () => {
    await rateMany(60);
    const [figures] = await db.$queryRaw<{ ratings: number; answers: number; months: number; portal: number }[]>`
      SELECT count(DISTINCT r.id)::int AS ratings, count(a.*)::int AS answers,
             count(DISTINCT date_trunc('month', r."createdAt" + interval '7 hours'))::int AS months,
             (count(DISTINCT r.id) FILTER (WHERE r.channel = 'NATIONAL_PORTAL'))::int AS portal
      FROM "Rating" r LEFT JOIN "RatingAnswer" a ON a."ratingId" = r.id WHERE r."unitId" = ANY(${unitIds}::text[])`;
    expect(figures!.ratings).toBeGreaterThan(40);
    expect(figures!.months).toBeGreaterThanOrEqual(3);
    expect(figures!.portal).toBeGreaterThan(0);
    expect((await tallyRows()).length).toBeGreaterThan(0);
    await expectSameFigures();
  }, 120_000);

  it("after an answer is corrected and a rating deleted", async () => {
    const [answer] = await db.ratingAnswer.findMany({ where: { rating: { unitId: world.ward.id } }, take: 1 });
    await db.ratingAnswer.update({
      where: { ratingId_criterionId: { ratingId: answer!.ratingId, criterionId: answer!.criterionId } },
      data: { score: answer!.score === 1 ? 5 : 1 },
    });
    const [victim] = await db.rating.findMany({
      where: { unitId: world.otherWard.id, answers: { some: {} } },
      take: 1,
    });
    await db.rating.delete({ where: { id: victim!.id } });
    await expectSameFigures();
  });

  it("rebuild (one unit, then all) leaves the same rows", async () => {
    const before = await tallyRows();
    await db.$executeRaw`UPDATE "RatingCriterionMonthlyRollup" SET score5 = score5 + 3 WHERE "unitId" = ${world.ward.id}`;
    await db.$executeRaw`DELETE FROM "RatingScore" WHERE "unitId" = ${world.ward.id}`;
    await db.$executeRaw`UPDATE "RatingScoreMonthlyRollup" SET ratings = ratings + 2 WHERE "unitId" = ${world.otherWard.id}`;
    expect(await tallyRows()).not.toEqual(before);
    await rebuildRollups(db, { unitId: world.ward.id });
    expect(await tallyRows()).toEqual(before);
    await rebuildRollups(db);
    expect(await tallyRows()).toEqual(before);
    await expectScores();
    await expectMoments();
  });
});
