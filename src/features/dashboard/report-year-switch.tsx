// Which year a leadership report shows: this year by default, or one of the two before it (the 2025 arrangement sits
// there: the months before 1 July at the old units, the rest at today's). Links, so a report is a shareable address.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pillClass } from "@/ui/form";

export const REPORT_YEAR_PARAM = "nam";
/** Years a report offers: this one and this many before it. */
const YEARS_BACK = 2;

/** The year asked for in `?nam=`, when it is one the switch offers; otherwise this year. */
export function reportYearOf(value: string | undefined, currentYear: number): number {
  const year = Number(value);
  return Number.isInteger(year) && year <= currentYear && year >= currentYear - YEARS_BACK ? year : currentYear;
}

/** `path?query` with the given parameters set (the others kept), for links that change one choice of a report. */
export function reportHref(path: string, current: Record<string, string>, changes: Record<string, string>): string {
  return `${path}?${new URLSearchParams({ ...current, ...changes }).toString()}`;
}

export async function ReportYearSwitch({
  year,
  currentYear,
  path,
  query,
}: {
  year: number;
  currentYear: number;
  path: string;
  /** The report's other choices, kept in the links. */
  query: Record<string, string>;
}) {
  const t = await getTranslations("leadership");
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => currentYear - i);
  return (
    <nav aria-label={t("yearSwitchLabel")} className="mb-4" data-testid="report-year-switch">
      <ul className="flex flex-wrap gap-2">
        {years.map((option) => (
          <li key={option}>
            <Link
              href={reportHref(path, query, { [REPORT_YEAR_PARAM]: String(option) })}
              aria-current={option === year ? "page" : undefined}
              className={`${pillClass(option === year)} min-h-11`}
              scroll={false}
            >
              {t("yearOption", { year: option })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
