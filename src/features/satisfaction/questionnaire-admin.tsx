// The administration's questionnaire pages: the list of questionnaires with their versions, and one version with its
// factors and criteria (read-only unless a draft), the copy-to-new-version form and the draft's activation.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { QUESTIONNAIRE_STATUS_LABELS } from "@/domain/satisfaction";
import { formatDate } from "@/lib/dates";
import type { QuestionnaireListItem, QuestionnaireVersionView } from "@/server/data/satisfaction";
import { getLabelLocale } from "@/ui/labels";
import { Section } from "@/ui/section";
import { ActivateVersionForm, NewVersionForm } from "./version-forms";

export async function QuestionnaireList({ questionnaires }: { questionnaires: QuestionnaireListItem[] }) {
  const [t, locale] = await Promise.all([getTranslations("satisfaction.admin"), getLabelLocale()]);
  const statusLabels = QUESTIONNAIRE_STATUS_LABELS[locale === "en" ? "en" : "vi"];
  return (
    <div className="space-y-6">
      {questionnaires.map((questionnaire) => (
        <Section key={questionnaire.id} title={questionnaire.name} id={`questionnaire-${questionnaire.code}`}>
          {questionnaire.description ? <p className="mb-2 text-sm text-muted">{questionnaire.description}</p> : null}
          <table className="w-full rounded-md border border-gray-200 bg-white text-left text-sm">
            <caption className="sr-only">{t("versions")}</caption>
            <thead>
              <tr className="border-b border-gray-200">
                <th scope="col" className="px-3 py-2">
                  {t("versions")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("status")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("effective")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("criteriaCount")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("ratingsCount")}
                </th>
              </tr>
            </thead>
            <tbody>
              {questionnaire.versions.map((version) => (
                <tr key={version.id} className="border-b border-gray-100">
                  <th scope="row" className="px-3 py-2 font-medium">
                    <Link href={`/quan-tri/phieu-danh-gia/${version.id}`} className="underline">
                      {t("version", { version: version.version })}
                    </Link>
                  </th>
                  <td className="px-3 py-2">{statusLabels[version.status]}</td>
                  <td className="px-3 py-2">{version.effectiveFrom ? formatDate(version.effectiveFrom) : "—"}</td>
                  <td className="px-3 py-2 text-right">{version._count.criteria}</td>
                  <td className="px-3 py-2 text-right">{version._count.ratings.toLocaleString("vi-VN")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      ))}
    </div>
  );
}

export async function QuestionnaireVersionDetail({ version }: { version: QuestionnaireVersionView }) {
  const [t, locale] = await Promise.all([getTranslations("satisfaction.admin"), getLabelLocale()]);
  const statusLabels = QUESTIONNAIRE_STATUS_LABELS[locale === "en" ? "en" : "vi"];
  const factorName = new Map(version.factors.map((factor) => [factor.id, factor.name]));
  return (
    <div className="space-y-6">
      <p>
        <Link href="/quan-tri/phieu-danh-gia" className="underline">
          {t("back")}
        </Link>
      </p>
      <p className="text-sm">
        {t("status")}: <strong>{statusLabels[version.status]}</strong>
        {version.effectiveFrom ? ` · ${t("effective")} ${formatDate(version.effectiveFrom)}` : ""}
      </p>
      {version.basis ? <p className="text-sm text-muted">{t("basis", { basis: version.basis })}</p> : null}
      {version.status !== "DRAFT" ? <p className="text-sm">{t("readOnly")}</p> : null}
      <table
        className="w-full rounded-md border border-gray-200 bg-white text-left text-sm"
        data-testid="version-criteria"
      >
        <caption className="sr-only">{t("version", { version: version.version })}</caption>
        <thead>
          <tr className="border-b border-gray-200">
            <th scope="col" className="px-3 py-2">
              {t("factor")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("criterionText", { code: "" }).trim()}
            </th>
          </tr>
        </thead>
        <tbody>
          {version.criteria.map((criterion) => (
            <tr key={criterion.id} className="border-b border-gray-100">
              <td className="px-3 py-2">{factorName.get(criterion.factorId)}</td>
              <td className="px-3 py-2">
                {criterion.code}. {criterion.text}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {version.reasons.length > 0 ? (
        <Section title={t("reasons")} id="version-reasons">
          <ul className="list-disc pl-6 text-sm">
            {version.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </Section>
      ) : null}
      {version.status === "DRAFT" ? (
        <ActivateVersionForm versionId={version.id} version={version.version} />
      ) : (
        <Section title={t("newVersion")} id="new-version">
          <NewVersionForm
            versionId={version.id}
            criteria={version.criteria.map((criterion) => ({
              id: criterion.id,
              code: criterion.code,
              text: criterion.text,
              factorName: factorName.get(criterion.factorId) ?? "",
            }))}
          />
        </Section>
      )}
    </div>
  );
}
