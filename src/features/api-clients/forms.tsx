"use client";
// The administrator's forms on /quan-tri/ket-noi-api: a new API client (name, unit, permissions, optional last day)
// whose key is shown once in the answer, and revoking a client.
import { useTranslations } from "next-intl";
import { API_PERMISSION_LABELS, API_PERMISSIONS } from "@/domain/api";
import { Button, Field, FieldError, DateInput, Input, SelectField, StatusMessage, useActionForm } from "@/ui/form";
import { createApiClientAction, revokeApiClientAction } from "./actions";

export function CreateApiClientForm({
  units,
  locale,
}: {
  units: readonly { id: string; name: string }[];
  locale: "vi" | "en";
}) {
  const t = useTranslations("apiClients");
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(createApiClientAction, {
    resetOnSuccess: true,
  });
  const created = state?.ok ? state.data : null;
  return (
    <form
      {...formProps}
      className="grid gap-4 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-2"
      aria-label={t("createTitle")}
    >
      <Field id="api-client-name" label={t("name")} hint={t("nameHint")} errors={fieldError("name")}>
        {(control) => <Input {...control} name="name" autoComplete="off" />}
      </Field>
      <SelectField
        id="api-client-unit"
        name="unitId"
        label={t("unit")}
        choices={units.map((unit) => ({ value: unit.id, label: unit.name }))}
        defaultValue={units[0]?.id}
        errors={fieldError("unitId")}
      />
      <fieldset className="sm:col-span-2" aria-describedby="api-client-permissions-error">
        <legend className="mb-1 text-sm font-medium">{t("permissions")}</legend>
        {API_PERMISSIONS.map((permission) => (
          <label key={permission} className="flex items-start gap-2 py-1 text-sm">
            <input
              type="checkbox"
              name="permissions[]"
              value={permission}
              defaultChecked={permission === "dossiers:read"}
              className="mt-1 size-4"
            />
            <span>
              <code className="font-mono text-xs">{permission}</code> — {API_PERMISSION_LABELS[permission][locale]}
            </span>
          </label>
        ))}
        <FieldError id="api-client-permissions-error" errors={fieldError("permissions[]")} />
      </fieldset>
      <Field id="api-client-expires" label={t("expiresOn")} hint={t("expiresOnHint")} errors={fieldError("expiresOn")}>
        {(control) => <DateInput {...control} name="expiresOn" />}
      </Field>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("creating") : t("create")}
        </Button>
        <StatusMessage
          ref={statusRef}
          state={state}
          className="mt-3"
          testId="api-client-created"
          success={
            created ? (
              <>
                <p>{t("keyOnce")}</p>
                <p className="mt-2">
                  <span className="font-semibold">{t("keyLabel")}: </span>
                  <code className="break-all font-mono" data-testid="api-client-key">
                    {created.key}
                  </code>
                </p>
              </>
            ) : null
          }
        />
      </div>
    </form>
  );
}

export function RevokeApiClientButton({ clientId, name }: { clientId: string; name: string }) {
  const t = useTranslations("apiClients");
  const { state, pending, formProps, statusRef } = useActionForm(revokeApiClientAction);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="clientId" value={clientId} />
      <Button type="submit" size="sm" variant="danger" disabled={pending} aria-label={t("revokeLabel", { name })}>
        {t("revoke")}
      </Button>
      <StatusMessage
        ref={statusRef}
        state={state}
        success={state?.ok && state.data ? t("revoked", { prefix: state.data.keyPrefix }) : null}
      />
    </form>
  );
}
