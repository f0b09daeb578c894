import { beforeAll, describe, expect, it } from "vitest";
import { computeAppointment, localDateTime, type WorkingCalendar } from "../../src/domain/calendar";
import {
  addDaySchema,
  importDaysSchema,
  officeHoursSchema,
  removeDaySchema,
} from "../../src/domain/calendar/editing-schema";
import { InvalidCalendarError, getCalendarRevision } from "../../src/server/data/calendar";
import {
  CalendarEditError,
  addCalendarDay,
  importStatutoryDays,
  listCalendarDays,
  listCalendarRevisions,
  previewStatutoryDays,
  readOfficeHoursForm,
  removeCalendarDay,
  saveOfficeHours,
} from "../../src/server/data/calendar-admin";
import { useTestDb } from "../support/db";
import { createTestWorld, type TestWorld } from "../support/fixtures";

// The administrator's calendar editor: every edit publishes a new immutable revision in the same transaction, old
// revisions keep old appointments, and refused edits change nothing (no rows, no revision, no audit entry).
// Test files share one database: this file works in years no other file uses (2093, 2094, 2028).
describe("calendar administration", () => {
  const db = useTestDb();
  let world: TestWorld;
  let adminId: string;

  const latestRevision = async () =>
    (await db.calendarRevision.findFirst({ orderBy: { revision: "desc" } }))?.revision ?? 0;
  const revisionCount = () => db.calendarRevision.count();
  const auditCount = (action: string) => db.auditEntry.count({ where: { action, actorId: adminId } });
  const snapshotOf = async (revision: number) =>
    (await db.calendarRevision.findUniqueOrThrow({ where: { revision } })).snapshot as unknown as WorkingCalendar;

  const addDay = (fields: Record<string, string>) =>
    addCalendarDay(addDaySchema.parse({ note: "Theo thông báo", ...fields }), adminId, db);

  const weekHoursForm = (overrides: Record<string, string> = {}) => {
    const days: Record<string, Record<string, string>> = {};
    for (const weekday of [0, 1, 2, 3, 4, 5, 6]) {
      const open = weekday >= 1 && weekday <= 5;
      days[weekday] = open
        ? { morningStart: "07:30", morningEnd: "11:30", afternoonStart: "13:30", afternoonEnd: "17:00" }
        : { morningStart: "", morningEnd: "", afternoonStart: "", afternoonEnd: "" };
    }
    for (const [path, value] of Object.entries(overrides)) {
      const [weekday, key] = path.split(".") as [string, string];
      days[weekday]![key] = value;
    }
    return { days, cutoff: "15:00", note: "Cập nhật giờ làm việc" };
  };

  beforeAll(async () => {
    world = await createTestWorld(db);
    adminId = world.users.admin.id;
  });

  it("adding a holiday publishes revision N+1 whose snapshot contains it, with an audit entry", async () => {
    const before = await latestRevision();
    const result = await addDay({
      date: "05/03/2093",
      kind: "HOLIDAY",
      name: "Ngày nghỉ thử",
      notice: "Thông báo 1/TB-THU",
    });
    expect(result.revision).toBe(before + 1);
    const snapshot = await snapshotOf(result.revision);
    expect(snapshot.holidays).toContainEqual({
      date: "2093-03-05",
      name: "Ngày nghỉ thử",
      notice: "Thông báo 1/TB-THU",
    });
    const revisionRow = await db.calendarRevision.findUniqueOrThrow({ where: { revision: result.revision } });
    expect(revisionRow).toMatchObject({ note: "Theo thông báo", createdBy: adminId });
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { action: "calendar.add_day", actorId: adminId },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({
      entity: "CalendarDay",
      detail: expect.objectContaining({ date: "2093-03-05", kind: "HOLIDAY", revision: result.revision }),
    });
    expect((await listCalendarDays(2093, db)).map((day) => day.date)).toContain("2093-03-05");
    const history = await listCalendarRevisions(5, db);
    expect(history.rows[0]).toMatchObject({
      revision: result.revision,
      current: true,
      authorName: world.users.admin.fullName,
    });
  });

  it("an appointment computed with the old revision stays the same while the new revision moves it", async () => {
    const oldRevision = await latestRevision();
    const oldCalendar = await getCalendarRevision(oldRevision, db);
    // Wednesday 06/05/2093 10:00, 3 working days: Thu 07, Fri 08, Mon 11/05 → 17:00 11/05/2093.
    const request = {
      receivedAt: localDateTime(oldCalendar, "2093-05-06", "10:00"),
      duration: { value: 3, unit: "WORKING_DAYS" as const },
    };
    const before = computeAppointment(oldCalendar, request);
    expect(before.explanation).toBe("3 ngày làm việc kể từ 06/05/2093; hẹn trả 17:00 11/05/2093");

    const { revision } = await addDay({ date: "08/05/2093", kind: "HOLIDAY", name: "Nghỉ thử thứ Sáu" });
    const newCalendar = await getCalendarRevision(revision, db);
    const after = computeAppointment(newCalendar, request);
    expect(after.explanation).toBe("3 ngày làm việc kể từ 06/05/2093; nghỉ 08/05; hẹn trả 17:00 12/05/2093");
    expect(after.calendarRevision).toBe(revision);

    // The stored old revision is untouched: recomputing with it gives the old appointment.
    const reread = await snapshotOf(oldRevision);
    expect(computeAppointment({ ...reread, revision: oldRevision }, request)).toEqual(before);
  });

  it("refuses a date that already has an entry, and writes no revision", async () => {
    const [revisions, audits] = await Promise.all([revisionCount(), auditCount("calendar.add_day")]);
    const attempt = addDay({ date: "05/03/2093", kind: "HOLIDAY", name: "Trùng" });
    await expect(attempt).rejects.toBeInstanceOf(CalendarEditError);
    await expect(attempt).rejects.toMatchObject({
      fieldErrors: { date: [expect.stringContaining("Thứ Năm 05/03/2093 đã có trong lịch")] },
    });
    expect(await revisionCount()).toBe(revisions);
    expect(await auditCount("calendar.add_day")).toBe(audits);
    expect(await db.calendarDay.count({ where: { name: "Trùng" } })).toBe(0);
  });

  it("refuses a make-up working day on a normal working weekday", async () => {
    const revisions = await revisionCount();
    await expect(addDay({ date: "10/03/2093", kind: "MAKEUP_WORKDAY", name: "Làm bù sai" })).rejects.toMatchObject({
      fieldErrors: { kind: [expect.stringContaining("vốn là ngày làm việc")] },
    });
    expect(await revisionCount()).toBe(revisions);
  });

  it("records a holiday on a weekend only after confirmation, and suggests the compensatory day", async () => {
    // Sunday 08/03/2093.
    const revisions = await revisionCount();
    await expect(addDay({ date: "08/03/2093", kind: "HOLIDAY", name: "Lễ trùng Chủ nhật" })).rejects.toMatchObject({
      fieldErrors: { confirmWeekend: [expect.stringContaining("gợi ý: Thứ Hai 09/03/2093")] },
    });
    expect(await revisionCount()).toBe(revisions);
    const result = await addDay({
      date: "08/03/2093",
      kind: "HOLIDAY",
      name: "Lễ trùng Chủ nhật",
      confirmWeekend: "on",
    });
    expect(result).toEqual({ revision: revisions + 1, compensatorySuggestion: "2093-03-09" });
  });

  it("refuses invalid office hours with nothing changed", async () => {
    const revisions = await revisionCount();
    const hoursBefore = await readOfficeHoursForm(db);

    // The form rules: morning must end before the afternoon starts; a window needs start < end.
    const parsed = officeHoursSchema.safeParse(weekHoursForm({ "1.morningEnd": "14:00", "2.afternoonEnd": "12:00" }));
    expect(parsed.success).toBe(false);
    const paths = (parsed.error?.issues ?? []).map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["days.1.afternoonStart", "days.2.afternoonEnd"]));

    // The whole-calendar rules: Saturday office hours while a make-up Saturday exists → InvalidCalendarError, rolled back.
    await addDay({ date: "14/03/2093", kind: "MAKEUP_WORKDAY", name: "Làm bù thứ Bảy" });
    const withMakeUp = await revisionCount();
    const audits = await auditCount("calendar.update_hours");
    const saturdayOpen = officeHoursSchema.parse(weekHoursForm({ "6.morningStart": "07:30", "6.morningEnd": "11:30" }));
    const attempt = saveOfficeHours(saturdayOpen, adminId, db);
    await expect(attempt).rejects.toBeInstanceOf(InvalidCalendarError);
    await expect(attempt).rejects.toMatchObject({
      problems: [expect.stringContaining("Ngày làm bù 14/03/2093 vốn đã là ngày làm việc")],
    });
    expect(await revisionCount()).toBe(withMakeUp);
    expect(await auditCount("calendar.update_hours")).toBe(audits);
    expect(await readOfficeHoursForm(db)).toEqual(hoursBefore);
    expect(revisions + 1).toBe(withMakeUp);
  });

  it("saves office hours and the cut-off as a new revision, and refuses a save that changes nothing", async () => {
    const revisions = await revisionCount();
    const friday = officeHoursSchema.parse({ ...weekHoursForm({ "5.afternoonEnd": "16:30" }), cutoff: "14:30" });
    const { revision } = await saveOfficeHours(friday, adminId, db);
    expect(revision).toBe(await latestRevision());
    const snapshot = await snapshotOf(revision);
    expect(snapshot.weekHours[5]).toEqual([
      { start: "07:30", end: "11:30" },
      { start: "13:30", end: "16:30" },
    ]);
    expect(snapshot.cutoff).toBe("14:30");
    expect(await db.setting.findUniqueOrThrow({ where: { key: "cutoff" } })).toMatchObject({
      value: "14:30",
      updatedBy: adminId,
    });
    expect(await auditCount("calendar.update_hours")).toBe(1);

    await expect(saveOfficeHours(friday, adminId, db)).rejects.toBeInstanceOf(CalendarEditError);
    expect(await revisionCount()).toBe(revisions + 1);

    // Back to the usual hours for whatever runs next.
    await saveOfficeHours(officeHoursSchema.parse(weekHoursForm()), adminId, db);
    expect((await readOfficeHoursForm(db)).cutoff).toBe("15:00");
  });

  it("removing a day publishes a revision without it, with an audit entry", async () => {
    const day = (await listCalendarDays(2093, db)).find((entry) => entry.date === "2093-05-08");
    expect(day).toBeDefined();
    const before = await latestRevision();
    const { revision, date } = await removeCalendarDay(
      removeDaySchema.parse({ id: day!.id, note: "Hủy ngày nghỉ thử" }),
      adminId,
      db,
    );
    expect(revision).toBe(before + 1);
    expect(date).toBe("2093-05-08");
    const snapshot = await snapshotOf(revision);
    expect(snapshot.holidays.map((holiday) => holiday.date)).not.toContain("2093-05-08");
    expect(snapshot.holidays.map((holiday) => holiday.date)).toContain("2093-03-05");
    expect(await db.calendarDay.findUnique({ where: { id: day!.id } })).toBeNull();
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { action: "calendar.remove_day", actorId: adminId },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({
      entityId: day!.id,
      detail: expect.objectContaining({ date: "2093-05-08", revision, note: "Hủy ngày nghỉ thử" }),
    });

    // Removing it again is refused and publishes nothing.
    const count = await revisionCount();
    await expect(removeCalendarDay({ id: day!.id, note: "Lần hai" }, adminId, db)).rejects.toBeInstanceOf(
      CalendarEditError,
    );
    expect(await revisionCount()).toBe(count);
  });

  it("loads the selected statutory days of a year in one revision", async () => {
    const preview = await previewStatutoryDays(2028, db);
    expect(preview.source).toBe("derived");
    const chosen = preview.candidates
      .filter((candidate) => ["2028-01-01", "2028-04-30", "2028-05-01"].includes(candidate.date))
      .map((c) => c.date);
    expect(chosen).toHaveLength(3);
    const before = await latestRevision();
    const result = await importStatutoryDays(
      importDaysSchema.parse({ year: 2028, dates: chosen, note: "Nạp lịch 2028" }),
      adminId,
      db,
    );
    expect(result).toEqual({ revision: before + 1, count: 3 });
    expect(
      (await snapshotOf(result.revision)).holidays
        .filter((holiday) => holiday.date.startsWith("2028-"))
        .map((holiday) => holiday.date),
    ).toEqual(chosen);
    expect((await previewStatutoryDays(2028, db)).candidates.map((c) => c.date)).not.toContain("2028-01-01");
    expect(await auditCount("calendar.import_days")).toBe(1);

    // A date no longer offered (already loaded) is refused as a whole.
    await expect(
      importStatutoryDays({ year: 2028, dates: ["2028-01-01", "2028-09-02"], note: "Lần hai" }, adminId, db),
    ).rejects.toMatchObject({
      fieldErrors: { dates: [expect.stringContaining("01/01/2028")] },
    });
    expect(await latestRevision()).toBe(result.revision);
  });
});
