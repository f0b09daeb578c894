import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { normaliseFeedbackCode } from "@/domain/feedback";
import { CitizenFeedbackView, MyFeedbackList } from "@/features/feedback/citizen-view";
import { FEEDBACK_TRACKING_PATH, feedbackTrackingPath } from "@/features/feedback/paths";
import { ContactVerification } from "@/features/online-submission/contact-verification";
import { SessionBar } from "@/features/online-submission/online-form";
import { firstParam } from "@/lib/search-params";
import { getCitizenSession } from "@/server/citizen/session";
import { recordApplicantDataRead } from "@/server/data/audit";
import { feedbackForCitizen, feedbackOfContact } from "@/server/data/feedback";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("feedback.track"))("title") };
}

/**
 * A feedback item's page for its sender: the verified contact (a code, as the online channel) proves it is theirs;
 * without a code in the address, the list of the contact's items.
 */
export default async function FeedbackTrackingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("feedback.track");
  const params = await searchParams;
  const raw = firstParam(params.ma);
  const code = raw ? normaliseFeedbackCode(raw) : null;
  if (raw && !code) notFound();
  const session = await getCitizenSession();
  const here = code ? feedbackTrackingPath(code) : FEEDBACK_TRACKING_PATH;
  if (!session)
    return (
      <>
        <PageHeader title={t("title")} description={t("intro")} />
        <ContactVerification purpose="feedback" next={here} />
      </>
    );
  if (!code)
    return (
      <>
        <PageHeader title={t("title")} description={t("listIntro")} />
        <SessionBar session={session} next={here} />
        <MyFeedbackList items={await feedbackOfContact(session.contactId)} />
      </>
    );
  const item = await feedbackForCitizen(code, session.contactId);
  // Another contact's item and a missing one look the same.
  if (!item) notFound();
  await recordApplicantDataRead("personal_data.view_feedback", { entity: "Feedback", entityId: item.code });
  return (
    <>
      <PageHeader title={t("title")} />
      <SessionBar session={session} next={here} />
      <CitizenFeedbackView item={item} isNew={firstParam(params.moi) === "1"} />
    </>
  );
}
