// "Hồ sơ của tôi": the verified contact's dossiers, newest first: code, procedure, status in plain words, submitted
// date (dd/MM/yyyy), appointment and the tracking link carrying code and key.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/dates";
import type { MyDossier } from "@/server/citizen/my-dossiers";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";

export async function MyDossierList({ dossiers }: { dossiers: readonly MyDossier[] }) {
  const t = await getTranslations("myDossiers");
  return (
    <DataTable
      caption={t("caption", { count: dossiers.length })}
      label={t("title")}
      columns={[
        t("code"),
        t("procedure"),
        t("status"),
        t("submitted"),
        t("appointment"),
        { header: t("track"), hidden: true },
      ]}
      empty={dossiers.length === 0 ? t("empty") : null}
      testId="my-dossiers"
    >
      {dossiers.map((dossier) => (
        <tr key={dossier.code}>
          <RowHeader className="whitespace-nowrap tabular-nums">{dossier.code}</RowHeader>
          <td className={tdClass}>
            {dossier.procedureName}
            <span className="block text-muted">{dossier.unitName}</span>
          </td>
          <td className={tdClass}>
            <span className="font-semibold">{dossier.statusTitle}</span>
            {dossier.actionNeeded ? <span className="block text-amber-800">{t("actionNeeded")}</span> : null}
          </td>
          <td className={`${tdClass} whitespace-nowrap`}>{formatDate(dossier.submittedAt)}</td>
          <td className={`${tdClass} whitespace-nowrap`}>
            {dossier.appointmentAt ? formatDate(dossier.appointmentAt) : t("noAppointment")}
          </td>
          <td className={tdClass}>
            <Link
              href={dossier.trackingPath}
              className="text-blue-800 underline"
              aria-label={t("trackLabel", { code: dossier.code })}
            >
              {t("track")}
            </Link>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
