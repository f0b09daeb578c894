// How the catalogue screens write a version's values (the history, the diff, the forms' choices): the vocabulary of
// src/domain/catalogue in the reader's language, money grouped by thousands, dates dd/MM/yyyy.
import { CATALOGUE_LABELS, VOCABULARIES, type TermField } from "@/domain/catalogue";
import type { Locale } from "@/lib/locale";
import { formatDateVi, isLocalDate } from "@/lib/dates";
import { groupThousands } from "@/lib/numbers";

const EN = {
  level: { PROVINCE: "Province", DISTRICT: "District", COMMUNE: "Commune" },
  durationUnit: { WORKING_DAYS: "working days", WORKING_HOURS: "working hours", SAME_DAY: "same day" },
  form: { ORIGINAL: "Original", COPY: "Copy", CERTIFIED_COPY: "Certified copy" },
} as const;

export type Vocabulary = "level" | "durationUnit" | "form" | "onlineClass" | "feeTiming";

/** The label of a code of one vocabulary. */
export function vocabularyLabel(locale: Locale, vocabulary: Vocabulary, code: string): string {
  if (vocabulary === "onlineClass" || vocabulary === "feeTiming")
    return (CATALOGUE_LABELS[locale][vocabulary] as Record<string, string>)[code] ?? code;
  const table: Record<string, string> = locale === "en" ? EN[vocabulary] : VOCABULARIES[vocabulary];
  return table[code] ?? code;
}

/** The choices of a vocabulary for a select. */
export function vocabularyChoices(locale: Locale, vocabulary: Vocabulary): { value: string; label: string }[] {
  return Object.keys(VOCABULARIES[vocabulary]).map((code) => ({
    value: code,
    label: vocabularyLabel(locale, vocabulary, code),
  }));
}

const VOCABULARY_OF: Partial<Record<TermField | "form", Vocabulary>> = {
  durationUnit: "durationUnit",
  feeTiming: "feeTiming",
  onlineClass: "onlineClass",
  form: "form",
};

/** A value of the diff as written: yes/no, money, vocabulary, date. */
export function formatValue(
  locale: Locale,
  field: string,
  value: string | number | boolean | null,
  words: { yes: string; no: string; none: string },
): string {
  if (value === null || value === "") return words.none;
  if (typeof value === "boolean") return value ? words.yes : words.no;
  const vocabulary = VOCABULARY_OF[field as TermField];
  if (vocabulary) return vocabularyLabel(locale, vocabulary, String(value));
  if ((field === "feeAmount" || field === "chargeAmount") && typeof value === "number")
    return `${groupThousands(value)} đ`;
  if (typeof value === "string" && isLocalDate(value)) return formatDateVi(value);
  return String(value);
}
