// Draws any DocumentSpec with @react-pdf/renderer: the same layout as the HTML page (national header, title, blocks,
// signatures), one <Page> per sheet. Server-side only (fonts are read from node_modules).
import type { ComponentProps } from "react";
import { Document, Image, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { formatDocumentDate } from "@/lib/dates";
import { headerFontSize, pageMarginMm, splitHeaderLine } from "@/domain/documents/format";
import {
  groupColumns,
  type Block,
  type DocumentHeader,
  type DocumentSpec,
  type Signature,
  type TableColumn,
  type Text as RichTextSpec,
} from "@/domain/documents/spec";
import { PDF_FONT_STACK, registerPdfFonts } from "./fonts";

const MM = 72 / 25.4;

/**
 * Text that never breaks inside a word. The font fallback stack (fonts.ts) cuts "lượng" into runs l|ượ|ng, and
 * @react-pdf treats run boundaries as hyphenation points; an infinite penalty (Knuth–Plass 10000) forbids them,
 * so lines only break at spaces, as Vietnamese text should.
 */
function PdfText(props: ComponentProps<typeof Text>) {
  return <Text hyphenationPenalty={10000} {...props} />;
}
const BORDER = 0.6;
/** Printed size of the QR code: scannable by any phone at arm's length. */
const QR_MM = 24;

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT_STACK, color: "#000", lineHeight: 1.3 },
  center: { textAlign: "center" },
  bold: { fontWeight: 700 },
  italic: { fontStyle: "italic" },
  underlined: { alignSelf: "center", borderBottomWidth: BORDER, borderBottomColor: "#000", paddingBottom: 1 },
  headerRow: { flexDirection: "row", alignItems: "flex-start" },
  heading: { textAlign: "center", fontWeight: 700, marginBottom: 2 },
  block: { marginBottom: 2 },
  table: { borderTopWidth: BORDER, borderLeftWidth: BORDER, borderColor: "#000", marginVertical: 4 },
  row: { flexDirection: "row" },
  cell: {
    borderRightWidth: BORDER,
    borderBottomWidth: BORDER,
    borderColor: "#000",
    paddingHorizontal: 2.5,
    paddingVertical: 1.5,
  },
  headCell: {
    borderRightWidth: BORDER,
    borderBottomWidth: BORDER,
    borderColor: "#000",
    padding: 2,
    justifyContent: "center",
    textAlign: "center",
    fontWeight: 700,
  },
  signatures: { flexDirection: "row", marginTop: 8 },
  signature: { width: "48%", textAlign: "center" },
  qr: { flexDirection: "row", alignItems: "flex-start", marginBottom: 2 },
  draftMark: {
    position: "absolute",
    top: "42%",
    left: 0,
    right: 0,
    textAlign: "center",
    fontWeight: 700,
    color: "#b91c1c",
    opacity: 0.3,
    transform: "rotate(-30deg)",
    letterSpacing: 4,
  },
  footer: { position: "absolute", bottom: 4 * MM, left: 0, right: 0, textAlign: "center", fontSize: 7 },
});

function Rich({ text }: { text: RichTextSpec }) {
  if (typeof text === "string") return <>{text}</>;
  return (
    <>
      {text.map((run, index) => (
        <PdfText key={index} style={[run.bold ? styles.bold : {}, run.italic ? styles.italic : {}]}>
          {run.text}
        </PdfText>
      ))}
    </>
  );
}

function PdfHeader({ header, fontSize }: { header: DocumentHeader; fontSize: number }) {
  return (
    <View style={{ fontSize, marginBottom: fontSize }}>
      <View style={styles.headerRow}>
        <View style={[styles.center, { width: "42%" }]}>
          <PdfText>{header.agency}</PdfText>
          <View style={styles.underlined}>
            {splitHeaderLine(header.division).map((line) => (
              <PdfText key={line} style={styles.bold}>
                {line}
              </PdfText>
            ))}
          </View>
          {header.reference ? <PdfText style={{ marginTop: 4 }}>{header.reference}</PdfText> : null}
        </View>
        <View style={[styles.center, { width: "58%" }]}>
          <PdfText style={styles.bold}>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</PdfText>
          <View style={styles.underlined}>
            <PdfText style={styles.bold}>Độc lập - Tự do - Hạnh phúc</PdfText>
          </View>
          {header.date ? (
            <PdfText style={[styles.italic, { marginTop: 4 }]}>
              {header.place}, {formatDocumentDate(header.date)}
            </PdfText>
          ) : null}
        </View>
      </View>
    </View>
  );
}

function Signatures({ items, base }: { items: readonly Signature[]; base: number }) {
  return (
    <View style={[styles.signatures, { justifyContent: items.length > 1 ? "space-between" : "flex-end" }]} wrap={false}>
      {items.map((item) => (
        <View key={item.title} style={styles.signature}>
          <PdfText style={styles.bold}>{item.title}</PdfText>
          {item.subtitle ? <PdfText style={styles.bold}>{item.subtitle}</PdfText> : null}
          {item.note ? <PdfText style={[styles.italic, { fontSize: base * 0.9 }]}>{item.note}</PdfText> : null}
          <View style={{ height: base * 3.5 }} />
          {item.name ? <PdfText style={styles.bold}>{item.name}</PdfText> : null}
        </View>
      ))}
    </View>
  );
}

function Table({
  columns,
  rows,
  emptyText,
  base,
}: {
  columns: readonly TableColumn[];
  rows: readonly (readonly string[])[];
  emptyText?: string;
  base: number;
}) {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const pct = (width: number) => `${(100 * width) / total}%`;
  const groups = groupColumns(columns);
  return (
    <View style={[styles.table, { fontSize: base * 0.92 }]}>
      {/* Header: a lone column spans both header lines; a group draws its title over its own columns. */}
      <View style={styles.row} wrap={false}>
        {groups.map((group) =>
          group.group === null ? (
            group.columns.map(({ column, index }) => (
              <View key={index} style={[styles.headCell, { width: pct(column.width) }]}>
                <PdfText>{column.header}</PdfText>
              </View>
            ))
          ) : (
            <View
              key={group.group}
              style={{ width: pct(group.columns.reduce((sum, { column }) => sum + column.width, 0)) }}
            >
              <View style={styles.headCell}>
                <PdfText>{group.group}</PdfText>
              </View>
              <View style={[styles.row, { flexGrow: 1 }]}>
                {group.columns.map(({ column, index }) => (
                  <View key={index} style={[styles.headCell, { flexGrow: column.width, flexBasis: 0 }]}>
                    <PdfText>{column.header}</PdfText>
                  </View>
                ))}
              </View>
            </View>
          ),
        )}
      </View>
      {rows.length === 0 ? (
        <View style={[styles.cell, styles.italic, styles.center]}>
          <PdfText>{emptyText ?? ""}</PdfText>
        </View>
      ) : (
        rows.map((row, rowIndex) => (
          <View key={rowIndex} style={styles.row} wrap={false}>
            {columns.map((column, index) => (
              <View
                key={index}
                style={[styles.cell, { width: pct(column.width) }, column.align === "center" ? styles.center : {}]}
              >
                <PdfText>{row[index] ?? ""}</PdfText>
              </View>
            ))}
          </View>
        ))
      )}
    </View>
  );
}

function PdfBlock({ block, base }: { block: Block; base: number }) {
  switch (block.kind) {
    case "paragraph":
      return (
        <PdfText
          style={[
            styles.block,
            { textAlign: block.align ?? (block.indent ? "justify" : "left") },
            block.italic ? styles.italic : {},
            block.indent ? { textIndent: 18 } : {},
          ]}
        >
          <Rich text={block.text} />
        </PdfText>
      );
    case "field":
      return (
        <View style={styles.block}>
          <PdfText>
            {block.label}:{" "}
            <PdfText style={styles.bold}>
              <Rich text={block.value} />
            </PdfText>
          </PdfText>
          {block.note ? (
            <PdfText style={[styles.italic, { fontSize: base * 0.88, paddingLeft: 18 }]}>({block.note})</PdfText>
          ) : null}
        </View>
      );
    case "list":
      return (
        <View style={styles.block}>
          {block.items.map((item, index) => (
            <View key={index} style={styles.row}>
              <PdfText style={{ width: 22, textAlign: "right", paddingRight: 4 }}>{index + 1}.</PdfText>
              <PdfText style={{ flex: 1 }}>
                <Rich text={item} />
              </PdfText>
            </View>
          ))}
        </View>
      );
    case "table":
      return <Table columns={block.columns} rows={block.rows} emptyText={block.emptyText} base={base} />;
    case "code":
      // A row rather than nested text: a 1.6× run inside a line would overlap the line above.
      return (
        <View style={{ flexDirection: "row", justifyContent: "center", alignItems: "flex-end", marginVertical: 3 }}>
          <PdfText style={{ marginBottom: base * 0.12 }}>{block.label}: </PdfText>
          <PdfText style={[styles.bold, { fontSize: base * 1.6, lineHeight: 1.15 }]}>{block.code}</PdfText>
        </View>
      );
    case "qr":
      return (
        <View style={styles.qr} wrap={false}>
          <View style={{ flex: 1, paddingRight: 8 }}>
            {block.beside.map((inner, index) => (
              <PdfBlock key={index} block={inner} base={base} />
            ))}
          </View>
          <View style={{ width: QR_MM * MM, alignItems: "center", fontSize: base * 0.85 }}>
            {/* eslint-disable-next-line jsx-a11y/alt-text -- @react-pdf's Image has no alt; the caption says what it is. */}
            <Image src={block.png} style={{ width: QR_MM * MM, height: QR_MM * MM }} />
            {block.caption.map((line, index) => (
              <PdfText key={index} style={styles.center}>
                <Rich text={line} />
              </PdfText>
            ))}
          </View>
        </View>
      );
    case "signatures":
      return <Signatures items={block.items} base={base} />;
  }
}

export function DocumentPdf({ spec }: { spec: DocumentSpec }) {
  const [marginY, marginX] = pageMarginMm(spec.format).map((mm) => mm * MM) as [number, number];
  const multiSheet = spec.sheets.length > 1;
  return (
    <Document title={spec.title} language="vi" creator="MotCua" producer="MotCua">
      {spec.sheets.map((blocks, index) => (
        <Page
          key={index}
          size={spec.format.size}
          orientation={spec.format.orientation}
          style={[
            styles.page,
            {
              fontSize: spec.format.fontSize,
              paddingHorizontal: marginX,
              paddingTop: marginY,
              paddingBottom: marginY + (multiSheet ? 8 : 0),
            },
          ]}
        >
          {index === 0 && spec.header.formNumber ? (
            // In the top margin, as printed forms carry it, so it takes no line of the body.
            <PdfText
              style={[
                styles.italic,
                { position: "absolute", top: marginY / 2 - 4, right: marginX, fontSize: headerFontSize(spec.format) },
              ]}
            >
              {spec.header.formNumber}
            </PdfText>
          ) : null}
          {index === 0 ? (
            <View>
              <PdfHeader header={spec.header} fontSize={headerFontSize(spec.format)} />
              <PdfText style={[styles.heading, { fontSize: spec.format.fontSize * 1.12 }]}>{spec.heading}</PdfText>
              {spec.subheading?.map((line, lineIndex) => (
                <PdfText key={lineIndex} style={[styles.center, styles.italic]}>
                  <Rich text={line} />
                </PdfText>
              ))}
              <View style={{ height: 4 }} />
            </View>
          ) : null}
          {blocks.map((block, blockIndex) => (
            <PdfBlock key={blockIndex} block={block} base={spec.format.fontSize} />
          ))}
          {spec.draftMark ? (
            <PdfText fixed style={[styles.draftMark, { fontSize: spec.format.fontSize * 4 }]}>
              {spec.draftMark}
            </PdfText>
          ) : null}
          {/* Sheets are sized to one page each (BOOK_ROWS_PER_SHEET), so the sheet number is the page number. */}
          {multiSheet ? <PdfText style={styles.footer}>{`Trang ${index + 1}/${spec.sheets.length}`}</PdfText> : null}
        </Page>
      ))}
    </Document>
  );
}

/** The PDF file of a spec. */
export async function renderPdf(spec: DocumentSpec): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<DocumentPdf spec={spec} />);
}
