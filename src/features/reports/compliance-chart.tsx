import { getLocale, getTranslations } from "next-intl/server";
import { formatRate, type Grouping, type LatenessRow } from "./lateness-table";

/** Bar colour by how far from the 100% target; the figure is always written too, so colour is never the only cue. */
const barColour = (value: number) => (value >= 1 ? "#15803d" : value >= 0.8 ? "#b45309" : "#b91c1c");

/**
 * Compliance per group as a small bar chart, without a chart library: each group is a list item whose text (name and
 * rate) is the text equivalent, with a decorative inline SVG bar beside it scaled 0–100%.
 */
export async function ComplianceChart({
  rows,
  grouping,
  headingId,
}: {
  rows: LatenessRow[];
  grouping: Grouping;
  headingId: string;
}) {
  const [t, tCol, locale] = await Promise.all([
    getTranslations("reports.lateness.chart"),
    getTranslations("reports.lateness.filters.groupings"),
    getLocale(),
  ]);
  if (rows.length === 0) return null;
  return (
    <figure
      className="rounded-lg border border-gray-200 bg-white p-4"
      aria-labelledby={headingId}
      data-testid="compliance-chart"
    >
      <figcaption id={headingId} className="text-sm font-semibold">
        {t("title", { grouping: tCol(grouping).toLowerCase() })}
      </figcaption>
      <p className="mt-1 text-xs text-muted">{t("description")}</p>
      <ul className="mt-3 space-y-2">
        {rows.map((row) => {
          const value = row.compliance;
          const text =
            value === null
              ? t("itemNone", { name: row.name })
              : t("item", {
                  name: row.name,
                  rate: formatRate(value, locale),
                  timely: row.lateWithTimelyApology,
                  late: row.late,
                });
          return (
            <li key={row.id} className="grid gap-1 sm:grid-cols-[minmax(0,16rem)_1fr] sm:items-center sm:gap-3">
              <span className="text-sm">{text}</span>
              <svg
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                className="h-3 w-full"
                aria-hidden="true"
                focusable="false"
              >
                <rect x="0" y="0" width="100" height="10" fill="#f3f4f6" />
                {value !== null ? (
                  <rect x="0" y="0" width={Math.max(0, Math.min(1, value)) * 100} height="10" fill={barColour(value)} />
                ) : null}
                {value === null ? (
                  <line
                    x1="0"
                    y1="5"
                    x2="100"
                    y2="5"
                    stroke="#9ca3af"
                    strokeDasharray="2 2"
                    strokeWidth="1"
                    vectorEffect="non-scaling-stroke"
                  />
                ) : null}
              </svg>
            </li>
          );
        })}
      </ul>
      <p className="mt-2 text-right text-xs text-muted">{t("target")}</p>
    </figure>
  );
}
