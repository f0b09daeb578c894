// The Decision 766 scorecard as one Excel workbook (ExcelJS, as the other exports): the units ranked, the chosen
// unit's (or office's) indicators with points, rate, numerator and denominator, conversion and the reason of an N/A,
// and the notes (estimate, N/A rule, version, bands). The same figures as the page. No Next.js, no Prisma.
import ExcelJS from "exceljs";
import { unallocatedPoints } from "@/domain/decision-766";
import { formatDateTime, formatDateVi } from "@/lib/dates";
import type { ScorecardPage } from "@/server/data/decision-766";
import vi from "@/i18n/messages/decision766.vi.json";

const NA = "N/A";

export const scorecardFileName = (page: ScorecardPage) => `chi-so-766-${page.period.from}-${page.period.to}.xlsx`;

function header(sheet: ExcelJS.Worksheet, values: string[]) {
  const row = sheet.addRow(values);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: "middle" };
}

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));

export async function buildScorecardWorkbook(page: ScorecardPage, meta: { generatedAt: Date }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = meta.generatedAt;
  const notes = workbook.addWorksheet("Ghi chú");
  notes.columns = [{ width: 120 }];
  for (const line of [
    vi.title,
    vi.estimate,
    `Kỳ: ${formatDateVi(page.period.from)} – ${formatDateVi(page.period.to)}; kỳ trước: ${formatDateVi(page.previous.from)} – ${formatDateVi(page.previous.to)}`,
    fill(vi.version, { label: page.version.label, source: page.version.source }),
    vi.naRule,
    ...unallocatedPoints(page.version).map((row) =>
      fill(vi.unallocated, {
        group: page.version.groups.find((group) => group.code === row.code)?.name ?? "",
        points: row.points,
      }),
    ),
    fill(vi.bandsNote, {
      bands: page.version.bands.map((band) => `${band.label} ≥ ${band.min}${band.assumed ? "*" : ""}`).join("; "),
    }),
    `Lập lúc ${formatDateTime(meta.generatedAt)}`,
  ]) {
    notes.addRow([line]).alignment = { wrapText: true };
  }

  const ranking = workbook.addWorksheet("Xếp hạng");
  ranking.columns = [
    { width: 8 },
    { width: 44 },
    { width: 14 },
    { width: 16 },
    { width: 14 },
    { width: 14 },
    { width: 16 },
  ];
  const r = vi.ranking;
  header(ranking, [
    r.colRank,
    r.colUnit,
    "Cấp",
    r.colTotal,
    "Điểm đạt",
    "Điểm tối đa tính được",
    r.colBand,
    r.colChange,
  ]);
  for (const unit of page.units) {
    ranking.addRow([
      unit.rank ?? "",
      unit.name,
      r.level[unit.level],
      unit.card.total ?? NA,
      unit.card.earned,
      unit.card.countedMax,
      unit.card.band?.label ?? "",
      unit.change ?? NA,
    ]);
  }

  if (page.card) {
    const c = vi.card;
    const sheet = workbook.addWorksheet("Chỉ số");
    sheet.columns = [
      { width: 8 },
      { width: 28 },
      { width: 50 },
      { width: 10 },
      { width: 10 },
      { width: 12 },
      { width: 12 },
      { width: 12 },
      { width: 22 },
      { width: 14 },
      { width: 60 },
    ];
    sheet.addRow([
      fill(c.title, { name: page.office ? `${page.office.name}, ${page.unit?.name ?? ""}` : (page.unit?.name ?? "") }),
    ]).font = { bold: true };
    sheet.addRow([
      `${c.total}: ${page.card.total ?? NA}; ${c.earned}: ${page.card.earned}/${page.card.countedMax}; ${c.band}: ${page.card.band?.label ?? ""}`,
    ]);
    header(sheet, [
      c.colId,
      "Nhóm",
      c.colName,
      "Điểm",
      "Tối đa",
      c.colRate,
      "Tử số",
      "Mẫu số",
      c.colThreshold,
      c.colLost,
      "Ghi chú",
    ]);
    for (const group of page.card.groups) {
      for (const row of group.indicators) {
        const added = sheet.addRow([
          row.definition.id,
          group.name,
          row.definition.name,
          row.points ?? NA,
          row.definition.max,
          row.rate ?? NA,
          row.numerator ?? "",
          row.denominator ?? "",
          row.definition.conversion.kind === "threshold"
            ? fill(c.threshold, { threshold: `${Math.round(row.definition.conversion.threshold * 100)}%` })
            : c.proportional,
          page.lost[row.definition.id] ?? "",
          [row.notApplicable, row.definition.note].filter(Boolean).join(" "),
        ]);
        if (row.rate !== null) added.getCell(6).numFmt = "0.00%";
      }
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
