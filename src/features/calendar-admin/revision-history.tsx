// Lịch sử phiên bản lịch: number, time, who, note; the revision in force is marked.
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/dates";
import type { RevisionRow } from "@/server/data/calendar-admin";

const th = "bg-gray-50 px-3 py-2 text-left font-semibold text-ink";
const td = "px-3 py-2 align-top";

export async function RevisionHistory({ rows, total }: { rows: RevisionRow[]; total: number }) {
  const t = await getTranslations("calendarAdmin");
  if (rows.length === 0) return <p className="text-sm text-muted">{t("historyEmpty")}</p>;
  return (
    <div>
      <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white" tabIndex={0} role="region" aria-label={t("historyCaption")}>
        <table className="min-w-full divide-y divide-gray-200 text-sm">
          <caption className="sr-only">{t("historyCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t("colRevision")}
              </th>
              <th scope="col" className={th}>
                {t("colTime")}
              </th>
              <th scope="col" className={th}>
                {t("colAuthor")}
              </th>
              <th scope="col" className={th}>
                {t("colNote")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {rows.map((row) => (
              <tr key={row.revision} className={row.current ? "bg-green-50" : undefined} aria-current={row.current ? "true" : undefined}>
                <th scope="row" className={`${td} whitespace-nowrap text-left tabular-nums`}>
                  {row.revision}
                  {row.current ? <span className="ml-2 rounded bg-green-700 px-2 py-0.5 text-xs font-semibold text-white">{t("currentBadge")}</span> : null}
                </th>
                <td className={`${td} whitespace-nowrap tabular-nums`}>
                  <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt)}</time>
                </td>
                <td className={td}>{row.authorName ?? t("systemAuthor")}</td>
                <td className={`${td} whitespace-pre-line`}>{row.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > rows.length ? <p className="mt-2 text-xs text-muted">{t("historyMore", { shown: rows.length, total })}</p> : null}
    </div>
  );
}
