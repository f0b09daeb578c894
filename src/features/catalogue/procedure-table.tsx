import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CatalogueRow } from "@/server/data/catalogue";
import { captionClass, TableScroll, tableClass, tdClass, thClass } from "@/ui/data-table";
import { getProcedureLabels } from "./procedure-labels";

export async function ProcedureTable({ rows, caption }: { rows: CatalogueRow[]; caption: string }) {
  const [t, labels] = await Promise.all([getTranslations("catalogue"), getProcedureLabels()]);
  return (
    <TableScroll label={caption}>
      <table className={tableClass}>
        <caption className={captionClass}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>
              {t("colCode")}
            </th>
            <th scope="col" className={thClass}>
              {t("colName")}
            </th>
            <th scope="col" className={thClass}>
              {t("colField")}
            </th>
            <th scope="col" className={thClass}>
              {t("colLevel")}
            </th>
            <th scope="col" className={thClass}>
              {t("colDuration")}
            </th>
            <th scope="col" className={thClass}>
              {t("colOnline")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.map((row) => (
            <tr key={row.code}>
              <td className={`${tdClass} whitespace-nowrap tabular-nums`}>{row.code}</td>
              <th scope="row" className={`${tdClass} text-left font-normal`}>
                <Link href={`/thu-tuc/${encodeURIComponent(row.code)}`} className="font-semibold text-blue-800 underline-offset-2 hover:underline">
                  {row.name}
                </Link>
              </th>
              <td className={tdClass}>{row.fieldName}</td>
              <td className={`${tdClass} whitespace-nowrap`}>{labels.level(row.level)}</td>
              <td className={tdClass}>{row.durationUnit && row.durationValue !== null ? labels.duration(row.durationValue, row.durationUnit) : "—"}</td>
              <td className={tdClass}>{row.onlineClass && row.onlineLevel !== null ? labels.online(row.onlineClass, row.onlineLevel) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
