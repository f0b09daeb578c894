// Bulk dossiers for the worklist benchmark: hundreds of thousands of Dossier rows written by PostgreSQL itself
// (INSERT … SELECT over generate_series), ~25,000 per statement, so Node holds no rows: 500,000 take 40–150 s on the
// reference 2-core machine depending on its load. The demo-world generator writes each dossier's whole history
// (≈ 6.5 events, 2 hand-offs, 2 documents) and ran at ≈ 540 dossiers/s there: 500,000 would take a quarter of an hour.
//
// What is realistic: the demo world's units, offices, officers and procedures (same seed, so the same ids), its
// demand (town vs wards by population, procedures by demand, months, weekdays and Tết from `dayWeight`), gap-free
// codes per unit and day numbered in order of receipt, receipts inside office hours, the version in force on the day.
// What is approximate: appointments are `received + ceil(working days × 7/5)` calendar days (hours × 3), not the
// working-day engine's; there are no events, hand-offs, documents or pauses (worklists read Dossier and Procedure
// only). Statuses: finished dossiers are returned (a few refused, withdrawn or stopped); the open ones are those
// still inside their processing time at `until` plus a share that was never closed (results never collected,
// forgotten files, supplements never brought), more of them among recent dossiers: ≈ 5 % open in all.
// The online side has the demo world's shapes: each unit's shares of the month (online, post, digitised, paid
// online, electronic results; src/tooling/demo-world/online.ts ratesOn) on procedures whose class and postal terms
// allow them; the flags and the result delivery are set, but there are no files, payments, contacts or parcels.
import { addCalendarDays, type WorkingCalendar } from "@/domain/calendar";
import type { PrismaClient } from "@/generated/prisma/client";
import { rebuildRollups } from "@/server/rollups/rebuild";
import { unitInForce } from "@/tooling/demo-world/catalogue";
import { dayWeight, localMidnight, planGeneration } from "@/tooling/demo-world/dossiers";
import { ratesOn } from "@/tooling/demo-world/online";
import {
  COMPANY_KINDS,
  COMPANY_NAMES,
  FAMILY_NAMES,
  FEMALE_GIVEN_NAMES,
  FEMALE_MIDDLE_NAMES,
  MALE_GIVEN_NAMES,
  MALE_MIDDLE_NAMES,
} from "@/tooling/demo-world/names";
import { versionOn, type World } from "@/tooling/demo-world/world";

export interface BulkDossierOptions {
  dossiers: number;
  /** Months of history before `until` (default 36). */
  months: number;
  /** End of the period (a local midnight); dossiers are received before it. */
  until: Date;
  seed: number;
  /** Dossiers per INSERT statement (default 25,000). */
  chunkSize?: number;
  /** INSERT statements in flight (default 2: one per core of the reference machine). */
  parallel?: number;
  onProgress?: (progress: { dossiers: number; elapsedMs: number }) => void;
}

export interface BulkDossierResult {
  dossiers: number;
  firstDay: string;
  lastDay: string;
  elapsedMs: number;
  /** The daily rollups rebuilt after the load (the trigger is off during it): rows written and time taken. */
  rollupRows: number;
  rollupRebuildMs: number;
}

/**
 * Share of dossiers never closed, at age 0; it decays with age (e^(−age/365)), so over three years about 4 % of all
 * dossiers stay open, most of them from the last year.
 */
const STALE_OPEN_AT_AGE_ZERO = 0.12;
const SLOTS = 1000;
const TABLES = [
  "bench_plan",
  "bench_slot",
  "bench_procedure",
  "bench_version",
  "bench_office",
  "bench_officer",
  "bench_desk",
] as const;

interface PlanRow {
  chunk: number;
  day: string;
  day_start: string;
  progress: number;
  unit_id: string;
  unit_code: string;
  unit_label: string;
  level: string;
  receptionists: number;
  n: number;
  /** Chance an online-capable dossier is filed online (the unit's online share over the level's capable share). */
  r_online: number;
  r_digitised: number;
  r_pay: number;
  r_result: number;
  r_postal_in: number;
  r_postal_ret: number;
}

/** Dossiers per unit and receipt day: the demo world's demand, rounded with a carry so each unit gets its share. */
function planRows(
  world: World,
  cal: WorkingCalendar,
  options: BulkDossierOptions,
): { rows: PlanRow[]; firstDay: string; lastDay: string } {
  const plan = planGeneration(world, cal, {
    seed: options.seed,
    until: options.until,
    months: options.months,
    dossiers: options.dossiers,
  });
  const days: { date: string; weight: number }[] = [];
  // `until` is a local midnight: its own day has no receipts before it.
  for (let date = plan.firstDay; date < plan.lastDay; date = addCalendarDays(date, 1)) {
    const weight = dayWeight(cal, date);
    if (weight > 0) days.push({ date, weight });
  }
  const totalWeight = days.reduce((sum, day) => sum + day.weight, 0);
  const units = world.units.filter((unit) => plan.targets.has(unit.seed.code));
  const carry = new Map<string, number>();
  const rows: PlanRow[] = [];
  // Demand share of the procedures offered online, per level and day (classes change only with a version).
  const capable = (mix: ProcedureMix, date: string): number => {
    const procedures = world.procedures.filter((p) => mix === "ALL" || p.seed.level === mix);
    const total = procedures.reduce((sum, p) => sum + p.seed.demand, 0);
    const online = procedures
      .filter((p) => versionOn(p, date).onlineClass !== "NONE")
      .reduce((sum, p) => sum + p.seed.demand, 0);
    return online / total;
  };
  const capableCache = new Map<string, number>();
  days.forEach(({ date, weight }, index) => {
    const progress = index / Math.max(1, days.length - 1);
    // A unit receives only while it exists (the old map until 30/06/2025, today's three units since); a day's volume
    // is shared among the units in force that day, so the total stays what was asked on either side of the change.
    const inForce = units.filter((u) => unitInForce(u.seed, date));
    const targetInForce = inForce.reduce((sum, u) => sum + (plan.targets.get(u.seed.code) ?? 0), 0);
    for (const unit of inForce) {
      const expected =
        (options.dossiers * (plan.targets.get(unit.seed.code) ?? 0) * weight) / targetInForce / totalWeight;
      const before = carry.get(unit.id) ?? 0;
      const n = Math.floor(before + expected) - Math.floor(before);
      carry.set(unit.id, before + expected);
      if (n === 0) continue;
      const mix = procedureMixOf(unit.seed);
      const versionsKey = `${mix}|${world.procedures.map((p) => versionOn(p, date).id).join()}`;
      if (!capableCache.has(versionsKey)) capableCache.set(versionsKey, capable(mix, date));
      const rates = ratesOn(unit.seed, date, progress);
      rows.push({
        chunk: 0,
        day: date,
        day_start: new Date(localMidnight(cal, date)).toISOString(),
        progress,
        unit_id: unit.id,
        unit_code: unit.seed.code,
        unit_label: `${unit.seed.kindLabel.toLowerCase()} ${unit.seed.name}, ${unit.seed.effectiveTo ? "thị xã Sơn Tây, " : ""}Hà Nội`,
        level: procedureMixOf(unit.seed),
        receptionists: unit.receptionists.length,
        n,
        r_online: Math.min(0.985, rates.online / (capableCache.get(versionsKey) ?? 1)),
        r_digitised: rates.digitised,
        r_pay: rates.payOnline,
        r_result: rates.electronicResult,
        r_postal_in: rates.postalIntake,
        r_postal_ret: rates.postalReturn,
      });
    }
  });
  // Rounding leaves the total a few short or over: settle it on the busiest rows of the last days.
  let missing = options.dossiers - rows.reduce((sum, row) => sum + row.n, 0);
  for (let i = rows.length - 1; missing !== 0 && i >= 0; i--) {
    const row = rows[i]!;
    const step = missing > 0 ? 1 : row.n > 1 ? -1 : 0;
    row.n += step;
    missing -= step;
  }
  let chunk = 0;
  let inChunk = 0;
  let previousDay = "";
  const chunkSize = options.chunkSize ?? 25_000;
  for (const row of rows) {
    // Chunks hold whole days, so a unit's day (its code numbers) never spans two statements.
    if (row.day !== previousDay && inChunk >= chunkSize) {
      chunk++;
      inChunk = 0;
    }
    previousDay = row.day;
    row.chunk = chunk;
    inChunk += row.n;
  }
  return { rows, firstDay: days[0]?.date ?? plan.firstDay, lastDay: days[days.length - 1]?.date ?? plan.lastDay };
}

/**
 * Which procedures a unit receives: before the 2025 reform a ward took the commune-level ones and the town the
 * district-level ones (the seed's `level`); the communes formed on 01/07/2025 take them all.
 */
type ProcedureMix = "DISTRICT" | "COMMUNE" | "ALL";
const procedureMixOf = (unit: { level: string; effectiveFrom?: string }): ProcedureMix =>
  unit.effectiveFrom ? "ALL" : unit.level === "DISTRICT" ? "DISTRICT" : "COMMUNE";

/** Spreads weights over `SLOTS` slots, so a uniform random number picks an index with an equality join. */
function slotsOf(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const slots: number[] = [];
  let cumulative = 0;
  weights.forEach((weight, index) => {
    cumulative += weight;
    const end = Math.round((cumulative / total) * SLOTS);
    while (slots.length < end) slots.push(index);
  });
  return slots;
}

async function createTable(db: PrismaClient, name: string, columns: string, rows: readonly object[]): Promise<void> {
  await db.$executeRawUnsafe(
    `CREATE UNLOGGED TABLE ${name} AS SELECT * FROM json_to_recordset($1::json) AS r(${columns})`,
    JSON.stringify(rows),
  );
  await db.$executeRawUnsafe(`ANALYZE ${name}`);
}

async function createLookupTables(db: PrismaClient, world: World, plan: PlanRow[]): Promise<void> {
  await createTable(
    db,
    "bench_plan",
    "chunk int, day date, day_start timestamp(3), progress float8, unit_id text, unit_code text, unit_label text, level text, receptionists int, n int, r_online float8, r_digitised float8, r_pay float8, r_result float8, r_postal_in float8, r_postal_ret float8",
    plan,
  );
  await db.$executeRawUnsafe("CREATE INDEX ON bench_plan (chunk)");

  const slots: { level: string; slot: number; procedure_idx: number }[] = [];
  for (const level of ["DISTRICT", "COMMUNE", "ALL"] as const satisfies readonly ProcedureMix[]) {
    const procedures = world.procedures
      .map((p, index) => ({ p, index }))
      .filter(({ p }) => level === "ALL" || p.seed.level === level);
    slotsOf(procedures.map(({ p }) => p.seed.demand)).forEach((i, slot) =>
      slots.push({ level, slot, procedure_idx: procedures[i]!.index }),
    );
  }
  await createTable(db, "bench_slot", "level text, slot int, procedure_idx int", slots);

  const procedures = world.procedures.map((p, index) => ({
    procedure_idx: index,
    procedure_id: p.id,
    field_id: p.fieldId,
    organisation: p.seed.organisation ?? false,
  }));
  await createTable(
    db,
    "bench_procedure",
    "procedure_idx int, procedure_id text, field_id text, organisation boolean",
    procedures,
  );

  const versions = world.procedures.flatMap((p, index) =>
    p.versions.map((v, i) => ({
      procedure_idx: index,
      version_id: v.id,
      valid_from: i === 0 ? "1900-01-01" : v.effectiveFrom,
      valid_to: v.effectiveTo ?? "9999-12-31",
      duration_unit: v.seed.duration.unit,
      duration_value: v.seed.duration.value,
      leadership_approval: v.seed.leadershipApproval,
      fee: v.seed.fee + v.seed.charge,
      fee_timing: v.feeTiming,
      online_class: v.onlineClass,
      postal_intake: v.postalIntakeAllowed,
      postal_return: v.seed.postalAllowed,
      // The handling office changed with the 01/07/2025 version (the commune's offices).
      office_code: v.handlingOfficeCode,
    })),
  );
  await createTable(
    db,
    "bench_version",
    "procedure_idx int, version_id text, valid_from date, valid_to date, duration_unit text, duration_value int, leadership_approval boolean, fee int, fee_timing text, online_class text, postal_intake boolean, postal_return boolean, office_code text",
    versions,
  );

  const offices = world.units.flatMap((u) =>
    [...u.offices.values()]
      .filter((o) => o.officers.length > 0)
      .map((o) => ({ unit_id: u.id, office_code: o.code, office_id: o.id, officers: o.officers.length })),
  );
  await createTable(db, "bench_office", "unit_id text, office_code text, office_id text, officers int", offices);
  const officers = world.units.flatMap((u) =>
    [...u.offices.values()].flatMap((o) => o.officers.map((user, idx) => ({ office_id: o.id, idx, user_id: user.id }))),
  );
  await createTable(db, "bench_officer", "office_id text, idx int, user_id text", officers);
  const desks = world.units.flatMap((u) =>
    u.receptionists.map((user, idx) => ({ unit_id: u.id, idx, user_id: user.id })),
  );
  await createTable(db, "bench_desk", "unit_id text, idx int, user_id text", desks);
}

// One statement per chunk. $1 chunk, $2 until (UTC), $3 stale share at age 0, $4… name parts.
const INSERT_CHUNK = `
WITH base AS (
  SELECT p.day, p.day_start, p.progress, p.unit_id, p.unit_code, p.unit_label, p.level, p.receptionists, p.n, s.seq,
         p.r_online, p.r_digitised, p.r_pay, p.r_result, p.r_postal_in, p.r_postal_ret,
         random() AS r_proc, random() AS r_time, random() AS r_late, random() AS r_speed, random() AS r_stale,
         random() AS r_channel, random() AS r_state, random() AS r_outcome, random() AS r_officer, random() AS r_desk,
         random() AS r_name, random() AS r_id, random() AS r_return, random() AS r_flags, random() AS r_post,
         random() AS r_delivery, random() AS r_pay_draw
  FROM bench_plan p CROSS JOIN LATERAL generate_series(1, p.n) AS s(seq)
  WHERE p.chunk = $1
),
received AS (
  SELECT b.*, pr.procedure_id, pr.field_id, pr.organisation, v.version_id, v.fee, v.duration_unit, v.duration_value,
         v.leadership_approval, v.fee_timing, v.postal_return, o.office_id, o.officers,
         -- Office hours 07:30–11:30 and 13:30–17:00 (27,000 s), receipts in code order.
         b.day_start + make_interval(mins => 450) + make_interval(secs => w.t + CASE WHEN w.t >= 14400 THEN 7200 ELSE 0 END) AS received_at,
         CASE WHEN v.online_class <> 'NONE' AND b.r_channel < b.r_online THEN 'ONLINE'
              WHEN v.postal_intake AND b.r_post < b.r_postal_in THEN 'POSTAL' ELSE 'DIRECT' END AS channel
  FROM base b
  JOIN bench_slot sl ON sl.level = b.level AND sl.slot = floor(b.r_proc * ${SLOTS})::int
  JOIN bench_procedure pr ON pr.procedure_idx = sl.procedure_idx
  JOIN bench_version v ON v.procedure_idx = pr.procedure_idx AND b.day >= v.valid_from AND b.day < v.valid_to
  JOIN bench_office o ON o.unit_id = b.unit_id AND o.office_code = v.office_code
  CROSS JOIN LATERAL (SELECT ((b.seq - 1 + b.r_time) / b.n) * 27000 AS t) w
),
timeline AS (
  SELECT r.*,
         r.received_at + r.span AS appointment_at,
         r.received_at + r.span * r.speed AS finished_at,
         r.received_at + r.span * r.speed + make_interval(secs => r.r_return * 172800) AS returned_at,
         extract(epoch FROM r.span) / 86400 * r.speed AS work_days,
         r.r_stale < $3 * exp(-r.age_days / 365) AS stale
  FROM (
    SELECT rc.*,
           CASE rc.duration_unit
             WHEN 'WORKING_DAYS' THEN make_interval(days => ceil(rc.duration_value * 7.0 / 5)::int)
             WHEN 'WORKING_HOURS' THEN make_interval(hours => rc.duration_value * 3)
             ELSE greatest(rc.day_start + interval '17 hours' - rc.received_at, interval '1 hour')
           END AS span,
           CASE WHEN rc.r_late < 0.05 THEN 1.05 + rc.r_speed * 0.8 ELSE 0.15 + 0.82 * power(rc.r_speed, 1.3) END AS speed,
           extract(epoch FROM ($2::timestamp(3) - rc.received_at)) / 86400 AS age_days
    FROM received rc
  ) r
),
classified AS (
  SELECT t.*,
    CASE
      WHEN t.stale THEN
        CASE WHEN t.r_state < 0.5 THEN 'RESULT_READY' WHEN t.r_state < 0.8 THEN 'IN_PROCESSING' WHEN t.r_state < 0.95 THEN 'WAITING_SUPPLEMENT' ELSE 'WAITING_FINANCIAL' END
      WHEN t.r_outcome < 0.01 THEN 'REFUSED'
      WHEN t.finished_at > $2::timestamp(3) THEN
        CASE WHEN t.channel = 'ONLINE' AND t.age_days < 0.7 AND t.r_state < 0.4 THEN 'REGISTERED_ONLINE'
             WHEN t.r_state > 0.9 THEN 'WAITING_SUPPLEMENT'
             ELSE 'IN_PROCESSING' END
      WHEN t.returned_at > $2::timestamp(3) THEN 'RESULT_READY'
      WHEN t.r_outcome < 0.018 THEN 'WITHDRAWN'
      WHEN t.r_outcome < 0.022 THEN 'STOPPED'
      ELSE 'RETURNED'
    END AS status
  FROM timeline t
),
stepped AS (
  SELECT c.*,
    CASE WHEN c.status <> 'IN_PROCESSING' THEN NULL
         WHEN c.stale THEN CASE WHEN c.r_speed < 0.6 THEN 'HANDLING' WHEN c.r_speed < 0.85 THEN 'AWAITING_HEAD_APPROVAL' ELSE 'AWAITING_LEADER_APPROVAL' END
         WHEN c.age_days < 0.08 * c.work_days THEN 'AWAITING_ASSIGNMENT'
         WHEN c.age_days < 0.85 * c.work_days THEN 'HANDLING'
         WHEN c.leadership_approval THEN 'AWAITING_LEADER_APPROVAL'
         ELSE 'AWAITING_HEAD_APPROVAL'
    END AS step,
    CASE WHEN c.status IN ('RESULT_READY', 'RETURNED') THEN least(c.finished_at, $2::timestamp(3) - interval '1 hour') END AS finished,
    c.status IN ('REFUSED', 'REGISTERED_ONLINE') AS not_received,
    c.organisation AND c.r_name < 0.6 AS is_organisation,
    c.r_id < 0.5 AS male,
    -- As pickDelivery: by post where allowed (always for a postal intake), online filers mostly electronically.
    CASE WHEN NOT c.postal_return THEN CASE WHEN c.channel = 'ONLINE' AND c.r_delivery < c.r_result + 0.1 THEN 'ELECTRONIC' ELSE 'AT_DESK' END
         WHEN c.channel = 'POSTAL' THEN 'POST'
         WHEN c.channel = 'ONLINE' THEN CASE WHEN c.r_post < c.r_postal_ret * 1.5 THEN 'POST' WHEN c.r_delivery < c.r_result + 0.1 THEN 'ELECTRONIC' ELSE 'AT_DESK' END
         WHEN c.r_post < c.r_postal_ret THEN 'POST' ELSE 'AT_DESK'
    END AS delivery
  FROM classified c
)
INSERT INTO "Dossier" (
  "id", "code", "procedureId", "procedureVersionId", "fieldId", "channel", "receivedUnitId", "decidingUnitId",
  "handlingOfficeId", "receivedById", "assigneeId", "applicantKind", "applicantName", "applicantIdNumber",
  "applicantPhone", "applicantEmail", "applicantAddress", "trackingKey", "submittedAt", "receivedAt", "appointmentAt",
  "calendarRevision", "appointmentNote", "finishedAt", "returnedAt", "status", "processingStep", "resultKind",
  "timeliness", "feeAmount", "feePaidOnline", "digitised", "dataReused", "electronicResult", "postalReturn",
  "resultDelivery", "intakeDueAt", "createdAt", "updatedAt")
SELECT
  'bk' || md5(s.unit_code || s.day::text || s.seq::text),
  s.unit_code || '-' || to_char(s.day, 'YYMMDD') || '-' || CASE WHEN s.seq < 10000 THEN lpad(s.seq::text, 4, '0') ELSE s.seq::text END,
  s.procedure_id, s.version_id, s.field_id, s.channel::"Channel", s.unit_id, s.unit_id,
  CASE WHEN s.not_received THEN NULL ELSE s.office_id END,
  d.user_id,
  CASE WHEN s.not_received OR s.status IN ('WITHDRAWN', 'STOPPED') OR s.step = 'AWAITING_ASSIGNMENT' THEN NULL ELSE f.user_id END,
  (CASE WHEN s.is_organisation THEN 'ORGANISATION' ELSE 'CITIZEN' END)::"ApplicantKind",
  CASE WHEN s.is_organisation
    THEN ($4::text[])[1 + floor(s.r_name * 1000)::int % cardinality($4::text[])] || ' ' || ($5::text[])[1 + floor(s.r_id * 1000)::int % cardinality($5::text[])]
    ELSE ($6::text[])[1 + floor(s.r_name * cardinality($6::text[]))::int] || ' ' ||
      CASE WHEN s.male
        THEN ($7::text[])[1 + floor(s.r_id * 100000)::int % cardinality($7::text[])] || ' ' || ($8::text[])[1 + floor(s.r_flags * cardinality($8::text[]))::int]
        ELSE ($9::text[])[1 + floor(s.r_id * 100000)::int % cardinality($9::text[])] || ' ' || ($10::text[])[1 + floor(s.r_flags * cardinality($10::text[]))::int]
      END
  END,
  CASE WHEN s.is_organisation THEN '01' || lpad(floor(s.r_id * 1e8)::bigint::text, 8, '0')
       ELSE '001' || CASE WHEN s.male THEN '0' ELSE '1' END || lpad(floor(s.r_id * 1e8)::bigint::text, 8, '0') END,
  '09' || lpad(floor(s.r_desk * 1e8)::bigint::text, 8, '0'),
  CASE WHEN s.channel = 'ONLINE' AND s.r_flags < 0.5 THEN 'nguoidan' || floor(s.r_officer * 1e6)::int || '@gmail.com' END,
  'Số ' || (1 + floor(s.r_return * 180))::int || ', ' || s.unit_label,
  upper(substr(md5(s.unit_code || s.seq::text || s.day::text), 1, 4) || '-' || substr(md5(s.unit_code || s.seq::text || s.day::text), 5, 4)),
  s.received_at - CASE WHEN s.channel = 'ONLINE' THEN make_interval(secs => 600 + s.r_late * 64800) ELSE make_interval(secs => 180 + s.r_late * 1320) END,
  CASE WHEN s.not_received THEN NULL ELSE s.received_at END,
  CASE WHEN s.not_received OR s.status IN ('WAITING_SUPPLEMENT', 'WAITING_FINANCIAL') THEN NULL ELSE s.appointment_at END,
  1,
  'Hẹn trả theo thời hạn giải quyết của thủ tục (dữ liệu đo hiệu năng)',
  s.finished,
  CASE WHEN s.status = 'RETURNED' THEN s.returned_at END,
  s.status::"DossierStatus",
  s.step::"ProcessingStep",
  (CASE WHEN s.finished IS NULL THEN NULL WHEN s.r_outcome > 0.99 THEN 'DENIED' ELSE 'GRANTED' END)::"ResultKind",
  (CASE WHEN s.finished IS NULL THEN NULL WHEN s.finished > s.appointment_at THEN 'LATE'
        WHEN s.finished < s.appointment_at - interval '1 day' THEN 'EARLY' ELSE 'ON_TIME' END)::"Timeliness",
  s.fee,
  -- Paid through the platform: online filers who paid before intake, or after the result once collected.
  s.channel = 'ONLINE' AND s.fee > 0 AND s.r_pay_draw < s.r_pay
    AND (s.fee_timing = 'BEFORE_INTAKE' AND NOT s.not_received OR s.fee_timing = 'AFTER_RESULT' AND s.status = 'RETURNED'),
  -- Online filings arrive as files; the desk scans the rest as the unit usually does.
  NOT s.not_received AND s.r_flags < CASE WHEN s.channel = 'ONLINE' THEN 0.5 + 0.5 * s.r_digitised ELSE s.r_digitised END,
  NOT s.is_organisation AND s.r_return < 0.15 + 0.35 * s.progress,
  s.finished IS NOT NULL AND s.r_outcome <= 0.99 AND (s.delivery = 'ELECTRONIC' OR s.r_officer < s.r_result),
  s.delivery = 'POST',
  s.delivery::"ResultDelivery",
  -- 8 working hours, approximated like the appointments (× 3 in calendar time).
  CASE WHEN s.channel = 'ONLINE' THEN s.received_at - make_interval(secs => 600 + s.r_late * 64800) + interval '24 hours' END,
  s.received_at,
  coalesce(CASE WHEN s.status = 'RETURNED' THEN s.returned_at END, s.finished, s.received_at)
FROM stepped s
JOIN bench_desk d ON d.unit_id = s.unit_id AND d.idx = floor(s.r_desk * s.receptionists)::int
JOIN bench_officer f ON f.office_id = s.office_id AND f.idx = floor(s.r_officer * s.officers)::int`;

export async function insertBulkDossiers(
  db: PrismaClient,
  world: World,
  cal: WorkingCalendar,
  options: BulkDossierOptions,
): Promise<BulkDossierResult> {
  const started = performance.now();
  const { rows, firstDay, lastDay } = planRows(world, cal, options);
  for (const table of TABLES) await db.$executeRawUnsafe(`DROP TABLE IF EXISTS ${table}`);
  await createLookupTables(db, world, rows);

  const family = FAMILY_NAMES.flatMap(([name, weight]) =>
    Array.from({ length: Math.max(1, Math.round(weight * 2)) }, () => name),
  );
  const names = [
    [...COMPANY_KINDS],
    [...COMPANY_NAMES],
    family,
    [...MALE_MIDDLE_NAMES],
    [...MALE_GIVEN_NAMES],
    [...FEMALE_MIDDLE_NAMES],
    [...FEMALE_GIVEN_NAMES],
  ];
  const chunks = [...new Set(rows.map((row) => row.chunk))];
  const until = options.until.toISOString();
  let inserted = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < chunks.length) {
      const chunk = chunks[next++]!;
      // JIT off for this statement only: generate_series' default estimate (1,000 rows a call) makes the planner
      // expect millions of rows and spend ~30 s compiling; the product's own queries keep the server's settings.
      // The same estimate leads it to nested loops over the small look-up tables; hash joins are what they need.
      const count = await db.$transaction(
        async (tx) => {
          await tx.$executeRawUnsafe("SET LOCAL jit = off");
          await tx.$executeRawUnsafe("SET LOCAL enable_nestloop = off");
          // The daily-rollup trigger is off for the bulk load; the rollups are rebuilt once at the end.
          await tx.$executeRawUnsafe("SET LOCAL motcua.rollups = 'off'");
          return tx.$executeRawUnsafe(INSERT_CHUNK, chunk, until, STALE_OPEN_AT_AGE_ZERO, ...names);
        },
        { maxWait: 60_000, timeout: 600_000 },
      );
      inserted += count; // after the await: both workers add to it
      options.onProgress?.({ dossiers: inserted, elapsedMs: performance.now() - started });
    }
  };
  await Promise.all(Array.from({ length: options.parallel ?? 2 }, worker));

  // The code counters as the desk would have left them (last number per unit and day).
  await db.$executeRawUnsafe(
    `INSERT INTO "DossierCodeSequence" ("unitId", "day", "lastValue") SELECT unit_id, day, n FROM bench_plan`,
  );
  for (const table of TABLES) await db.$executeRawUnsafe(`DROP TABLE ${table}`);
  const rollups = await rebuildRollups(db);
  return {
    dossiers: inserted,
    firstDay,
    lastDay,
    elapsedMs: performance.now() - started,
    rollupRows: rollups.rows,
    rollupRebuildMs: rollups.elapsedMs,
  };
}
