// Civil dates: "yyyy-MM-dd" strings of the Vietnamese calendar. A LocalDate has no zone of its own, so plain UTC Date
// maths is exact here; only turning a LocalDate into an instant needs the zone (startOfVietnamDay in ./format).

/** Civil date "yyyy-MM-dd" in Asia/Ho_Chi_Minh. Compare as strings. */
export type LocalDate = string;

const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** Parses and validates a LocalDate; throws RangeError on "2026-02-30" or a wrong shape. */
export function parseLocalDate(date: LocalDate): DateParts {
  const m = LOCAL_DATE_RE.exec(date);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day) {
      return { year, month, day };
    }
  }
  throw new RangeError(`Invalid LocalDate "${date}" (expected yyyy-MM-dd)`);
}

export function isLocalDate(value: string): boolean {
  try {
    parseLocalDate(value);
    return true;
  } catch {
    return false;
  }
}

/** The LocalDate of year/month/day; out-of-range parts roll over (30/02 → 02/03) like Date.UTC. */
export function makeLocalDate(year: number, month: number, day: number): LocalDate {
  return utcToLocalDate(new Date(Date.UTC(year, month - 1, day)));
}

/** The first day of the month `months` months after the date's month (0: its own month; negative: before). */
export function startOfMonthShifted(date: LocalDate, months: number): LocalDate {
  const { year, month } = parseLocalDate(date);
  return makeLocalDate(year, month + months, 1);
}

function utcToLocalDate(d: Date): LocalDate {
  const y = String(d.getUTCFullYear()).padStart(4, "0");
  const m = String(d.getUTCMonth() + 1).padStart(2, "0");
  const day = String(d.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${day}`;
}

/** Milliseconds of 00:00 UTC of the date: the arithmetic basis, never an instant of the Vietnamese day. */
export function localDateUtcMs(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date);
  return Date.UTC(year, month - 1, day);
}

/** Calendar days, not working days. */
export function addCalendarDays(date: LocalDate, n: number): LocalDate {
  return utcToLocalDate(new Date(localDateUtcMs(date) + n * DAY_MS));
}

/** Whole calendar days from a to b (b − a). */
export function calendarDaysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((localDateUtcMs(b) - localDateUtcMs(a)) / DAY_MS);
}

/** "dd/MM/yyyy" of a LocalDate. */
export function formatDateVi(date: LocalDate): string {
  const { year, month, day } = parseLocalDate(date);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** "dd/MM" — used in lists of days off inside one explanation. */
export function formatDayMonthVi(date: LocalDate): string {
  const { month, day } = parseLocalDate(date);
  return `${pad2(day)}/${pad2(month)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** The civil day a PostgreSQL DATE column stores (Prisma hands it over as UTC midnight of that day). */
export const dayOfDateColumn = (value: Date): LocalDate => value.toISOString().slice(0, 10);

/** The value that stores a civil day in a DATE column: UTC midnight of the day. */
export const dateColumnOf = (day: LocalDate): Date => new Date(`${day}T00:00:00.000Z`);
