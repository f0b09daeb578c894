import { getTranslations } from "next-intl/server";

/**
 * Public tracking entry: dossier code + second factor (last 4 digits of the phone or the key printed on the receipt),
 * sent by GET to /tra-cuu?ma=…&xac-thuc=… so the QR code on the receipt can carry both.
 */
export async function TrackingEntryForm({ code, secret, headingLevel = 2, idPrefix = "tracking" }: { code?: string; secret?: string; headingLevel?: 2 | 3; idPrefix?: string }) {
  const t = await getTranslations("trackingEntry");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <form action="/tra-cuu" method="get" className="rounded-xl border-2 border-brand-700 bg-white p-5 shadow-sm" aria-labelledby={`${idPrefix}-title`}>
      <Heading id={`${idPrefix}-title`} className="text-xl font-semibold text-brand-700">
        {t("formTitle")}
      </Heading>
      <p className="mt-1 text-sm text-muted">{t("formIntro")}</p>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${idPrefix}-code`} className="block text-sm font-semibold">
            {t("codeLabel")}
          </label>
          <input
            id={`${idPrefix}-code`}
            name="ma"
            required
            defaultValue={code}
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            aria-describedby={`${idPrefix}-code-hint`}
            className="mt-1 w-full rounded-md border border-gray-500 px-3 py-2 uppercase"
          />
          <p id={`${idPrefix}-code-hint`} className="mt-1 text-xs text-muted">
            {t("codeHint")}
          </p>
        </div>
        <div>
          <label htmlFor={`${idPrefix}-secret`} className="block text-sm font-semibold">
            {t("secretLabel")}
          </label>
          <input
            id={`${idPrefix}-secret`}
            name="xac-thuc"
            required
            defaultValue={secret}
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            aria-describedby={`${idPrefix}-secret-hint`}
            className="mt-1 w-full rounded-md border border-gray-500 px-3 py-2"
          />
          <p id={`${idPrefix}-secret-hint`} className="mt-1 text-xs text-muted">
            {t("secretHint")}
          </p>
        </div>
      </div>
      <button type="submit" className="mt-4 rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-600">
        {t("submit")}
      </button>
    </form>
  );
}
