import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RatingPageBody } from "@/features/satisfaction/rating-page";
import { loadRatingPage } from "@/server/satisfaction";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("satisfaction.page"))("title"), robots: { index: false } };
}

/** Đánh giá mức độ hài lòng: reached from the receipt's QR code, the tracking page and the result notification. */
export default async function RatingPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let decoded = token;
  try {
    decoded = decodeURIComponent(token);
  } catch {
    // A malformed escape: the token is checked as given and refused.
  }
  const page = await loadRatingPage(decoded);
  const t = await getTranslations("satisfaction.page");
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <RatingPageBody token={decoded} page={page} />
    </>
  );
}
