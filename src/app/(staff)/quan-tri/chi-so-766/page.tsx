import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { STAFF_PAGES } from "@/domain/access";
import { SCORECARD_VERSIONS, tableOf, versionInForce } from "@/domain/decision-766";
import { ScorecardVersionForm } from "@/features/decision-766/version-form";
import { formatDateVi, localDateKey } from "@/lib/dates";
import { requireUser } from "@/server/auth/guard";
import { loadScorecardVersionsWithOrigin } from "@/server/data/decision-766-versions";
import { DataTable, numClass, RowHeader, tdClass } from "@/ui/data-table";
import { PageHeader } from "@/ui/page-header";
import { Section } from "@/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("decision766.versions"))("title") };
}

const points = (value: number) => String(Math.round(value * 100) / 100).replace(".", ",");

/** Bảng điểm QĐ 766: the table's versions, the one in force, and a form to add the next (ADMIN). */
export default async function ScorecardVersionsPage() {
  await requireUser(STAFF_PAGES["/quan-tri/chi-so-766"], "/quan-tri/chi-so-766");
  const [t, rows] = await Promise.all([getTranslations("decision766.versions"), loadScorecardVersionsWithOrigin()]);
  const versions = rows.map((row) => row.version);
  const current = versionInForce(localDateKey(new Date()), versions);
  const latest = versions.at(-1)!;
  const base = SCORECARD_VERSIONS.at(-1)!;
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <Section title={t("listTitle")} id="versions">
        <DataTable
          caption={t("listCaption")}
          captionHidden
          columns={[t("colVersion"), t("colFrom"), t("colSource"), t("colOrigin")]}
          testId="v766-versions"
        >
          {rows.map(({ version, addedAt }) => (
            <tr key={version.id}>
              <RowHeader>
                {version.label}
                {version.id === current.id ? <span className="ml-2 text-xs text-muted">({t("inForce")})</span> : null}
              </RowHeader>
              <td className={tdClass}>{formatDateVi(version.effectiveFrom)}</td>
              <td className={tdClass}>{version.source}</td>
              <td className={tdClass}>
                {addedAt ? t("addedBy", { date: formatDateVi(localDateKey(addedAt)) }) : t("builtIn")}
              </td>
            </tr>
          ))}
        </DataTable>
      </Section>
      <Section title={t("currentTitle", { label: current.label })} id="current">
        <DataTable
          caption={t("currentCaption")}
          columns={[t("colGroup"), t("colIndicator"), { header: t("colMax"), numeric: true }, t("colConversion")]}
          testId="v766-current"
        >
          {current.indicators.map((row) => (
            <tr key={row.id}>
              <td className={tdClass}>{current.groups.find((group) => group.code === row.group)?.name}</td>
              <RowHeader>
                {row.id}. {row.name}
              </RowHeader>
              <td className={numClass}>{points(row.max)}</td>
              <td className={tdClass}>
                {row.conversion.kind === "threshold"
                  ? t("thresholdRule", { threshold: points(row.conversion.threshold * 100) })
                  : t("proportional")}
              </td>
            </tr>
          ))}
        </DataTable>
        <p className="mt-2 text-sm">
          {t("bandsLine", { bands: current.bands.map((band) => `${band.label} ≥ ${points(band.min)}`).join("; ") })}
        </p>
      </Section>
      <Section title={t("addTitle")} id="add">
        <ScorecardVersionForm base={base} prefill={tableOf(latest, base.id)} />
      </Section>
    </>
  );
}
