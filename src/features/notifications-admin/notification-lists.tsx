import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/dates";
import type { DevMailboxRow, OutboxRow } from "@/server/data/notifications";
import { RetryButton } from "./retry-button";

const cell = "border-b border-gray-200 px-3 py-2 align-top";
const head = "border-b-2 border-gray-300 px-3 py-2 text-left font-semibold";

/** The development mailbox: what would have been sent, in full (demo and test data only). */
export async function DevMailboxList({ rows }: { rows: DevMailboxRow[] }) {
  const t = await getTranslations("notificationsAdmin");
  return (
    <ul className="space-y-3" data-testid="dev-mailbox">
      {rows.map((row) => (
        <li key={row.id} className="rounded-lg border border-gray-200 bg-white p-4">
          <p className="text-sm text-muted">
            {formatDateTime(row.deliveredAt)} · {t(`channel.${row.channel}`)} · {row.recipient}
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
  const t = await getTranslations("notificationsAdmin");
  const templateLabel = (template: string) => (t.has(`template.${template}`) ? t(`template.${template}`) : template);
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
      <table className="w-full text-sm" data-testid="outbox-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {(["time", "channel", "recipient", "template", "dossier", "status", "attempts", "error"] as const).map(
              (column) => (
                <th key={column} scope="col" className={head}>
                  {t(`columns.${column}`)}
                </th>
              ),
            )}
            {retry ? (
              <th scope="col" className={head}>
                {t("columns.action")}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td className={`${cell} whitespace-nowrap`}>{formatDateTime(row.createdAt)}</td>
              <td className={cell}>{t(`channel.${row.channel}`)}</td>
              <td className={`${cell} font-mono`}>{row.recipient}</td>
              <td className={cell}>{templateLabel(row.template)}</td>
              <td className={`${cell} font-mono`}>{row.dossierCode ?? "—"}</td>
              <td className={cell}>{t(`status.${row.status}`)}</td>
              <td className={`${cell} text-right tabular-nums`}>{row.attempts}</td>
              <td className={`${cell} max-w-xs break-words text-red-800`}>{row.lastError ?? ""}</td>
              {retry ? (
                <td className={cell}>
                  <RetryButton notificationId={row.id} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
