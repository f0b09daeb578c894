import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DossierView } from "@/features/dossier/dossier-view";
import { OnlineIntakeNote } from "@/features/online-queue/online-intake-note";
import { PostalSection } from "@/features/postal/postal-section";
import { DeskPaymentSection } from "@/features/payment/desk-payment-section";
import { DigitisationSection } from "@/features/digitisation/digitisation-section";
import { ElectronicResultSection } from "@/features/e-result/result-section";
import { DossierFeedbackSection } from "@/features/feedback/dossier-feedback";
import { DossierRatingsSection } from "@/features/satisfaction/dossier-ratings";
import { DossierQualitySection } from "@/features/dossier/quality-section";
import { ACTION_ROLES, hasRole, STAFF_PAGES } from "@/domain/access";
import { readableUnitIds, requireUser } from "@/server/auth/guard";
import { loadDossierPage } from "@/server/data/dossier-page";
import { isOversightRole } from "@/domain/dossier";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  const { code } = await params;
  return { title: (await getTranslations("dossier"))("title", { code }) };
}

export default async function DossierPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const user = await requireUser(STAFF_PAGES["/ho-so/[code]"], `/ho-so/${code}`);
  // Leaders and inspectors read the units below theirs too (oversight, read-only: src/domain/dossier/permissions.ts).
  const readable = isOversightRole(user.role) ? await readableUnitIds(user) : [user.unitId];
  const data = await loadDossierPage(user, code, { readableUnitIds: readable });
  // Missing and out-of-scope dossiers look the same, so a code's existence never leaks.
  if (!data) notFound();
  const t = await getTranslations("dossier.oversight");
  return (
    <>
      {data.oversight ? (
        <aside
          role="note"
          aria-labelledby="oversight-note"
          className="mb-4 rounded-md border border-sky-300 bg-sky-50 px-4 py-3"
        >
          <p id="oversight-note" className="font-semibold">
            {t("title")}
          </p>
          <p className="text-sm">{t("body")}</p>
        </aside>
      ) : null}
      <DossierView data={data} canAct={!data.oversight && hasRole(ACTION_ROLES.dossierCommand, user.role)} />
      <OnlineIntakeNote user={user} dossier={data.dossier} />
      <PostalSection user={user} dossierId={data.dossier.id} readableUnitIds={readable} />
      <ElectronicResultSection user={user} dossierId={data.dossier.id} readableUnitIds={readable} />
      <DigitisationSection user={user} dossierId={data.dossier.id} readableUnitIds={readable} />
      <DeskPaymentSection
        dossierId={data.dossier.id}
        canRecord={
          !data.oversight &&
          hasRole(ACTION_ROLES.recordDeskPayment, user.role) &&
          data.dossier.receivedUnitId === user.unitId
        }
      />
      <DossierRatingsSection dossierId={data.dossier.id} />
      <DossierFeedbackSection user={user} dossierId={data.dossier.id} />
      <DossierQualitySection user={user} dossier={data.dossier} />
    </>
  );
}
