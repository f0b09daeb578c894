import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { STAFF_PAGES } from "@/domain/access";
import { OnlineQueueList } from "@/features/online-queue/queue-list";
import { requireUser } from "@/server/auth/guard";
import { loadOnlineQueue } from "@/server/data/online-queue";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("onlineQueue"))("title") };
}

export default async function OnlineQueuePage() {
  const user = await requireUser(STAFF_PAGES["/tiep-nhan/truc-tuyen"], "/tiep-nhan/truc-tuyen");
  const [t, queue] = await Promise.all([getTranslations("onlineQueue"), loadOnlineQueue(user)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <OnlineQueueList queue={queue} />
    </>
  );
}
