import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { periodOf } from "../../src/lib/dates";
import { latenessReport } from "../../src/server/data/apology-report";
import { loadPeriodDashboard } from "../../src/server/data/dashboard-period";
import { loadScorecard } from "../../src/server/data/decision-766";
import { feedbackGroup5 } from "../../src/server/data/feedback";
import { loadSatisfactionSummary } from "../../src/server/data/satisfaction-report";
import { parMetricDrillDownHref, readParMetrics } from "../../src/server/par-index/metrics";
import { recordRating } from "../../src/server/satisfaction";
import { useTestDb } from "../support/db";
import { at, createReceivedDossier, createTestWorld, type TestWorld } from "../support/fixtures";

// The PAR Index's automatic criteria read MotCua's own figures (issue 14 item 3): on a small world, each figure equals
// what the screen that owns it shows for the same unit and period — the leadership dashboard's headline indicators,
// the late-dossier report's apology compliance, the 766 scorecard's total and 5.2, the satisfaction panel's SIPAS —
// and SIPAS under the minimum sample is N/A with the reason.
describe("PAR metrics: the figures of the dashboard, the 766 scorecard and the satisfaction panel", () => {
  const db = useTestDb();
  let world: TestWorld;
  const april = periodOf("custom", "2026-04-01", "2026-04-30");
  const now = at("2026-05-11T09:00:00");
  let n = 0;

  const dossier = async (input: {
    received: string;
    appointment: string;
    finished?: string;
    timeliness?: "EARLY" | "ON_TIME" | "LATE";
    online?: boolean;
    digitised?: boolean;
    electronicResult?: boolean;
    apologyOn?: string;
  }) => {
    const created = await db.dossier.create({
      data: {
        code: `${world.tag}-P${++n}`,
        procedureId: world.procedure.id,
        procedureVersionId: world.procedureVersion.id,
        fieldId: world.field.id,
        channel: input.online ? "ONLINE" : "DIRECT",
        receivedUnitId: world.ward.id,
        decidingUnitId: world.ward.id,
        handlingOfficeId: world.offices.justice.id,
        applicantName: "Trần Thị Bình",
        applicantIdNumber: "001090000002",
        applicantPhone: "0912345679",
        applicantAddress: "Phường thử, Sơn Tây",
        trackingKey: `p${world.tag}${n}`,
        submittedAt: at(`${input.received}T08:00:00`),
        receivedAt: at(`${input.received}T08:00:00`),
        appointmentAt: at(`${input.appointment}T17:00:00`),
        originalAppointmentAt: at(`${input.appointment}T17:00:00`),
        status: "IN_PROCESSING",
        processingStep: "HANDLING",
        digitised: input.digitised ?? false,
        calendarRevision: 0,
      },
    });
    if (input.apologyOn) {
      await db.apologyLetter.create({
        data: {
          dossierId: created.id,
          kind: "LATE",
          status: "APPROVED",
          officeId: world.offices.justice.id,
          reason: "Chậm xác minh",
          extraWorkingDays: 2,
          previousAppointmentAt: at(`${input.appointment}T17:00:00`),
          proposedAppointmentAt: at(`${input.finished}T17:00:00`),
          appointmentNote: "Hẹn lại",
          calendarRevision: 0,
          draftedById: world.users.officer.id,
          draftedAt: at(`${input.apologyOn}T08:00:00`),
          decidedById: world.users.head.id,
          decidedAt: at(`${input.apologyOn}T09:00:00`),
        },
      });
    }
    if (input.finished) {
      await db.dossier.update({
        where: { id: created.id },
        data: {
          status: "RETURNED",
          processingStep: null,
          finishedAt: at(`${input.finished}T10:00:00`),
          timeliness: input.timeliness ?? "ON_TIME",
          electronicResult: input.electronicResult ?? false,
        },
      });
    }
  };

  beforeAll(async () => {
    world = await createTestWorld(db);
    // April: early online digitised with an e-result; on time; late with an apology before its appointment; late
    // without one; open past its appointment at the end of April; open and due in May.
    await dossier({
      received: "2026-04-01",
      appointment: "2026-04-08",
      finished: "2026-04-06",
      timeliness: "EARLY",
      online: true,
      digitised: true,
      electronicResult: true,
    });
    await dossier({ received: "2026-04-02", appointment: "2026-04-09", finished: "2026-04-09", timeliness: "ON_TIME" });
    await dossier({
      received: "2026-04-03",
      appointment: "2026-04-10",
      finished: "2026-04-14",
      timeliness: "LATE",
      apologyOn: "2026-04-09",
    });
    await dossier({ received: "2026-04-06", appointment: "2026-04-13", finished: "2026-04-20", timeliness: "LATE" });
    await dossier({ received: "2026-04-07", appointment: "2026-04-14" });
    await dossier({ received: "2026-04-21", appointment: "2026-05-28", online: true });
    // Feedback received in April: one answered and published in time, one never answered (overdue by May).
    const feedback = (code: string, answered: boolean) =>
      db.feedback.create({
        data: {
          code: `${world.tag}-PA${code}`,
          channel: "WEB",
          subject: "Thái độ tiếp dân",
          content: "Nội dung phản ánh",
          unitId: world.ward.id,
          citizenName: "Lê Văn Cường",
          status: answered ? "PUBLISHED" : "RECEIVED",
          category: "PROCEDURE",
          receivedAt: at("2026-04-06T09:00:00"),
          calendarRevision: 0,
          refuseDueAt: at("2026-04-08T17:00:00"),
          infoDueAt: at("2026-04-13T17:00:00"),
          answerDueAt: at("2026-04-27T17:00:00"),
          ...(answered
            ? {
                answer: "Đã chấn chỉnh",
                answeredAt: at("2026-04-20T09:00:00"),
                publishDueAt: at("2026-04-22T17:00:00"),
                publishedAt: at("2026-04-21T09:00:00"),
              }
            : {}),
        },
      });
    await feedback("1", true);
    await feedback("2", false);
  });

  afterAll(async () => {
    await db.setting.deleteMany({ where: { key: "sipasMinimumSample" } });
  });

  it("reads each rate as the leadership dashboard's headline indicator for the same unit and period", async () => {
    const metrics = await readParMetrics([world.ward.id], { from: april.from, to: april.to }, now);
    const dashboard = await loadPeriodDashboard({ unitIds: [world.ward.id], officeId: null }, april, {
      unitId: null,
      officeId: null,
    });
    const headline = new Map(dashboard.indicators.map((row) => [row.id, row]));
    const pairs = [
      ["onTimeRate", "onTime766"],
      ["onlineShare", "onlineShare"],
      ["fullOnlineShare", "fullOnlineShare"],
      ["onlinePaymentShare", "onlinePaymentShare"],
      ["digitisationShare", "digitisation"],
      ["eResultShare", "electronicResult"],
    ] as const;
    for (const [metric, id] of pairs) {
      const figure = metrics[metric];
      const shown = headline.get(id)!;
      expect(figure.metric, metric).toBe(metric);
      expect([figure.numerator, figure.denominator], metric).toEqual([shown.numerator, shown.denominator]);
      if (shown.value === null) {
        expect(figure.value, metric).toBeNull();
        expect(figure.unavailableReason, metric).toMatch(/mẫu số bằng 0/);
      } else expect(figure.value!, metric).toBeCloseTo(shown.value * 100, 10);
    }
    // Hand-counted, rule 2.1: on time 2 (early, on time) of 2 + 2 late finished + 1 open past its appointment = 5.
    expect(metrics.onTimeRate).toMatchObject({ numerator: 2, denominator: 5, value: 40 });
    // Received 6, 2 online; no fee dossier (N/A); 1 digitised of 6; 1 e-result of 4 finished.
    expect(metrics.onlineShare).toMatchObject({ numerator: 2, denominator: 6 });
    expect(metrics.onlinePaymentShare.value).toBeNull();
    expect(metrics.eResultShare).toMatchObject({ numerator: 1, denominator: 4, value: 25 });
  });

  it("reads apology compliance as the late-dossier report, feedback and the estimate as the 766 scorecard", async () => {
    const metrics = await readParMetrics([world.ward.id], { from: april.from, to: april.to }, now);
    const lateness = await latenessReport([world.ward.id], { from: april.start, to: april.end }, "unit");
    expect(lateness).toHaveLength(1);
    expect(metrics.apologyCompliance).toMatchObject({
      numerator: lateness[0]!.lateWithTimelyApology,
      denominator: lateness[0]!.late,
      value: lateness[0]!.compliance! * 100,
    });
    expect(metrics.apologyCompliance).toMatchObject({ numerator: 1, denominator: 2, value: 50 });

    const scorecard = await loadScorecard(
      { unitIds: [world.ward.id], officeId: null },
      april,
      {
        unitId: world.ward.id,
        officeId: null,
      },
      now,
    );
    expect(metrics.decision766Score.value).toBe(scorecard.card!.total);
    expect(metrics.decision766Score).toMatchObject({
      numerator: scorecard.card!.earned,
      denominator: scorecard.card!.countedMax,
    });
    const group5 = await feedbackGroup5({ unitIds: [world.ward.id], from: april.start, to: april.end, now });
    expect(metrics.feedbackOnTime.value).toBeCloseTo(group5.indicators.onTimeRate! * 100, 10);
    expect(metrics.feedbackOnTime).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it("SIPAS: N/A with the reason under the minimum sample, the satisfaction panel's index at it", async () => {
    for (const [i, stars] of [5, 4].entries()) {
      const received = await createReceivedDossier(db, world, `PR${i}`, `pkey${i}`);
      const result = await recordRating(
        {
          dossierId: received.id,
          channel: "COUNTER_TABLET",
          overallScore: stars,
          answers: ["2.1", "3.1"].map((code) => ({ criterionId: `qv-counter-short-1-c${code}`, score: stars })),
          comment: null,
        },
        at(`2026-05-0${i + 4}T09:00:00`),
      );
      expect(result.ok).toBe(true);
    }
    const year = { from: "2026-01-01", to: "2026-12-31" };
    const later = at("2026-06-15T12:00:00");
    const few = await readParMetrics([world.ward.id], year, later);
    expect(few.sipas).toMatchObject({ value: null, denominator: 2 });
    expect(few.sipas.unavailableReason).toMatch(/Chưa đủ số phiếu đánh giá tối thiểu: 2\/30/);

    await db.setting.upsert({
      where: { key: "sipasMinimumSample" },
      create: { key: "sipasMinimumSample", value: 1 },
      update: { value: 1 },
    });
    const enough = await readParMetrics([world.ward.id], year, later);
    const panel = await loadSatisfactionSummary({ unitIds: [world.ward.id] }, 2026, later);
    expect(panel.index.value).not.toBeNull();
    expect(enough.sipas.value).toBeCloseTo(panel.index.value! * 100, 4);
    expect(enough.sipas.denominator).toBe(panel.index.respondents);
  });

  it("links each figure to the page that shows its detail", () => {
    const period = { from: "2026-01-01", to: "2026-12-31" };
    expect(parMetricDrillDownHref("onTimeRate", "u1", period)).toBe(
      "/lanh-dao?ky=tuy-chon&tu-ngay=01%2F01%2F2026&den-ngay=31%2F12%2F2026&co-quan=u1",
    );
    expect(parMetricDrillDownHref("onTimeRate", "u1", period, "INSPECTOR")).toMatch(/^\/lanh-dao\/chi-so-766\?/);
    expect(parMetricDrillDownHref("apologyCompliance", "u1", period)).toMatch(/^\/bao-cao\/tre-han\?ky=tuy-chon/);
    expect(parMetricDrillDownHref("sipas", "u1", period)).toBe("/lanh-dao?nam=2026#satisfaction");
  });
});
