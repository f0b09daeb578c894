// "Thu phí, lệ phí" on the staff dossier page: the payment request (phí, lệ phí, status, how and when paid), the
// online attempts with their raw-message counts, and, for the receiving unit's desk, the forms to record a payment
// taken at the counter or a refund. Nothing here changes the platform's word: attempts are shown as recorded.
import { getTranslations } from "next-intl/server";
import { owesNothing, PAYMENT_LABELS } from "@/domain/payment";
import { formatDateTime } from "@/lib/dates";
import { db } from "@/server/db";
import { paymentView } from "@/server/payments/overview";
import { DataTable, numClass, tdClass } from "@/ui/data-table";
import { FactList } from "@/ui/fact-list";
import { getDomainLabels, getLabelLocale } from "@/ui/labels";
import { Section } from "@/ui/section";
import { DeskPaymentForm, RefundForm } from "./desk-payment-forms";
import { formatMoney } from "./money";

export async function DeskPaymentSection({
  dossierId,
  canRecord,
}: {
  dossierId: string;
  /** The reader is a receptionist of the receiving unit (the service checks it again). */
  canRecord: boolean;
}) {
  const [view, terms, t, locale, domain] = await Promise.all([
    paymentView(db, dossierId),
    db.dossier.findUnique({
      where: { id: dossierId },
      select: { procedureVersion: { select: { feeAmount: true, chargeAmount: true, feeTiming: true } } },
    }),
    getTranslations("payment"),
    getLabelLocale(),
    getDomainLabels(),
  ]);
  const labels = PAYMENT_LABELS[locale];
  const money = (amount: number) => formatMoney(amount, locale);
  if (!view) {
    return (
      <Section title={t("desk.title")} id="thu-phi">
        <p className="text-muted">
          {terms && !owesNothing(terms.procedureVersion.feeTiming, terms.procedureVersion)
            ? t("desk.notOpened")
            : t("desk.none")}
        </p>
        {canRecord && terms && !owesNothing(terms.procedureVersion.feeTiming, terms.procedureVersion) ? (
          <div className="mt-4 max-w-md rounded-lg border border-gray-200 bg-white p-4">
            <DeskPaymentForm dossierId={dossierId} />
          </div>
        ) : null}
      </Section>
    );
  }
  const owed = view.status === "UNPAID" || view.status === "AWAITING";
  return (
    <Section title={t("desk.title")} id="thu-phi">
      <div className="rounded-lg border border-gray-200 bg-white p-4" data-testid="desk-payment">
        <FactList
          className="grid gap-3 sm:grid-cols-3"
          facts={[
            [t("panel.fee"), money(view.feeAmount)],
            [t("panel.charge"), money(view.chargeAmount)],
            [t("panel.total"), money(view.total)],
            [t("panel.timing"), domain.feeTiming(view.timing)],
            [t("panel.status"), labels.status[view.status]],
            [t("desk.method"), view.method ? labels.method[view.method] : "—"],
            [t("desk.recordedAt"), view.paidAt ? formatDateTime(view.paidAt) : "—"],
            [t("desk.reference"), view.reference ?? "—"],
          ]}
        />
        {view.extraSuccesses > 0 ? (
          <p role="alert" className="mt-3 rounded-md bg-amber-50 p-3 text-amber-900">
            {t("desk.extraSuccess", { count: view.extraSuccesses })}
          </p>
        ) : null}
      </div>
      <div className="mt-4">
        <DataTable
          caption={t("desk.attempts")}
          columns={[
            t("desk.columns.reference"),
            { header: t("desk.columns.amount"), numeric: true },
            t("desk.columns.status"),
            t("desk.columns.initiatedAt"),
            t("desk.columns.transaction"),
            { header: t("desk.columns.queries"), numeric: true },
            { header: t("desk.columns.messages"), numeric: true },
          ]}
          empty={view.attempts.length === 0 ? t("desk.attemptsEmpty") : null}
        >
          {view.attempts.map((attempt) => (
            <tr key={attempt.reference}>
              <td className={`${tdClass} font-mono`}>{attempt.reference}</td>
              <td className={numClass}>{money(attempt.amount)}</td>
              <td className={tdClass}>{labels.attemptStatus[attempt.status]}</td>
              <td className={tdClass}>{formatDateTime(attempt.initiatedAt)}</td>
              <td className={`${tdClass} font-mono`}>{attempt.platformTransactionId ?? "—"}</td>
              <td className={numClass}>{attempt.queryCount}</td>
              <td className={numClass}>
                {attempt.messages} ({attempt.invalidMessages})
              </td>
            </tr>
          ))}
        </DataTable>
      </div>
      {canRecord && (owed || view.status === "PAID") ? (
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          {owed ? (
            <div className="rounded-lg border border-gray-200 bg-white p-4">
              <DeskPaymentForm dossierId={dossierId} />
            </div>
          ) : null}
          {view.status === "PAID" ? (
            <div className="rounded-lg border border-gray-200 bg-white p-4">
              <RefundForm dossierId={dossierId} paid={view.total} />
            </div>
          ) : null}
        </div>
      ) : null}
    </Section>
  );
}
