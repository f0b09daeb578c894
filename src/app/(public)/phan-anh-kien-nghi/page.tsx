import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FeedbackForm } from "@/features/feedback/feedback-form";
import { FEEDBACK_FORM_PATH, FEEDBACK_PUBLISHED_PATH, FEEDBACK_TRACKING_PATH } from "@/features/feedback/paths";
import { ContactVerification } from "@/features/online-submission/contact-verification";
import { SessionBar } from "@/features/online-submission/online-form";
import { firstParam } from "@/lib/search-params";
import { getCitizenSession } from "@/server/citizen/session";
import { feedbackUnits } from "@/server/data/feedback";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("feedback"))("title") };
}

/** Phản ánh, kiến nghị: prove the phone or e-mail with a code (as the online channel), then the form. */
export default async function FeedbackFormPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("feedback");
  const session = await getCitizenSession();
  const dossierCode = firstParam((await searchParams)["ma-ho-so"])?.slice(0, 40);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <p className="mb-4 flex flex-wrap gap-x-4 gap-y-2 text-sm">
        <Link href={FEEDBACK_TRACKING_PATH} className="text-blue-800 underline">
          {t("trackLink")}
        </Link>
        <Link href={FEEDBACK_PUBLISHED_PATH} className="text-blue-800 underline">
          {t("publishedLink")}
        </Link>
      </p>
      {session ? (
        <>
          <SessionBar session={session} next={FEEDBACK_FORM_PATH} />
          <FeedbackForm units={await feedbackUnits()} dossierCode={dossierCode} />
        </>
      ) : (
        <ContactVerification purpose="feedback" next={FEEDBACK_FORM_PATH} />
      )}
    </>
  );
}
