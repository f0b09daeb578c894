import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CatalogueRow } from "@/server/data/catalogue";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";
import { getProcedureLabels } from "./procedure-labels";

export async function ProcedureTable({ rows, caption }: { rows: CatalogueRow[]; caption: string }) {
  const [t, labels] = await Promise.all([getTranslations("catalogue"), getProcedureLabels()]);
  return (
    <DataTable
      caption={caption}
      columns={[t("colCode"), t("colName"), t("colField"), t("colLevel"), t("colDuration"), t("colOnline")]}
    >
      {rows.map((row) => (
        <tr key={row.code}>
          <td className={`${tdClass} whitespace-nowrap tabular-nums`}>{row.code}</td>
          <RowHeader>
            <Link
              href={`/thu-tuc/${encodeURIComponent(row.code)}`}
              className="font-semibold text-blue-800 underline-offset-2 hover:underline"
            >
              {row.name}
            </Link>
          </RowHeader>
          <td className={tdClass}>{row.fieldName}</td>
          <td className={`${tdClass} whitespace-nowrap`}>{labels.level(row.level)}</td>
          <td className={tdClass}>
            {row.durationUnit && row.durationValue !== null
              ? labels.duration(row.durationValue, row.durationUnit)
              : "—"}
          </td>
          <td className={tdClass}>
            {row.onlineClass && row.onlineLevel !== null ? labels.online(row.onlineClass, row.onlineLevel) : "—"}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
