// Today at the desk: dossiers this desk registered and forms 02/03 the unit issued, small and server-rendered.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { documentLinks } from "@/domain/documents/links";
import { formatDateTime, formatTime } from "@/lib/dates";
import type { DeskToday } from "@/server/data/reception";
import { DataTable, tdClass } from "@/ui/data-table";
import { Section } from "@/ui/section";

export async function DeskTodayLists({ today }: { today: DeskToday }) {
  const t = await getTranslations("reception.today");
  return (
    <Section title={t("title")} id="today">
      <div className="grid gap-6 xl:grid-cols-2">
        <DataTable
          caption={t("dossiersTitle")}
          columns={[t("colCode"), t("colTime"), t("colProcedure"), t("colApplicant"), t("colAppointment")]}
          empty={today.dossiers.length === 0 ? t("dossiersEmpty") : null}
          testId="today-dossiers"
        >
          {today.dossiers.map((row) => (
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
          ))}
        </DataTable>
        <DataTable
          caption={t("noticesTitle")}
          columns={[t("colNumber"), t("colKind"), t("colTime"), t("colProcedure"), t("colApplicant")]}
          empty={today.notices.length === 0 ? t("noticesEmpty") : null}
          testId="today-notices"
        >
          {today.notices.map((row) => (
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
          ))}
        </DataTable>
      </div>
    </Section>
  );
}
