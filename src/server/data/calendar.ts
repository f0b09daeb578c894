import "server-only";
// The web app's access to the working calendar: src/server/calendar-store.ts with the app's database client.
import { db } from "@/server/db";
import * as store from "@/server/calendar-store";
import type { CalendarClient } from "@/server/calendar-store";

export { InvalidCalendarError, publishCalendarRevision, settingDefaults } from "@/server/calendar-store";

export const getCurrentCalendar = (client: CalendarClient = db) => store.getCurrentCalendar(client);
export const getCalendarRevision = (revision: number, client: CalendarClient = db) => store.getCalendarRevision(revision, client);
export const readEditableCalendar = (client: CalendarClient = db) => store.readEditableCalendar(client);
export const getSetting = <K extends keyof typeof store.settingDefaults>(key: K, client: CalendarClient = db) => store.getSetting(key, client);
