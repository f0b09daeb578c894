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
