// SMS length rules. Vietnamese with diacritics cannot be sent in the GSM 7-bit alphabet, so every message goes as
// UCS-2: 70 UTF-16 units in one segment, 67 per segment once concatenated. We allow two segments (2 × 67 = 134) —
// cost and delivery reliability both drop beyond that.

/** Longest SMS text we send: two concatenated UCS-2 segments. */
export const SMS_MAX_UNITS = 134;

/** Length as the operator counts it: UTF-16 code units of the NFC text (precomposed Vietnamese = 1 unit a letter). */
export const smsUnits = (text: string): number => text.normalize("NFC").length;

/** Segments a UCS-2 text needs (70 alone, 67 each when concatenated). */
export function smsSegments(text: string): number {
  const units = smsUnits(text);
  if (units === 0) return 0;
  return units <= 70 ? 1 : Math.ceil(units / 67);
}

/**
 * The first candidate that fits; candidates go from the friendliest to the shortest. If none fits (only with
 * absurdly long inputs) the last one is cut with an ellipsis, so a message is never refused for its length.
 */
export function fitSms(candidates: readonly string[], max = SMS_MAX_UNITS): string {
  const normalised = candidates.map((candidate) => candidate.normalize("NFC").replace(/\s+/gu, " ").trim());
  const fitting = normalised.find((candidate) => candidate.length <= max);
  if (fitting !== undefined) return fitting;
  const last = normalised.at(-1) ?? "";
  return `${Array.from(last)
    .slice(0, max - 1)
    .join("")}…`;
}
