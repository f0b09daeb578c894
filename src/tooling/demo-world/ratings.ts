// The demo world's satisfaction ratings (docs/satisfaction.md), written in bulk by SQL after the dossiers: which
// dossiers are rated, through which channel and how, follows from a hash of the dossier's code and the seed, so the
// same seed gives the same ratings and nothing else in the world moves.
//
// Response rates: the counter tablet rates a quarter of the dossiers received at the desk (stars only, a reason at 3
// or fewer); of the returned dossiers, 10 % through the receipt's QR code, 4 % the notification link, 3 % the
// tracking page (the short form: stars and 4 criteria); 8 % of the returned online dossiers through the national
// portal (the 19-item form). Scores: the chance of a 4 or 5 starts at 0.88, falls with the unit's share of late
// dossiers (× 2.5) and by 0.35 for a late dossier, moves ±0.06 by unit and a little by factor (equipment and feedback
// handling lower, the civil servant higher), which lands near the national SIPAS of 2024 (83.94 %) with late-prone
// units lower. A sixth of the ratings carry a comment, in the tone of their scores.
import { STANDARD_QUESTIONNAIRES, standardCriterionId, standardFactorId } from "@/domain/satisfaction/questionnaires";
import type { PrismaClient } from "@/generated/prisma/client";

const SHORT_VERSION = "qv-counter-short-1";
const SERVICE_VERSION = "qv-service-19-1";

/**
 * The standard questionnaires (the rows the migration installs), for a database emptied by `seed --force`; rows
 * already there are kept.
 */
export async function ensureStandardQuestionnaires(db: PrismaClient): Promise<void> {
  for (const standard of STANDARD_QUESTIONNAIRES) {
    const v = standard.version;
    await db.questionnaire.createMany({
      data: [
        {
          id: standard.id,
          code: standard.code,
          name: standard.name,
          kind: standard.kind,
          description: standard.description,
        },
      ],
      skipDuplicates: true,
    });
    await db.questionnaireVersion.createMany({
      data: [
        {
          id: v.id,
          questionnaireId: standard.id,
          version: 1,
          status: "ACTIVE",
          effectiveFrom: new Date(`${v.effectiveFrom}T00:00:00Z`),
          basis: v.basis,
          asksOverall: v.asksOverall,
          reasons: v.reasons,
        },
      ],
      skipDuplicates: true,
    });
    await db.questionnaireFactor.createMany({
      data: v.factors.map((f, i) => ({
        id: standardFactorId(v.id, f.code),
        versionId: v.id,
        code: f.code,
        name: f.name,
        order: i + 1,
      })),
      skipDuplicates: true,
    });
    let order = 0;
    await db.questionnaireCriterion.createMany({
      data: v.factors.flatMap((f) =>
        f.criteria.map((c) => ({
          id: standardCriterionId(v.id, c.code),
          versionId: v.id,
          factorId: standardFactorId(v.id, f.code),
          code: c.code,
          text: c.text,
          order: ++order,
        })),
      ),
      skipDuplicates: true,
    });
  }
}

const POSITIVE = [
  "Cán bộ hướng dẫn tận tình, chu đáo.",
  "Thủ tục nhanh gọn, trả kết quả đúng hẹn.",
  "Nơi làm thủ tục sạch sẽ, có đủ chỗ ngồi.",
  "Cảm ơn Bộ phận Một cửa.",
];
const NEGATIVE = [
  "Phải chờ khá lâu mới đến lượt.",
  "Phải đi lại hai lần mới đủ giấy tờ.",
  "Trả kết quả chậm so với giấy hẹn.",
  "Đề nghị có thêm hướng dẫn trên trang thông tin điện tử.",
];

/** SQL for a deterministic number in [0, 1) from a text expression (the first 32 bits of its MD5). */
const u = (expr: string) => `(('x' || substr(md5(${expr}), 1, 8))::bit(32)::bigint / 4294967296.0)`;
/** SQL for a score on the 5-point scale: 4–5 with chance p (5 more often), else 3, 2 or 1; h1, h2 in [0, 1). */
const score = (p: string, h1: string, h2: string) =>
  `(CASE WHEN ${h1} < (${p}) THEN (CASE WHEN ${h2} < 0.55 THEN 5 ELSE 4 END)
         ELSE (CASE WHEN ${h2} < 0.55 THEN 3 WHEN ${h2} < 0.85 THEN 2 ELSE 1 END) END)`;

const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;
const sqlArray = (list: readonly string[]) => `ARRAY[${list.map(sqlText).join(", ")}]::text[]`;

/** Inserts the ratings and their answers; returns the rows written per table. */
export async function seedRatings(
  db: PrismaClient,
  options: { seed: number; until: Date },
): Promise<{ ratings: number; answers: number }> {
  await ensureStandardQuestionnaires(db);
  const reasons = STANDARD_QUESTIONNAIRES.find((q) => q.version.id === SHORT_VERSION)!.version.reasons;
  const seed = String(options.seed);
  // One transaction: the ratings and their answers go in together.
  return db.$transaction(
    async (tx) => {
      // Compiling these two statements (JIT, above its cost threshold) takes longer than running them.
      await tx.$executeRawUnsafe("SET LOCAL jit = off");
      const chance = `greatest(0.3, least(0.98,
      0.88 - 2.5 * coalesce(ul.late, 0) - CASE WHEN d.timeliness = 'LATE' THEN 0.35 ELSE 0 END
      + 0.12 * (${u(`u.code || ':${seed}'`)} - 0.5)))`;
      const ratings = await tx.$executeRawUnsafe(
        `
    WITH unit_late AS (
      SELECT "receivedUnitId" AS unit_id, avg(CASE WHEN timeliness = 'LATE' THEN 1.0 ELSE 0.0 END)::float8 AS late
      FROM "Dossier" WHERE timeliness IS NOT NULL GROUP BY 1
    ), channels(channel, rate, version_id) AS (
      VALUES ('COUNTER_TABLET'::"RatingChannel", 0.25, '${SHORT_VERSION}'),
             ('RECEIPT_QR'::"RatingChannel", 0.10, '${SHORT_VERSION}'),
             ('NOTIFICATION_LINK'::"RatingChannel", 0.04, '${SHORT_VERSION}'),
             ('TRACKING_PAGE'::"RatingChannel", 0.03, '${SHORT_VERSION}'),
             ('NATIONAL_PORTAL'::"RatingChannel", 0.08, '${SERVICE_VERSION}')
    ), picked AS (
      SELECT d.id, d.code, d."receivedUnitId", d."handlingOfficeId", d."receivedById", d."receivedAt", d."returnedAt",
             c.channel, c.version_id, ${chance} AS chance
      FROM "Dossier" d
      JOIN "AdministrativeUnit" u ON u.id = d."receivedUnitId"
      LEFT JOIN unit_late ul ON ul.unit_id = d."receivedUnitId"
      CROSS JOIN channels c
      WHERE ${u(`d.code || ':' || c.channel || ':${seed}'`)} < c.rate
        AND CASE c.channel
              WHEN 'COUNTER_TABLET' THEN d.channel = 'DIRECT' AND d."receivedAt" IS NOT NULL AND d."receivedById" IS NOT NULL
              WHEN 'NATIONAL_PORTAL' THEN d.channel = 'ONLINE' AND d.status = 'RETURNED' AND d."returnedAt" IS NOT NULL
              ELSE d.status = 'RETURNED' AND d."returnedAt" IS NOT NULL
            END
    )
    INSERT INTO "Rating" ("id", "dossierId", "channel", "questionnaireVersionId", "unitId", "officeId", "officerId",
                          "counterId", "overallScore", "reasons", "comment", "createdAt")
    SELECT 'rt_' || md5(p.code || ':' || p.channel), p.id, p.channel, p.version_id, p."receivedUnitId", p."handlingOfficeId",
           CASE WHEN p.channel = 'COUNTER_TABLET' THEN p."receivedById"
                ELSE coalesce((SELECT e."actorId" FROM "DossierEvent" e WHERE e."dossierId" = p.id AND e.type = 'return_result'
                               ORDER BY e.at DESC LIMIT 1), p."receivedById") END,
           CASE WHEN p.channel = 'COUNTER_TABLET' THEN
             (SELECT k.id FROM "Counter" k JOIN "Office" o ON o.id = k."officeId"
              WHERE o."unitId" = p."receivedUnitId" AND o.kind = 'RECEPTION' AND k.active ORDER BY k.number LIMIT 1)
           END,
           s.overall,
           CASE WHEN s.overall IS NOT NULL AND s.overall <= 3
                THEN ARRAY[(${sqlArray(reasons)})[1 + floor(${u(`p.code || ':reason'`)} * ${reasons.length})::int]]
                ELSE ARRAY[]::text[] END,
           CASE WHEN ${u(`p.code || ':' || p.channel || ':comment'`)} < 1.0 / 6 THEN
             CASE WHEN coalesce(s.overall, 4) >= 4
                  THEN (${sqlArray(POSITIVE)})[1 + floor(${u(`p.code || ':c'`)} * ${POSITIVE.length})::int]
                  ELSE (${sqlArray(NEGATIVE)})[1 + floor(${u(`p.code || ':c'`)} * ${NEGATIVE.length})::int] END
           END,
           CASE WHEN p.channel = 'COUNTER_TABLET'
                THEN p."receivedAt" + (2 + 6 * ${u(`p.code || ':t'`)}) * interval '1 minute'
                ELSE least(p."returnedAt" + (0.05 + 3 * ${u(`p.code || ':' || p.channel || ':t'`)}) * interval '1 day',
                           greatest(p."returnedAt", $1::timestamp)) END
    FROM picked p
    CROSS JOIN LATERAL (
      SELECT CASE WHEN p.version_id = '${SHORT_VERSION}'
                  THEN ${score(`p.chance`, `${u(`p.code || ':' || p.channel || ':o1'`)}`, `${u(`p.code || ':' || p.channel || ':o2'`)}`)} END AS overall
    ) s
    ON CONFLICT ("dossierId", "channel") DO NOTHING`,
        options.until,
      );
      // Answers to every criterion of the version (the counter tablet answers stars only).
      const answers = await tx.$executeRawUnsafe(`
    WITH unit_late AS (
      SELECT "receivedUnitId" AS unit_id, avg(CASE WHEN timeliness = 'LATE' THEN 1.0 ELSE 0.0 END)::float8 AS late
      FROM "Dossier" WHERE timeliness IS NOT NULL GROUP BY 1
    )
    INSERT INTO "RatingAnswer" ("ratingId", "criterionId", "score")
    SELECT r.id, c.id,
           ${score(
             `${chance} + CASE f.code WHEN 'F1' THEN -0.05 WHEN 'F5' THEN -0.06 WHEN 'F3' THEN 0.02 ELSE 0 END
               + CASE WHEN r."overallScore" IS NULL THEN 0 WHEN r."overallScore" >= 4 THEN 0.03 ELSE -0.25 END`,
             `${u(`r.id || ':' || c.code || ':1'`)}`,
             `${u(`r.id || ':' || c.code || ':2'`)}`,
           )}
    FROM "Rating" r
    JOIN "Dossier" d ON d.id = r."dossierId"
    JOIN "AdministrativeUnit" u ON u.id = d."receivedUnitId"
    LEFT JOIN unit_late ul ON ul.unit_id = d."receivedUnitId"
    JOIN "QuestionnaireCriterion" c ON c."versionId" = r."questionnaireVersionId"
    JOIN "QuestionnaireFactor" f ON f.id = c."factorId"
    WHERE r.channel <> 'COUNTER_TABLET' AND r.id LIKE 'rt\\_%'
    ON CONFLICT DO NOTHING`);
      return { ratings, answers };
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
}
