"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button, ErrorNote, Input, labelClass } from "@/ui/form";
import { login, type LoginState } from "./login-action";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("login");
  const [state, action, pending] = useActionState<LoginState, FormData>(login, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <div>
        <label htmlFor="username" className={labelClass}>
          {t("username")}
        </label>
        <Input
          id="username"
          name="username"
          autoComplete="username"
          autoFocus
          required
          defaultValue={state.username}
          aria-describedby={state.error ? "login-error" : undefined}
        />
      </div>
      <div>
        <label htmlFor="password" className={labelClass}>
          {t("password")}
        </label>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-describedby={state.error ? "login-error" : undefined}
        />
      </div>
      <div id="login-error" aria-live="polite" data-testid="login-error">
        {state.error ? <ErrorNote>{t(state.error, { minutes: state.minutes ?? 15 })}</ErrorNote> : null}
      </div>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
