"use server";
// Server actions of the calendar screen. Each one is a public POST endpoint: defineAction checks the ADMIN role and
// the zod schema; the edit itself (one transaction: rows + published revision + audit) lives in
// src/server/data/calendar-admin.ts. Expected refusals become UserFacingErrors; an InvalidCalendarError from
// publishCalendarRevision rolls the transaction back and its problems are shown as the message.
import { revalidatePath } from "next/cache";
import { ACTION_ROLES } from "@/domain/access";
import { defineAction, UserFacingError } from "@/server/actions/define-action";
import { InvalidCalendarError } from "@/server/data/calendar";
import {
  addCalendarDay,
  CalendarEditError,
  importStatutoryDays,
  removeCalendarDay,
  saveOfficeHours,
} from "@/server/data/calendar-admin";
import { addDaySchema, importDaysSchema, officeHoursSchema, removeDaySchema } from "@/domain/calendar/editing-schema";
import { importDaysFromForm, officeHoursFromForm } from "./form-data";

const SCREEN_PATH = "/quan-tri/lich-lam-viec";

async function publishEdit<T>(edit: () => Promise<T>): Promise<T> {
  try {
    const result = await edit();
    revalidatePath(SCREEN_PATH);
    return result;
  } catch (error) {
    if (error instanceof CalendarEditError) throw new UserFacingError(error.message, error.fieldErrors);
    if (error instanceof InvalidCalendarError) {
      throw new UserFacingError(`Lịch sau khi sửa không hợp lệ nên chưa được lưu: ${error.problems.join(" ")}`);
    }
    throw error;
  }
}

export const addCalendarDayAction = defineAction({
  roles: ACTION_ROLES.calendarAdmin,
  input: addDaySchema,
  run: (input, user) => publishEdit(() => addCalendarDay(input, user.id)),
});

export const removeCalendarDayAction = defineAction({
  roles: ACTION_ROLES.calendarAdmin,
  input: removeDaySchema,
  run: (input, user) => publishEdit(() => removeCalendarDay(input, user.id)),
});

export const saveOfficeHoursAction = defineAction({
  roles: ACTION_ROLES.calendarAdmin,
  input: officeHoursSchema,
  fromForm: officeHoursFromForm,
  run: (input, user) => publishEdit(() => saveOfficeHours(input, user.id)),
});

export const importStatutoryDaysAction = defineAction({
  roles: ACTION_ROLES.calendarAdmin,
  input: importDaysSchema,
  fromForm: importDaysFromForm,
  run: (input, user) => publishEdit(() => importStatutoryDays(input, user.id)),
});
