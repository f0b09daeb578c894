import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/dates";
import type { WorkRow } from "@/server/data/dashboard";
import { getDomainLabels } from "@/ui/domain-labels";
import { captionClass, TableScroll, tableClass, tdClass, thClass } from "@/ui/section";
import { PendingBadge } from "./pending-badge";

/**
 * A work list of dossiers: code, procedure, applicant, appointment, state and the deadline marker. Reusable by any
 * list (officer's own, office, desk); `detailHref` turns codes into links once a dossier page exists.
 */
export async function DossierTable({ rows, caption, detailHref }: { rows: WorkRow[]; caption: string; detailHref?: (code: string) => string }) {
  const [t, labels] = await Promise.all([getTranslations("worklist"), getDomainLabels()]);
  return (
    <TableScroll label={caption}>
      <table className={tableClass} data-testid="dossier-table">
        <caption className={captionClass}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>
              {t("colCode")}
            </th>
            <th scope="col" className={thClass}>
              {t("colProcedure")}
            </th>
            <th scope="col" className={thClass}>
              {t("colApplicant")}
            </th>
            <th scope="col" className={thClass}>
              {t("colReceived")}
            </th>
            <th scope="col" className={thClass}>
              {t("colAppointment")}
            </th>
            <th scope="col" className={thClass}>
              {t("colStatus")}
            </th>
            <th scope="col" className={thClass}>
              {t("colDeadline")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className={`${tdClass} whitespace-nowrap text-left font-semibold tabular-nums`}>
                {detailHref ? (
                  <Link href={detailHref(row.code)} className="text-blue-800 underline">
                    {row.code}
                  </Link>
                ) : (
                  row.code
                )}
              </th>
              <td className={`${tdClass} min-w-48`}>{row.procedureName}</td>
              <td className={tdClass}>{row.applicantName}</td>
              <td className={`${tdClass} whitespace-nowrap tabular-nums`}>{row.receivedAt ? formatDateTime(row.receivedAt) : "—"}</td>
              <td className={`${tdClass} whitespace-nowrap tabular-nums`}>{row.appointmentAt ? formatDateTime(row.appointmentAt) : t("noAppointment")}</td>
              <td className={tdClass}>{labels.statusWithStep(row.status, row.processingStep)}</td>
              <td className={tdClass}>{row.marker ? <PendingBadge marker={row.marker} /> : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
