-- Apology compliance as a rollup counter (issue 13, headline indicators; docs/rollups.md): late dossiers with an
-- apology issued in time ÷ late dossiers (DOMAIN "Late dossiers: the apology letter"). Whether an apology was issued
-- in time needs the working-day calendar (by the close of the working day before the statutory appointment), which
-- SQL does not hold, so the application judges it and stores the verdict on the dossier:
-- * "Dossier"."apologyTimely": the first approved apology letter was issued in time (true), too late (false), or there
--   is none (null); written by src/server/dossiers/apology-verdict.ts in the transaction of each change that can move
--   it (a letter approved, a pause closed after a letter), and re-judged for all by `npm run rollups -- rebuild`.
-- * "resolvedLateTimelyApology": dossiers finished late that day (report formula) with a timely apology; kept like
--   the other facts outside motcua_rollup_contributions, through "DossierRollupSignal" ("apologyDay").
-- Existing dossiers have no verdict until the rebuild judges them (the upgrade notes say to run it).

ALTER TABLE "Dossier" ADD COLUMN "apologyTimely" BOOLEAN;

ALTER TABLE "DossierDailyRollup" ADD COLUMN "resolvedLateTimelyApology" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "DossierMonthlyRollup" ADD COLUMN "resolvedLateTimelyApology" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "DossierRollupSignal" ADD COLUMN "apologyDay" DATE;

-- As in 20261208110000_rollup_766_counters, with the timely-apology day.
CREATE OR REPLACE FUNCTION motcua_refresh_rollup_signal(dossier_id text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  d "Dossier";
  found_dossier boolean;
  synced_day date;
  complaint_day date;
  apology_day date;
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
    IF d."finishedAt" IS NOT NULL AND d.timeliness = 'LATE' AND d."apologyTimely" THEN
      apology_day := (d."finishedAt" + interval '7 hours')::date;
    END IF;
  END IF;
  SELECT * INTO recorded FROM "DossierRollupSignal" WHERE "dossierId" = dossier_id;
  IF recorded."dossierId" IS NULL AND synced_day IS NULL AND complaint_day IS NULL AND apology_day IS NULL THEN
    RETURN;
  END IF;
  IF recorded."dossierId" IS NOT NULL AND (recorded."syncedDay", recorded."complaintDay", recorded."apologyDay", recorded."decidingUnitId", recorded."receivedUnitId", recorded."handlingOfficeId", recorded."procedureId", recorded.channel)
      IS NOT DISTINCT FROM (synced_day, complaint_day, apology_day, d."decidingUnitId", d."receivedUnitId", coalesce(d."handlingOfficeId", ''), d."procedureId", d.channel) THEN
    RETURN;
  END IF;
  WITH delta AS (
    SELECT x."day", x."decidingUnitId", x."receivedUnitId", x."handlingOfficeId", x."procedureId", x."channel", sum(x.s)::int AS "synced", sum(x.c)::int AS "resolvedComplaintOrDislike", sum(x.a)::int AS "resolvedLateTimelyApology"
    FROM (
      SELECT recorded."syncedDay" AS "day", recorded."decidingUnitId", recorded."receivedUnitId", recorded."handlingOfficeId", recorded."procedureId", recorded.channel AS "channel", -1 AS s, 0 AS c, 0 AS a
      WHERE recorded."syncedDay" IS NOT NULL
      UNION ALL
      SELECT recorded."complaintDay", recorded."decidingUnitId", recorded."receivedUnitId", recorded."handlingOfficeId", recorded."procedureId", recorded.channel, 0, -1, 0
      WHERE recorded."complaintDay" IS NOT NULL
      UNION ALL
      SELECT recorded."apologyDay", recorded."decidingUnitId", recorded."receivedUnitId", recorded."handlingOfficeId", recorded."procedureId", recorded.channel, 0, 0, -1
      WHERE recorded."apologyDay" IS NOT NULL
      UNION ALL
      SELECT synced_day, d."decidingUnitId", d."receivedUnitId", coalesce(d."handlingOfficeId", ''), d."procedureId", d.channel, 1, 0, 0
      WHERE synced_day IS NOT NULL
      UNION ALL
      SELECT complaint_day, d."decidingUnitId", d."receivedUnitId", coalesce(d."handlingOfficeId", ''), d."procedureId", d.channel, 0, 1, 0
      WHERE complaint_day IS NOT NULL
      UNION ALL
      SELECT apology_day, d."decidingUnitId", d."receivedUnitId", coalesce(d."handlingOfficeId", ''), d."procedureId", d.channel, 0, 0, 1
      WHERE apology_day IS NOT NULL
    ) x
    GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(x.s) <> 0 OR sum(x.c) <> 0 OR sum(x.a) <> 0
  ), daily AS (
    INSERT INTO "DossierDailyRollup" AS r ("day", "decidingUnitId", "receivedUnitId", "handlingOfficeId", "procedureId", "channel", "synced", "resolvedComplaintOrDislike", "resolvedLateTimelyApology")
    SELECT * FROM delta ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("decidingUnitId", "day", "receivedUnitId", "handlingOfficeId", "procedureId", "channel") DO UPDATE SET
    "synced" = r."synced" + EXCLUDED."synced",
    "resolvedComplaintOrDislike" = r."resolvedComplaintOrDislike" + EXCLUDED."resolvedComplaintOrDislike",
    "resolvedLateTimelyApology" = r."resolvedLateTimelyApology" + EXCLUDED."resolvedLateTimelyApology"
  )
  INSERT INTO "DossierMonthlyRollup" AS r ("month", "decidingUnitId", "receivedUnitId", "channel", "synced", "resolvedComplaintOrDislike", "resolvedLateTimelyApology")
  SELECT date_trunc('month', x."day")::date, x."decidingUnitId", x."receivedUnitId", x."channel", sum(x."synced")::int, sum(x."resolvedComplaintOrDislike")::int, sum(x."resolvedLateTimelyApology")::int
  FROM delta x
  GROUP BY 1, 2, 3, 4
  HAVING sum(x."synced") <> 0 OR sum(x."resolvedComplaintOrDislike") <> 0 OR sum(x."resolvedLateTimelyApology") <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ("decidingUnitId", "month", "receivedUnitId", "channel") DO UPDATE SET
    "synced" = r."synced" + EXCLUDED."synced",
    "resolvedComplaintOrDislike" = r."resolvedComplaintOrDislike" + EXCLUDED."resolvedComplaintOrDislike",
    "resolvedLateTimelyApology" = r."resolvedLateTimelyApology" + EXCLUDED."resolvedLateTimelyApology";
  IF synced_day IS NULL AND complaint_day IS NULL AND apology_day IS NULL THEN
    DELETE FROM "DossierRollupSignal" WHERE "dossierId" = dossier_id;
  ELSE
    INSERT INTO "DossierRollupSignal" ("dossierId", "syncedDay", "complaintDay", "apologyDay", "decidingUnitId", "receivedUnitId", "handlingOfficeId", "procedureId", "channel")
    VALUES (dossier_id, synced_day, complaint_day, apology_day, d."decidingUnitId", d."receivedUnitId", coalesce(d."handlingOfficeId", ''), d."procedureId", d.channel)
    ON CONFLICT ("dossierId") DO UPDATE SET "syncedDay" = EXCLUDED."syncedDay", "complaintDay" = EXCLUDED."complaintDay", "apologyDay" = EXCLUDED."apologyDay",
      "decidingUnitId" = EXCLUDED."decidingUnitId", "receivedUnitId" = EXCLUDED."receivedUnitId", "handlingOfficeId" = EXCLUDED."handlingOfficeId",
      "procedureId" = EXCLUDED."procedureId", "channel" = EXCLUDED."channel";
  END IF;
END;
$$;

-- The verdict is not among the columns the main Dossier trigger watches: its own trigger refreshes the signal.
CREATE FUNCTION motcua_signal_from_dossier() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM motcua_refresh_rollup_signal(NEW.id);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Dossier_apology_signal" AFTER UPDATE OF "apologyTimely" ON "Dossier"
  FOR EACH ROW WHEN (OLD."apologyTimely" IS DISTINCT FROM NEW."apologyTimely") EXECUTE FUNCTION motcua_signal_from_dossier();

-- As in 20261208110000_rollup_766_counters, with the timely-apology counter, and the one-unit rebuild's removal of
-- the unit's signals as a join.
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
    -- Two statements, not "OR s.dossierId IN (the unit's dossiers)": a large unit's ids exceed work_mem, the IN is
    -- then not hashed and is scanned once per signal row (hours at 2,000,000 dossiers); a join is hashed.
    DELETE FROM "DossierRollupSignal" s WHERE s."decidingUnitId" = unit_id OR s."receivedUnitId" = unit_id;
    DELETE FROM "DossierRollupSignal" s USING "Dossier" d
      WHERE d.id = s."dossierId" AND (d."decidingUnitId" = unit_id OR d."receivedUnitId" = unit_id);
    DELETE FROM "DossierProcedureMonthlyRollup" WHERE "decidingUnitId" = unit_id;
  END IF;
  INSERT INTO "DossierDailyRollup" ("day", "decidingUnitId", "receivedUnitId", "handlingOfficeId", "procedureId", "channel", "received", "receivedFullOnline", "receivedWithFee", "paidOnline", "digitised", "dataReused", "resolved", "resolvedEarly", "resolvedOnTime", "resolvedLate", "resolved766OnTime", "resolved766Late", "closedWithoutResult", "electronicResult", "returned", "returnedByPost", "pendingDelta", "overdueDelta")
  SELECT c."day", c."decidingUnitId", c."receivedUnitId", c."handlingOfficeId", c."procedureId", c."channel", sum(c."received")::int, sum(c."receivedFullOnline")::int, sum(c."receivedWithFee")::int, sum(c."paidOnline")::int, sum(c."digitised")::int, sum(c."dataReused")::int, sum(c."resolved")::int, sum(c."resolvedEarly")::int, sum(c."resolvedOnTime")::int, sum(c."resolvedLate")::int, sum(c."resolved766OnTime")::int, sum(c."resolved766Late")::int, sum(c."closedWithoutResult")::int, sum(c."electronicResult")::int, sum(c."returned")::int, sum(c."returnedByPost")::int, sum(c."pendingDelta")::int, sum(c."overdueDelta")::int
  FROM "Dossier" d CROSS JOIN LATERAL motcua_rollup_contributions(d) c
  WHERE unit_id IS NULL OR d."decidingUnitId" = unit_id OR d."receivedUnitId" = unit_id
  GROUP BY c."day", c."decidingUnitId", c."receivedUnitId", c."handlingOfficeId", c."procedureId", c."channel"
  HAVING sum(c."received") <> 0 OR sum(c."receivedFullOnline") <> 0 OR sum(c."receivedWithFee") <> 0 OR sum(c."paidOnline") <> 0 OR sum(c."digitised") <> 0 OR sum(c."dataReused") <> 0 OR sum(c."resolved") <> 0 OR sum(c."resolvedEarly") <> 0 OR sum(c."resolvedOnTime") <> 0 OR sum(c."resolvedLate") <> 0 OR sum(c."resolved766OnTime") <> 0 OR sum(c."resolved766Late") <> 0 OR sum(c."closedWithoutResult") <> 0 OR sum(c."electronicResult") <> 0 OR sum(c."returned") <> 0 OR sum(c."returnedByPost") <> 0 OR sum(c."pendingDelta") <> 0 OR sum(c."overdueDelta") <> 0;
  GET DIAGNOSTICS written = ROW_COUNT;
  INSERT INTO "DossierRollupSignal" ("dossierId", "syncedDay", "complaintDay", "apologyDay", "decidingUnitId", "receivedUnitId", "handlingOfficeId", "procedureId", "channel")
  SELECT d.id,
         CASE WHEN d."receivedAt" IS NOT NULL AND s."dossierId" IS NOT NULL THEN (d."receivedAt" + interval '7 hours')::date END,
         CASE WHEN d."finishedAt" IS NOT NULL AND d.timeliness IS NOT NULL AND k."dossierId" IS NOT NULL THEN (d."finishedAt" + interval '7 hours')::date END,
         CASE WHEN d."finishedAt" IS NOT NULL AND d.timeliness = 'LATE' AND d."apologyTimely" THEN (d."finishedAt" + interval '7 hours')::date END,
         d."decidingUnitId", d."receivedUnitId", coalesce(d."handlingOfficeId", ''), d."procedureId", d.channel
  FROM "Dossier" d
  LEFT JOIN (SELECT m."dossierId" FROM "PortalSyncMessage" m WHERE m.kind = 'DOSSIER' GROUP BY 1 HAVING bool_and(m.status = 'SYNCED')) s ON s."dossierId" = d.id
  LEFT JOIN (SELECT f."dossierId" FROM "Feedback" f WHERE f."dossierId" IS NOT NULL
             UNION
             SELECT r."dossierId" FROM "Rating" r WHERE motcua_rating_is_dislike(r."overallScore", r.id)) k ON k."dossierId" = d.id
  WHERE (unit_id IS NULL OR d."decidingUnitId" = unit_id OR d."receivedUnitId" = unit_id)
    AND ((d."receivedAt" IS NOT NULL AND s."dossierId" IS NOT NULL) OR (d."finishedAt" IS NOT NULL AND d.timeliness IS NOT NULL AND k."dossierId" IS NOT NULL)
      OR (d."finishedAt" IS NOT NULL AND d.timeliness = 'LATE' AND d."apologyTimely"));
  INSERT INTO "DossierDailyRollup" AS r ("day", "decidingUnitId", "receivedUnitId", "handlingOfficeId", "procedureId", "channel", "synced", "resolvedComplaintOrDislike", "resolvedLateTimelyApology")
  SELECT x."day", x."decidingUnitId", x."receivedUnitId", x."handlingOfficeId", x."procedureId", x."channel", sum(x.s)::int, sum(x.c)::int, sum(x.a)::int
  FROM (
    SELECT "syncedDay" AS "day", "decidingUnitId", "receivedUnitId", "handlingOfficeId", "procedureId", "channel", 1 AS s, 0 AS c, 0 AS a
    FROM "DossierRollupSignal" WHERE "syncedDay" IS NOT NULL AND (unit_id IS NULL OR "decidingUnitId" = unit_id OR "receivedUnitId" = unit_id)
    UNION ALL
    SELECT "complaintDay", "decidingUnitId", "receivedUnitId", "handlingOfficeId", "procedureId", "channel", 0, 1, 0
    FROM "DossierRollupSignal" WHERE "complaintDay" IS NOT NULL AND (unit_id IS NULL OR "decidingUnitId" = unit_id OR "receivedUnitId" = unit_id)
    UNION ALL
    SELECT "apologyDay", "decidingUnitId", "receivedUnitId", "handlingOfficeId", "procedureId", "channel", 0, 0, 1
    FROM "DossierRollupSignal" WHERE "apologyDay" IS NOT NULL AND (unit_id IS NULL OR "decidingUnitId" = unit_id OR "receivedUnitId" = unit_id)
  ) x
  GROUP BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ("decidingUnitId", "day", "receivedUnitId", "handlingOfficeId", "procedureId", "channel") DO UPDATE SET
    "synced" = r."synced" + EXCLUDED."synced",
    "resolvedComplaintOrDislike" = r."resolvedComplaintOrDislike" + EXCLUDED."resolvedComplaintOrDislike",
    "resolvedLateTimelyApology" = r."resolvedLateTimelyApology" + EXCLUDED."resolvedLateTimelyApology";
  INSERT INTO "DossierMonthlyRollup" ("month", "decidingUnitId", "receivedUnitId", "channel", "received", "receivedFullOnline", "receivedWithFee", "paidOnline", "digitised", "dataReused", "resolved", "resolvedEarly", "resolvedOnTime", "resolvedLate", "resolved766OnTime", "resolved766Late", "closedWithoutResult", "electronicResult", "returned", "returnedByPost", "pendingDelta", "overdueDelta", "synced", "resolvedComplaintOrDislike", "resolvedLateTimelyApology")
  SELECT date_trunc('month', d."day")::date, d."decidingUnitId", d."receivedUnitId", d."channel", sum(d."received")::int, sum(d."receivedFullOnline")::int, sum(d."receivedWithFee")::int, sum(d."paidOnline")::int, sum(d."digitised")::int, sum(d."dataReused")::int, sum(d."resolved")::int, sum(d."resolvedEarly")::int, sum(d."resolvedOnTime")::int, sum(d."resolvedLate")::int, sum(d."resolved766OnTime")::int, sum(d."resolved766Late")::int, sum(d."closedWithoutResult")::int, sum(d."electronicResult")::int, sum(d."returned")::int, sum(d."returnedByPost")::int, sum(d."pendingDelta")::int, sum(d."overdueDelta")::int, sum(d."synced")::int, sum(d."resolvedComplaintOrDislike")::int, sum(d."resolvedLateTimelyApology")::int
  FROM "DossierDailyRollup" d
  WHERE unit_id IS NULL OR d."decidingUnitId" = unit_id OR d."receivedUnitId" = unit_id
  GROUP BY 1, 2, 3, 4
  HAVING sum(d."received") <> 0 OR sum(d."receivedFullOnline") <> 0 OR sum(d."receivedWithFee") <> 0 OR sum(d."paidOnline") <> 0 OR sum(d."digitised") <> 0 OR sum(d."dataReused") <> 0 OR sum(d."resolved") <> 0 OR sum(d."resolvedEarly") <> 0 OR sum(d."resolvedOnTime") <> 0 OR sum(d."resolvedLate") <> 0 OR sum(d."resolved766OnTime") <> 0 OR sum(d."resolved766Late") <> 0 OR sum(d."closedWithoutResult") <> 0 OR sum(d."electronicResult") <> 0 OR sum(d."returned") <> 0 OR sum(d."returnedByPost") <> 0 OR sum(d."pendingDelta") <> 0 OR sum(d."overdueDelta") <> 0 OR sum(d."synced") <> 0 OR sum(d."resolvedComplaintOrDislike") <> 0 OR sum(d."resolvedLateTimelyApology") <> 0;
  INSERT INTO "DossierProcedureMonthlyRollup" ("month", "decidingUnitId", "handlingOfficeId", "procedureId", "received", "receivedOnline", "receivedWithFee", "paidOnline")
  SELECT date_trunc('month', d."receivedAt" + interval '7 hours')::date, d."decidingUnitId", coalesce(d."handlingOfficeId", ''), d."procedureId",
         count(*)::int, (count(*) FILTER (WHERE d.channel = 'ONLINE'))::int, (count(*) FILTER (WHERE d."feeAmount" > 0))::int, (count(*) FILTER (WHERE d."feePaidOnline"))::int
  FROM "Dossier" d
  WHERE d."receivedAt" IS NOT NULL AND (unit_id IS NULL OR d."decidingUnitId" = unit_id)
  GROUP BY 1, 2, 3, 4;
  RETURN written;
END;
$$;
