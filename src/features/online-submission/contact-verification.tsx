"use client";
// Bước 1 (and the entry of "hồ sơ của tôi"): the phone or e-mail, then the 6-digit code sent to it. Two plain forms:
// without JavaScript each posts and the page shows the answer; with it, the answer appears in place.
import { useTranslations } from "next-intl";
import type { CodePurpose } from "@/domain/online-submission";
import { Button, Field, Input, StatusMessage, useActionForm } from "@/ui/form";
import { sendCodeAction, verifyCodeAction } from "./actions";

export function ContactVerification({ purpose, next }: { purpose: CodePurpose; next: string }) {
  const t = useTranslations("onlineSubmission.contact");
  const {
    state: sendState,
    pending: sendPending,
    formProps: sendFormProps,
    statusRef: sendStatusRef,
    fieldError: sendFieldError,
  } = useActionForm(sendCodeAction);
  const {
    state: verifyState,
    pending: verifyPending,
    formProps: verifyFormProps,
    statusRef: verifyStatusRef,
    fieldError: verifyFieldError,
  } = useActionForm(verifyCodeAction);
  const sent = sendState?.ok ? sendState.data : undefined;
  return (
    <section aria-labelledby="contact-title" className="max-w-xl rounded-xl border border-gray-200 bg-white p-5">
      <h2 id="contact-title" className="text-xl font-semibold text-brand-700">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      <form {...sendFormProps} className="mt-4 space-y-3" data-testid="send-code-form">
        <input type="hidden" name="purpose" value={purpose} />
        <Field id="contact" label={t("contactLabel")} hint={t("contactHint")} errors={sendFieldError("contact")}>
          {(control) => (
            <Input
              {...control}
              name="contact"
              required
              autoComplete="tel"
              inputMode="email"
              maxLength={254}
              defaultValue={sent?.contact}
            />
          )}
        </Field>
        <StatusMessage
          state={sendState}
          ref={sendStatusRef}
          success={sent ? t("sent", { masked: sent.masked }) : null}
        />
        <Button type="submit" variant={sent ? "secondary" : "primary"} disabled={sendPending}>
          {sendPending ? t("sending") : sent ? t("resend") : t("send")}
        </Button>
      </form>
      {sent ? (
        <form
          {...verifyFormProps}
          className="mt-6 space-y-3 border-t border-gray-200 pt-4"
          data-testid="verify-code-form"
        >
          <input type="hidden" name="contact" value={sent.contact} />
          <input type="hidden" name="next" value={next} />
          <Field id="code" label={t("codeLabel")} hint={t("codeHint")} errors={verifyFieldError("code")}>
            {(control) => (
              <Input
                {...control}
                name="code"
                required
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9 ]*"
                maxLength={9}
                className="max-w-[12rem] tracking-widest"
              />
            )}
          </Field>
          <StatusMessage state={verifyState} ref={verifyStatusRef} />
          <Button type="submit" disabled={verifyPending}>
            {verifyPending ? t("verifying") : t("verify")}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
