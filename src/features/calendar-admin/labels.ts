// Labels built from the dictionary: "Thứ Hai 16/02/2026" / "Monday 16/02/2026".
import { dayOfWeek, formatDateVi, type LocalDate } from "@/domain/calendar";
import type { CalendarAdminMessages } from "./messages";

export const dayLabel = (m: CalendarAdminMessages, date: LocalDate) => `${m.weekdays[dayOfWeek(date)]} ${formatDateVi(date)}`;
