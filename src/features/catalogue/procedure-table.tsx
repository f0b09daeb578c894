import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CatalogueRow } from "@/server/data/catalogue";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";
import { CardFact, CardFacts, cardClass } from "./card-facts";
import { getProcedureLabels, type ProcedureLabels } from "./procedure-labels";

const linkClass = "font-semibold text-blue-800 underline-offset-2 hover:underline";
const procedureHref = (code: string) => `/thu-tuc/${encodeURIComponent(code)}`;

/** The catalogue's results: one card per procedure on a phone (below `sm`), the six-column table on wider screens.
 * The hidden one is display:none, so assistive technologies meet each procedure once. */
export async function ProcedureTable({ rows, caption }: { rows: CatalogueRow[]; caption: string }) {
  const [t, tProcedure, labels] = await Promise.all([
    getTranslations("catalogue"),
    getTranslations("procedure"),
    getProcedureLabels(),
  ]);
  const duration = (row: CatalogueRow) =>
    row.durationUnit && row.durationValue !== null ? labels.duration(row.durationValue, row.durationUnit) : "—";
  const online = (row: CatalogueRow) =>
    row.onlineClass && row.onlineLevel !== null ? labels.online(row.onlineClass, row.onlineLevel) : "—";
  return (
    <>
      <ul className="space-y-3 sm:hidden" aria-label={caption} data-testid="procedure-cards">
        {rows.map((row) => (
          <li key={row.code} className={cardClass}>
            <Link href={procedureHref(row.code)} className={`${linkClass} underline`}>
              {row.name}
            </Link>
            <CardFacts>
              <CardFact term={t("colCode")}>
                <span className="tabular-nums">{row.code}</span>
              </CardFact>
              <CardFact term={t("colField")}>{row.fieldName}</CardFact>
              <CardFact term={t("colLevel")}>{labels.level(row.level)}</CardFact>
              <CardFact term={t("colDuration")}>{duration(row)}</CardFact>
              <CardFact term={t("colOnline")}>{online(row)}</CardFact>
              <CardFact term={tProcedure("feeLabel")}>
                {feeText(row, labels, tProcedure("feePart"), tProcedure("chargePart"))}
              </CardFact>
            </CardFacts>
          </li>
        ))}
      </ul>
      <div className="hidden sm:block">
        <DataTable
          caption={caption}
          columns={[t("colCode"), t("colName"), t("colField"), t("colLevel"), t("colDuration"), t("colOnline")]}
        >
          {rows.map((row) => (
            <tr key={row.code}>
              <td className={`${tdClass} whitespace-nowrap tabular-nums`}>{row.code}</td>
              <RowHeader>
                <Link href={procedureHref(row.code)} className={linkClass}>
                  {row.name}
                </Link>
              </RowHeader>
              {/* Short values on one line ("Đất đai", "15 ngày làm việc"), the name taking what is left. */}
              <td className={`${tdClass} min-w-[6.5rem]`}>{row.fieldName}</td>
              <td className={`${tdClass} whitespace-nowrap`}>{labels.level(row.level)}</td>
              <td className={`${tdClass} whitespace-nowrap`}>{duration(row)}</td>
              <td className={`${tdClass} whitespace-nowrap`}>{online(row)}</td>
            </tr>
          ))}
        </DataTable>
      </div>
    </>
  );
}

/** "Không thu phí, lệ phí", or the parts that are charged ("Phí: 50.000 đồng · Lệ phí: 8.000 đồng"). */
function feeText(row: CatalogueRow, labels: ProcedureLabels, feePart: string, chargePart: string): string {
  if (row.feeAmount === null && row.chargeAmount === null) return "—";
  const fee = row.feeAmount ?? 0;
  const charge = row.chargeAmount ?? 0;
  if (fee === 0 && charge === 0) return labels.fee(0);
  const parts: string[] = [];
  if (fee > 0) parts.push(`${feePart}: ${labels.fee(fee)}`);
  if (charge > 0) parts.push(`${chargePart}: ${labels.fee(charge)}`);
  return parts.join(" · ");
}
