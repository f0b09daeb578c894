import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { STAFF_PAGES } from "@/domain/access";
import { CounterTabletsSection } from "@/features/counter-tablet/sections";
import {
  CounterActiveToggle,
  CreateCounterForm,
  CreateOfficeForm,
  EditCounterForm,
  EditOfficeForm,
  OfficeActiveToggle,
} from "@/features/organisation-admin/office-forms";
import { EditUnitForm, UnitDatesForm } from "@/features/organisation-admin/unit-form";
import { datesText, unitPath, unitStatusText } from "@/features/organisation-admin/unit-tree";
import { formatDateVi } from "@/lib/dates";
import { requireUser } from "@/server/auth/guard";
import { loadUnitPage, todayKey } from "@/server/data/organisation";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";
import { FactList } from "@/ui/fact-list";
import { PageHeader } from "@/ui/page-header";
import { Section } from "@/ui/section";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  return { title: `${(await getTranslations("organisationAdmin.tree"))("title")} ${decodeURIComponent(code)}` };
}

const viDate = (day: string | null) => (day ? formatDateVi(day) : "");

/** One unit: its facts, succession, edit forms, offices and the desk's counters (ADMIN). */
export default async function UnitPage({ params }: Props) {
  const { code } = await params;
  const user = await requireUser(STAFF_PAGES["/quan-tri/don-vi/[code]"], `/quan-tri/don-vi/${code}`);
  const page = await loadUnitPage(user, decodeURIComponent(code));
  if (!page) notFound();
  const [t, tTree, tKind, tLevel] = await Promise.all([
    getTranslations("organisationAdmin.unit"),
    getTranslations("organisationAdmin.tree"),
    getTranslations("organisationAdmin.officeKind"),
    getTranslations("organisationAdmin.level"),
  ]);
  const { unit } = page;
  const name = `${unit.kindLabel} ${unit.name}`;
  const [status, dates] = await Promise.all([unitStatusText(unit, todayKey()), datesText(unit)]);
  const values = {
    id: unit.id,
    name: unit.name,
    kindLabel: unit.kindLabel,
    level: unit.level,
    parentId: unit.parentId,
    address: unit.address,
    phone: unit.phone,
    openingHours: unit.openingHours,
    effectiveFrom: viDate(unit.effectiveFrom),
    effectiveTo: viDate(unit.effectiveTo),
    changeBasis: unit.changeBasis,
  };
  return (
    <>
      <PageHeader title={name} description={status}>
        <Link href="/quan-tri/don-vi" className="text-brand-700 underline underline-offset-2">
          {t("back")}
        </Link>
      </PageHeader>
      <Section title={t("facts")} id="unit-facts">
        <FactList
          className="grid gap-3 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-3"
          testId="unit-facts"
          facts={[
            [
              tTree("colCode"),
              <span key="code" className="font-mono">
                {unit.code}
              </span>,
            ],
            [tTree("colLevel"), tLevel(unit.level)],
            [tTree("colDates"), dates],
            [t("parent"), page.parent ? `${page.parent.kindLabel} ${page.parent.name}` : t("none")],
            [
              t("successor"),
              unit.successor ? (
                <Link
                  key="successor"
                  href={unitPath(unit.successor.code)}
                  className="text-brand-700 underline underline-offset-2"
                >
                  {unit.successor.kindLabel} {unit.successor.name}
                </Link>
              ) : (
                t("none")
              ),
            ],
            [
              t("predecessors"),
              page.predecessors.length > 0
                ? page.predecessors
                    .map(
                      (predecessor) =>
                        `${predecessor.kindLabel} ${predecessor.name}${predecessor.effectiveTo ? ` (${tTree("to", { date: formatDateVi(predecessor.effectiveTo) })})` : ""}`,
                    )
                    .join("; ")
                : t("none"),
            ],
            [t("basis"), unit.changeBasis ?? t("none")],
          ]}
        />
      </Section>
      <Section title={t("officesTitle")} id="unit-offices">
        <DataTable
          caption={t("officesCaption")}
          captionHidden
          columns={[
            t("officeName"),
            t("officeCode"),
            t("officeKind"),
            t("officeStatus"),
            { header: t("deactivate"), hidden: true },
          ]}
          empty={page.offices.length === 0 ? t("noOffices") : undefined}
          testId="unit-offices"
        >
          {page.offices.map((office) => (
            <tr key={office.id}>
              <RowHeader>{office.name}</RowHeader>
              <td className={`${tdClass} font-mono`}>{office.code}</td>
              <td className={tdClass}>{tKind(office.kind)}</td>
              <td className={tdClass}>{office.active ? t("active") : t("inactive")}</td>
              <td className={tdClass}>
                <OfficeActiveToggle officeId={office.id} active={office.active} name={office.name} />
              </td>
            </tr>
          ))}
        </DataTable>
        {page.offices
          .filter((office) => office.kind === "RECEPTION")
          .map((office) => (
            <div key={office.id} className="mt-6">
              <h3 className="font-semibold">{t("countersTitle", { name: office.name })}</h3>
              <div className="mt-2">
                <DataTable
                  caption={t("countersCaption", { name: office.name })}
                  captionHidden
                  columns={[
                    t("counterNumber"),
                    t("counterName"),
                    t("counterFields"),
                    t("officeStatus"),
                    { header: t("deactivate"), hidden: true },
                  ]}
                  empty={office.counters.length === 0 ? t("noCounters") : undefined}
                >
                  {office.counters.map((counter) => (
                    <tr key={counter.id}>
                      <RowHeader className="tabular-nums">{counter.number}</RowHeader>
                      <td className={tdClass}>{counter.name}</td>
                      <td className={tdClass}>
                        {counter.fieldCodes.length > 0 ? counter.fieldCodes.join(", ") : t("allFields")}
                      </td>
                      <td className={tdClass}>{counter.active ? t("active") : t("inactive")}</td>
                      <td className={tdClass}>
                        <CounterActiveToggle
                          counterId={counter.id}
                          active={counter.active}
                          name={`${t("counterNumber")} ${counter.number}`}
                        />
                      </td>
                    </tr>
                  ))}
                </DataTable>
              </div>
              <div className="mt-3 grid gap-3">
                {office.counters.map((counter) => (
                  <EditCounterForm key={counter.id} counter={counter} />
                ))}
                <CreateCounterForm officeId={office.id} officeName={office.name} />
              </div>
            </div>
          ))}
        <div className="mt-6 grid gap-3">
          {page.offices.map((office) => (
            <EditOfficeForm key={office.id} office={office} />
          ))}
          <CreateOfficeForm unitId={unit.id} />
        </div>
      </Section>
      {page.offices.some((office) => office.kind === "RECEPTION" && office.counters.length > 0) ? (
        <CounterTabletsSection
          unitId={unit.id}
          counters={page.offices.filter((office) => office.kind === "RECEPTION").flatMap((office) => office.counters)}
        />
      ) : null}
      <Section title={t("editSection")} id="unit-edit">
        <div className="grid gap-4">
          <EditUnitForm values={values} parents={page.parentChoices} />
          <UnitDatesForm values={values} />
        </div>
      </Section>
    </>
  );
}
