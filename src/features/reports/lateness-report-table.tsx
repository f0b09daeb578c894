import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Count } from "@/ui/rate";
import { captionClass, numClass, TableScroll, tableClass, tdClass, thClass } from "@/ui/data-table";
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
 * A column header that sorts on the server (a GET link): the first click sorts the "worrying" way (lowest compliance,
 * most late dossiers), a second click reverses it. aria-sort tells screen readers the current order.
 */
async function SortableHeader({
  label,
  path,
  query,
  worst,
  best,
}: {
  label: string;
  path: string;
  query: LatenessQuery;
  worst: Sort;
  best: Sort;
}) {
  const t = await getTranslations("reports.lateness");
  const active = query.sort === worst || query.sort === best;
  const ascending = query.sort === "complianceAsc" || query.sort === "lateAsc";
  const next = query.sort === worst ? best : worst;
  return (
    <th
      scope="col"
      className={`${thClass} text-right`}
      aria-sort={active ? (ascending ? "ascending" : "descending") : undefined}
    >
      <Link
        href={latenessHref(path, query, { sort: next })}
        className="inline-flex items-center gap-1 text-blue-800 underline"
        title={t("sortBy", { column: label })}
      >
        {label}
        <span aria-hidden="true">{active ? (ascending ? "▲" : "▼") : "↕"}</span>
        {active ? <span className="sr-only">{ascending ? t("sortedAsc") : t("sortedDesc")}</span> : null}
      </Link>
    </th>
  );
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
  return (
    <TableScroll label={caption}>
      <table className={tableClass} data-testid="lateness-table">
        <caption className={captionClass}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>
              {t(`col.${query.grouping}`)}
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              {t("col.resolved")}
            </th>
            <SortableHeader label={t("col.late")} path={path} query={query} worst="lateDesc" best="lateAsc" />
            <th scope="col" className={`${thClass} text-right`}>
              {t("col.lateShare")}
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              {t("col.timely")}
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              {t("col.lateApology")}
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              {t("col.noApology")}
            </th>
            <SortableHeader
              label={t("col.compliance")}
              path={path}
              query={query}
              worst="complianceAsc"
              best="complianceDesc"
            />
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.length === 0 ? (
            <tr>
              <td colSpan={8} className={`${tdClass} text-muted`}>
                {t("empty")}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" className={`${tdClass} min-w-48 text-left font-normal`}>
                  {row.name}
                </th>
                {counts(row)}
              </tr>
            ))
          )}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-gray-300 font-semibold" data-testid="lateness-total">
            <th scope="row" className={`${tdClass} text-left`}>
              {t("total")}
            </th>
            {counts(totals)}
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
