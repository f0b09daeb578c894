// The PAR Index ranking of an evaluation (issue 14 item 4): rank | unit | score | grade | change | bar, then the
// scores by domain; the notes say how the score is counted (rescaled without a survey) and what "provisional" means.
// Used by the staff ranking (units link to their result) and the public page (finalised units only, no links).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { parLabelsFor } from "@/domain/par-index";
import { formatDate, formatDateVi } from "@/lib/dates";
import type { ParEvaluationHeader, ParRanking, ParRankingRow } from "@/server/data/par-results";
import { DataTable, numClass, RowHeader, tdClass } from "@/ui/data-table";
import { getLabelLocale } from "@/ui/labels";
import { Section } from "@/ui/section";
import { comparisonText, formatPoints, statusText } from "./text";

export const PAR_UNIT_RESULT_PATH = "/bao-cao/chi-so-cchc";

/** How the 100-point score is counted, the grade bands, the state of the evaluation and a sample set's warning. */
export async function EvaluationNotes({
  evaluation,
  provisional,
}: {
  evaluation: ParEvaluationHeader;
  provisional: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations("parResults"), getLabelLocale()]);
  return (
    <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-muted" data-testid="par-notes">
      <li>{t("period", { from: formatDateVi(evaluation.periodFrom), to: formatDateVi(evaluation.periodTo) })}</li>
      <li>{evaluation.rescaled ? t("rescaledNote") : t("surveyNote")}</li>
      <li>
        {t("bandsNote", {
          bands: evaluation.gradeBands.map((band) => `${band.label} ≥ ${formatPoints(band.min, locale)}`).join("; "),
        })}
      </li>
      <li>
        {evaluation.status === "PUBLISHED" && evaluation.publishedAt
          ? t("statusPublished", { date: formatDate(evaluation.publishedAt) })
          : t("statusOpen")}
      </li>
      {provisional ? <li>{t("provisionalNote")}</li> : null}
      {evaluation.isSample ? <li className="font-semibold text-amber-900">{t("sampleSet")}</li> : null}
    </ul>
  );
}

/** A score as a bar of the row (the figure itself is in the score column; the bar is decoration). */
function ScoreBar({ value }: { value: number | null }) {
  if (value === null) return null;
  const width = Math.max(0, Math.min(100, value));
  return (
    <span aria-hidden="true" className="block h-3 w-32 rounded bg-gray-100 print:border print:border-gray-400">
      <span className="block h-3 rounded bg-brand-700" style={{ width: `${width}%` }} />
    </span>
  );
}

export async function RankingTable({
  ranking,
  linkUnits,
  caption,
}: {
  ranking: ParRanking;
  /** Staff: each unit links to its result page. */
  linkUnits: boolean;
  caption: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("parResults"), getLabelLocale()]);
  const points = (value: number | null) => (value === null ? "—" : formatPoints(value, locale));
  const name = (row: ParRankingRow) => (row.officeName ? `${row.officeName} (${row.unitName})` : row.unitName);
  return (
    <DataTable
      caption={caption}
      columns={[
        { header: t("colRank"), numeric: true },
        t("colUnit"),
        { header: t("colScore"), numeric: true },
        t("colGrade"),
        t("colChange"),
        { header: t("colBar"), hidden: true },
      ]}
      testId="par-ranking"
    >
      {ranking.rows.map((row) => (
        <tr key={row.unitEvaluationId} data-testid="par-ranking-row">
          <td className={numClass}>{row.rank ?? "—"}</td>
          <RowHeader>
            {linkUnits && !row.withheld ? (
              <Link href={`${PAR_UNIT_RESULT_PATH}/${row.unitEvaluationId}`} className="underline">
                {name(row)}
              </Link>
            ) : (
              name(row)
            )}
            {row.provisional ? (
              <span className="mt-1 block text-xs font-semibold text-amber-900">{statusText(row, locale)}</span>
            ) : null}
          </RowHeader>
          <td className={numClass}>{points(row.score100)}</td>
          <td className={tdClass}>{row.grade ?? "—"}</td>
          <td className={tdClass}>
            {row.provisional ? "—" : comparisonText(row.comparison, locale, row.comparedUnitName)}
          </td>
          <td className={tdClass}>
            <ScoreBar value={row.score100} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** Each unit's points by domain (lĩnh vực), the domains as columns with their maximum. */
export async function DomainTable({ ranking, caption }: { ranking: ParRanking; caption: string }) {
  const [t, locale] = await Promise.all([getTranslations("parResults"), getLabelLocale()]);
  const rows = ranking.rows.filter((row) => !row.withheld);
  return (
    <DataTable
      caption={caption}
      columns={[
        t("colUnit"),
        ...ranking.evaluation.domains.map((domain) => ({
          header: t("domainHeader", { code: domain.code, title: domain.title, max: formatPoints(domain.max, locale) }),
          numeric: true,
        })),
      ]}
      testId="par-domains"
    >
      {rows.map((row) => {
        const byDomain = new Map(row.domains.map((domain) => [domain.id, domain]));
        return (
          <tr key={row.unitEvaluationId}>
            <RowHeader>
              {row.officeName ? `${row.officeName} (${row.unitName})` : row.unitName}
              {row.provisional ? <span className="block text-xs text-amber-900">{t("provisional")}</span> : null}
            </RowHeader>
            {ranking.evaluation.domains.map((domain) => {
              const figure = byDomain.get(domain.id);
              return (
                <td key={domain.id} className={numClass}>
                  {figure ? (figure.notApplicable ? t("notApplicable") : formatPoints(figure.score, locale)) : "—"}
                </td>
              );
            })}
          </tr>
        );
      })}
    </DataTable>
  );
}

/** The ranking and the by-domain table under their headings. */
export async function RankingSections({ ranking, linkUnits }: { ranking: ParRanking; linkUnits: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("parResults"), getLabelLocale()]);
  const level = parLabelsFor(locale).level[ranking.evaluation.level];
  return (
    <>
      <Section title={t("rankingTitle")} id="par-ranking">
        <RankingTable
          ranking={ranking}
          linkUnits={linkUnits}
          caption={t("rankingCaption", { year: ranking.evaluation.year, level })}
        />
      </Section>
      <Section title={t("domainsTitle")} id="par-domains">
        <DomainTable ranking={ranking} caption={t("domainsCaption", { year: ranking.evaluation.year })} />
      </Section>
    </>
  );
}
