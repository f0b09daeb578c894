// What the public tracking page shows (docs/domain.md "Public tracking"): a plain, serialisable object holding ONLY
// public-safe fields. Built field by field in src/server/data/tracking.ts, never by spreading a database row: the
// applicant appears only as a masked name; ID number, phone, address, e-mail, staff names and internal notes never
// enter it. Instants are ISO strings (UTC); the components format them in Asia/Ho_Chi_Minh.
import type { FinishedTimeliness, PendingTimeliness } from "@/domain/calendar";
import type { Channel, DossierStatus, PauseKind, ProcessingStep, ReturnMethod } from "@/domain/dossier/types";
import type { PublicTimelineEntry } from "./public-timeline";

/** The appointment in force (ngày hẹn trả kết quả), or why there is none. */
export type PublicAppointment =
  | { kind: "scheduled"; at: string }
  /** Đang tạm dừng: the clock is stopped; the reason is shown for a supplement or a financial obligation only. */
  | { kind: "paused"; pauseKind: PauseKind; since: string; reason: string | null }
  /** Not received yet, refused, or ended without one. */
  | { kind: "none" };

/** Trước hạn / đúng hạn / quá hạn once finished; trong hạn / sắp đến hạn / quá hạn while pending. */
export type PublicTimeliness =
  | { kind: "finished"; finishedAt: string; value: FinishedTimeliness | null }
  | { kind: "pending"; value: PendingTimeliness }
  | null;

/** What the applicant must do now. */
export type PublicAction =
  | { kind: "supplement"; reason: string }
  | { kind: "financial"; reason: string }
  /** Kết quả đã sẵn sàng: collect it at the one-stop desk of the receiving unit. */
  | { kind: "collect"; place: string; address: string | null }
  /** The result will come by post (the applicant asked for postal return). */
  | { kind: "by_post" }
  /** Open, nothing to do but wait. */
  | { kind: "wait" }
  /** Closed (returned, refused, withdrawn, stopped). */
  | { kind: "none" };

/**
 * SLOT: apology letters (Phiếu xin lỗi và hẹn lại ngày trả kết quả, form 04). Filled by the rescheduling feature
 * (not built yet); until then always []. Only the citizen-facing parts of the letter belong here.
 */
export interface PublicApology {
  /** Số phiếu, to quote when asking the desk; and the kind: late, or an error in the result (corrected free). */
  number: string;
  kind: "LATE" | "RESULT_ERROR";
  issuedAt: string;
  /** Lý do chậm trễ, as written in the letter addressed to the applicant. */
  reason: string;
  originalAppointmentAt: string | null;
  newAppointmentAt: string;
}

export interface TrackingView {
  code: string;
  /** maskApplicantName: "Trần T** B***". */
  maskedApplicantName: string;
  /** The procedure's national code (links to the public catalogue) and name. */
  procedure: { code: string; name: string };
  /** Where the dossier was received, e.g. "Phường Ngô Quyền", and that unit's public address. */
  receivingUnit: { name: string; address: string | null };
  channel: Channel;
  submittedAt: string;
  receivedAt: string | null;
  status: {
    code: DossierStatus;
    step: ProcessingStep | null;
    openPauseKind: PauseKind | null;
    /** citizenStatus (Vietnamese, "4 xin, 4 luôn"). */
    title: string;
    text: string;
    actionNeeded: boolean;
  };
  appointment: PublicAppointment;
  timeliness: PublicTimeliness;
  returnedAt: string | null;
  returnMethod: ReturnMethod | null;
  action: PublicAction;
  timeline: PublicTimelineEntry[];
  /** Signed apology letters (form 04), oldest first. */
  apologies: PublicApology[];
}

export type TrackingLookupResult =
  | { kind: "found"; view: TrackingView }
  /** One neutral answer for an unknown code and a wrong factor alike. */
  | { kind: "not_found" }
  /**
   * Too many failures: from this address (every look-up refused), or of the phone's last 4 digits for this code
   * (only the digits refused; the tracking key printed on the receipt still works).
   */
  | { kind: "blocked"; minutes: number; reason: "address" | "phone_digits" }
  /** Malformed input: a clear message (Vietnamese), not counted as a failed attempt. */
  | { kind: "invalid"; message: string };
