import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DevMailboxList, OutboxTable } from "@/features/notifications-admin/notification-lists";
import { STAFF_PAGES } from "@/domain/access";
import { requireUser } from "@/server/auth/guard";
import { listDevMailbox, listOutbox } from "@/server/data/notifications";
import { PageHeader } from "@/ui/page-header";
import { Pagination, parsePage } from "@/ui/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notificationsAdmin"))("title") };
}

const TABS = ["mailbox", "outbox", "failed"] as const;
type Tab = (typeof TABS)[number];
const tabParam: Record<Tab, string> = { mailbox: "hop-thu", outbox: "hang-doi", failed: "that-bai" };

/** Thông báo gửi đi: the development mailbox, the outbox and the dead-letter list (ADMIN). */
export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser(STAFF_PAGES["/quan-tri/thong-bao"], "/quan-tri/thong-bao");
  const params = await searchParams;
  const tab = TABS.find((candidate) => tabParam[candidate] === params.xem) ?? "mailbox";
  const page = parsePage(params.trang);
  const t = await getTranslations("notificationsAdmin");
  const [mailbox, outbox] =
    tab === "mailbox"
      ? [await listDevMailbox(user, { page }), null]
      : [null, await listOutbox({ page, status: tab === "failed" ? "FAILED" : undefined })];
  const result = mailbox ?? outbox!;
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <nav aria-label={t("tabs.label")} className="mb-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          {TABS.map((candidate) => (
            <li key={candidate}>
              <Link
                href={`/quan-tri/thong-bao?xem=${tabParam[candidate]}`}
                aria-current={candidate === tab ? "page" : undefined}
                className={`inline-block rounded-full border px-3 py-1 ${candidate === tab ? "border-brand-700 bg-brand-700 font-semibold text-white" : "border-gray-400 bg-white hover:bg-gray-100"}`}
              >
                {t(`tabs.${candidate}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {tab === "mailbox" ? <p className="mb-3 text-sm text-muted">{t("mailboxIntro")}</p> : null}
      {tab === "failed" ? <p className="mb-3 text-sm text-muted">{t("failedIntro")}</p> : null}
      <p className="mb-2 text-sm" role="status" data-testid="notifications-count">
        {t("count", { count: result.total })}
      </p>
      {result.total === 0 ? (
        <p className="rounded-md border border-gray-200 bg-white px-4 py-6 text-center">{t("empty")}</p>
      ) : mailbox ? (
        <DevMailboxList rows={mailbox.rows} />
      ) : (
        <OutboxTable rows={outbox!.rows} caption={t(`tabs.${tab}`)} retry={tab === "failed"} />
      )}
      <Pagination
        path="/quan-tri/thong-bao"
        params={{ xem: tabParam[tab] }}
        page={page}
        pageSize={result.pageSize}
        total={result.total}
      />
    </>
  );
}
