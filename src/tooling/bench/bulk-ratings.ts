// Satisfaction ratings in bulk for the benchmark (docs/satisfaction.md, docs/performance.md): exactly R ratings on
// dossiers returned within [from, to), each with its answers to every criterion of the questionnaire its channel asks
// (QUESTIONNAIRE_FOR_CHANNEL; the standard questionnaires installed by the migration), in two SQL statements.
//
// The approach is the demo world's (src/tooling/demo-world/ratings.ts), sized by a count rather than by response
// rates: the dossiers are the first R of the eligible ones in the order of md5(id || seed), so the same seed and the
// same dossiers give the same ratings. Channel mix among ratings: counter tablet 40 % (stars only, no answers; desk
// intakes, else the receipt's QR code), receipt QR 20 %, notification link 10 %, tracking page 8 %, national portal
// 22 % (the 19-item form; online dossiers, else the QR code). Created at the return for the tablet (a few minutes
// after), up to three days after it for the others, never after `to`. Scores: a 4 or 5 with chance 0.88, ±0.06 by
// unit, −0.35 for a late dossier, a little by factor (F1 and F5 lower, F3 higher), lower after low stars: the
// national SIPAS 2024 order of magnitude (83.94 %), so per-criterion shares differ and the figures mean something.
import type { PrismaClient } from "@/generated/prisma/client";
import { QUESTIONNAIRE_FOR_CHANNEL } from "@/domain/satisfaction";

export interface BulkRatingOptions {
  ratings: number;
  /** Ratings on dossiers returned in [from, to) (UTC instants), created before `to`. */
  from: Date;
  to: Date;
  seed: number;
  /**
   * Rebuild the satisfaction rollups and refresh the rated dossiers' 766 signals in the load's transaction (default);
   * false when the caller rebuilds every rollup right after (npm run bench -- rollups).
   */
  rebuildRollups?: boolean;
}

export interface BulkRatingResult {
  ratings: number;
  answers: number;
  /** Dossiers returned in the period (the pool the ratings were drawn from). */
  eligible: number;
  byChannel: Record<string, number>;
  elapsedMs: number;
}

/** SQL for a deterministic number in [0, 1) from a text expression (the first 32 bits of its MD5). */
const u = (expr: string) => `(('x' || substr(md5(${expr}), 1, 8))::bit(32)::bigint / 4294967296.0)`;
/** SQL for a score on the 5-point scale: 4–5 with chance p (5 more often), else 3, 2 or 1; h1, h2 in [0, 1). */
const score = (p: string, h1: string, h2: string) =>
  `(CASE WHEN ${h1} < (${p}) THEN (CASE WHEN ${h2} < 0.55 THEN 5 ELSE 4 END)
         ELSE (CASE WHEN ${h2} < 0.55 THEN 3 WHEN ${h2} < 0.85 THEN 2 ELSE 1 END) END)`;

const CHANCE = (seed: string) => `greatest(0.3, least(0.98,
  0.88 - CASE WHEN d.timeliness = 'LATE' THEN 0.35 ELSE 0 END + 0.12 * (${u(`d."receivedUnitId" || ':${seed}'`)} - 0.5)))`;

export async function insertBulkRatings(db: PrismaClient, options: BulkRatingOptions): Promise<BulkRatingResult> {
  const started = performance.now();
  const seed = String(options.seed);
  const short = QUESTIONNAIRE_FOR_CHANNEL.RECEIPT_QR;
  const portal = QUESTIONNAIRE_FOR_CHANNEL.NATIONAL_PORTAL;
  return db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL jit = off");
      // The rollup triggers would score each rating and refresh its dossier one row at a time: off for the load,
      // then the satisfaction rollups rebuilt and the rated dossiers' 766 signals refreshed in this transaction.
      await tx.$executeRawUnsafe("SET LOCAL motcua.rollups = 'off'");
      const [pool] = await tx.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM "Dossier" WHERE status = 'RETURNED' AND "returnedAt" >= $1 AND "returnedAt" < $2`,
        options.from,
        options.to,
      );
      const eligible = pool?.n ?? 0;
      if (eligible < options.ratings)
        throw new Error(
          `only ${eligible} dossiers returned in the period for ${options.ratings} ratings: seed more dossiers`,
        );
      const ratings = await tx.$executeRawUnsafe(
        `
    WITH versions AS (
      SELECT q.code, v.id FROM "QuestionnaireVersion" v JOIN "Questionnaire" q ON q.id = v."questionnaireId"
      WHERE v.status = 'ACTIVE'
    ), counters AS (
      SELECT DISTINCT ON (o."unitId") o."unitId" AS unit_id, k.id
      FROM "Counter" k JOIN "Office" o ON o.id = k."officeId"
      WHERE o.kind = 'RECEPTION' AND k.active ORDER BY o."unitId", k.number
    ), picked AS (
      SELECT d.id, d.code, d.channel AS intake, d."receivedUnitId", d."handlingOfficeId", d."receivedById",
             d."returnedAt", ${CHANCE(seed)} AS chance, ${u(`d.id || ':ch:${seed}'`)} AS h
      FROM "Dossier" d
      WHERE d.status = 'RETURNED' AND d."returnedAt" >= $1 AND d."returnedAt" < $2
      ORDER BY md5(d.id || ':${seed}')
      LIMIT $3
    ), channelled AS (
      SELECT p.*,
             CASE WHEN p.h < 0.40 AND p.intake = 'DIRECT' THEN 'COUNTER_TABLET'
                  WHEN p.h < 0.60 THEN 'RECEIPT_QR'
                  WHEN p.h < 0.70 THEN 'NOTIFICATION_LINK'
                  WHEN p.h < 0.78 THEN 'TRACKING_PAGE'
                  WHEN p.intake = 'ONLINE' THEN 'NATIONAL_PORTAL'
                  ELSE 'RECEIPT_QR' END AS channel
      FROM picked p
    )
    INSERT INTO "Rating" ("id", "dossierId", "channel", "questionnaireVersionId", "unitId", "officeId", "officerId",
                          "counterId", "overallScore", "reasons", "comment", "createdAt")
    SELECT 'rb_' || md5(c.id || ':' || c.channel), c.id, c.channel::"RatingChannel",
           CASE WHEN c.channel = 'NATIONAL_PORTAL' THEN vp.id ELSE vs.id END,
           c."receivedUnitId", c."handlingOfficeId", c."receivedById",
           CASE WHEN c.channel = 'COUNTER_TABLET' THEN k.id END,
           CASE WHEN c.channel <> 'NATIONAL_PORTAL'
                THEN ${score("c.chance", u(`c.id || ':o1'`), u(`c.id || ':o2'`))} END,
           ARRAY[]::text[], NULL,
           least($2::timestamp(3) - interval '1 second',
                 c."returnedAt" + CASE WHEN c.channel = 'COUNTER_TABLET'
                                       THEN (2 + 6 * ${u(`c.id || ':t'`)}) * interval '1 minute'
                                       ELSE (0.05 + 3 * ${u(`c.id || ':t'`)}) * interval '1 day' END)
    FROM channelled c
    CROSS JOIN (SELECT id FROM versions WHERE code = '${short}') vs
    CROSS JOIN (SELECT id FROM versions WHERE code = '${portal}') vp
    LEFT JOIN counters k ON k.unit_id = c."receivedUnitId"`,
        options.from,
        options.to,
        options.ratings,
      );
      // Answers to every criterion of the version (the counter tablet answers stars only).
      const answers = await tx.$executeRawUnsafe(`
    INSERT INTO "RatingAnswer" ("ratingId", "criterionId", "score")
    SELECT r.id, c.id,
           ${score(
             `${CHANCE(seed)} + CASE f.code WHEN 'F1' THEN -0.05 WHEN 'F5' THEN -0.06 WHEN 'F3' THEN 0.02 ELSE 0 END
               + CASE WHEN r."overallScore" IS NULL THEN 0 WHEN r."overallScore" >= 4 THEN 0.03 ELSE -0.25 END`,
             u(`r.id || ':' || c.code || ':1'`),
             u(`r.id || ':' || c.code || ':2'`),
           )}
    FROM "Rating" r
    JOIN "Dossier" d ON d.id = r."dossierId"
    JOIN "QuestionnaireCriterion" c ON c."versionId" = r."questionnaireVersionId"
    JOIN "QuestionnaireFactor" f ON f.id = c."factorId"
    WHERE r.channel <> 'COUNTER_TABLET' AND r.id LIKE 'rb\\_%'`);
      if (options.rebuildRollups !== false) {
        await tx.$executeRawUnsafe("SET LOCAL motcua.rollups = 'on'");
        // Statistics of the tables just filled, so the per-dossier refresh below looks rows up by index.
        await tx.$executeRawUnsafe(`ANALYZE "Rating", "RatingAnswer", "PortalSyncMessage", "DossierRollupSignal"`);
        await tx.$queryRawUnsafe(`SELECT motcua_rebuild_satisfaction_rollups()`);
        await tx.$executeRawUnsafe(
          `DO $$ BEGIN PERFORM motcua_refresh_rollup_signal(x.id) FROM (SELECT DISTINCT "dossierId" AS id FROM "Rating" WHERE id LIKE 'rb\\_%' ORDER BY 1) x; END $$`,
        );
      }
      const channels = await tx.$queryRawUnsafe<{ channel: string; n: number }[]>(
        `SELECT channel::text AS channel, count(*)::int AS n FROM "Rating" GROUP BY 1 ORDER BY 2 DESC`,
      );
      return {
        ratings,
        answers,
        eligible,
        byChannel: Object.fromEntries(channels.map((row) => [row.channel, row.n])),
        elapsedMs: performance.now() - started,
      };
    },
    { timeout: 60 * 60_000, maxWait: 60_000 },
  );
}

/** What an earlier run left (the bench's ratings, ids 'rb_…'), in the same shape, for re-measuring a kept database. */
export async function existingBulkRatings(
  db: PrismaClient,
  period: { from: Date; to: Date },
): Promise<BulkRatingResult> {
  const [row] = await db.$queryRawUnsafe<{ ratings: number; answers: number; eligible: number }[]>(
    `SELECT (SELECT count(*)::int FROM "Rating" WHERE id LIKE 'rb\\_%') AS ratings,
            (SELECT count(*)::int FROM "RatingAnswer" WHERE "ratingId" LIKE 'rb\\_%') AS answers,
            (SELECT count(*)::int FROM "Dossier" WHERE status = 'RETURNED' AND "returnedAt" >= $1 AND "returnedAt" < $2) AS eligible`,
    period.from,
    period.to,
  );
  const channels = await db.$queryRawUnsafe<{ channel: string; n: number }[]>(
    `SELECT channel::text AS channel, count(*)::int AS n FROM "Rating" GROUP BY 1 ORDER BY 2 DESC`,
  );
  return {
    ratings: row?.ratings ?? 0,
    answers: row?.answers ?? 0,
    eligible: row?.eligible ?? 0,
    byChannel: Object.fromEntries(channels.map((c) => [c.channel, c.n])),
    elapsedMs: 0,
  };
}
