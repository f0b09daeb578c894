// Apology letters of the demo world (phiếu xin lỗi và hẹn lại ngày trả kết quả, form 04), written as the services in
// src/server/dossiers/apology.ts would have: the assigned officer drafts, the head of the office holding the dossier
// signs (or rejects), the approval numbers the letter and moves the appointment, the statutory one is kept. Pure:
// the dossier generator hands over a dossier's planned life and gets the letters and their events back.
import { TZDate } from "@date-fns/tz";
import { apologyDraftRefusal, proposeNewAppointment, type ApologyKind } from "@/domain/apology";
import {
  addWorkingDays,
  addWorkingTime,
  endOfOfficeDay,
  latestApologyAt,
  officeWindowsOn,
  parseClockTime,
  parseLocalDate,
  toLocalDate,
  workingTimeBetween,
  type LocalDate,
  type WorkingCalendar,
} from "@/domain/calendar";
import type { ApologyStatus, DossierStatus, ProcessingStep } from "@/generated/prisma/client";
import type { FieldCode } from "./catalogue";
import type { Random } from "./random";
import type { WorldOffice, WorldUser } from "./world";

// ─── Rates ──────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Chance a late dossier gets a letter at all (when its office has a head to sign it). Construction is watched most
 * closely (the source articles: 115 of 457 letters in six months were in construction).
 */
export const LATE_APOLOGY_CHANCE: Readonly<Partial<Record<FieldCode, number>>> = { XAYDUNG: 0.96, DATDAI: 0.88 };
const DEFAULT_LATE_APOLOGY_CHANCE = 0.85;
/** Of the letters, the share drafted and signed by the close of the working day before the appointment day. */
const TIMELY_SHARE = 0.9;
/** Of the late letters, the share drafted in time but signed only after the deadline (the rest are drafted late). */
const SIGNED_LATE_SHARE = 0.45;
/** A first draft the head sends back (a handful a year). */
const REJECTED_DRAFT_CHANCE = 0.08;
/** A pending dossier at risk whose officer drafted a letter on the last working day, not yet signed. */
const PENDING_DRAFT_CHANCE = 0.6;
/** A returned result found wrong through staff error (corrected free of charge, with an apology): a few dozen a year. */
export const RESULT_ERROR_CHANCE = 0.0015;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

// ─── Wording ────────────────────────────────────────────────────────────────────────────────────────────────────

/** Reasons for the delay, per field, as officers write them on the letter. */
export const LATE_REASONS: Readonly<Record<FieldCode, readonly string[]>> = {
  XAYDUNG: [
    "Chờ ý kiến thẩm định của phòng Quản lý đô thị về sự phù hợp với quy hoạch chi tiết",
    "Chờ kết quả kiểm tra thực địa vị trí xây dựng, chỉ giới đường đỏ và chỉ giới xây dựng",
    "Chờ ý kiến phối hợp của phòng Tài nguyên và Môi trường về nguồn gốc đất của công trình",
    "Chờ ý kiến của đơn vị quản lý hạ tầng kỹ thuật về phương án đấu nối",
  ],
  DATDAI: [
    "Chờ kết quả đo đạc, xác minh nguồn gốc đất",
    "Chờ Chi nhánh Văn phòng đăng ký đất đai trích đo, trích lục bản đồ địa chính thửa đất",
    "Chờ cơ quan thuế xác định và thông báo nghĩa vụ tài chính",
    "Chờ hết thời hạn niêm yết công khai tại UBND cấp xã và khu dân cư theo quy định",
    "Thửa đất có biến động chưa được cập nhật trên cơ sở dữ liệu địa chính, phải xác minh lại",
  ],
  HOTICH: [
    "Chờ xác minh thông tin tại nơi đăng ký trước đây",
    "Chờ kết quả xác minh tình trạng hôn nhân tại nơi cư trú trước đây của người yêu cầu",
    "Cơ sở dữ liệu hộ tịch điện tử gặp sự cố, chưa cập nhật được thông tin",
    "Chờ hợp pháp hóa lãnh sự giấy tờ do cơ quan nước ngoài cấp",
  ],
  CHUNGTHUC: [
    "Phải đối chiếu, xác minh thêm bản chính giấy tờ có dấu hiệu tẩy xóa, sửa chữa",
    "Người yêu cầu chứng thực chưa có mặt để ký trước người thực hiện chứng thực",
    "Số lượng yêu cầu chứng thực tăng đột biến vượt khả năng xử lý trong ngày",
  ],
  HOKINHDOANH: [
    "Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh gặp sự cố kết nối",
    "Chờ xác minh địa điểm kinh doanh với UBND phường nơi đặt trụ sở",
    "Tên hộ kinh doanh trùng với tên đã đăng ký, phải xác minh lại với cơ sở dữ liệu",
  ],
  CONGTHUONG: [
    "Chờ đoàn thẩm định kiểm tra thực tế điều kiện của cơ sở",
    "Chờ kết quả kiểm nghiệm mẫu sản phẩm của cơ sở",
  ],
  LDTBXH: [
    "Chờ Hội đồng xét duyệt họp xem xét, thẩm định hồ sơ",
    "Chờ xác minh hoàn cảnh gia đình của đối tượng tại khu dân cư",
    "Chờ Hội đồng xác định mức độ khuyết tật họp đánh giá",
  ],
  VANHOA: [
    "Chờ kiểm tra thực tế điều kiện về phòng hát, âm thanh và phòng cháy chữa cháy",
    "Chờ ý kiến của các ban, ngành liên quan",
  ],
  GIAODUC: ["Chờ ý kiến tiếp nhận của nhà trường nơi chuyển đến", "Chờ đoàn kiểm tra thực tế điều kiện cơ sở vật chất"],
  YTE: ["Chờ đoàn thẩm định kiểm tra thực tế điều kiện bảo đảm an toàn thực phẩm của cơ sở"],
  TONGIAO: ["Chờ ý kiến của cơ quan công an và UBND cấp xã nơi dự kiến tổ chức"],
  THIDUA: ["Chờ Hội đồng Thi đua - Khen thưởng họp xét duyệt"],
};

/** Errors in a returned result caused by staff (kind RESULT_ERROR), per field. */
export const RESULT_ERROR_REASONS: Readonly<Partial<Record<FieldCode, readonly string[]>>> = {
  HOTICH: [
    "Kết quả ghi sai chính tả họ, chữ đệm của người được đăng ký do lỗi nhập liệu của công chức",
    "Ghi sai ngày, tháng, năm sinh trên giấy tờ hộ tịch so với tờ khai",
  ],
  CHUNGTHUC: ["Lời chứng ghi sai số bản sao được chứng thực", "Lời chứng ghi sai ngày chứng thực"],
  DATDAI: [
    "Giấy chứng nhận ghi sai diện tích thửa đất so với kết quả đo đạc",
    "Ghi sai số thửa, số tờ bản đồ trên Giấy chứng nhận",
  ],
  XAYDUNG: [
    "Giấy phép xây dựng ghi sai số tầng được phép xây dựng so với hồ sơ thiết kế",
    "Giấy phép ghi sai địa chỉ công trình",
  ],
  HOKINHDOANH: ["Giấy chứng nhận đăng ký hộ kinh doanh ghi sai ngành, nghề kinh doanh"],
};
const DEFAULT_RESULT_ERROR_REASON = "Kết quả giải quyết ghi sai thông tin của người đề nghị do lỗi của cán bộ thụ lý";

/** A vague first draft and the head's reasons for sending it back. */
const VAGUE_REASON = "Hồ sơ phức tạp, cần thêm thời gian xem xét, giải quyết";
const REJECTION_REASONS: readonly string[] = [
  "Lý do chậm trễ nêu chưa cụ thể; đề nghị ghi rõ nguyên nhân và bộ phận để xảy ra chậm trễ.",
  "Số ngày hẹn lại quá dài so với khối lượng công việc còn lại; đề nghị rút ngắn.",
  "Đề nghị rà soát lại ngày hẹn mới và nội dung xin lỗi trước khi trình ký.",
];

// ─── Plans ──────────────────────────────────────────────────────────────────────────────────────────────────────

/** One step of a dossier's planned life, as the generator builds it (chronological). */
export interface TimelineStep {
  at: Date;
  type: string;
  to: DossierStatus;
  step: ProcessingStep | null;
  office?: WorldOffice;
  assignee?: WorldUser;
}

/** A letter's planned life; `decision` null = still waiting for the head's signature. */
export interface LetterPlan {
  id: string;
  kind: ApologyKind;
  office: WorldOffice;
  drafter: WorldUser;
  head: WorldUser;
  reason: string;
  extraWorkingDays: number;
  previousAppointmentAt: Date;
  proposedAppointmentAt: Date;
  appointmentNote: string;
  draftedAt: Date;
  decision: { at: Date; approved: true } | { at: Date; approved: false; reason: string } | null;
}

export interface ApologyLetterRow {
  id: string;
  number: string | null;
  dossierId: string;
  kind: ApologyKind;
  status: ApologyStatus;
  officeId: string;
  reason: string;
  extraWorkingDays: number;
  previousAppointmentAt: Date;
  proposedAppointmentAt: Date;
  appointmentNote: string;
  calendarRevision: number;
  draftedById: string;
  draftedAt: Date;
  decidedById: string | null;
  decidedAt: Date | null;
  rejectionReason: string | null;
}

/** What the planner needs to know about one dossier's planned life (before it is cut at `now`). */
export interface ApologyContext {
  cal: WorkingCalendar;
  now: Date;
  workingDayMs: number;
  /** A stream of this dossier alone. */
  random: Random;
  field: FieldCode;
  timeline: readonly TimelineStep[];
  pause: { start: Date; end: Date } | null;
  /** The statutory appointment (supplement pause included). */
  appointmentAt: Date;
  finishedAt: Date;
  returnedAt: Date;
  late: boolean;
}

interface Signers {
  office: WorldOffice;
  drafter: WorldUser;
  head: WorldUser;
  status: DossierStatus;
}

/** Status, office and assignee of the planned life at instant `t`. */
function stateAt(timeline: readonly TimelineStep[], t: number) {
  let last: TimelineStep | null = null;
  let office: WorldOffice | null = null;
  let assignee: WorldUser | null = null;
  for (const e of timeline) {
    if (e.at.getTime() > t) break;
    last = e;
    if (e.office) office = e.office;
    if (e.assignee) assignee = e.assignee;
  }
  return last ? { status: last.to, office, assignee } : null;
}

/**
 * Who may draft and sign a letter of `kind` at `t`, under the services' rules: the officer assigned in the office
 * holding the dossier drafts, that office's head signs (null when it has none), the draft must not be refused.
 */
function signersAt(ctx: ApologyContext, kind: ApologyKind, t: number): Signers | null {
  const state = stateAt(ctx.timeline, t);
  if (!state?.office || !state.assignee || !state.office.head) return null;
  // Between a forward (liên thông) and its assignment the dossier sits in an office where nobody is assigned yet.
  if (!state.office.officers.includes(state.assignee)) return null;
  if (kind === "LATE") {
    if (t >= ctx.finishedAt.getTime()) return null;
    // Before or during the supplement pause the appointment in force is another one: not planned here.
    if (ctx.pause && t <= ctx.pause.end.getTime()) return null;
  }
  const refusal = apologyDraftRefusal(ctx.cal, {
    kind,
    status: state.status,
    appointmentAt: kind === "LATE" ? ctx.appointmentAt : null,
    rescheduleCount: 0,
    rescheduleCap: 1,
    now: new Date(t),
    dueSoonWorkingDays: 1,
    hasOpenDraft: false,
  });
  if (refusal) return null;
  return { office: state.office, drafter: state.assignee, head: state.office.head, status: state.status };
}

/** The instant at `fraction` of a working day's office time (morning and afternoon windows). */
export function officeInstant(cal: WorkingCalendar, date: LocalDate, fraction: number): Date {
  const { year, month, day } = parseLocalDate(date);
  const midnight = new TZDate(year, month - 1, day, 0, 0, cal.timeZone).getTime();
  const windows = officeWindowsOn(cal, date).map((w) => ({
    start: midnight + parseClockTime(w.start) * MINUTE,
    end: midnight + parseClockTime(w.end) * MINUTE,
  }));
  const total = windows.reduce((s, w) => s + (w.end - w.start), 0);
  let left = Math.floor((Math.min(Math.max(fraction, 0), 0.999) * total) / 1000) * 1000;
  for (const w of windows) {
    if (left < w.end - w.start) return new Date(w.start + left);
    left -= w.end - w.start;
  }
  throw new RangeError(`${date} has no office hours`);
}

/** Extra working days so that the new appointment is 2–10 days on and after the planned completion. */
function extraDays(ctx: ApologyContext): number {
  const day = toLocalDate(ctx.cal, ctx.appointmentAt);
  let min = 2;
  while (min < 30 && endOfOfficeDay(ctx.cal, addWorkingDays(ctx.cal, day, min)).getTime() < ctx.finishedAt.getTime())
    min++;
  return min >= 10 ? min : min + Math.floor(Math.pow(ctx.random.float(), 1.6) * (11 - min));
}

function lateLetter(
  ctx: ApologyContext,
  signers: Signers,
  reason: string,
  extra: number,
  draftedAt: Date,
): Omit<LetterPlan, "decision"> {
  const proposal = proposeNewAppointment(ctx.cal, ctx.appointmentAt, extra);
  return {
    id: ctx.random.id(),
    kind: "LATE",
    office: signers.office,
    drafter: signers.drafter,
    head: signers.head,
    reason,
    extraWorkingDays: extra,
    previousAppointmentAt: ctx.appointmentAt,
    proposedAppointmentAt: proposal.appointmentAt,
    appointmentNote: proposal.explanation,
    draftedAt,
  };
}

/**
 * The letters of a dossier that runs late (planned in full; the generator cuts them at `now`): most drafted and
 * signed on the last working day before the appointment day, some signed or drafted after that deadline, a few
 * sent back once before being signed; none when the office has no head or the dossier's life leaves no room.
 */
export function planLateApology(ctx: ApologyContext): LetterPlan[] {
  const { cal, random } = ctx;
  if (!ctx.late || !random.chance(LATE_APOLOGY_CHANCE[ctx.field] ?? DEFAULT_LATE_APOLOGY_CHANCE)) return [];
  const deadline = latestApologyAt(cal, ctx.appointmentAt);
  const lastDay = toLocalDate(cal, deadline);
  const finish = ctx.finishedAt.getTime();
  const timely = random.chance(TIMELY_SHARE);
  const signedLate = !timely && random.chance(SIGNED_LATE_SHARE);

  let draftedAt = officeInstant(cal, lastDay, random.between(0.05, 0.8));
  let decidedAt = timely
    ? new Date(
        Math.min(
          addWorkingTime(cal, draftedAt, random.between(20 * MINUTE, 3 * HOUR)).getTime(),
          deadline.getTime() - 2 * MINUTE,
        ),
      )
    : addWorkingTime(cal, deadline, random.between(0.05, 1.2) * ctx.workingDayMs);
  let signers = timely || signedLate ? signersAt(ctx, "LATE", draftedAt.getTime()) : null;
  if (!signers) {
    // Drafted after the deadline (or the dossier was not yet with an officer on the last day).
    draftedAt = addWorkingTime(cal, deadline, random.between(0.02, 1.5) * ctx.workingDayMs);
    decidedAt = addWorkingTime(cal, draftedAt, random.between(20 * MINUTE, 4 * HOUR));
    signers = signersAt(ctx, "LATE", draftedAt.getTime());
  }
  if (!signers) return [];
  // Both before the result is approved: the letter is about a dossier still being handled.
  if (decidedAt.getTime() >= finish - 5 * MINUTE) {
    const room = draftedAt.getTime() < finish ? workingTimeBetween(cal, draftedAt, ctx.finishedAt) : 0;
    if (room < 20 * MINUTE) return [];
    decidedAt = addWorkingTime(cal, draftedAt, room * random.between(0.3, 0.85));
  }
  const reason = random.pick(LATE_REASONS[ctx.field]);
  const extra = extraDays(ctx);

  if (random.chance(REJECTED_DRAFT_CHANCE)) {
    const rejectedAt = addWorkingTime(cal, draftedAt, random.between(15 * MINUTE, 2 * HOUR));
    const redraftedAt = addWorkingTime(cal, rejectedAt, random.between(10 * MINUTE, 90 * MINUTE));
    const approvedAt = addWorkingTime(cal, redraftedAt, random.between(10 * MINUTE, HOUR));
    const again = signersAt(ctx, "LATE", redraftedAt.getTime());
    // Only a letter with room to shorten is sent back for a too long extension (the first draft asked for 3 more days).
    const rejection = random.pick(
      extra <= 7 ? REJECTION_REASONS : REJECTION_REASONS.filter((r) => !r.includes("quá dài")),
    );
    if (again && again.office === signers.office && approvedAt.getTime() < finish - 5 * MINUTE) {
      const longer = rejection.includes("quá dài");
      return [
        {
          ...lateLetter(ctx, signers, longer ? reason : VAGUE_REASON, longer ? extra + 3 : extra, draftedAt),
          decision: { at: rejectedAt, approved: false, reason: rejection },
        },
        { ...lateLetter(ctx, again, reason, extra, redraftedAt), decision: { at: approvedAt, approved: true } },
      ];
    }
  }
  const atDecision = stateAt(ctx.timeline, decidedAt.getTime());
  if (atDecision?.office !== signers.office) return [];
  return [{ ...lateLetter(ctx, signers, reason, extra, draftedAt), decision: { at: decidedAt, approved: true } }];
}

/**
 * A dossier still pending at `now` with no letter yet, at risk on the last working day before `now` (due by the next
 * working day, or overdue): sometimes its officer drafted a letter that day, still waiting for the head's signature
 * (content for the early-warning screens). The draft rules decide whether it was at risk then.
 */
export function planPendingDraft(ctx: ApologyContext): LetterPlan[] {
  const { cal, random, now } = ctx;
  if (ctx.finishedAt.getTime() <= now.getTime() || !random.chance(PENDING_DRAFT_CHANCE)) return [];
  // Some time that day after the dossier reached its officer.
  const day = addWorkingDays(cal, toLocalDate(cal, now), -1);
  const close = Math.min(endOfOfficeDay(cal, day).getTime(), now.getTime()) - 3 * MINUTE;
  let from = officeInstant(cal, day, 0).getTime();
  for (const e of ctx.timeline)
    if (e.assignee && e.at.getTime() < close) from = Math.max(from, e.at.getTime() + 5 * MINUTE);
  if (from >= close) return [];
  const draftedAt = addWorkingTime(
    cal,
    new Date(from),
    workingTimeBetween(cal, new Date(from), new Date(close)) * random.float(),
  );
  const signers = signersAt(ctx, "LATE", draftedAt.getTime());
  if (!signers) return [];
  return [
    { ...lateLetter(ctx, signers, random.pick(LATE_REASONS[ctx.field]), extraDays(ctx), draftedAt), decision: null },
  ];
}

/** Rarely, a returned result with an error caused by staff: a RESULT_ERROR letter, the corrected result promised. */
export function planResultErrorApology(ctx: ApologyContext): LetterPlan[] {
  const { cal, random } = ctx;
  if (ctx.late || !random.chance(RESULT_ERROR_CHANCE)) return [];
  const draftedAt = addWorkingTime(cal, ctx.returnedAt, random.between(0.3, 12) * ctx.workingDayMs);
  const signers = signersAt(ctx, "RESULT_ERROR", draftedAt.getTime());
  if (!signers || signers.status !== "RETURNED") return [];
  const decidedAt = addWorkingTime(cal, draftedAt, random.between(20 * MINUTE, 5 * HOUR));
  const extra = random.int(1, 3);
  const proposal = proposeNewAppointment(cal, draftedAt, extra);
  return [
    {
      id: random.id(),
      kind: "RESULT_ERROR",
      office: signers.office,
      drafter: signers.drafter,
      head: signers.head,
      reason: random.pick(RESULT_ERROR_REASONS[ctx.field] ?? [DEFAULT_RESULT_ERROR_REASON]),
      extraWorkingDays: extra,
      previousAppointmentAt: draftedAt,
      proposedAppointmentAt: proposal.appointmentAt,
      appointmentNote: proposal.explanation,
      draftedAt,
      decision: { at: decidedAt, approved: true },
    },
  ];
}

/** The plans as they stand at `now`: drafts not yet written dropped, decisions not yet taken undone. */
export function cutPlans(plans: readonly LetterPlan[], now: Date): LetterPlan[] {
  const t = now.getTime();
  return plans
    .filter((p) => p.draftedAt.getTime() <= t)
    .map((p) => (p.decision && p.decision.at.getTime() > t ? { ...p, decision: null } : p));
}

/** Timeline entries of the letters (draft, then approve or reject), in the shape the services append. */
export function letterEvents(
  plans: readonly LetterPlan[],
): { at: Date; type: string; actor: WorldUser; reason?: string; payload: Record<string, unknown> }[] {
  return plans.flatMap((p) => {
    const draft = {
      at: p.draftedAt,
      type: "draft_apology",
      actor: p.drafter,
      reason: p.reason,
      payload: {
        apologyId: p.id,
        kind: p.kind,
        extraWorkingDays: p.extraWorkingDays,
        proposedAppointmentAt: p.proposedAppointmentAt.toISOString(),
      },
    };
    if (!p.decision) return [draft];
    const decision = p.decision.approved
      ? {
          at: p.decision.at,
          type: "approve_apology",
          actor: p.head,
          payload: {
            apologyId: p.id,
            number: null as string | null,
            kind: p.kind,
            appointmentAt: p.proposedAppointmentAt.toISOString(),
          },
        }
      : {
          at: p.decision.at,
          type: "reject_apology",
          actor: p.head,
          reason: p.decision.reason,
          payload: { apologyId: p.id },
        };
    return [draft, decision];
  });
}

export function letterRows(
  plans: readonly LetterPlan[],
  dossierId: string,
  calendarRevision: number,
): ApologyLetterRow[] {
  return plans.map((p) => ({
    id: p.id,
    number: null,
    dossierId,
    kind: p.kind,
    status: !p.decision ? "DRAFT" : p.decision.approved ? "APPROVED" : "REJECTED",
    officeId: p.office.id,
    reason: p.reason,
    extraWorkingDays: p.extraWorkingDays,
    previousAppointmentAt: p.previousAppointmentAt,
    proposedAppointmentAt: p.proposedAppointmentAt,
    appointmentNote: p.appointmentNote,
    calendarRevision,
    draftedById: p.drafter.id,
    draftedAt: p.draftedAt,
    decidedById: p.decision ? p.head.id : null,
    decidedAt: p.decision?.at ?? null,
    rejectionReason: p.decision && !p.decision.approved ? p.decision.reason : null,
  }));
}

/** Số phiếu <unit code>-04-<yymmdd>-<3-digit sequence>, as approveApology numbers it (per unit and day of signing). */
export function apologyNumber(unitCode: string, day: LocalDate, sequence: number): string {
  return `${unitCode}-04-${day.slice(2).replaceAll("-", "")}-${String(sequence).padStart(3, "0")}`;
}
