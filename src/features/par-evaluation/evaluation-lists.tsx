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
import { DataTable, numClass, RowHeader, tdClass } from "@/ui/data-table";
import { getLabelLocale } from "@/ui/labels";
import { Section } from "@/ui/section";
import { openParEvaluationAction, publishParEvaluationAction } from "./actions";
import { ParForm } from "./par-form";

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
          <DataTable
            caption={t("evaluationsCaption")}
            captionHidden
            columns={[
              t("colYear"),
              t("colSet"),
              t("colLevel"),
              t("colPeriod"),
              t("colDeadline"),
              t("colStatus"),
              t("colProgress"),
            ]}
            testId="par-evaluations"
          >
            {data.evaluations.map((evaluation) => (
              <tr key={evaluation.id}>
                <RowHeader>
                  <Link className="text-brand-700 underline" href={`${basePath}/dot/${evaluation.id}`}>
                    {evaluation.set.year}
                  </Link>
                </RowHeader>
                <td className={tdClass}>
                  {evaluation.set.name}
                  {evaluation.set.isSample ? <span className="text-amber-900"> ({t("sampleSet")})</span> : null}
                </td>
                <td className={tdClass}>{labels.level[evaluation.set.level]}</td>
                <td className={tdClass}>
                  {formatDateVi(evaluation.periodFrom)} – {formatDateVi(evaluation.periodTo)}
                </td>
                <td className={tdClass}>{formatDateVi(evaluation.submitDeadline)}</td>
                <td className={tdClass}>{labels.evaluationStatus[evaluation.status]}</td>
                <td className={tdClass}>
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
          </DataTable>
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
        <DataTable
          caption={t("unitsCaption")}
          captionHidden
          columns={[
            t("colUnit"),
            t("colStatus"),
            { header: t("colSelf"), numeric: true },
            { header: t("colAppraised"), numeric: true },
            t("colGrade"),
            t("colSubmitted"),
          ]}
          testId="par-units"
        >
          {evaluation.units.map((unit) => (
            <tr key={unit.id}>
              <RowHeader>
                <Link className="text-brand-700 underline" href={`${basePath}/dot/${evaluation.id}/${unit.id}`}>
                  {unit.name}
                </Link>
              </RowHeader>
              <td className={tdClass}>{labels.unitStatus[unit.status]}</td>
              <td className={numClass}>{fmt(unit.self.score100 ?? unit.self.total)}</td>
              <td className={numClass}>
                {unit.appraised ? fmt(unit.appraised.score100 ?? unit.appraised.total) : t("notYet")}
                {unit.frozen ? <span className="text-xs text-muted"> ({t("frozenMark")})</span> : null}
              </td>
              <td className={tdClass}>{unit.appraised?.grade ?? ""}</td>
              <td className={tdClass}>{unit.submittedAt ? formatDate(unit.submittedAt) : ""}</td>
            </tr>
          ))}
        </DataTable>
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
    <DataTable
      caption={t("unitListCaption")}
      captionHidden
      columns={[
        t("colYear"),
        t("colSet"),
        t("colDeadline"),
        t("colStatus"),
        { header: t("colAppraised"), numeric: true },
      ]}
      testId="par-unit-evaluations"
    >
      {rows.map((row) => (
        <tr key={row.id}>
          <RowHeader>
            <Link className="text-brand-700 underline" href={`${basePath}/${row.id}`}>
              {t("selfPageTitle", { year: row.year })}
            </Link>
          </RowHeader>
          <td className={tdClass}>{row.setName}</td>
          <td className={tdClass}>{formatDateVi(row.submitDeadline)}</td>
          <td className={tdClass}>
            {labels.unitStatus[row.status]}
            {row.evaluationStatus === "PUBLISHED" ? ` · ${labels.evaluationStatus.PUBLISHED}` : ""}
          </td>
          <td className={numClass}>
            {number(row.score100, locale)}
            {row.grade ? ` · ${row.grade}` : ""}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
