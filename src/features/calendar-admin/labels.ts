// Labels built from the calendarAdmin messages: "Thứ Hai 16/02/2026" / "Monday 16/02/2026".
import { dayOfWeek, formatDateVi, type LocalDate } from "@/domain/calendar";

/** The calendarAdmin translator, from useTranslations("calendarAdmin") or getTranslations("calendarAdmin"). */
export type CalendarAdminTranslator = (key: string, values?: Record<string, string | number>) => string;

export const dayLabel = (t: CalendarAdminTranslator, date: LocalDate) =>
  `${t(`weekday.${dayOfWeek(date)}`)} ${formatDateVi(date)}`;
