import { getFormatter, getTranslations } from "next-intl/server";

/** numerator ÷ denominator, or null when the denominator is zero (shown as N/A, never as 0 % or 100 %). */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/** A rate with two decimals in the reader's locale ("98,33 %" / "98.33%"), N/A for an empty denominator. */
export async function Rate({ numerator, denominator }: { numerator: number; denominator: number }) {
  const value = ratio(numerator, denominator);
  if (value === null) {
    const t = await getTranslations("rates");
    return <abbr title={t("notApplicableLong")}>{t("notApplicable")}</abbr>;
  }
  const format = await getFormatter();
  return <>{format.number(value, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 })}</>;
}

/** A whole number with the locale's grouping ("1.234" in Vietnamese). */
export async function Count({ value }: { value: number }) {
  const format = await getFormatter();
  return <>{format.number(value)}</>;
}
