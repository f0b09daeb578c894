"use client";
// The desk's two forms: record a payment taken at the counter (cash, or a transfer with its reference) and record a
// refund (amount at most what was paid, with the reason).
import { useTranslations } from "next-intl";
import { Button, Field, Input, Select, StatusMessage, Textarea, useActionForm } from "@/ui/form";
import { recordDeskPaymentAction, refundPaymentAction } from "./payment-actions";

export function DeskPaymentForm({ dossierId }: { dossierId: string }) {
  const t = useTranslations("payment.desk");
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(recordDeskPaymentAction);
  return (
    <form {...formProps} className="space-y-3" aria-labelledby="desk-payment-record-title">
      <h3 id="desk-payment-record-title" className="font-semibold">
        {t("recordTitle")}
      </h3>
      <input type="hidden" name="dossierId" value={dossierId} />
      <Field id="desk-payment-method" label={t("method")} errors={fieldError("method")}>
        {(control) => (
          <Select {...control} name="method" defaultValue="CASH">
            <option value="CASH">{t("cash")}</option>
            <option value="TRANSFER">{t("transfer")}</option>
          </Select>
        )}
      </Field>
      <Field
        id="desk-payment-reference"
        label={t("reference")}
        hint={t("referenceHint")}
        errors={fieldError("reference")}
      >
        {(control) => <Input {...control} name="reference" maxLength={100} />}
      </Field>
      <StatusMessage ref={statusRef} state={state} success={t("recorded")} />
      <Button type="submit" disabled={pending}>
        {t("record")}
      </Button>
    </form>
  );
}

export function RefundForm({ dossierId, paid }: { dossierId: string; paid: number }) {
  const t = useTranslations("payment.desk");
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(refundPaymentAction);
  return (
    <form {...formProps} className="space-y-3" aria-labelledby="desk-payment-refund-title">
      <h3 id="desk-payment-refund-title" className="font-semibold">
        {t("refundTitle")}
      </h3>
      <input type="hidden" name="dossierId" value={dossierId} />
      <Field id="desk-refund-amount" label={t("refundAmount")} errors={fieldError("amount")}>
        {(control) => <Input {...control} name="amount" inputMode="numeric" defaultValue={String(paid)} required />}
      </Field>
      <Field id="desk-refund-reason" label={t("refundReason")} errors={fieldError("reason")}>
        {(control) => <Textarea {...control} name="reason" rows={2} maxLength={500} required />}
      </Field>
      <StatusMessage ref={statusRef} state={state} success={t("refunded")} />
      <Button type="submit" variant="danger" disabled={pending}>
        {t("refund")}
      </Button>
    </form>
  );
}
