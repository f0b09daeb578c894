import "server-only";
// Reads and edits of the administrator's calendar screen (/quan-tri/lich-lam-viec). Every edit runs in one
// transaction that changes the editable rows, publishes the next calendar revision (publishCalendarRevision, which
// validates the whole calendar and throws InvalidCalendarError) and writes the audit entry; any failure rolls all of
// it back. The functions take the acting user's id and an optional client, so tests call them without Next.js.
import {
  DEFAULT_CUTOFF,
  DEFAULT_OFFICE_WINDOWS,
  isLocalDate,
  type LocalDate,
  type Weekday,
  type WorkingCalendar,
} from "@/domain/calendar";
import {
  checkNewDay,
  statutoryCandidates,
  weekdayDateVi,
  type CalendarDayKind,
  type DayHoursInput,
  type StatutoryCandidate,
  type StatutorySource,
} from "@/domain/calendar/editing";
import type { AddDayInput, ImportDaysInput, OfficeHoursInput, RemoveDayInput } from "@/domain/calendar/editing-schema";
import { Prisma, type PrismaClient } from "@/server/db/client";
import { db } from "@/server/db";
import { localDateKey, dateColumnOf } from "@/lib/dates";
import { recordAudit } from "./audit";
import { publishCalendarRevision, readEditableCalendar } from "./calendar";

type Client = PrismaClient;
type Reader = Prisma.TransactionClient | PrismaClient;

/** An edit the rules refuse; the message and field errors are for the administrator (Vietnamese). */
export class CalendarEditError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "CalendarEditError";
  }
}

/** The result of every edit: the revision it published. */
export interface CalendarEditResult {
  revision: number;
}

// A CalendarDay.date is a DATE column: the civil date travels as UTC midnight.
const yearRange = (year: number) => ({ gte: dateColumnOf(`${year}-01-01`), lt: dateColumnOf(`${year + 1}-01-01`) });

/** A calendar built from the editable rows, for the rules (revision 0 = not a published revision). */
const editableCalendar = async (client: Reader): Promise<WorkingCalendar> => ({ ...(await readEditableCalendar(client)), revision: 0 });

// ─── Reads ───────────────────────────────────────────────────────────────────────────────────────────────────────

export interface CalendarDayRow {
  id: string;
  date: LocalDate;
  kind: CalendarDayKind;
  name: string;
  notice: string | null;
}

export async function listCalendarDays(year: number, client: Reader = db): Promise<CalendarDayRow[]> {
  const rows = await client.calendarDay.findMany({ where: { date: yearRange(year) }, orderBy: { date: "asc" } });
  return rows.map((row) => ({ id: row.id, date: localDateKey(row.date), kind: row.kind, name: row.name, notice: row.notice }));
}

/** Years that have at least one entry. */
export async function listCalendarYears(client: Reader = db): Promise<number[]> {
  const rows = await client.$queryRaw<{ year: number }[]>`SELECT DISTINCT EXTRACT(YEAR FROM "date")::int AS year FROM "CalendarDay" ORDER BY year`;
  return rows.map((row) => Number(row.year));
}

export interface RevisionRow {
  revision: number;
  createdAt: Date;
  note: string;
  authorName: string | null;
  current: boolean;
}

/** The latest revisions, newest first; the first one is the calendar in force. */
export async function listCalendarRevisions(take = 30, client: Reader = db): Promise<{ rows: RevisionRow[]; total: number }> {
  const [revisions, total] = await Promise.all([
    client.calendarRevision.findMany({ orderBy: { revision: "desc" }, take, select: { revision: true, createdAt: true, note: true, createdBy: true } }),
    client.calendarRevision.count(),
  ]);
  const authorIds = [...new Set(revisions.map((row) => row.createdBy).filter((id): id is string => Boolean(id)))];
  const authors = authorIds.length > 0 ? await client.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, fullName: true } }) : [];
  const names = new Map(authors.map((author) => [author.id, author.fullName]));
  return {
    total,
    rows: revisions.map((row, index) => ({
      revision: row.revision,
      createdAt: row.createdAt,
      note: row.note,
      authorName: row.createdBy ? (names.get(row.createdBy) ?? null) : null,
      current: index === 0,
    })),
  };
}

export interface OfficeHoursForm {
  days: Record<Weekday, DayHoursInput>;
  cutoff: string;
}

/** The editable office hours as the form shows them; a weekday without a row shows the defaults (Mon–Fri). */
export async function readOfficeHoursForm(client: Reader = db): Promise<OfficeHoursForm> {
  const [rows, cutoff] = await Promise.all([client.officeHours.findMany(), client.setting.findUnique({ where: { key: "cutoff" } })]);
  const [morning, afternoon] = DEFAULT_OFFICE_WINDOWS;
  const fallback = (weekday: Weekday): DayHoursInput =>
    weekday >= 1 && weekday <= 5 && morning && afternoon
      ? { morningStart: morning.start, morningEnd: morning.end, afternoonStart: afternoon.start, afternoonEnd: afternoon.end }
      : { morningStart: null, morningEnd: null, afternoonStart: null, afternoonEnd: null };
  const days = {} as Record<Weekday, DayHoursInput>;
  for (const weekday of [0, 1, 2, 3, 4, 5, 6] as const) {
    const row = rows.find((candidate) => candidate.weekday === weekday);
    days[weekday] = row
      ? { morningStart: row.morningStart, morningEnd: row.morningEnd, afternoonStart: row.afternoonStart, afternoonEnd: row.afternoonEnd }
      : fallback(weekday);
  }
  return { days, cutoff: typeof cutoff?.value === "string" ? cutoff.value : DEFAULT_CUTOFF };
}

/** The statutory days of `year` that are not in the table yet (preview of "Nạp lịch nghỉ theo quy định"). */
export async function previewStatutoryDays(year: number, client: Reader = db): Promise<{ source: StatutorySource; candidates: StatutoryCandidate[] }> {
  const [calendar, existing] = await Promise.all([editableCalendar(client), listCalendarDays(year, client)]);
  return statutoryCandidates(year, calendar, new Set(existing.map((row) => row.date)));
}

/** The editable calendar (rows as they are now), for the month grid and the live hints of the add form. */
export async function readEditableWorkingCalendar(client: Reader = db): Promise<WorkingCalendar> {
  return editableCalendar(client);
}

// ─── Edits ───────────────────────────────────────────────────────────────────────────────────────────────────────

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

const duplicateError = (date: LocalDate) =>
  new CalendarEditError("Ngày này đã có trong lịch.", { date: [`${weekdayDateVi(date)} đã có trong lịch. Xin tải lại trang để xem mục đó.`] });

/** Thêm một ngày nghỉ hoặc ngày làm bù. */
export async function addCalendarDay(input: AddDayInput, actorId: string, client: Client = db): Promise<CalendarEditResult & { compensatorySuggestion?: LocalDate }> {
  try {
    return await client.$transaction(async (tx) => {
      const calendar = await editableCalendar(tx);
      const existing = await tx.calendarDay.findUnique({ where: { date: dateColumnOf(input.date) }, select: { kind: true, name: true } });
      const check = checkNewDay(calendar, { date: input.date, kind: input.kind, confirmWeekend: input.confirmWeekend }, existing);
      if (Object.keys(check.fieldErrors).length > 0) throw new CalendarEditError("Chưa thêm được ngày này. Xin xem thông báo ở ô được đánh dấu.", check.fieldErrors);
      const row = await tx.calendarDay.create({ data: { date: dateColumnOf(input.date), kind: input.kind, name: input.name, notice: input.notice } });
      const revision = await publishCalendarRevision(tx, { note: input.note, actorId });
      await recordAudit(
        {
          actorId,
          action: "calendar.add_day",
          entity: "CalendarDay",
          entityId: row.id,
          detail: { date: input.date, kind: input.kind, name: input.name, notice: input.notice, revision, note: input.note },
        },
        tx,
      );
      return { revision, ...(check.compensatorySuggestion ? { compensatorySuggestion: check.compensatorySuggestion } : {}) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateError(input.date);
    throw error;
  }
}

/** Xóa một ngày khỏi lịch. */
export async function removeCalendarDay(input: RemoveDayInput, actorId: string, client: Client = db): Promise<CalendarEditResult & { date: LocalDate }> {
  return client.$transaction(async (tx) => {
    const row = await tx.calendarDay.findUnique({ where: { id: input.id } });
    if (!row) throw new CalendarEditError("Ngày này không còn trong lịch (có thể vừa được người khác xóa). Xin tải lại trang.");
    await tx.calendarDay.delete({ where: { id: row.id } });
    const revision = await publishCalendarRevision(tx, { note: input.note, actorId });
    const date = localDateKey(row.date);
    await recordAudit(
      {
        actorId,
        action: "calendar.remove_day",
        entity: "CalendarDay",
        entityId: row.id,
        detail: { date, kind: row.kind, name: row.name, notice: row.notice, revision, note: input.note },
      },
      tx,
    );
    return { revision, date };
  });
}

/** Lưu giờ làm việc theo thứ trong tuần và giờ chốt. */
export async function saveOfficeHours(input: OfficeHoursInput, actorId: string, client: Client = db): Promise<CalendarEditResult> {
  return client.$transaction(async (tx) => {
    const before = await readOfficeHoursForm(tx);
    const after: OfficeHoursForm = { days: input.days, cutoff: input.cutoff };
    if (JSON.stringify(before) === JSON.stringify(normaliseForm(after))) {
      throw new CalendarEditError("Giờ làm việc và giờ chốt không thay đổi nên chưa tạo phiên bản lịch mới.");
    }
    for (const weekday of [0, 1, 2, 3, 4, 5, 6] as const) {
      const hours = input.days[weekday];
      await tx.officeHours.upsert({ where: { weekday }, create: { weekday, ...hours }, update: hours });
    }
    await tx.setting.upsert({ where: { key: "cutoff" }, create: { key: "cutoff", value: input.cutoff, updatedBy: actorId }, update: { value: input.cutoff, updatedBy: actorId } });
    const revision = await publishCalendarRevision(tx, { note: input.note, actorId });
    await recordAudit(
      {
        actorId,
        action: "calendar.update_hours",
        entity: "OfficeHours",
        detail: { before: before as unknown as Prisma.InputJsonValue, after: normaliseForm(after) as unknown as Prisma.InputJsonValue, revision, note: input.note },
      },
      tx,
    );
    return { revision };
  });
}

// Same key order as readOfficeHoursForm, so the two compare as JSON.
function normaliseForm(form: OfficeHoursForm): OfficeHoursForm {
  const days = {} as Record<Weekday, DayHoursInput>;
  for (const weekday of [0, 1, 2, 3, 4, 5, 6] as const) {
    const { morningStart, morningEnd, afternoonStart, afternoonEnd } = form.days[weekday];
    days[weekday] = { morningStart, morningEnd, afternoonStart, afternoonEnd };
  }
  return { days, cutoff: form.cutoff };
}

/** Nạp lịch nghỉ theo quy định: adds the selected statutory days of a year in one revision. */
export async function importStatutoryDays(input: ImportDaysInput, actorId: string, client: Client = db): Promise<CalendarEditResult & { count: number }> {
  const dates = [...new Set(input.dates)].filter(isLocalDate);
  try {
    return await client.$transaction(async (tx) => {
      const { source, candidates } = await previewStatutoryDays(input.year, tx);
      const byDate = new Map(candidates.map((candidate) => [candidate.date, candidate]));
      const missing = dates.filter((date) => !byDate.has(date));
      if (missing.length > 0) {
        throw new CalendarEditError("Danh sách đã thay đổi từ khi trang được mở.", {
          dates: [`Các ngày sau không còn trong danh sách gợi ý (có thể đã được thêm): ${missing.map(weekdayDateVi).join(", ")}. Xin tải lại trang.`],
        });
      }
      const selected = dates.map((date) => byDate.get(date)).filter((candidate): candidate is StatutoryCandidate => Boolean(candidate));
      if (selected.length === 0) throw new CalendarEditError("Chưa chọn ngày nào.", { dates: ["Xin chọn ít nhất một ngày để nạp."] });
      const calendar = await editableCalendar(tx);
      for (const candidate of selected) {
        // An explicit selection in the preview (which marks the days that are off anyway) counts as the confirmation.
        const check = checkNewDay(calendar, { date: candidate.date, kind: candidate.kind, confirmWeekend: true }, null);
        const problem = Object.values(check.fieldErrors).flat()[0];
        if (problem) throw new CalendarEditError("Chưa nạp được lịch.", { dates: [problem] });
      }
      await tx.calendarDay.createMany({
        data: selected.map((candidate) => ({ date: dateColumnOf(candidate.date), kind: candidate.kind, name: candidate.name, notice: candidate.notice })),
      });
      const revision = await publishCalendarRevision(tx, { note: input.note, actorId });
      await recordAudit(
        {
          actorId,
          action: "calendar.import_days",
          entity: "CalendarDay",
          detail: { year: input.year, source, dates: selected.map((candidate) => candidate.date), revision, note: input.note },
        },
        tx,
      );
      return { revision, count: selected.length };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new CalendarEditError("Một số ngày vừa được người khác thêm.", { dates: ["Một số ngày đã có trong lịch. Xin tải lại trang."] });
    throw error;
  }
}
