// The demo world's feedback (phản ánh, kiến nghị, issue 12): over the last six months, a few items a month in every
// unit that has offices, of each kind (regulation, procedure, staff conduct, other), about half linked to a dossier of
// the unit (then handled by the dossier's office). Most are handled within their deadlines (src/domain/feedback), some
// answered or published late, a few refused, a few waiting for the citizen's information, a few still unanswered past
// their 15 working days (the early warnings show them), and about two thirds rated by the sender. Deterministic: the
// same seed and end date give the same rows.
import {
  deadlinesAtReceipt,
  formatFeedbackCode,
  publishDueAfterAnswer,
  workingDaysAfter,
  type FeedbackCategory,
  type FeedbackStatus,
} from "@/domain/feedback";
import { addWorkingDays, isWorkingDay, localDateTime, toLocalDate, type WorkingCalendar } from "@/domain/calendar";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { FAMILY_NAMES, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, MALE_MIDDLE_NAMES } from "./names";
import { Random } from "./random";

const MONTHS = 6;
const DAY = 24 * 60 * 60 * 1000;

const TEXTS: Record<FeedbackCategory, readonly { subject: string; content: string; answer: string }[]> = {
  REGULATION: [
    {
      subject: "Đề nghị giảm giấy tờ khi đăng ký thường trú",
      content:
        "Quy định hiện nay yêu cầu nộp giấy tờ chứng minh chỗ ở hợp pháp dù thông tin đã có trong cơ sở dữ liệu dân cư. Đề nghị xem xét bỏ yêu cầu này.",
      answer:
        "Phường xin tiếp thu kiến nghị của ông/bà. Theo Luật Cư trú, giấy tờ chứng minh chỗ ở chỉ yêu cầu khi thông tin chưa có trong cơ sở dữ liệu; cán bộ đã được hướng dẫn tra cứu trước khi đề nghị công dân nộp.",
    },
    {
      subject: "Mức lệ phí chứng thực bản sao",
      content: "Tôi đề nghị công khai rõ mức lệ phí chứng thực bản sao theo từng trang tại quầy tiếp nhận.",
      answer:
        "Mức lệ phí chứng thực bản sao là 2.000 đồng/trang từ trang thứ ba trở đi theo Thông tư 226/2016/TT-BTC. Phường đã niêm yết lại bảng lệ phí tại quầy số 1.",
    },
  ],
  PROCEDURE: [
    {
      subject: "Thời gian chờ giải quyết hồ sơ kéo dài",
      content:
        "Hồ sơ của tôi đã quá ngày hẹn trả nhưng chưa nhận được thông báo. Đề nghị cho biết lý do và thời gian trả kết quả.",
      answer:
        "Hồ sơ của ông/bà phải xác minh thêm với cơ quan liên quan. Phường xin lỗi ông/bà vì sự chậm trễ; kết quả đã sẵn sàng để ông/bà nhận tại Bộ phận Một cửa.",
    },
    {
      subject: "Hướng dẫn thủ tục chưa thống nhất",
      content:
        "Tôi được hướng dẫn hai lần với yêu cầu giấy tờ khác nhau cho cùng một thủ tục. Đề nghị hướng dẫn một lần đầy đủ.",
      answer:
        "Phường đã rà soát và thống nhất danh mục giấy tờ theo thủ tục được công bố; phiếu hướng dẫn in sẵn đã được đặt tại quầy và đăng trên cổng dịch vụ công.",
    },
  ],
  STAFF_CONDUCT: [
    {
      subject: "Thái độ của cán bộ tiếp nhận",
      content: "Cán bộ tiếp nhận trả lời thiếu nhã nhặn khi tôi hỏi về giấy tờ còn thiếu. Đề nghị nhắc nhở.",
      answer:
        "Phường đã làm việc với cán bộ tiếp nhận, yêu cầu rút kinh nghiệm và thực hiện đúng quy tắc ứng xử. Phường xin lỗi ông/bà về sự việc.",
    },
    {
      subject: "Cán bộ hẹn nhiều lần",
      content: "Tôi đến nộp bổ sung ba lần nhưng mỗi lần được yêu cầu thêm một giấy tờ khác.",
      answer:
        "Phường ghi nhận phản ánh và đã nhắc nhở cán bộ hướng dẫn đầy đủ một lần theo quy định. Xin cảm ơn ông/bà đã phản ánh.",
    },
  ],
  OTHER: [
    {
      subject: "Chỗ ngồi chờ tại Bộ phận Một cửa",
      content: "Khu vực chờ buổi sáng thiếu ghế ngồi, người cao tuổi phải đứng chờ lâu.",
      answer: "Phường đã bổ sung 10 ghế ngồi và bố trí khu vực ưu tiên cho người cao tuổi tại Bộ phận Một cửa.",
    },
    {
      subject: "Máy lấy số thứ tự bị hỏng",
      content: "Máy lấy số thứ tự tại sảnh không hoạt động trong nhiều ngày.",
      answer: "Máy lấy số đã được sửa chữa. Phường xin cảm ơn ông/bà đã thông tin.",
    },
  ],
};

const CATEGORIES: readonly FeedbackCategory[] = ["REGULATION", "PROCEDURE", "STAFF_CONDUCT", "OTHER"];
const CATEGORY_WEIGHTS = [1, 4, 3, 2];

/** A working moment on the Nth working day after `from` (n = 0: the same day), between 08:00 and 16:30. */
function momentOn(cal: WorkingCalendar, from: Date, n: number, random: Random): Date {
  const day = n === 0 ? toLocalDate(cal, from) : toLocalDate(cal, workingDaysAfter(cal, from, n));
  const minutes = random.int(8 * 60, 16 * 60 + 30);
  const at = localDateTime(
    cal,
    day,
    `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`,
  );
  return at.getTime() > from.getTime() ? at : new Date(from.getTime() + 30 * 60_000);
}

const personName = (random: Random) => {
  const family = FAMILY_NAMES[random.weightedIndex(FAMILY_NAMES.map(([, w]) => w))]![0];
  return random.chance(0.5)
    ? `${family} ${random.pick(MALE_MIDDLE_NAMES)} ${random.pick(MALE_GIVEN_NAMES)}`
    : `${family} Thị ${random.pick(FEMALE_GIVEN_NAMES)}`;
};

/** Inserts the demo feedback; returns the rows written per table. */
export async function seedDemoFeedback(
  db: PrismaClient,
  cal: WorkingCalendar,
  { seed, until }: { seed: number; until: Date },
): Promise<{ feedback: number; events: number; contacts: number }> {
  const random = new Random(seed).fork("feedback");
  const units = await db.administrativeUnit.findMany({
    where: { active: true, offices: { some: { kind: "DEPARTMENT", active: true } } },
    orderBy: { code: "asc" },
    select: {
      id: true,
      level: true,
      offices: { where: { kind: "DEPARTMENT", active: true }, orderBy: { code: "asc" }, select: { id: true } },
      users: {
        where: { role: { in: ["DEPARTMENT_HEAD", "OFFICER"] }, active: true },
        select: { id: true, officeId: true },
      },
    },
  });
  const start = new Date(until.getTime() - MONTHS * 30 * DAY);
  const items: (Prisma.FeedbackUncheckedCreateInput & {
    contactText: string;
    code: string;
    receivedAt: Date;
    events: {
      type: string;
      at: Date;
      actorId: string | null;
      from: FeedbackStatus | null;
      to: FeedbackStatus | null;
      note?: string;
    }[];
  })[] = [];
  const contacts: { kind: "PHONE"; value: string }[] = [];

  for (const unit of units) {
    const unitRandom = random.fork(unit.id);
    const dossiers = await db.dossier.findMany({
      where: {
        receivedUnitId: unit.id,
        receivedAt: { gte: new Date(start.getTime() - 60 * DAY), lt: until },
        handlingOfficeId: { not: null },
      },
      orderBy: { code: "asc" },
      take: 300,
      select: { id: true, receivedAt: true, handlingOfficeId: true },
    });
    const perMonth = unit.level === "COMMUNE" ? 4 : 2;
    const count = unitRandom.poisson(perMonth * MONTHS);
    for (let i = 0; i < count; i += 1) {
      // Receipt on a working day within the period.
      let receivedAt = new Date(start.getTime() + unitRandom.float() * (until.getTime() - start.getTime() - DAY));
      if (!isWorkingDay(cal, toLocalDate(cal, receivedAt)))
        receivedAt = localDateTime(cal, addWorkingDays(cal, toLocalDate(cal, receivedAt), 1), "09:15");
      const dossier = unitRandom.chance(0.5) && dossiers.length > 0 ? unitRandom.pick(dossiers) : null;
      const linked = dossier && dossier.receivedAt && dossier.receivedAt < receivedAt ? dossier : null;
      const officeId = linked?.handlingOfficeId ?? unitRandom.pick(unit.offices).id;
      const staff = unit.users.filter((u) => u.officeId === officeId);
      const actor = staff.length > 0 ? unitRandom.pick(staff).id : null;
      const category = CATEGORIES[unitRandom.weightedIndex(CATEGORY_WEIGHTS)]!;
      const text = unitRandom.pick(TEXTS[category]);
      const phone = `09${String(unitRandom.int(10_000_000, 99_999_999))}`;
      contacts.push({ kind: "PHONE", value: phone });
      const deadlines = deadlinesAtReceipt(cal, receivedAt);
      const events: (typeof items)[number]["events"] = [
        { type: "submit", at: receivedAt, actorId: null, from: null, to: "RECEIVED" },
      ];
      const row: (typeof items)[number] = {
        code: "",
        channel: unitRandom.chance(0.8) ? "WEB" : unitRandom.chance(0.5) ? "DESK" : "HOTLINE",
        category: null,
        subject: text.subject,
        content: text.content,
        dossierId: linked?.id ?? null,
        unitId: unit.id,
        officeId,
        citizenName: personName(unitRandom),
        contactText: phone,
        status: "RECEIVED",
        receivedAt,
        ...deadlines,
        events,
      };
      const classifyAt = momentOn(cal, receivedAt, unitRandom.int(0, 1), unitRandom);
      const old = workingDaysAfter(cal, receivedAt, 17).getTime() < until.getTime();
      const roll = unitRandom.float();
      const classify = () => {
        if (classifyAt >= until) return false;
        row.category = category;
        events.push({ type: "classify", at: classifyAt, actorId: actor, from: "RECEIVED", to: "RECEIVED" });
        return true;
      };
      if (roll < 0.07) {
        // Refused (not within the unit's remit, or a duplicate), mostly within the 2 working days.
        const at = momentOn(cal, receivedAt, unitRandom.chance(0.85) ? unitRandom.int(0, 2) : 3, unitRandom);
        if (at < until) {
          Object.assign(row, {
            status: "REFUSED",
            refusedAt: at,
            closedAt: at,
            refusalReason:
              "Nội dung không thuộc thẩm quyền giải quyết của đơn vị; đề nghị ông/bà gửi đến cơ quan có thẩm quyền.",
          });
          events.push({ type: "refuse", at, actorId: actor, from: "RECEIVED", to: "REFUSED" });
        }
      } else if (roll < 0.12 && !old) {
        // Waiting for the citizen's information.
        classify();
        const at = momentOn(cal, receivedAt, unitRandom.int(1, 4), unitRandom);
        if (at < until) {
          Object.assign(row, {
            status: "NEEDS_INFO",
            infoRequestedAt: at,
            infoRequest: "Xin ông/bà cho biết thời gian và quầy tiếp nhận cụ thể.",
          });
          events.push({ type: "request_info", at, actorId: actor, from: "RECEIVED", to: "NEEDS_INFO" });
        }
      } else if (old && roll < 0.16) {
        // Forgotten: still unanswered past the 15 working days (overdue).
        if (unitRandom.chance(0.5)) classify();
      } else {
        classify();
        const late = unitRandom.chance(0.1);
        const answerAt = momentOn(cal, receivedAt, late ? unitRandom.int(16, 19) : unitRandom.int(2, 14), unitRandom);
        if (row.category && answerAt < until) {
          const publishDueAt = publishDueAfterAnswer(cal, answerAt);
          Object.assign(row, {
            status: "ANSWERED",
            answer: text.answer,
            answeredAt: answerAt,
            answeredById: actor,
            publishDueAt,
          });
          events.push({
            type: "answer",
            at: answerAt,
            actorId: actor,
            from: "RECEIVED",
            to: "ANSWERED",
            note: undefined,
          });
          const publishAt = momentOn(cal, answerAt, unitRandom.chance(0.93) ? unitRandom.int(0, 2) : 3, unitRandom);
          if (publishAt < until) {
            Object.assign(row, { status: "PUBLISHED", publishedAt: publishAt });
            events.push({ type: "publish", at: publishAt, actorId: actor, from: "ANSWERED", to: "PUBLISHED" });
            const verdictAt = new Date(publishAt.getTime() + unitRandom.int(1, 72) * 3_600_000);
            if (unitRandom.chance(0.65) && verdictAt < until) {
              const onTime = !late && publishAt <= publishDueAt;
              const verdict = unitRandom.chance(onTime ? 0.85 : 0.35) ? "SATISFIED" : "DISSATISFIED";
              Object.assign(row, { verdict, verdictAt });
              events.push({ type: "verdict", at: verdictAt, actorId: null, from: "PUBLISHED", to: "PUBLISHED" });
            }
          }
        }
      }
      items.push(row);
    }
  }

  // Codes in order of receipt, numbered per year.
  items.sort((a, b) => (a.receivedAt as Date).getTime() - (b.receivedAt as Date).getTime());
  const perYear = new Map<number, number>();
  for (const item of items) {
    const year = Number(toLocalDate(cal, item.receivedAt as Date).slice(0, 4));
    const next = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, next);
    item.code = formatFeedbackCode(year, next);
  }
  const added = await db.verifiedContact.createMany({ data: contacts, skipDuplicates: true });
  let events = 0;
  const contactIds = new Map(
    (
      await db.verifiedContact.findMany({
        where: { value: { in: contacts.map((c) => c.value) } },
        select: { id: true, value: true },
      })
    ).map((c) => [c.value, c.id]),
  );
  for (let i = 0; i < items.length; i += 500) {
    const chunk = items.slice(i, i + 500);
    const created = await db.feedback.createManyAndReturn({
      data: chunk.map(({ events: _events, contactText, ...row }) => ({
        ...row,
        // Web items carry the verified contact; desk and hotline items the contact as given.
        contactId: row.channel === "WEB" ? (contactIds.get(contactText as string) ?? null) : null,
        contactText: row.channel === "WEB" ? null : contactText,
      })),
      select: { id: true, code: true },
    });
    const ids = new Map(created.map((c) => [c.code, c.id]));
    events += (
      await db.feedbackEvent.createMany({
        data: chunk.flatMap((item) =>
          item.events.map((event) => ({
            feedbackId: ids.get(item.code)!,
            at: event.at,
            actorId: event.actorId,
            type: event.type,
            fromStatus: event.from,
            toStatus: event.to,
            note: event.note ?? null,
          })),
        ),
      })
    ).count;
  }
  return { feedback: items.length, events, contacts: added.count };
}
