-- Monthly rollups per unit and channel (issue 13; docs/rollups.md): the daily table is keyed down to office and
-- procedure for drill-down, so a province holds about one daily row per dossier; the unit-level figures (a year per
-- unit, a 36-month trend, the public home) read this small table for whole months and the daily one for the days at
-- either end of a period. The same trigger keeps both in the same transaction; the rebuild fills both.

CREATE TABLE "DossierMonthlyRollup" (
    "month" DATE NOT NULL,
    "decidingUnitId" TEXT NOT NULL,
    "receivedUnitId" TEXT NOT NULL,
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

    CONSTRAINT "DossierMonthlyRollup_pkey" PRIMARY KEY ("decidingUnitId", "month", "receivedUnitId", "channel")
);

CREATE INDEX "DossierMonthlyRollup_receivedUnitId_month_idx" ON "DossierMonthlyRollup"("receivedUnitId", "month");

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
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION motcua_rebuild_rollups(unit_id text DEFAULT NULL) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  written bigint;
BEGIN
  LOCK TABLE "Dossier" IN SHARE MODE;
  IF unit_id IS NULL THEN
    TRUNCATE "DossierDailyRollup", "DossierMonthlyRollup";
  ELSE
    DELETE FROM "DossierDailyRollup" WHERE "decidingUnitId" = unit_id OR "receivedUnitId" = unit_id;
    DELETE FROM "DossierMonthlyRollup" WHERE "decidingUnitId" = unit_id OR "receivedUnitId" = unit_id;
  END IF;
  INSERT INTO "DossierDailyRollup" ("day", "decidingUnitId", "receivedUnitId", "handlingOfficeId", "procedureId", "channel", "received", "receivedFullOnline", "receivedWithFee", "paidOnline", "digitised", "dataReused", "resolved", "resolvedEarly", "resolvedOnTime", "resolvedLate", "resolved766OnTime", "resolved766Late", "closedWithoutResult", "electronicResult", "returned", "returnedByPost", "pendingDelta", "overdueDelta")
  SELECT c."day", c."decidingUnitId", c."receivedUnitId", c."handlingOfficeId", c."procedureId", c."channel", sum(c."received")::int, sum(c."receivedFullOnline")::int, sum(c."receivedWithFee")::int, sum(c."paidOnline")::int, sum(c."digitised")::int, sum(c."dataReused")::int, sum(c."resolved")::int, sum(c."resolvedEarly")::int, sum(c."resolvedOnTime")::int, sum(c."resolvedLate")::int, sum(c."resolved766OnTime")::int, sum(c."resolved766Late")::int, sum(c."closedWithoutResult")::int, sum(c."electronicResult")::int, sum(c."returned")::int, sum(c."returnedByPost")::int, sum(c."pendingDelta")::int, sum(c."overdueDelta")::int
  FROM "Dossier" d CROSS JOIN LATERAL motcua_rollup_contributions(d) c
  WHERE unit_id IS NULL OR d."decidingUnitId" = unit_id OR d."receivedUnitId" = unit_id
  GROUP BY c."day", c."decidingUnitId", c."receivedUnitId", c."handlingOfficeId", c."procedureId", c."channel"
  HAVING sum(c."received") <> 0 OR sum(c."receivedFullOnline") <> 0 OR sum(c."receivedWithFee") <> 0 OR sum(c."paidOnline") <> 0 OR sum(c."digitised") <> 0 OR sum(c."dataReused") <> 0 OR sum(c."resolved") <> 0 OR sum(c."resolvedEarly") <> 0 OR sum(c."resolvedOnTime") <> 0 OR sum(c."resolvedLate") <> 0 OR sum(c."resolved766OnTime") <> 0 OR sum(c."resolved766Late") <> 0 OR sum(c."closedWithoutResult") <> 0 OR sum(c."electronicResult") <> 0 OR sum(c."returned") <> 0 OR sum(c."returnedByPost") <> 0 OR sum(c."pendingDelta") <> 0 OR sum(c."overdueDelta") <> 0;
  GET DIAGNOSTICS written = ROW_COUNT;
  INSERT INTO "DossierMonthlyRollup" ("month", "decidingUnitId", "receivedUnitId", "channel", "received", "receivedFullOnline", "receivedWithFee", "paidOnline", "digitised", "dataReused", "resolved", "resolvedEarly", "resolvedOnTime", "resolvedLate", "resolved766OnTime", "resolved766Late", "closedWithoutResult", "electronicResult", "returned", "returnedByPost", "pendingDelta", "overdueDelta")
  SELECT date_trunc('month', d."day")::date, d."decidingUnitId", d."receivedUnitId", d."channel", sum(d."received")::int, sum(d."receivedFullOnline")::int, sum(d."receivedWithFee")::int, sum(d."paidOnline")::int, sum(d."digitised")::int, sum(d."dataReused")::int, sum(d."resolved")::int, sum(d."resolvedEarly")::int, sum(d."resolvedOnTime")::int, sum(d."resolvedLate")::int, sum(d."resolved766OnTime")::int, sum(d."resolved766Late")::int, sum(d."closedWithoutResult")::int, sum(d."electronicResult")::int, sum(d."returned")::int, sum(d."returnedByPost")::int, sum(d."pendingDelta")::int, sum(d."overdueDelta")::int
  FROM "DossierDailyRollup" d
  WHERE unit_id IS NULL OR d."decidingUnitId" = unit_id OR d."receivedUnitId" = unit_id
  GROUP BY 1, 2, 3, 4
  HAVING sum(d."received") <> 0 OR sum(d."receivedFullOnline") <> 0 OR sum(d."receivedWithFee") <> 0 OR sum(d."paidOnline") <> 0 OR sum(d."digitised") <> 0 OR sum(d."dataReused") <> 0 OR sum(d."resolved") <> 0 OR sum(d."resolvedEarly") <> 0 OR sum(d."resolvedOnTime") <> 0 OR sum(d."resolvedLate") <> 0 OR sum(d."resolved766OnTime") <> 0 OR sum(d."resolved766Late") <> 0 OR sum(d."closedWithoutResult") <> 0 OR sum(d."electronicResult") <> 0 OR sum(d."returned") <> 0 OR sum(d."returnedByPost") <> 0 OR sum(d."pendingDelta") <> 0 OR sum(d."overdueDelta") <> 0;
  RETURN written;
END;
$$;

-- Existing dossiers.
SELECT motcua_rebuild_rollups();
