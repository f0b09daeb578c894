import { getLocale, getTranslations } from "next-intl/server";
import { locales } from "@/i18n/locales";
import { setLocale } from "./locale-actions";

const names = { vi: "Tiếng Việt", en: "English" } as const;

export async function LocaleSwitcher() {
  const current = await getLocale();
  const t = await getTranslations("app");
  return (
    <form action={setLocale} className="flex items-center gap-1 text-sm" aria-label={t("language")}>
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          aria-pressed={locale === current}
          className={
            locale === current ? "rounded px-2 py-1 font-semibold underline" : "rounded px-2 py-1 hover:underline"
          }
        >
          {names[locale]}
        </button>
      ))}
    </form>
  );
}
