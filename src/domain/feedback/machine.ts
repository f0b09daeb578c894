// The life of a feedback item: which action is allowed in which status, by whom, and where it leads. Pure: the
// service (src/server/feedback) asks `decideFeedback` before changing anything and refuses with its message.
//
//   RECEIVED ──refuse──▶ REFUSED
//   RECEIVED ──request_info──▶ NEEDS_INFO ──supply_info (citizen)──▶ RECEIVED
//                                  └──close (no reply)──▶ CLOSED
//   RECEIVED ──answer──▶ ANSWERED ──publish──▶ PUBLISHED ──close──▶ CLOSED
//   classify and assign_office keep the status (RECEIVED or NEEDS_INFO); the verdict (citizen) keeps it too, once,
//   after publication.
import type { Role } from "@/domain/dossier";
import {
  FEEDBACK_STAFF_ACTIONS,
  type FeedbackAction,
  type FeedbackCategory,
  type FeedbackStatus,
  type FeedbackVerdict,
} from "./types";

export interface FeedbackState {
  status: FeedbackStatus;
  unitId: string;
  officeId: string | null;
  category: FeedbackCategory | null;
  infoRequestedAt: Date | null;
  verdict: FeedbackVerdict | null;
}

/** Who acts: a staff member (role, unit, office) or the citizen who sent the item (proved by the verified contact). */
export type FeedbackActor =
  { kind: "staff"; role: Role; unitId: string; officeId: string | null } | { kind: "citizen" };

export type FeedbackDecision = { ok: true; to: FeedbackStatus } | { ok: false; message: string };

const MESSAGES = {
  scope: "Phản ánh này không thuộc phạm vi xử lý của ông/bà.",
  role: "Vai trò của ông/bà không thực hiện được thao tác này đối với phản ánh.",
  status: (what: string) => `Phản ánh đang ở trạng thái không cho phép ${what}.`,
  classifyFirst: "Xin vui lòng phân loại phản ánh trước khi trả lời.",
  officeFirst: "Phản ánh chưa được giao cho phòng, ban nào. Xin vui lòng giao phòng, ban chịu trách nhiệm trước.",
  infoOnce: "Phản ánh này đã được đề nghị bổ sung thông tin một lần; xin vui lòng xem xét và trả lời.",
  verdictOnce: "Ông/bà đã gửi đánh giá cho câu trả lời này.",
} as const;

/** Staff actions and the roles that may take them (the responsible office's head and officers; the desk routes). */
const STAFF_ROLES: Record<Exclude<FeedbackAction, "submit" | "supply_info" | "verdict">, readonly Role[]> = {
  classify: ["DEPARTMENT_HEAD", "OFFICER", "RECEPTIONIST"],
  assign_office: ["DEPARTMENT_HEAD", "RECEPTIONIST"],
  refuse: ["DEPARTMENT_HEAD"],
  request_info: ["DEPARTMENT_HEAD", "OFFICER"],
  answer: ["DEPARTMENT_HEAD", "OFFICER"],
  publish: ["DEPARTMENT_HEAD"],
  close: ["DEPARTMENT_HEAD"],
};

/**
 * Whether a staff member's seat covers the item: the responsible office's own staff; the unit's desk routes items
 * of its unit (classify, assign an office) whatever the office. Leadership and inspectors only read.
 */
export function staffMayAct(
  actor: Extract<FeedbackActor, { kind: "staff" }>,
  item: Pick<FeedbackState, "unitId" | "officeId">,
  action: FeedbackAction,
): boolean {
  if (actor.unitId !== item.unitId) return false;
  if (actor.role === "RECEPTIONIST") return action === "classify" || action === "assign_office";
  if (actor.role === "DEPARTMENT_HEAD" || actor.role === "OFFICER")
    // An unassigned item is the desk's to route; a head may take it for the own office.
    return item.officeId === null
      ? actor.role === "DEPARTMENT_HEAD" && action === "assign_office"
      : actor.officeId !== null && actor.officeId === item.officeId;
  return false;
}

const WHILE_OPEN: readonly FeedbackStatus[] = ["RECEIVED", "NEEDS_INFO"];

/** The decision for one action on one item. */
export function decideFeedback(state: FeedbackState, actor: FeedbackActor, action: FeedbackAction): FeedbackDecision {
  if (actor.kind === "citizen") {
    if (action === "supply_info")
      return state.status === "NEEDS_INFO"
        ? { ok: true, to: "RECEIVED" }
        : { ok: false, message: MESSAGES.status("bổ sung thông tin") };
    if (action === "verdict") {
      if (state.status !== "PUBLISHED" && state.status !== "CLOSED")
        return { ok: false, message: MESSAGES.status("đánh giá") };
      if (state.verdict) return { ok: false, message: MESSAGES.verdictOnce };
      return { ok: true, to: state.status };
    }
    return { ok: false, message: MESSAGES.role };
  }
  if (action === "submit" || action === "supply_info" || action === "verdict")
    return { ok: false, message: MESSAGES.role };
  if (!STAFF_ROLES[action].includes(actor.role)) return { ok: false, message: MESSAGES.role };
  if (!staffMayAct(actor, state, action)) return { ok: false, message: MESSAGES.scope };
  switch (action) {
    case "classify":
      return WHILE_OPEN.includes(state.status) || state.status === "ANSWERED"
        ? { ok: true, to: state.status }
        : { ok: false, message: MESSAGES.status("phân loại") };
    case "assign_office":
      return WHILE_OPEN.includes(state.status)
        ? { ok: true, to: state.status }
        : { ok: false, message: MESSAGES.status("giao phòng, ban") };
    case "refuse":
      return state.status === "RECEIVED"
        ? { ok: true, to: "REFUSED" }
        : { ok: false, message: MESSAGES.status("từ chối tiếp nhận") };
    case "request_info":
      if (state.status !== "RECEIVED") return { ok: false, message: MESSAGES.status("đề nghị bổ sung thông tin") };
      if (state.infoRequestedAt) return { ok: false, message: MESSAGES.infoOnce };
      return { ok: true, to: "NEEDS_INFO" };
    case "answer":
      if (state.status !== "RECEIVED") return { ok: false, message: MESSAGES.status("trả lời") };
      if (!state.category) return { ok: false, message: MESSAGES.classifyFirst };
      return { ok: true, to: "ANSWERED" };
    case "publish":
      return state.status === "ANSWERED"
        ? { ok: true, to: "PUBLISHED" }
        : { ok: false, message: MESSAGES.status("công khai câu trả lời") };
    case "close":
      return state.status === "NEEDS_INFO" || state.status === "PUBLISHED"
        ? { ok: true, to: "CLOSED" }
        : { ok: false, message: MESSAGES.status("kết thúc") };
  }
}

/** The staff actions this actor may take on the item now (the buttons the feedback page shows). */
export function availableFeedbackActions(state: FeedbackState, actor: FeedbackActor): FeedbackAction[] {
  return FEEDBACK_STAFF_ACTIONS.filter((action) => decideFeedback(state, actor, action).ok);
}
