import "server-only";
// Draws the generated electronic result (src/domain/digitisation/result-document.ts) with @react-pdf/renderer: the
// agency and the national motto side by side, number and dateline, title, fields, body and signature. Only the blocks
// that document uses (field, paragraph, signatures). The shared renderer of the printed forms lives in
// src/features/documents/pdf, which the server layer may not import; moving it under src/server would let both share one.
import { createRequire } from "node:module";
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { ComponentProps } from "react";
import { plainText, type Block, type DocumentSpec } from "@/domain/documents/spec";
import { formatDocumentDate } from "@/lib/dates";

// Noto Serif split by Unicode subset, as the printed forms use it: the family stack picks, per character, the first
// subset that has the glyph (ệ from the vietnamese subset, ASCII from latin).
const SUBSETS = [
  { family: "ResultSerif", subset: "latin" },
  { family: "ResultSerifVietnamese", subset: "vietnamese" },
  { family: "ResultSerifLatinExt", subset: "latin-ext" },
] as const;
const FONT_STACK = SUBSETS.map((entry) => entry.family);
let fontsRegistered = false;

function registerFonts(): void {
  if (fontsRegistered) return;
  const require = createRequire(import.meta.url);
  for (const { family, subset } of SUBSETS)
    Font.register({
      family,
      fonts: ([400, 700] as const).flatMap((fontWeight) =>
        (["normal", "italic"] as const).map((fontStyle) => ({
          src: require.resolve(
            /* turbopackIgnore: true */ `@fontsource/noto-serif/files/noto-serif-${subset}-${fontWeight}-${fontStyle}.woff`,
          ),
          fontWeight,
          fontStyle,
        })),
      ),
    });
  Font.registerHyphenationCallback((word) => [word]);
  fontsRegistered = true;
}

const MM = 72 / 25.4;
const styles = StyleSheet.create({
  page: { fontFamily: FONT_STACK, fontSize: 12, lineHeight: 1.4, paddingVertical: 20 * MM, paddingHorizontal: 20 * MM },
  headerRow: { flexDirection: "row", alignItems: "flex-start", fontSize: 11, marginBottom: 14 },
  left: { width: "42%", textAlign: "center" },
  right: { width: "58%", textAlign: "center" },
  bold: { fontWeight: 700 },
  italic: { fontStyle: "italic" },
  rule: { alignSelf: "center", borderBottomWidth: 0.6, borderBottomColor: "#000", paddingBottom: 1 },
  heading: { textAlign: "center", fontWeight: 700, fontSize: 14, marginBottom: 10 },
  block: { marginBottom: 4 },
  signatures: { flexDirection: "row", marginTop: 16 },
  signature: { width: "50%", textAlign: "center" },
});

/** Lines break at spaces only: the font stack cuts words into runs that @react-pdf would otherwise hyphenate. */
const PdfText = (props: ComponentProps<typeof Text>) => <Text hyphenationPenalty={10000} {...props} />;

function ResultBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case "field":
      return (
        <PdfText style={styles.block}>
          {block.label}: <PdfText style={styles.bold}>{plainText(block.value)}</PdfText>
        </PdfText>
      );
    case "paragraph":
      return (
        <PdfText style={[styles.block, { textIndent: block.indent ? 10 * MM : 0 }]}>{plainText(block.text)}</PdfText>
      );
    case "signatures":
      return (
        <View style={styles.signatures} wrap={false}>
          {block.items.map((item, index) => (
            <View key={index} style={styles.signature}>
              {item.title ? <PdfText style={styles.bold}>{item.title}</PdfText> : null}
              {item.note ? <PdfText style={styles.italic}>{item.note}</PdfText> : null}
              {item.name ? <PdfText style={[styles.bold, { marginTop: 36 }]}>{item.name}</PdfText> : null}
            </View>
          ))}
        </View>
      );
    default:
      return null;
  }
}

function ResultPdf({ spec }: { spec: DocumentSpec }) {
  const { header } = spec;
  return (
    <Document title={spec.title} language="vi" creator="MotCua" producer="MotCua">
      <Page size={spec.format.size} orientation={spec.format.orientation} style={styles.page}>
        <View style={styles.headerRow}>
          <View style={styles.left}>
            {header.agency ? <PdfText>{header.agency}</PdfText> : null}
            <View style={styles.rule}>
              <PdfText style={styles.bold}>{header.division}</PdfText>
            </View>
            {header.reference ? <PdfText style={{ marginTop: 4 }}>{header.reference}</PdfText> : null}
          </View>
          <View style={styles.right}>
            <PdfText style={styles.bold}>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</PdfText>
            <View style={styles.rule}>
              <PdfText style={styles.bold}>Độc lập - Tự do - Hạnh phúc</PdfText>
            </View>
            {header.date ? (
              <PdfText style={[styles.italic, { marginTop: 4 }]}>
                {header.place}, {formatDocumentDate(header.date)}
              </PdfText>
            ) : null}
          </View>
        </View>
        <PdfText style={styles.heading}>{spec.heading}</PdfText>
        {spec.sheets.flat().map((block, index) => (
          <ResultBlock key={index} block={block} />
        ))}
      </Page>
    </Document>
  );
}

/** The PDF bytes of a generated result. */
export async function renderResultPdf(spec: DocumentSpec): Promise<Uint8Array> {
  registerFonts();
  return new Uint8Array(await renderToBuffer(<ResultPdf spec={spec} />));
}
