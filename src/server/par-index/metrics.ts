import "server-only";
// The MotCua figures the automatic and survey criteria of the PAR Index read (issue 14 item 3, docs/par-index.md
// "Automatic criteria and results"). Nothing is computed here: each figure is the one its own screen shows, read by
// that screen's reader and rated by src/domain/metrics —
//   on-time rate, online, toàn trình, online payment, digitisation, e-result: the leadership dashboard's headline
//     indicators (rollupTotals + headlineIndicators; on time by the labelled formula "Quyết định 766, chỉ số 2.1",
//     the one the 766 scorecard scores: pending past the appointment at the period's end counts as late);
//   apology compliance: the late-dossier report (latenessReport + apologyCompliance);
//   feedback handled on time: Decision 766 5.2 (feedbackGroup5);
//   the 766 estimate: the scorecard's 100-point total (scorecardInputs + scoreScorecard);
//   SIPAS: the satisfaction panel's index (loadSipasInputs + sipasIndex), N/A under the minimum sample.
// Rates are given in percent (0–100), as the criteria's ladders are written; a figure that cannot be computed has
// value null and the reason in Vietnamese.
import { indicatorCountsOf, emptyScorecardInputs, scoreScorecard, versionInForce } from "@/domain/decision-766";
import { apologyCompliance, headlineIndicators, sipasIndex, type HeadlineIndicatorId } from "@/domain/metrics";
import type { Role } from "@/domain/access";
import { PAR_NO_DENOMINATOR, type ParMetricKey } from "@/domain/par-index/metrics";
import type { ParMetricInput } from "@/domain/par-index/types";
import {
  addCalendarDays,
  DATE_RANGE_PARAMS,
  formatDateVi,
  localDateKey,
  parseLocalDate,
  PERIOD_SLUGS,
  periodOf,
  type LocalDate,
} from "@/lib/dates";
import { latenessReport } from "@/server/data/apology-report";
import { scorecardDaysOf, scorecardInputs } from "@/server/data/decision-766";
import { loadScorecardVersions } from "@/server/data/decision-766-versions";
import { emptyRollupCounts, rollupTotals } from "@/server/data/rollups";
import { loadSipasInputs, minimumSample } from "@/server/data/satisfaction";
import { unitTreeAndPredecessorIds } from "@/server/data/unit-tree";

/** A period of the evaluation: civil days (yyyy-MM-dd, Asia/Ho_Chi_Minh), both inclusive. */
export interface ParPeriod {
  from: LocalDate;
  to: LocalDate;
}

/** The dashboard's headline indicator behind each rate criterion. */
const HEADLINE_OF = {
  onTimeRate: "onTime766",
  onlineShare: "onlineShare",
  fullOnlineShare: "fullOnlineShare",
  onlinePaymentShare: "onlinePaymentShare",
  digitisationShare: "digitisation",
  eResultShare: "electronicResult",
} as const satisfies Partial<Record<ParMetricKey, HeadlineIndicatorId>>;

/** A share in percent from its counts: numerator × 100 ÷ denominator (exact for whole counts), null on zero. */
function shareInput(
  metric: ParMetricKey,
  numerator: number,
  denominator: number,
  reason: string,
  readAt: string,
): ParMetricInput {
  return denominator > 0
    ? { metric, value: (numerator * 100) / denominator, numerator, denominator, unavailableReason: null, readAt }
    : { metric, value: null, numerator, denominator, unavailableReason: reason, readAt };
}

/** Six decimals: a mean or a quotient without the float's tail (0.1 + 0.2), so a ladder step is met as written. */
const tidy = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * The units a unit's figures count, as the dashboards and the 766 scorecard count them: the unit, every unit below
 * it, and the units it continues (a ward formed on 01/07/2025 carries its predecessors' dossiers).
 */
export const parMetricUnitIds = (unitId: string): Promise<string[]> => unitTreeAndPredecessorIds(unitId);

/**
 * Every PAR metric of a unit over a period. `unitIds` is the unit first, then the units counted with it
 * (parMetricUnitIds). `now` bounds what is pending or overdue (the period's end, or today while it runs).
 */
export async function readParMetrics(
  unitIds: readonly string[],
  period: ParPeriod,
  now: Date = new Date(),
): Promise<Record<ParMetricKey, ParMetricInput>> {
  const readAt = now.toISOString();
  const ids = [...unitIds];
  const root = ids[0];
  // A period still running is read up to today, as the dashboard's "năm nay" and the scorecard read it: a dossier due
  // later this year is not overdue yet.
  const today = localDateKey(now);
  const to = period.to < today ? period.to : today < period.from ? period.from : today;
  const range = periodOf("custom", period.from, to);
  const [total, lateness, feedback, scorecard, sipas, minimum] = await Promise.all([
    rollupTotals({ unitIds: ids, from: period.from, to: addCalendarDays(to, 1), groupBy: "total" }),
    latenessReport(ids, { from: range.start, to: range.end }, "unit"),
    // Loaded lazily, as the scorecard does: the feedback reader reaches the session guard (Next.js).
    import("@/server/data/feedback").then(({ feedbackGroup5 }) =>
      feedbackGroup5({ unitIds: ids, from: range.start, to: range.end, now }),
    ),
    root
      ? scorecardInputs({ unitIds: ids, officeId: null }, scorecardDaysOf({ from: period.from, to }, now), null)
      : null,
    loadSipasInputs({ from: range.start, to: range.end, unitIds: ids }),
    minimumSample(),
  ]);

  const headline = new Map(headlineIndicators(total[0] ?? emptyRollupCounts("")).map((row) => [row.id, row]));
  const rate = (key: keyof typeof HEADLINE_OF) => {
    const indicator = headline.get(HEADLINE_OF[key])!;
    return shareInput(key, indicator.numerator, indicator.denominator, PAR_NO_DENOMINATOR[key], readAt);
  };

  // The report's rows are per deciding unit; the unit's figure is their sum, rated by apologyCompliance.
  const late = lateness.reduce((sum, row) => sum + row.late, 0);
  const lateWithTimelyApology = lateness.reduce((sum, row) => sum + row.lateWithTimelyApology, 0);
  const compliance = apologyCompliance({ late, lateWithTimelyApology });

  const handled = feedback.counts.handledOnTime + feedback.counts.handledLate;

  const card = scoreScorecard(
    versionInForce(to, await loadScorecardVersions()),
    indicatorCountsOf((root && scorecard?.inputs.get(root)) || emptyScorecardInputs()),
  );

  const index = sipasIndex(sipas.tallies, sipas.respondents.satisfiedShare, { minimumSample: minimum });

  return {
    onTimeRate: rate("onTimeRate"),
    apologyCompliance: shareInput(
      "apologyCompliance",
      lateWithTimelyApology,
      compliance === null ? 0 : late,
      PAR_NO_DENOMINATOR.apologyCompliance,
      readAt,
    ),
    onlineShare: rate("onlineShare"),
    fullOnlineShare: rate("fullOnlineShare"),
    onlinePaymentShare: rate("onlinePaymentShare"),
    digitisationShare: rate("digitisationShare"),
    eResultShare: rate("eResultShare"),
    feedbackOnTime: shareInput(
      "feedbackOnTime",
      feedback.counts.handledOnTime,
      handled,
      PAR_NO_DENOMINATOR.feedbackOnTime,
      readAt,
    ),
    // The scorecard's points earned over the maximum of the indicators it could count, rescaled to 100.
    decision766Score:
      card.total === null
        ? {
            metric: "decision766Score",
            value: null,
            numerator: card.earned,
            denominator: card.countedMax,
            unavailableReason: "Bảng điểm Chỉ số QĐ 766 không tính được chỉ số nào trong kỳ (chưa có số liệu).",
            readAt,
          }
        : {
            metric: "decision766Score",
            value: card.total,
            numerator: card.earned,
            denominator: card.countedMax,
            unavailableReason: null,
            readAt,
          },
    // SIPAS (tỷ lệ hài lòng): the numerator is not a count (a mean of the five factors); the denominator is the
    // ratings behind it.
    sipas:
      index.value === null
        ? {
            metric: "sipas",
            value: null,
            numerator: null,
            denominator: index.respondents,
            unavailableReason:
              index.respondents < index.minimumSample
                ? `Chưa đủ số phiếu đánh giá tối thiểu: ${index.respondents}/${index.minimumSample} phiếu từ ${formatDateVi(period.from)} đến ${formatDateVi(to)}.`
                : "Các phiếu đánh giá trong kỳ chưa trả lời đủ tiêu chí để tính chỉ số.",
            readAt,
          }
        : {
            metric: "sipas",
            value: tidy(index.value * 100),
            numerator: null,
            denominator: index.respondents,
            unavailableReason: null,
            readAt,
          },
  };
}

// ─── Drill-down: the page that shows a figure's detail ───────────────────────────────────────────────────────────

/** The leadership dashboard's and the 766 scorecard's parameters (src/features/dashboard/period-query.ts). */
const periodParams = (unitId: string, period: ParPeriod) =>
  new URLSearchParams({
    ky: PERIOD_SLUGS.custom,
    [DATE_RANGE_PARAMS.from]: formatDateVi(period.from),
    [DATE_RANGE_PARAMS.to]: formatDateVi(period.to),
    "co-quan": unitId,
  }).toString();

/**
 * Where a criterion's figure is shown in detail, for a reader of the given role: the leadership dashboard of the
 * unit and period (leaders; others open the 766 scorecard, whose indicators count the same rollups), the late-dossier
 * report for apologies, the 766 scorecard for feedback (5.2) and the estimate, the satisfaction panel for SIPAS.
 */
export function parMetricDrillDownHref(
  metric: ParMetricKey,
  unitId: string,
  period: ParPeriod,
  viewer: Role = "LEADERSHIP",
): string {
  const query = periodParams(unitId, period);
  switch (metric) {
    case "onTimeRate":
    case "onlineShare":
    case "fullOnlineShare":
    case "onlinePaymentShare":
    case "digitisationShare":
    case "eResultShare":
      return viewer === "LEADERSHIP" ? `/lanh-dao?${query}` : `/lanh-dao/chi-so-766?${query}`;
    case "apologyCompliance":
      return `/bao-cao/tre-han?${new URLSearchParams({
        ky: PERIOD_SLUGS.custom,
        [DATE_RANGE_PARAMS.from]: formatDateVi(period.from),
        [DATE_RANGE_PARAMS.to]: formatDateVi(period.to),
      }).toString()}`;
    case "feedbackOnTime":
    case "decision766Score":
      return `/lanh-dao/chi-so-766?${query}`;
    case "sipas":
      return viewer === "LEADERSHIP"
        ? `/lanh-dao?nam=${parseLocalDate(period.to).year}#satisfaction`
        : "/noi-vu#satisfaction-units";
  }
}
