import { getTranslations } from "next-intl/server";
import { Button, Field, Input } from "@/ui/form";

/**
 * Public tracking entry: dossier code + second factor (last 4 digits of the phone or the key printed on the receipt),
 * sent by GET to /tra-cuu?ma=…&xac-thuc=… so the QR code on the receipt can carry both.
 */
export async function TrackingEntryForm({
  code,
  secret,
  headingLevel = 2,
  idPrefix = "tracking",
}: {
  code?: string;
  secret?: string;
  headingLevel?: 2 | 3;
  idPrefix?: string;
}) {
  const t = await getTranslations("trackingEntry");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <form
      action="/tra-cuu"
      method="get"
      className="rounded-xl border-2 border-brand-700 bg-white p-5 shadow-sm"
      aria-labelledby={`${idPrefix}-title`}
    >
      <Heading id={`${idPrefix}-title`} className="text-xl font-semibold text-brand-700">
        {t("formTitle")}
      </Heading>
      <p className="mt-1 text-sm text-muted">{t("formIntro")}</p>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <Field id={`${idPrefix}-code`} label={t("codeLabel")} hint={t("codeHint")}>
          {(control) => (
            <Input
              {...control}
              name="ma"
              required
              defaultValue={code}
              autoComplete="off"
              spellCheck={false}
              maxLength={40}
              className="uppercase"
            />
          )}
        </Field>
        <Field id={`${idPrefix}-secret`} label={t("secretLabel")} hint={t("secretHint")}>
          {(control) => (
            <Input
              {...control}
              name="xac-thuc"
              required
              defaultValue={secret}
              autoComplete="off"
              spellCheck={false}
              maxLength={40}
            />
          )}
        </Field>
      </div>
      <Button type="submit" className="mt-4">
        {t("submit")}
      </Button>
    </form>
  );
}
