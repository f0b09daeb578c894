// The citizen's timeline (diễn biến hồ sơ) from the dossier history. The history (DossierEvent) is written for
// staff: who assigned whom, forwarding between offices, approvals, sent-back drafts, internal notes. A citizen sees
// only the steps that mean something to them, never a staff name, an office-internal step or a note.
// Pure: the wording of each kind lives in the "tracking" messages (timeline.<kind>).
import type { DossierStatus, ReturnMethod } from "@/domain/dossier/types";

export const PUBLIC_EVENT_KINDS = [
  "registered_online", // đã đăng ký trực tuyến
  "received", // đã tiếp nhận
  "refused", // không được tiếp nhận
  "in_processing", // chuyển phòng chuyên môn, đang giải quyết
  "supplement_requested", // yêu cầu bổ sung (with what to supplement)
  "supplement_received", // đã nhận bổ sung, thời hạn tính tiếp
  "financial_requested", // yêu cầu thực hiện nghĩa vụ tài chính (with what to pay)
  "financial_done", // đã thực hiện nghĩa vụ tài chính
  "verification_started", // đang xác minh (no staff reason)
  "verification_ended", // xác minh xong
  "result_ready", // đã có kết quả
  "returned", // đã trả kết quả (with the method)
  "withdrawn", // đã rút hồ sơ
  "stopped", // dừng xử lý
] as const;
export type PublicEventKind = (typeof PUBLIC_EVENT_KINDS)[number];

/** One row of the history as the data layer selects it (no actor, no payload beyond what is read here). */
export interface HistoryEvent {
  type: string;
  at: Date;
  toStatus: DossierStatus | null;
  reason: string | null;
  payload: unknown;
}

export interface PublicTimelineEntry {
  kind: PublicEventKind;
  /** ISO instant. */
  at: string;
  /** What to supplement / what to pay: the text of the written request addressed to the applicant. */
  detail: string | null;
  /** For "returned": at the desk, by post or online. */
  method: ReturnMethod | null;
}

const RETURN_METHODS: readonly string[] = ["DESK", "POST", "ONLINE"];

function returnMethodOf(payload: unknown): ReturnMethod | null {
  if (typeof payload !== "object" || payload === null || !("method" in payload)) return null;
  const method = (payload as { method: unknown }).method;
  return typeof method === "string" && RETURN_METHODS.includes(method) ? (method as ReturnMethod) : null;
}

const trimmed = (text: string | null) => (text && text.trim().length > 0 ? text.trim() : null);

/** Which public kind an event is, or null when the citizen does not see it. */
export function publicEventKind(event: Pick<HistoryEvent, "type" | "toStatus">): PublicEventKind | null {
  switch (event.type) {
    case "register":
      return event.toStatus === "REGISTERED_ONLINE" ? "registered_online" : "received";
    case "receive":
      return "received";
    case "refuse":
      return "refused";
    case "transfer":
      return "in_processing";
    case "request_supplement":
    case "request_intake_supplement":
      return "supplement_requested";
    case "record_supplement":
      return "supplement_received";
    case "request_financial":
      return "financial_requested";
    case "record_financial":
      return "financial_done";
    case "start_verification":
      return "verification_started";
    case "end_verification":
      return "verification_ended";
    case "withdraw":
      return "withdrawn";
    case "stop":
      return "stopped";
    case "return_result":
      return "returned";
    default:
      // assign, forward, submit_for_approval, send_back and intermediate approvals are internal steps; the last
      // approval (whatever command produced it) is the moment the result is ready.
      return event.toStatus === "RESULT_READY" ? "result_ready" : null;
  }
}

/** The public timeline, oldest first, in the order of the history given (the caller orders by time). */
export function publicTimeline(events: readonly HistoryEvent[]): PublicTimelineEntry[] {
  const entries: PublicTimelineEntry[] = [];
  for (const event of events) {
    const kind = publicEventKind(event);
    if (kind === null) continue;
    const showsReason = kind === "supplement_requested" || kind === "financial_requested";
    entries.push({
      kind,
      at: event.at.toISOString(),
      detail: showsReason ? trimmed(event.reason) : null,
      method: kind === "returned" ? returnMethodOf(event.payload) : null,
    });
  }
  return entries;
}
