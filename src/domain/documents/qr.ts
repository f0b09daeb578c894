// QR codes for the printed forms: SVG for the HTML page (sharp at any print resolution) and a PNG data URL for
// @react-pdf, which draws raster images but not arbitrary SVG markup.
import QRCode from "qrcode";

// "M" survives a folded or slightly smudged slip; a quiet zone of 1 module is enough on white paper.
const OPTIONS = { errorCorrectionLevel: "M", margin: 1 } as const;

export interface QrImages {
  svg: string;
  png: string;
}

export async function qrImages(text: string): Promise<QrImages> {
  const [svg, png] = await Promise.all([
    QRCode.toString(text, { ...OPTIONS, type: "svg" }),
    // 8 px per module: crisp at ~25 mm printed width.
    QRCode.toDataURL(text, { ...OPTIONS, type: "image/png", scale: 8 }),
  ]);
  return { svg, png };
}
