"use client";
// An account's status actions on its page: deactivate or reactivate, and reset the password (the temporary password
// is shown once, here). The server refuses what would lock the administration out (src/domain/users/lockout.ts).
import { useTranslations } from "next-intl";
import { ActionCard, useActionForm } from "@/ui/form";
import { deactivateUserAction, reactivateUserAction, resetUserPasswordAction } from "./user-actions";

export function UserStatusActions({ userId, active }: { userId: string; active: boolean }) {
  const t = useTranslations("userAdmin");
  const deactivate = useActionForm(deactivateUserAction);
  const reactivate = useActionForm(reactivateUserAction);
  const reset = useActionForm(resetUserPasswordAction);
  const hidden = { userId };
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {/* A card stays after its success (the page refreshes with the new status) so its answer remains readable. */}
      {active || deactivate.state?.ok ? (
        <ActionCard
          {...deactivate}
          titleId="deactivate-title"
          title={t("deactivateTitle")}
          intro={<p className="mt-1 text-sm">{t("deactivateIntro")}</p>}
          success={t("deactivated", { count: deactivate.state?.data?.endedSessions ?? 0 })}
          statusTestId="deactivate-status"
          testId="deactivate-form"
          hidden={hidden}
          submit={active ? { label: t("deactivate"), pending: t("deactivating") } : null}
        />
      ) : null}
      {!active || reactivate.state?.ok ? (
        <ActionCard
          {...reactivate}
          titleId="reactivate-title"
          title={t("reactivateTitle")}
          intro={<p className="mt-1 text-sm">{t("reactivateIntro")}</p>}
          success={t("reactivated")}
          statusTestId="reactivate-status"
          testId="reactivate-form"
          hidden={hidden}
          submit={active ? null : { label: t("reactivate"), pending: t("reactivating") }}
        />
      ) : null}
      <ActionCard
        {...reset}
        titleId="reset-title"
        title={t("resetTitle")}
        intro={<p className="mt-1 text-sm">{t("resetIntro")}</p>}
        success={
          reset.state?.data ? (
            <div data-testid="password-reset">
              <p>{t("resetDone", { username: reset.state.data.username, count: reset.state.data.endedSessions })}</p>
              <p className="mt-2">
                {t("temporaryPassword")}:{" "}
                <code className="rounded bg-white px-2 py-1 text-base font-bold" data-testid="temporary-password">
                  {reset.state.data.temporaryPassword}
                </code>
              </p>
              <p className="mt-2">{t("temporaryPasswordNote")}</p>
            </div>
          ) : null
        }
        statusTestId="reset-status"
        testId="reset-form"
        hidden={hidden}
        submit={{ label: t("reset"), pending: t("resetting") }}
      />
    </div>
  );
}
