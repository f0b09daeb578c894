import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Links to each selectable year (keyboard- and screen-reader-friendly, no JavaScript needed). */
export async function YearNav({ years, current }: { years: number[]; current: number }) {
  const t = await getTranslations("calendarAdmin");
  return (
    <nav aria-label={t("yearNav")}>
      <ul className="flex flex-wrap gap-2">
        {years.map((year) => (
          <li key={year}>
            <Link
              href={`/quan-tri/lich-lam-viec?nam=${year}`}
              aria-current={year === current ? "page" : undefined}
              aria-label={t("yearLabel", { year })}
              className={
                year === current
                  ? "inline-block rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white"
                  : "inline-block rounded-md border border-gray-400 bg-white px-3 py-1.5 hover:bg-gray-100"
              }
            >
              {year}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
