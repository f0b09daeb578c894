import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { EarlyWarnings } from "@/features/dashboard/early-warnings";
import { DeskHomePanel, NewDossierButton } from "@/features/reception/desk-home";
import { STAFF_PAGES } from "@/domain/access";
import { DeskCounterSeat } from "@/features/counter-tablet/sections";
import { requireUser } from "@/server/auth/guard";
import { getReceptionSummary } from "@/server/data/dashboard";
import { LoadingSkeleton } from "@/ui/loading-skeleton";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("receptionHome"))("title") };
}

async function Summary({ unitId }: { unitId: string }) {
  return <DeskHomePanel summary={await getReceptionSummary(unitId)} />;
}

export default async function ReceptionHomePage() {
  const user = await requireUser(STAFF_PAGES["/tiep-nhan"], "/tiep-nhan");
  const t = await getTranslations("receptionHome");
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")}>
        <NewDossierButton />
      </PageHeader>
      <Suspense fallback={<LoadingSkeleton />}>
        <DeskCounterSeat user={user} />
      </Suspense>
      <Suspense fallback={<LoadingSkeleton />}>
        <EarlyWarnings user={user} />
      </Suspense>
      <Suspense fallback={<LoadingSkeleton />}>
        <Summary unitId={user.unitId} />
      </Suspense>
    </>
  );
}
