"use client";
// Creating a unit, editing one, and setting its effective dates (/quan-tri/don-vi and a unit's page). Dates are typed
// dd/mm/yyyy; the code is fixed once created (dossier codes carry it).
import { useTranslations } from "next-intl";
import { ActionCard, Field, Input, Select, SelectField, useActionForm } from "@/ui/form";
import { createUnitAction, editUnitAction, setUnitDatesAction } from "./actions";

export interface UnitFormValues {
  id: string;
  name: string;
  kindLabel: string;
  level: "PROVINCE" | "DISTRICT" | "COMMUNE";
  parentId: string | null;
  address: string | null;
  phone: string | null;
  openingHours: string | null;
  /** dd/mm/yyyy or "" */
  effectiveFrom: string;
  effectiveTo: string;
  changeBasis: string | null;
}

interface ParentChoice {
  id: string;
  label: string;
}

const LEVELS = ["COMMUNE", "DISTRICT", "PROVINCE"] as const;

function UnitFields({
  prefix,
  values,
  parents,
  fieldError,
}: {
  prefix: string;
  values?: UnitFormValues;
  parents: readonly ParentChoice[];
  fieldError: (name: string) => string[];
}) {
  const t = useTranslations("organisationAdmin");
  const id = (name: string) => `${prefix}-${name}`;
  return (
    <div className="mt-3 grid gap-4 sm:grid-cols-2">
      <Field id={id("name")} label={t("form.name")} hint={t("form.nameHint")} errors={fieldError("name")}>
        {(control) => <Input {...control} name="name" defaultValue={values?.name} autoComplete="off" />}
      </Field>
      <Field
        id={id("kindLabel")}
        label={t("form.kindLabel")}
        hint={t("form.kindLabelHint")}
        errors={fieldError("kindLabel")}
      >
        {(control) => (
          <Input {...control} name="kindLabel" defaultValue={values?.kindLabel ?? "Phường"} autoComplete="off" />
        )}
      </Field>
      <SelectField
        id={id("level")}
        name="level"
        label={t("form.level")}
        choices={LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) }))}
        defaultValue={values?.level ?? "COMMUNE"}
        errors={fieldError("level")}
      />
      <Field id={id("parentId")} label={t("form.parent")} errors={fieldError("parentId")}>
        {(control) => (
          <Select {...control} name="parentId" defaultValue={values?.parentId ?? parents[0]?.id ?? ""}>
            <option value="">{t("form.noParent")}</option>
            {parents
              .filter((parent) => parent.id !== values?.id)
              .map((parent) => (
                <option key={parent.id} value={parent.id}>
                  {parent.label}
                </option>
              ))}
          </Select>
        )}
      </Field>
      <Field
        id={id("effectiveFrom")}
        label={t("form.effectiveFrom")}
        hint={t("form.dateHint")}
        errors={fieldError("effectiveFrom")}
      >
        {(control) => (
          <Input
            {...control}
            name="effectiveFrom"
            defaultValue={values?.effectiveFrom}
            inputMode="numeric"
            placeholder="01/07/2025"
            autoComplete="off"
          />
        )}
      </Field>
      <Field
        id={id("changeBasis")}
        label={t("form.changeBasis")}
        hint={t("form.changeBasisHint")}
        errors={fieldError("changeBasis")}
      >
        {(control) => (
          <Input {...control} name="changeBasis" defaultValue={values?.changeBasis ?? ""} autoComplete="off" />
        )}
      </Field>
      <Field id={id("address")} label={t("form.address")} errors={fieldError("address")} className="sm:col-span-2">
        {(control) => <Input {...control} name="address" defaultValue={values?.address ?? ""} autoComplete="off" />}
      </Field>
      <Field id={id("phone")} label={t("form.phone")} errors={fieldError("phone")}>
        {(control) => (
          <Input {...control} name="phone" defaultValue={values?.phone ?? ""} type="tel" autoComplete="off" />
        )}
      </Field>
      <Field id={id("openingHours")} label={t("form.openingHours")} errors={fieldError("openingHours")}>
        {(control) => (
          <Input {...control} name="openingHours" defaultValue={values?.openingHours ?? ""} autoComplete="off" />
        )}
      </Field>
    </div>
  );
}

export function CreateUnitForm({ parents }: { parents: readonly ParentChoice[] }) {
  const t = useTranslations("organisationAdmin");
  const form = useActionForm(createUnitAction, { resetOnSuccess: true });
  return (
    <ActionCard
      {...form}
      titleId="create-unit-title"
      title={t("tree.createTitle")}
      success={t("form.created")}
      submit={{ label: t("form.create"), pending: t("form.creating") }}
      testId="create-unit"
    >
      <div className="mt-3 max-w-xs">
        <Field id="create-code" label={t("form.code")} hint={t("form.codeHint")} errors={form.fieldError("code")}>
          {(control) => <Input {...control} name="code" autoComplete="off" className="uppercase" />}
        </Field>
      </div>
      <UnitFields prefix="create" parents={parents} fieldError={form.fieldError} />
    </ActionCard>
  );
}

export function EditUnitForm({ values, parents }: { values: UnitFormValues; parents: readonly ParentChoice[] }) {
  const t = useTranslations("organisationAdmin");
  const form = useActionForm(editUnitAction);
  return (
    <ActionCard
      {...form}
      titleId="edit-unit-title"
      title={t("form.editTitle")}
      success={t("form.saved")}
      hidden={{ unitId: values.id }}
      submit={{ label: t("form.save"), pending: t("form.saving") }}
      testId="edit-unit"
    >
      <UnitFields prefix="edit" values={values} parents={parents} fieldError={form.fieldError} />
    </ActionCard>
  );
}

export function UnitDatesForm({ values }: { values: UnitFormValues }) {
  const t = useTranslations("organisationAdmin");
  const form = useActionForm(setUnitDatesAction);
  return (
    <ActionCard
      {...form}
      titleId="unit-dates-title"
      title={t("form.datesTitle")}
      intro={<p className="mt-1 text-sm text-muted">{t("form.datesIntro")}</p>}
      success={t("form.saved")}
      hidden={{ unitId: values.id }}
      submit={{ label: t("form.saveDates"), pending: t("form.saving") }}
      testId="unit-dates"
    >
      <div className="mt-3 grid gap-4 sm:grid-cols-3">
        <Field
          id="dates-from"
          label={t("form.effectiveFrom")}
          hint={t("form.dateHint")}
          errors={form.fieldError("effectiveFrom")}
        >
          {(control) => (
            <Input
              {...control}
              name="effectiveFrom"
              defaultValue={values.effectiveFrom}
              inputMode="numeric"
              autoComplete="off"
            />
          )}
        </Field>
        <Field
          id="dates-to"
          label={t("form.effectiveTo")}
          hint={t("form.effectiveToHint")}
          errors={form.fieldError("effectiveTo")}
        >
          {(control) => (
            <Input
              {...control}
              name="effectiveTo"
              defaultValue={values.effectiveTo}
              inputMode="numeric"
              autoComplete="off"
            />
          )}
        </Field>
        <Field id="dates-basis" label={t("form.changeBasis")} errors={form.fieldError("changeBasis")}>
          {(control) => (
            <Input {...control} name="changeBasis" defaultValue={values.changeBasis ?? ""} autoComplete="off" />
          )}
        </Field>
      </div>
    </ActionCard>
  );
}
