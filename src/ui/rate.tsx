import { getFormatter, getTranslations } from "next-intl/server";

/**
 * A rate computed by src/domain/metrics, with two decimals in the reader's locale ("98,33 %" / "98.33%"); null (an
 * empty denominator) shows N/A.
 */
export async function Rate({ value }: { value: number | null }) {
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
