// The sandbox's e-receipt (biên lai điện tử): a one-page PDF made with @react-pdf/renderer. The sandbox stands in for
// the national platform, whose receipts have their own layout; this one carries the facts a receipt must (payee,
// payer, dossier, fee lines, amount, transaction) in the PDF's built-in Helvetica, so Vietnamese is written without
// its marks ("Bien lai") rather than shipping a third copy of the font set-up of the printed forms.
import { createElement as h } from "react";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { groupThousands } from "@/lib/numbers";

export interface ReceiptData {
  reference: string;
  transactionId: string;
  paidAt: string;
  amount: number;
  dossierCode: string;
  payerName: string;
  payeeAccount: string;
  lines: { name: string; amount: number }[];
}

/** Helvetica has no Vietnamese marks: "Lệ phí" → "Le phi". */
const plain = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/gu, "")
    .replace(/đ/gu, "d")
    .replace(/Đ/gu, "D");

const styles = StyleSheet.create({
  page: { padding: 48, fontSize: 11, fontFamily: "Helvetica" },
  title: { fontSize: 16, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  muted: { color: "#555555", marginBottom: 16 },
  row: { flexDirection: "row", justifyContent: "space-between", paddingVertical: 3 },
  total: {
    flexDirection: "row",
    justifyContent: "space-between",
    paddingTop: 8,
    marginTop: 8,
    borderTop: "1pt solid #000000",
    fontFamily: "Helvetica-Bold",
  },
});

const row = (label: string, value: string) =>
  h(View, { style: styles.row }, h(Text, null, plain(label)), h(Text, null, plain(value)));

export async function receiptPdf(data: ReceiptData): Promise<Buffer> {
  const document = h(
    Document,
    { title: `Bien lai ${data.reference}`, author: "Nen tang thanh toan (sandbox)" },
    h(
      Page,
      { size: "A5", style: styles.page },
      h(Text, { style: styles.title }, "BIEN LAI THU PHI, LE PHI DIEN TU"),
      h(Text, { style: styles.muted }, "Nen tang thanh toan - moi truong thu nghiem (sandbox)"),
      row("Ma tham chieu", data.reference),
      row("Ma giao dich", data.transactionId),
      row("Thoi gian", data.paidAt),
      row("Ho so", data.dossierCode),
      row("Nguoi nop", data.payerName),
      row("Tai khoan thu huong", data.payeeAccount || "-"),
      ...data.lines.map((line) => row(line.name, `${groupThousands(line.amount)} dong`)),
      h(
        View,
        { style: styles.total },
        h(Text, null, "Tong cong"),
        h(Text, null, `${groupThousands(data.amount)} dong`),
      ),
    ),
  );
  return renderToBuffer(document);
}
