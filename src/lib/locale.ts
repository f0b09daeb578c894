// The interface languages: Vietnamese first, English second. src/i18n picks one per request (a cookie); the
// vocabulary labels in src/domain/<area>/labels.ts are records keyed by these, so a label missing in either language
// is a compile error.
export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
