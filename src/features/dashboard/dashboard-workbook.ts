// The leadership dashboard's tables as one Excel workbook (ExcelJS, as the other exports): the headline indicators with
// their formulas, the channel mix, units / offices / procedures with their ranks, and the 36-month trend. The same
// figures as the page (src/server/data/dashboard-period.ts). No Next.js, no Prisma.
import ExcelJS from "exceljs";
import { DOSSIER_LABELS } from "@/domain/dossier";
import { HEADLINE_INDICATOR_IDS, ROLLUP_INDICATOR_IDS, targetStatus, type HeadlineIndicatorId } from "@/domain/metrics";
import { formatDateTime, formatDateVi } from "@/lib/dates";
import { PROCESSING_SAMPLE_LIMIT, type DashboardRow, type PeriodDashboard } from "@/server/data/dashboard-period";
import vi from "@/i18n/messages/leadershipDashboard.vi.json";

const PERCENT = "0.00%";
const NA = "N/A";
const names = vi.indicators.names as Record<HeadlineIndicatorId, string>;
const formulas = vi.indicators.formulas as Record<HeadlineIndicatorId, string>;

export const dashboardFileName = (dashboard: PeriodDashboard) =>
  `chi-so-lanh-dao-${dashboard.period.from}-${dashboard.period.to}.xlsx`;

function header(sheet: ExcelJS.Worksheet, values: string[]) {
  const row = sheet.addRow(values);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: "middle" };
}

function percentCell(row: ExcelJS.Row, column: number, value: number | null) {
  const cell = row.getCell(column);
  cell.value = value ?? NA;
  if (value !== null) cell.numFmt = PERCENT;
}

function rowsSheet(workbook: ExcelJS.Workbook, title: string, nameHeader: string, rows: DashboardRow[]) {
  const sheet = workbook.addWorksheet(title);
  // Units and offices carry their SIPAS index; procedures do not (the ratings' rollups do not split them).
  const withSatisfaction = rows.some((row) => row.satisfaction !== null);
  sheet.columns = [
    { width: 8 },
    { width: 50 },
    ...Array.from({ length: 7 + ROLLUP_INDICATOR_IDS.length + (withSatisfaction ? 1 : 0) }, () => ({ width: 14 })),
  ];
  const t = vi.table;
  header(sheet, [
    t.colRank,
    nameHeader,
    t.colReceived,
    t.colResolved,
    "Trước hạn",
    "Đúng hạn",
    t.colLate,
    "Tồn đầu kỳ",
    t.colOverdue,
    ...ROLLUP_INDICATOR_IDS.map((id) => names[id]),
    ...(withSatisfaction ? [names.satisfaction] : []),
  ]);
  for (const item of rows) {
    const row = sheet.addRow([
      item.rank ?? "",
      item.name || (nameHeader === t.colOffice ? t.noOffice : item.id),
      item.counts.received,
      item.counts.resolved.resolved,
      item.counts.resolved.early,
      item.counts.resolved.onTime,
      item.counts.resolved.late,
      item.counts.pendingAtStart,
      item.counts.overdueAtEnd,
    ]);
    item.indicators.forEach((indicator, index) => percentCell(row, 10 + index, indicator.value));
    if (withSatisfaction) percentCell(row, 10 + item.indicators.length, item.satisfaction?.value ?? null);
  }
}

export async function buildDashboardWorkbook(
  dashboard: PeriodDashboard,
  meta: { scopeName: string; generatedAt: Date },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "MotCua";
  workbook.created = meta.generatedAt;
  const sheet = workbook.addWorksheet("Chỉ số chính");
  sheet.columns = [
    { width: 40 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
    { width: 90 },
    { width: 16 },
    { width: 14 },
    { width: 16 },
  ];
  sheet.addRow([
    `CHỈ SỐ GIẢI QUYẾT HỒ SƠ TỪ ${formatDateVi(dashboard.period.from)} ĐẾN ${formatDateVi(dashboard.period.to)}`,
  ]).font = {
    bold: true,
    size: 14,
  };
  sheet.addRow([`Phạm vi: ${meta.scopeName}`]);
  sheet.addRow(["Số liệu từ bảng tổng hợp theo ngày, tính theo đơn vị giải quyết hồ sơ."]);
  sheet.addRow([`Lập lúc ${formatDateTime(meta.generatedAt)}`]);
  sheet.addRow([]);
  const ti = vi.indicators;
  const tt = vi.targets;
  header(sheet, [
    ti.colIndicator,
    ti.colValue,
    ti.colNumerator,
    ti.colDenominator,
    ti.colFormula,
    tt.colTarget.replace("{year}", String(dashboard.targets.year)),
    tt.colYearToDate,
    tt.colStatus,
  ]);
  for (const indicator of dashboard.indicators) {
    const row = sheet.addRow([
      names[indicator.id],
      null,
      indicator.numerator ?? "",
      indicator.denominator,
      formulas[indicator.id],
    ]);
    percentCell(row, 2, indicator.value);
    const target = dashboard.targets.values[indicator.id];
    const yearToDate = dashboard.targets.yearToDate.find((item) => item.id === indicator.id)?.value ?? null;
    if (target === undefined) row.getCell(6).value = tt.none;
    else percentCell(row, 6, target);
    percentCell(row, 7, yearToDate);
    const status = targetStatus(yearToDate, target);
    row.getCell(8).value = status === null ? "" : tt[status];
  }
  sheet.addRow([]);
  const tp = vi.processing;
  header(sheet, [tp.title, tp.colMedian, tp.colP90, tp.colCount]);
  const times = sheet.addRow([
    tp.caption,
    dashboard.processing.median ?? NA,
    dashboard.processing.p90 ?? NA,
    dashboard.processing.count,
  ]);
  for (const column of [2, 3]) times.getCell(column).numFmt = "0.00";
  sheet.addRow([tp.note.replaceAll("{limit}", String(PROCESSING_SAMPLE_LIMIT))]);
  sheet.addRow([]);
  sheet.addRow([ti.notHeld]);

  const channels = workbook.addWorksheet("Kênh tiếp nhận");
  channels.columns = [{ width: 30 }, { width: 16 }, { width: 14 }];
  header(channels, [vi.channels.colChannel, vi.channels.colReceived, vi.channels.colShare]);
  for (const item of dashboard.channels) {
    const row = channels.addRow([DOSSIER_LABELS.vi.channel[item.channel], item.received]);
    percentCell(row, 3, item.share);
  }
  channels.addRow([vi.channels.note]);

  if (dashboard.unit === null) rowsSheet(workbook, "Đơn vị", vi.table.colUnit, dashboard.units);
  if (dashboard.unit !== null && dashboard.office === null)
    rowsSheet(workbook, "Phòng, ban", vi.table.colOffice, dashboard.offices);
  if (dashboard.unit !== null) rowsSheet(workbook, "Thủ tục", vi.table.colProcedure, dashboard.procedures);

  const trend = workbook.addWorksheet("Xu hướng 36 tháng");
  trend.columns = [{ width: 12 }, ...HEADLINE_INDICATOR_IDS.map(() => ({ width: 16 }))];
  header(trend, [vi.trend.colMonth, ...HEADLINE_INDICATOR_IDS.map((id) => names[id])]);
  for (const point of dashboard.trend) {
    const row = trend.addRow([`${point.month.slice(5, 7)}/${point.month.slice(0, 4)}`]);
    point.indicators.forEach((indicator, index) => percentCell(row, 2 + index, indicator.value));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
