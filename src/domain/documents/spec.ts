// A printed form described as data: the national header, a title and a list of blocks. Each form (01, 02, 03, 04, 05,
// the tracking book) builds one DocumentSpec; one HTML renderer and one PDF renderer draw every spec, so the
// administrative layout lives in exactly two places (screen/print and PDF) instead of once per form and format.

export type PaperSize = "A5" | "A4";
export type Orientation = "portrait" | "landscape";

export interface PageFormat {
  size: PaperSize;
  orientation: Orientation;
  /** Body text size in points. */
  fontSize: number;
}

/** A piece of text with its own emphasis; a Text is a plain string or a sequence of runs. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}
export type Text = string | readonly Run[];

export interface TableColumn {
  header: string;
  /** Columns sharing a group get one spanning header above their own ("Giao" over người giao / thời gian). */
  group?: string;
  /** Relative width. */
  width: number;
  align?: "left" | "center";
  /** Keep the cell on one line (dates, codes): the width must be chosen to hold it. */
  nowrap?: boolean;
}

export interface Signature {
  /** "NGƯỜI TIẾP NHẬN HỒ SƠ" */
  title: string;
  /** A second bold line under the title: the section signing for its unit ("TƯ PHÁP - HỘ TỊCH"). */
  subtitle?: string;
  /** "(Ký và ghi rõ họ tên)" */
  note?: string;
  /** Printed under the space left for the signature. */
  name?: string;
}

export type Block =
  /** A line or paragraph; `indent` for the first-line indent of running prose. */
  | { kind: "paragraph"; text: Text; align?: "left" | "center"; italic?: boolean; indent?: boolean }
  /** "Label: value", the label in regular weight and the value in bold, as on the printed forms. */
  | { kind: "field"; label: string; value: Text; note?: string }
  /** Numbered items (missing documents). */
  | { kind: "list"; items: readonly Text[] }
  | { kind: "table"; columns: readonly TableColumn[]; rows: readonly (readonly string[])[]; emptyText?: string }
  /** The dossier code, large, so the applicant can read it out on the phone. */
  | { kind: "code"; label: string; code: string }
  /**
   * A QR code in a narrow right-hand column with its caption under it, and `beside` flowing on its left (so the
   * code takes no lines of its own on an A5 slip). Both images are prepared before rendering (see qr.ts).
   */
  | { kind: "qr"; url: string; svg: string; png: string; caption: readonly Text[]; beside: readonly Block[] }
  | { kind: "signatures"; items: readonly Signature[] };

export interface DocumentHeader {
  /** "UBND PHƯỜNG LÊ LỢI" */
  agency: string;
  /** "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", underlined. */
  division: string;
  /** "Số: …" or "Mã hồ sơ: …" under the agency name. */
  reference?: string;
  /** "Sơn Tây": the place of the dateline. */
  place: string;
  /** The date of the dateline; null leaves it out (the tracking book). */
  date: Date | null;
  /** "Mẫu số 01", printed in the top corner. */
  formNumber?: string;
}

export interface DocumentSpec {
  /** Browser tab title and PDF metadata. */
  title: string;
  /** PDF file name without extension: "phieu-tiep-nhan-LLO-260423-0001". */
  fileName: string;
  format: PageFormat;
  header: DocumentHeader;
  /** The title in bold capitals. */
  heading: string;
  /** Lines under the title (e.g. the book's period). */
  subheading?: readonly Text[];
  /**
   * Sheets: the first one carries the header and title; later ones continue it (the book repeats its table
   * header on every sheet). Forms have one sheet and let the renderer break pages if it must.
   */
  sheets: readonly (readonly Block[])[];
  /**
   * A mark across every sheet, for a document that is not final yet ("BẢN NHÁP": an unsigned apology letter), so a
   * draft can never be mistaken for the signed paper.
   */
  draftMark?: string;
}

/** The text of a Text, without emphasis (search, tests, alt texts). */
export function plainText(text: Text): string {
  return typeof text === "string" ? text : text.map((run) => run.text).join("");
}

/** Headers of a table grouped as drawn: a column without a group stands alone, neighbours sharing one merge. */
export function groupColumns(
  columns: readonly TableColumn[],
): { group: string | null; columns: { column: TableColumn; index: number }[] }[] {
  const groups: { group: string | null; columns: { column: TableColumn; index: number }[] }[] = [];
  columns.forEach((column, index) => {
    const last = groups.at(-1);
    if (column.group && last && last.group === column.group) last.columns.push({ column, index });
    else groups.push({ group: column.group ?? null, columns: [{ column, index }] });
  });
  return groups;
}
