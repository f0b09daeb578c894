import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { dossierCommandAction } from "@/features/dossier/actions";
import { FeedbackWarning } from "@/features/dashboard/early-warnings";
import { OfficeSummaryPanel } from "@/features/dashboard/office-summary";
import { SatisfactionSection } from "@/features/satisfaction-report/panel";
import { OfficeWorkload, REASSIGN_PARAM } from "@/features/worklists/office-workload";
import { STAFF_PAGES } from "@/domain/access";
import { requireUser } from "@/server/auth/guard";
import type { SessionUser } from "@/server/auth/session-user";
import { currentPeriods, getOfficeHeading, getOfficeSummary } from "@/server/data/dashboard";
import { warningCounts } from "@/server/data/early-warning";
import { EarlyWarnings } from "@/ui/early-warnings";
import { LoadingSkeleton } from "@/ui/loading-skeleton";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("office"))("metaTitle") };
}

async function Summary({ officeId }: { officeId: string }) {
  const summary = await getOfficeSummary(officeId);
  return summary ? <OfficeSummaryPanel summary={summary} /> : null;
}

/** The warnings once, as the worklist's strip: the due-soon threshold is spelled out by the workload table below. */
async function Warnings({ user }: { user: SessionUser }) {
  return (
    <>
      <EarlyWarnings role={user.role} counts={await warningCounts(user)} variant="strip" />
      <FeedbackWarning user={user} />
    </>
  );
}

export default async function OfficeHomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
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
  const reassign = (await searchParams)[REASSIGN_PARAM];
  return (
    <>
      <PageHeader title={t("title", { office: office.name })} description={t("intro", { unit: office.unitName })} />
      <Suspense fallback={<LoadingSkeleton />}>
        <Warnings user={user} />
      </Suspense>
      <Suspense fallback={<LoadingSkeleton />}>
        <Summary officeId={user.officeId} />
      </Suspense>
      <Suspense fallback={<LoadingSkeleton />}>
        <OfficeWorkload
          officeId={user.officeId}
          officeName={office.name}
          path="/truong-phong"
          reassignOfficerId={typeof reassign === "string" ? reassign : null}
          assignAction={dossierCommandAction}
        />
      </Suspense>
      <Suspense fallback={<LoadingSkeleton />}>
        <SatisfactionSection user={user} year={currentPeriods().year} />
      </Suspense>
    </>
  );
}
