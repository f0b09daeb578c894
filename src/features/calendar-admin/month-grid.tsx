// Month view of a year (server-rendered): weekends, days off and make-up days, each day named for screen readers,
// e.g. "Thứ Hai 16/02/2026: Tết Nguyên đán (mùng 1) (nghỉ)". Colour is never the only cue: days off are bold and
// underlined, make-up days are boxed.
import { getTranslations } from "next-intl/server";
import {
  addCalendarDays,
  dayOfWeek,
  holidayOn,
  isWorkingDay,
  makeLocalDate,
  makeUpWorkdayOn,
  type LocalDate,
  type WorkingCalendar,
} from "@/domain/calendar";
import { dayLabel, type CalendarAdminTranslator } from "./labels";
import { WEEKDAYS_MONDAY_FIRST } from "@/domain/calendar/editing";

type DayKind = "holiday" | "makeUp" | "weekend" | "working";

const cellClass: Record<DayKind, string> = {
  holiday: "bg-red-100 font-bold text-red-900 underline decoration-2 underline-offset-2",
  makeUp: "bg-blue-100 font-semibold text-blue-900 ring-2 ring-inset ring-blue-700",
  weekend: "bg-gray-100 text-gray-600",
  working: "text-ink",
};

export function describeDay(
  cal: WorkingCalendar,
  t: CalendarAdminTranslator,
  date: LocalDate,
): { kind: DayKind; label: string } {
  const label = dayLabel(t, date);
  const holiday = holidayOn(cal, date);
  if (holiday) return { kind: "holiday", label: t("dayAriaHoliday", { label, name: holiday.name }) };
  const makeUp = makeUpWorkdayOn(cal, date);
  if (makeUp) return { kind: "makeUp", label: t("dayAriaMakeUp", { label, name: makeUp.name }) };
  if (!isWorkingDay(cal, date)) return { kind: "weekend", label: t("dayAriaWeekend", { label }) };
  return { kind: "working", label: t("dayAriaWorking", { label }) };
}

/** Weeks of a month, Monday first; null = a day of the neighbouring month. */
function weeksOf(year: number, month: number): (LocalDate | null)[][] {
  const first = makeLocalDate(year, month, 1);
  const lead = (dayOfWeek(first) + 6) % 7;
  const days: (LocalDate | null)[] = Array.from({ length: lead }, () => null);
  for (let date = first; date.startsWith(first.slice(0, 8)); date = addCalendarDays(date, 1)) days.push(date);
  while (days.length % 7 !== 0) days.push(null);
  return Array.from({ length: days.length / 7 }, (_, week) => days.slice(week * 7, week * 7 + 7));
}

export async function MonthGrid({ year, calendar }: { year: number; calendar: WorkingCalendar }) {
  const t = await getTranslations("calendarAdmin");
  return (
    <div>
      <p className="mb-3 text-sm text-muted">{t("gridIntro")}</p>
      <Legend t={t} />
      <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
        {Array.from({ length: 12 }, (_, index) => index + 1).map((month) => (
          <table
            key={month}
            className="w-full table-fixed border-collapse rounded-lg bg-white text-center text-sm shadow-sm"
          >
            <caption className="py-1 text-left font-semibold">{`${t("monthName", { month })} ${year}`}</caption>
            <thead>
              <tr>
                {WEEKDAYS_MONDAY_FIRST.map((weekday) => (
                  <th key={weekday} scope="col" className="py-1 text-xs font-semibold text-muted">
                    <abbr title={t(`weekday.${weekday}`)} className="no-underline">
                      {t(`weekdayShort.${weekday}`)}
                    </abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeksOf(year, month).map((week, index) => (
                <tr key={index}>
                  {week.map((date, position) => {
                    if (!date) return <td key={`empty-${position}`} />;
                    const { kind, label } = describeDay(calendar, t, date);
                    return (
                      <td
                        key={date}
                        aria-label={label}
                        title={label}
                        className={`h-8 border border-white ${cellClass[kind]}`}
                      >
                        <time dateTime={date}>{Number(date.slice(8, 10))}</time>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </div>
  );
}

function Legend({ t }: { t: CalendarAdminTranslator }) {
  const items: [DayKind, string][] = [
    ["working", t("legendWorking")],
    ["weekend", t("legendWeekend")],
    ["holiday", t("legendHoliday")],
    ["makeUp", t("legendMakeUp")],
  ];
  return (
    <div>
      <h3 className="sr-only">{t("legendTitle")}</h3>
      <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
        {items.map(([kind, text]) => (
          <li key={kind} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className={`inline-flex size-7 items-center justify-center rounded border border-gray-200 text-xs ${cellClass[kind]}`}
            >
              16
            </span>
            {text}
          </li>
        ))}
      </ul>
    </div>
  );
}
