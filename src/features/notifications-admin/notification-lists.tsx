import { getTranslations } from "next-intl/server";
import { notificationTemplateLabel } from "@/domain/notifications";
import { formatDateTime } from "@/lib/dates";
import type { DevMailboxRow, OutboxRow } from "@/server/data/notifications";
import { DataTable, numClass, tdClass } from "@/ui/data-table";
import { getLabelLocale } from "@/ui/labels";
import { RetryButton } from "./retry-button";

/** The development mailbox: what would have been sent, recipients masked and tracking keys hidden. */
export async function DevMailboxList({ rows }: { rows: DevMailboxRow[] }) {
  const t = await getTranslations("notificationsAdmin");
  return (
    <ul className="space-y-3" data-testid="dev-mailbox">
      {rows.map((row) => (
        <li key={row.id} className="rounded-lg border border-gray-200 bg-white p-4">
          <p className="text-sm text-muted">
            {formatDateTime(row.deliveredAt)} · {t(`channel.${row.channel}`)} ·{" "}
            <span className="font-mono">{row.recipient}</span>
            {row.dossierCode ? (
              <>
                {" "}
                · <span className="font-mono">{row.dossierCode}</span>
              </>
            ) : null}
          </p>
          {row.subject ? <p className="mt-1 font-semibold">{row.subject}</p> : null}
          <pre className="mt-2 whitespace-pre-wrap font-sans text-sm">{row.body}</pre>
        </li>
      ))}
    </ul>
  );
}

/** The outbox (recipients masked); on the failed list each row can be retried. */
export async function OutboxTable({ rows, caption, retry }: { rows: OutboxRow[]; caption: string; retry: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("notificationsAdmin"), getLabelLocale()]);
  const templateLabel = (template: string) => notificationTemplateLabel(template, locale);
  return (
    <DataTable
      caption={caption}
      captionHidden
      columns={[
        t("columns.time"),
        t("columns.channel"),
        t("columns.recipient"),
        t("columns.template"),
        t("columns.dossier"),
        t("columns.status"),
        { header: t("columns.attempts"), numeric: true },
        t("columns.error"),
        retry && t("columns.action"),
      ]}
      testId="outbox-table"
    >
      {rows.map((row) => (
        <tr key={row.id}>
          <td className={`${tdClass} whitespace-nowrap`}>{formatDateTime(row.createdAt)}</td>
          <td className={tdClass}>{t(`channel.${row.channel}`)}</td>
          <td className={`${tdClass} font-mono`}>{row.recipient}</td>
          <td className={tdClass}>{templateLabel(row.template)}</td>
          <td className={`${tdClass} font-mono`}>{row.dossierCode ?? "—"}</td>
          <td className={tdClass}>{t(`status.${row.status}`)}</td>
          <td className={numClass}>{row.attempts}</td>
          <td className={`${tdClass} max-w-xs break-words text-red-800`}>{row.lastError ?? ""}</td>
          {retry ? (
            <td className={tdClass}>
              <RetryButton notificationId={row.id} />
            </td>
          ) : null}
        </tr>
      ))}
    </DataTable>
  );
}
