// Small real files for tests of uploads: a valid PDF (opens in a browser), a PNG (a QR code) and a JPEG header.
import QRCode from "qrcode";

/** A one-page PDF with the given text, with a correct cross-reference table. */
export function samplePdf(text = "MotCua test document"): Uint8Array {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    "", // contents, below
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  const stream = `BT /F1 18 Tf 72 770 Td (${text.replace(/[()\\]/g, "")}) Tj ET`;
  objects[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** A PDF padded to about `bytes` (a comment block before the trailer keeps it valid). */
export function largePdf(bytes: number): Uint8Array {
  const base = samplePdf("large");
  const text = new TextDecoder().decode(base);
  const cut = text.indexOf("xref");
  const padding = `%${"x".repeat(Math.max(0, bytes - base.length - 2))}\n`;
  // The xref offsets stay right: the padding goes after the last object, and startxref is recomputed.
  const head = text.slice(0, cut) + padding;
  const tail = text.slice(cut).replace(/startxref\n\d+/, `startxref\n${head.length}`);
  return new TextEncoder().encode(head + tail);
}

export async function samplePng(text = "motcua"): Promise<Uint8Array> {
  return new Uint8Array(await QRCode.toBuffer(text, { type: "png", width: 64 }));
}

/** The start of a JPEG/JFIF file (enough for content sniffing). */
export function sampleJpeg(): Uint8Array {
  return Uint8Array.from([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00,
    0x00, 0xff, 0xd9,
  ]);
}

/** A browser File, as a server action receives it. */
export const fileOf = (bytes: Uint8Array, name: string, type = "application/octet-stream") =>
  new File([bytes as Uint8Array<ArrayBuffer>], name, { type });
