import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { STAFF_PAGES } from "@/domain/access";
import { OnlineCheckView } from "@/features/online-queue/check-view";
import { requireUser } from "@/server/auth/guard";
import { loadOnlineIntakeDetail } from "@/server/data/online-queue";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  const { code } = await params;
  return { title: (await getTranslations("onlineQueue"))("check.title", { code }) };
}

export default async function OnlineCheckPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const user = await requireUser(STAFF_PAGES["/tiep-nhan/truc-tuyen/[code]"], `/tiep-nhan/truc-tuyen/${code}`);
  // Another unit's registration, a received one and an unknown code get the same answer.
  const detail = await loadOnlineIntakeDetail(user, code);
  if (!detail) notFound();
  return <OnlineCheckView detail={detail} />;
}
