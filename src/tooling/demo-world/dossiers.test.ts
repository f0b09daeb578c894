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
  });

  it("computes the period back from `until`", () => {
    expect(monthsBefore("2026-11-22", 12)).toBe("2025-11-22");
    expect(monthsBefore("2026-03-31", 1)).toBe("2026-02-28");
  });
});

describe("dossier generator: a default year", () => {
  let world: World;
  let all: GeneratedDossier[];
  let sequences: { unitId: string; day: string; lastValue: number }[];
  let unitCode: Map<string, string>;

  beforeAll(() => {
    world = buildWorld(2026);
    ({ dossiers: all, sequences } = generate(world, { seed: 2026, until: UNTIL, months: 12 }));
    unitCode = new Map(world.units.map((u) => [u.id, u.seed.code]));
  }, 120_000);

  const townId = () => world.unitsByCode.get("STY")!.id;

  it("lands near the yearly volumes of the source articles", () => {
    const town = all.filter((d) => d.dossier.receivedUnitId === townId()).length;
    const wards = all.length - town;
    expect(town).toBeGreaterThan(YEARLY_DOSSIERS.town * 0.9);
    expect(town).toBeLessThan(YEARLY_DOSSIERS.town * 1.1);
    expect(wards).toBeGreaterThan(YEARLY_DOSSIERS.wards * 0.95);
    expect(wards).toBeLessThan(YEARLY_DOSSIERS.wards * 1.05);
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
    for (const { dossier } of all) {
      const [prefix, yymmdd, seq] = dossier.code.split("-");
      expect(prefix).toBe(unitCode.get(dossier.receivedUnitId));
      expect(`20${yymmdd!.slice(0, 2)}-${yymmdd!.slice(2, 4)}-${yymmdd!.slice(4)}`).toBe(
        toLocalDate(cal, dossier.receivedAt),
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
    expect(new Set(all.map((d) => d.dossier.code)).size).toBe(all.length);
  });

  it("keeps the on-time rate at 98–99.6% for most units, with two weaker units at 95–97.5%", () => {
    const stats = new SummaryStats(world);
    stats.add(all);
    const rates = stats.timeliness().map((u) => ({ code: u.unitCode, rate: u.onTimeRate ?? 0 }));
    const weak = rates
      .filter((r) => r.rate < 0.978)
      .map((r) => r.code)
      .sort();
    expect(weak).toEqual(["SDO", "XKH"]);
    for (const r of rates.filter((r) => !weak.includes(r.code))) {
      expect(r.rate).toBeGreaterThanOrEqual(0.98);
      expect(r.rate).toBeLessThanOrEqual(0.997);
    }
    for (const r of rates.filter((r) => weak.includes(r.code))) expect(r.rate).toBeGreaterThan(0.95);
  });

  it("grows the online share through the year (~30% → ~60%), with ~1–3% by post", () => {
    const share = (from: string, to: string) => {
      const inRange = all.filter((d) => {
        const day = toLocalDate(cal, d.dossier.receivedAt);
        return day >= from && day < to;
      });
      return inRange.filter((d) => d.dossier.channel === "ONLINE").length / inRange.length;
    };
    expect(share("2025-11-22", "2026-01-01")).toBeGreaterThan(0.25);
    expect(share("2025-11-22", "2026-01-01")).toBeLessThan(0.38);
    expect(share("2026-10-15", "2026-11-22")).toBeGreaterThan(0.52);
    expect(share("2026-10-15", "2026-11-22")).toBeLessThan(0.66);
    const postal = all.filter((d) => d.dossier.channel === "POSTAL").length / all.length;
    expect(postal).toBeGreaterThan(0.01);
    expect(postal).toBeLessThan(0.03);
    const online = all.filter((d) => d.dossier.channel === "ONLINE" && d.dossier.feeAmount > 0);
    const paid = online.filter((d) => d.dossier.feePaidOnline).length / online.length;
    expect(paid).toBeGreaterThan(0.3);
    expect(paid).toBeLessThan(0.7);
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
      expect(d.dossier.applicantAddress).toContain("Sơn Tây");
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
