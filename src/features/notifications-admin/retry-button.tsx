"use client";
import { useTranslations } from "next-intl";
import { Button, useActionForm } from "@/ui/form";
import { retryNotificationAction } from "./retry-action";

export function RetryButton({ notificationId }: { notificationId: string }) {
  const t = useTranslations("notificationsAdmin");
  const { state, pending, formProps } = useActionForm(retryNotificationAction);
  return (
    <form {...formProps}>
      <input type="hidden" name="notificationId" value={notificationId} />
      <Button type="submit" variant="secondary" size="sm" disabled={pending || state?.ok}>
        {t("retry")}
      </Button>
      <p aria-live="polite" className="text-xs">
        {state?.ok ? t("retried") : state?.message}
      </p>
    </form>
  );
}
