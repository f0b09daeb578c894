"use client";
import { useTranslations } from "next-intl";
import { Button, useActionForm } from "@/ui/form";
import { endUserSessionsAction } from "./end-sessions-action";

/** Stays rendered (disabled) once no session is open, so its answer remains visible after the list refreshes. */
export function EndSessionsButton({ userId, username, none }: { userId: string; username: string; none: boolean }) {
  const t = useTranslations("account");
  const { state, pending, formProps } = useActionForm(endUserSessionsAction);
  return (
    <form {...formProps}>
      <input type="hidden" name="userId" value={userId} />
      <Button
        type="submit"
        variant="secondary"
        size="sm"
        disabled={pending || none}
        aria-label={t("endSessionsOf", { username })}
      >
        {t("endSessions")}
      </Button>
      <p aria-live="polite" className="text-xs">
        {state?.ok ? t("sessionsEnded", { count: state.data?.endedSessions ?? 0 }) : state?.message}
      </p>
    </form>
  );
}
