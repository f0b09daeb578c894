// The MotCua figures an automatic, semi-automatic or survey criterion may read (ParCriterion.metric holds the key).
// Percentages are 0–100, so a ladder reads "100:3; 98:2" as the figure reads on screen. The figures themselves are
// computed by src/domain/metrics and read by the evaluation's metrics reader; labels.ts names each one.

export type ParMetricUnit = "percent" | "points";

export const PAR_METRICS = {
  /** Share of finished dossiers finished on time (Decision 766 formula). */
  onTimeRate: { unit: "percent" },
  /** Share of late dossiers with an apology letter sent in time. */
  apologyCompliance: { unit: "percent" },
  /** Share of dossiers received online. */
  onlineShare: { unit: "percent" },
  /** Share of fully-online (toàn trình) dossiers among those of procedures offering it. */
  fullOnlineShare: { unit: "percent" },
  /** Share of fee-bearing dossiers paid online. */
  onlinePaymentShare: { unit: "percent" },
  /** Share of dossiers digitised at intake. */
  digitisationShare: { unit: "percent" },
  /** Share of results issued electronically. */
  eResultShare: { unit: "percent" },
  /** Share of citizens' feedback handled on time. */
  feedbackOnTime: { unit: "percent" },
  /** The unit's Decision 766 score (of 100). */
  decision766Score: { unit: "points" },
  /** SIPAS: the satisfaction index from MotCua's ratings. */
  sipas: { unit: "percent" },
} as const satisfies Record<string, { unit: ParMetricUnit }>;

export type ParMetricKey = keyof typeof PAR_METRICS;

export const PAR_METRIC_KEYS = Object.keys(PAR_METRICS) as ParMetricKey[];

export function isParMetricKey(value: unknown): value is ParMetricKey {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(PAR_METRICS, value);
}

/**
 * Why a share-type figure is N/A: its denominator, in words. One text for the app's reader
 * (src/server/par-index/metrics.ts) and the demo world's frozen figures, which must read the same.
 */
export const PAR_NO_DENOMINATOR: Readonly<Record<Exclude<ParMetricKey, "decision766Score" | "sipas">, string>> = {
  onTimeRate: "Không có hồ sơ giải quyết xong hoặc quá hạn trong kỳ (mẫu số bằng 0).",
  onlineShare: "Không có hồ sơ tiếp nhận trong kỳ (mẫu số bằng 0).",
  fullOnlineShare: "Không có hồ sơ tiếp nhận trong kỳ (mẫu số bằng 0).",
  onlinePaymentShare: "Không có hồ sơ phải nộp phí, lệ phí trong kỳ (mẫu số bằng 0).",
  digitisationShare: "Không có hồ sơ tiếp nhận trong kỳ (mẫu số bằng 0).",
  eResultShare: "Không có hồ sơ giải quyết xong trong kỳ (mẫu số bằng 0).",
  apologyCompliance: "Không có hồ sơ trễ hạn trong kỳ, nên không có thư xin lỗi phải gửi.",
  feedbackOnTime: "Không có phản ánh, kiến nghị đã xử lý trong kỳ (mẫu số bằng 0).",
};
