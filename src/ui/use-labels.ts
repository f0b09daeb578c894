// The vocabulary labels in the reader's language, for client components (server components use src/ui/labels.ts).
// The words live in the domain, both languages side by side; these hooks only pick the reader's locale.
import { useLocale } from "next-intl";
import { calendarLabelsFor, type CalendarVocabulary } from "@/domain/calendar/labels";
import { defaultLocale, isLocale, type Locale } from "@/i18n/locales";

export function useLabelLocale(): Locale {
  const locale = useLocale();
  return isLocale(locale) ? locale : defaultLocale;
}

export const useCalendarLabels = (): CalendarVocabulary => calendarLabelsFor(useLabelLocale());
