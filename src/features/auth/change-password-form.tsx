"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { PASSWORD_MIN_LENGTH } from "@/domain/access/password-policy";
import { Button, Field, Input, StatusMessage, useActionForm } from "@/ui/form";
import { changePasswordAction } from "./change-password-action";

/** `continueHref`: the link on to the user's home page after the change (after a forced one, the way back to work). */
export function ChangePasswordForm({ continueHref }: { continueHref?: string }) {
  const t = useTranslations("account");
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(changePasswordAction, {
    resetOnSuccess: true,
  });
  const field = (name: "currentPassword" | "newPassword" | "confirmPassword", autoComplete: string, hint?: string) => (
    <Field id={name} label={t(name)} hint={hint} errors={fieldError(name)}>
      {(control) => (
        <Input {...control} name={name} type="password" autoComplete={autoComplete} required maxLength={256} />
      )}
    </Field>
  );
  return (
    <form {...formProps} className="max-w-md space-y-4 rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      {field("currentPassword", "current-password")}
      {field("newPassword", "new-password", t("newPasswordHint", { min: PASSWORD_MIN_LENGTH }))}
      {field("confirmPassword", "new-password")}
      <StatusMessage
        ref={statusRef}
        state={state}
        testId="change-password-status"
        success={
          state?.ok ? (
            <>
              {t("changed", { count: state.data?.endedSessions ?? 0 })}
              {continueHref ? (
                <>
                  {" "}
                  <Link href={continueHref} className="font-semibold text-blue-800 underline">
                    {t("continue")}
                  </Link>
                </>
              ) : null}
            </>
          ) : null
        }
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
