import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PublishedAnswers } from "@/features/feedback/published-list";
import { firstParam } from "@/lib/search-params";
import { feedbackUnits, publishedAnswers } from "@/server/data/feedback";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("feedback.published"))("title") };
}

/** Published answers to feedback, per unit, without personal data. */
export default async function PublishedFeedbackPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("feedback.published");
  const units = await feedbackUnits();
  const wanted = firstParam((await searchParams)["don-vi"]);
  const unitId = units.some((unit) => unit.id === wanted) ? wanted! : null;
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <PublishedAnswers units={units} unitId={unitId} answers={await publishedAnswers(unitId)} />
    </>
  );
}
