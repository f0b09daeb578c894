// /quan-tri/thu-tuc: every procedure (in force and withdrawn) with a search by name or code, its latest version and
// announcing decision; links to add a procedure, import and export.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { announcementLabel } from "@/domain/catalogue";
import { formatDate } from "@/lib/dates";
import type { Locale } from "@/lib/locale";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { ADMIN_PAGE_SIZE, listCatalogueForAdmin } from "@/server/data/catalogue-admin";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";
import { Button, buttonClass, FilterForm, Field, Input } from "@/ui/form";
import { PageHeader } from "@/ui/page-header";
import { Pagination, parsePage } from "@/ui/pagination";
import { vocabularyLabel } from "./labels";

export async function CatalogueListScreen({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("catalogueAdmin");
  const locale = (await getLocale()) as Locale;
  const text = (firstParam(searchParams.q) ?? "").slice(0, 100);
  const page = parsePage(searchParams.trang);
  const { rows, total } = await listCatalogueForAdmin(text, page);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")}>
        <Link href="/quan-tri/thu-tuc/them" className={buttonClass("primary")}>
          {t("newTitle")}
        </Link>
        <Link href="/quan-tri/thu-tuc/nhap" className={buttonClass("secondary")}>
          {t("importExportTitle")}
        </Link>
      </PageHeader>
      <FilterForm action="/quan-tri/thu-tuc" label={t("searchLabel")} search>
        <div className="flex flex-wrap items-end gap-3">
          <Field id="q" label={t("searchLabel")} hint={t("searchHint")} className="min-w-0 flex-1">
            {(control) => <Input {...control} name="q" type="search" defaultValue={text} />}
          </Field>
          <Button type="submit" className="mb-5">
            {t("search")}
          </Button>
        </div>
      </FilterForm>
      <p className="my-3 text-sm text-muted" aria-live="polite">
        {t("count", { total })}
      </p>
      <DataTable
        caption={t("listCaption")}
        columns={[t("code"), t("name"), t("field"), t("level"), t("latestVersion"), t("announcement"), t("state")]}
        empty={rows.length === 0 ? t("empty") : undefined}
        testId="catalogue-admin-list"
      >
        {rows.map((row) => (
          <tr key={row.code}>
            <td className={`${tdClass} whitespace-nowrap`}>{row.code}</td>
            <RowHeader>
              <Link href={`/quan-tri/thu-tuc/${row.code}`} className="text-blue-800 underline">
                {row.name}
              </Link>
            </RowHeader>
            <td className={tdClass}>{row.fieldName}</td>
            <td className={tdClass}>{vocabularyLabel(locale, "level", row.level)}</td>
            <td className={`${tdClass} whitespace-nowrap`}>
              {row.latestFrom ? t("versionFrom", { version: row.versions, from: formatDate(row.latestFrom) }) : "—"}
            </td>
            <td className={tdClass}>{announcementLabel(row) ?? t("noAnnouncement")}</td>
            <td className={tdClass}>{row.active ? t("active") : t("inactive")}</td>
          </tr>
        ))}
      </DataTable>
      <Pagination
        path="/quan-tri/thu-tuc"
        page={page}
        pageSize={ADMIN_PAGE_SIZE}
        total={total}
        params={{ q: text || undefined }}
      />
    </>
  );
}
