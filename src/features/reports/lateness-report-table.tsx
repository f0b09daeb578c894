import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Count } from "@/ui/rate";
import { DataTable, numClass, RowHeader, type Column } from "@/ui/data-table";
import { lateShare } from "@/domain/metrics";
import {
  formatRate,
  latenessHref,
  type LatenessQuery,
  type LatenessRow,
  type LatenessTotals,
  type Sort,
} from "./lateness-table";

/** A rate cell: "83,33%", or N/A explained for screen readers and on hover. */
async function RateText({ value, naTitle }: { value: number | null; naTitle: string }) {
  const locale = await getLocale();
  return value === null ? <abbr title={naTitle}>N/A</abbr> : <>{formatRate(value, locale)}</>;
}

/**
 * A column whose header sorts on the server (a GET link): the first click sorts the "worrying" way (lowest compliance,
 * most late dossiers), a second click reverses it. aria-sort tells screen readers the current order.
 */
function sortableColumn({
  label,
  path,
  query,
  worst,
  best,
  t,
}: {
  label: string;
  path: string;
  query: LatenessQuery;
  worst: Sort;
  best: Sort;
  t: Awaited<ReturnType<typeof getTranslations<"reports.lateness">>>;
}): Column {
  const active = query.sort === worst || query.sort === best;
  const ascending = query.sort === "complianceAsc" || query.sort === "lateAsc";
  const next = query.sort === worst ? best : worst;
  return {
    numeric: true,
    sort: active ? (ascending ? "ascending" : "descending") : undefined,
    header: (
      <Link
        href={latenessHref(path, query, { sort: next })}
        className="inline-flex items-center gap-1 text-blue-800 underline"
        title={t("sortBy", { column: label })}
      >
        {label}
        <span aria-hidden="true">{active ? (ascending ? "▲" : "▼") : "↕"}</span>
        {active ? <span className="sr-only">{ascending ? t("sortedAsc") : t("sortedDesc")}</span> : null}
      </Link>
    ),
  };
}

export async function LatenessReportTable({
  rows,
  totals,
  query,
  path,
  caption,
}: {
  rows: LatenessRow[];
  totals: LatenessTotals;
  query: LatenessQuery;
  path: string;
  caption: string;
}) {
  const t = await getTranslations("reports.lateness");
  const na = t("notApplicableLong");
  const counts = (counts: LatenessTotals) => (
    <>
      <td className={numClass}>
        <Count value={counts.resolved} />
      </td>
      <td className={numClass}>
        <Count value={counts.late} />
      </td>
      <td className={numClass}>
        <RateText value={lateShare(counts)} naTitle={na} />
      </td>
      <td className={numClass}>
        <Count value={counts.lateWithTimelyApology} />
      </td>
      <td className={numClass}>
        <Count value={counts.lateWithLateApology} />
      </td>
      <td className={numClass}>
        <Count value={counts.lateWithoutApology} />
      </td>
      <td className={`${numClass} font-semibold`}>
        <RateText value={counts.compliance} naTitle={na} />
      </td>
    </>
  );
  const numeric = (header: string): Column => ({ header, numeric: true });
  return (
    <DataTable
      caption={caption}
      columns={[
        t(`col.${query.grouping}`),
        numeric(t("col.resolved")),
        sortableColumn({ label: t("col.late"), path, query, worst: "lateDesc", best: "lateAsc", t }),
        numeric(t("col.lateShare")),
        numeric(t("col.timely")),
        numeric(t("col.lateApology")),
        numeric(t("col.noApology")),
        sortableColumn({ label: t("col.compliance"), path, query, worst: "complianceAsc", best: "complianceDesc", t }),
      ]}
      empty={rows.length === 0 ? t("empty") : null}
      testId="lateness-table"
      foot={
        <tr data-testid="lateness-total">
          <RowHeader className="font-semibold">{t("total")}</RowHeader>
          {counts(totals)}
        </tr>
      }
    >
      {rows.map((row) => (
        <tr key={row.id}>
          <RowHeader className="min-w-48 font-normal">{row.name}</RowHeader>
          {counts(row)}
        </tr>
      ))}
    </DataTable>
  );
}
