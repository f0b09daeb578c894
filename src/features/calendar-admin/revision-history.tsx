// Lịch sử phiên bản lịch: number, time, who, note; the revision in force is marked.
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/dates";
import type { RevisionRow } from "@/server/data/calendar-admin";
import { DataTable, RowHeader, tdClass as td } from "@/ui/data-table";

export async function RevisionHistory({ rows, total }: { rows: RevisionRow[]; total: number }) {
  const t = await getTranslations("calendarAdmin");
  if (rows.length === 0) return <p className="text-sm text-muted">{t("historyEmpty")}</p>;
  return (
    <div>
      <DataTable
        caption={t("historyCaption")}
        captionHidden
        columns={[t("colRevision"), t("colTime"), t("colAuthor"), t("colNote")]}
      >
        {rows.map((row) => (
          <tr
            key={row.revision}
            className={row.current ? "bg-green-50" : undefined}
            aria-current={row.current ? "true" : undefined}
          >
            <RowHeader className="whitespace-nowrap tabular-nums">
              {row.revision}
              {row.current ? (
                <span className="ml-2 rounded bg-green-700 px-2 py-0.5 text-xs font-semibold text-white">
                  {t("currentBadge")}
                </span>
              ) : null}
            </RowHeader>
            <td className={`${td} whitespace-nowrap tabular-nums`}>
              <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt)}</time>
            </td>
            <td className={td}>{row.authorName ?? t("systemAuthor")}</td>
            <td className={`${td} whitespace-pre-line`}>{row.note}</td>
          </tr>
        ))}
      </DataTable>
      {total > rows.length ? (
        <p className="mt-2 text-xs text-muted">{t("historyMore", { shown: rows.length, total })}</p>
      ) : null}
    </div>
  );
}
