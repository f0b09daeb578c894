import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDate, formatDateTime } from "@/lib/dates";
import { atRiskMarks, type AtRiskMark } from "@/server/data/finish-estimate";
import type { WorklistRow } from "@/server/data/worklists";
import { getDomainLabels } from "@/ui/labels";
import { DeadlineMarker } from "@/ui/deadline-marker";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";

export const dossierHref = (code: string) => `/ho-so/${encodeURIComponent(code)}`;

/** The page of dossiers: a table from 640 px, a list of cards below (the same rows, one rendering shown). */
export async function WorklistResults({ rows, caption }: { rows: WorklistRow[]; caption: string }) {
  const [t, labels, atRisk] = await Promise.all([
    getTranslations("worklists"),
    getDomainLabels(),
    atRiskMarks(rows.map((row) => row.id)),
  ]);
  // Nguy cơ trễ hạn (src/domain/forecast/finish-estimate.ts): estimated to finish after the appointment.
  const riskBadge = (mark: AtRiskMark | undefined) =>
    mark ? (
      <span
        className="ml-1 inline-block rounded border border-orange-700 bg-orange-50 px-1.5 py-0.5 text-xs font-semibold text-orange-900"
        title={t("atRisk.badgeTitle", { date: formatDate(mark.estimatedAt) })}
        data-testid="at-risk-badge"
      >
        {t("atRisk.badge")}
        <span className="sr-only">: {t("atRisk.badgeSr", { date: formatDate(mark.estimatedAt) })}</span>
      </span>
    ) : null;
  const when = (value: Date | null, empty: string) => (value ? formatDateTime(value) : empty);
  return (
    <>
      <div className="hidden sm:block">
        <DataTable
          caption={caption}
          columns={[
            t("col.code"),
            t("col.procedure"),
            t("col.applicant"),
            t("col.received"),
            t("col.appointment"),
            t("col.status"),
            t("col.deadline"),
          ]}
          testId="worklist-table"
        >
          {rows.map((row) => (
            <tr key={row.id} data-code={row.code}>
              <RowHeader className="whitespace-nowrap font-semibold tabular-nums">
                <Link href={dossierHref(row.code)} className="text-blue-800 underline hover:no-underline">
                  {row.code}
                </Link>
              </RowHeader>
              <td className={`${tdClass} min-w-48`}>{row.procedureName}</td>
              <td className={tdClass}>{row.applicantName}</td>
              <td className={`${tdClass} whitespace-nowrap tabular-nums`}>{when(row.receivedAt, "—")}</td>
              <td className={`${tdClass} whitespace-nowrap tabular-nums`}>
                {when(row.appointmentAt, t("noAppointment"))}
              </td>
              <td className={tdClass}>{labels.statusWithStep(row.status, row.processingStep)}</td>
              <td className={tdClass}>
                <DeadlineMarker marker={row.marker} />
                {riskBadge(atRisk.get(row.id))}
              </td>
            </tr>
          ))}
        </DataTable>
      </div>
      <ul className="space-y-3 sm:hidden" aria-label={caption} data-testid="worklist-cards">
        {rows.map((row) => (
          <li key={row.id} className="rounded-lg border border-gray-200 bg-white p-3 shadow-sm" data-code={row.code}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <Link href={dossierHref(row.code)} className="font-semibold tabular-nums text-blue-800 underline">
                {row.code}
              </Link>
              <span>
                <DeadlineMarker marker={row.marker} />
                {riskBadge(atRisk.get(row.id))}
              </span>
            </div>
            <p className="mt-1 text-sm">{row.procedureName}</p>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-muted">{t("col.applicant")}</dt>
              <dd>{row.applicantName}</dd>
              <dt className="text-muted">{t("col.received")}</dt>
              <dd className="tabular-nums">{when(row.receivedAt, "—")}</dd>
              <dt className="text-muted">{t("col.appointment")}</dt>
              <dd className="tabular-nums">{when(row.appointmentAt, t("noAppointment"))}</dd>
              <dt className="text-muted">{t("col.status")}</dt>
              <dd>{labels.statusWithStep(row.status, row.processingStep)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
