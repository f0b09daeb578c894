import Link from "next/link";
import type { CalendarAdminMessages } from "./messages";

/** Links to each selectable year (keyboard- and screen-reader-friendly, no JavaScript needed). */
export function YearNav({ years, current, m }: { years: number[]; current: number; m: CalendarAdminMessages }) {
  return (
    <nav aria-label={m.yearNav}>
      <ul className="flex flex-wrap gap-2">
        {years.map((year) => (
          <li key={year}>
            <Link
              href={`/quan-tri/lich-lam-viec?nam=${year}`}
              aria-current={year === current ? "page" : undefined}
              aria-label={m.yearLabel(year)}
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
