// "Đánh giá chất lượng giải quyết" on the staff dossier page (Nghị định 61/2018/NĐ-CP Art. 31–33, Thông tư
// 01/2018/TT-VPCP chapter III): the nine indicators with their computed points and why, the self-score of the handling
// office's head and the inspector's appraisal, totals out of 18; the forms for whoever may record them. Shown once the
// dossier has its result (src/server/data/dossier-quality.ts).
import { getTranslations } from "next-intl/server";
import { QUALITY_INDICATORS, type QualityIndicatorNumber } from "@/domain/metrics/dossier-quality";
import { QUALITY_NUMBERS } from "@/domain/metrics/quality-access";
import { formatDateTime } from "@/lib/dates";
import type { SessionUser } from "@/server/auth/session-user";
import { loadDossierQualitySection } from "@/server/data/dossier-quality";
import { DataTable, numClass, RowHeader, tdClass } from "@/ui/data-table";
import { Section } from "@/ui/section";
import { QualityScoreForm } from "./quality-score-form";

export async function DossierQualitySection({
  user,
  dossier,
}: {
  user: SessionUser;
  dossier: {
    id: string;
    status: string;
    handlingOfficeId: string | null;
    receivedUnitId: string;
    decidingUnitId: string;
  };
}) {
  const data = await loadDossierQualitySection(user, dossier);
  if (!data) return null;
  const t = await getTranslations("dossierQuality");
  const { score, evidence, stored } = data;
  const computed = Object.fromEntries(score.indicators.map((item) => [item.number, item.points])) as Record<
    QualityIndicatorNumber,
    number
  >;
  const points = (value: number | null | undefined) => (value === null || value === undefined ? t("notYet") : value);
  const pointLabels = { "0": t("pointLabels.0"), "1": t("pointLabels.1"), "2": t("pointLabels.2") };

  return (
    <Section title={t("title")} id="dossier-quality">
      <p className="mb-3 text-sm text-muted">{t("intro")}</p>
      <DataTable
        caption={t("caption")}
        captionHidden
        label={t("caption")}
        columns={[t("number"), t("indicator"), t("computed"), t("evidence"), t("self"), t("appraised")]}
        testId="quality-indicators"
      >
        {QUALITY_NUMBERS.map((n) => (
          <tr key={n} data-indicator={n}>
            <RowHeader className="tabular-nums">{n}</RowHeader>
            <td className={tdClass}>{QUALITY_INDICATORS[n]}</td>
            <td className={numClass} data-testid={`quality-computed-${n}`}>
              {computed[n]}
            </td>
            <td className={tdClass}>
              {stored?.selfEvidence[n] ?? evidence[n]}
              {stored?.appraisedReasons[n] ? (
                <span className="mt-1 block text-xs">{t("reasonOf", { reason: stored.appraisedReasons[n] })}</span>
              ) : null}
            </td>
            <td className={numClass} data-testid={`quality-self-${n}`}>
              {points(stored?.self[n])}
            </td>
            <td className={numClass} data-testid={`quality-appraised-${n}`}>
              {points(stored?.appraised?.[n])}
            </td>
          </tr>
        ))}
        <tr className="font-semibold">
          <RowHeader colSpan={2}>{t("total")}</RowHeader>
          <td className={numClass} data-testid="quality-computed-total">
            {t("outOf", { points: score.total })}
          </td>
          <td className={tdClass} />
          <td className={numClass} data-testid="quality-self-total">
            {stored ? t("outOf", { points: stored.selfTotal }) : t("notYet")}
          </td>
          <td className={numClass} data-testid="quality-appraised-total">
            {stored?.appraisedTotal != null ? t("outOf", { points: stored.appraisedTotal }) : t("notYet")}
          </td>
        </tr>
      </DataTable>
      {stored ? (
        <p className="mt-2 text-sm text-muted">
          {t("selfBy", { name: stored.selfScoredBy, at: formatDateTime(stored.selfScoredAt) })}
          {stored.appraisedBy && stored.appraisedAt ? (
            <span className="block">
              {t("appraisedBy", { name: stored.appraisedBy, at: formatDateTime(stored.appraisedAt) })}
            </span>
          ) : null}
        </p>
      ) : null}
      {data.maySelfScore && !stored?.appraisedAt ? (
        <QualityScoreForm
          mode="self"
          dossierId={dossier.id}
          indicators={QUALITY_NUMBERS.map((n) => ({
            number: n,
            label: QUALITY_INDICATORS[n],
            points: stored?.self[n] ?? computed[n],
            text: stored?.selfEvidence[n] ?? evidence[n],
          }))}
          text={{
            title: t("selfFormTitle"),
            intro: t("selfFormIntro"),
            pointsOf: t("pointsOf", { number: "{number}" }),
            textOf: t("evidenceOf", { number: "{number}" }),
            pointLabels,
            submit: t("submitSelf"),
            pending: t("pending"),
            done: t("selfDone", { total: "{total}" }),
          }}
        />
      ) : null}
      {data.mayAppraise && stored ? (
        <QualityScoreForm
          mode="appraise"
          dossierId={dossier.id}
          indicators={QUALITY_NUMBERS.map((n) => ({
            number: n,
            label: QUALITY_INDICATORS[n],
            points: stored.appraised?.[n] ?? stored.self[n],
            text: "",
          }))}
          text={{
            title: t("appraiseFormTitle"),
            intro: t("appraiseFormIntro"),
            pointsOf: t("pointsOf", { number: "{number}" }),
            textOf: t("reasonFieldOf", { number: "{number}" }),
            pointLabels,
            submit: t("submitAppraise"),
            pending: t("pending"),
            done: t("appraiseDone", { total: "{total}" }),
          }}
        />
      ) : null}
    </Section>
  );
}
