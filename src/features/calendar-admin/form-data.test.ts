import { describe, expect, it } from "vitest";
import { importDaysSchema, officeHoursSchema } from "@/domain/calendar/editing-schema";
import { importDaysFromForm, officeHoursFromForm } from "./form-data";

describe("calendar editor forms read into their schemas", () => {
  it("rebuilds and validates the office-hours form", () => {
    const form = new FormData();
    for (const weekday of [1, 2, 3, 4, 5]) {
      form.set(`days.${weekday}.morningStart`, "7:30");
      form.set(`days.${weekday}.morningEnd`, "11:30");
      form.set(`days.${weekday}.afternoonStart`, "13:30");
      form.set(`days.${weekday}.afternoonEnd`, "17:00");
    }
    form.set("cutoff", "15:00");
    form.set("note", "Giờ mùa hè");
    const parsed = officeHoursSchema.parse(officeHoursFromForm(form));
    expect(parsed.days[1]).toEqual({
      morningStart: "07:30",
      morningEnd: "11:30",
      afternoonStart: "13:30",
      afternoonEnd: "17:00",
    });
    expect(parsed.days[0]).toEqual({ morningStart: null, morningEnd: null, afternoonStart: null, afternoonEnd: null });

    form.set("days.2.morningEnd", "7:00");
    form.set("days.3.afternoonStart", "25:00");
    const refused = officeHoursSchema.safeParse(officeHoursFromForm(form));
    const paths = (refused.error?.issues ?? []).map((issue) => issue.path.join("."));
    expect(paths).toContain("days.2.morningEnd");
    expect(paths).toContain("days.3.afternoonStart");
  });
  it("refuses a week without any office hours", () => {
    const form = new FormData();
    form.set("cutoff", "15:00");
    form.set("note", "x");
    const refused = officeHoursSchema.safeParse(officeHoursFromForm(form));
    expect(refused.error?.issues[0]?.message).toBe("Cần ít nhất một ngày trong tuần có giờ làm việc.");
  });
  it("reads the import form's ticked dates", () => {
    const form = new FormData();
    form.set("year", "2026");
    form.append("dates", "2026-02-16");
    form.append("dates", "2026-02-17");
    form.set("note", "Nạp lịch 2026");
    expect(importDaysSchema.parse(importDaysFromForm(form))).toEqual({
      year: 2026,
      dates: ["2026-02-16", "2026-02-17"],
      note: "Nạp lịch 2026",
    });
    form.delete("dates");
    expect(importDaysSchema.safeParse(importDaysFromForm(form)).error?.issues[0]?.message).toBe(
      "Xin chọn ít nhất một ngày để nạp.",
    );
  });
});
