-- Daily rollups of the dossier figures (issue 13, item 1): one row per Vietnamese calendar day, deciding unit,
-- receiving unit, handling office ('' for none), procedure and channel, with flow counters. docs/rollups.md.
--
-- A dossier's contribution is a pure function of its row (motcua_rollup_contributions): it counts on the day it was
-- received, the day it finished, the day its appointment passed while still open (overdue), and the day its result
-- was returned. Pending and overdue are flows (+1 when a dossier enters, −1 when it leaves), so "pending at the end
-- of day D" is the sum of pendingDelta over days ≤ D. A trigger on "Dossier" subtracts the old row's contribution and
-- adds the new one in the same transaction as every change, whichever code makes it; motcua_rebuild_rollups
-- recomputes them from the source tables (npm run rollups -- rebuild).
-- Days are Vietnamese calendar days: Vietnam keeps UTC+7 all year, and DateTime columns hold UTC.

CREATE TABLE "DossierDailyRollup" (
    "day" DATE NOT NULL,
    "decidingUnitId" TEXT NOT NULL,
    "receivedUnitId" TEXT NOT NULL,
    "handlingOfficeId" TEXT NOT NULL DEFAULT '',
    "procedureId" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "receivedFullOnline" INTEGER NOT NULL DEFAULT 0,
    "receivedWithFee" INTEGER NOT NULL DEFAULT 0,
    "paidOnline" INTEGER NOT NULL DEFAULT 0,
    "digitised" INTEGER NOT NULL DEFAULT 0,
    "dataReused" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "resolvedEarly" INTEGER NOT NULL DEFAULT 0,
    "resolvedOnTime" INTEGER NOT NULL DEFAULT 0,
    "resolvedLate" INTEGER NOT NULL DEFAULT 0,
    "resolved766OnTime" INTEGER NOT NULL DEFAULT 0,
    "resolved766Late" INTEGER NOT NULL DEFAULT 0,
    "closedWithoutResult" INTEGER NOT NULL DEFAULT 0,
    "electronicResult" INTEGER NOT NULL DEFAULT 0,
    "returned" INTEGER NOT NULL DEFAULT 0,
    "returnedByPost" INTEGER NOT NULL DEFAULT 0,
    "pendingDelta" INTEGER NOT NULL DEFAULT 0,
    "overdueDelta" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DossierDailyRollup_pkey" PRIMARY KEY ("decidingUnitId", "day", "receivedUnitId", "handlingOfficeId", "procedureId", "channel")
);

CREATE INDEX "DossierDailyRollup_receivedUnitId_day_idx" ON "DossierDailyRollup"("receivedUnitId", "day");

CREATE INDEX "DossierDailyRollup_handlingOfficeId_day_idx" ON "DossierDailyRollup"("handlingOfficeId", "day");

CREATE INDEX "DossierDailyRollup_day_idx" ON "DossierDailyRollup"("day");

-- What one dossier row adds to the rollups: up to four (day, key, counters) rows. Decision 766 indicator 2.1 judges a
-- resolved dossier late when it finished after its stored appointment (paused time added back) or had more than one
-- supplement request (SUPPLEMENT pauses; they are all recorded before the dossier finishes).
CREATE FUNCTION motcua_rollup_contributions(d "Dossier")
RETURNS TABLE ("day" date, "decidingUnitId" text, "receivedUnitId" text, "handlingOfficeId" text, "procedureId" text, "channel" "Channel", "received" int, "receivedFullOnline" int, "receivedWithFee" int, "paidOnline" int, "digitised" int, "dataReused" int, "resolved" int, "resolvedEarly" int, "resolvedOnTime" int, "resolvedLate" int, "resolved766OnTime" int, "resolved766Late" int, "closedWithoutResult" int, "electronicResult" int, "returned" int, "returnedByPost" int, "pendingDelta" int, "overdueDelta" int)
LANGUAGE sql STABLE AS $$
  SELECT (d."receivedAt" + interval '7 hours')::date, d."decidingUnitId", d."receivedUnitId", coalesce(d."handlingOfficeId", ''), d."procedureId", d.channel,
         1,
         coalesce((d.channel = 'ONLINE' AND (SELECT v."onlineClass" FROM "ProcedureVersion" v WHERE v.id = d."procedureVersionId") = 'FULL')::int, 0),
         coalesce((d."feeAmount" > 0)::int, 0),
         coalesce(d."feePaidOnline"::int, 0),
         coalesce(d.digitised::int, 0),
         coalesce(d."dataReused"::int, 0),
         0,
         0,
         0,
         0,
         0,
         0,
         0,
         0,
         0,
         0,
         1,
         0
  FROM (SELECT false AS late766) m
  WHERE d."receivedAt" IS NOT NULL
  UNION ALL
  SELECT (d."finishedAt" + interval '7 hours')::date, d."decidingUnitId", d."receivedUnitId", coalesce(d."handlingOfficeId", ''), d."procedureId", d.channel,
         0,
         0,
         0,
         0,
         0,
         0,
         coalesce((d.timeliness IS NOT NULL)::int, 0),
         coalesce((d.timeliness = 'EARLY')::int, 0),
         coalesce((d.timeliness = 'ON_TIME')::int, 0),
         coalesce((d.timeliness = 'LATE')::int, 0),
         coalesce((d.timeliness IS NOT NULL AND NOT m.late766)::int, 0),
         coalesce((d.timeliness IS NOT NULL AND m.late766)::int, 0),
         coalesce((d.timeliness IS NULL)::int, 0),
         coalesce(d."electronicResult"::int, 0),
         0,
         0,
         coalesce(-(d."receivedAt" IS NOT NULL)::int, 0),
         coalesce(-(d."receivedAt" IS NOT NULL AND d."appointmentAt" < d."finishedAt")::int, 0)
  FROM (SELECT d."finishedAt" IS NOT NULL AND d.timeliness IS NOT NULL AND (
               (d."appointmentAt" IS NOT NULL AND d."finishedAt" > d."appointmentAt")
               OR (SELECT count(*) FROM "DossierPause" p WHERE p."dossierId" = d.id AND p.kind = 'SUPPLEMENT') > 1) AS late766) m
  WHERE d."finishedAt" IS NOT NULL
  UNION ALL
  SELECT (d."appointmentAt" + interval '7 hours')::date, d."decidingUnitId", d."receivedUnitId", coalesce(d."handlingOfficeId", ''), d."procedureId", d.channel,
         0,
         0,
         0,
         0,
         0,
         0,
         0,
         0,
         0,
         0,
         0,
         0,
         0,
         0,
         0,
         0,
         0,
         1
  FROM (SELECT false AS late766) m
  WHERE d."receivedAt" IS NOT NULL AND d."appointmentAt" IS NOT NULL AND (d."finishedAt" IS NULL OR d."appointmentAt" < d."finishedAt")
  UNION ALL
  SELECT (d."returnedAt" + interval '7 hours')::date, d."decidingUnitId", d."receivedUnitId", coalesce(d."handlingOfficeId", ''), d."procedureId", d.channel,
         0,
         0,
         0,
         0,
         0,
         0,
         0,
         0,
         0,
         0,
         0,
         0,
         0,
         0,
         1,
         coalesce(d."postalReturn"::int, 0),
         0,
         0
  FROM (SELECT false AS late766) m
  WHERE d."returnedAt" IS NOT NULL
$$;

-- The trigger: one grouped upsert of (new contribution − old contribution), skipping keys whose net change is zero
-- and updates that touch no counted column (assignments, version bumps, notes…). A bulk load may switch it off with
-- SET LOCAL motcua.rollups = 'off' and must then call motcua_rebuild_rollups.
CREATE FUNCTION motcua_maintain_dossier_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('motcua.rollups', true) = 'off' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND (OLD."receivedAt", OLD."finishedAt", OLD."returnedAt", OLD."appointmentAt", OLD."timeliness", OLD."decidingUnitId", OLD."receivedUnitId", OLD."handlingOfficeId", OLD."procedureId", OLD."procedureVersionId", OLD."channel", OLD."feeAmount", OLD."feePaidOnline", OLD."digitised", OLD."dataReused", OLD."electronicResult", OLD."postalReturn")
      IS NOT DISTINCT FROM (NEW."receivedAt", NEW."finishedAt", NEW."returnedAt", NEW."appointmentAt", NEW."timeliness", NEW."decidingUnitId", NEW."receivedUnitId", NEW."handlingOfficeId", NEW."procedureId", NEW."procedureVersionId", NEW."channel", NEW."feeAmount", NEW."feePaidOnline", NEW."digitised", NEW."dataReused", NEW."electronicResult", NEW."postalReturn") THEN
    RETURN NULL;
  END IF;
  INSERT INTO "DossierDailyRollup" AS r ("day", "decidingUnitId", "receivedUnitId", "handlingOfficeId", "procedureId", "channel", "received", "receivedFullOnline", "receivedWithFee", "paidOnline", "digitised", "dataReused", "resolved", "resolvedEarly", "resolvedOnTime", "resolvedLate", "resolved766OnTime", "resolved766Late", "closedWithoutResult", "electronicResult", "returned", "returnedByPost", "pendingDelta", "overdueDelta")
  SELECT c."day", c."decidingUnitId", c."receivedUnitId", c."handlingOfficeId", c."procedureId", c."channel", sum(s.sign * c."received")::int, sum(s.sign * c."receivedFullOnline")::int, sum(s.sign * c."receivedWithFee")::int, sum(s.sign * c."paidOnline")::int, sum(s.sign * c."digitised")::int, sum(s.sign * c."dataReused")::int, sum(s.sign * c."resolved")::int, sum(s.sign * c."resolvedEarly")::int, sum(s.sign * c."resolvedOnTime")::int, sum(s.sign * c."resolvedLate")::int, sum(s.sign * c."resolved766OnTime")::int, sum(s.sign * c."resolved766Late")::int, sum(s.sign * c."closedWithoutResult")::int, sum(s.sign * c."electronicResult")::int, sum(s.sign * c."returned")::int, sum(s.sign * c."returnedByPost")::int, sum(s.sign * c."pendingDelta")::int, sum(s.sign * c."overdueDelta")::int
  FROM (
    SELECT -1 AS sign, OLD AS d WHERE TG_OP IN ('UPDATE', 'DELETE')
    UNION ALL
    SELECT 1, NEW WHERE TG_OP IN ('INSERT', 'UPDATE')
  ) s
  CROSS JOIN LATERAL motcua_rollup_contributions(s.d) c
  GROUP BY c."day", c."decidingUnitId", c."receivedUnitId", c."handlingOfficeId", c."procedureId", c."channel"
  HAVING sum(s.sign * c."received") <> 0 OR sum(s.sign * c."receivedFullOnline") <> 0 OR sum(s.sign * c."receivedWithFee") <> 0 OR sum(s.sign * c."paidOnline") <> 0 OR sum(s.sign * c."digitised") <> 0 OR sum(s.sign * c."dataReused") <> 0 OR sum(s.sign * c."resolved") <> 0 OR sum(s.sign * c."resolvedEarly") <> 0 OR sum(s.sign * c."resolvedOnTime") <> 0 OR sum(s.sign * c."resolvedLate") <> 0 OR sum(s.sign * c."resolved766OnTime") <> 0 OR sum(s.sign * c."resolved766Late") <> 0 OR sum(s.sign * c."closedWithoutResult") <> 0 OR sum(s.sign * c."electronicResult") <> 0 OR sum(s.sign * c."returned") <> 0 OR sum(s.sign * c."returnedByPost") <> 0 OR sum(s.sign * c."pendingDelta") <> 0 OR sum(s.sign * c."overdueDelta") <> 0
  ORDER BY c."day", c."decidingUnitId", c."receivedUnitId", c."handlingOfficeId", c."procedureId", c."channel"
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
    "overdueDelta" = r."overdueDelta" + EXCLUDED."overdueDelta";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Dossier_rollups" AFTER INSERT OR UPDATE OR DELETE ON "Dossier"
  FOR EACH ROW EXECUTE FUNCTION motcua_maintain_dossier_rollups();

-- Recomputes the rollups from "Dossier" in the caller's transaction: all of them, or those of one unit (rows whose
-- deciding or receiving unit it is). Writers of "Dossier" wait meanwhile (SHARE lock), so no change is lost between
-- the delete and the insert. Returns the number of rollup rows written.
CREATE FUNCTION motcua_rebuild_rollups(unit_id text DEFAULT NULL) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  written bigint;
BEGIN
  LOCK TABLE "Dossier" IN SHARE MODE;
  IF unit_id IS NULL THEN
    TRUNCATE "DossierDailyRollup";
  ELSE
    DELETE FROM "DossierDailyRollup" WHERE "decidingUnitId" = unit_id OR "receivedUnitId" = unit_id;
  END IF;
  INSERT INTO "DossierDailyRollup" ("day", "decidingUnitId", "receivedUnitId", "handlingOfficeId", "procedureId", "channel", "received", "receivedFullOnline", "receivedWithFee", "paidOnline", "digitised", "dataReused", "resolved", "resolvedEarly", "resolvedOnTime", "resolvedLate", "resolved766OnTime", "resolved766Late", "closedWithoutResult", "electronicResult", "returned", "returnedByPost", "pendingDelta", "overdueDelta")
  SELECT c."day", c."decidingUnitId", c."receivedUnitId", c."handlingOfficeId", c."procedureId", c."channel", sum(c."received")::int, sum(c."receivedFullOnline")::int, sum(c."receivedWithFee")::int, sum(c."paidOnline")::int, sum(c."digitised")::int, sum(c."dataReused")::int, sum(c."resolved")::int, sum(c."resolvedEarly")::int, sum(c."resolvedOnTime")::int, sum(c."resolvedLate")::int, sum(c."resolved766OnTime")::int, sum(c."resolved766Late")::int, sum(c."closedWithoutResult")::int, sum(c."electronicResult")::int, sum(c."returned")::int, sum(c."returnedByPost")::int, sum(c."pendingDelta")::int, sum(c."overdueDelta")::int
  FROM "Dossier" d CROSS JOIN LATERAL motcua_rollup_contributions(d) c
  WHERE unit_id IS NULL OR d."decidingUnitId" = unit_id OR d."receivedUnitId" = unit_id
  GROUP BY c."day", c."decidingUnitId", c."receivedUnitId", c."handlingOfficeId", c."procedureId", c."channel"
  HAVING sum(c."received") <> 0 OR sum(c."receivedFullOnline") <> 0 OR sum(c."receivedWithFee") <> 0 OR sum(c."paidOnline") <> 0 OR sum(c."digitised") <> 0 OR sum(c."dataReused") <> 0 OR sum(c."resolved") <> 0 OR sum(c."resolvedEarly") <> 0 OR sum(c."resolvedOnTime") <> 0 OR sum(c."resolvedLate") <> 0 OR sum(c."resolved766OnTime") <> 0 OR sum(c."resolved766Late") <> 0 OR sum(c."closedWithoutResult") <> 0 OR sum(c."electronicResult") <> 0 OR sum(c."returned") <> 0 OR sum(c."returnedByPost") <> 0 OR sum(c."pendingDelta") <> 0 OR sum(c."overdueDelta") <> 0;
  GET DIAGNOSTICS written = ROW_COUNT;
  RETURN written;
END;
$$;

-- Existing dossiers.
SELECT motcua_rebuild_rollups();
