"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialActionState } from "@/lib/action-state";
import { retryNotificationAction } from "./retry-action";

export function RetryButton({ notificationId }: { notificationId: string }) {
  const t = useTranslations("notificationsAdmin");
  const [state, action, pending] = useActionState(retryNotificationAction, initialActionState);
  return (
    <form action={action}>
      <input type="hidden" name="notificationId" value={notificationId} />
      <button type="submit" disabled={pending || state.ok} className="rounded-md border border-gray-400 px-2 py-1 text-sm hover:bg-gray-100 disabled:opacity-60">
        {t("retry")}
      </button>
      <p aria-live="polite" className="text-xs">
        {state.ok ? t("retried") : state.message}
      </p>
    </form>
  );
}
