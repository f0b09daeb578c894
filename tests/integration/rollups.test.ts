// The daily rollups ("DossierDailyRollup", kept by the "Dossier_rollups" trigger) against the dossier table, after
// random sequences of the REAL commands the app uses (desk intake, online registrations received or refused, assign,
// forward, supplements, financial duties, verification, approvals, send-back, withdraw, stop, apologies, return, the
// national portal's answers to the sync outbox, feedback about a dossier, ratings).
// Two proofs after each sequence: (1) the table equals a recomputation from scratch (the rebuild's own query), and
// (2) the figures read through rollupTotals equal the same figures counted dossier by dossier in TypeScript with the
// metrics module (decision766Timeliness), day by day — so the contribution function itself is checked too.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { classifyLateDossierApology } from "../../src/domain/apology";
import { decision766Timeliness, isDislike } from "../../src/domain/metrics";
import { getCalendarRevision } from "../../src/server/calendar-store";
import type { RatingChannelCode } from "../../src/domain/satisfaction";
import { addCalendarDays, localDateKey } from "../../src/lib/dates";
import { rollupTotals, type RollupCounts } from "../../src/server/data/rollups";
import { getUnitPerformance, periodsOf } from "../../src/server/data/dashboard";
import { approveApology, draftApology } from "../../src/server/dossiers/apology";
import { performCommand } from "../../src/server/dossiers/commands";
import { registerDossier } from "../../src/server/dossiers/intake";
import { rebuildRollups } from "../../src/server/rollups/rebuild";
import { loadActiveVersionForChannel } from "../../src/server/data/satisfaction";
import { recordRating } from "../../src/server/satisfaction";
import { UserFacingError } from "../../src/server/user-facing-error";
import { Random } from "../../src/tooling/demo-world/random";
import { useTestDb } from "../support/db";
import {
  type Command,
  createTestWorld,
  DESK_RETURN,
  intakeFor,
  POST_RETURN,
  type Sessions,
  sessionsOf,
  type TestWorld,
} from "../support/fixtures";

// The feedback service reads the client's address from the request (rate limit); no cookies.
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers({ "x-motcua-client-address": "198.51.100.77" }),
}));
const { submitFeedback } = await import("../../src/server/feedback/service");

/** Counters kept from other tables through "DossierRollupSignal" (not part of motcua_rollup_contributions). */
const SIGNALS = ["synced", "resolvedComplaintOrDislike", "resolvedLateTimelyApology"];

/**
 * The counter columns compared: every integer column of "DossierDailyRollup", read from the database's own catalogue
 * (not a copy of the list src/server/data/rollups.ts reads), so a counter added to the table is compared at once.
 */
let COUNTERS: string[] = [];

describe("daily rollups equal a recomputation from scratch after random real commands", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Sessions;
  let unitIds: string[];
  const random = new Random(20261207);
  const apologyRandom = new Random(20261209);
  /** The simulated clock (Vietnam time), moving forward through the sequences. */
  let clock = new Date("2026-03-02T08:00:00+07:00").getTime();
  let online = 0;
  let contactId: string;
  let feedbackAddress = 0;
  const applied = new Map<string, number>();

  beforeAll(async () => {
    const columns = async (table: string) =>
      (
        await db.$queryRaw<{ name: string }[]>`
          SELECT column_name AS name FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = ${table} AND data_type = 'integer'
          ORDER BY ordinal_position`
      ).map((row) => row.name);
    COUNTERS = await columns("DossierDailyRollup");
    // The monthly table keeps the same counters (its comparison with the daily one below reads them by these names).
    expect(await columns("DossierMonthlyRollup")).toEqual(COUNTERS);
    expect(COUNTERS).toEqual(
      expect.arrayContaining(["received", "resolved766OnTime", "pendingDelta", "overdueDelta", ...SIGNALS]),
    );
    world = await createTestWorld(db);
    as = sessionsOf(world);
    contactId = (
      await db.verifiedContact.create({ data: { kind: "PHONE", value: `09${String(Date.now()).slice(-8)}` } })
    ).id;
    unitIds = [world.ward.id, world.otherWard.id];
    // A second procedure, toàn trình with a fee, so those counters move too.
    const procedure = await db.procedure.create({
      data: { code: `9.${world.tag}`, name: "Cấp bản sao trích lục", fieldId: world.field.id, level: "COMMUNE" },
    });
    await db.procedureVersion.create({
      data: {
        procedureId: procedure.id,
        version: 1,
        effectiveFrom: new Date("2025-01-01"),
        durationValue: 2,
        durationUnit: "WORKING_DAYS",
        chargeAmount: 8_000,
        feeAmount: 8_000,
        feeTiming: "AFTER_RESULT",
        handlingOfficeCode: "TUPHAP",
        onlineLevel: 4,
        onlineClass: "FULL",
        fullOnlineEligible: true,
        postalReturnAllowed: true,
        leadershipApproval: false,
        documents: { create: [{ position: 1, name: "Tờ khai", form: "ORIGINAL", count: 1 }] },
      },
    });
  });

  const tick = () => {
    // Mostly minutes to hours, sometimes days: dossiers finish early, on time and late.
    clock += random.chance(0.12) ? random.int(1, 3) * 86_400_000 : random.int(5, 300) * 60_000;
    return new Date(clock);
  };
  const count = (label: string) => applied.set(label, (applied.get(label) ?? 0) + 1);

  /** Runs one attempt; a refusal the user would see (wrong state, wrong role, scope, version) changes nothing. */
  async function attempt(label: string, run: () => Promise<unknown>): Promise<boolean> {
    try {
      await run();
      count(label);
      return true;
    } catch (error) {
      if (error instanceof UserFacingError) {
        return false;
      }
      throw error;
    }
  }

  const ACTORS: Record<string, (keyof Sessions)[]> = {
    receive: ["receptionist", "otherReceptionist"],
    refuse: ["receptionist", "otherReceptionist"],
    assign: ["head", "landHead"],
    forward: ["officer", "secondOfficer", "head"],
    request_supplement: ["officer", "secondOfficer", "landOfficer"],
    record_supplement: ["receptionist", "otherReceptionist"],
    request_financial: ["officer", "secondOfficer"],
    record_financial: ["receptionist", "otherReceptionist"],
    start_verification: ["officer", "secondOfficer", "landOfficer"],
    end_verification: ["officer", "secondOfficer", "landOfficer"],
    submit_for_approval: ["officer", "secondOfficer", "landOfficer", "otherOfficer"],
    approve: ["head", "landHead", "leader"],
    send_back: ["head", "leader"],
    withdraw: ["receptionist", "otherReceptionist"],
    stop: ["head", "leader", "officer"],
    return_result: ["receptionist", "otherReceptionist"],
  };

  const NEXT: Record<string, string[]> = {
    REGISTERED_ONLINE: ["receive", "receive", "receive", "refuse"],
    AWAITING_ASSIGNMENT: ["assign"],
    HANDLING: [
      "submit_for_approval",
      "submit_for_approval",
      "submit_for_approval",
      "request_supplement",
      "request_financial",
      "start_verification",
      "end_verification",
      "forward",
      "forward",
    ],
    AWAITING_HEAD_APPROVAL: ["approve", "approve", "approve", "send_back"],
    AWAITING_LEADER_APPROVAL: ["approve", "approve", "approve", "send_back"],
    WAITING_SUPPLEMENT: ["record_supplement"],
    WAITING_FINANCIAL: ["record_financial"],
    RESULT_READY: ["return_result"],
  };

  function commandOf(type: string): Command {
    switch (type) {
      case "assign":
        return {
          type,
          officerId: random.pick([world.users.officer.id, world.users.secondOfficer.id, world.users.landOfficer.id]),
        };
      case "forward":
        return { type, toOfficeId: world.offices.land.id, note: "Đề nghị xác minh" } as Command;
      case "submit_for_approval":
        return { type, resultKind: random.chance(0.9) ? "GRANTED" : "DENIED" } as Command;
      case "request_financial":
        return { type, reason: "Nộp lệ phí", amount: 8_000 } as Command;
      case "return_result":
        return random.chance(0.7) ? DESK_RETURN : POST_RETURN;
      case "receive":
      case "approve":
      case "record_supplement":
      case "record_financial":
        return { type } as Command;
      default:
        return { type, reason: "Lý do thử nghiệm" } as Command;
    }
  }

  /**
   * Rescheduling with an apology letter (form 04), after some steps, drawn from a random stream of its own (the
   * sequences of the other commands stay as they were): the officer handling a dossier drafts, the head of the office
   * at fault signs. Refused while the dossier is not yet due soon; issued in time while it is, too late once its
   * appointment has passed. Among the dossiers whose appointment is near or past, or any open one now and then.
   */
  async function apologise(now: Date): Promise<void> {
    // Rescheduling with an apology letter (form 04): the officer drafts, the head of the office signs (refused while
    // the dossier is not yet due soon; issued in time while it is, too late once its appointment has passed). Among
    // the dossiers whose appointment is near or past, or any open one now and then.
    const open = await db.dossier.findMany({
      where: { receivedUnitId: { in: unitIds }, status: { notIn: ["RETURNED", "REFUSED", "WITHDRAWN", "STOPPED"] } },
      select: { id: true, version: true },
      orderBy: { code: "asc" },
    });
    if (open.length === 0) return;
    const near = await db.dossier.findMany({
      where: {
        id: { in: open.map((row) => row.id) },
        appointmentAt: { lt: new Date(now.getTime() + 3 * 86_400_000) },
      },
      select: { id: true, version: true },
      orderBy: { code: "asc" },
    });
    const dossier = near.length > 0 && apologyRandom.chance(0.8) ? apologyRandom.pick(near) : apologyRandom.pick(open);
    // Drafted by the officer handling it (the head of the office when nobody is assigned).
    const { assigneeId } = await db.dossier.findUniqueOrThrow({ where: { id: dossier.id } });
    const users = Object.keys(world.users) as (keyof Sessions)[];
    const drafter = users.find((key) => world.users[key].id === assigneeId) ?? "head";
    const draft = await attempt("draft_apology", () =>
      draftApology(
        as[drafter],
        {
          dossierId: dossier.id,
          expectedVersion: dossier.version,
          kind: "LATE",
          reason: "Chờ xác minh",
          extraWorkingDays: 2,
        },
        now,
      ),
    );
    if (!draft) return;
    const letter = await db.apologyLetter.findFirstOrThrow({ where: { dossierId: dossier.id, status: "DRAFT" } });
    const { version } = await db.dossier.findUniqueOrThrow({ where: { id: dossier.id } });
    await attempt("approve_apology", () =>
      approveApology(
        as[letter.officeId === world.offices.land.id ? "landHead" : "head"],
        { apologyId: letter.id, expectedVersion: version },
        now,
      ),
    );
  }

  async function step(): Promise<void> {
    const now = tick();
    if (apologyRandom.chance(0.05)) await apologise(now);
    const roll = random.float();
    if (roll < 0.1) {
      const other = random.chance(0.25);
      const procedure = await db.procedure.findFirstOrThrow({
        where: { code: random.chance(0.3) ? `9.${world.tag}` : `1.${world.tag}` },
        select: { id: true },
      });
      const documents =
        procedure.id === world.procedure.id
          ? [
              { position: 1, received: true, count: 1 },
              { position: 2, received: true, count: 1 },
            ]
          : [{ position: 1, received: true, count: 1 }];
      await attempt("register", () =>
        registerDossier(
          other ? as.otherReceptionist : as.receptionist,
          intakeFor(world, {
            procedureId: procedure.id,
            documents,
            channel: random.chance(0.2) ? "POSTAL" : "DIRECT",
            postalReturn: random.chance(0.3),
            dataReused: random.chance(0.3),
          }),
          now,
        ),
      );
      return;
    }
    if (roll < 0.14) {
      // An online registration arriving (as the online form or the national-portal pull writes it).
      online += 1;
      const fee = random.chance(0.5);
      const version = await db.procedureVersion.findFirstOrThrow({
        where: { procedure: { code: fee ? `9.${world.tag}` : `1.${world.tag}` } },
      });
      await db.dossier.create({
        data: {
          code: `${world.ward.code}-ON-${String(online).padStart(4, "0")}`,
          procedureId: version.procedureId,
          procedureVersionId: version.id,
          fieldId: world.field.id,
          channel: "ONLINE",
          receivedUnitId: world.ward.id,
          decidingUnitId: world.ward.id,
          applicantName: "Lê Văn Cường",
          applicantIdNumber: "001090000002",
          applicantPhone: "0912000000",
          applicantAddress: "Phường thử",
          trackingKey: "ABCD-EFGH",
          submittedAt: now,
          intakeDueAt: new Date(now.getTime() + 86_400_000),
          status: "REGISTERED_ONLINE",
          feeAmount: fee ? 8_000 : 0,
          feePaidOnline: fee && random.chance(0.6),
          digitised: true,
        },
      });
      count("online registration");
      return;
    }
    if (roll < 0.2) {
      await portalAnswers(now);
      return;
    }
    if (roll < 0.22) {
      // A citizen's feedback about one of the world's dossiers (the public form's service).
      const [about] = await db.dossier.findMany({
        where: { receivedUnitId: { in: unitIds }, receivedAt: { not: null } },
        select: { code: true },
        orderBy: { code: "asc" },
        skip: random.int(
          0,
          Math.max(
            0,
            (await db.dossier.count({ where: { receivedUnitId: { in: unitIds }, receivedAt: { not: null } } })) - 1,
          ),
        ),
        take: 1,
      });
      if (!about) return;
      feedbackAddress += 1;
      await attempt("feedback", () =>
        submitFeedback(
          {
            unitId: world.ward.id,
            citizenName: "Trần Thị Bình",
            subject: "Chờ lâu tại quầy",
            content: "Tôi phải chờ hơn hai giờ tại quầy mà không được hướng dẫn.",
            dossierCode: about.code,
          },
          contactId,
          `198.51.100.${feedbackAddress % 250}-${feedbackAddress}`,
          now,
        ),
      );
      return;
    }
    if (roll < 0.27) {
      await rate(now);
      return;
    }
    const open = await db.dossier.findMany({
      where: { receivedUnitId: { in: unitIds }, status: { notIn: ["RETURNED", "REFUSED", "WITHDRAWN", "STOPPED"] } },
      select: { id: true, version: true, status: true, processingStep: true },
      orderBy: { code: "asc" },
    });
    if (open.length === 0) return;
    const dossier = random.pick(open);
    // Mostly the natural next step of the dossier's state; sometimes any command (most are then refused).
    const natural = NEXT[dossier.processingStep ?? dossier.status];
    const type = natural && random.chance(0.9) ? random.pick(natural) : random.pick(Object.keys(ACTORS));
    const command = commandOf(type);
    for (const actor of [...ACTORS[type]!].sort(() => random.float() - 0.5)) {
      const done = await attempt(type, () =>
        performCommand(as[actor], { dossierId: dossier.id, expectedVersion: dossier.version, command }, now),
      );
      if (done) return;
    }
  }

  /**
   * The national portal answering the sync outbox (the worker's own UPDATE, src/server/national-portal/sync.ts
   * markDone): some PENDING messages of the world's dossiers SYNCED or FAILED; sometimes a FAILED one put back to
   * PENDING (resync).
   */
  async function portalAnswers(now: Date): Promise<void> {
    const pending = await db.portalSyncMessage.findMany({
      where: { dossier: { receivedUnitId: { in: unitIds } }, status: random.chance(0.15) ? "FAILED" : "PENDING" },
      select: { id: true, status: true },
      orderBy: { id: "asc" },
    });
    if (pending.length === 0) return;
    const chosen = pending.filter(() => random.chance(0.6));
    for (const message of chosen) {
      const status = message.status === "FAILED" ? "PENDING" : random.chance(0.85) ? "SYNCED" : "FAILED";
      await db.$executeRaw`
        UPDATE "PortalSyncMessage" SET status = ${status}::"PortalSyncStatus",
          "syncedAt" = ${status === "SYNCED" ? now : null}::timestamp(3)
        WHERE id = ${message.id}`;
    }
    count("portal answers");
  }

  /** A citizen's rating of a returned dossier through a link channel or the national portal (recordRating). */
  async function rate(now: Date): Promise<void> {
    const returned = await db.dossier.findMany({
      where: { receivedUnitId: { in: unitIds }, status: "RETURNED" },
      select: { id: true },
      orderBy: { code: "asc" },
    });
    if (returned.length === 0) return;
    const channel = random.pick<RatingChannelCode>([
      "RECEIPT_QR",
      "NOTIFICATION_LINK",
      "TRACKING_PAGE",
      "NATIONAL_PORTAL",
    ]);
    const version = (await loadActiveVersionForChannel(channel))!;
    const low = random.chance(0.35);
    const score = () => (low ? random.int(1, 4) : random.int(3, 5));
    const overallScore = version.asksOverall ? score() : null;
    const result = await recordRating(
      {
        dossierId: random.pick(returned).id,
        channel,
        overallScore,
        answers: version.criteria.map((criterion) => ({ criterionId: criterion.id, score: score() })),
      },
      now,
    );
    if (result.ok) count(`rating ${version.asksOverall ? "with stars" : "answers only"}`);
  }

  /** The rollup rows of the world's units with any non-zero counter, as strings for an exact comparison. */
  async function tableRows(): Promise<string[]> {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, "decidingUnitId", "receivedUnitId", "handlingOfficeId", "procedureId", channel::text,
              ${COUNTERS.map((c) => `"${c}"`).join(", ")}
       FROM "DossierDailyRollup" WHERE "decidingUnitId" = ANY($1::text[]) AND (${COUNTERS.map((c) => `"${c}" <> 0`).join(" OR ")})
       ORDER BY 1, 2, 3, 4, 5, 6`,
      unitIds,
    );
    return rows.map((row) => JSON.stringify(row));
  }

  /** The same rows computed from scratch from "Dossier" (the rebuild's query, without writing). */
  async function recomputedRows(): Promise<string[]> {
    // The signals straight from their source tables (not through "DossierRollupSignal" or its functions): synced =
    // every DOSSIER message SYNCED (at least one); complaint or dislike = a feedback item, or a rating of 1–2 stars
    // or, without stars, with more answers of 1–2 than of 4–5.
    const keys = `d."decidingUnitId", d."receivedUnitId", coalesce(d."handlingOfficeId", '') AS "handlingOfficeId", d."procedureId", d.channel`;
    const only = (signal: string) => COUNTERS.map((c) => `${c === signal ? 1 : 0} AS "${c}"`).join(", ");
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT to_char(c.day, 'YYYY-MM-DD') AS day, c."decidingUnitId", c."receivedUnitId", c."handlingOfficeId", c."procedureId", c.channel::text,
              ${COUNTERS.map((c) => `sum(c."${c}")::int AS "${c}"`).join(", ")}
       FROM (
         SELECT c."day", c."decidingUnitId", c."receivedUnitId", c."handlingOfficeId", c."procedureId", c.channel,
                ${COUNTERS.map((c) => (SIGNALS.includes(c) ? `0 AS "${c}"` : `c."${c}"`)).join(", ")}
         FROM "Dossier" d CROSS JOIN LATERAL motcua_rollup_contributions(d) c
         WHERE d."decidingUnitId" = ANY($1::text[])
         UNION ALL
         SELECT (d."receivedAt" + interval '7 hours')::date, ${keys}, ${only("synced")}
         FROM "Dossier" d
         WHERE d."decidingUnitId" = ANY($1::text[]) AND d."receivedAt" IS NOT NULL
           AND EXISTS (SELECT 1 FROM "PortalSyncMessage" m WHERE m."dossierId" = d.id AND m.kind = 'DOSSIER')
           AND NOT EXISTS (SELECT 1 FROM "PortalSyncMessage" m WHERE m."dossierId" = d.id AND m.kind = 'DOSSIER' AND m.status <> 'SYNCED')
         UNION ALL
         SELECT (d."finishedAt" + interval '7 hours')::date, ${keys}, ${only("resolvedComplaintOrDislike")}
         FROM "Dossier" d
         WHERE d."decidingUnitId" = ANY($1::text[]) AND d."finishedAt" IS NOT NULL AND d.timeliness IS NOT NULL
           AND (EXISTS (SELECT 1 FROM "Feedback" f WHERE f."dossierId" = d.id)
             OR EXISTS (SELECT 1 FROM "Rating" r WHERE r."dossierId" = d.id AND (r."overallScore" <= 2 OR (r."overallScore" IS NULL
               AND (SELECT count(*) FILTER (WHERE a.score <= 2) > count(*) FILTER (WHERE a.score >= 4) FROM "RatingAnswer" a WHERE a."ratingId" = r.id)))))
         UNION ALL
         SELECT (d."finishedAt" + interval '7 hours')::date, ${keys}, ${only("resolvedLateTimelyApology")}
         FROM "Dossier" d
         WHERE d."decidingUnitId" = ANY($1::text[]) AND d."finishedAt" IS NOT NULL AND d.timeliness = 'LATE' AND d."apologyTimely"
       ) c
       GROUP BY 1, 2, 3, 4, 5, 6 HAVING ${COUNTERS.map((c) => `sum(c."${c}") <> 0`).join(" OR ")}
       ORDER BY 1, 2, 3, 4, 5, 6`,
      unitIds,
    );
    return rows.map((row) => JSON.stringify(row));
  }

  /** The figures of each day, counted dossier by dossier in TypeScript. */
  async function countedByHand(from: string, to: string): Promise<Map<string, Partial<RollupCounts>>> {
    const dossiers = await db.dossier.findMany({
      where: { decidingUnitId: { in: unitIds } },
      select: {
        receivedAt: true,
        finishedAt: true,
        appointmentAt: true,
        timeliness: true,
        channel: true,
        returnedAt: true,
        pauses: { where: { kind: "SUPPLEMENT" }, select: { id: true } },
        portalSync: { where: { kind: "DOSSIER" }, select: { status: true } },
        feedback: { select: { id: true } },
        ratings: { select: { overallScore: true, answers: { select: { score: true } } } },
        originalAppointmentAt: true,
        calendarRevision: true,
        apologies: {
          where: { status: "APPROVED" },
          orderBy: { decidedAt: "asc" },
          take: 1,
          select: { decidedAt: true },
        },
      },
    });
    // The apology report's rule, in TypeScript with the calendar (not the stored verdict the rollups count).
    const timelyApology = new Set<(typeof dossiers)[number]>();
    for (const d of dossiers) {
      const statutory = d.originalAppointmentAt ?? d.appointmentAt;
      const issuedAt = d.apologies[0]?.decidedAt ?? null;
      if (!statutory || !issuedAt) continue;
      const calendar = await getCalendarRevision(d.calendarRevision ?? 0, db);
      if (
        classifyLateDossierApology(calendar, { originalAppointmentAt: statutory, apologyIssuedAt: issuedAt }) ===
        "TIMELY_APOLOGY"
      )
        timelyApology.add(d);
    }
    const synced = (d: (typeof dossiers)[number]) =>
      d.portalSync.length > 0 && d.portalSync.every((m) => m.status === "SYNCED");
    const complaint = (d: (typeof dossiers)[number]) =>
      d.feedback.length > 0 ||
      d.ratings.some((r) => isDislike({ overallScore: r.overallScore, scores: r.answers.map((a) => a.score) }));
    const days = new Map<string, Partial<RollupCounts>>();
    for (let day = from; day < to; day = addCalendarDays(day, 1)) {
      const end = new Date(`${addCalendarDays(day, 1)}T00:00:00+07:00`);
      const same = (value: Date | null) => value !== null && localDateKey(value) === day;
      const resolvedToday = dossiers.filter((d) => same(d.finishedAt) && d.timeliness !== null);
      const pending = dossiers.filter(
        (d) => d.receivedAt && d.receivedAt < end && (!d.finishedAt || d.finishedAt >= end),
      );
      const verdicts = resolvedToday.map((d) =>
        decision766Timeliness(
          { finishedAt: d.finishedAt, appointmentAt: d.appointmentAt, supplementRequests: d.pauses.length },
          end,
        ),
      );
      days.set(day, {
        received: dossiers.filter((d) => same(d.receivedAt)).length,
        receivedOnline: dossiers.filter((d) => same(d.receivedAt) && d.channel === "ONLINE").length,
        resolved: {
          resolved: resolvedToday.length,
          early: resolvedToday.filter((d) => d.timeliness === "EARLY").length,
          onTime: resolvedToday.filter((d) => d.timeliness === "ON_TIME").length,
          late: resolvedToday.filter((d) => d.timeliness === "LATE").length,
        },
        resolved766: {
          onTime: verdicts.filter((v) => v === "onTime").length,
          late: verdicts.filter((v) => v === "late").length,
        },
        returned: dossiers.filter((d) => same(d.returnedAt)).length,
        synced: dossiers.filter((d) => same(d.receivedAt) && synced(d)).length,
        resolvedComplaintOrDislike: resolvedToday.filter(complaint).length,
        resolvedLateTimelyApology: resolvedToday.filter((d) => d.timeliness === "LATE" && timelyApology.has(d)).length,
        pendingAtEnd: pending.length,
        overdueAtEnd: pending.filter((d) => d.appointmentAt !== null && d.appointmentAt < end).length,
      });
    }
    return days;
  }

  const pick = (counts: RollupCounts | undefined): Partial<RollupCounts> => ({
    received: counts?.received ?? 0,
    receivedOnline: counts?.receivedOnline ?? 0,
    resolved: counts?.resolved ?? { resolved: 0, early: 0, onTime: 0, late: 0 },
    resolved766: counts?.resolved766 ?? { onTime: 0, late: 0 },
    returned: counts?.returned ?? 0,
    synced: counts?.synced ?? 0,
    resolvedComplaintOrDislike: counts?.resolvedComplaintOrDislike ?? 0,
    resolvedLateTimelyApology: counts?.resolvedLateTimelyApology ?? 0,
    pendingAtEnd: counts?.pendingAtEnd ?? 0,
    overdueAtEnd: counts?.overdueAtEnd ?? 0,
  });

  /** The monthly table against the daily one summed by month (both kept by the trigger). */
  async function monthlyMismatches(): Promise<unknown[]> {
    const sums = COUNTERS.map((c) => `sum("${c}")::int AS "${c}"`).join(", ");
    return db.$queryRawUnsafe(
      `SELECT * FROM (
         (SELECT "month", "decidingUnitId", "receivedUnitId", channel, ${COUNTERS.map((c) => `"${c}"`).join(", ")}
          FROM "DossierMonthlyRollup" WHERE "decidingUnitId" = ANY($1::text[]) AND (${COUNTERS.map((c) => `"${c}" <> 0`).join(" OR ")})
          EXCEPT
          SELECT date_trunc('month', day)::date, "decidingUnitId", "receivedUnitId", channel, ${sums}
          FROM "DossierDailyRollup" WHERE "decidingUnitId" = ANY($1::text[]) GROUP BY 1, 2, 3, 4
          HAVING ${COUNTERS.map((c) => `sum("${c}") <> 0`).join(" OR ")})
         UNION ALL
         (SELECT date_trunc('month', day)::date, "decidingUnitId", "receivedUnitId", channel, ${sums}
          FROM "DossierDailyRollup" WHERE "decidingUnitId" = ANY($1::text[]) GROUP BY 1, 2, 3, 4
          HAVING ${COUNTERS.map((c) => `sum("${c}") <> 0`).join(" OR ")}
          EXCEPT
          SELECT "month", "decidingUnitId", "receivedUnitId", channel, ${COUNTERS.map((c) => `"${c}"`).join(", ")}
          FROM "DossierMonthlyRollup" WHERE "decidingUnitId" = ANY($1::text[]) AND (${COUNTERS.map((c) => `"${c}" <> 0`).join(" OR ")}))
       ) differences`,
      unitIds,
    );
  }

  /** The procedures' monthly receipts: the table against a count over "Dossier" (both directions). */
  async function procedureMonthlyMismatches(): Promise<unknown[]> {
    const table = `SELECT "month", "decidingUnitId", "handlingOfficeId", "procedureId", received, "receivedOnline", "receivedWithFee", "paidOnline"
      FROM "DossierProcedureMonthlyRollup" WHERE "decidingUnitId" = ANY($1::text[])
        AND (received <> 0 OR "receivedOnline" <> 0 OR "receivedWithFee" <> 0 OR "paidOnline" <> 0)`;
    const counted = `SELECT date_trunc('month', d."receivedAt" + interval '7 hours')::date, d."decidingUnitId", coalesce(d."handlingOfficeId", ''), d."procedureId",
        count(*)::int, (count(*) FILTER (WHERE d.channel = 'ONLINE'))::int, (count(*) FILTER (WHERE d."feeAmount" > 0))::int, (count(*) FILTER (WHERE d."feePaidOnline"))::int
      FROM "Dossier" d WHERE d."decidingUnitId" = ANY($1::text[]) AND d."receivedAt" IS NOT NULL GROUP BY 1, 2, 3, 4`;
    return db.$queryRawUnsafe(
      `SELECT * FROM ((${table} EXCEPT ${counted}) UNION ALL (${counted} EXCEPT ${table})) differences`,
      unitIds,
    );
  }

  async function expectEquivalent(from: string) {
    expect(await tableRows()).toEqual(await recomputedRows());
    expect(await monthlyMismatches()).toEqual([]);
    expect(await procedureMonthlyMismatches()).toEqual([]);
    const to = addCalendarDays(localDateKey(new Date(clock)), 2);
    const byDay = await rollupTotals({ unitIds, from, to, groupBy: "day" });
    const expected = await countedByHand(from, to);
    // Days without a row carry the balance of the day before.
    let previous: RollupCounts | undefined;
    for (const [day, figures] of expected) {
      const row = byDay.find((counts) => counts.key === day);
      const actual = row
        ? pick(row)
        : { ...pick(undefined), pendingAtEnd: previous?.pendingAtEnd ?? 0, overdueAtEnd: previous?.overdueAtEnd ?? 0 };
      expect({ day, ...actual }).toEqual({ day, ...figures });
      if (row) previous = row;
    }
    // A period with whole months inside (monthly table) and days at both ends (daily table), against the days summed.
    const periodFrom = addCalendarDays(from, 9);
    const total = (await rollupTotals({ unitIds, from: periodFrom, to, groupBy: "total" }))[0]!;
    const days = [...expected.entries()].filter(([day]) => day >= periodFrom && day < to).map(([, f]) => f);
    expect(pick(total)).toEqual({
      received: days.reduce((n, f) => n + f.received!, 0),
      receivedOnline: days.reduce((n, f) => n + f.receivedOnline!, 0),
      resolved: {
        resolved: days.reduce((n, f) => n + f.resolved!.resolved, 0),
        early: days.reduce((n, f) => n + f.resolved!.early, 0),
        onTime: days.reduce((n, f) => n + f.resolved!.onTime, 0),
        late: days.reduce((n, f) => n + f.resolved!.late, 0),
      },
      resolved766: {
        onTime: days.reduce((n, f) => n + f.resolved766!.onTime, 0),
        late: days.reduce((n, f) => n + f.resolved766!.late, 0),
      },
      returned: days.reduce((n, f) => n + f.returned!, 0),
      synced: days.reduce((n, f) => n + f.synced!, 0),
      resolvedComplaintOrDislike: days.reduce((n, f) => n + f.resolvedComplaintOrDislike!, 0),
      resolvedLateTimelyApology: days.reduce((n, f) => n + f.resolvedLateTimelyApology!, 0),
      pendingAtEnd: expected.get(addCalendarDays(to, -1))!.pendingAtEnd,
      overdueAtEnd: expected.get(addCalendarDays(to, -1))!.overdueAtEnd,
    });
    expect(total.pendingAtStart).toBe(expected.get(addCalendarDays(periodFrom, -1))!.pendingAtEnd);
  }

  it("after each of four random sequences of 100 commands", async () => {
    const start = localDateKey(new Date(clock));
    // The statuses the world's dossiers were in at each check: the sequences did reach the states that matter.
    const seen = new Set<string>();
    for (let sequence = 0; sequence < 4; sequence++) {
      for (let i = 0; i < 100; i++) await step();
      await expectEquivalent(start);
      const statuses = await db.dossier.groupBy({
        by: ["status"],
        where: { receivedUnitId: { in: unitIds } },
        _count: { _all: true },
      });
      for (const row of statuses) seen.add(row.status);
    }
    for (const status of ["IN_PROCESSING", "RETURNED", "RESULT_READY"] as const) expect(seen).toContain(status);
    for (const label of [
      "register",
      "assign",
      "approve",
      "return_result",
      "request_supplement",
      "forward",
      "portal answers",
      "feedback",
      "rating with stars",
      "rating answers only",
      "approve_apology",
    ])
      expect(applied.get(label) ?? 0, label).toBeGreaterThan(0);
    // The signal counters moved (and came back down: a FAILED answer or a new PENDING message un-syncs a dossier).
    const [signals] = await db.$queryRaw<{ synced: number; complaint: number }[]>`
      SELECT sum(synced)::int AS synced, sum("resolvedComplaintOrDislike")::int AS complaint
      FROM "DossierDailyRollup" WHERE "decidingUnitId" = ANY(${unitIds}::text[])`;
    expect(signals!.synced).toBeGreaterThan(0);
    expect(signals!.complaint).toBeGreaterThan(0);
    // Apology letters were approved, and their verdicts stored (the timely ones counted: compared above).
    const verdicts = await db.dossier.count({
      where: { receivedUnitId: { in: unitIds }, apologyTimely: { not: null } },
    });
    expect(verdicts).toBeGreaterThan(0);
    const timeliness = await db.dossier.groupBy({
      by: ["timeliness"],
      where: { receivedUnitId: { in: unitIds }, timeliness: { not: null } },
      _count: { _all: true },
    });
    expect(timeliness.length).toBeGreaterThanOrEqual(2);
  }, 300_000);

  it("rebuild (one unit, then all) leaves the same rows", async () => {
    const before = await tableRows();
    expect(before.length).toBeGreaterThan(0);
    await db.$executeRaw`UPDATE "DossierDailyRollup" SET received = received + 5 WHERE "decidingUnitId" = ${world.ward.id}`;
    expect(await tableRows()).not.toEqual(before);
    await rebuildRollups(db, { unitId: world.ward.id });
    expect(await tableRows()).toEqual(before);
    await rebuildRollups(db);
    expect(await tableRows()).toEqual(before);
    expect(await procedureMonthlyMismatches()).toEqual([]);
    // The signals recorded per dossier are rebuilt to what the triggers had recorded.
    const signals = () =>
      db.dossierRollupSignal.findMany({ where: { decidingUnitId: { in: unitIds } }, orderBy: { dossierId: "asc" } });
    const recorded = await signals();
    expect(recorded.length).toBeGreaterThan(0);
    await db.$executeRaw`DELETE FROM "DossierRollupSignal" WHERE "decidingUnitId" = ${world.ward.id}`;
    await rebuildRollups(db, { unitId: world.ward.id });
    expect(await signals()).toEqual(recorded);
    expect(await tableRows()).toEqual(before);
  });

  it("a bulk load with the trigger switched off is caught up by the rebuild", async () => {
    const before = await tableRows();
    const [source] = await db.dossier.findMany({
      where: { decidingUnitId: world.ward.id, status: "RETURNED" },
      take: 1,
    });
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL motcua.rollups = 'off'");
      await tx.$executeRaw`
        INSERT INTO "Dossier" SELECT (jsonb_populate_record(d, jsonb_build_object('id', d.id || 'copy', 'code', d.code || '-C', 'portalCode', NULL, 'intakeKey', NULL))).*
        FROM "Dossier" d WHERE d.id = ${source!.id}`;
    });
    expect(await tableRows()).toEqual(before); // the trigger did nothing
    await rebuildRollups(db, { unitId: world.ward.id });
    expect(await tableRows()).toEqual(await recomputedRows());
    expect(await tableRows()).not.toEqual(before);
  });

  it("the leadership figures read from the rollups equal plain SQL over the dossiers", async () => {
    const now = new Date(clock);
    const today = localDateKey(now);
    const periods = periodsOf(
      Number(today.slice(0, 4)),
      (Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4,
      now,
    );
    const report = await getUnitPerformance(unitIds, periods);
    for (const unitId of unitIds) {
      const [received] = await db.$queryRaw<{ year: number; quarter: number }[]>`
        SELECT count(*)::int AS year,
               (count(*) FILTER (WHERE "receivedAt" >= ${periods.startOfQuarter} AND "receivedAt" < ${periods.endOfQuarter}))::int AS quarter
        FROM "Dossier" WHERE "receivedUnitId" = ${unitId} AND "receivedAt" >= ${periods.startOfYear} AND "receivedAt" < ${periods.endOfYear}`;
      const resolved = await db.$queryRaw<{ quarter: boolean; timeliness: string; count: number }[]>`
        SELECT ("finishedAt" >= ${periods.startOfQuarter} AND "finishedAt" < ${periods.endOfQuarter}) AS quarter, timeliness::text, count(*)::int AS count
        FROM "Dossier" WHERE "decidingUnitId" = ${unitId} AND "finishedAt" >= ${periods.startOfYear} AND "finishedAt" < ${periods.endOfYear}
          AND timeliness IS NOT NULL GROUP BY 1, 2`;
      const sum = (rows: typeof resolved, t?: string) =>
        rows.filter((r) => !t || r.timeliness === t).reduce((s, r) => s + r.count, 0);
      const counts = (rows: typeof resolved) => ({
        resolved: sum(rows),
        early: sum(rows, "EARLY"),
        onTime: sum(rows, "ON_TIME"),
        late: sum(rows, "LATE"),
      });
      const unit = report.units.find((u) => u.unitId === unitId)!;
      expect({
        receivedYear: unit.receivedYear,
        receivedQuarter: unit.receivedQuarter,
        year: unit.year,
        quarter: unit.quarter,
      }).toEqual({
        receivedYear: received!.year,
        receivedQuarter: received!.quarter,
        year: counts(resolved),
        quarter: counts(resolved.filter((r) => r.quarter)),
      });
    }
    expect(report.units.find((u) => u.unitId === world.ward.id)!.receivedYear).toBeGreaterThan(0);
  });
});
