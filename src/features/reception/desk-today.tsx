// Today at the desk: dossiers this desk registered and forms 02/03 the unit issued, small and server-rendered.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { documentLinks } from "@/domain/documents/links";
import { formatDateTime, formatTime } from "@/lib/dates";
import type { DeskToday } from "@/server/data/reception";
import { TableScroll, captionClass, tableClass, tdClass, thClass } from "@/ui/data-table";

export async function DeskTodayLists({ today }: { today: DeskToday }) {
  const t = await getTranslations("reception.today");
  return (
    <section aria-labelledby="today-title" className="mt-10">
      <h2 id="today-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div className="mt-3 grid gap-6 xl:grid-cols-2">
        <TableScroll label={t("dossiersTitle")}>
          <table className={tableClass} data-testid="today-dossiers">
            <caption className={captionClass}>{t("dossiersTitle")}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>
                  {t("colCode")}
                </th>
                <th scope="col" className={thClass}>
                  {t("colTime")}
                </th>
                <th scope="col" className={thClass}>
                  {t("colProcedure")}
                </th>
                <th scope="col" className={thClass}>
                  {t("colApplicant")}
                </th>
                <th scope="col" className={thClass}>
                  {t("colAppointment")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {today.dossiers.length === 0 ? (
                <tr>
                  <td colSpan={5} className={`${tdClass} text-muted`}>
                    {t("dossiersEmpty")}
                  </td>
                </tr>
              ) : (
                today.dossiers.map((row) => (
                  <tr key={row.code}>
                    <td className={`${tdClass} whitespace-nowrap font-semibold`}>
                      <Link href={`/ho-so/${encodeURIComponent(row.code)}`} className="text-blue-800 underline">
                        {row.code}
                      </Link>
                    </td>
                    <td className={`${tdClass} tabular-nums`}>{formatTime(row.submittedAt)}</td>
                    <td className={tdClass}>{row.procedureName}</td>
                    <td className={tdClass}>{row.applicantName}</td>
                    <td className={`${tdClass} whitespace-nowrap tabular-nums`}>
                      {row.appointmentAt ? formatDateTime(row.appointmentAt) : "—"}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </TableScroll>
        <TableScroll label={t("noticesTitle")}>
          <table className={tableClass} data-testid="today-notices">
            <caption className={captionClass}>{t("noticesTitle")}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>
                  {t("colNumber")}
                </th>
                <th scope="col" className={thClass}>
                  {t("colKind")}
                </th>
                <th scope="col" className={thClass}>
                  {t("colTime")}
                </th>
                <th scope="col" className={thClass}>
                  {t("colProcedure")}
                </th>
                <th scope="col" className={thClass}>
                  {t("colApplicant")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {today.notices.length === 0 ? (
                <tr>
                  <td colSpan={5} className={`${tdClass} text-muted`}>
                    {t("noticesEmpty")}
                  </td>
                </tr>
              ) : (
                today.notices.map((row) => (
                  <tr key={row.number}>
                    <td className={`${tdClass} whitespace-nowrap font-semibold`}>
                      <Link href={documentLinks.intakeNotice(row.number)} className="text-blue-800 underline">
                        {row.number}
                      </Link>
                    </td>
                    <td className={tdClass}>{t(`kind.${row.kind}`)}</td>
                    <td className={`${tdClass} tabular-nums`}>{formatTime(row.issuedAt)}</td>
                    <td className={tdClass}>{row.procedureName}</td>
                    <td className={tdClass}>{row.applicantName}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </section>
  );
}
