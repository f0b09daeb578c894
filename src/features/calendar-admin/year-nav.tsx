import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/ui/form";

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
              className={buttonClass(year === current ? "primary" : "secondary", "sm", "inline-block")}
            >
              {year}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
