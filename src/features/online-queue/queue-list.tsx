// Hồ sơ trực tuyến chờ tiếp nhận: the registrations waiting for the desk (most urgent first, overdue ones flagged),
// and those waiting for the citizen's supplement. A server component.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/dates";
import type { OnlineQueue, OnlineQueueRow } from "@/server/data/online-queue";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";
import { Section } from "@/ui/section";

export const QUEUE_PATH = "/tiep-nhan/truc-tuyen";

type T = Awaited<ReturnType<typeof getTranslations<"onlineQueue">>>;

function OverdueBadge({ label }: { label: string }) {
  return (
    <span className="ml-1 inline-block rounded-full border border-red-800 bg-red-50 px-2 py-0.5 text-xs font-semibold text-red-900">
      {label}
    </span>
  );
}

function CodeCell({ row, t }: { row: OnlineQueueRow; t: T }) {
  return (
    <RowHeader>
      <Link
        href={`${QUEUE_PATH}/${encodeURIComponent(row.code)}`}
        className="font-semibold text-blue-800 underline"
        aria-label={t("open", { code: row.code })}
      >
        {row.code}
      </Link>
    </RowHeader>
  );
}

function CommonCells({ row, t }: { row: OnlineQueueRow; t: T }) {
  return (
    <>
      <td className={tdClass}>{row.procedureName}</td>
      <td className={tdClass}>{row.applicantName}</td>
      <td className={tdClass}>{formatDateTime(row.submittedAt)}</td>
      <td className={tdClass}>{t("age", { ...row.age })}</td>
      <td className={tdClass}>
        {formatDateTime(row.intakeDueAt)}
        {row.overdue ? <OverdueBadge label={t("overdue")} /> : null}
      </td>
    </>
  );
}

export async function OnlineQueueList({ queue }: { queue: OnlineQueue }) {
  const t = await getTranslations("onlineQueue");
  const columns = [
    t("columns.code"),
    t("columns.procedure"),
    t("columns.applicant"),
    t("columns.submittedAt"),
    t("columns.age"),
    t("columns.dueAt"),
  ];
  return (
    <>
      {queue.awaitingPayment > 0 ? (
        <p className="mb-4 rounded-md border border-gray-300 bg-white px-4 py-3 text-sm" data-testid="awaiting-payment">
          {t("awaitingPayment", { count: queue.awaitingPayment })}
        </p>
      ) : null}
      <Section id="online-waiting" title={t("waiting.title", { count: queue.waiting.length })}>
        <DataTable
          caption={t("waiting.caption")}
          captionHidden
          columns={[...columns, t("columns.components")]}
          empty={queue.waiting.length === 0 ? t("waiting.empty") : null}
          testId="online-queue"
        >
          {queue.waiting.map((row) => (
            <tr key={row.id} data-code={row.code} data-overdue={row.overdue}>
              <CodeCell row={row} t={t} />
              <CommonCells row={row} t={t} />
              <td className={tdClass}>
                {t("components", { valid: row.components.valid, total: row.components.total })}
                {row.components.invalid > 0 ? (
                  <span className="block text-red-800">
                    {t("componentsInvalid", { count: row.components.invalid })}
                  </span>
                ) : null}
                {row.answeredSupplement ? (
                  <span className="block text-green-800">
                    {t("answered", { at: formatDateTime(row.answeredSupplement.answeredAt) })}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      </Section>
      <Section id="online-awaiting-citizen" title={t("awaitingCitizen.title", { count: queue.awaitingCitizen.length })}>
        <DataTable
          caption={t("awaitingCitizen.caption")}
          captionHidden
          columns={[...columns, t("columns.notice")]}
          empty={queue.awaitingCitizen.length === 0 ? t("awaitingCitizen.empty") : null}
          testId="online-awaiting-citizen"
        >
          {queue.awaitingCitizen.map((row) => (
            <tr key={row.id} data-code={row.code}>
              <CodeCell row={row} t={t} />
              <CommonCells row={row} t={t} />
              <td className={tdClass}>
                {row.openNotice
                  ? t("noticeSent", { number: row.openNotice.number, at: formatDateTime(row.openNotice.issuedAt) })
                  : null}
              </td>
            </tr>
          ))}
        </DataTable>
      </Section>
    </>
  );
}
