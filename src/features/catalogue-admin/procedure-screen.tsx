// /quan-tri/thu-tuc/[code]: one procedure — its state (withdraw / reinstate), every version with its announcing
// decision and period in force, one version's terms and documents, and the comparison of any two versions
// (?tu=…&den=…, a GET form, so it works without JavaScript and can be shared).
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import {
  announcementLabel,
  diffVersions,
  lastDayInForce,
  TERM_FIELDS,
  DOCUMENT_FIELDS,
  type TermField,
} from "@/domain/catalogue";
import { formatDate, formatDateTime, formatDateVi, localDateKey } from "@/lib/dates";
import type { Locale } from "@/lib/locale";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { loadProcedureForAdmin, type AdminProcedure, type AdminVersion } from "@/server/data/catalogue-admin";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";
import { FactList } from "@/ui/fact-list";
import { Button, buttonClass, FilterForm, SelectField } from "@/ui/form";
import { PageHeader } from "@/ui/page-header";
import { Section } from "@/ui/section";
import { ActiveToggle } from "./active-toggle";
import { formatStepShares, parseStepShares } from "@/domain/dossier/step-budget";
import { formatValue, vocabularyLabel } from "./labels";

type T = Awaited<ReturnType<typeof getTranslations<"catalogueAdmin">>>;

const announcementOf = (version: AdminVersion) =>
  announcementLabel({
    announcementNumber: version.entry.announcementNumber,
    announcementDate: version.entry.announcementDate ? new Date(`${version.entry.announcementDate}T00:00:00Z`) : null,
    announcementIssuer: version.entry.announcementIssuer,
  });

function periodOf(t: T, version: AdminVersion): string {
  const last = lastDayInForce(version.effectiveTo);
  return last
    ? t("periodClosed", { from: formatDateVi(version.effectiveFrom), to: formatDateVi(last) })
    : t("periodOpen", { from: formatDateVi(version.effectiveFrom) });
}

export async function ProcedureScreen({ code, searchParams }: { code: string; searchParams: SearchParams }) {
  const t = await getTranslations("catalogueAdmin");
  const locale = (await getLocale()) as Locale;
  const procedure = await loadProcedureForAdmin(code);
  if (!procedure) notFound();
  const today = localDateKey(new Date());
  const numbers = procedure.versions.map((version) => version.version);
  const pick = (param: string | undefined, fallback: number | undefined) => {
    const n = Number(param);
    return numbers.includes(n) ? n : fallback;
  };
  const latest = procedure.versions[0];
  const from = pick(firstParam(searchParams.tu), procedure.versions[1]?.version ?? latest?.version);
  const to = pick(firstParam(searchParams.den), latest?.version);
  const shown = procedure.versions.find(
    (version) => version.version === pick(firstParam(searchParams.xem), latest?.version),
  );
  const inForce = procedure.versions.find(
    (version) => version.effectiveFrom <= today && (!version.effectiveTo || today < version.effectiveTo),
  );

  return (
    <>
      <PageHeader title={procedure.name} description={t("procedureDescription", { code: procedure.code })}>
        <Link href={`/quan-tri/thu-tuc/${procedure.code}/cong-bo`} className={buttonClass("primary")}>
          {t("publishTitle")}
        </Link>
        <Link href="/quan-tri/thu-tuc" className={buttonClass("secondary")}>
          {t("backToList")}
        </Link>
      </PageHeader>
      <FactList
        className="grid gap-3 rounded-lg border border-gray-200 bg-white p-4 text-sm sm:grid-cols-2 lg:grid-cols-4"
        facts={[
          [t("code"), procedure.code],
          [t("field"), procedure.field.name],
          [t("level"), vocabularyLabel(locale, "level", procedure.level)],
          [t("state"), procedure.active ? t("active") : t("inactive")],
          [t("versionInForce"), inForce ? t("versionNumber", { version: inForce.version }) : t("noneInForce")],
          [t("announcement"), (inForce && announcementOf(inForce)) ?? t("noAnnouncement")],
        ]}
      />
      <div className="mt-3">
        <ActiveToggle code={procedure.code} active={procedure.active} />
      </div>

      <Section id="lich-su" title={t("historyTitle")}>
        <DataTable
          caption={t("historyCaption")}
          captionHidden
          columns={[t("version"), t("period"), t("announcement"), t("changeNote"), t("publishedBy"), t("actions")]}
          testId="version-history"
        >
          {procedure.versions.map((version) => (
            <tr key={version.version}>
              <RowHeader className="whitespace-nowrap font-semibold">
                {t("versionNumber", { version: version.version })}
              </RowHeader>
              <td className={tdClass}>{periodOf(t, version)}</td>
              <td className={tdClass}>{announcementOf(version) ?? t("noAnnouncement")}</td>
              <td className={tdClass}>{version.changeNote ?? "—"}</td>
              <td className={tdClass}>
                {formatDateTime(version.publishedAt)}
                {version.publishedByName ? ` · ${version.publishedByName}` : ""}
              </td>
              <td className={tdClass}>
                <Link href={`?xem=${version.version}#phien-ban`} className="text-blue-800 underline">
                  {t("viewVersion", { version: version.version })}
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      </Section>

      {procedure.versions.length > 1 && from !== undefined && to !== undefined ? (
        <Section id="so-sanh" title={t("diffTitle")}>
          <FilterForm action={`/quan-tri/thu-tuc/${procedure.code}#so-sanh`} label={t("diffTitle")}>
            <div className="flex flex-wrap items-end gap-3">
              {(["tu", "den"] as const).map((param) => (
                <SelectField
                  key={param}
                  id={`diff-${param}`}
                  name={param}
                  label={param === "tu" ? t("diffFrom") : t("diffTo")}
                  choices={numbers.map((n) => ({ value: String(n), label: t("versionNumber", { version: n }) }))}
                  defaultValue={String(param === "tu" ? from : to)}
                />
              ))}
              <Button type="submit" variant="secondary">
                {t("compare")}
              </Button>
            </div>
          </FilterForm>
          <DiffView t={t} locale={locale} procedure={procedure} from={from} to={to} />
        </Section>
      ) : null}

      {shown ? (
        <Section id="phien-ban" title={t("versionDetailTitle", { version: shown.version })}>
          <VersionDetail t={t} locale={locale} procedure={procedure} version={shown} />
        </Section>
      ) : null}
    </>
  );
}

const words = (t: T) => ({ yes: t("yes"), no: t("no"), none: "—" });

function DiffView({
  t,
  locale,
  procedure,
  from,
  to,
}: {
  t: T;
  locale: Locale;
  procedure: AdminProcedure;
  from: number;
  to: number;
}) {
  const a = procedure.versions.find((version) => version.version === from)!;
  const b = procedure.versions.find((version) => version.version === to)!;
  const diff = diffVersions(a.entry, b.entry);
  const w = words(t);
  const documentCount = diff.documents.added.length + diff.documents.removed.length + diff.documents.changed.length;
  const officeCount = diff.unitOffices.added.length + diff.unitOffices.removed.length + diff.unitOffices.changed.length;
  return (
    <div className="mt-4 space-y-4" data-testid="version-diff">
      <p className="text-sm">{t("diffSummary", { from, to, fromPeriod: periodOf(t, a), toPeriod: periodOf(t, b) })}</p>
      {diff.fields.length + documentCount + officeCount === 0 ? <p>{t("noDifference")}</p> : null}
      {diff.fields.length > 0 ? (
        <DataTable
          caption={t("diffFieldsCaption")}
          columns={[t("diffField"), t("versionNumber", { version: from }), t("versionNumber", { version: to })]}
        >
          {diff.fields.map((change) => (
            <tr key={change.field}>
              <RowHeader>{t(`term.${change.field as TermField}`)}</RowHeader>
              <td className={tdClass}>
                <del className="text-red-800">{formatValue(locale, change.field, change.before, w)}</del>
              </td>
              <td className={tdClass}>
                <ins className="font-semibold text-green-800 no-underline">
                  {formatValue(locale, change.field, change.after, w)}
                </ins>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {documentCount > 0 ? (
        <div>
          <h3 className="mb-2 font-semibold">{t("diffDocuments")}</h3>
          <ul className="list-disc space-y-1 pl-6">
            {diff.documents.added.map((document) => (
              <li key={`a-${document.name}`}>
                <strong>{t("added")}:</strong> {document.name} ({vocabularyLabel(locale, "form", document.form)},{" "}
                {document.count})
              </li>
            ))}
            {diff.documents.removed.map((document) => (
              <li key={`r-${document.name}`}>
                <strong>{t("removed")}:</strong> <del>{document.name}</del>
              </li>
            ))}
            {diff.documents.changed.map((document) => (
              <li key={`c-${document.name}`}>
                <strong>{t("changed")}:</strong> {document.name} —{" "}
                {document.changes
                  .map(
                    (change) =>
                      `${t(`documentField.${change.field as keyof typeof DOCUMENT_FIELDS}`)}: ${formatValue(locale, change.field, change.before, w)} → ${formatValue(locale, change.field, change.after, w)}`,
                  )
                  .join("; ")}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {officeCount > 0 ? (
        <div>
          <h3 className="mb-2 font-semibold">{t("diffOffices")}</h3>
          <ul className="list-disc space-y-1 pl-6">
            {diff.unitOffices.added.map((office) => (
              <li key={`a-${office.unitCode}`}>
                <strong>{t("added")}:</strong> {procedure.unitNames[office.unitCode] ?? office.unitCode} →{" "}
                {office.officeCode}
              </li>
            ))}
            {diff.unitOffices.removed.map((office) => (
              <li key={`r-${office.unitCode}`}>
                <strong>{t("removed")}:</strong> {procedure.unitNames[office.unitCode] ?? office.unitCode} (
                {office.officeCode})
              </li>
            ))}
            {diff.unitOffices.changed.map((office) => (
              <li key={`c-${office.unitCode}`}>
                <strong>{t("changed")}:</strong> {procedure.unitNames[office.unitCode] ?? office.unitCode}:{" "}
                {office.before} → {office.after}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function VersionDetail({
  t,
  locale,
  procedure,
  version,
}: {
  t: T;
  locale: Locale;
  procedure: AdminProcedure;
  version: AdminVersion;
}) {
  const w = words(t);
  const entry = version.entry;
  const fields = (Object.keys(TERM_FIELDS) as TermField[]).filter((field) => !field.startsWith("announcement"));
  return (
    <div className="space-y-4">
      <p className="text-sm">
        {periodOf(t, version)} · {announcementOf(version) ?? t("noAnnouncement")}
      </p>
      <FactList
        className="grid gap-3 rounded-lg border border-gray-200 bg-white p-4 text-sm sm:grid-cols-2 lg:grid-cols-3"
        facts={fields.map(
          (field) =>
            [
              t(`term.${field}`),
              field === "stepShares"
                ? formatStepShares(parseStepShares(entry.stepShares ?? null))
                : formatValue(locale, field, entry[field], w),
            ] as const,
        )}
      />
      <DataTable
        caption={t("documentsLegend")}
        columns={[
          t("documentField.position"),
          t("documentName", { n: "" }),
          t("documentField.form"),
          t("documentField.count"),
          t("documentField.optional"),
          t("documentField.uploadable"),
        ]}
      >
        {entry.documents.map((document, i) => (
          <tr key={i}>
            <td className={tdClass}>{i + 1}</td>
            <RowHeader>{document.name}</RowHeader>
            <td className={tdClass}>{vocabularyLabel(locale, "form", document.form)}</td>
            <td className={tdClass}>{document.count}</td>
            <td className={tdClass}>{document.optional ? w.yes : w.no}</td>
            <td className={tdClass}>{document.uploadable ? w.yes : w.no}</td>
          </tr>
        ))}
      </DataTable>
      {entry.unitOffices.length > 0 ? (
        <DataTable caption={t("officesLegend")} columns={[t("unitCode"), t("officeCode")]}>
          {entry.unitOffices.map((office) => (
            <tr key={office.unitCode}>
              <RowHeader>{procedure.unitNames[office.unitCode] ?? office.unitCode}</RowHeader>
              <td className={tdClass}>{office.officeCode}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <p className="text-xs text-muted">{t("publishedAt", { at: formatDate(version.publishedAt) })}</p>
    </div>
  );
}
