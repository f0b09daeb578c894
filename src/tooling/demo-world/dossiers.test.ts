import { beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, classifyFinished, computeAppointment, isWorkingDay, toLocalDate } from "@/domain/calendar";
import { LUNAR_NEW_YEAR_DAYS, YEARLY_DOSSIERS } from "./catalogue";
import { demoCalendar } from "./demo-calendar";
import {
  generateDossiers,
  monthsBefore,
  planGeneration,
  type GeneratedDossier,
  type GenerationOptions,
} from "./dossiers";
import { SummaryStats } from "./summary";
import { buildWorld, type World } from "./world";

const cal = demoCalendar();
const UNTIL = new Date("2026-11-22T00:00:00+07:00");

function generate(world: World, options: GenerationOptions, limit = Infinity) {
  const out: { dossiers: GeneratedDossier[]; sequences: { unitId: string; day: string; lastValue: number }[] } = {
    dossiers: [],
    sequences: [],
  };
  for (const batch of generateDossiers(world, cal, planGeneration(world, cal, options))) {
    out.dossiers.push(...batch.dossiers);
    out.sequences.push(...batch.sequences);
    if (out.dossiers.length >= limit) break;
  }
  return out;
}

describe("dossier generator: determinism", () => {
  it("gives identical first dossiers for the same seed and different ones for another seed", () => {
    const options = { seed: 42, until: UNTIL, months: 2 };
    const a = generate(buildWorld(42), options, 300).dossiers.slice(0, 300);
    const b = generate(buildWorld(42), options, 300).dossiers.slice(0, 300);
    expect(a).toHaveLength(300);
    expect(b).toEqual(a);
    const c = generate(buildWorld(43), { ...options, seed: 43 }, 300).dossiers.slice(0, 300);
    expect(c.map((d) => d.dossier.applicantName)).not.toEqual(a.map((d) => d.dossier.applicantName));
    // Three two-month worlds: about 1.5 s alone, several times that on a machine busy with a build.
  }, 30_000);

  it("computes the period back from `until`", () => {
    expect(monthsBefore("2026-11-22", 12)).toBe("2025-11-22");
    expect(monthsBefore("2026-03-31", 1)).toBe("2026-02-28");
  });
});

type Received = GeneratedDossier & { dossier: { receivedAt: Date } };
const isReceived = (d: GeneratedDossier): d is Received => d.dossier.receivedAt !== null;

// A whole year in memory: checks over all of it take seconds on a busy machine.
describe("dossier generator: a default year", { timeout: 30_000 }, () => {
  let world: World;
  /** Every generated dossier, the online registrations still waiting for the desk included. */
  let generated: GeneratedDossier[];
  /** The received ones. */
  let all: Received[];
  let sequences: { unitId: string; day: string; lastValue: number }[];
  let unitCode: Map<string, string>;

  beforeAll(() => {
    world = buildWorld(2026);
    ({ dossiers: generated, sequences } = generate(world, { seed: 2026, until: UNTIL, months: 12 }));
    all = generated.filter(isReceived);
    unitCode = new Map(world.units.map((u) => [u.id, u.seed.code]));
  }, 120_000);

  it("lands near the yearly volumes of the source articles, shared by the three 2025 units by population", () => {
    const yearly = YEARLY_DOSSIERS.town + YEARLY_DOSSIERS.wards;
    expect(all.length).toBeGreaterThan(yearly * 0.95);
    expect(all.length).toBeLessThan(yearly * 1.05);
    // Only the units of today's map receive in a year after 1/7/2025.
    expect(new Set(all.map((d) => unitCode.get(d.dossier.receivedUnitId)))).toEqual(new Set(["PST", "PTT", "XDP"]));
    const weight = { PST: 65, PTT: 61, XDP: 48 } as const;
    for (const [code, w] of Object.entries(weight)) {
      const n = all.filter((d) => unitCode.get(d.dossier.receivedUnitId) === code).length;
      expect(n / all.length).toBeCloseTo(w / 174, 1);
    }
  });

  it("receives only on working days, inside office hours, fewer after Tết", () => {
    const perDay = new Map<string, number>();
    for (const { dossier } of all) {
      const day = toLocalDate(cal, dossier.receivedAt);
      expect(isWorkingDay(cal, day)).toBe(true);
      const minutes = (((dossier.receivedAt.getTime() / 60_000 + 7 * 60) % 1440) + 1440) % 1440;
      expect((minutes >= 450 && minutes < 690) || (minutes >= 810 && minutes < 1020)).toBe(true);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    const average = all.length / perDay.size;
    const tet = LUNAR_NEW_YEAR_DAYS.find((d) => d > "2025-11-22" && d < "2026-11-22")!;
    const afterTet = [...perDay].filter(([d]) => d > tet && d <= addCalendarDays(tet, 14)).map(([, n]) => n);
    expect(afterTet.length).toBeGreaterThan(0);
    expect(afterTet.reduce((a, b) => a + b, 0) / afterTet.length).toBeLessThan(average * 0.75);
  });

  it("numbers codes gap-free per unit and day, matching the stored sequences", () => {
    const byUnitDay = new Map<string, number[]>();
    for (const { dossier } of generated) {
      const [prefix, yymmdd, seq] = dossier.code.split("-");
      expect(prefix).toBe(unitCode.get(dossier.receivedUnitId));
      // Online registrations are numbered on the day they were filed.
      expect(`20${yymmdd!.slice(0, 2)}-${yymmdd!.slice(2, 4)}-${yymmdd!.slice(4)}`).toBe(
        toLocalDate(cal, dossier.receivedAt ?? dossier.submittedAt),
      );
      const key = `${dossier.receivedUnitId}|${yymmdd}`;
      byUnitDay.set(key, [...(byUnitDay.get(key) ?? []), Number(seq)]);
    }
    // Sorted: a dossier with a signed apology letter is emitted with the day of signing, after later receipts.
    for (const numbers of byUnitDay.values())
      expect([...numbers].sort((a, b) => a - b)).toEqual(numbers.map((_, i) => i + 1));
    expect(sequences).toHaveLength(byUnitDay.size);
    for (const s of sequences)
      expect(byUnitDay.get(`${s.unitId}|${s.day.slice(2).replaceAll("-", "")}`)?.length).toBe(s.lastValue);
    expect(new Set(generated.map((d) => d.dossier.code)).size).toBe(generated.length);
  });

  it("keeps the on-time rate at 98–99.6% for most units, with one weaker unit at 95–97.8%", () => {
    const stats = new SummaryStats(world);
    stats.add(all);
    const rates = stats.timeliness().map((u) => ({ code: u.unitCode, rate: u.onTimeRate ?? 0 }));
    const weak = rates
      .filter((r) => r.rate < 0.978)
      .map((r) => r.code)
      .sort();
    expect(weak).toEqual(["XDP"]);
    for (const r of rates.filter((r) => !weak.includes(r.code))) {
      expect(r.rate).toBeGreaterThanOrEqual(0.98);
      expect(r.rate).toBeLessThanOrEqual(0.997);
    }
    for (const r of rates.filter((r) => weak.includes(r.code))) expect(r.rate).toBeGreaterThan(0.95);
  });

  it("grows each unit's online share through the year: leaders above 90%, laggards at 20–35%", () => {
    const rows = all.map((d) => ({
      code: unitCode.get(d.dossier.receivedUnitId),
      day: toLocalDate(cal, d.dossier.receivedAt),
      online: d.dossier.channel === "ONLINE",
    }));
    const share = (code: string, from: string, to: string) => {
      const inRange = rows.filter((r) => r.code === code && r.day >= from && r.day < to);
      return inRange.filter((r) => r.online).length / inRange.length;
    };
    for (const leader of ["PST"]) {
      expect(share(leader, "2025-11-22", "2026-02-01")).toBeGreaterThan(0.6);
      expect(share(leader, "2026-09-01", "2026-11-22")).toBeGreaterThan(0.8);
    }
    for (const laggard of ["XDP"]) {
      expect(share(laggard, "2025-11-22", "2026-11-22")).toBeGreaterThan(0.2);
      expect(share(laggard, "2025-11-22", "2026-11-22")).toBeLessThan(0.45);
    }
    for (const code of ["PST", "PTT", "XDP"])
      expect(share(code, "2026-08-22", "2026-11-22")).toBeGreaterThan(share(code, "2025-11-22", "2026-02-22"));
    const postal = all.filter((d) => d.dossier.channel === "POSTAL").length / all.length;
    expect(postal).toBeGreaterThan(0.003);
    expect(postal).toBeLessThan(0.03);
    const online = all.filter((d) => d.dossier.channel === "ONLINE" && d.payments.length > 0);
    const paid = online.filter((d) => d.dossier.feePaidOnline).length / online.length;
    expect(paid).toBeGreaterThan(0.2);
    expect(paid).toBeLessThan(0.8);
  });

  it("pays online exactly when a paid request went through the platform, with its signed messages", () => {
    for (const d of generated) {
      const online = d.payments.filter(
        (p) => p.method === "ONLINE" && (p.status === "PAID" || p.status === "REFUNDED"),
      );
      expect(d.dossier.feePaidOnline).toBe(online.length > 0);
      for (const p of online) {
        const success = d.attempts.filter((a) => a.requestId === p.id && a.status === "SUCCESS");
        expect(success).toHaveLength(1);
        expect(d.messages.filter((m) => m.attemptId === success[0]!.id).map((m) => m.kind)).toEqual([
          "INIT",
          "CALLBACK",
        ]);
      }
      if (d.dossier.feeAmount === 0) expect(d.payments).toHaveLength(0);
      for (const p of d.payments) expect(p.feeAmount + p.chargeAmount).toBe(d.dossier.feeAmount);
    }
  });

  it("puts a file behind every digitised component and every electronic result", () => {
    for (const d of generated.filter((_, i) => i % 7 === 0)) {
      const componentFiles = new Set(d.files.filter((f) => f.purpose === "COMPONENT").map((f) => f.documentPosition));
      expect(new Set(d.documents.filter((c) => c.digitised).map((c) => c.position))).toEqual(componentFiles);
      expect(d.dossier.digitised).toBe(d.documents.every((c) => !c.required || !c.received || c.digitised));
      expect(d.dossier.electronicResult).toBe(d.results.length === 1);
      for (const r of d.results) expect(d.files.find((f) => f.id === r.fileId)?.purpose).toBe("RESULT");
      expect(d.dossier.submittedContactId !== null).toBe(d.dossier.channel === "ONLINE");
      expect(d.dossier.postalReturn).toBe(d.dossier.resultDelivery === "POST");
    }
  });

  it("leaves a few online registrations in every desk's queue, exactly one of them overdue", () => {
    const queue = generated.filter((d) => d.dossier.receivedAt === null);
    for (const code of ["PST", "PTT", "XDP"]) {
      const mine = queue.filter((d) => unitCode.get(d.dossier.receivedUnitId) === code);
      const waiting = mine.filter((d) => d.dossier.status === "REGISTERED_ONLINE" && d.dossier.intakeDueAt !== null);
      expect(waiting.length).toBeGreaterThanOrEqual(3);
      expect(waiting.filter((d) => d.dossier.intakeDueAt! < UNTIL)).toHaveLength(1);
      expect(mine.filter((d) => d.dossier.status === "WAITING_SUPPLEMENT")).toHaveLength(1);
      const unpaid = mine.filter((d) => d.payments.some((p) => p.timing === "BEFORE_INTAKE" && p.status === "UNPAID"));
      expect(unpaid).toHaveLength(1);
      expect(unpaid[0]!.dossier.intakeDueAt).toBeNull();
      expect(mine.some((d) => d.payments.some((p) => p.timing === "BEFORE_INTAKE" && p.status === "PAID"))).toBe(true);
    }
  });

  it("asks for a supplement in ~3–5% of dossiers, pausing the clock and moving the appointment", () => {
    const paused = all.filter((d) => d.pauses.length > 0);
    expect(paused.length / all.length).toBeGreaterThan(0.025);
    expect(paused.length / all.length).toBeLessThan(0.05);
    const closed = paused.find((d) => d.pauses[0]!.endedAt !== null)!;
    const withoutPause = computeAppointment(cal, {
      receivedAt: closed.dossier.receivedAt,
      duration: durationOf(closed),
    });
    expect(withoutPause.kind === "scheduled" && closed.dossier.appointmentAt! > withoutPause.appointmentAt).toBe(true);
  });

  function durationOf(d: GeneratedDossier) {
    const version = world.procedures.flatMap((p) => p.versions).find((v) => v.id === d.dossier.procedureVersionId)!;
    return { value: version.seed.duration.value, unit: version.seed.duration.unit };
  }

  it("stores appointments and timeliness exactly as the working-day engine computes them", () => {
    for (const d of all.filter((_, i) => i % 97 === 0)) {
      const pauses = d.pauses.map((p) => ({ start: p.startedAt, end: p.endedAt, reason: p.reason }));
      const result = computeAppointment(cal, { receivedAt: d.dossier.receivedAt, duration: durationOf(d), pauses });
      // A dossier rescheduled by an apology letter keeps its statutory appointment aside (apologies.test.ts checks the rest).
      const rescheduled = d.dossier.originalAppointmentAt !== null;
      if (!rescheduled) expect(d.dossier.appointmentNote).toBe(result.explanation);
      if (result.kind === "scheduled") {
        expect(d.dossier.originalAppointmentAt ?? d.dossier.appointmentAt).toEqual(result.appointmentAt);
        if (d.dossier.finishedAt)
          expect(d.dossier.timeliness).toBe(classifyFinished(cal, result.appointmentAt, d.dossier.finishedAt));
      } else {
        expect(d.dossier.status).toBe("WAITING_SUPPLEMENT");
        expect(d.dossier.appointmentAt).toBeNull();
      }
    }
  });

  it("tells each dossier's life in chronological events that end in its status", () => {
    for (const d of all.filter((_, i) => i % 13 === 0)) {
      const times = d.events.map((e) => e.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(d.events.at(-1)?.toStatus).toBe(d.dossier.status);
      expect(d.events.some((e) => e.type === "receive")).toBe(true);
      expect(d.handoffs.map((h) => h.sequence)).toEqual(d.handoffs.map((_, i) => i + 1));
      expect(Boolean(d.dossier.finishedAt)).toBe(
        d.events.some((e) => e.type === "approve" && e.toStatus === "RESULT_READY"),
      );
      expect(d.dossier.applicantPhone).toMatch(/^0[35789]\d{8}$/);
      if (d.dossier.applicantKind === "CITIZEN") expect(d.dossier.applicantIdNumber).toMatch(/^001[0-3]\d{8}$/);
      // Addresses as written since 1/7/2025: the commune straight under the city.
      expect(d.dossier.applicantAddress).toMatch(/(phường Sơn Tây|phường Tùng Thiện|xã Đoài Phương), Hà Nội$/);
    }
  });

  it("leaves the latest dossiers open: in processing, waiting for a supplement, ready, some due soon and a few overdue", () => {
    const open = all.filter((d) => d.dossier.status !== "RETURNED");
    const statuses = new Set(open.map((d) => d.dossier.status));
    for (const s of ["IN_PROCESSING", "RESULT_READY", "WAITING_SUPPLEMENT"]) expect(statuses).toContain(s);
    expect(open.every((d) => d.dossier.receivedAt > new Date(UNTIL.getTime() - 70 * 86_400_000))).toBe(true);
    const pending = open.filter((d) => !d.dossier.finishedAt && d.dossier.appointmentAt);
    const overdue = pending.filter((d) => d.dossier.appointmentAt! < UNTIL);
    const dueSoon = pending.filter(
      (d) => d.dossier.appointmentAt! >= UNTIL && d.dossier.appointmentAt! < new Date(UNTIL.getTime() + 3 * 86_400_000),
    );
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length).toBeLessThan(pending.length * 0.2);
    expect(dueSoon.length).toBeGreaterThan(0);
  });
});

describe("dossier generator: across the 1/7/2025 map change", { timeout: 60_000 }, () => {
  let world: World;
  let all: Received[];
  let unitCode: Map<string, string>;

  beforeAll(() => {
    world = buildWorld(2026);
    all = generate(world, { seed: 2026, until: new Date("2025-08-01T00:00:00+07:00"), months: 2 }).dossiers.filter(
      isReceived,
    );
    unitCode = new Map(world.units.map((u) => [u.id, u.seed.code]));
  }, 60_000);

  it("receives at the old units until 30/06/2025 and at the three new ones from 01/07/2025", () => {
    const before = all.filter((d) => toLocalDate(cal, d.dossier.receivedAt) < "2025-07-01");
    const after = all.filter((d) => toLocalDate(cal, d.dossier.receivedAt) >= "2025-07-01");
    expect(before.length).toBeGreaterThan(1000);
    expect(after.length).toBeGreaterThan(1000);
    const oldCodes = new Set(before.map((d) => unitCode.get(d.dossier.receivedUnitId)));
    expect(oldCodes).toContain("STY");
    expect(oldCodes.size).toBe(16);
    expect(new Set(after.map((d) => unitCode.get(d.dossier.receivedUnitId)))).toEqual(new Set(["PST", "PTT", "XDP"]));
    // Old dossiers keep the town as their deciding unit; the same procedures are decided by the communes after.
    const townProcedures = new Set(world.procedures.filter((p) => p.seed.level === "DISTRICT").map((p) => p.id));
    for (const d of before.filter((x) => townProcedures.has(x.dossier.procedureId)))
      expect(unitCode.get(d.dossier.decidingUnitId)).toBe("STY");
    expect(after.some((d) => townProcedures.has(d.dossier.procedureId))).toBe(true);
  });

  it("handles each dossier in the office its version names, in the receiving unit", () => {
    const versions = new Map(world.procedures.flatMap((p) => p.versions).map((v) => [v.id, v]));
    const offices = new Map(world.units.flatMap((u) => [...u.offices.values()]).map((o) => [o.id, o]));
    // (A dossier forwarded to a second office of the town ends there: the first hand-off names the handling office.)
    for (const d of all.filter((x, i) => i % 11 === 0 && !x.events.some((e) => e.type === "forward"))) {
      const version = versions.get(d.dossier.procedureVersionId)!;
      const office = offices.get(d.dossier.handlingOfficeId!)!;
      expect(office.unitId).toBe(d.dossier.receivedUnitId);
      expect(office.code).toBe(version.handlingOfficeCode);
      expect(version.effectiveFrom <= toLocalDate(cal, d.dossier.receivedAt)).toBe(true);
    }
  });
});
