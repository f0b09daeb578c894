// /noi-vu/chi-so-cchc/bo-tieu-chi: the criteria sets by year and level, and (home affairs) a new set, empty or from the
// sample, or a copy of a previous year's set.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/server/auth/session-user";
import { listCriteriaSets } from "@/server/data/par-criteria";
import { DataTable, numClass, RowHeader, tdClass } from "@/ui/data-table";
import { PageHeader } from "@/ui/page-header";
import { Section } from "@/ui/section";
import { CopySetForm, NewSetForm } from "./forms";
import { getParLabels } from "./labels";

export async function CriteriaSetsScreen({ user, now }: { user: SessionUser; now: Date }) {
  const t = await getTranslations("parCriteria");
  const labels = await getParLabels();
  const sets = await listCriteriaSets(user);
  const mayWrite = user.role === "INSPECTOR";
  const nextYear = now.getFullYear() + 1;
  return (
    <>
      <PageHeader title={t("title")} description={t("lead")} />
      <DataTable
        caption={t("listCaption")}
        columns={[
          t("year"),
          t("level"),
          t("name"),
          t("status"),
          { header: t("criteriaCount"), numeric: true },
          user.role === "ADMIN" ? t("owner") : null,
        ]}
        empty={sets.length === 0 ? t("noSets") : undefined}
        testId="par-criteria-sets"
      >
        {sets.map((set) => (
          <tr key={set.id}>
            <RowHeader>{set.year}</RowHeader>
            <td className={tdClass}>{labels.level[set.level]}</td>
            <td className={tdClass}>
              <Link href={`/noi-vu/chi-so-cchc/bo-tieu-chi/${set.id}`} className="text-blue-800 underline">
                {set.name}
              </Link>
              {set.isSample ? (
                <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900">{t("sampleTag")}</span>
              ) : null}
              {set.copiedFromYear !== null ? (
                <span className="block text-xs text-muted">{t("copiedFrom", { year: set.copiedFromYear })}</span>
              ) : null}
            </td>
            <td className={tdClass}>{labels.setStatus[set.status]}</td>
            <td className={numClass}>{set.criteria}</td>
            {user.role === "ADMIN" ? <td className={tdClass}>{set.ownerName}</td> : null}
          </tr>
        ))}
      </DataTable>
      {mayWrite ? (
        <>
          <Section title={t("newSetTitle")} id="new-set">
            <NewSetForm labels={labels} defaultYear={nextYear} />
          </Section>
          <Section title={t("copyTitle")} id="copy-set">
            <p className="mb-3 text-sm text-muted">{t("copyLead")}</p>
            <CopySetForm
              sources={sets.map((set) => ({
                id: set.id,
                label: `${set.year} – ${labels.level[set.level]} – ${set.name}`,
              }))}
              defaultYear={nextYear}
            />
          </Section>
        </>
      ) : null}
    </>
  );
}
