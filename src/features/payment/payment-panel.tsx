// "Thanh toán phí, lệ phí" for the citizen: phí and lệ phí separately, the total, the status as the database has it,
// and the pay button while something is owed. Rendered by the online submission's confirmation page and beside the
// tracking result; it checks the second factor itself and shows nothing without it (or when nothing is owed).
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { PAYMENT_LABELS } from "@/domain/payment";
import { formatDateTime } from "@/lib/dates";
import { db } from "@/server/db";
import { proveCitizenDossier } from "@/server/payments/citizen";
import { paymentView } from "@/server/payments/overview";
import { paymentSettings, platformConfig } from "@/server/payments/settings";
import { FactList } from "@/ui/fact-list";
import { getDomainLabels, getLabelLocale } from "@/ui/labels";
import { formatMoney } from "./money";
import { PayForm } from "./pay-form";

export async function PaymentPanel({ dossierCode, factor }: { dossierCode: string; factor: string }) {
  // The page around it has already counted a wrong pair (tracking) or just issued the pair (confirmation).
  const proven = await proveCitizenDossier({ code: dossierCode, factor }, await headers(), { countFailures: false });
  if (!proven.ok) return null;
  const view = await paymentView(db, proven.dossierId);
  if (!view) return null;
  const [t, locale, domain] = await Promise.all([
    getTranslations("payment.panel"),
    getLabelLocale(),
    getDomainLabels(),
  ]);
  const labels = PAYMENT_LABELS[locale];
  const money = (amount: number) => formatMoney(amount, locale);
  const owed = (view.status === "UNPAID" || view.status === "AWAITING") && view.dossierPayable;
  // Without a configured platform the panel says where to pay instead of offering a button that cannot work.
  const online = platformConfig(paymentSettings()) !== null;
  return (
    <section
      aria-labelledby="payment-panel-title"
      className="max-w-3xl rounded-xl border border-gray-200 bg-white p-4"
      data-testid="payment-panel"
    >
      <h2 id="payment-panel-title" className="text-lg font-semibold text-brand-700">
        {t("title")}
      </h2>
      <FactList
        className="mt-3 grid gap-3 sm:grid-cols-2"
        facts={[
          [t("fee"), money(view.feeAmount)],
          [t("charge"), money(view.chargeAmount)],
          [t("total"), money(view.total)],
          [t("timing"), domain.feeTiming(view.timing)],
          [
            t("status"),
            <span key="status" data-testid="payment-status">
              {labels.status[view.status]}
              {view.method && view.status !== "UNPAID" && view.status !== "AWAITING"
                ? ` (${labels.method[view.method]})`
                : ""}
            </span>,
          ],
        ]}
      />
      {view.status === "PAID" && view.paidAt ? (
        <p className="mt-3">{t("paidAt", { at: formatDateTime(view.paidAt) })}</p>
      ) : null}
      {view.status === "REFUNDED" && view.refundAmount ? (
        <p className="mt-3">
          {t("refunded", { amount: view.refundAmount.toLocaleString(locale === "en" ? "en-US" : "vi-VN") })}
        </p>
      ) : null}
      {view.receiptFileId ? <p className="mt-1 text-sm text-muted">{t("receipt")}</p> : null}
      {owed ? (
        <>
          {view.status === "AWAITING" ? (
            <p className="mt-3 rounded-lg bg-amber-50 p-3 text-amber-900" role="status">
              {t("awaitingHint")}
            </p>
          ) : null}
          {view.timing === "BEFORE_INTAKE" ? <p className="mt-3">{t("beforeIntake")}</p> : null}
          {online ? <PayForm code={proven.code} factor={factor} /> : <p className="mt-3">{t("payAtDesk")}</p>}
        </>
      ) : null}
    </section>
  );
}
