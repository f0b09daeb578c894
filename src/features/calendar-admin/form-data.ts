// Reads the calendar editor's forms into the shapes its schemas (domain/calendar/editing-schema) expect.
import type { Weekday } from "@/domain/calendar";

export function importDaysFromForm(formData: FormData) {
  return {
    year: formData.get("year"),
    dates: formData.getAll("dates").filter((value) => typeof value === "string"),
    note: formData.get("note") ?? undefined,
  };
}

/** Input names are "days.1.morningStart" …; this rebuilds the nested object the schema expects. */
export function officeHoursFromForm(formData: FormData) {
  const field = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const days: Record<string, Record<string, string | undefined>> = {};
  for (const weekday of [0, 1, 2, 3, 4, 5, 6] satisfies Weekday[]) {
    days[weekday] = Object.fromEntries(
      (["morningStart", "morningEnd", "afternoonStart", "afternoonEnd"] as const).map((key) => [
        key,
        field(`days.${weekday}.${key}`),
      ]),
    );
  }
  return { days, cutoff: field("cutoff"), note: field("note") };
}
