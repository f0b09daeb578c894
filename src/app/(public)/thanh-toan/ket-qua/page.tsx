import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PaymentResult } from "@/features/payment/payment-result";
import { queryText } from "@/lib/text-input";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payment.result"))("title") };
}

/** Kết quả thanh toán: where the payment platform sends the browser back; shows, never changes. */
export default async function PaymentResultPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const reference = queryText((await searchParams).ref, 64);
  const t = await getTranslations("payment.result");
  return (
    <>
      <PageHeader title={t("title")} />
      <PaymentResult reference={reference.ok ? reference.value : ""} />
    </>
  );
}
