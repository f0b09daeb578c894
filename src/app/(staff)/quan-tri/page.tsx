import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { AdminOverviewPanel } from "@/features/admin/admin-overview";
import { STAFF_PAGES } from "@/domain/access";
import { requireUser } from "@/server/auth/guard";
import { getAdminOverview } from "@/server/data/users";
import { LoadingSkeleton } from "@/ui/loading-skeleton";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

async function Overview() {
  return <AdminOverviewPanel overview={await getAdminOverview()} />;
}

export default async function AdminHomePage() {
  await requireUser(STAFF_PAGES["/quan-tri"], "/quan-tri");
  const t = await getTranslations("admin");
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <Suspense fallback={<LoadingSkeleton />}>
        <Overview />
      </Suspense>
    </>
  );
}
