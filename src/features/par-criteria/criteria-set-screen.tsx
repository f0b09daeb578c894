// /noi-vu/chi-so-cchc/bo-tieu-chi/[id]: one criteria set as an indented table (STT, criterion, maximum, kind, N/A,
// requirement and evidence, how it is scored), its validation issues, and for a DRAFT of the user's own unit the edit
// forms, the spreadsheet import, and the information and grade bands. Export is always offered.
import { getTranslations } from "next-intl/server";
import { formatLadder, type ParVocabulary } from "@/domain/par-index";
import type { CriteriaSetPage } from "@/server/data/par-criteria";
import { DataTable, numClass, RowHeader, tdClass } from "@/ui/data-table";
import { buttonClass } from "@/ui/form";
import { PageHeader } from "@/ui/page-header";
import { Section } from "@/ui/section";
import { CriterionForm, ImportCriteriaForm, RowActions, SetInfoForm } from "./forms";
import { getParLabels } from "./labels";

const points = (value: number) => String(value).replace(".", ",");

function kindCell(row: CriteriaSetPage["rows"][number], labels: ParVocabulary) {
  const { node } = row;
  const parts = [labels.kind[node.kind]];
  if (node.metric) parts.push(labels.metric[node.metric].name);
  return parts.join(" – ");
}

export async function CriteriaSetScreen({ page }: { page: CriteriaSetPage }) {
  const t = await getTranslations("parCriteria");
  const labels = await getParLabels();
  const { set } = page;
  const editable = set.mayEdit;
  return (
    <>
      <PageHeader
        title={set.name}
        description={t("setLead", {
          year: set.year,
          level: labels.level[set.level],
          status: labels.setStatus[set.status],
        })}
      >
        <a href={`/api/noi-vu/chi-so-cchc/bo-tieu-chi/${set.id}/xuat`} className={buttonClass("secondary")} download>
          {t("export")}
        </a>
      </PageHeader>
      {set.isSample ? (
        <div role="note" className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
          <p className="font-semibold">{t("sampleBanner")}</p>
          <p className="text-sm">{t("sampleBannerText")}</p>
        </div>
      ) : null}
      <dl className="mb-4 grid gap-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-semibold">{t("basis")}</dt>
          <dd>{set.basis ?? t("noBasis")}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t("mainTotal")}</dt>
          <dd>{points(Math.round(page.mainTotal * 100) / 100)}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t("rescaleRule")}</dt>
          <dd>{set.rescaleToHundred ? t("rescaleOn") : t("rescaleOff")}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t("gradeBands")}</dt>
          <dd>
            {set.gradeBands.map((band) => t("bandText", { label: band.label, min: points(band.min) })).join("; ")}
          </dd>
        </div>
      </dl>
      {!editable && set.status === "LOCKED" ? <p className="mb-4 text-sm">{t("lockedNote")}</p> : null}

      <Section title={t("issuesTitle")} id="issues">
        {page.issues.length === 0 ? (
          <p className="text-sm text-green-800">{t("noIssues")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6 text-sm text-red-800" data-testid="par-criteria-issues">
            {page.issues.map((issue, index) => (
              <li key={index}>{issue.message}</li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t("treeTitle")} id="tree">
        <DataTable
          caption={t("treeCaption")}
          captionHidden
          columns={[
            t("stt"),
            t("criterionTitle"),
            { header: t("maxPoints"), numeric: true },
            t("kind"),
            t("notApplicableShort"),
            t("guidance"),
            editable ? { header: t("actions"), hidden: true } : null,
          ]}
          empty={page.rows.length === 0 ? t("emptyTree") : undefined}
          testId="par-criteria-tree"
        >
          {page.rows.map((row) => (
            <tr key={row.node.id} className={row.depth === 0 ? "bg-gray-50" : undefined}>
              <RowHeader className={row.depth === 0 ? "font-semibold" : "font-normal"}>{row.node.code}</RowHeader>
              <td className={tdClass}>
                <span
                  style={{ paddingLeft: `${row.depth * 1.25}rem` }}
                  className={row.hasChildren ? "font-semibold" : ""}
                >
                  {row.node.title}
                </span>
                {row.node.section !== "MAIN" && row.depth === 0 ? (
                  <span className="ml-2 text-xs text-muted">({labels.section[row.node.section]})</span>
                ) : null}
              </td>
              <td className={numClass}>{points(row.node.maxPoints)}</td>
              <td className={tdClass}>
                {kindCell(row, labels)}
                {row.node.ladder ? (
                  <span className="block text-xs text-muted">
                    {t("ladderShort", { ladder: formatLadder(row.node.ladder) })}
                  </span>
                ) : null}
              </td>
              <td className={tdClass}>
                {row.node.kind === "GROUP" ? "" : row.node.allowNotApplicable ? t("yes") : t("no")}
              </td>
              <td className={tdClass}>
                {row.node.guidance}
                {row.node.scoringNote ? <span className="block text-xs text-muted">{row.node.scoringNote}</span> : null}
              </td>
              {editable ? (
                <td className={tdClass}>
                  <details>
                    <summary className="cursor-pointer text-blue-800 underline">
                      {t("editRow", { code: row.node.code })}
                    </summary>
                    <div className="mt-2 w-[min(36rem,80vw)] space-y-3">
                      <RowActions setId={set.id} node={row.node} groups={page.groups} />
                      <CriterionForm
                        setId={set.id}
                        node={row.node}
                        groups={page.groups}
                        labels={labels}
                        idPrefix={`edit-${row.node.id}`}
                      />
                    </div>
                  </details>
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      </Section>

      {editable ? (
        <>
          <Section title={t("addTitle")} id="add">
            <CriterionForm setId={set.id} groups={page.groups} labels={labels} idPrefix="new-node" />
          </Section>
          <Section title={t("importTitle")} id="import">
            <p className="mb-3 text-sm text-muted">{t("importLead")}</p>
            <ImportCriteriaForm setId={set.id} />
          </Section>
          <Section title={t("infoTitle")} id="info">
            <SetInfoForm
              set={{
                id: set.id,
                name: set.name,
                basis: set.basis,
                rescaleToHundred: set.rescaleToHundred,
                isSample: set.isSample,
                gradeBands: set.gradeBands,
              }}
            />
          </Section>
        </>
      ) : null}
    </>
  );
}
