import { describe, expect, it } from "vitest";
import { addWorkingTime, defaultWorkingCalendar, localDateTime } from "@/domain/calendar";
import { pendingStep } from "@/domain/dossier/step-budget";
import {
  buildRemainingModel,
  estimateFinish,
  remainingSamplesFor,
  stepEntries,
  type FinishedHistory,
  type PendingDossierAt,
} from "./finish-estimate";

// Office hours Mon–Fri 07:30–11:30 + 13:30–17:00 (7.5 h a day). Monday 02/03/2026.
const cal = defaultWorkingCalendar();
const H = 3_600_000;
const at = (date: string, time: string) => localDateTime(cal, date, time);
const MONDAY = at("2026-03-02", "07:30");

/** A dossier of procedure p at office o that entered HANDLING on Monday 07:30 and finished `hours` of office time later. */
const finished = (p: string, o: string | null, hours: number): FinishedHistory => ({
  procedureId: p,
  officeId: o,
  steps: [{ step: "HANDLING", enteredAt: MONDAY }],
  finishedAt: addWorkingTime(cal, MONDAY, hours * H),
});

const pending = (over: Partial<PendingDossierAt> = {}): PendingDossierAt => ({
  procedureId: "P1",
  officeId: "O1",
  step: "HANDLING",
  stepEnteredAt: MONDAY,
  appointmentAt: at("2026-03-02", "17:00"),
  paused: false,
  ...over,
});

describe("remaining office time: the 80th percentile of the group (percentileCont, linear between ranks)", () => {
  const model = buildRemainingModel(
    cal,
    [1, 2, 3, 4, 5].map((h) => finished("P1", "O1", h)),
  );

  it("samples 1..5 h → p80 at position 3.2 = 4.2 h; from Monday 07:30 that is 13:42 (lunch 11:30–13:30 skipped)", () => {
    const estimate = estimateFinish(cal, model, pending(), MONDAY);
    expect(estimate).toMatchObject({ kind: "estimate", level: "procedure-office", sampleSize: 5, atRisk: false });
    expect(estimate.kind === "estimate" && estimate.estimatedAt).toEqual(at("2026-03-02", "13:42"));
  });

  it("at risk when the estimate passes the appointment (12:00 appointment, estimate 13:42)", () => {
    const estimate = estimateFinish(cal, model, pending({ appointmentAt: at("2026-03-02", "12:00") }), MONDAY);
    expect(estimate).toMatchObject({ kind: "estimate", atRisk: true });
  });

  it("an estimate exactly at the appointment is not at risk; one millisecond earlier appointment is", () => {
    const appointment = at("2026-03-02", "13:42");
    expect(estimateFinish(cal, model, pending({ appointmentAt: appointment }), MONDAY)).toMatchObject({
      atRisk: false,
    });
    const earlier = new Date(appointment.getTime() - 1);
    expect(estimateFinish(cal, model, pending({ appointmentAt: earlier }), MONDAY)).toMatchObject({ atRisk: true });
  });

  it("another quantile is configurable: the median of 1..5 h is 3 h → 10:30", () => {
    const median = buildRemainingModel(
      cal,
      [1, 2, 3, 4, 5].map((h) => finished("P1", "O1", h)),
      { quantile: 0.5 },
    );
    const estimate = estimateFinish(cal, median, pending(), MONDAY);
    expect(estimate.kind === "estimate" && estimate.estimatedAt).toEqual(at("2026-03-02", "10:30"));
  });

  it("conditions on the time already spent: after 2.5 h only 3, 4, 5 h remain possible → p80 = 4.6 h → 14:06", () => {
    const now = at("2026-03-02", "10:00");
    const estimate = estimateFinish(cal, model, pending(), now);
    expect(estimate.kind === "estimate" && estimate.estimatedAt).toEqual(at("2026-03-02", "14:06"));
  });

  it("longer in the step than every sample: counts the p80 again from now (Monday 15:00 + 2 h to 17:00, then 2.2 h from Tuesday 07:30 = 09:42)", () => {
    const now = at("2026-03-02", "15:00"); // 4 h + 1.5 h = 5.5 h spent
    const estimate = estimateFinish(cal, model, pending({ appointmentAt: at("2026-03-04", "17:00") }), now);
    expect(estimate.kind === "estimate" && estimate.estimatedAt).toEqual(at("2026-03-03", "09:42"));
  });

  it("an overdue dossier is not flagged (it has its own warning), whatever the estimate", () => {
    const now = at("2026-03-02", "15:00");
    const estimate = estimateFinish(cal, model, pending({ appointmentAt: at("2026-03-02", "14:00") }), now);
    expect(estimate).toMatchObject({ kind: "estimate", atRisk: false });
  });

  it("a paused dossier gets no estimate; nor one without an appointment", () => {
    expect(estimateFinish(cal, model, pending({ paused: true }), MONDAY)).toEqual({ kind: "none", reason: "paused" });
    expect(estimateFinish(cal, model, pending({ appointmentAt: null }), MONDAY)).toEqual({
      kind: "none",
      reason: "no-appointment",
    });
  });
});

describe("fallbacks below the minimum sample: (procedure, office) → (procedure) → (office) → unit, same step", () => {
  const history = [
    ...[1, 1, 1].map((h) => finished("P1", "O1", h)), // 3 samples: too few for (P1, O1)
    ...[2, 2, 2].map((h) => finished("P1", "O2", h)), // (P1) has 6
    ...[4, 4, 4, 4, 4].map((h) => finished("P2", "O3", h)),
    ...[6, 6].map((h) => finished("P3", "O3", h)),
  ];
  const model = buildRemainingModel(cal, history, { minSample: 5 });

  it("(P1, O1) has 3 < 5 samples → procedure P1 (6 samples)", () => {
    expect(remainingSamplesFor(model, { procedureId: "P1", officeId: "O1", step: "HANDLING" })).toEqual({
      level: "procedure",
      samples: [1, 1, 1, 2, 2, 2].map((h) => h * H),
    });
  });

  it("(P3, O3) and P3 have 2 → office O3 (7 samples)", () => {
    expect(remainingSamplesFor(model, { procedureId: "P3", officeId: "O3", step: "HANDLING" })?.level).toBe("office");
  });

  it("an unknown procedure at an unknown office → the unit's step (13 samples)", () => {
    const found = remainingSamplesFor(model, { procedureId: "P9", officeId: null, step: "HANDLING" });
    expect(found).toMatchObject({ level: "unit" });
    expect(found?.samples).toHaveLength(13);
  });

  it("no sample of that step anywhere → no estimate", () => {
    expect(remainingSamplesFor(model, { procedureId: "P1", officeId: "O1", step: "SIGNING" })).toBeNull();
    expect(estimateFinish(cal, model, pending({ step: "SIGNING" }), MONDAY)).toEqual({
      kind: "none",
      reason: "no-history",
    });
  });

  it("a dossier finished in no office counts once in its procedure's group (3 such dossiers stay below 5)", () => {
    const noOffice = buildRemainingModel(
      cal,
      [1, 2, 3].map((h) => finished("P4", null, h)),
      { minSample: 5 },
    );
    expect(remainingSamplesFor(noOffice, { procedureId: "P4", officeId: null, step: "HANDLING" })).toBeNull();
    expect(
      remainingSamplesFor(
        buildRemainingModel(
          cal,
          [1, 2, 3].map((h) => finished("P4", null, h)),
          { minSample: 3 },
        ),
        {
          procedureId: "P4",
          officeId: null,
          step: "HANDLING",
        },
      ),
    ).toEqual({ level: "procedure", samples: [1, 2, 3].map((h) => h * H) });
  });

  it("rejects a quantile outside 0–1 and a minimum below 1", () => {
    expect(() => buildRemainingModel(cal, history, { quantile: 1.5 })).toThrow(RangeError);
    expect(() => buildRemainingModel(cal, history, { minSample: 0 })).toThrow(RangeError);
  });
});

describe("stepEntries: events → entries of form 05's steps (pendingStep's mapping)", () => {
  it("reads status and processing step changes, counts a step re-entered after a send-back, skips non-changes", () => {
    const t = (h: number) => new Date(MONDAY.getTime() + h * H);
    const entries = stepEntries(
      [
        { at: t(0), toStatus: "RECEIVED", toStep: null },
        { at: t(1), toStatus: "IN_PROCESSING", toStep: "AWAITING_ASSIGNMENT" },
        { at: t(2), toStatus: "IN_PROCESSING", toStep: "HANDLING" },
        { at: t(3), toStatus: "IN_PROCESSING", toStep: "AWAITING_HEAD_APPROVAL" },
        { at: t(4), toStatus: "IN_PROCESSING", toStep: "HANDLING" },
        { at: t(5), toStatus: "IN_PROCESSING", toStep: "AWAITING_HEAD_APPROVAL" },
        { at: t(6), toStatus: "RESULT_READY", toStep: null },
        { at: t(7), toStatus: "RETURNED", toStep: null },
      ],
      pendingStep,
    );
    expect(entries.map((e) => [e.step, (e.enteredAt.getTime() - MONDAY.getTime()) / H])).toEqual([
      ["RECEPTION", 0],
      ["HANDLING", 1],
      ["REVIEW", 3],
      ["HANDLING", 4],
      ["REVIEW", 5],
      ["RETURN", 6],
    ]);
  });
});
