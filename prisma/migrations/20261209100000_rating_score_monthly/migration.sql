-- The ratings' own scores summed per month (issue 13; docs/satisfaction.md "At scale"): the 95% interval of SIPAS
-- needs n, Σ and Σ² of each rating's score, which were read from "RatingScore", one row per rating (≈ 160–190 ms of the
-- leadership page at 300,000 ratings a year). "RatingScoreMonthlyRollup" keeps those sums per Vietnamese calendar
-- month, unit, office ("" for none), channel and questionnaire version, so whole months are a few rows.
-- Kept from "RatingScore" itself, whoever writes it (the rating triggers, motcua_rebuild_satisfaction_rollups): rows
-- added, changed and removed are added and subtracted in the same statement's transaction; a TRUNCATE of
-- "RatingScore" (the full rebuild) empties it, and the rebuild's inserts fill it again.

CREATE TABLE "RatingScoreMonthlyRollup" (
    "month" DATE NOT NULL,
    "unitId" TEXT NOT NULL,
    "officeId" TEXT NOT NULL DEFAULT '',
    "channel" "RatingChannel" NOT NULL,
    "questionnaireVersionId" TEXT NOT NULL,
    "ratings" INTEGER NOT NULL DEFAULT 0,
    "scored" INTEGER NOT NULL DEFAULT 0,
    "satisfiedShareSum" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "satisfiedShareSquares" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "meanScoreSum" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "meanScoreSquares" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "RatingScoreMonthlyRollup_pkey" PRIMARY KEY ("unitId","month","officeId","channel","questionnaireVersionId")
);

CREATE INDEX "RatingScoreMonthlyRollup_month_idx" ON "RatingScoreMonthlyRollup"("month");

-- Not switched off by motcua.rollups: "RatingScore" is itself a rollup, written only by the rating triggers and the
-- rebuild, so its sums follow it whatever wrote it. One upsert per statement: the rows added (+1) and removed (−1)
-- summed per key (ordered, so two writers lock keys in the same order); the transition tables exist only for the
-- operations that have them, hence the statement built per operation.
CREATE FUNCTION motcua_rating_scores_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, n.* FROM new_scores n'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, o.* FROM old_scores o'
    ELSE 'SELECT 1 AS sign, n.* FROM new_scores n UNION ALL SELECT -1, o.* FROM old_scores o'
  END;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    TRUNCATE "RatingScoreMonthlyRollup";
    RETURN NULL;
  END IF;
  EXECUTE format($sql$
    INSERT INTO "RatingScoreMonthlyRollup" AS t ("month", "unitId", "officeId", "channel", "questionnaireVersionId", "ratings", "scored",
      "satisfiedShareSum", "satisfiedShareSquares", "meanScoreSum", "meanScoreSquares")
    SELECT date_trunc('month', s."createdAt" + interval '7 hours')::date, s."unitId", coalesce(s."officeId", ''), s.channel, s."questionnaireVersionId",
           sum(s.sign), coalesce(sum(s.sign) FILTER (WHERE s."satisfiedShare" IS NOT NULL), 0),
           coalesce(sum(s.sign * s."satisfiedShare"), 0), coalesce(sum(s.sign * s."satisfiedShare" * s."satisfiedShare"), 0),
           coalesce(sum(s.sign * s."meanScore"), 0), coalesce(sum(s.sign * s."meanScore" * s."meanScore"), 0)
    FROM (%s) s
    GROUP BY 1, 2, 3, 4, 5
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("unitId", "month", "officeId", "channel", "questionnaireVersionId") DO UPDATE SET
      "ratings" = t."ratings" + EXCLUDED."ratings", "scored" = t."scored" + EXCLUDED."scored",
      "satisfiedShareSum" = t."satisfiedShareSum" + EXCLUDED."satisfiedShareSum",
      "satisfiedShareSquares" = t."satisfiedShareSquares" + EXCLUDED."satisfiedShareSquares",
      "meanScoreSum" = t."meanScoreSum" + EXCLUDED."meanScoreSum",
      "meanScoreSquares" = t."meanScoreSquares" + EXCLUDED."meanScoreSquares"$sql$, changed);
  -- A key whose last rating moved away holds nothing but the float residue of Σ − Σ: dropped.
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM "RatingScoreMonthlyRollup" t
    USING (SELECT DISTINCT date_trunc('month', o."createdAt" + interval '7 hours')::date AS month, o."unitId", coalesce(o."officeId", '') AS "officeId",
                  o.channel, o."questionnaireVersionId" FROM old_scores o) k
    WHERE t."ratings" = 0 AND t."month" = k.month AND t."unitId" = k."unitId" AND t."officeId" = k."officeId"
      AND t.channel = k.channel AND t."questionnaireVersionId" = k."questionnaireVersionId";
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "RatingScore_monthly_insert" AFTER INSERT ON "RatingScore"
  REFERENCING NEW TABLE AS new_scores FOR EACH STATEMENT EXECUTE FUNCTION motcua_rating_scores_rollup();
CREATE TRIGGER "RatingScore_monthly_update" AFTER UPDATE ON "RatingScore"
  REFERENCING OLD TABLE AS old_scores NEW TABLE AS new_scores FOR EACH STATEMENT EXECUTE FUNCTION motcua_rating_scores_rollup();
CREATE TRIGGER "RatingScore_monthly_delete" AFTER DELETE ON "RatingScore"
  REFERENCING OLD TABLE AS old_scores FOR EACH STATEMENT EXECUTE FUNCTION motcua_rating_scores_rollup();
CREATE TRIGGER "RatingScore_monthly_truncate" AFTER TRUNCATE ON "RatingScore"
  FOR EACH STATEMENT EXECUTE FUNCTION motcua_rating_scores_rollup();

-- Existing scores.
INSERT INTO "RatingScoreMonthlyRollup" ("month", "unitId", "officeId", "channel", "questionnaireVersionId", "ratings", "scored",
  "satisfiedShareSum", "satisfiedShareSquares", "meanScoreSum", "meanScoreSquares")
SELECT date_trunc('month', s."createdAt" + interval '7 hours')::date, s."unitId", coalesce(s."officeId", ''), s.channel, s."questionnaireVersionId",
       count(*), count(s."satisfiedShare"), coalesce(sum(s."satisfiedShare"), 0), coalesce(sum(s."satisfiedShare" * s."satisfiedShare"), 0),
       coalesce(sum(s."meanScore"), 0), coalesce(sum(s."meanScore" * s."meanScore"), 0)
FROM "RatingScore" s
GROUP BY 1, 2, 3, 4, 5;
