"use client";
// Bước 3: the receiving unit (any active unit of the procedure's level that receives it) and how the result is
// returned; the post needs a receiver on the two-level map (province, commune: the desk's fields). Every unit's address, hours and phone are listed, so the choice is informed.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { receiverFormValues, type DeliveryStep, type ResultDeliveryChoice } from "@/domain/online-submission";
import type { ReceivingUnit } from "@/server/online-intake/context";
import { buttonClass, Button, Field, FieldError, Input, SelectField, StatusMessage, useActionForm } from "@/ui/form";
import { ProvinceCommuneFields } from "@/ui/province-commune-fields";
import { saveDeliveryAction } from "./actions";

export function DeliveryForm({
  procedureCode,
  units,
  postalReturnAllowed,
  saved,
  backHref,
}: {
  procedureCode: string;
  units: readonly ReceivingUnit[];
  postalReturnAllowed: boolean;
  saved?: DeliveryStep;
  backHref: string;
}) {
  const t = useTranslations("onlineSubmission.delivery");
  const {
    state: formState,
    pending: formPending,
    formProps: formFormProps,
    statusRef: formStatusRef,
    fieldError: formFieldError,
  } = useActionForm(saveDeliveryAction);
  const [delivery, setDelivery] = useState<ResultDeliveryChoice>(saved?.resultDelivery ?? "AT_DESK");
  const receiver = saved && "receiver" in saved && saved.receiver ? receiverFormValues(saved.receiver) : undefined;
  const choices: ResultDeliveryChoice[] = postalReturnAllowed
    ? ["AT_DESK", "POST", "ELECTRONIC"]
    : ["AT_DESK", "ELECTRONIC"];
  return (
    <form
      {...formFormProps}
      className="max-w-2xl space-y-5"
      aria-labelledby="delivery-title"
      data-testid="delivery-form"
    >
      <h2 id="delivery-title" className="text-xl font-semibold text-brand-700">
        {t("title")}
      </h2>
      <input type="hidden" name="procedureCode" value={procedureCode} />
      <SelectField
        id="unitId"
        name="unitId"
        label={t("unit")}
        hint={t("unitHint")}
        any={t("choose")}
        choices={units.map((unit) => ({ value: unit.id, label: `${unit.kindLabel} ${unit.name}` }))}
        defaultValue={saved?.unitId ?? (units.length === 1 ? units[0]!.id : "")}
        errors={formFieldError("unitId")}
      />
      <fieldset aria-describedby="resultDelivery-error">
        <legend className="mb-1 font-semibold">{t("how")}</legend>
        {choices.map((choice) => (
          <label key={choice} className="flex items-center gap-2 py-1">
            <input
              type="radio"
              name="resultDelivery"
              value={choice}
              checked={delivery === choice}
              onChange={() => setDelivery(choice)}
              className="h-5 w-5"
            />
            {t(choice)}
          </label>
        ))}
        {!postalReturnAllowed ? <p className="text-sm text-muted">{t("postNotAllowed")}</p> : null}
        <FieldError id="resultDelivery-error" errors={formFieldError("resultDelivery")} />
      </fieldset>
      {postalReturnAllowed && delivery === "POST" ? (
        <fieldset className="space-y-3 rounded-lg border border-gray-200 p-4" aria-describedby="receiver-hint">
          <legend className="px-1 font-semibold">{t("receiverTitle")}</legend>
          <p id="receiver-hint" className="text-sm text-muted">
            {t("receiverHint")}
          </p>
          {(["receiverName", "receiverPhone"] as const).map((name) => (
            <Field key={name} id={name} label={t(name)} errors={formFieldError(name)}>
              {(control) => (
                <Input
                  {...control}
                  name={name}
                  type={name === "receiverPhone" ? "tel" : "text"}
                  inputMode={name === "receiverPhone" ? "tel" : undefined}
                  autoComplete={name === "receiverPhone" ? "tel" : "name"}
                  maxLength={200}
                  defaultValue={receiver?.[name] ?? ""}
                />
              )}
            </Field>
          ))}
          <ProvinceCommuneFields
            field={(name) => ({ id: name, errors: formFieldError(name) })}
            labels={{
              province: t("receiverProvince"),
              commune: t("receiverCommune"),
              chooseCommune: t("chooseCommune"),
              communeFreeText: t("communeFreeText"),
            }}
            defaultProvince={receiver?.receiverProvince}
            defaultCommune={receiver?.receiverCommune}
          />
          <Field id="receiverAddress" label={t("receiverAddress")} errors={formFieldError("receiverAddress")}>
            {(control) => (
              <Input
                {...control}
                name="receiverAddress"
                autoComplete="street-address"
                maxLength={300}
                defaultValue={receiver?.receiverAddress ?? ""}
              />
            )}
          </Field>
        </fieldset>
      ) : null}
      <StatusMessage state={formState} ref={formStatusRef} />
      <div className="flex flex-wrap gap-3">
        <Link href={backHref} className={buttonClass("secondary")}>
          {t("back")}
        </Link>
        <Button type="submit" disabled={formPending}>
          {t("next")}
        </Button>
      </div>
    </form>
  );
}
