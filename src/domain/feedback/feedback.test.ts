// Feedback (PAKN): deadlines by the working-day engine, the state machine, the form schemas and Decision 766 group
// 5's counts. Rules: the national portal operator's formula for indicators 5.1–5.3 (/shared/SATISFACTION.md,
// /shared/DECISION-766.md): refuse ≤ 2, ask for information ≤ 5, answer ≤ 15, publish ≤ 2 working days.
import { describe, expect, it } from "vitest";
import {
  defaultWorkingCalendar,
  formatLocal,
  localDateTime,
  vietnamOfficialCalendar2025to2027,
} from "@/domain/calendar";
import {
  availableFeedbackActions,
  decideFeedback,
  deadlinesAtReceipt,
  feedbackCommandSchema,
  formatFeedbackCode,
  group5Counts,
  group5CountsBy,
  group5Indicators,
  isOverdue,
  judgeHandling,
  judgeStages,
  normaliseFeedbackCode,
  publishDueAfterAnswer,
  answerDueAfterSupplement,
  submitFeedbackSchema,
  type FeedbackActor,
  type FeedbackState,
  type Group5Item,
  FEEDBACK_ACTIONS,
  FEEDBACK_CATEGORIES,
  FEEDBACK_CHANNELS,
  FEEDBACK_STATUSES,
  FEEDBACK_VERDICTS,
  feedbackLabelsFor,
} from "./index";

const seed = vietnamOfficialCalendar2025to2027();
const cal = defaultWorkingCalendar({ revision: 3, holidays: seed.holidays, makeUpWorkdays: seed.makeUpWorkdays });
const at = (date: string, time = "10:00") => localDateTime(cal, date, time);
const show = (d: Date) => formatLocal(cal, d, "dd/MM/yyyy HH:mm");

describe("deadlines (working days; the day of receipt is not counted)", () => {
  it("received Thu 23/04/2026: refuse by Tue 28/04 (Mon 27/04 Giỗ Tổ), information by Tue 05/05, answer by Tue 19/05", () => {
    const d = deadlinesAtReceipt(cal, at("2026-04-23"));
    expect(show(d.refuseDueAt)).toBe("28/04/2026 17:00");
    // 30/04 and 01/05 are holidays too: the same 5 days as the calendar's own example.
    expect(show(d.infoDueAt)).toBe("05/05/2026 17:00");
    expect(show(d.answerDueAt)).toBe("19/05/2026 17:00");
    expect(d.calendarRevision).toBe(3);
  });

  it("received on a Saturday counts from the Monday after: 2 days → Tue 21/04/2026", () => {
    expect(show(deadlinesAtReceipt(cal, at("2026-04-18")).refuseDueAt)).toBe("21/04/2026 17:00");
  });

  it("received on Tết (16/02/2026) counts from the first working day after the holidays", () => {
    // Tết 2026: 14/02–22/02 off (weekend + holidays); the first working day is Mon 23/02.
    expect(show(deadlinesAtReceipt(cal, at("2026-02-16")).refuseDueAt)).toBe("24/02/2026 17:00");
  });

  it("publication: 2 working days after the answer (answered Fri 24/04 → Wed 29/04, skipping 27/04)", () => {
    expect(show(publishDueAfterAnswer(cal, at("2026-04-24", "16:00")))).toBe("29/04/2026 17:00");
  });

  it("the answer counts 15 days again from the citizen's supplement", () => {
    expect(show(answerDueAfterSupplement(cal, at("2026-06-01")))).toBe("22/06/2026 17:00");
  });
});

const base = (over: Partial<Group5Item> = {}): Group5Item => {
  const receivedAt = over.receivedAt ?? at("2026-04-23");
  return {
    id: "f1",
    status: "RECEIVED",
    ...deadlinesAtReceipt(cal, receivedAt),
    receivedAt,
    publishDueAt: null,
    refusedAt: null,
    infoRequestedAt: null,
    answeredAt: null,
    publishedAt: null,
    closedAt: null,
    category: null,
    verdict: null,
    contactKey: null,
    dossierId: null,
    subject: "Thời gian chờ",
    ...over,
  };
};

const answered = (answerDay: string, publishDay: string | null, over: Partial<Group5Item> = {}) => {
  const answeredAt = at(answerDay);
  return base({
    status: publishDay ? "PUBLISHED" : "ANSWERED",
    category: "PROCEDURE",
    answeredAt,
    publishDueAt: publishDueAfterAnswer(cal, answeredAt),
    publishedAt: publishDay ? at(publishDay) : null,
    ...over,
  });
};

describe("on-time judgement of each stage", () => {
  it("answered on the last day at 17:00 exactly is on time; a minute later is late", () => {
    const item = base();
    expect(judgeStages({ ...item, status: "ANSWERED", answeredAt: item.answerDueAt }, item.answerDueAt).answer).toBe(
      "on_time",
    );
    const late = new Date(item.answerDueAt.getTime() + 60_000);
    expect(judgeStages({ ...item, status: "ANSWERED", answeredAt: late }, late).answer).toBe("late");
  });

  it("an unanswered item is pending until its deadline, then overdue (and in the early warnings)", () => {
    const item = base();
    expect(judgeStages(item, at("2026-05-19", "16:59")).answer).toBe("pending");
    expect(isOverdue(item, at("2026-05-19", "16:59"))).toBe(false);
    expect(judgeStages(item, at("2026-05-20", "08:00")).answer).toBe("overdue");
    expect(isOverdue(item, at("2026-05-20", "08:00"))).toBe(true);
  });

  it("an answer not published within 2 working days is overdue; published on the 3rd day is late", () => {
    expect(isOverdue(answered("2026-05-04", null), at("2026-05-07"))).toBe(true);
    expect(judgeStages(answered("2026-05-04", "2026-05-07"), at("2026-05-07")).publish).toBe("late");
    expect(judgeHandling(answered("2026-05-04", "2026-05-06"), at("2026-06-30"))).toBe("on_time");
    expect(judgeHandling(answered("2026-05-04", "2026-05-07"), at("2026-06-30"))).toBe("late");
  });

  it("a refusal after 2 working days is late; within them on time", () => {
    expect(judgeHandling(base({ status: "REFUSED", refusedAt: at("2026-04-28", "16:00") }), at("2026-06-01"))).toBe(
      "on_time",
    );
    expect(judgeHandling(base({ status: "REFUSED", refusedAt: at("2026-04-29") }), at("2026-06-01"))).toBe("late");
  });

  it("waiting on the citizen's information is neither late nor overdue", () => {
    const item = base({ status: "NEEDS_INFO", infoRequestedAt: at("2026-04-24") });
    expect(judgeHandling(item, at("2026-07-01"))).toBe("pending");
    expect(isOverdue(item, at("2026-07-01"))).toBe(false);
  });
});

const head: FeedbackActor = { kind: "staff", role: "DEPARTMENT_HEAD", unitId: "u1", officeId: "o1" };
const officer: FeedbackActor = { kind: "staff", role: "OFFICER", unitId: "u1", officeId: "o1" };
const otherHead: FeedbackActor = { kind: "staff", role: "DEPARTMENT_HEAD", unitId: "u2", officeId: "o9" };
const desk: FeedbackActor = { kind: "staff", role: "RECEPTIONIST", unitId: "u1", officeId: "o0" };
const leader: FeedbackActor = { kind: "staff", role: "LEADERSHIP", unitId: "u1", officeId: null };
const state = (over: Partial<FeedbackState> = {}): FeedbackState => ({
  status: "RECEIVED",
  unitId: "u1",
  officeId: "o1",
  category: null,
  infoRequestedAt: null,
  verdict: null,
  ...over,
});

describe("state machine", () => {
  it("the responsible office's head classifies, refuses, asks for information, answers (once classified), publishes", () => {
    expect(decideFeedback(state(), head, "refuse")).toEqual({ ok: true, to: "REFUSED" });
    expect(decideFeedback(state(), head, "request_info")).toEqual({ ok: true, to: "NEEDS_INFO" });
    expect(decideFeedback(state(), head, "answer")).toEqual({
      ok: false,
      message: "Xin vui lòng phân loại phản ánh trước khi trả lời.",
    });
    expect(decideFeedback(state({ category: "OTHER" }), head, "answer")).toEqual({ ok: true, to: "ANSWERED" });
    expect(decideFeedback(state({ status: "ANSWERED" }), head, "publish")).toEqual({ ok: true, to: "PUBLISHED" });
    expect(decideFeedback(state({ status: "PUBLISHED" }), head, "close")).toEqual({ ok: true, to: "CLOSED" });
  });

  it("another unit's office cannot act; leadership only reads; the desk routes", () => {
    for (const action of ["classify", "answer", "refuse", "publish", "assign_office"] as const)
      expect(decideFeedback(state({ category: "OTHER" }), otherHead, action).ok).toBe(false);
    expect(availableFeedbackActions(state(), leader)).toEqual([]);
    expect(availableFeedbackActions(state({ officeId: null }), desk)).toEqual(["classify", "assign_office"]);
    expect(availableFeedbackActions(state(), officer)).toEqual(["classify", "request_info"]);
  });

  it("refuses actions out of order: no second information request, no publishing before the answer", () => {
    expect(decideFeedback(state({ infoRequestedAt: new Date() }), head, "request_info").ok).toBe(false);
    expect(decideFeedback(state(), head, "publish").ok).toBe(false);
    expect(decideFeedback(state({ status: "REFUSED" }), head, "answer").ok).toBe(false);
  });

  it("the citizen supplies information when asked, and gives one verdict after publication", () => {
    const citizen: FeedbackActor = { kind: "citizen" };
    expect(decideFeedback(state({ status: "NEEDS_INFO" }), citizen, "supply_info")).toEqual({
      ok: true,
      to: "RECEIVED",
    });
    expect(decideFeedback(state({ status: "ANSWERED" }), citizen, "verdict").ok).toBe(false);
    expect(decideFeedback(state({ status: "PUBLISHED" }), citizen, "verdict")).toEqual({ ok: true, to: "PUBLISHED" });
    expect(decideFeedback(state({ status: "PUBLISHED", verdict: "SATISFIED" }), citizen, "verdict").ok).toBe(false);
    expect(decideFeedback(state(), citizen, "answer").ok).toBe(false);
  });
});

describe("schemas", () => {
  it("reports every error of the public form at once, in Vietnamese", () => {
    const parsed = submitFeedbackSchema.safeParse({
      unitId: "",
      citizenName: "",
      subject: "ab",
      content: "ngắn",
      dossierCode: "abc",
    });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((issue) => issue.path.join("."));
    expect(new Set(paths)).toEqual(new Set(["unitId", "citizenName", "subject", "content", "dossierCode"]));
    expect(parsed.error!.issues.find((i) => i.path[0] === "subject")!.message).toBe("Tiêu đề cần ít nhất 5 ký tự.");
  });

  it("keeps HTML as typed text (shown escaped), normalises a dossier code, accepts none", () => {
    const parsed = submitFeedbackSchema.parse({
      unitId: "u1",
      citizenName: "Nguyễn Văn An",
      subject: "<script>alert(1)</script>",
      content: "Nội dung <b>đậm</b> đủ dài để gửi đi được.",
      dossierCode: " sty-260105-0001 ",
    });
    expect(parsed.subject).toBe("<script>alert(1)</script>");
    expect(parsed.dossierCode).toBe("STY-260105-0001");
    expect(submitFeedbackSchema.parse({ ...parsed, dossierCode: "" }).dossierCode).toBeUndefined();
  });

  it("a staff command needs its own fields; an unknown action is refused", () => {
    expect(feedbackCommandSchema.safeParse({ action: "refuse", feedbackId: "f", version: "1", note: "" }).success).toBe(
      false,
    );
    expect(
      feedbackCommandSchema.safeParse({ action: "classify", feedbackId: "f", version: "2", category: "X" }).success,
    ).toBe(false);
    expect(feedbackCommandSchema.safeParse({ action: "delete", feedbackId: "f", version: "1" }).success).toBe(false);
    expect(feedbackCommandSchema.parse({ action: "publish", feedbackId: "f", version: "2" })).toEqual({
      action: "publish",
      feedbackId: "f",
      version: 2,
    });
  });

  it("codes: PAKN-YYYY-NNNNNN", () => {
    expect(formatFeedbackCode(2026, 42)).toBe("PAKN-2026-000042");
    expect(normaliseFeedbackCode(" pakn-2026-000042")).toBe("PAKN-2026-000042");
    expect(normaliseFeedbackCode("PAKN-26-1")).toBeNull();
  });
});

describe("Decision 766 group 5 counts (5.1 classified, 5.2 on time, 5.3 satisfaction)", () => {
  // Five items received in the period, judged at 30/06/2026, hand-counted:
  // a: answered and published on time, satisfied            → on time, satisfactory
  // b: answered late (after 19/05), published on time, disliked → late, answered late, dissatisfied
  // c: refused within 2 days, unclassified                  → on time, not classified
  // d: still unanswered, past its 15 days                   → overdue (late), unclassified
  // e: the same contact and dossier as a, answered on time  → on time but repeated
  const items: Group5Item[] = [
    answered("2026-05-04", "2026-05-05", { id: "a", verdict: "SATISFIED", contactKey: "PHONE:0912", dossierId: "d1" }),
    answered("2026-05-20", "2026-05-21", { id: "b", verdict: "DISSATISFIED", contactKey: "PHONE:0913" }),
    base({ id: "c", status: "REFUSED", refusedAt: at("2026-04-24") }),
    base({ id: "d" }),
    answered("2026-05-04", "2026-05-05", {
      id: "e",
      receivedAt: at("2026-04-24"),
      ...deadlinesAtReceipt(cal, at("2026-04-24")),
      contactKey: "PHONE:0912",
      dossierId: "d1",
    }),
  ];
  const asOf = at("2026-06-30");

  it("counts each item once in each column", () => {
    expect(group5Counts(items, asOf)).toEqual({
      received: 5,
      classified: 3,
      handledOnTime: 3,
      handledLate: 2,
      pending: 0,
      answeredLate: 1,
      overdue: 1,
      satisfied: 1,
      dissatisfied: 1,
      repeated: 1,
      satisfactory: 2,
    });
  });

  it("gives the indicators: 5.1 = 3/5, 5.2 = 3/5, 5.3 = (5 − b − d − e)/5 = 2/5", () => {
    expect(group5Indicators(group5Counts(items, asOf))).toEqual({
      classifiedRate: 0.6,
      onTimeRate: 0.6,
      satisfactionRate: 0.4,
      verdictSatisfiedRate: 0.5,
    });
  });

  it("is N/A (null) without feedback, never 0 % or 100 %", () => {
    expect(group5Indicators(group5Counts([], asOf))).toEqual({
      classifiedRate: null,
      onTimeRate: null,
      satisfactionRate: null,
      verdictSatisfiedRate: null,
    });
  });

  it("before the deadline an unanswered item is pending, not counted in 5.2's denominator", () => {
    const counts = group5Counts([base({ id: "p" })], at("2026-05-04"));
    expect(counts).toMatchObject({ pending: 1, handledOnTime: 0, handledLate: 0, satisfactory: 1 });
    expect(group5Indicators(counts).onTimeRate).toBeNull();
  });

  it("groups by a key (unit, office)", () => {
    const byOffice = group5CountsBy(items, (item) => (item.id === "d" ? "o2" : "o1"), asOf);
    expect(byOffice.get("o1")?.received).toBe(4);
    expect(byOffice.get("o2")).toMatchObject({ received: 1, overdue: 1 });
  });
});

describe("labels", () => {
  it("every status, category, channel, verdict and event has a label in Vietnamese and English", () => {
    const values = {
      status: FEEDBACK_STATUSES,
      category: FEEDBACK_CATEGORIES,
      channel: FEEDBACK_CHANNELS,
      verdict: FEEDBACK_VERDICTS,
      event: FEEDBACK_ACTIONS,
    } as const;
    for (const locale of ["vi", "en"] as const) {
      const labels = feedbackLabelsFor(locale);
      for (const [key, list] of Object.entries(values)) {
        const record = labels[key as keyof typeof values] as Record<string, string>;
        expect(Object.keys(record).sort(), `${locale} ${key}`).toEqual([...list].sort());
        for (const value of list) expect(record[value], `${locale} ${key} ${value}`).toMatch(/^\p{Lu}/u);
      }
    }
  });
});
