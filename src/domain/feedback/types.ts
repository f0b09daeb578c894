// Phản ánh, kiến nghị (PAKN): the vocabulary. The values are the database enums' (prisma/schema.prisma); the labels
// every screen shows are in labels.ts.

export const FEEDBACK_CHANNELS = ["WEB", "DESK", "HOTLINE"] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];

/** Phân loại, Decision 766 indicator 5.1: a regulation, a procedure, a civil servant's conduct, or other. */
export const FEEDBACK_CATEGORIES = ["REGULATION", "PROCEDURE", "STAFF_CONDUCT", "OTHER"] as const;
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];

export const FEEDBACK_STATUSES = ["RECEIVED", "REFUSED", "NEEDS_INFO", "ANSWERED", "PUBLISHED", "CLOSED"] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export const FEEDBACK_VERDICTS = ["SATISFIED", "DISSATISFIED"] as const;
export type FeedbackVerdict = (typeof FEEDBACK_VERDICTS)[number];

/** What can happen to a feedback item; each is a FeedbackEvent.type. */
export const FEEDBACK_ACTIONS = [
  "submit",
  "classify",
  "assign_office",
  "refuse",
  "request_info",
  "supply_info",
  "answer",
  "publish",
  "close",
  "verdict",
] as const;
export type FeedbackAction = (typeof FEEDBACK_ACTIONS)[number];

/** The staff's actions on the feedback page (the citizen's are submit, supply_info and verdict). */
export const FEEDBACK_STAFF_ACTIONS = [
  "classify",
  "assign_office",
  "refuse",
  "request_info",
  "answer",
  "publish",
  "close",
] as const satisfies readonly FeedbackAction[];
export type FeedbackStaffAction = (typeof FEEDBACK_STAFF_ACTIONS)[number];

/** Feedback still waiting on the unit (counted by the early warnings when past its deadline). */
export const FEEDBACK_OPEN_STATUSES = [
  "RECEIVED",
  "NEEDS_INFO",
  "ANSWERED",
] as const satisfies readonly FeedbackStatus[];

/** Lengths of the plain-text fields (characters, after trimming). */
export const FEEDBACK_LIMITS = {
  subjectMin: 5,
  subject: 200,
  contentMin: 20,
  content: 4000,
  name: 100,
  reason: 1000,
  answerMin: 20,
  answer: 4000,
} as const;
