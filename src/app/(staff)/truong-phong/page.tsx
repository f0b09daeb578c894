import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { EarlyWarnings } from "@/features/dashboard/early-warnings";
import { OfficeSummaryPanel } from "@/features/dashboard/office-summary";
import { STAFF_PAGES } from "@/domain/access";
import { requireUser } from "@/server/auth/guard";
import { getOfficeHeading, getOfficeSummary } from "@/server/data/dashboard";
import { LoadingSkeleton } from "@/ui/loading-skeleton";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("office"))("metaTitle") };
}

async function Summary({ officeId }: { officeId: string }) {
  const summary = await getOfficeSummary(officeId);
  return summary ? <OfficeSummaryPanel summary={summary} /> : null;
}

export default async function OfficeHomePage() {
  const user = await requireUser(STAFF_PAGES["/truong-phong"], "/truong-phong");
  const t = await getTranslations("office");
  const office = user.officeId ? await getOfficeHeading(user.officeId) : null;
  if (!user.officeId || !office) {
    return (
      <>
        <PageHeader title={t("metaTitle")} />
        <p className="rounded-md border border-amber-600 bg-amber-50 px-4 py-3">{t("noOffice")}</p>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t("title", { office: office.name })} description={t("intro", { unit: office.unitName })} />
      <Suspense fallback={<LoadingSkeleton />}>
        <EarlyWarnings user={user} />
      </Suspense>
      <Suspense fallback={<LoadingSkeleton />}>
        <Summary officeId={user.officeId} />
      </Suspense>
    </>
  );
}
