"use client";
// The pay button: posts the dossier code and second factor to startOnlinePaymentAction, which sends the browser to
// the platform's pay page, or answers why not (the platform down, already paid…).
import { useTranslations } from "next-intl";
import { Button, StatusMessage, useActionForm } from "@/ui/form";
import { startOnlinePaymentAction } from "./payment-actions";

export function PayForm({ code, factor }: { code: string; factor: string }) {
  const t = useTranslations("payment.panel");
  const { state, pending, formProps, statusRef } = useActionForm(startOnlinePaymentAction);
  return (
    <form {...formProps} className="mt-4 space-y-2">
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="factor" value={factor} />
      <Button type="submit" size="lg" disabled={pending} className="w-full sm:w-auto" data-testid="payment-start">
        {pending ? t("paying") : t("pay")}
      </Button>
      <p className="text-sm text-muted">{t("payHint")}</p>
      <StatusMessage ref={statusRef} state={state} testId="payment-start-status" />
    </form>
  );
}
