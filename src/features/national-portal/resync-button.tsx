"use client";
import { useTranslations } from "next-intl";
import { Button, useActionForm } from "@/ui/form";
import { resyncPortalAction } from "./actions";

/** "Đồng bộ lại" for one failed row, or for all of them when messageId is absent. */
export function ResyncButton({ messageId, label }: { messageId?: string; label: string }) {
  const t = useTranslations("nationalPortal");
  const { state, pending, formProps } = useActionForm(resyncPortalAction);
  return (
    <form {...formProps}>
      {messageId ? (
        <input type="hidden" name="messageId" value={messageId} />
      ) : (
        <input type="hidden" name="all" value="1" />
      )}
      <Button type="submit" variant="secondary" size="sm" disabled={pending || state?.ok}>
        {label}
      </Button>
      <p aria-live="polite" className="text-xs">
        {state?.ok ? t("resynced") : state?.message}
      </p>
    </form>
  );
}
