// Each case quotes the rule it checks from the project's rulebook (docs/domain.md, "Rate formulas").
import { describe, expect, it } from "vitest";
import {
  addTimeliness,
  apologyCompliance,
  backlogLateRate,
  backlogOnTimeRate,
  decision766OnTimeRate,
  decision766Timeliness,
  emptyTimelinessCounts,
  lateShare,
  ON_TIME_FORMULA_IDS,
  ON_TIME_FORMULAS,
  onTimeRate,
  ratio,
} from ".";

const at = (local: string) => new Date(`${local}+07:00`);

describe("a zero denominator shows N/A, never 0 % or 100 %", () => {
  it("gives null for every formula with nothing to count", () => {
    expect(ratio(0, 0)).toBeNull();
    expect(onTimeRate(emptyTimelinessCounts())).toBeNull();
    expect(backlogOnTimeRate({ lateResolved: 0, overduePending: 0, received: 0, carriedOver: 0 })).toBeNull();
    expect(decision766OnTimeRate([], at("2026-07-01T00:00:00"))).toBeNull();
    expect(lateShare({ resolved: 0, late: 0 })).toBeNull();
    expect(apologyCompliance({ late: 0, lateWithTimelyApology: 0 })).toBeNull();
  });
});

describe("Report formula (on-time rate): (early + on time) ÷ dossiers resolved in the period", () => {
  it("reproduces the rulebook's example: 148,761 of 151,295 = 98.33 %", () => {
    const rate = onTimeRate({ resolved: 151_295, early: 100_000, onTime: 48_761 });
    expect(Math.round(rate! * 10_000) / 100).toBe(98.33);
  });
  it("counts resolved dossiers by their fixed timeliness", () => {
    const counts = emptyTimelinessCounts();
    addTimeliness(counts, "EARLY", 3);
    addTimeliness(counts, "ON_TIME");
    addTimeliness(counts, "LATE", 4);
    expect(counts).toEqual({ resolved: 8, early: 3, onTime: 1, late: 4 });
    expect(onTimeRate(counts)).toBe(0.5);
  });
});

describe("Backlog-inclusive: late rate = (overdue pending + late resolved) ÷ (received in the period + carried over); on-time rate = 100 % − late rate", () => {
  it("includes the backlog on both sides", () => {
    const counts = { lateResolved: 3, overduePending: 2, received: 40, carriedOver: 10 };
    expect(backlogLateRate(counts)).toBe(0.1);
    expect(backlogOnTimeRate(counts)).toBe(0.9);
  });
});

describe("Decision 766, indicator 2.1", () => {
  const end = at("2026-07-01T00:00:00");
  const appointment = at("2026-06-10T17:00:00");
  it("on time if it finished by its appointment with paused time removed", () => {
    expect(
      decision766Timeliness({ finishedAt: appointment, appointmentAt: appointment, supplementRequests: 0 }, end),
    ).toBe("onTime");
    expect(
      decision766Timeliness(
        { finishedAt: at("2026-06-10T17:01:00"), appointmentAt: appointment, supplementRequests: 1 },
        end,
      ),
    ).toBe("late");
  });
  it("a dossier with more than one supplement request counts as late", () => {
    expect(
      decision766Timeliness(
        { finishedAt: at("2026-06-01T09:00:00"), appointmentAt: appointment, supplementRequests: 2 },
        end,
      ),
    ).toBe("late");
  });
  it("pending dossiers past their appointment at the end of the period count as late; others are not counted", () => {
    expect(decision766Timeliness({ finishedAt: null, appointmentAt: appointment, supplementRequests: 0 }, end)).toBe(
      "late",
    );
    expect(
      decision766Timeliness({ finishedAt: null, appointmentAt: at("2026-07-02T17:00:00"), supplementRequests: 0 }, end),
    ).toBe("notCounted");
    const rate = decision766OnTimeRate(
      [
        { finishedAt: appointment, appointmentAt: appointment, supplementRequests: 0 },
        { finishedAt: null, appointmentAt: appointment, supplementRequests: 0 },
        { finishedAt: null, appointmentAt: null, supplementRequests: 0 },
      ],
      end,
    );
    expect(rate).toBe(0.5);
  });
});

describe("Late share: late dossiers ÷ dossiers resolved in the period", () => {
  it("divides by resolved, not by received", () => expect(lateShare({ resolved: 40, late: 4 })).toBe(0.1));
});

describe("Apology compliance: late dossiers with an apology issued in time ÷ late dossiers (target 100 %)", () => {
  it("computes the share", () => expect(apologyCompliance({ late: 8, lateWithTimelyApology: 6 })).toBe(0.75));
});

describe("every figure says which formula it uses", () => {
  it("labels each on-time formula and computes through it", () => {
    expect(ON_TIME_FORMULA_IDS.map((id) => ON_TIME_FORMULAS[id].id)).toEqual([...ON_TIME_FORMULA_IDS]);
    for (const id of ON_TIME_FORMULA_IDS) expect(ON_TIME_FORMULAS[id].label).not.toBe("");
    expect(ON_TIME_FORMULAS.report.compute({ resolved: 4, early: 1, onTime: 2 })).toBe(0.75);
  });
});
