-- Decision 766 indicators 1.4 (received and synced to the national portal) and 5.4 (finished with a result and a
-- complaint or a dislike) as rollup counters, and the procedures used per month (issue 13; docs/rollups.md), so the
-- scorecard reads rollups only.
--
-- Both facts live outside "Dossier" (PortalSyncMessage, Feedback, Rating, RatingAnswer), so they are not part of
-- motcua_rollup_contributions (a pure function of the dossier row). "DossierRollupSignal" records, per dossier, what
-- the rollups count for it (the day and keys); motcua_refresh_rollup_signal(dossier) computes the truth from the
-- source tables and the dossier row, applies (truth − recorded) to both rollup tables and records the truth. It is
-- idempotent, so the order in which the triggers of one transaction call it does not matter: the Dossier trigger
-- calls it after its own work, and each source table's trigger for the dossiers its statement touched.

ALTER TABLE "DossierDailyRollup" ADD COLUMN "synced" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "resolvedComplaintOrDislike" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "DossierMonthlyRollup" ADD COLUMN "synced" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "resolvedComplaintOrDislike" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "DossierRollupSignal" (
    "dossierId" TEXT NOT NULL,
    "syncedDay" DATE,
    "complaintDay" DATE,
    "decidingUnitId" TEXT NOT NULL,
    "receivedUnitId" TEXT NOT NULL,
    "handlingOfficeId" TEXT NOT NULL DEFAULT '',
    "procedureId" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,

    CONSTRAINT "DossierRollupSignal_pkey" PRIMARY KEY ("dossierId")
);

CREATE TABLE "DossierProcedureMonthlyRollup" (
    "month" DATE NOT NULL,
    "decidingUnitId" TEXT NOT NULL,
    "handlingOfficeId" TEXT NOT NULL DEFAULT '',
    "procedureId" TEXT NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "receivedOnline" INTEGER NOT NULL DEFAULT 0,
    "receivedWithFee" INTEGER NOT NULL DEFAULT 0,
    "paidOnline" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DossierProcedureMonthlyRollup_pkey" PRIMARY KEY ("decidingUnitId", "month", "handlingOfficeId", "procedureId")
);

-- Synced (1.4): every DOSSIER message of it answered OK, at least one (as the national-portal screen counts).
-- Complaint or dislike (5.4): a feedback item about it, or a rating of 1–2 stars or, without stars, with more answers
-- of 1–2 than of 4–5 (src/domain/metrics isDislike).
CREATE FUNCTION motcua_dossier_synced(dossier_id text) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM "PortalSyncMessage" m WHERE m."dossierId" = dossier_id AND m.kind = 'DOSSIER' AND m.status = 'SYNCED')
     AND NOT EXISTS (SELECT 1 FROM "PortalSyncMessage" m WHERE m."dossierId" = dossier_id AND m.kind = 'DOSSIER' AND m.status <> 'SYNCED')
$$;

CREATE FUNCTION motcua_rating_is_dislike(overall_score int, rating_id text) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(overall_score <= 2, (SELECT count(*) FILTER (WHERE a.score <= 2) > count(*) FILTER (WHERE a.score >= 4) FROM "RatingAnswer" a WHERE a."ratingId" = rating_id))
$$;

CREATE FUNCTION motcua_dossier_complaint_or_dislike(dossier_id text) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM "Feedback" f WHERE f."dossierId" = dossier_id)
      OR EXISTS (SELECT 1 FROM "Rating" r WHERE r."dossierId" = dossier_id AND motcua_rating_is_dislike(r."overallScore", r.id))
$$;

CREATE FUNCTION motcua_refresh_rollup_signal(dossier_id text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  d "Dossier";
  found_dossier boolean;
  synced_day date;
  complaint_day date;
  recorded "DossierRollupSignal";
BEGIN
  IF dossier_id IS NULL OR current_setting('motcua.rollups', true) = 'off' THEN
    RETURN;
  END IF;
  SELECT * INTO d FROM "Dossier" WHERE id = dossier_id;
  found_dossier := FOUND;
  IF found_dossier THEN
    IF d."receivedAt" IS NOT NULL AND motcua_dossier_synced(dossier_id) THEN
      synced_day := (d."receivedAt" + interval '7 hours')::date;
    END IF;
    IF d."finishedAt" IS NOT NULL AND d.timeliness IS NOT NULL AND motcua_dossier_complaint_or_dislike(dossier_id) THEN
      complaint_day := (d."finishedAt" + interval '7 hours')::date;
    END IF;
  END IF;
  SELECT * INTO recorded FROM "DossierRollupSignal" WHERE "dossierId" = dossier_id;
  IF recorded."dossierId" IS NULL AND synced_day IS NULL AND complaint_day IS NULL THEN
    RETURN;
  END IF;
  IF recorded."dossierId" IS NOT NULL AND (recorded."syncedDay", recorded."complaintDay", recorded."decidingUnitId", recorded."receivedUnitId", recorded."handlingOfficeId", recorded."procedureId", recorded.channel)
      IS NOT DISTINCT FROM (synced_day, complaint_day, d."decidingUnitId", d."receivedUnitId", coalesce(d."handlingOfficeId", ''), d."procedureId", d.channel) THEN
    RETURN;
  END IF;
  WITH delta AS (
    SELECT x."day", x."decidingUnitId", x."receivedUnitId", x."handlingOfficeId", x."procedureId", x."channel", sum(x.s)::int AS "synced", sum(x.c)::int AS "resolvedComplaintOrDislike"
    FROM (
      SELECT recorded."syncedDay" AS "day", recorded."decidingUnitId", recorded."receivedUnitId", recorded."handlingOfficeId", recorded."procedureId", recorded.channel AS "channel", -1 AS s, 0 AS c
      WHERE recorded."syncedDay" IS NOT NULL
      UNION ALL
      SELECT recorded."complaintDay", recorded."decidingUnitId", recorded."receivedUnitId", recorded."handlingOfficeId", recorded."procedureId", recorded.channel, 0, -1
      WHERE recorded."complaintDay" IS NOT NULL
      UNION ALL
      SELECT synced_day, d."decidingUnitId", d."receivedUnitId", coalesce(d."handlingOfficeId", ''), d."procedureId", d.channel, 1, 0
      WHERE synced_day IS NOT NULL
      UNION ALL
      SELECT complaint_day, d."decidingUnitId", d."receivedUnitId", coalesce(d."handlingOfficeId", ''), d."procedureId", d.channel, 0, 1
      WHERE complaint_day IS NOT NULL
    ) x
    GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(x.s) <> 0 OR sum(x.c) <> 0
  ), daily AS (
    INSERT INTO "DossierDailyRollup" AS r ("day", "decidingUnitId", "receivedUnitId", "handlingOfficeId", "procedureId", "channel", "synced", "resolvedComplaintOrDislike")
    SELECT * FROM delta ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("decidingUnitId", "day", "receivedUnitId", "handlingOfficeId", "procedureId", "channel") DO UPDATE SET
    "synced" = r."synced" + EXCLUDED."synced",
    "resolvedComplaintOrDislike" = r."resolvedComplaintOrDislike" + EXCLUDED."resolvedComplaintOrDislike"
  )
  INSERT INTO "DossierMonthlyRollup" AS r ("month", "decidingUnitId", "receivedUnitId", "channel", "synced", "resolvedComplaintOrDislike")
  SELECT date_trunc('month', x."day")::date, x."decidingUnitId", x."receivedUnitId", x."channel", sum(x."synced")::int, sum(x."resolvedComplaintOrDislike")::int
  FROM delta x
  GROUP BY 1, 2, 3, 4
  HAVING sum(x."synced") <> 0 OR sum(x."resolvedComplaintOrDislike") <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ("decidingUnitId", "month", "receivedUnitId", "channel") DO UPDATE SET
    "synced" = r."synced" + EXCLUDED."synced",
    "resolvedComplaintOrDislike" = r."resolvedComplaintOrDislike" + EXCLUDED."resolvedComplaintOrDislike";
  IF synced_day IS NULL AND complaint_day IS NULL THEN
    DELETE FROM "DossierRollupSignal" WHERE "dossierId" = dossier_id;
  ELSE
    INSERT INTO "DossierRollupSignal" ("dossierId", "syncedDay", "complaintDay", "decidingUnitId", "receivedUnitId", "handlingOfficeId", "procedureId", "channel")
    VALUES (dossier_id, synced_day, complaint_day, d."decidingUnitId", d."receivedUnitId", coalesce(d."handlingOfficeId", ''), d."procedureId", d.channel)
    ON CONFLICT ("dossierId") DO UPDATE SET "syncedDay" = EXCLUDED."syncedDay", "complaintDay" = EXCLUDED."complaintDay",
      "decidingUnitId" = EXCLUDED."decidingUnitId", "receivedUnitId" = EXCLUDED."receivedUnitId", "handlingOfficeId" = EXCLUDED."handlingOfficeId",
      "procedureId" = EXCLUDED."procedureId", "channel" = EXCLUDED."channel";
  END IF;
END;
$$;

-- The source tables' triggers: each refreshes the dossiers its statement touched (old and new dossier ids).
CREATE FUNCTION motcua_signal_from_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM motcua_refresh_rollup_signal(OLD."dossierId");
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW."dossierId" IS DISTINCT FROM OLD."dossierId") THEN
    PERFORM motcua_refresh_rollup_signal(NEW."dossierId");
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "PortalSyncMessage_rollup_signal" AFTER INSERT OR DELETE OR UPDATE OF "status", "kind", "dossierId" ON "PortalSyncMessage"
  FOR EACH ROW EXECUTE FUNCTION motcua_signal_from_row();

CREATE TRIGGER "Feedback_rollup_signal" AFTER INSERT OR DELETE OR UPDATE OF "dossierId" ON "Feedback"
  FOR EACH ROW EXECUTE FUNCTION motcua_signal_from_row();

CREATE TRIGGER "Rating_rollup_signal" AFTER INSERT OR DELETE OR UPDATE OF "overallScore", "dossierId" ON "Rating"
  FOR EACH ROW EXECUTE FUNCTION motcua_signal_from_row();

-- Answers arrive many at a time (one statement per rating, or a bulk load): once per statement and dossier.
CREATE FUNCTION motcua_signal_from_answers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('motcua.rollups', true) = 'off' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM motcua_refresh_rollup_signal(x."dossierId") FROM (SELECT DISTINCT r."dossierId" FROM "Rating" r WHERE r.id IN (SELECT "ratingId" FROM new_answers) ORDER BY 1) x;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM motcua_refresh_rollup_signal(x."dossierId") FROM (SELECT DISTINCT r."dossierId" FROM "Rating" r WHERE r.id IN (SELECT "ratingId" FROM new_answers UNION SELECT "ratingId" FROM old_answers) ORDER BY 1) x;
  ELSE
    PERFORM motcua_refresh_rollup_signal(x."dossierId") FROM (SELECT DISTINCT r."dossierId" FROM "Rating" r WHERE r.id IN (SELECT "ratingId" FROM old_answers) ORDER BY 1) x;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "RatingAnswer_rollup_signal_insert" AFTER INSERT ON "RatingAnswer"
  REFERENCING NEW TABLE AS new_answers FOR EACH STATEMENT EXECUTE FUNCTION motcua_signal_from_answers();
CREATE TRIGGER "RatingAnswer_rollup_signal_update" AFTER UPDATE ON "RatingAnswer"
  REFERENCING OLD TABLE AS old_answers NEW TABLE AS new_answers FOR EACH STATEMENT EXECUTE FUNCTION motcua_signal_from_answers();
CREATE TRIGGER "RatingAnswer_rollup_signal_delete" AFTER DELETE ON "RatingAnswer"
  REFERENCING OLD TABLE AS old_answers FOR EACH STATEMENT EXECUTE FUNCTION motcua_signal_from_answers();

-- The Dossier trigger: as before (20261207142000_monthly_rollups), plus the procedures' monthly receipts and the
-- dossier's signal (its keys or days may have moved).
CREATE OR REPLACE FUNCTION motcua_maintain_dossier_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('motcua.rollups', true) = 'off' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND (OLD."receivedAt", OLD."finishedAt", OLD."returnedAt", OLD."appointmentAt", OLD."timeliness", OLD."decidingUnitId", OLD."receivedUnitId", OLD."handlingOfficeId", OLD."procedureId", OLD."procedureVersionId", OLD."channel", OLD."feeAmount", OLD."feePaidOnline", OLD."digitised", OLD."dataReused", OLD."electronicResult", OLD."postalReturn")
      IS NOT DISTINCT FROM (NEW."receivedAt", NEW."finishedAt", NEW."returnedAt", NEW."appointmentAt", NEW."timeliness", NEW."decidingUnitId", NEW."receivedUnitId", NEW."handlingOfficeId", NEW."procedureId", NEW."procedureVersionId", NEW."channel", NEW."feeAmount", NEW."feePaidOnline", NEW."digitised", NEW."dataReused", NEW."electronicResult", NEW."postalReturn") THEN
    RETURN NULL;
  END IF;
  WITH delta AS (
    SELECT c."day", c."decidingUnitId", c."receivedUnitId", c."handlingOfficeId", c."procedureId", c."channel", sum(s.sign * c."received")::int AS "received", sum(s.sign * c."receivedFullOnline")::int AS "receivedFullOnline", sum(s.sign * c."receivedWithFee")::int AS "receivedWithFee", sum(s.sign * c."paidOnline")::int AS "paidOnline", sum(s.sign * c."digitised")::int AS "digitised", sum(s.sign * c."dataReused")::int AS "dataReused", sum(s.sign * c."resolved")::int AS "resolved", sum(s.sign * c."resolvedEarly")::int AS "resolvedEarly", sum(s.sign * c."resolvedOnTime")::int AS "resolvedOnTime", sum(s.sign * c."resolvedLate")::int AS "resolvedLate", sum(s.sign * c."resolved766OnTime")::int AS "resolved766OnTime", sum(s.sign * c."resolved766Late")::int AS "resolved766Late", sum(s.sign * c."closedWithoutResult")::int AS "closedWithoutResult", sum(s.sign * c."electronicResult")::int AS "electronicResult", sum(s.sign * c."returned")::int AS "returned", sum(s.sign * c."returnedByPost")::int AS "returnedByPost", sum(s.sign * c."pendingDelta")::int AS "pendingDelta", sum(s.sign * c."overdueDelta")::int AS "overdueDelta"
    FROM (
      SELECT -1 AS sign, OLD AS d WHERE TG_OP IN ('UPDATE', 'DELETE')
      UNION ALL
      SELECT 1, NEW WHERE TG_OP IN ('INSERT', 'UPDATE')
    ) s
    CROSS JOIN LATERAL motcua_rollup_contributions(s.d) c
    GROUP BY c."day", c."decidingUnitId", c."receivedUnitId", c."handlingOfficeId", c."procedureId", c."channel"
    HAVING sum(s.sign * c."received") <> 0 OR sum(s.sign * c."receivedFullOnline") <> 0 OR sum(s.sign * c."receivedWithFee") <> 0 OR sum(s.sign * c."paidOnline") <> 0 OR sum(s.sign * c."digitised") <> 0 OR sum(s.sign * c."dataReused") <> 0 OR sum(s.sign * c."resolved") <> 0 OR sum(s.sign * c."resolvedEarly") <> 0 OR sum(s.sign * c."resolvedOnTime") <> 0 OR sum(s.sign * c."resolvedLate") <> 0 OR sum(s.sign * c."resolved766OnTime") <> 0 OR sum(s.sign * c."resolved766Late") <> 0 OR sum(s.sign * c."closedWithoutResult") <> 0 OR sum(s.sign * c."electronicResult") <> 0 OR sum(s.sign * c."returned") <> 0 OR sum(s.sign * c."returnedByPost") <> 0 OR sum(s.sign * c."pendingDelta") <> 0 OR sum(s.sign * c."overdueDelta") <> 0
  ), daily AS (
    INSERT INTO "DossierDailyRollup" AS r ("day", "decidingUnitId", "receivedUnitId", "handlingOfficeId", "procedureId", "channel", "received", "receivedFullOnline", "receivedWithFee", "paidOnline", "digitised", "dataReused", "resolved", "resolvedEarly", "resolvedOnTime", "resolvedLate", "resolved766OnTime", "resolved766Late", "closedWithoutResult", "electronicResult", "returned", "returnedByPost", "pendingDelta", "overdueDelta")
    SELECT * FROM delta ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("decidingUnitId", "day", "receivedUnitId", "handlingOfficeId", "procedureId", "channel") DO UPDATE SET
    "received" = r."received" + EXCLUDED."received",
    "receivedFullOnline" = r."receivedFullOnline" + EXCLUDED."receivedFullOnline",
    "receivedWithFee" = r."receivedWithFee" + EXCLUDED."receivedWithFee",
    "paidOnline" = r."paidOnline" + EXCLUDED."paidOnline",
    "digitised" = r."digitised" + EXCLUDED."digitised",
    "dataReused" = r."dataReused" + EXCLUDED."dataReused",
    "resolved" = r."resolved" + EXCLUDED."resolved",
    "resolvedEarly" = r."resolvedEarly" + EXCLUDED."resolvedEarly",
    "resolvedOnTime" = r."resolvedOnTime" + EXCLUDED."resolvedOnTime",
    "resolvedLate" = r."resolvedLate" + EXCLUDED."resolvedLate",
    "resolved766OnTime" = r."resolved766OnTime" + EXCLUDED."resolved766OnTime",
    "resolved766Late" = r."resolved766Late" + EXCLUDED."resolved766Late",
    "closedWithoutResult" = r."closedWithoutResult" + EXCLUDED."closedWithoutResult",
    "electronicResult" = r."electronicResult" + EXCLUDED."electronicResult",
    "returned" = r."returned" + EXCLUDED."returned",
    "returnedByPost" = r."returnedByPost" + EXCLUDED."returnedByPost",
    "pendingDelta" = r."pendingDelta" + EXCLUDED."pendingDelta",
    "overdueDelta" = r."overdueDelta" + EXCLUDED."overdueDelta"
  )
  INSERT INTO "DossierMonthlyRollup" AS r ("month", "decidingUnitId", "receivedUnitId", "channel", "received", "receivedFullOnline", "receivedWithFee", "paidOnline", "digitised", "dataReused", "resolved", "resolvedEarly", "resolvedOnTime", "resolvedLate", "resolved766OnTime", "resolved766Late", "closedWithoutResult", "electronicResult", "returned", "returnedByPost", "pendingDelta", "overdueDelta")
  SELECT date_trunc('month', d."day")::date, d."decidingUnitId", d."receivedUnitId", d."channel", sum(d."received")::int, sum(d."receivedFullOnline")::int, sum(d."receivedWithFee")::int, sum(d."paidOnline")::int, sum(d."digitised")::int, sum(d."dataReused")::int, sum(d."resolved")::int, sum(d."resolvedEarly")::int, sum(d."resolvedOnTime")::int, sum(d."resolvedLate")::int, sum(d."resolved766OnTime")::int, sum(d."resolved766Late")::int, sum(d."closedWithoutResult")::int, sum(d."electronicResult")::int, sum(d."returned")::int, sum(d."returnedByPost")::int, sum(d."pendingDelta")::int, sum(d."overdueDelta")::int
  FROM delta d
  GROUP BY 1, 2, 3, 4
  HAVING sum(d."received") <> 0 OR sum(d."receivedFullOnline") <> 0 OR sum(d."receivedWithFee") <> 0 OR sum(d."paidOnline") <> 0 OR sum(d."digitised") <> 0 OR sum(d."dataReused") <> 0 OR sum(d."resolved") <> 0 OR sum(d."resolvedEarly") <> 0 OR sum(d."resolvedOnTime") <> 0 OR sum(d."resolvedLate") <> 0 OR sum(d."resolved766OnTime") <> 0 OR sum(d."resolved766Late") <> 0 OR sum(d."closedWithoutResult") <> 0 OR sum(d."electronicResult") <> 0 OR sum(d."returned") <> 0 OR sum(d."returnedByPost") <> 0 OR sum(d."pendingDelta") <> 0 OR sum(d."overdueDelta") <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ("decidingUnitId", "month", "receivedUnitId", "channel") DO UPDATE SET
    "received" = r."received" + EXCLUDED."received",
    "receivedFullOnline" = r."receivedFullOnline" + EXCLUDED."receivedFullOnline",
    "receivedWithFee" = r."receivedWithFee" + EXCLUDED."receivedWithFee",
    "paidOnline" = r."paidOnline" + EXCLUDED."paidOnline",
    "digitised" = r."digitised" + EXCLUDED."digitised",
    "dataReused" = r."dataReused" + EXCLUDED."dataReused",
    "resolved" = r."resolved" + EXCLUDED."resolved",
    "resolvedEarly" = r."resolvedEarly" + EXCLUDED."resolvedEarly",
    "resolvedOnTime" = r."resolvedOnTime" + EXCLUDED."resolvedOnTime",
    "resolvedLate" = r."resolvedLate" + EXCLUDED."resolvedLate",
    "resolved766OnTime" = r."resolved766OnTime" + EXCLUDED."resolved766OnTime",
    "resolved766Late" = r."resolved766Late" + EXCLUDED."resolved766Late",
    "closedWithoutResult" = r."closedWithoutResult" + EXCLUDED."closedWithoutResult",
    "electronicResult" = r."electronicResult" + EXCLUDED."electronicResult",
    "returned" = r."returned" + EXCLUDED."returned",
    "returnedByPost" = r."returnedByPost" + EXCLUDED."returnedByPost",
    "pendingDelta" = r."pendingDelta" + EXCLUDED."pendingDelta",
    "overdueDelta" = r."overdueDelta" + EXCLUDED."overdueDelta";
  INSERT INTO "DossierProcedureMonthlyRollup" AS r ("month", "decidingUnitId", "handlingOfficeId", "procedureId", "received", "receivedOnline", "receivedWithFee", "paidOnline")
  SELECT date_trunc('month', (s.d)."receivedAt" + interval '7 hours')::date, (s.d)."decidingUnitId", coalesce((s.d)."handlingOfficeId", ''), (s.d)."procedureId",
         sum(s.sign)::int, sum(s.sign * ((s.d).channel = 'ONLINE')::int)::int, sum(s.sign * coalesce(((s.d)."feeAmount" > 0)::int, 0))::int, sum(s.sign * coalesce((s.d)."feePaidOnline"::int, 0))::int
  FROM (
    SELECT -1 AS sign, OLD AS d WHERE TG_OP IN ('UPDATE', 'DELETE')
    UNION ALL
    SELECT 1, NEW WHERE TG_OP IN ('INSERT', 'UPDATE')
  ) s
  WHERE (s.d)."receivedAt" IS NOT NULL
  GROUP BY 1, 2, 3, 4
  HAVING sum(s.sign) <> 0 OR sum(s.sign * ((s.d).channel = 'ONLINE')::int) <> 0 OR sum(s.sign * coalesce(((s.d)."feeAmount" > 0)::int, 0)) <> 0 OR sum(s.sign * coalesce((s.d)."feePaidOnline"::int, 0)) <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ("decidingUnitId", "month", "handlingOfficeId", "procedureId") DO UPDATE SET
    "received" = r."received" + EXCLUDED."received",
    "receivedOnline" = r."receivedOnline" + EXCLUDED."receivedOnline",
    "receivedWithFee" = r."receivedWithFee" + EXCLUDED."receivedWithFee",
    "paidOnline" = r."paidOnline" + EXCLUDED."paidOnline";
  PERFORM motcua_refresh_rollup_signal(CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
  RETURN NULL;
END;
$$;

-- The rebuild: as before, plus the signals recomputed from the source tables (set-based) and added to the daily rows,
-- the monthly rows summed from the daily ones with the new counters, and the procedures' monthly receipts.
CREATE OR REPLACE FUNCTION motcua_rebuild_rollups(unit_id text DEFAULT NULL) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  written bigint;
BEGIN
  LOCK TABLE "Dossier" IN SHARE MODE;
  IF unit_id IS NULL THEN
    TRUNCATE "DossierDailyRollup", "DossierMonthlyRollup", "DossierRollupSignal", "DossierProcedureMonthlyRollup";
  ELSE
    DELETE FROM "DossierDailyRollup" WHERE "decidingUnitId" = unit_id OR "receivedUnitId" = unit_id;
    DELETE FROM "DossierMonthlyRollup" WHERE "decidingUnitId" = unit_id OR "receivedUnitId" = unit_id;
    DELETE FROM "DossierRollupSignal" s WHERE s."decidingUnitId" = unit_id OR s."receivedUnitId" = unit_id
      OR s."dossierId" IN (SELECT d.id FROM "Dossier" d WHERE d."decidingUnitId" = unit_id OR d."receivedUnitId" = unit_id);
    DELETE FROM "DossierProcedureMonthlyRollup" WHERE "decidingUnitId" = unit_id;
  END IF;
  INSERT INTO "DossierDailyRollup" ("day", "decidingUnitId", "receivedUnitId", "handlingOfficeId", "procedureId", "channel", "received", "receivedFullOnline", "receivedWithFee", "paidOnline", "digitised", "dataReused", "resolved", "resolvedEarly", "resolvedOnTime", "resolvedLate", "resolved766OnTime", "resolved766Late", "closedWithoutResult", "electronicResult", "returned", "returnedByPost", "pendingDelta", "overdueDelta")
  SELECT c."day", c."decidingUnitId", c."receivedUnitId", c."handlingOfficeId", c."procedureId", c."channel", sum(c."received")::int, sum(c."receivedFullOnline")::int, sum(c."receivedWithFee")::int, sum(c."paidOnline")::int, sum(c."digitised")::int, sum(c."dataReused")::int, sum(c."resolved")::int, sum(c."resolvedEarly")::int, sum(c."resolvedOnTime")::int, sum(c."resolvedLate")::int, sum(c."resolved766OnTime")::int, sum(c."resolved766Late")::int, sum(c."closedWithoutResult")::int, sum(c."electronicResult")::int, sum(c."returned")::int, sum(c."returnedByPost")::int, sum(c."pendingDelta")::int, sum(c."overdueDelta")::int
  FROM "Dossier" d CROSS JOIN LATERAL motcua_rollup_contributions(d) c
  WHERE unit_id IS NULL OR d."decidingUnitId" = unit_id OR d."receivedUnitId" = unit_id
  GROUP BY c."day", c."decidingUnitId", c."receivedUnitId", c."handlingOfficeId", c."procedureId", c."channel"
  HAVING sum(c."received") <> 0 OR sum(c."receivedFullOnline") <> 0 OR sum(c."receivedWithFee") <> 0 OR sum(c."paidOnline") <> 0 OR sum(c."digitised") <> 0 OR sum(c."dataReused") <> 0 OR sum(c."resolved") <> 0 OR sum(c."resolvedEarly") <> 0 OR sum(c."resolvedOnTime") <> 0 OR sum(c."resolvedLate") <> 0 OR sum(c."resolved766OnTime") <> 0 OR sum(c."resolved766Late") <> 0 OR sum(c."closedWithoutResult") <> 0 OR sum(c."electronicResult") <> 0 OR sum(c."returned") <> 0 OR sum(c."returnedByPost") <> 0 OR sum(c."pendingDelta") <> 0 OR sum(c."overdueDelta") <> 0;
  GET DIAGNOSTICS written = ROW_COUNT;
  INSERT INTO "DossierRollupSignal" ("dossierId", "syncedDay", "complaintDay", "decidingUnitId", "receivedUnitId", "handlingOfficeId", "procedureId", "channel")
  SELECT d.id,
         CASE WHEN d."receivedAt" IS NOT NULL AND s."dossierId" IS NOT NULL THEN (d."receivedAt" + interval '7 hours')::date END,
         CASE WHEN d."finishedAt" IS NOT NULL AND d.timeliness IS NOT NULL AND k."dossierId" IS NOT NULL THEN (d."finishedAt" + interval '7 hours')::date END,
         d."decidingUnitId", d."receivedUnitId", coalesce(d."handlingOfficeId", ''), d."procedureId", d.channel
  FROM "Dossier" d
  LEFT JOIN (SELECT m."dossierId" FROM "PortalSyncMessage" m WHERE m.kind = 'DOSSIER' GROUP BY 1 HAVING bool_and(m.status = 'SYNCED')) s ON s."dossierId" = d.id
  LEFT JOIN (SELECT f."dossierId" FROM "Feedback" f WHERE f."dossierId" IS NOT NULL
             UNION
             SELECT r."dossierId" FROM "Rating" r WHERE motcua_rating_is_dislike(r."overallScore", r.id)) k ON k."dossierId" = d.id
  WHERE (unit_id IS NULL OR d."decidingUnitId" = unit_id OR d."receivedUnitId" = unit_id)
    AND ((d."receivedAt" IS NOT NULL AND s."dossierId" IS NOT NULL) OR (d."finishedAt" IS NOT NULL AND d.timeliness IS NOT NULL AND k."dossierId" IS NOT NULL));
  INSERT INTO "DossierDailyRollup" AS r ("day", "decidingUnitId", "receivedUnitId", "handlingOfficeId", "procedureId", "channel", "synced", "resolvedComplaintOrDislike")
  SELECT x."day", x."decidingUnitId", x."receivedUnitId", x."handlingOfficeId", x."procedureId", x."channel", sum(x.s)::int, sum(x.c)::int
  FROM (
    SELECT "syncedDay" AS "day", "decidingUnitId", "receivedUnitId", "handlingOfficeId", "procedureId", "channel", 1 AS s, 0 AS c
    FROM "DossierRollupSignal" WHERE "syncedDay" IS NOT NULL AND (unit_id IS NULL OR "decidingUnitId" = unit_id OR "receivedUnitId" = unit_id)
    UNION ALL
    SELECT "complaintDay", "decidingUnitId", "receivedUnitId", "handlingOfficeId", "procedureId", "channel", 0, 1
    FROM "DossierRollupSignal" WHERE "complaintDay" IS NOT NULL AND (unit_id IS NULL OR "decidingUnitId" = unit_id OR "receivedUnitId" = unit_id)
  ) x
  GROUP BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ("decidingUnitId", "day", "receivedUnitId", "handlingOfficeId", "procedureId", "channel") DO UPDATE SET
    "synced" = r."synced" + EXCLUDED."synced",
    "resolvedComplaintOrDislike" = r."resolvedComplaintOrDislike" + EXCLUDED."resolvedComplaintOrDislike";
  INSERT INTO "DossierMonthlyRollup" ("month", "decidingUnitId", "receivedUnitId", "channel", "received", "receivedFullOnline", "receivedWithFee", "paidOnline", "digitised", "dataReused", "resolved", "resolvedEarly", "resolvedOnTime", "resolvedLate", "resolved766OnTime", "resolved766Late", "closedWithoutResult", "electronicResult", "returned", "returnedByPost", "pendingDelta", "overdueDelta", "synced", "resolvedComplaintOrDislike")
  SELECT date_trunc('month', d."day")::date, d."decidingUnitId", d."receivedUnitId", d."channel", sum(d."received")::int, sum(d."receivedFullOnline")::int, sum(d."receivedWithFee")::int, sum(d."paidOnline")::int, sum(d."digitised")::int, sum(d."dataReused")::int, sum(d."resolved")::int, sum(d."resolvedEarly")::int, sum(d."resolvedOnTime")::int, sum(d."resolvedLate")::int, sum(d."resolved766OnTime")::int, sum(d."resolved766Late")::int, sum(d."closedWithoutResult")::int, sum(d."electronicResult")::int, sum(d."returned")::int, sum(d."returnedByPost")::int, sum(d."pendingDelta")::int, sum(d."overdueDelta")::int, sum(d."synced")::int, sum(d."resolvedComplaintOrDislike")::int
  FROM "DossierDailyRollup" d
  WHERE unit_id IS NULL OR d."decidingUnitId" = unit_id OR d."receivedUnitId" = unit_id
  GROUP BY 1, 2, 3, 4
  HAVING sum(d."received") <> 0 OR sum(d."receivedFullOnline") <> 0 OR sum(d."receivedWithFee") <> 0 OR sum(d."paidOnline") <> 0 OR sum(d."digitised") <> 0 OR sum(d."dataReused") <> 0 OR sum(d."resolved") <> 0 OR sum(d."resolvedEarly") <> 0 OR sum(d."resolvedOnTime") <> 0 OR sum(d."resolvedLate") <> 0 OR sum(d."resolved766OnTime") <> 0 OR sum(d."resolved766Late") <> 0 OR sum(d."closedWithoutResult") <> 0 OR sum(d."electronicResult") <> 0 OR sum(d."returned") <> 0 OR sum(d."returnedByPost") <> 0 OR sum(d."pendingDelta") <> 0 OR sum(d."overdueDelta") <> 0 OR sum(d."synced") <> 0 OR sum(d."resolvedComplaintOrDislike") <> 0;
  INSERT INTO "DossierProcedureMonthlyRollup" ("month", "decidingUnitId", "handlingOfficeId", "procedureId", "received", "receivedOnline", "receivedWithFee", "paidOnline")
  SELECT date_trunc('month', d."receivedAt" + interval '7 hours')::date, d."decidingUnitId", coalesce(d."handlingOfficeId", ''), d."procedureId",
         count(*)::int, (count(*) FILTER (WHERE d.channel = 'ONLINE'))::int, (count(*) FILTER (WHERE d."feeAmount" > 0))::int, (count(*) FILTER (WHERE d."feePaidOnline"))::int
  FROM "Dossier" d
  WHERE d."receivedAt" IS NOT NULL AND (unit_id IS NULL OR d."decidingUnitId" = unit_id)
  GROUP BY 1, 2, 3, 4;
  RETURN written;
END;
$$;

-- Existing dossiers.
SELECT motcua_rebuild_rollups();
