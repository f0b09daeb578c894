// The words of a ranking row shared by the pages, the workbook and the printed table: the change from last year and
// the unit's state. Plain functions over the messages (no Next.js), so every output says the same.
import { PAR_LABELS } from "@/domain/par-index";
import type { YearComparison } from "@/domain/par-results";
import type { Locale } from "@/lib/locale";
import type { ParRankingRow } from "@/server/data/par-results";
import en from "@/i18n/messages/parResults.en.json";
import vi from "@/i18n/messages/parResults.vi.json";

const MESSAGES = { vi, en } as const satisfies Record<Locale, typeof vi>;

/** "{name}" placeholders filled from the values. */
export const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));

/** Points in the locale: "91,13" / "91.13", at most two decimals; a sign when asked (a change). */
export function formatPoints(value: number, locale: Locale, signed = false): string {
  return new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", {
    maximumFractionDigits: 2,
    signDisplay: signed ? "exceptZero" : "auto",
  }).format(value);
}

/** The change from last year in words, naming the unit compared with when it is not the same one. */
export function comparisonText(comparison: YearComparison, locale: Locale, comparedName: string | null = null): string {
  const m = MESSAGES[locale];
  if (comparison.kind === "none")
    return comparison.reason === "merged" ? fill(m.changeMerged, { count: comparison.predecessors }) : m.changeNone;
  if (comparison.change === null) return m.changeNone;
  const change = formatPoints(comparison.change, locale, true);
  if (comparison.kind === "same") return fill(m.changeSame, { change });
  return fill(comparison.kind === "predecessor" ? m.changePredecessor : m.changeSuccessor, {
    change,
    unit: comparedName ?? "",
  });
}

/** The unit's state: finalised, provisional (with its appraisal step), or not finalised yet. */
export function statusText(row: Pick<ParRankingRow, "status" | "provisional" | "withheld">, locale: Locale): string {
  const m = MESSAGES[locale];
  const state = PAR_LABELS[locale].unitStatus[row.status];
  if (!row.provisional) return state;
  return row.withheld ? state : `${m.provisional} — ${state}`;
}
