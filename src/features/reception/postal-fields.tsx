"use client";
// The postal parts of the desk's intake form: the parcel of a dossier that came by post (waybill, arrival time; the
// officer signed in is who took it over), and the receiver of a result to return by post, on the two-level map.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { COMMUNES_BY_PROVINCE, DEMO_PROVINCE_CODE, PROVINCES } from "@/domain/postal";
import { Field, Input, Select } from "@/ui/form";
import { errorIdOf } from "./error-id";

type ErrorsOf = (key: string) => string[] | undefined;

export function PostalIntakeFields({ errorsOf }: { errorsOf: ErrorsOf }) {
  const t = useTranslations("postal.intake");
  return (
    <fieldset className="mt-3 rounded-md border border-gray-200 p-3">
      <legend className="px-1 font-semibold">{t("legend")}</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="postalWaybill"
          errorId={errorIdOf("postalWaybill")}
          label={t("waybill")}
          errors={errorsOf("postalWaybill")}
        >
          {(control) => (
            <Input
              {...control}
              name="postalWaybill"
              autoComplete="off"
              maxLength={30}
              className="uppercase tabular-nums"
            />
          )}
        </Field>
        <Field
          id="postalArrivedAt"
          errorId={errorIdOf("postalArrivedAt")}
          label={t("arrivedAt")}
          hint={t("arrivedAtHint")}
          errors={errorsOf("postalArrivedAt")}
        >
          {(control) => <Input {...control} name="postalArrivedAt" type="datetime-local" />}
        </Field>
      </div>
      <p className="mt-2 text-sm text-muted">{t("takenOverBy")}</p>
    </fieldset>
  );
}

export function ReturnAddressFields({ errorsOf }: { errorsOf: ErrorsOf }) {
  const t = useTranslations("postal.receiver");
  const [province, setProvince] = useState(DEMO_PROVINCE_CODE);
  const communes = COMMUNES_BY_PROVINCE[province];
  const field = (key: string) => ({ id: key, errorId: errorIdOf(key), errors: errorsOf(key) });
  return (
    <fieldset className="mt-3 rounded-md border border-gray-200 p-3">
      <legend className="px-1 font-semibold">{t("legend")}</legend>
      <p className="text-sm text-muted">{t("intro")}</p>
      <div className="mt-2 grid gap-4 sm:grid-cols-2">
        <Field {...field("receiverName")} label={t("name")}>
          {(control) => <Input {...control} name="receiverName" autoComplete="off" />}
        </Field>
        <Field {...field("receiverPhone")} label={t("phone")}>
          {(control) => <Input {...control} name="receiverPhone" type="tel" inputMode="tel" autoComplete="off" />}
        </Field>
        <Field {...field("receiverProvince")} label={t("province")}>
          {(control) => (
            <Select
              {...control}
              name="receiverProvince"
              value={province}
              onChange={(event) => setProvince(event.target.value)}
            >
              {PROVINCES.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field {...field("receiverCommune")} label={t("commune")} hint={communes ? undefined : t("communeFreeText")}>
          {(control) =>
            communes ? (
              <Select {...control} key={province} name="receiverCommune" defaultValue="">
                <option value="">{t("chooseCommune")}</option>
                {communes.map((option) => (
                  <option key={option.code} value={option.code}>
                    {option.name}
                  </option>
                ))}
              </Select>
            ) : (
              <Input {...control} key={province} name="receiverCommune" autoComplete="off" />
            )
          }
        </Field>
        <Field {...field("receiverAddress")} label={t("address")} hint={t("addressHint")} className="sm:col-span-2">
          {(control) => <Input {...control} name="receiverAddress" autoComplete="off" />}
        </Field>
        <Field {...field("receiverEmail")} label={t("email")} className="sm:col-span-2">
          {(control) => <Input {...control} name="receiverEmail" type="email" autoComplete="off" />}
        </Field>
      </div>
    </fieldset>
  );
}
