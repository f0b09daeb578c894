// Satisfaction as Excel workbooks (ExcelJS, as the other exports): the indices (overall, factors, criteria with their
// answer counts, by month, by unit), each labelled with its formula; and the raw answers, one row per answer, with the
// rating's stars, reasons and comment (personal data: the route audits it). No Next.js, no Prisma.
import ExcelJS from "exceljs";
import { SIPAS_FACTORS } from "@/domain/satisfaction/questionnaires";
import { RATING_CHANNEL_LABELS, type RatingChannelCode } from "@/domain/satisfaction";
import { formatDateTime } from "@/lib/dates";
import type { loadRawAnswers, SatisfactionSummary, UnitSatisfaction } from "@/server/data/satisfaction-report";

const PERCENT = "0.00%";
const NA = "N/A";

function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: "middle" };
}

const pct = (value: number | null) => (value === null ? NA : value);

export async function buildIndicesWorkbook(
  summary: SatisfactionSummary,
  units: UnitSatisfaction[] | null,
  meta: { scopeName: string; generatedAt: Date },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "MotCua";
  workbook.created = meta.generatedAt;
  const sheet = workbook.addWorksheet("Chỉ số", { views: [{ state: "frozen", ySplit: 8 }] });
  sheet.columns = [
    { width: 16 },
    { width: 60 },
    { width: 14 },
    { width: 10 },
    { width: 10 },
    { width: 10 },
    { width: 10 },
    { width: 10 },
    { width: 16 },
  ];
  sheet.addRow([`CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN NĂM ${summary.year}`]).font = { bold: true, size: 14 };
  sheet.addRow([`Phạm vi: ${meta.scopeName}`]);
  sheet.addRow([`${summary.formula.label}: ${summary.formula.formula}`]);
  sheet.addRow([
    `N/A: dưới ${summary.minimumSample} câu trả lời (tiêu chí) hoặc ${summary.minimumSample} lượt đánh giá (chỉ số chung). Khoảng tin cậy 95%: tiêu chí theo Wilson, chỉ số chung theo điểm của từng lượt đánh giá.`,
  ]);
  sheet.addRow([`Lập lúc ${formatDateTime(meta.generatedAt)}`]);
  const overall = sheet.addRow([
    "Chỉ số chung",
    `${summary.ratings} lượt đánh giá, ${summary.index.respondents} lượt có trả lời tiêu chí`,
    pct(summary.index.value),
    summary.index.interval?.low ?? NA,
    summary.index.interval?.high ?? NA,
  ]);
  overall.font = { bold: true };
  for (const column of [3, 4, 5]) overall.getCell(column).numFmt = PERCENT;
  sheet.addRow([]);
  styleHeader(
    sheet.addRow([
      "Mã",
      "Yếu tố / tiêu chí",
      "Tỷ lệ hài lòng",
      "Số 1",
      "Số 2",
      "Số 3",
      "Số 4",
      "Số 5",
      "Số câu trả lời",
    ]),
  );
  for (const factor of summary.index.factors) {
    const row = sheet.addRow([
      factor.factorCode,
      SIPAS_FACTORS[factor.factorCode as keyof typeof SIPAS_FACTORS] ?? factor.factorCode,
      pct(factor.value),
      null,
      null,
      null,
      null,
      null,
      factor.answers,
    ]);
    row.font = { bold: true };
    row.getCell(3).numFmt = PERCENT;
    for (const criterion of summary.index.criteria.filter((c) => c.factorCode === factor.factorCode)) {
      const r = sheet.addRow([
        criterion.criterionCode,
        summary.criterionTexts[criterion.criterionCode] ?? criterion.criterionCode,
        pct(criterion.value),
        null,
        null,
        null,
        null,
        null,
        criterion.answers,
      ]);
      r.getCell(3).numFmt = PERCENT;
    }
  }

  const months = workbook.addWorksheet("Theo tháng", { views: [{ state: "frozen", ySplit: 1 }] });
  months.columns = [{ width: 12 }, { width: 16 }, { width: 22 }, { width: 18 }];
  styleHeader(months.addRow(["Tháng", "Lượt đánh giá", "Có trả lời tiêu chí", "Chỉ số hài lòng"]));
  for (const m of summary.months) {
    const row = months.addRow([`${m.month}/${summary.year}`, m.ratings, m.respondents, pct(m.value)]);
    row.getCell(4).numFmt = PERCENT;
  }

  if (units) {
    const byUnit = workbook.addWorksheet("Theo đơn vị", { views: [{ state: "frozen", ySplit: 1 }] });
    byUnit.columns = [{ width: 36 }, { width: 16 }, { width: 22 }, { width: 18 }, { width: 14 }, { width: 14 }];
    styleHeader(
      byUnit.addRow([
        "Đơn vị",
        "Lượt đánh giá",
        "Có trả lời tiêu chí",
        "Chỉ số hài lòng",
        "Cận dưới 95%",
        "Cận trên 95%",
      ]),
    );
    for (const unit of units) {
      const row = byUnit.addRow([
        unit.name,
        unit.ratings,
        unit.index.respondents,
        pct(unit.index.value),
        unit.index.interval?.low ?? NA,
        unit.index.interval?.high ?? NA,
      ]);
      for (const column of [4, 5, 6]) row.getCell(column).numFmt = PERCENT;
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function buildAnswersWorkbook(
  ratings: Awaited<ReturnType<typeof loadRawAnswers>>,
  meta: { scopeName: string; year: number; generatedAt: Date },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "MotCua";
  workbook.created = meta.generatedAt;
  const sheet = workbook.addWorksheet("Câu trả lời", { views: [{ state: "frozen", ySplit: 3 }] });
  sheet.addRow([
    `CÂU TRẢ LỜI ĐÁNH GIÁ NĂM ${meta.year} — ${meta.scopeName} (có ý kiến của người dân: dữ liệu cá nhân)`,
  ]).font = {
    bold: true,
  };
  sheet.addRow([
    `Lập lúc ${formatDateTime(meta.generatedAt)}. Mỗi dòng một câu trả lời; lượt chỉ chấm sao có một dòng không có tiêu chí.`,
  ]);
  const headers = [
    "Mã đánh giá",
    "Thời điểm",
    "Mã hồ sơ",
    "Đơn vị",
    "Phòng, ban",
    "Kênh",
    "Quầy",
    "Phiếu",
    "Số sao chung",
    "Yếu tố",
    "Tiêu chí",
    "Nội dung tiêu chí",
    "Điểm (1–5)",
    "Lý do",
    "Ý kiến",
  ];
  styleHeader(sheet.addRow(headers));
  sheet.columns = headers.map((_, i) => ({ width: [14, 18, 22, 28, 24, 22, 8, 18, 12, 8, 8, 40, 10, 30, 50][i] }));
  for (const rating of ratings) {
    const base = [
      rating.id,
      formatDateTime(rating.createdAt),
      rating.dossier.code,
      `${rating.unit.kindLabel} ${rating.unit.name}`,
      rating.office?.name ?? "",
      RATING_CHANNEL_LABELS.vi[rating.channel as RatingChannelCode],
      rating.counter?.number ?? "",
      `${rating.questionnaireVersion.questionnaire.code} v${rating.questionnaireVersion.version}`,
      rating.overallScore ?? "",
    ];
    const tail = [rating.reasons.join("; "), rating.comment ?? ""];
    if (rating.answers.length === 0) sheet.addRow([...base, "", "", "", "", ...tail]);
    for (const answer of rating.answers)
      sheet.addRow([
        ...base,
        answer.criterion.factor.code,
        answer.criterion.code,
        answer.criterion.text,
        answer.score,
        ...tail,
      ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
