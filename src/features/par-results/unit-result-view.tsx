// One unit's PAR Index result (issue 14 item 4): the total, the 100-point score, grade, rank and change; points by
// domain with a radar chart and its data table; the criteria where points were lost with the appraisal's reason; each
// criterion with its figure, the ladder step it reached and a link to the figure's detail. A unit not finalised is
// marked provisional at the top (the loader shows it only to home affairs and the unit's own leader).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { parLabelsFor } from "@/domain/par-index";
import { formatDate, formatDateTime } from "@/lib/dates";
import type { ParCriterionResult, ParUnitResult } from "@/server/data/par-results";
import { RadarChart } from "@/ui/charts/radar-chart";
import { toChartRows } from "@/ui/charts/series";
import { DataTable, numClass, RowHeader, tdClass } from "@/ui/data-table";
import { getLabelLocale } from "@/ui/labels";
import { Section } from "@/ui/section";
import { StatCard, StatGrid } from "@/ui/stat-card";
import { PAR_UNIT_RESULT_PATH } from "./ranking-view";
import { comparisonText, formatPoints } from "./text";

export async function UnitResultView({ result }: { result: ParUnitResult }) {
  const [t, locale] = await Promise.all([getTranslations("parResults"), getLabelLocale()]);
  const labels = parLabelsFor(locale);
  const { row, evaluation } = result;
  const points = (value: number | null) => (value === null ? "—" : formatPoints(value, locale));
  const percent = (value: number | null) => (value === null ? "N/A" : `${formatPoints(value, locale)} %`);
  const chartRows = toChartRows(
    row.domains,
    (domain) => domain.code,
    (domain) => (domain.percent === null ? null : domain.percent / 100),
  );
  return (
    <>
      <p className="-mt-4 mb-4 text-sm">
        <Link href={`${PAR_UNIT_RESULT_PATH}?dot=${encodeURIComponent(evaluation.id)}`} className="underline">
          {t("backToRanking")}
        </Link>
      </p>
      {row.provisional ? (
        <p
          role="note"
          className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm font-semibold text-amber-900"
          data-testid="par-provisional"
        >
          {t("provisionalBanner")} ({labels.unitStatus[row.status]})
        </p>
      ) : result.frozenAt ? (
        <p className="mb-4 text-sm text-muted">{t("frozenNote", { date: formatDate(result.frozenAt) })}</p>
      ) : null}
      <StatGrid label={t("unitTitle", { year: evaluation.year, unit: row.unitName })}>
        <StatCard label={t("statScore")} value={points(row.score100)} testId="par-score" />
        <StatCard label={t("statTotal")} value={points(row.total)} />
        <StatCard label={t("statGrade")} value={row.grade ?? "—"} />
        <StatCard
          label={t("statRank")}
          value={row.rank === null ? t("notRanked") : t("rankOf", { rank: row.rank, count: result.rankedCount })}
          testId="par-rank"
        />
        <StatCard
          label={t("statChange")}
          value={row.provisional ? "—" : comparisonText(row.comparison, locale, row.comparedUnitName)}
        />
        {result.self ? <StatCard label={t("statSelf")} value={points(result.self.score100)} /> : null}
      </StatGrid>
      <ul className="mt-3 list-disc pl-5 text-sm text-muted">
        <li>{evaluation.rescaled ? t("rescaledNote") : t("surveyNote")}</li>
      </ul>

      <Section title={t("byDomainTitle")} id="par-by-domain">
        <div className="grid gap-4 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
          <div className="rounded-lg border border-gray-200 bg-white p-2">
            <RadarChart
              rows={chartRows}
              label={t("radarLabel", { unit: row.unitName })}
              format={{ style: "percent", fractionDigits: 2 }}
              locale={locale}
              seriesName={t("radarSeries")}
              testId="par-radar"
            />
          </div>
          <DataTable
            caption={t("byDomainCaption", { unit: row.unitName })}
            columns={[
              t("colDomain"),
              { header: t("colMax"), numeric: true },
              { header: t("colApplicableMax"), numeric: true },
              { header: t("colScored"), numeric: true },
              { header: t("colLost"), numeric: true },
              { header: t("colPercent"), numeric: true },
            ]}
            testId="par-domain-table"
          >
            {row.domains.map((domain) => (
              <tr key={domain.id}>
                <RowHeader>
                  {domain.code}. {domain.title}
                </RowHeader>
                <td className={numClass}>{points(domain.max)}</td>
                <td className={numClass}>{points(domain.applicableMax)}</td>
                <td className={numClass}>{points(domain.score)}</td>
                <td className={numClass}>{points(domain.lost)}</td>
                <td className={numClass}>{percent(domain.percent)}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      </Section>

      <Section title={t("lostTitle")} id="par-lost">
        {result.lost.length === 0 ? (
          <p className="text-sm">{t("lostNone")}</p>
        ) : (
          <DataTable
            caption={t("lostCaption")}
            columns={[
              t("colCode"),
              t("colCriterion"),
              t("colDomain"),
              { header: t("colLost"), numeric: true },
              t("colNote"),
            ]}
            testId="par-lost"
          >
            {result.lost.map((lost) => (
              <tr key={lost.id}>
                <td className={tdClass}>{lost.code}</td>
                <RowHeader>{lost.title}</RowHeader>
                <td className={tdClass}>
                  {lost.domainCode}. {lost.domainTitle}
                </td>
                <td className={numClass}>
                  {points(lost.lost)} / {points(lost.max)}
                </td>
                <td className={tdClass}>{lost.appraisalNote ?? <span className="text-muted">{t("noNote")}</span>}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </Section>

      <Section title={t("criteriaTitle")} id="par-criteria">
        <DataTable
          caption={t("criteriaCaption")}
          columns={[
            t("colCode"),
            t("colCriterion"),
            { header: t("colMax"), numeric: true },
            { header: t("colSelf"), numeric: true },
            { header: t("colAppraised"), numeric: true },
            { header: t("colScored"), numeric: true },
            t("colFigure"),
          ]}
          testId="par-criteria"
        >
          {result.criteria.map((criterion) => (
            <CriterionRow key={criterion.id} criterion={criterion} />
          ))}
        </DataTable>
      </Section>
    </>
  );
}

async function CriterionRow({ criterion }: { criterion: ParCriterionResult }) {
  const [t, locale] = await Promise.all([getTranslations("parResults"), getLabelLocale()]);
  const labels = parLabelsFor(locale);
  const points = (value: number | null) => (value === null ? "—" : formatPoints(value, locale));
  const figure = criterion.figure;
  return (
    <tr className={criterion.scored ? undefined : "bg-gray-50 font-semibold"}>
      <td className={tdClass}>{criterion.code}</td>
      <RowHeader>
        <span style={{ paddingLeft: `${criterion.depth}rem` }} className="block">
          {criterion.title}
        </span>
        {criterion.scored ? (
          <span className="block text-xs font-normal text-muted">{labels.kind[criterion.kind]}</span>
        ) : null}
      </RowHeader>
      <td className={numClass}>{points(criterion.max)}</td>
      <td className={numClass}>{criterion.scored ? points(criterion.selfScore) : ""}</td>
      <td className={numClass}>{criterion.scored ? points(criterion.appraisedScore) : ""}</td>
      <td className={numClass}>{criterion.notApplicable ? t("notApplicable") : points(criterion.score)}</td>
      <td className={`${tdClass} font-normal`}>
        {figure ? (
          <>
            <span className="block">{labels.metric[figure.metric].name}</span>
            <span className="block tabular-nums">
              {figure.value === null
                ? figure.unavailableReason
                : figure.numerator !== null && figure.denominator !== null
                  ? t("figureValue", {
                      value: formatPoints(figure.value, locale),
                      numerator: formatPoints(figure.numerator, locale),
                      denominator: formatPoints(figure.denominator, locale),
                    })
                  : t("figureValueOnly", { value: formatPoints(figure.value, locale) })}
            </span>
            <span className="block text-xs text-muted">
              {figure.step
                ? t("figureStep", {
                    number: figure.step.number,
                    min: formatPoints(figure.step.min, locale),
                    points: formatPoints(figure.step.points, locale),
                  })
                : t("figureNoStep")}
              {" · "}
              {t("figureReadAt", { time: formatDateTime(figure.readAt) })}
            </span>
            <Link href={figure.href} className="text-sm underline">
              {t("figureLink")}
            </Link>
          </>
        ) : null}
      </td>
    </tr>
  );
}
