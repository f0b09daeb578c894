// The PAR Index evaluation's lists: home affairs' evaluations by year with the form that opens a new one, one
// evaluation's units with the publishing form, and the unit's own evaluations. Data from src/server/data/par-evaluations.ts.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PAR_LABELS } from "@/domain/par-index";
import { formatDate, formatDateVi } from "@/lib/dates";
import type {
  listParEvaluationsForHomeAffairs,
  listParUnitEvaluationsForUnit,
  loadParEvaluationForHomeAffairs,
} from "@/server/data/par-evaluations";
import { getLabelLocale } from "@/ui/labels";
import { Section } from "@/ui/section";
import { openParEvaluationAction, publishParEvaluationAction } from "./actions";
import { ParForm } from "./par-form";

const cell = "p-2";
const number = (value: number | null | undefined, locale: string) =>
  value === null || value === undefined
    ? "—"
    : value.toLocaleString(locale === "en" ? "en-GB" : "vi-VN", { maximumFractionDigits: 2 });

export async function HomeAffairsEvaluations({
  data,
  basePath,
}: {
  data: Awaited<ReturnType<typeof listParEvaluationsForHomeAffairs>>;
  basePath: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("parEvaluation"), getLabelLocale()]);
  const labels = PAR_LABELS[locale];
  return (
    <>
      <Section title={t("evaluationsTitle")} id="par-evaluations">
        {data.evaluations.length === 0 ? (
          <p className="text-sm text-muted">{t("noEvaluations")}</p>
        ) : (
          <div className="overflow-x-auto rounded-md border border-gray-200 bg-white">
            <table className="w-full border-collapse text-sm" data-testid="par-evaluations">
              <caption className="sr-only">{t("evaluationsCaption")}</caption>
              <thead className="bg-gray-50 text-left">
                <tr>
                  <th scope="col" className={cell}>
                    {t("colYear")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("colSet")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("colLevel")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("colPeriod")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("colDeadline")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("colStatus")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("colProgress")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.evaluations.map((evaluation) => (
                  <tr key={evaluation.id} className="border-t border-gray-200">
                    <th scope="row" className={`${cell} text-left`}>
                      <Link className="text-brand-700 underline" href={`${basePath}/dot/${evaluation.id}`}>
                        {evaluation.set.year}
                      </Link>
                    </th>
                    <td className={cell}>
                      {evaluation.set.name}
                      {evaluation.set.isSample ? <span className="text-amber-900"> ({t("sampleSet")})</span> : null}
                    </td>
                    <td className={cell}>{labels.level[evaluation.set.level]}</td>
                    <td className={cell}>
                      {formatDateVi(evaluation.periodFrom)} – {formatDateVi(evaluation.periodTo)}
                    </td>
                    <td className={cell}>{formatDateVi(evaluation.submitDeadline)}</td>
                    <td className={cell}>{labels.evaluationStatus[evaluation.status]}</td>
                    <td className={cell}>
                      {t("progress", {
                        units: evaluation.units,
                        finalised: evaluation.byStatus.FINALISED,
                        submitted: evaluation.byStatus.SUBMITTED,
                        returned: evaluation.byStatus.RETURNED,
                        draft: evaluation.byStatus.DRAFT,
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      <Section title={t("openTitle")} id="par-open">
        <div className="rounded-md border border-gray-200 bg-white p-4">
          {data.openableSets.length === 0 ? (
            <p className="text-sm text-muted">{t("noOpenableSet")}</p>
          ) : (
            <ParForm
              action={openParEvaluationAction}
              hidden={{}}
              intro={t("openIntro")}
              fields={[
                {
                  kind: "select",
                  name: "setId",
                  label: t("setLabel"),
                  options: data.openableSets.map((set) => ({
                    value: set.id,
                    label: `${t("setOption", { year: set.year, name: set.name, criteria: set.criteria })} · ${labels.level[set.level]}`,
                  })),
                },
                {
                  kind: "multiselect",
                  name: "targetIds[]",
                  label: t("unitsLabel"),
                  options: data.units.map((unit) => ({ value: unit.id, label: `${unit.kindLabel} ${unit.name}` })),
                },
                { kind: "date", name: "periodFrom", label: t("periodFromLabel"), hint: t("dateHint") },
                { kind: "date", name: "periodTo", label: t("periodToLabel"), hint: t("dateHint") },
                { kind: "date", name: "submitDeadline", label: t("deadlineLabel"), hint: t("dateHint") },
              ]}
              title={t("openTitle")}
              submit={t("openSubmit")}
              pending={t("pending")}
              done={t("openDone", { units: "{units}" })}
              testId="par-open"
            />
          )}
        </div>
      </Section>
    </>
  );
}

export async function EvaluationUnits({
  evaluation,
  basePath,
}: {
  evaluation: NonNullable<Awaited<ReturnType<typeof loadParEvaluationForHomeAffairs>>>;
  basePath: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("parEvaluation"), getLabelLocale()]);
  const labels = PAR_LABELS[locale];
  const fmt = (value: number | null | undefined) => number(value, locale);
  return (
    <>
      <Section title={t("unitsTitle")} id="par-units">
        <div className="overflow-x-auto rounded-md border border-gray-200 bg-white">
          <table className="w-full border-collapse text-sm" data-testid="par-units">
            <caption className="sr-only">{t("unitsCaption")}</caption>
            <thead className="bg-gray-50 text-left">
              <tr>
                <th scope="col" className={cell}>
                  {t("colUnit")}
                </th>
                <th scope="col" className={cell}>
                  {t("colStatus")}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t("colSelf")}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t("colAppraised")}
                </th>
                <th scope="col" className={cell}>
                  {t("colGrade")}
                </th>
                <th scope="col" className={cell}>
                  {t("colSubmitted")}
                </th>
              </tr>
            </thead>
            <tbody>
              {evaluation.units.map((unit) => (
                <tr key={unit.id} className="border-t border-gray-200">
                  <th scope="row" className={`${cell} text-left`}>
                    <Link className="text-brand-700 underline" href={`${basePath}/dot/${evaluation.id}/${unit.id}`}>
                      {unit.name}
                    </Link>
                  </th>
                  <td className={cell}>{labels.unitStatus[unit.status]}</td>
                  <td className={`${cell} text-right`}>{fmt(unit.self.score100 ?? unit.self.total)}</td>
                  <td className={`${cell} text-right`}>
                    {unit.appraised ? fmt(unit.appraised.score100 ?? unit.appraised.total) : t("notYet")}
                    {unit.frozen ? <span className="text-xs text-muted"> ({t("frozenMark")})</span> : null}
                  </td>
                  <td className={cell}>{unit.appraised?.grade ?? ""}</td>
                  <td className={cell}>{unit.submittedAt ? formatDate(unit.submittedAt) : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
      <Section title={t("publishTitle")} id="par-publish">
        <div className="rounded-md border border-gray-200 bg-white p-4 text-sm">
          {evaluation.status === "PUBLISHED" ? (
            <p>{t("published", { date: evaluation.publishedAt ? formatDate(evaluation.publishedAt) : "" })}</p>
          ) : evaluation.mayPublish ? (
            <ParForm
              action={publishParEvaluationAction}
              hidden={{ evaluationId: evaluation.id }}
              fields={[]}
              intro={t("publishIntro")}
              submit={t("publishSubmit")}
              pending={t("pending")}
              done={t("publishDone", { units: "{units}" })}
              testId="par-publish"
            />
          ) : (
            <p>{t("publishWaiting")}</p>
          )}
        </div>
      </Section>
    </>
  );
}

export async function UnitEvaluations({
  rows,
  basePath,
}: {
  rows: Awaited<ReturnType<typeof listParUnitEvaluationsForUnit>>;
  basePath: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("parEvaluation"), getLabelLocale()]);
  const labels = PAR_LABELS[locale];
  if (rows.length === 0) return <p className="text-sm text-muted">{t("noUnitEvaluations")}</p>;
  return (
    <div className="overflow-x-auto rounded-md border border-gray-200 bg-white">
      <table className="w-full border-collapse text-sm" data-testid="par-unit-evaluations">
        <caption className="sr-only">{t("unitListCaption")}</caption>
        <thead className="bg-gray-50 text-left">
          <tr>
            <th scope="col" className={cell}>
              {t("colYear")}
            </th>
            <th scope="col" className={cell}>
              {t("colSet")}
            </th>
            <th scope="col" className={cell}>
              {t("colDeadline")}
            </th>
            <th scope="col" className={cell}>
              {t("colStatus")}
            </th>
            <th scope="col" className={`${cell} text-right`}>
              {t("colAppraised")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-gray-200">
              <th scope="row" className={`${cell} text-left`}>
                <Link className="text-brand-700 underline" href={`${basePath}/${row.id}`}>
                  {t("selfPageTitle", { year: row.year })}
                </Link>
              </th>
              <td className={cell}>{row.setName}</td>
              <td className={cell}>{formatDateVi(row.submitDeadline)}</td>
              <td className={cell}>
                {labels.unitStatus[row.status]}
                {row.evaluationStatus === "PUBLISHED" ? ` · ${labels.evaluationStatus.PUBLISHED}` : ""}
              </td>
              <td className={`${cell} text-right`}>
                {number(row.score100, locale)}
                {row.grade ? ` · ${row.grade}` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
