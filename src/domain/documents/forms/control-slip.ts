// Form 05 — Phiếu kiểm soát quá trình giải quyết hồ sơ (Thông tư 01/2018/TT-VPCP, mẫu số 05): one row per step the
// dossier actually went through (desk → office, officer → head, head → leadership, leadership → desk, desk → the
// applicant, with any inter-office transfer or send-back in between), who handed over, who received, when, the
// step's own deadline from the procedure's time budget (src/domain/dossier/step-budget.ts) and whether the hand-over
// came early, on time or late against it. Steps not reached yet show their planned deadline.
import { classifyFinished, FINISHED_TIMELINESS_LABELS, type WorkingCalendar } from "@/domain/calendar";
import { stepsFor, type ProcessStep, type StepDeadline } from "@/domain/dossier/step-budget";
import { formatDate, formatTime } from "@/lib/dates";
import { PAGE_FORMATS, safeFileName, timeAndDate } from "../format";
import type { ControlSlipData, ControlStepRow } from "../model";
import type { DocumentSpec, TableColumn } from "../spec";
import { headerOf } from "./common";

/** The steps as the slip names them. */
export const SLIP_STEP_NAMES: Readonly<Record<ProcessStep, string>> = {
  RECEPTION: "Tiếp nhận, chuyển hồ sơ",
  HANDLING: "Thụ lý, giải quyết",
  REVIEW: "Lãnh đạo phòng xem xét, trình",
  SIGNING: "Lãnh đạo cơ quan ký duyệt",
  RETURN: "Trả kết quả",
};

/** One event of the dossier's history, as the slip reads it (names, not ids). */
export interface SlipEvent {
  type: string;
  at: Date;
  actor: string | null;
  toStatus: string | null;
  /** The processing step before the event (a send-back from the head or from the leadership). */
  fromStep: string | null;
  /** Transfer and forward: the receiving office, and who received it there (the hand-off row's receiver). */
  toOffice?: string | null;
  receiver?: string | null;
  reason?: string | null;
}

export interface SlipHistory {
  cal: WorkingCalendar;
  /** The receiving unit's desk: "Bộ phận Tiếp nhận và Trả kết quả". */
  deskOffice: string;
  /** The deciding authority's leadership: "Lãnh đạo UBND phường Lê Lợi". */
  leadership: string;
  applicantName: string;
  /** The office that handles (or is to handle) the dossier, for the planned rows. */
  handlingOffice: string | null;
  leadershipApproval: boolean;
  deadlines: readonly StepDeadline[];
  /** The step the dossier waits on (pendingStep), null when none is left. */
  pending: ProcessStep | null;
  events: readonly SlipEvent[];
  now: Date;
}

const APPLICANT = "Tổ chức, cá nhân";
const headOf = (office: string) => `Lãnh đạo ${office}`;

/** The slip's rows: the hand-overs of the history in order, then the steps still ahead with their deadlines. */
export function controlSlipSteps(history: SlipHistory): ControlStepRow[] {
  const { cal, deskOffice, leadership, events } = history;
  const dueOf = (step: ProcessStep) => history.deadlines.find((deadline) => deadline.step === step)?.dueAt ?? null;
  const judged = (step: ProcessStep, at: Date) => {
    const dueAt = dueOf(step);
    return { step, handedAt: at, dueAt, timeliness: dueAt ? classifyFinished(cal, dueAt, at) : null };
  };
  const nextActor = (i: number, types: readonly string[]) =>
    events.slice(i + 1).find((event) => types.includes(event.type))?.actor ?? null;

  const rows: ControlStepRow[] = [];
  let office = history.handlingOffice ?? "Phòng chuyên môn";
  const firstTransfer = events.find((event) => event.type === "transfer")?.toOffice;
  if (firstTransfer) office = firstTransfer;
  events.forEach((event, i) => {
    const fromUser = event.actor;
    switch (event.type) {
      case "transfer": {
        const toOffice = event.toOffice ?? office;
        rows.push({
          ...judged("RECEPTION", event.at),
          fromOffice: deskOffice,
          fromUser,
          toOffice,
          toUser: event.receiver ?? nextActor(i, ["assign"]),
          note: null,
        });
        office = toOffice;
        return;
      }
      case "forward": {
        const toOffice = event.toOffice ?? office;
        rows.push({
          ...judged("HANDLING", event.at),
          fromOffice: office,
          fromUser,
          toOffice,
          toUser: event.receiver ?? null,
          note: event.reason ? `Chuyển liên thông: ${event.reason}` : "Chuyển liên thông",
        });
        office = toOffice;
        return;
      }
      case "submit_for_approval":
        rows.push({
          ...judged("HANDLING", event.at),
          fromOffice: office,
          fromUser,
          toOffice: headOf(office),
          toUser: nextActor(i, ["approve", "send_back"]),
          note: null,
        });
        return;
      case "approve": {
        if (event.toStatus === "RESULT_READY") {
          const step = history.leadershipApproval ? "SIGNING" : "REVIEW";
          rows.push({
            ...judged(step, event.at),
            fromOffice: history.leadershipApproval ? leadership : headOf(office),
            fromUser,
            toOffice: deskOffice,
            toUser: nextActor(i, ["return_result"]),
            note: null,
          });
        } else {
          rows.push({
            ...judged("REVIEW", event.at),
            fromOffice: headOf(office),
            fromUser,
            toOffice: leadership,
            toUser: nextActor(i, ["approve", "send_back"]),
            note: null,
          });
        }
        return;
      }
      case "send_back": {
        const byLeadership = event.fromStep === "AWAITING_LEADER_APPROVAL";
        rows.push({
          ...judged(byLeadership ? "SIGNING" : "REVIEW", event.at),
          fromOffice: byLeadership ? leadership : headOf(office),
          fromUser,
          toOffice: office,
          toUser: null,
          note: event.reason ? `Trả lại để xử lý lại: ${event.reason}` : "Trả lại để xử lý lại",
        });
        return;
      }
      case "return_result":
        rows.push({
          ...judged("RETURN", event.at),
          fromOffice: deskOffice,
          fromUser,
          toOffice: APPLICANT,
          toUser: history.applicantName,
          note: null,
        });
        return;
    }
  });

  if (history.pending === null) return rows;
  const steps = stepsFor(history.leadershipApproval);
  const planned: Record<ProcessStep, [string, string]> = {
    RECEPTION: [deskOffice, office],
    HANDLING: [office, headOf(office)],
    REVIEW: [headOf(office), history.leadershipApproval ? leadership : deskOffice],
    SIGNING: [leadership, deskOffice],
    RETURN: [deskOffice, APPLICANT],
  };
  for (const step of steps.slice(Math.max(0, steps.indexOf(history.pending)))) {
    const dueAt = dueOf(step);
    const current = step === history.pending;
    rows.push({
      step,
      fromOffice: planned[step][0],
      fromUser: null,
      toOffice: planned[step][1],
      toUser: null,
      handedAt: null,
      dueAt,
      timeliness: null,
      note: !current
        ? "Chưa đến bước này"
        : dueAt && history.now > dueAt
          ? "Đang thực hiện, đã quá hạn của bước"
          : "Đang thực hiện",
    });
  }
  return rows;
}

const COLUMNS: readonly TableColumn[] = [
  { header: "STT", width: 0.8, align: "center" },
  { header: "Bước, cơ quan/bộ phận", width: 3.6 },
  { header: "Người giao", group: "Giao, nhận hồ sơ", width: 2.2 },
  { header: "Người nhận", group: "Giao, nhận hồ sơ", width: 2.2 },
  { header: "Thời gian", group: "Giao, nhận hồ sơ", width: 1.9, align: "center" },
  { header: "Hạn của bước", width: 1.9, align: "center" },
  { header: "Kết quả", width: 1.7, align: "center" },
  { header: "Ghi chú", width: 2.4 },
];

const dash = "—";
/** dd/MM/yyyy over HH:mm, so a narrow column breaks between the date and the time, never inside them. */
const dateTime = (value: Date) => `${formatDate(value)}\n${formatTime(value)}`;

/** One table row; the result stays blank while the step is open, as on the paper slip. */
export function stepCells(row: ControlStepRow, index: number): string[] {
  return [
    String(index + 1),
    `${SLIP_STEP_NAMES[row.step]}\nGiao: ${row.fromOffice}\nNhận: ${row.toOffice}`,
    row.fromUser ?? "",
    row.toUser ?? "",
    row.handedAt ? dateTime(row.handedAt) : "",
    row.dueAt ? dateTime(row.dueAt) : dash,
    row.handedAt && row.timeliness ? FINISHED_TIMELINESS_LABELS[row.timeliness] : "",
    row.note ?? "",
  ];
}

export function controlSlipSpec(data: ControlSlipData): DocumentSpec {
  return {
    title: `Phiếu kiểm soát quá trình giải quyết hồ sơ ${data.code}`,
    fileName: safeFileName(`phieu-kiem-soat-${data.code}`),
    format: PAGE_FORMATS.controlSlip,
    header: headerOf(data.issuer, { date: data.printedAt, formNumber: "Mẫu số 05" }),
    heading: "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
    sheets: [
      [
        { kind: "code", label: "Mã hồ sơ", code: data.code },
        { kind: "field", label: "Kèm theo hồ sơ của", value: data.applicant.name },
        ...(data.applicant.address
          ? [{ kind: "field", label: "Địa chỉ", value: data.applicant.address } as const]
          : []),
        { kind: "field", label: "Nội dung yêu cầu giải quyết", value: data.procedureName },
        { kind: "field", label: "Thời gian nhận hồ sơ", value: data.receivedAt ? timeAndDate(data.receivedAt) : dash },
        {
          kind: "field",
          label: "Thời gian hẹn trả kết quả",
          value: data.appointmentAt ? timeAndDate(data.appointmentAt) : dash,
        },
        {
          kind: "table",
          columns: COLUMNS,
          rows: data.steps.map(stepCells),
          emptyText: "Hồ sơ chưa được tiếp nhận.",
        },
        {
          kind: "paragraph",
          italic: true,
          text: [
            `Ghi chú: Hạn của từng bước chia thời gian từ lúc nhận hồ sơ đến thời gian hẹn trả kết quả hiện hành (không tính thời gian tạm dừng) theo ${
              data.budgetOfProcedure ? "tỷ lệ của thủ tục" : "tỷ lệ mặc định"
            }; kết quả của bước được xác định khi bàn giao cho bước tiếp theo.`,
            data.provisional ? "Hồ sơ đang tạm dừng: hạn các bước là tạm tính đến lúc in phiếu." : "",
          ]
            .filter(Boolean)
            .join(" "),
        },
      ],
    ],
  };
}
