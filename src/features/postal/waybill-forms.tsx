"use client";
// The administrator's forms on the waybill page: a unit's customer code, a range of numbers, revoking one number.
import { useTranslations } from "next-intl";
import { Button, Field, Input, SelectField, StatusMessage, useActionForm } from "@/ui/form";
import { addWaybillRangeAction, revokeWaybillAction, setPostalCustomerCodeAction } from "./actions";

export function CustomerCodeForm({
  unitId,
  unitName,
  current,
}: {
  unitId: string;
  unitName: string;
  current: string | null;
}) {
  const t = useTranslations("postal.admin");
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(setPostalCustomerCodeAction);
  const id = `customerCode-${unitId}`;
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="unitId" value={unitId} />
      <Field
        id={id}
        label={<span className="sr-only">{`${t("customerCode")} — ${unitName}`}</span>}
        errors={fieldError("customerCode")}
      >
        {(control) => <Input {...control} name="customerCode" defaultValue={current ?? ""} className="w-40" />}
      </Field>
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        {t("saveCustomerCode")}
      </Button>
      <StatusMessage ref={statusRef} state={state} success={t("saved")} />
    </form>
  );
}

export function AddRangeForm({ units }: { units: readonly { id: string; name: string }[] }) {
  const t = useTranslations("postal.admin");
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(addWaybillRangeAction, {
    resetOnSuccess: true,
  });
  return (
    <form
      {...formProps}
      className="grid gap-4 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-3"
      aria-label={t("addTitle")}
    >
      <SelectField
        id="range-unit"
        name="unitId"
        label={t("unit")}
        choices={units.map((unit) => ({ value: unit.id, label: unit.name }))}
        defaultValue={units[0]?.id}
        errors={fieldError("unitId")}
      />
      <Field id="range-first" label={t("first")} hint={t("firstHint")} errors={fieldError("first")}>
        {(control) => <Input {...control} name="first" autoComplete="off" className="uppercase tabular-nums" />}
      </Field>
      <Field id="range-count" label={t("count")} errors={fieldError("count")}>
        {(control) => (
          <Input {...control} name="count" inputMode="numeric" defaultValue="100" className="tabular-nums" />
        )}
      </Field>
      <div className="sm:col-span-3">
        <Button type="submit" disabled={pending}>
          {t("add")}
        </Button>
        <StatusMessage
          ref={statusRef}
          state={state}
          success={
            state?.ok && state.data ? t("added", { added: state.data.added, skipped: state.data.skipped }) : null
          }
          className="mt-2"
        />
      </div>
    </form>
  );
}

export function RevokeButton({ waybillId, number }: { waybillId: string; number: string }) {
  const t = useTranslations("postal.admin");
  const { state, pending, formProps, statusRef } = useActionForm(revokeWaybillAction);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="waybillId" value={waybillId} />
      <Button type="submit" size="sm" variant="danger" disabled={pending} aria-label={`${t("revoke")} ${number}`}>
        {t("revoke")}
      </Button>
      <StatusMessage ref={statusRef} state={state} success={t("revoked", { number })} />
    </form>
  );
}
