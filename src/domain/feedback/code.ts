// Mã phản ánh: PAKN-<year>-<6-digit sequence of the year>, e.g. PAKN-2026-000123 (the year of receipt, local time).

export const FEEDBACK_CODE_PATTERN = /^PAKN-\d{4}-\d{6}$/;

export function formatFeedbackCode(year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999) throw new RangeError("sequence out of range");
  return `PAKN-${year}-${String(sequence).padStart(6, "0")}`;
}

/** A code as typed by a citizen (any case, spaces around) in its stored form, or null. */
export function normaliseFeedbackCode(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  return FEEDBACK_CODE_PATTERN.test(code) ? code : null;
}
