// Form 05 — Phiếu kiểm soát quá trình giải quyết hồ sơ (Thông tư 01/2018/TT-VPCP, mẫu số 05): one row per hand-off,
// who gave, who took, when, and whether that step finished early, on time or late against its share of the time.
import { FINISHED_TIMELINESS_LABELS } from "@/domain/calendar";
import { formatDateTime } from "@/lib/dates";
import { PAGE_FORMATS, safeFileName, timeAndDate } from "../format";
import type { ControlSlipData, HandoffRow } from "../model";
import type { DocumentSpec, TableColumn } from "../spec";
import { headerOf } from "./common";

const COLUMNS: readonly TableColumn[] = [
  { header: "STT", width: 0.9, align: "center" },
  { header: "Tên cơ quan/bộ phận", width: 3.2 },
  { header: "Người giao", group: "Giao hồ sơ", width: 2.4 },
  { header: "Thời gian", group: "Giao hồ sơ", width: 2.2, align: "center" },
  { header: "Người nhận", group: "Nhận hồ sơ", width: 2.4 },
  { header: "Hạn xử lý", width: 2.2, align: "center" },
  { header: "Hoàn thành", width: 2.2, align: "center" },
  { header: "Kết quả", width: 1.8, align: "center" },
];

const dash = "—";

/** One table row; the result stays blank while the step is open, as on the paper slip. */
export function handoffCells(row: HandoffRow): string[] {
  const offices = row.fromOffice ? `Giao: ${row.fromOffice}\nNhận: ${row.toOffice}` : `Nhận: ${row.toOffice}`;
  return [
    String(row.sequence),
    row.note ? `${offices}\n(${row.note})` : offices,
    row.fromUser ?? dash,
    formatDateTime(row.sentAt),
    row.toUser ?? "",
    row.dueAt ? formatDateTime(row.dueAt) : dash,
    row.completedAt ? formatDateTime(row.completedAt) : "",
    row.completedAt && row.timeliness ? FINISHED_TIMELINESS_LABELS[row.timeliness] : "",
  ];
}

export function controlSlipSpec(data: ControlSlipData): DocumentSpec {
  const handoffs = [...data.handoffs].sort((a, b) => a.sequence - b.sequence);
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
          rows: handoffs.map(handoffCells),
          emptyText: "Hồ sơ chưa được chuyển giao.",
        },
        {
          kind: "paragraph",
          italic: true,
          text: "Ghi chú: Kết quả giải quyết của từng bước (trước hạn, đúng hạn, quá hạn) được xác định khi cơ quan, bộ phận nhận hồ sơ hoàn thành và chuyển tiếp.",
        },
      ],
    ],
  };
}
