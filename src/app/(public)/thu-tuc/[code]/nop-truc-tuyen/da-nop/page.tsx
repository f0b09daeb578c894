import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Confirmation } from "@/features/online-submission/confirmation";
import { PaymentPanel } from "@/features/payment/payment-panel";
import { queryText } from "@/lib/text-input";
import { getCitizenSession } from "@/server/citizen/session";
import { submittedDossier } from "@/server/online-intake/context";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("onlineSubmission.done"))("title") };
}

/** The confirmation after an online submission, shown only to the verified contact that submitted the dossier. */
export default async function SubmittedPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { code } = await params;
  const session = await getCitizenSession();
  if (!session) redirect(`/thu-tuc/${code}/nop-truc-tuyen`);
  const t = await getTranslations("onlineSubmission.done");
  const dossierCode = queryText((await searchParams).ma, 40);
  const dossier =
    dossierCode.ok && dossierCode.value ? await submittedDossier(session.contactId, dossierCode.value) : null;
  return (
    <>
      <PageHeader title={t("title")} />
      {dossier ? (
        <>
          <Confirmation dossier={dossier} />
          {/* Fees owed (before intake or after the result): the pay button of the payment platform. */}
          <div className="mt-6">
            <PaymentPanel dossierCode={dossier.code} factor={dossier.trackingKey} />
          </div>
        </>
      ) : (
        <p role="alert">{t("notFound")}</p>
      )}
    </>
  );
}
