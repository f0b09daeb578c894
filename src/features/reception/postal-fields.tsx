"use client";
// The postal parts of the desk's intake form: the parcel of a dossier that came by post (waybill, arrival time; the
// officer signed in is who took it over), and the receiver of a result to return by post, on the two-level map.
import { useTranslations } from "next-intl";
import { Field, Input } from "@/ui/form";
import { ProvinceCommuneFields } from "@/ui/province-commune-fields";
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
        <ProvinceCommuneFields
          field={field}
          labels={{
            province: t("province"),
            commune: t("commune"),
            chooseCommune: t("chooseCommune"),
            communeFreeText: t("communeFreeText"),
          }}
        />
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
