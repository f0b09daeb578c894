// The working calendar the demo world is seeded with: revision 1 = office hours Mon–Fri 07:30–11:30, 13:30–17:00,
// cut-off 15:00, and the official holidays and make-up days of 2025–2027 from the calendar engine.
import { defaultWorkingCalendar, vietnamOfficialCalendar2025to2027, type WorkingCalendar } from "@/domain/calendar";

export const DEMO_CALENDAR_REVISION = 1;

export function demoCalendar(): WorkingCalendar {
  const { holidays, makeUpWorkdays } = vietnamOfficialCalendar2025to2027();
  return defaultWorkingCalendar({ revision: DEMO_CALENDAR_REVISION, holidays, makeUpWorkdays });
}

/** Settings an administrator may change later (values as stored JSON). */
export const DEMO_SETTINGS: Readonly<Record<string, unknown>> = {
  dueSoonWorkingDays: 1,
  rescheduleCap: 1,
  cutoff: "15:00",
};
