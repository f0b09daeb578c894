// zod schemas of the calendar editor's inputs, with Vietnamese messages: the feature's actions validate with them and
// the data layer takes their output types. Field names match the inputs' `name`s, so an error's path is the id of the
// field it belongs to. Reading a FormData into these shapes is form glue and stays in features/calendar-admin.
import { z } from "zod";
import { formInt, idText, optionalText, requiredText, safeString } from "@/lib/text-input";
import { isLocalDate } from "./index";
import {
  checkDayHours,
  dateErrorMessage,
  hasWindows,
  MAX_YEAR,
  MIN_YEAR,
  normaliseClockTime,
  parseCalendarDate,
  WEEKDAYS_MONDAY_FIRST,
} from "./editing";

/** ghi chú thay đổi: becomes the note of the published calendar revision. */
export const changeNote = requiredText(
  1,
  500,
  {
    required: "Xin nhập ghi chú thay đổi (lý do, căn cứ).",
    min: "Xin nhập ghi chú thay đổi (lý do, căn cứ).",
    max: "Ghi chú thay đổi tối đa 500 ký tự.",
  },
  { multiline: true },
);

export const viDate = safeString("Xin nhập ngày theo dạng dd/MM/yyyy.")
  .pipe(z.string().min(1, "Xin nhập ngày theo dạng dd/MM/yyyy."))
  .transform((text, context) => {
    const parsed = parseCalendarDate(text);
    if (parsed.ok) return parsed.date;
    context.addIssue({ code: "custom", message: dateErrorMessage(parsed.error, text) });
    return z.NEVER;
  });

export const calendarDayKind = z.enum(["HOLIDAY", "MAKEUP_WORKDAY"], {
  error: "Xin chọn loại ngày: ngày nghỉ hoặc ngày làm bù.",
});

export const addDaySchema = z.object({
  date: viDate,
  kind: calendarDayKind,
  name: requiredText(1, 200, {
    required: "Xin nhập tên ngày, ví dụ: Tết Nguyên đán (mùng 1).",
    min: "Xin nhập tên ngày, ví dụ: Tết Nguyên đán (mùng 1).",
    max: "Tên ngày tối đa 200 ký tự.",
  }),
  notice: optionalText(300, "Căn cứ (thông báo) tối đa 300 ký tự.").transform((value) => value ?? null),
  confirmWeekend: z
    .string()
    .optional()
    .transform((value) => value === "on" || value === "true"),
  note: changeNote,
});
export type AddDayInput = z.output<typeof addDaySchema>;

export const removeDaySchema = z.object({
  id: idText("Không rõ ngày cần xóa."),
  note: changeNote,
});
export type RemoveDayInput = z.output<typeof removeDaySchema>;

export const importDaysSchema = z.object({
  year: formInt("Năm không hợp lệ.", { min: MIN_YEAR, max: MAX_YEAR }),
  dates: z
    .array(z.string().refine(isLocalDate, "Ngày không hợp lệ."), { error: "Xin chọn ít nhất một ngày để nạp." })
    .min(1, "Xin chọn ít nhất một ngày để nạp.")
    .max(60, "Mỗi lần nạp tối đa 60 ngày."),
  note: changeNote,
});
export type ImportDaysInput = z.output<typeof importDaysSchema>;

const clockField = safeString("Giờ không hợp lệ.")
  .optional()
  .transform((value, context) => {
    const text = (value ?? "").trim();
    if (text === "") return null;
    const time = normaliseClockTime(text);
    if (time) return time;
    context.addIssue({
      code: "custom",
      message: "Giờ phải theo dạng HH:mm (00:00–23:59), ví dụ 07:30; để trống nếu không làm buổi đó.",
    });
    return z.NEVER;
  });

const dayHours = z
  .object({ morningStart: clockField, morningEnd: clockField, afternoonStart: clockField, afternoonEnd: clockField })
  .superRefine((hours, context) => {
    for (const [field, messages] of Object.entries(checkDayHours(hours))) {
      for (const message of messages) context.addIssue({ code: "custom", path: [field], message });
    }
  });

export const officeHoursSchema = z
  .object({
    days: z.object({ 0: dayHours, 1: dayHours, 2: dayHours, 3: dayHours, 4: dayHours, 5: dayHours, 6: dayHours }),
    cutoff: safeString("Xin nhập giờ chốt theo dạng HH:mm, ví dụ 15:00.").transform((value, context) => {
      const time = normaliseClockTime(value);
      if (time) return time;
      context.addIssue({ code: "custom", message: "Xin nhập giờ chốt theo dạng HH:mm, ví dụ 15:00." });
      return z.NEVER;
    }),
    note: changeNote,
  })
  .superRefine((value, context) => {
    if (!WEEKDAYS_MONDAY_FIRST.some((weekday) => hasWindows(value.days[weekday]))) {
      context.addIssue({
        code: "custom",
        path: ["days", "1", "morningStart"],
        message: "Cần ít nhất một ngày trong tuần có giờ làm việc.",
      });
    }
  });
export type OfficeHoursInput = z.output<typeof officeHoursSchema>;
