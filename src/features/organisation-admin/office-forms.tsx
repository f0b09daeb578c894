"use client";
// A unit's offices and the desk's counters, each with its own small forms (/quan-tri/don-vi/[code]): edit, deactivate
// or reopen, add. Every form is a card of its own so a phone shows one thing at a time.
import { useTranslations } from "next-intl";
import { ActionCard, Button, Field, Input, SelectField, StatusMessage, useActionForm } from "@/ui/form";
import {
  createCounterAction,
  createOfficeAction,
  editCounterAction,
  editOfficeAction,
  setCounterActiveAction,
  setOfficeActiveAction,
} from "./actions";

const KINDS = ["RECEPTION", "DEPARTMENT", "LEADERSHIP"] as const;
type OfficeKind = (typeof KINDS)[number];

function useKindChoices() {
  const t = useTranslations("organisationAdmin.officeKind");
  return KINDS.map((kind) => ({ value: kind, label: t(kind) }));
}

export function EditOfficeForm({ office }: { office: { id: string; name: string; kind: OfficeKind } }) {
  const t = useTranslations("organisationAdmin.unit");
  const tf = useTranslations("organisationAdmin.form");
  const kinds = useKindChoices();
  const form = useActionForm(editOfficeAction);
  const prefix = `office-${office.id}`;
  return (
    <ActionCard
      {...form}
      titleId={`${prefix}-edit-title`}
      title={t("editOffice", { name: office.name })}
      success={tf("saved")}
      hidden={{ officeId: office.id }}
      submit={{ label: t("saveOffice"), pending: tf("saving") }}
    >
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <Field id={`${prefix}-name`} label={t("officeName")} errors={form.fieldError("name")}>
          {(control) => <Input {...control} name="name" defaultValue={office.name} autoComplete="off" />}
        </Field>
        <SelectField
          id={`${prefix}-kind`}
          name="kind"
          label={t("officeKind")}
          choices={kinds}
          defaultValue={office.kind}
          errors={form.fieldError("kind")}
        />
      </div>
    </ActionCard>
  );
}

/** Deactivate or reopen an office or a counter: one button, its outcome beside it. */
function ActiveToggle({
  action,
  idName,
  id,
  active,
  subject,
}: {
  action: typeof setOfficeActiveAction | typeof setCounterActiveAction;
  idName: "officeId" | "counterId";
  id: string;
  active: boolean;
  subject: string;
}) {
  const t = useTranslations("organisationAdmin.unit");
  const { state, pending, formProps, statusRef } = useActionForm(action);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name={idName} value={id} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <Button
        type="submit"
        size="sm"
        variant={active ? "danger" : "secondary"}
        disabled={pending}
        aria-label={`${active ? t("deactivate") : t("reactivate")}: ${subject}`}
      >
        {active ? t("deactivate") : t("reactivate")}
      </Button>
      <StatusMessage ref={statusRef} state={state} success={active ? t("deactivated") : t("reactivated")} />
    </form>
  );
}

export function OfficeActiveToggle(props: { officeId: string; active: boolean; name: string }) {
  return (
    <ActiveToggle
      action={setOfficeActiveAction}
      idName="officeId"
      id={props.officeId}
      active={props.active}
      subject={props.name}
    />
  );
}

export function CounterActiveToggle(props: { counterId: string; active: boolean; name: string }) {
  return (
    <ActiveToggle
      action={setCounterActiveAction}
      idName="counterId"
      id={props.counterId}
      active={props.active}
      subject={props.name}
    />
  );
}

export function CreateOfficeForm({ unitId }: { unitId: string }) {
  const t = useTranslations("organisationAdmin.unit");
  const tf = useTranslations("organisationAdmin.form");
  const kinds = useKindChoices();
  const form = useActionForm(createOfficeAction, { resetOnSuccess: true });
  return (
    <ActionCard
      {...form}
      titleId="create-office-title"
      title={t("addOfficeTitle")}
      success={t("officeAdded")}
      hidden={{ unitId }}
      submit={{ label: t("addOffice"), pending: tf("saving") }}
      testId="create-office"
    >
      <div className="mt-3 grid gap-4 sm:grid-cols-3">
        <Field
          id="create-office-code"
          label={t("officeCode")}
          hint={t("officeCodeHint")}
          errors={form.fieldError("code")}
        >
          {(control) => <Input {...control} name="code" autoComplete="off" className="uppercase" />}
        </Field>
        <Field id="create-office-name" label={t("officeName")} errors={form.fieldError("name")}>
          {(control) => <Input {...control} name="name" autoComplete="off" />}
        </Field>
        <SelectField
          id="create-office-kind"
          name="kind"
          label={t("officeKind")}
          choices={kinds}
          defaultValue="DEPARTMENT"
          errors={form.fieldError("kind")}
        />
      </div>
    </ActionCard>
  );
}

function CounterFields({
  prefix,
  values,
  fieldError,
}: {
  prefix: string;
  values?: { number: number; name: string; fieldCodes: string[] };
  fieldError: (name: string) => string[];
}) {
  const t = useTranslations("organisationAdmin.unit");
  return (
    <div className="mt-3 grid gap-4 sm:grid-cols-3">
      <Field id={`${prefix}-number`} label={t("counterNumber")} errors={fieldError("number")}>
        {(control) => (
          <Input
            {...control}
            name="number"
            inputMode="numeric"
            defaultValue={values?.number}
            autoComplete="off"
            className="tabular-nums"
          />
        )}
      </Field>
      <Field id={`${prefix}-name`} label={t("counterName")} errors={fieldError("name")}>
        {(control) => <Input {...control} name="name" defaultValue={values?.name} autoComplete="off" />}
      </Field>
      <Field
        id={`${prefix}-fields`}
        label={t("counterFields")}
        hint={t("counterFieldsHint")}
        errors={fieldError("fieldCodes")}
      >
        {(control) => (
          <Input {...control} name="fieldCodes" defaultValue={values?.fieldCodes.join(", ")} autoComplete="off" />
        )}
      </Field>
    </div>
  );
}

export function CreateCounterForm({ officeId, officeName }: { officeId: string; officeName: string }) {
  const t = useTranslations("organisationAdmin.unit");
  const tf = useTranslations("organisationAdmin.form");
  const form = useActionForm(createCounterAction, { resetOnSuccess: true });
  const prefix = `counter-new-${officeId}`;
  return (
    <ActionCard
      {...form}
      titleId={`${prefix}-title`}
      title={`${t("addCounter")} — ${officeName}`}
      success={t("counterAdded")}
      hidden={{ officeId }}
      submit={{ label: t("addCounter"), pending: tf("saving") }}
    >
      <CounterFields prefix={prefix} fieldError={form.fieldError} />
    </ActionCard>
  );
}

export function EditCounterForm({
  counter,
}: {
  counter: { id: string; number: number; name: string; fieldCodes: string[] };
}) {
  const t = useTranslations("organisationAdmin.unit");
  const tf = useTranslations("organisationAdmin.form");
  const form = useActionForm(editCounterAction);
  const prefix = `counter-${counter.id}`;
  return (
    <ActionCard
      {...form}
      titleId={`${prefix}-title`}
      title={`${t("counterNumber")} ${counter.number}: ${counter.name}`}
      success={tf("saved")}
      hidden={{ counterId: counter.id }}
      submit={{ label: t("saveCounter"), pending: tf("saving") }}
    >
      <CounterFields prefix={prefix} values={counter} fieldError={form.fieldError} />
    </ActionCard>
  );
}
