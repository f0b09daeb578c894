// The PAR Index ranking as one Excel workbook (ExcelJS, as the other exports): notes, the ranking with the scores by
// domain, and one sheet per unit with its criteria (max, self-score, appraised score, points lost, the MotCua figure
// and the appraisal's reason). The same rows as the page (loadParRanking / loadParUnitResult). No Next.js, no Prisma.
import ExcelJS from "exceljs";
import { PAR_LABELS } from "@/domain/par-index";
import { formatDateTime, formatDateVi } from "@/lib/dates";
import type { ParRanking, ParUnitResult } from "@/server/data/par-results";
import vi from "@/i18n/messages/parResults.vi.json";
import { comparisonText, fill, statusText } from "./text";

const labels = PAR_LABELS.vi;

export const parWorkbookFileName = (ranking: ParRanking) =>
  `chi-so-cchc-${ranking.evaluation.year}-${ranking.evaluation.level === "COMMUNE" ? "cap-xa" : "co-quan"}.xlsx`;

function header(sheet: ExcelJS.Worksheet, values: string[]) {
  const row = sheet.addRow(values);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: "middle" };
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, " ")
      .slice(0, 28)
      .trim() || "Đơn vị";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 26)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

export async function buildParWorkbook(
  ranking: ParRanking,
  units: readonly ParUnitResult[],
  meta: { generatedAt: Date },
): Promise<Buffer> {
  const { evaluation } = ranking;
  const workbook = new ExcelJS.Workbook();
  workbook.created = meta.generatedAt;
  const taken = new Set<string>();

  const notes = workbook.addWorksheet(sheetName("Ghi chú", taken));
  notes.columns = [{ width: 120 }];
  for (const line of [
    vi.title,
    fill(vi.evaluationOf, { set: evaluation.setName, owner: evaluation.owner.name }),
    `${labels.level[evaluation.level]}; ${labels.evaluationStatus[evaluation.status]}`,
    fill(vi.period, { from: formatDateVi(evaluation.periodFrom), to: formatDateVi(evaluation.periodTo) }),
    evaluation.rescaled ? vi.rescaledNote : vi.surveyNote,
    fill(vi.bandsNote, { bands: evaluation.gradeBands.map((band) => `${band.label} ≥ ${band.min}`).join("; ") }),
    ...(ranking.rows.some((row) => row.provisional && !row.withheld) ? [vi.provisionalNote] : []),
    ...(evaluation.isSample ? [vi.sampleSet] : []),
    `Lập lúc ${formatDateTime(meta.generatedAt)}`,
  ]) {
    notes.addRow([line]).alignment = { wrapText: true };
  }

  const sheet = workbook.addWorksheet(sheetName("Xếp hạng", taken));
  sheet.columns = [
    { width: 8 },
    { width: 36 },
    { width: 14 },
    { width: 12 },
    { width: 14 },
    { width: 36 },
    { width: 24 },
    ...evaluation.domains.map(() => ({ width: 16 })),
  ];
  header(sheet, [
    vi.colRank,
    vi.colUnit,
    vi.colScore,
    vi.colTotal,
    vi.colGrade,
    vi.colChange,
    vi.colStatus,
    ...evaluation.domains.map((domain) =>
      fill(vi.domainHeader, { code: domain.code, title: domain.title, max: domain.max }),
    ),
  ]);
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  for (const row of ranking.rows) {
    const byDomain = new Map(row.domains.map((domain) => [domain.id, domain.score]));
    sheet.addRow([
      row.rank ?? "",
      row.officeName ? `${row.officeName} (${row.unitName})` : row.unitName,
      row.score100 ?? "",
      row.total ?? "",
      row.grade ?? "",
      comparisonText(row.comparison, "vi", row.comparedUnitName),
      statusText(row, "vi"),
      ...evaluation.domains.map((domain) => byDomain.get(domain.id) ?? ""),
    ]);
  }

  for (const unit of units) {
    const own = workbook.addWorksheet(sheetName(unit.row.unitName, taken));
    own.columns = [
      { width: 8 },
      { width: 60 },
      { width: 26 },
      { width: 10 },
      { width: 10 },
      { width: 10 },
      { width: 10 },
      { width: 10 },
      { width: 40 },
      { width: 50 },
    ];
    own.addRow([fill(vi.unitTitle, { year: evaluation.year, unit: unit.row.unitName })]).font = { bold: true };
    own.addRow([
      `${vi.statScore}: ${unit.row.score100 ?? ""}; ${vi.statTotal}: ${unit.row.total ?? ""}; ${vi.statGrade}: ${unit.row.grade ?? ""}; ${statusText(unit.row, "vi")}`,
    ]);
    header(own, [
      vi.colCode,
      vi.colCriterion,
      vi.colKind,
      vi.colMax,
      vi.colSelf,
      vi.colAppraised,
      vi.colScored,
      vi.colLost,
      vi.colFigure,
      vi.colNote,
    ]);
    for (const criterion of unit.criteria) {
      const figure = criterion.figure;
      own
        .addRow([
          criterion.code,
          criterion.title,
          criterion.scored ? labels.kind[criterion.kind] : labels.kind.GROUP,
          criterion.max,
          criterion.selfScore ?? "",
          criterion.appraisedScore ?? "",
          criterion.notApplicable ? vi.notApplicable : criterion.score,
          criterion.lost || "",
          figure
            ? figure.value === null
              ? (figure.unavailableReason ?? "N/A")
              : `${labels.metric[figure.metric].name}: ${figure.value.toFixed(2)}${figure.numerator !== null && figure.denominator !== null ? ` (${figure.numerator}/${figure.denominator})` : ""}`
            : "",
          criterion.appraisalNote ?? "",
        ])
        .getCell(1).font = criterion.scored ? {} : { bold: true };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
