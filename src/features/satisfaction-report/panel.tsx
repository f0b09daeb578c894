// Satisfaction on the leadership and head-of-office homes: the SIPAS index of the year with its formula, ratings,
// 95% interval (N/A under the minimum sample), the trend by month (Recharts bars from src/ui/charts, with the data
// table behind them), the worst criteria, the latest comments (text only: no dossier, no applicant) and the feedback
// handled on time. The inspector's comparison of units. Figures come from src/server/data/satisfaction-report.ts (the
// pure SIPAS functions).
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { RATING_CHANNEL_LABELS, type RatingChannelCode } from "@/domain/satisfaction";
import { formatDate } from "@/lib/dates";
import { readableUnitIds } from "@/server/auth/guard";
import type { SessionUser } from "@/server/auth/session-user";
import { minimumSample } from "@/server/data/satisfaction";
import {
  loadSatisfactionSummary,
  loadUnitComparison,
  type SatisfactionSummary,
  type UnitSatisfaction,
} from "@/server/data/satisfaction-report";
import { satisfactionScopeOf } from "./scope";
import { BarTrendChart } from "@/ui/charts/bar-trend-chart";
import { monthOfYearLabel, toChartRows } from "@/ui/charts/series";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";
import { buttonClass } from "@/ui/form";
import { Count, Rate } from "@/ui/rate";
import { Section } from "@/ui/section";
import { StatCard, StatGrid } from "@/ui/stat-card";

type Interval = { low: number; high: number } | null;

async function IntervalText({ interval }: { interval: Interval }) {
  const [t, format] = await Promise.all([getTranslations("satisfactionReport"), getFormatter()]);
  if (!interval) return <>{t("noInterval")}</>;
  const pct = (value: number) =>
    format.number(value, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return <>{t("interval", { low: pct(interval.low), high: pct(interval.high) })}</>;
}

/** Export links of a scope's year: indices only, and raw answers with comments (personal data, audited). */
async function ExportLinks({ query }: { query: string }) {
  const t = await getTranslations("satisfactionReport");
  return (
    <div className="flex flex-wrap gap-2">
      <a href={`/api/bao-cao/hai-long?${query}&loai=chi-so`} className={buttonClass("secondary", "sm")} download>
        {t("exportIndices")}
      </a>
      <a href={`/api/bao-cao/hai-long?${query}&loai=cau-tra-loi`} className={buttonClass("secondary", "sm")} download>
        {t("exportAnswers")}
      </a>
    </div>
  );
}

export async function SatisfactionPanel({
  summary,
  exportQuery,
}: {
  summary: SatisfactionSummary;
  exportQuery: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("satisfactionReport"), getFormatter()]);
  const { index } = summary;
  const localeCode = await getLocale();
  const channelLabels = RATING_CHANNEL_LABELS[localeCode === "en" ? "en" : "vi"];
  return (
    <Section title={t("title", { year: summary.year })} id="satisfaction" actions={<ExportLinks query={exportQuery} />}>
      <StatGrid label={t("figuresLabel", { year: summary.year })}>
        <StatCard
          label={t("sipas")}
          value={<Rate value={index.value} />}
          hint={<IntervalText interval={index.interval} />}
          tone="good"
          testId="sipas-value"
        />
        <StatCard label={t("ratings")} value={<Count value={summary.ratings} />} testId="sipas-ratings" />
        <StatCard
          label={t("respondents")}
          value={<Count value={index.respondents} />}
          hint={t("minimum", { minimum: summary.minimumSample })}
          testId="sipas-respondents"
        />
        <StatCard
          label={t("feedbackOnTime")}
          value={<Rate value={summary.feedback.onTimeRate} />}
          hint={t("feedbackOnTimeHint", {
            onTime: summary.feedback.handledOnTime,
            handled: summary.feedback.handledOnTime + summary.feedback.handledLate,
          })}
          testId="feedback-on-time"
        />
      </StatGrid>
      <p className="mt-3 text-sm text-muted" data-testid="sipas-formula">
        <strong>{summary.formula.label}:</strong> {summary.formula.formula}{" "}
        {t("naNote", { minimum: summary.minimumSample })}
      </p>

      <h3 className="mt-6 font-semibold">{t("trendTitle")}</h3>
      <div className="mt-2 rounded-lg border border-gray-200 bg-white p-3">
        <BarTrendChart
          rows={toChartRows(
            summary.months,
            (m) => monthOfYearLabel(summary.year, m.month),
            (m) => m.value,
          )}
          label={t("trendCaption", { year: summary.year })}
          seriesName={t("colIndex")}
          format={{ style: "percent", fractionDigits: 2 }}
          locale={localeCode === "en" ? "en" : "vi"}
          testId="sipas-trend-chart"
        />
      </div>
      <div className="mt-2">
        <DataTable
          caption={t("trendCaption", { year: summary.year })}
          captionHidden
          columns={[t("colMonth"), t("colRatings"), t("colRespondents"), t("colIndex")]}
          testId="sipas-months"
        >
          {summary.months.map((m) => (
            <tr key={m.month}>
              <RowHeader>{t("month", { month: m.month, year: summary.year })}</RowHeader>
              <td className={`${tdClass} tabular-nums`}>{locale.number(m.ratings)}</td>
              <td className={`${tdClass} tabular-nums`}>{locale.number(m.respondents)}</td>
              <td className={`${tdClass} tabular-nums`}>
                <Rate value={m.value} />
              </td>
            </tr>
          ))}
        </DataTable>
      </div>

      <h3 className="mt-6 font-semibold">{t("worstTitle")}</h3>
      <div className="mt-2">
        <DataTable
          caption={t("worstTitle")}
          captionHidden
          columns={[t("colCriterion"), t("colAnswers"), t("colShare")]}
          empty={summary.worst.length === 0 ? t("worstNone", { minimum: summary.minimumSample }) : undefined}
          testId="sipas-worst"
        >
          {summary.worst.map((criterion) => (
            <tr key={criterion.criterionCode}>
              <RowHeader>{criterion.text}</RowHeader>
              <td className={`${tdClass} tabular-nums`}>{locale.number(criterion.answers)}</td>
              <td className={`${tdClass} tabular-nums`}>
                <Rate value={criterion.value} />
              </td>
            </tr>
          ))}
        </DataTable>
      </div>

      <h3 className="mt-6 font-semibold">{t("commentsTitle")}</h3>
      {summary.comments.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{t("commentsNone")}</p>
      ) : (
        <ul className="mt-2 grid gap-2" data-testid="sipas-comments">
          {summary.comments.map((comment) => (
            <li key={comment.id} className="rounded-lg border border-gray-200 bg-white p-3">
              <p className="whitespace-pre-line break-words">{comment.comment}</p>
              <p className="mt-1 text-xs text-muted">
                {formatDate(comment.at)} · {comment.unitName} · {channelLabels[comment.channel as RatingChannelCode]}
                {comment.stars !== null ? ` · ${t("stars", { count: comment.stars })}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** /noi-vu: each unit's SIPAS for the year, highest first, N/A last. */
export async function UnitSatisfactionTable({
  units,
  year,
  minimum,
  exportQuery,
}: {
  units: UnitSatisfaction[];
  year: number;
  minimum: number;
  exportQuery: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("satisfactionReport"), getFormatter()]);
  return (
    <Section title={t("compareTitle", { year })} id="satisfaction-units" actions={<ExportLinks query={exportQuery} />}>
      <DataTable
        caption={t("compareTitle", { year })}
        captionHidden
        columns={[t("colUnit"), t("colRatings"), t("colRespondents"), t("colIndex"), t("colInterval")]}
        empty={units.length === 0 ? t("compareNone") : undefined}
        testId="sipas-units"
      >
        {units.map((unit) => (
          <tr key={unit.unitId}>
            <RowHeader>{unit.name}</RowHeader>
            <td className={`${tdClass} tabular-nums`}>{locale.number(unit.ratings)}</td>
            <td className={`${tdClass} tabular-nums`}>{locale.number(unit.index.respondents)}</td>
            <td className={`${tdClass} tabular-nums`}>
              <Rate value={unit.index.value} />
            </td>
            <td className={`${tdClass} tabular-nums`}>
              <IntervalText interval={unit.index.interval} />
            </td>
          </tr>
        ))}
      </DataTable>
      <p className="mt-3 text-sm text-muted">{t("naNote", { minimum })}</p>
    </Section>
  );
}

/** The panel of a staff member's own scope (leadership: their units; head of office: their office) for a year. */
export async function SatisfactionSection({ user, year }: { user: SessionUser; year: number }) {
  const summary = await loadSatisfactionSummary(await satisfactionScopeOf(user), year);
  return <SatisfactionPanel summary={summary} exportQuery={`nam=${year}`} />;
}

/** The inspector's comparison of the units they read, for a year. */
export async function UnitSatisfactionSection({ user, year }: { user: SessionUser; year: number }) {
  const [units, minimum] = await Promise.all([loadUnitComparison(await readableUnitIds(user), year), minimumSample()]);
  return <UnitSatisfactionTable units={units} year={year} minimum={minimum} exportQuery={`nam=${year}`} />;
}
