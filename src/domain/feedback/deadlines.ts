// The deadlines of a feedback item, in working days by the one working-day engine (src/domain/calendar), as the
// national portal operator's formula for Decision 766 indicator 5.2 counts them [V, SATISFACTION.md]:
// refuse within 2 working days of receipt, ask for more information within 5, answer within 15, publish the answer
// within 2 after answering. Each deadline is the end of office hours of the Nth working day after the day of receipt
// (the day itself not counted), as a dossier's appointment.
// Our reading where the sources are silent [?]: after the citizen supplies information that was asked for, the 15
// days to answer count again from that day (the item is received anew, complete).
import { computeAppointment, type WorkingCalendar } from "@/domain/calendar";
import type { FeedbackStatus } from "./types";

export const FEEDBACK_DEADLINE_DAYS = { refuse: 2, requestInfo: 5, answer: 15, publish: 2 } as const;

/** The end of office hours of the Nth working day after `from`'s local date. */
export function workingDaysAfter(cal: WorkingCalendar, from: Date, days: number): Date {
  const result = computeAppointment(cal, { receivedAt: from, duration: { unit: "WORKING_DAYS", value: days } });
  if (result.kind !== "scheduled") throw new RangeError("a deadline without pauses is always scheduled");
  return result.appointmentAt;
}

export interface ReceiptDeadlines {
  refuseDueAt: Date;
  infoDueAt: Date;
  answerDueAt: Date;
  calendarRevision: number;
}

/** The three deadlines that start at receipt. */
export function deadlinesAtReceipt(cal: WorkingCalendar, receivedAt: Date): ReceiptDeadlines {
  return {
    refuseDueAt: workingDaysAfter(cal, receivedAt, FEEDBACK_DEADLINE_DAYS.refuse),
    infoDueAt: workingDaysAfter(cal, receivedAt, FEEDBACK_DEADLINE_DAYS.requestInfo),
    answerDueAt: workingDaysAfter(cal, receivedAt, FEEDBACK_DEADLINE_DAYS.answer),
    calendarRevision: cal.revision,
  };
}

/** The answer's deadline once the citizen has supplied the information asked for. */
export const answerDueAfterSupplement = (cal: WorkingCalendar, suppliedAt: Date): Date =>
  workingDaysAfter(cal, suppliedAt, FEEDBACK_DEADLINE_DAYS.answer);

/** The publication's deadline, set when the answer is given. */
export const publishDueAfterAnswer = (cal: WorkingCalendar, answeredAt: Date): Date =>
  workingDaysAfter(cal, answeredAt, FEEDBACK_DEADLINE_DAYS.publish);

/** The facts of one item that the on-time judgement reads. */
export interface FeedbackTimes {
  status: FeedbackStatus;
  receivedAt: Date;
  refuseDueAt: Date;
  infoDueAt: Date;
  answerDueAt: Date;
  publishDueAt: Date | null;
  refusedAt: Date | null;
  infoRequestedAt: Date | null;
  answeredAt: Date | null;
  publishedAt: Date | null;
  closedAt: Date | null;
}

export type StageVerdict = "on_time" | "late" | "pending" | "overdue" | "not_applicable";

export interface StageJudgement {
  refuse: StageVerdict;
  requestInfo: StageVerdict;
  answer: StageVerdict;
  publish: StageVerdict;
}

const done = (at: Date, due: Date): StageVerdict => (at.getTime() <= due.getTime() ? "on_time" : "late");
const open = (due: Date, asOf: Date): StageVerdict => (asOf.getTime() > due.getTime() ? "overdue" : "pending");

/**
 * Each stage judged at `asOf` (now, or the end of a report period): done by its deadline (on time) or after it
 * (late); not done yet and still possible: pending, or overdue once its deadline has passed; or not applicable
 * (a refused item is never answered; an item nobody refused had no refusal to make). Finishing exactly at the
 * deadline counts as on time, as for dossiers.
 */
export function judgeStages(item: FeedbackTimes, asOf: Date): StageJudgement {
  const refuse = item.refusedAt ? done(item.refusedAt, item.refuseDueAt) : "not_applicable";
  const requestInfo = item.infoRequestedAt ? done(item.infoRequestedAt, item.infoDueAt) : "not_applicable";
  let answer: StageVerdict;
  if (item.answeredAt) answer = done(item.answeredAt, item.answerDueAt);
  else if (item.status === "RECEIVED") answer = open(item.answerDueAt, asOf);
  // Waiting on the citizen's information (the clock starts again when it comes), refused or closed unanswered.
  else answer = item.status === "NEEDS_INFO" ? "pending" : "not_applicable";
  let publish: StageVerdict = "not_applicable";
  if (item.publishedAt && item.publishDueAt) publish = done(item.publishedAt, item.publishDueAt);
  else if (item.status === "ANSWERED" && item.publishDueAt) publish = open(item.publishDueAt, asOf);
  return { refuse, requestInfo, answer, publish };
}

/** Whether any stage is past its deadline and still not done (the early warnings' "quá hạn"). */
export function isOverdue(item: FeedbackTimes, asOf: Date): boolean {
  const stages = judgeStages(item, asOf);
  return stages.answer === "overdue" || stages.publish === "overdue";
}

export type HandlingVerdict = "on_time" | "late" | "pending" | "overdue";

/**
 * The item as a whole (indicator 5.2, "feedback handled on time"): late as soon as one stage was done late or is
 * overdue; on time when its handling ended (refused, answered and published, or closed) with every stage on time;
 * otherwise still pending.
 */
export function judgeHandling(item: FeedbackTimes, asOf: Date): HandlingVerdict {
  const stages = Object.values(judgeStages(item, asOf));
  if (stages.includes("late")) return "late";
  if (stages.includes("overdue")) return "overdue";
  const finished = item.status === "REFUSED" || item.status === "PUBLISHED" || item.status === "CLOSED";
  return finished ? "on_time" : "pending";
}
