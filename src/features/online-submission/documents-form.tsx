"use client";
// Bước 4: each component uploaded (several files allowed) or reused from the citizen's own earlier files, the review
// of everything entered (rendered by the server, passed as children), the declaration, and the one submission that
// carries the files: nothing is uploaded before it, so going back a step never uploads a file twice.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ACCEPT_ATTRIBUTE } from "@/domain/files";
import { reuseFieldName, uploadFieldName } from "@/domain/online-submission";
import { buttonClass, Button, Field, FieldError, Input, StatusMessage, useActionForm } from "@/ui/form";
import { submitOnlineAction } from "./actions";

export interface ComponentChoice {
  position: number;
  name: string;
  optional: boolean;
  uploadable: boolean;
}

export interface ReuseChoice {
  id: string;
  /** "Giấy xác nhận… — hồ sơ W1-260504-0001, 04/05/2026" */
  label: string;
}

export function DocumentsForm({
  procedureCode,
  components,
  reusable,
  backHref,
  children,
}: {
  procedureCode: string;
  components: readonly ComponentChoice[];
  reusable: readonly ReuseChoice[];
  backHref: string;
  children: React.ReactNode;
}) {
  const t = useTranslations("onlineSubmission.review");
  const {
    state: formState,
    pending: formPending,
    formProps: formFormProps,
    statusRef: formStatusRef,
    fieldError: formFieldError,
  } = useActionForm(submitOnlineAction);
  const [chosen, setChosen] = useState<Record<number, string[]>>({});
  return (
    <form {...formFormProps} className="space-y-6" aria-labelledby="documents-title" data-testid="documents-form">
      <input type="hidden" name="procedureCode" value={procedureCode} />
      <section aria-labelledby="documents-title" className="rounded-xl border border-gray-200 bg-white p-5">
        <h2 id="documents-title" className="text-xl font-semibold text-brand-700">
          {t("documentsTitle")}
        </h2>
        <FieldError id="documents-error" errors={formFieldError("documents")} />
        <ol className="mt-3 space-y-5">
          {components.map((component, index) => {
            const field = uploadFieldName(component.position);
            return (
              <li key={component.position} className="border-t border-gray-100 pt-4 first:border-t-0 first:pt-0">
                <p className="font-semibold">
                  {index + 1}. {component.name}
                  {component.optional ? <span className="ml-1 font-normal text-muted">{t("optional")}</span> : null}
                </p>
                {component.uploadable ? (
                  <>
                    <Field id={field} label={t("upload")} errors={formFieldError(field)} className="mt-2">
                      {(control) => (
                        <Input
                          {...control}
                          type="file"
                          name={field}
                          multiple
                          accept={ACCEPT_ATTRIBUTE}
                          onChange={(event) => {
                            // Read now: React clears the event's target once the handler returns.
                            const names = Array.from(event.currentTarget.files ?? []).map((file) => file.name);
                            setChosen((previous) => ({ ...previous, [component.position]: names }));
                          }}
                        />
                      )}
                    </Field>
                    {chosen[component.position]?.length ? (
                      <p className="mt-1 text-sm">{t("chosen", { names: chosen[component.position]!.join(", ") })}</p>
                    ) : null}
                    {reusable.length > 0 ? (
                      <fieldset className="mt-3">
                        <legend className="text-sm font-semibold">{t("reuse")}</legend>
                        {reusable.map((file) => (
                          <label key={file.id} className="flex items-start gap-2 py-1 text-sm">
                            <input
                              type="checkbox"
                              name={reuseFieldName(component.position)}
                              value={file.id}
                              className="mt-0.5 h-5 w-5"
                            />
                            <span>{file.label}</span>
                          </label>
                        ))}
                      </fieldset>
                    ) : null}
                  </>
                ) : (
                  <p className="mt-1 text-sm text-muted">{t("paperOnly")}</p>
                )}
              </li>
            );
          })}
        </ol>
      </section>
      {children}
      <div className="space-y-3">
        <label className="flex items-start gap-2">
          <input type="checkbox" name="confirm" className="mt-0.5 h-5 w-5" aria-describedby="confirm-error" />
          <span>{t("confirm")}</span>
        </label>
        <FieldError id="confirm-error" errors={formFieldError("confirm")} />
        <StatusMessage state={formState} ref={formStatusRef} testId="submit-status" />
        {formPending ? (
          <p role="status" className="text-sm">
            {t("submitting")}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <Link href={backHref} className={buttonClass("secondary")}>
            {t("back")}
          </Link>
          <Button type="submit" disabled={formPending}>
            {t("submit")}
          </Button>
        </div>
      </div>
    </form>
  );
}
