-- Satisfaction rollups (issue 13; docs/satisfaction.md "At scale"): SIPAS for every unit for a year read ~1.5 million
-- answers and grouped them by rating and factor (≈ 9 s at 300,000 ratings). Now:
-- * "RatingCriterionMonthlyRollup": answers by score per Vietnamese month, unit, office, channel, version, criterion;
-- * "RatingScore": each rating's own scores (respondentScore), computed once when its answers are recorded.
-- Both kept in the transaction of the change by triggers on "Rating" and "RatingAnswer" (recordRating writes the
-- rating, then its answers in one statement); a bulk load may SET LOCAL motcua.rollups = 'off' and rebuild after
-- (motcua_rebuild_satisfaction_rollups, called by `npm run rollups -- rebuild`).

CREATE TABLE "RatingCriterionMonthlyRollup" (
    "month" DATE NOT NULL,
    "unitId" TEXT NOT NULL,
    "officeId" TEXT NOT NULL DEFAULT '',
    "channel" "RatingChannel" NOT NULL,
    "questionnaireVersionId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "score1" INTEGER NOT NULL DEFAULT 0,
    "score2" INTEGER NOT NULL DEFAULT 0,
    "score3" INTEGER NOT NULL DEFAULT 0,
    "score4" INTEGER NOT NULL DEFAULT 0,
    "score5" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RatingCriterionMonthlyRollup_pkey" PRIMARY KEY ("unitId","month","officeId","channel","questionnaireVersionId","criterionId")
);

CREATE TABLE "RatingScore" (
    "ratingId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "unitId" TEXT NOT NULL,
    "officeId" TEXT,
    "officerId" TEXT,
    "channel" "RatingChannel" NOT NULL,
    "questionnaireVersionId" TEXT NOT NULL,
    "satisfiedShare" DOUBLE PRECISION,
    "meanScore" DOUBLE PRECISION,

    CONSTRAINT "RatingScore_pkey" PRIMARY KEY ("ratingId")
);

CREATE INDEX "RatingCriterionMonthlyRollup_month_idx" ON "RatingCriterionMonthlyRollup"("month");

CREATE INDEX "RatingScore_unitId_createdAt_idx" ON "RatingScore"("unitId", "createdAt");

CREATE INDEX "RatingScore_createdAt_idx" ON "RatingScore"("createdAt");

-- Adds sign × the answers (rating id, criterion id, score) under their rating's keys (r: the rating's row as given).
CREATE FUNCTION motcua_add_rating_tallies(sign int, r "Rating", answers jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "RatingCriterionMonthlyRollup" AS t ("month", "unitId", "officeId", "channel", "questionnaireVersionId", "criterionId", "score1", "score2", "score3", "score4", "score5")
  SELECT date_trunc('month', r."createdAt" + interval '7 hours')::date, r."unitId", coalesce(r."officeId", ''), r.channel, r."questionnaireVersionId", a."criterionId",
         sign * count(*) FILTER (WHERE a.score = 1), sign * count(*) FILTER (WHERE a.score = 2), sign * count(*) FILTER (WHERE a.score = 3),
         sign * count(*) FILTER (WHERE a.score = 4), sign * count(*) FILTER (WHERE a.score = 5)
  FROM jsonb_to_recordset(answers) AS a("criterionId" text, score int)
  GROUP BY 1, 2, 3, 4, 5, 6
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ("unitId", "month", "officeId", "channel", "questionnaireVersionId", "criterionId") DO UPDATE SET
    "score1" = t."score1" + EXCLUDED."score1", "score2" = t."score2" + EXCLUDED."score2", "score3" = t."score3" + EXCLUDED."score3",
    "score4" = t."score4" + EXCLUDED."score4", "score5" = t."score5" + EXCLUDED."score5"
$$;

-- A rating's own scores from its answers as they are now (the formula of loadSipasInputs: per factor the share of
-- 4–5 and the mean score, then the mean over the factors answered); the row is written with the rating's keys.
CREATE FUNCTION motcua_refresh_rating_scores(rating_ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "RatingScore" ("ratingId", "createdAt", "unitId", "officeId", "officerId", "channel", "questionnaireVersionId", "satisfiedShare", "meanScore")
  SELECT r.id, r."createdAt", r."unitId", r."officeId", r."officerId", r.channel, r."questionnaireVersionId", s.share, s.mean
  FROM "Rating" r
  LEFT JOIN (
    SELECT "ratingId", avg(share) AS share, avg(mean) AS mean
    FROM (
      SELECT a."ratingId", f.code, avg(CASE WHEN a.score >= 4 THEN 1.0 ELSE 0.0 END)::float8 AS share, avg(a.score)::float8 AS mean
      FROM "RatingAnswer" a
      JOIN "QuestionnaireCriterion" c ON c.id = a."criterionId"
      JOIN "QuestionnaireFactor" f ON f.id = c."factorId"
      WHERE a."ratingId" = ANY(rating_ids)
      GROUP BY 1, 2
    ) per_factor
    GROUP BY 1
  ) s ON s."ratingId" = r.id
  WHERE r.id = ANY(rating_ids)
  ORDER BY r.id
  ON CONFLICT ("ratingId") DO UPDATE SET "createdAt" = EXCLUDED."createdAt", "unitId" = EXCLUDED."unitId", "officeId" = EXCLUDED."officeId",
    "officerId" = EXCLUDED."officerId", "channel" = EXCLUDED."channel", "questionnaireVersionId" = EXCLUDED."questionnaireVersionId",
    "satisfiedShare" = EXCLUDED."satisfiedShare", "meanScore" = EXCLUDED."meanScore"
$$;

-- RatingAnswer: the statement's answers added (new) and subtracted (old) under their rating's keys, then the scores
-- of the ratings touched. Answers of a rating being deleted are subtracted by the rating's own trigger (its row is
-- gone when the cascade runs, so the join below finds nothing and nothing is subtracted twice).
CREATE FUNCTION motcua_rating_answers_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched text[];
BEGIN
  IF current_setting('motcua.rollups', true) = 'off' THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM motcua_add_rating_tallies(-1, r, x.answers)
    FROM (SELECT o."ratingId", jsonb_agg(jsonb_build_object('criterionId', o."criterionId", 'score', o.score)) AS answers FROM old_answers o GROUP BY 1 ORDER BY 1) x
    JOIN "Rating" r ON r.id = x."ratingId";
    SELECT array_agg(DISTINCT "ratingId") INTO touched FROM old_answers;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM motcua_add_rating_tallies(1, r, x.answers)
    FROM (SELECT n."ratingId", jsonb_agg(jsonb_build_object('criterionId', n."criterionId", 'score', n.score)) AS answers FROM new_answers n GROUP BY 1 ORDER BY 1) x
    JOIN "Rating" r ON r.id = x."ratingId";
    SELECT array_agg(DISTINCT id) INTO touched FROM (SELECT unnest(touched) AS id UNION SELECT "ratingId" FROM new_answers) ids;
  END IF;
  PERFORM motcua_refresh_rating_scores(array(SELECT r.id FROM "Rating" r WHERE r.id = ANY(touched)));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "RatingAnswer_satisfaction_rollup_insert" AFTER INSERT ON "RatingAnswer"
  REFERENCING NEW TABLE AS new_answers FOR EACH STATEMENT EXECUTE FUNCTION motcua_rating_answers_rollup();
CREATE TRIGGER "RatingAnswer_satisfaction_rollup_update" AFTER UPDATE ON "RatingAnswer"
  REFERENCING OLD TABLE AS old_answers NEW TABLE AS new_answers FOR EACH STATEMENT EXECUTE FUNCTION motcua_rating_answers_rollup();
CREATE TRIGGER "RatingAnswer_satisfaction_rollup_delete" AFTER DELETE ON "RatingAnswer"
  REFERENCING OLD TABLE AS old_answers FOR EACH STATEMENT EXECUTE FUNCTION motcua_rating_answers_rollup();

-- Rating: its score row on insert; on a change of its keys its answers move; before it is deleted its answers are
-- subtracted and its score row removed.
CREATE FUNCTION motcua_rating_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('motcua.rollups', true) = 'off' THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NULL END;
  END IF;
  IF TG_OP = 'DELETE' THEN
    PERFORM motcua_add_rating_tallies(-1, OLD, (SELECT jsonb_agg(jsonb_build_object('criterionId', a."criterionId", 'score', a.score)) FROM "RatingAnswer" a WHERE a."ratingId" = OLD.id))
    WHERE EXISTS (SELECT 1 FROM "RatingAnswer" a WHERE a."ratingId" = OLD.id);
    DELETE FROM "RatingScore" WHERE "ratingId" = OLD.id;
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' AND (OLD."createdAt", OLD."unitId", OLD."officeId", OLD.channel, OLD."questionnaireVersionId", OLD.id)
      IS DISTINCT FROM (NEW."createdAt", NEW."unitId", NEW."officeId", NEW.channel, NEW."questionnaireVersionId", NEW.id) THEN
    PERFORM motcua_add_rating_tallies(-1, OLD, x.answers), motcua_add_rating_tallies(1, NEW, x.answers)
    FROM (SELECT jsonb_agg(jsonb_build_object('criterionId', a."criterionId", 'score', a.score)) AS answers FROM "RatingAnswer" a WHERE a."ratingId" = NEW.id) x
    WHERE x.answers IS NOT NULL;
    DELETE FROM "RatingScore" WHERE "ratingId" = OLD.id AND OLD.id <> NEW.id;
  END IF;
  PERFORM motcua_refresh_rating_scores(ARRAY[NEW.id]);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Rating_satisfaction_rollup" AFTER INSERT OR UPDATE ON "Rating"
  FOR EACH ROW EXECUTE FUNCTION motcua_rating_rollup();
CREATE TRIGGER "Rating_satisfaction_rollup_delete" BEFORE DELETE ON "Rating"
  FOR EACH ROW EXECUTE FUNCTION motcua_rating_rollup();

-- Recomputes both from "Rating" and "RatingAnswer": all, or one unit's ratings. Writers wait (SHARE locks).
CREATE FUNCTION motcua_rebuild_satisfaction_rollups(unit_id text DEFAULT NULL) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  written bigint;
BEGIN
  LOCK TABLE "Rating", "RatingAnswer" IN SHARE MODE;
  IF unit_id IS NULL THEN
    TRUNCATE "RatingCriterionMonthlyRollup", "RatingScore";
  ELSE
    DELETE FROM "RatingCriterionMonthlyRollup" WHERE "unitId" = unit_id;
    DELETE FROM "RatingScore" WHERE "unitId" = unit_id OR "ratingId" IN (SELECT id FROM "Rating" WHERE "unitId" = unit_id);
  END IF;
  INSERT INTO "RatingCriterionMonthlyRollup" ("month", "unitId", "officeId", "channel", "questionnaireVersionId", "criterionId", "score1", "score2", "score3", "score4", "score5")
  SELECT date_trunc('month', r."createdAt" + interval '7 hours')::date, r."unitId", coalesce(r."officeId", ''), r.channel, r."questionnaireVersionId", a."criterionId",
         count(*) FILTER (WHERE a.score = 1), count(*) FILTER (WHERE a.score = 2), count(*) FILTER (WHERE a.score = 3),
         count(*) FILTER (WHERE a.score = 4), count(*) FILTER (WHERE a.score = 5)
  FROM "Rating" r JOIN "RatingAnswer" a ON a."ratingId" = r.id
  WHERE unit_id IS NULL OR r."unitId" = unit_id
  GROUP BY 1, 2, 3, 4, 5, 6;
  GET DIAGNOSTICS written = ROW_COUNT;
  INSERT INTO "RatingScore" ("ratingId", "createdAt", "unitId", "officeId", "officerId", "channel", "questionnaireVersionId", "satisfiedShare", "meanScore")
  SELECT r.id, r."createdAt", r."unitId", r."officeId", r."officerId", r.channel, r."questionnaireVersionId", s.share, s.mean
  FROM "Rating" r
  LEFT JOIN (
    SELECT "ratingId", avg(share) AS share, avg(mean) AS mean
    FROM (
      SELECT a."ratingId", f.code, avg(CASE WHEN a.score >= 4 THEN 1.0 ELSE 0.0 END)::float8 AS share, avg(a.score)::float8 AS mean
      FROM "RatingAnswer" a
      JOIN "QuestionnaireCriterion" c ON c.id = a."criterionId"
      JOIN "QuestionnaireFactor" f ON f.id = c."factorId"
      GROUP BY 1, 2
    ) per_factor
    GROUP BY 1
  ) s ON s."ratingId" = r.id
  WHERE unit_id IS NULL OR r."unitId" = unit_id;
  RETURN written;
END;
$$;

-- Existing ratings.
SELECT motcua_rebuild_satisfaction_rollups();
