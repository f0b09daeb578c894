// Vietnamese public holidays (ngày nghỉ lễ, Tết), Labour Code 2019 Art. 111–112, derived by rule, plus the
// officially announced 2025–2027 adjustments used to seed the administrator-maintained calendar.
import { getLunarDate, getSolarDate } from "@dqcai/vn-lunar";
import { addCalendarDays, dayOfWeek, formatDateVi, makeLocalDate } from "./local-date";
import type { CalendarDayEntry, LocalDate } from "./types";

/** Source of the fixed-date holidays. */
const LAW = "Bộ luật Lao động 2019, Điều 112";
/** Source of the weekend → next working day rule. */
const COMPENSATION_LAW = "Bộ luật Lao động 2019, Điều 111 khoản 3";
export const VERIFY_NOTICE = "cần xác minh theo thông báo chính thức";

interface BaseHoliday {
  date: LocalDate;
  name: string;
  /** Name used for its compensatory day: "Nghỉ bù <family>". */
  family: string;
  notice?: string;
}

function isWeekend(date: LocalDate): boolean {
  const wd = dayOfWeek(date);
  return wd === 0 || wd === 6;
}

function lunarToLocalDate(day: number, month: number, year: number): LocalDate {
  const s = getSolarDate(day, month, year, false);
  if (!s || !s.year || !s.month || !s.day) throw new RangeError(`Cannot convert lunar ${day}/${month}/${year}`);
  return makeLocalDate(s.year, s.month, s.day);
}

/**
 * Tết Nguyên đán, 5 days: the last day of the old lunar year (29 or 30 tháng Chạp) plus mùng 1–4 of the new one.
 * Our choice: the government fixes the real days each year (sometimes shifting one day earlier); this is the
 * most common pattern and matches 2026 (16–20/02/2026).
 */
function tetDays(year: number): BaseHoliday[] {
  const newYear = lunarToLocalDate(1, 1, year);
  const eve = addCalendarDays(newYear, -1);
  const [ey, em, ed] = eve.split("-").map(Number) as [number, number, number];
  const eveLunarDay = getLunarDate(ed, em, ey).day;
  const family = "Tết Nguyên đán";
  return [
    { date: eve, name: `${family} (${eveLunarDay} tháng Chạp)`, family },
    ...[1, 2, 3, 4].map((n) => ({ date: addCalendarDays(newYear, n - 1), name: `${family} (mùng ${n})`, family })),
  ];
}

/**
 * Quốc khánh 2/9 plus one adjacent day (the government chooses it each year). Our rule: the day before (1/9) when
 * 2/9 is Tuesday–Saturday, the day after (3/9) when it is Sunday or Monday, so the pair touches a weekend or at
 * least a Monday–Tuesday pair — matches 2025 (01–02/09) and 2026 (01–02/09).
 */
function nationalDay(year: number): BaseHoliday[] {
  const family = "Quốc khánh";
  const day = makeLocalDate(year, 9, 2);
  const wd = dayOfWeek(day);
  const adjacent = wd === 0 || wd === 1 ? addCalendarDays(day, 1) : addCalendarDays(day, -1);
  return [
    { date: day, name: "Quốc khánh (2/9)", family, notice: LAW },
    { date: adjacent, name: "Quốc khánh (ngày liền kề)", family },
  ];
}

/**
 * Public holidays of a Gregorian year by rule (Labour Code 2019 Art. 112): 1/1; Tết Nguyên đán (5 days, see tetDays);
 * Giỗ Tổ Hùng Vương 10/3 lunar; 30/4; 1/5; Quốc khánh 2/9 + one adjacent day; from 2026 also 24/11 (Ngày Văn hóa
 * Việt Nam, to verify). A holiday on Saturday/Sunday gets a compensatory day (nghỉ bù) on the next Monday–Friday
 * that is not itself a holiday (Art. 111(3)). Weekend holidays stay in the list so the reason is visible.
 * Sorted by date. The real days off are announced yearly: use the result as a seed, not as the truth.
 */
export function deriveVietnamPublicHolidays(year: number): CalendarDayEntry[] {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) throw new RangeError(`Unsupported year ${year}`);
  const base: BaseHoliday[] = [
    { date: makeLocalDate(year, 1, 1), name: "Tết Dương lịch", family: "Tết Dương lịch", notice: LAW },
    ...tetDays(year),
    {
      date: lunarToLocalDate(10, 3, year),
      name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
      family: "Giỗ Tổ Hùng Vương",
      notice: LAW,
    },
    {
      date: makeLocalDate(year, 4, 30),
      name: "Ngày Giải phóng miền Nam, thống nhất đất nước (30/4)",
      family: "ngày 30/4",
      notice: LAW,
    },
    { date: makeLocalDate(year, 5, 1), name: "Ngày Quốc tế Lao động (1/5)", family: "ngày 1/5", notice: LAW },
    ...nationalDay(year),
  ];
  if (year >= 2026) {
    base.push({
      date: makeLocalDate(year, 11, 24),
      name: "Ngày Văn hóa Việt Nam (24/11)",
      family: "Ngày Văn hóa Việt Nam",
      notice: VERIFY_NOTICE,
    });
  }
  base.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const taken = new Set(base.map((h) => h.date));
  const out: CalendarDayEntry[] = base.map(({ date, name, notice }) =>
    notice ? { date, name, notice } : { date, name },
  );
  for (const h of base) {
    if (!isWeekend(h.date)) continue;
    let candidate = addCalendarDays(h.date, 1);
    while (isWeekend(candidate) || taken.has(candidate)) candidate = addCalendarDays(candidate, 1);
    taken.add(candidate);
    out.push({
      date: candidate,
      name: `Nghỉ bù ${h.family}`,
      notice: `${COMPENSATION_LAW}: bù cho ${h.name} trùng ${dayOfWeek(h.date) === 6 ? "thứ Bảy" : "Chủ nhật"} ${formatDateVi(h.date)}`,
    });
  }
  return sortEntries(out);
}

function sortEntries<T extends CalendarDayEntry>(entries: T[]): T[] {
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------------------------
// Seed for 2025–2027

/** Days the official announcements confirm as days off, and the weekend holidays those announcements build on. */
const OFFICIALLY_CONFIRMED: Readonly<Record<number, readonly LocalDate[]>> = {
  2025: [
    "2025-01-27",
    "2025-01-28",
    "2025-01-29",
    "2025-01-30",
    "2025-01-31",
    "2025-02-01",
    "2025-04-07",
    "2025-04-30",
    "2025-05-01",
    "2025-05-02",
    "2025-09-01",
    "2025-09-02",
  ],
  2026: [
    "2026-02-16",
    "2026-02-17",
    "2026-02-18",
    "2026-02-19",
    "2026-02-20",
    "2026-04-26",
    "2026-04-27",
    "2026-04-30",
    "2026-05-01",
    "2026-09-01",
    "2026-09-02",
  ],
};

const SOURCE_2025 = "Thông báo của Bộ Nội vụ về lịch nghỉ lễ, Tết năm 2025 đối với cán bộ, công chức, viên chức";
const SOURCE_2026 = "Thông báo của Bộ Nội vụ về lịch nghỉ lễ, Tết năm 2026 đối với cán bộ, công chức, viên chức";

/** Official facts that differ from the derivation, applied on top of it. */
const ADJUSTMENTS = {
  removeHolidays: [
    {
      date: "2025-02-03",
      why: "ngày nghỉ bù Tết theo quy tắc được chuyển lên thứ Hai 27/01/2025",
    },
  ],
  addHolidays: [
    {
      date: "2025-01-27",
      name: "Nghỉ bù Tết Nguyên đán (28 tháng Chạp)",
      notice: `${SOURCE_2025}: nghỉ bù ngày Tết trùng thứ Bảy 01/02/2025 vào thứ Hai 27/01/2025 (quy tắc cho 03/02/2025)`,
    },
    {
      date: "2025-05-02",
      name: "Nghỉ hoán đổi dịp 30/4–1/5",
      notice: `${SOURCE_2025}: nghỉ thứ Sáu 02/05/2025, làm bù thứ Bảy 26/04/2025`,
    },
  ],
  makeUpWorkdays: [
    {
      date: "2025-04-26",
      name: "Làm bù cho ngày nghỉ 02/05/2025",
      notice: `${SOURCE_2025}: làm bù thứ Bảy 26/04/2025 cho ngày nghỉ thứ Sáu 02/05/2025`,
    },
  ],
} as const;

/**
 * Seed for the stored calendar: derived holidays 2025–2027, each with a notice naming its source, with the officially
 * announced 2025 adjustments (Tết compensatory day 27/01 instead of 03/02; 02/05 off, worked back on Sat 26/04).
 * 2026 matches the derivation; 2027 is the derivation only and must be checked against the 2027 announcement.
 */
export function vietnamOfficialCalendar2025to2027(): {
  holidays: CalendarDayEntry[];
  makeUpWorkdays: CalendarDayEntry[];
} {
  const removed = new Set<LocalDate>(ADJUSTMENTS.removeHolidays.map((r) => r.date));
  const holidays: CalendarDayEntry[] = [];
  for (const year of [2025, 2026, 2027]) {
    const confirmed = new Set(OFFICIALLY_CONFIRMED[year] ?? []);
    const source = year === 2025 ? SOURCE_2025 : year === 2026 ? SOURCE_2026 : null;
    for (const h of deriveVietnamPublicHolidays(year)) {
      if (removed.has(h.date)) continue;
      holidays.push({ ...h, notice: seedNotice(h, confirmed.has(h.date) ? source : null, year) });
    }
  }
  for (const a of ADJUSTMENTS.addHolidays) holidays.push({ date: a.date, name: a.name, notice: a.notice });
  const makeUpWorkdays: CalendarDayEntry[] = ADJUSTMENTS.makeUpWorkdays.map((m) => ({
    date: m.date,
    name: m.name,
    notice: m.notice,
  }));
  return { holidays: sortEntries(holidays), makeUpWorkdays: sortEntries(makeUpWorkdays) };
}

function seedNotice(h: CalendarDayEntry, officialSource: string | null, year: number): string {
  if (h.notice === VERIFY_NOTICE) return VERIFY_NOTICE;
  const notice = h.notice ?? `${LAW}; ngày cụ thể suy ra theo quy tắc`;
  if (officialSource) return `${notice}; khớp ${officialSource}`;
  // Fixed-date holidays need no announcement; chosen days (Tết, liền kề, nghỉ bù) do.
  return h.notice === LAW ? notice : `${notice}; ${VERIFY_NOTICE} năm ${year}`;
}
