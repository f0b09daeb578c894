// The PAR Index ranking as a printed A4 table in the administrative layout (src/domain/documents/spec, drawn by the
// shared HTML and PDF renderers): agency top left (UBND of the owner, Phòng Nội vụ), the national motto top right,
// "…, ngày dd tháng mm năm yyyy", the title, the table (rank, unit, score by domain, score on 100, grade, change) and
// the signers. The same rows as the page. No Next.js, no Prisma.
import type { DocumentSpec, TableColumn } from "@/domain/documents/spec";
import { upperVi } from "@/domain/documents/format";
import { formatDateVi } from "@/lib/dates";
import type { ParRanking } from "@/server/data/par-results";
import vi from "@/i18n/messages/parResults.vi.json";
import { comparisonText, fill, formatPoints, statusText } from "./text";

export function parRankingSpec(ranking: ParRanking, printedAt: Date): DocumentSpec {
  const { evaluation } = ranking;
  const points = (value: number | null) => (value === null ? "" : formatPoints(value, "vi"));
  const columns: TableColumn[] = [
    { header: "Hạng", width: 0.8, align: "center" },
    { header: "Đơn vị", width: 3.2 },
    ...evaluation.domains.map((domain): TableColumn => ({
      header: `${domain.code} (${points(domain.max)})`,
      group: "Điểm theo lĩnh vực",
      width: 1,
      align: "center",
    })),
    { header: "Điểm (thang 100)", width: 1.3, align: "center" },
    { header: "Xếp loại", width: 1.5, align: "center" },
    { header: "So với năm trước", width: 2.2 },
  ];
  const rows = ranking.rows.map((row) => {
    const byDomain = new Map(row.domains.map((domain) => [domain.id, domain]));
    return [
      row.rank === null ? "" : String(row.rank),
      [
        row.officeName ? `${row.officeName} (${row.unitName})` : row.unitName,
        row.provisional ? statusText(row, "vi") : "",
      ]
        .filter(Boolean)
        .join("\n"),
      ...evaluation.domains.map((domain) => {
        const figure = byDomain.get(domain.id);
        return figure ? (figure.notApplicable ? vi.notApplicable : points(figure.score)) : "";
      }),
      points(row.score100),
      row.grade ?? "",
      row.provisional ? "" : comparisonText(row.comparison, "vi", row.comparedUnitName),
    ];
  });
  const legend = evaluation.domains.map((domain) => `${domain.code}. ${domain.title}`).join("; ");
  return {
    title: fill(vi.printTitle, { year: evaluation.year }),
    fileName: `chi-so-cchc-${evaluation.year}-${evaluation.level === "COMMUNE" ? "cap-xa" : "co-quan"}`,
    format: { size: "A4", orientation: "landscape", fontSize: 11 },
    header: {
      agency: `UBND ${upperVi(evaluation.owner.name)}`,
      division: vi.printDivision,
      place: evaluation.owner.place,
      date: printedAt,
    },
    heading: fill(vi.printTitle, { year: evaluation.year }),
    subheading: [
      `${evaluation.setName}`,
      fill(vi.period, { from: formatDateVi(evaluation.periodFrom), to: formatDateVi(evaluation.periodTo) }),
    ],
    sheets: [
      [
        { kind: "table", columns, rows, emptyText: vi.noEvaluation },
        { kind: "paragraph", text: `Lĩnh vực: ${legend}.`, italic: true },
        { kind: "paragraph", text: evaluation.rescaled ? vi.rescaledNote : vi.surveyNote, italic: true },
        ...(ranking.rows.some((row) => row.provisional && !row.withheld)
          ? [{ kind: "paragraph" as const, text: vi.printProvisional, italic: true }]
          : []),
        {
          kind: "signatures",
          items: [
            { title: vi.printMaker, note: vi.printSignerNote },
            { title: vi.printSigner, note: vi.printSignerNote },
          ],
        },
      ],
    ],
    ...(evaluation.status === "PUBLISHED" ? {} : { draftMark: "CHƯA CÔNG BỐ" }),
  };
}
