// The page the platform sends the browser back to (/thanh-toan/ket-qua?ref=…): what the DATABASE says about the
// attempt, nothing more. It never changes anything: only a verified callback or a QUERY answer does. While the
// platform has not confirmed, the page refreshes itself every few seconds.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { db } from "@/server/db";
import { attemptOutcome } from "@/server/payments/overview";
import { FactList } from "@/ui/fact-list";
import { buttonClass } from "@/ui/form";
import { getLabelLocale } from "@/ui/labels";
import { formatMoney } from "./money";

export async function PaymentResult({ reference }: { reference: string }) {
  const [t, locale] = await Promise.all([getTranslations("payment.result"), getLabelLocale()]);
  const attempt = /^[A-Za-z0-9_-]{8,64}$/u.test(reference) ? await attemptOutcome(db, reference) : null;
  if (!attempt) {
    return (
      <p role="alert" className="max-w-3xl text-red-800" data-testid="payment-result">
        {t("notFound")}
      </p>
    );
  }
  const code = attempt.request.dossier.code;
  const amount = formatMoney(attempt.amount, locale);
  const requestPaid = attempt.request.status === "PAID";
  const outcome =
    attempt.status === "SUCCESS"
      ? "paid"
      : attempt.status === "FAILED"
        ? requestPaid
          ? "paidOtherwise"
          : "failed"
        : "waiting";
  const trackLink = `/tra-cuu?ma=${encodeURIComponent(code)}`;
  return (
    <div className="max-w-3xl space-y-4" data-testid="payment-result" data-outcome={outcome}>
      {outcome === "waiting" ? <meta httpEquiv="refresh" content="4" /> : null}
      <p
        role={outcome === "failed" ? "alert" : "status"}
        className={
          outcome === "failed"
            ? "rounded-lg bg-red-50 p-4 text-red-900"
            : outcome === "waiting"
              ? "rounded-lg bg-amber-50 p-4 text-amber-900"
              : "rounded-lg bg-green-50 p-4 text-green-900"
        }
      >
        {outcome === "paid"
          ? t("paid", { amount, code })
          : outcome === "paidOtherwise"
            ? t("paidOtherwise", { code })
            : t(outcome)}
      </p>
      <FactList
        className="grid gap-3 rounded-xl border border-gray-200 bg-white p-4 sm:grid-cols-3"
        facts={[
          [t("dossier"), code],
          [t("amount"), amount],
          [
            t("reference"),
            <span key="ref" className="break-all font-mono">
              {attempt.reference}
            </span>,
          ],
        ]}
      />
      <div className="flex flex-wrap gap-3">
        {outcome === "waiting" ? (
          <Link
            href={`/thanh-toan/ket-qua?ref=${encodeURIComponent(attempt.reference)}`}
            className={buttonClass("secondary")}
          >
            {t("refresh")}
          </Link>
        ) : null}
        <Link href={trackLink} className={buttonClass(outcome === "failed" ? "primary" : "secondary")}>
          {t("track")}
        </Link>
      </div>
    </div>
  );
}
