// Vietnamese first; English second. The choice is a cookie, so URLs stay the same in both languages.
import { LOCALES, type Locale } from "@/lib/locale";

export type { Locale };
export const locales = LOCALES;
export const defaultLocale: Locale = "vi";
export const localeCookie = "NEXT_LOCALE";
export const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);
