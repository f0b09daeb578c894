// Vietnamese first; English second. The choice is a cookie, so URLs stay the same in both languages.
export const locales = ["vi", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "vi";
export const localeCookie = "NEXT_LOCALE";
export const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);
