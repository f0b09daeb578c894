import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TrackingEntryForm } from "@/features/catalogue/tracking-entry-form";
import { TrackingResult } from "@/features/tracking/tracking-result";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trackingEntry"))("title") };
}

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim().slice(0, 40) ?? "";

/** Tra cứu hồ sơ: the form, and the result when a code and second factor were given (the receipt's QR fills both). */
export default async function TrackingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const code = first(params.ma);
  const factor = first(params["xac-thuc"]);
  const t = await getTranslations("trackingEntry");
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="max-w-3xl">
        <TrackingEntryForm code={code} secret={factor} />
      </div>
      {code || factor ? (
        <div className="mt-8">
          <TrackingResult code={code} factor={factor} />
        </div>
      ) : null}
    </>
  );
}
