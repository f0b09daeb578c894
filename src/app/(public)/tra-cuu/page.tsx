import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TrackingEntryForm } from "@/features/catalogue/tracking-entry-form";
import { PaymentPanel } from "@/features/payment/payment-panel";
import { RatingInvite } from "@/features/satisfaction/rating-invite";
import { TrackingResult } from "@/features/tracking/tracking-result";
import { queryText } from "@/lib/text-input";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trackingEntry"))("title") };
}

/** Tra cứu hồ sơ: the form, and the result when a code and second factor were given (the receipt's QR fills both). */
export default async function TrackingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  // The shared boundary parser: a control character or an invisible direction mark is answered with its message
  // and never looked up.
  const typedCode = queryText(params.ma, 40);
  const typedFactor = queryText(params["xac-thuc"], 40);
  const code = typedCode.ok ? typedCode.value : "";
  const factor = typedFactor.ok ? typedFactor.value : "";
  const refused = [typedCode, typedFactor].find((typed) => !typed.ok);
  const t = await getTranslations("trackingEntry");
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="max-w-3xl">
        <TrackingEntryForm code={code} secret={factor} />
      </div>
      {refused && !refused.ok ? (
        <p className="mt-8 max-w-3xl text-red-800" role="alert" data-testid="tracking-query-error">
          {refused.message}
        </p>
      ) : code || factor ? (
        <div className="mt-8">
          <TrackingResult code={code} factor={factor} />
          {/* Phí, lệ phí and the pay button, once the pair is proven (the panel checks it again, shows nothing otherwise). */}
          <div className="mt-5">
            <PaymentPanel dossierCode={code} factor={factor} />
          </div>
          {/* Once returned: the rating page (issue 12), under the receipt's channel when the tracking key was used. */}
          <div className="mt-5">
            <RatingInvite code={code} factor={factor} />
          </div>
        </div>
      ) : null}
    </>
  );
}
