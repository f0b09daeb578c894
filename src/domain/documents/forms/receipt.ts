// Form 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Thông tư 01/2018/TT-VPCP, mẫu số 01). Handed to the applicant,
// so it may show their own personal data; the QR code carries the dossier code and the tracking key.
import { DOCUMENT_FORM_LABELS } from "@/domain/dossier/labels";
import {
  PAGE_FORMATS,
  RECEPTION_DIVISION,
  durationText,
  feeText,
  safeFileName,
  timeAndDate,
  trackingPageUrl,
  trackingUrl,
  twoDigits,
} from "../format";
import type { ReceiptData } from "../model";
import { qrImages } from "../qr";
import type { Block, DocumentSpec } from "../spec";
import { committeeInSentence } from "../signer";
import { SIGN_NOTE, applicantFields, headerOf } from "./common";

/** Where the result will be handed over, in the applicant's words. */
export function returnPlaceText(
  data: Pick<ReceiptData, "postalReturn" | "electronicResult" | "issuer" | "applicant">,
): string {
  if (data.postalReturn)
    return `Qua dịch vụ bưu chính công ích, đến địa chỉ: ${data.applicant.address ?? "theo đăng ký của ông/bà"}`;
  const desk = `${RECEPTION_DIVISION}, ${committeeInSentence(data.issuer)}${data.issuer.address ? ` (${data.issuer.address})` : ""}`;
  return data.electronicResult ? `${desk}; kết quả điện tử gửi qua tài khoản dịch vụ công của ông/bà` : desk;
}

export async function receiptSpec(data: ReceiptData, appUrl: string): Promise<DocumentSpec> {
  const url = trackingUrl(appUrl, data.code, data.trackingKey);
  const qr = await qrImages(url);

  const body: Block[] = [
    {
      kind: "qr",
      url,
      svg: qr.svg,
      png: qr.png,
      caption: ["Mã tra cứu:", [{ text: data.trackingKey, bold: true }]],
      beside: [
        { kind: "code", label: "Mã hồ sơ", code: data.code },
        ...applicantFields(data.applicant, "Tiếp nhận hồ sơ của"),
        { kind: "field", label: "Nội dung yêu cầu giải quyết", value: data.procedure.name },
      ],
    },
    { kind: "paragraph", text: [{ text: "1. Thành phần hồ sơ nộp gồm:", bold: true }] },
    {
      kind: "table",
      columns: [
        { header: "STT", width: 1, align: "center" },
        { header: "Tên giấy tờ", width: 8 },
        { header: "Hình thức", width: 3.2, align: "center" },
        { header: "Số lượng", width: 2.2, align: "center" },
      ],
      rows: data.documents.map((doc, index) => [
        String(index + 1),
        doc.name,
        DOCUMENT_FORM_LABELS[doc.form],
        twoDigits(doc.count),
      ]),
      emptyText: "Không có giấy tờ kèm theo.",
    },
    {
      kind: "paragraph",
      text: [
        { text: "2. Số lượng hồ sơ: " },
        { text: `${twoDigits(data.sets)} (bộ)`, bold: true },
        { text: "        3. Phí, lệ phí: " },
        { text: feeText(data.feeAmount, data.feeNote), bold: true },
      ],
    },
    {
      kind: "field",
      label: "4. Thời gian giải quyết theo quy định",
      value: durationText(data.procedure.durationValue, data.procedure.durationUnit),
    },
    { kind: "field", label: "5. Thời gian nhận hồ sơ", value: timeAndDate(data.receivedAt) },
    {
      kind: "field",
      label: "6. Thời gian trả kết quả",
      value: data.appointmentAt ? timeAndDate(data.appointmentAt) : "Sẽ thông báo sau",
      note: data.appointmentNote ?? undefined,
    },
    { kind: "field", label: "7. Nơi trả kết quả", value: returnPlaceText(data) },
    {
      kind: "paragraph",
      italic: true,
      indent: true,
      text: `Quét mã QR hoặc vào ${trackingPageUrl(appUrl)} để theo dõi hồ sơ. Xin cảm ơn ông/bà! Khi đến nhận kết quả, xin ông/bà mang theo giấy này.`,
    },
    {
      kind: "signatures",
      items: [
        { title: "NGƯỜI NỘP HỒ SƠ", note: SIGN_NOTE, name: data.applicant.name },
        { title: "NGƯỜI TIẾP NHẬN HỒ SƠ", note: SIGN_NOTE, name: data.receivedBy ?? undefined },
      ],
    },
  ];

  return {
    title: `Giấy tiếp nhận hồ sơ ${data.code}`,
    fileName: safeFileName(`phieu-tiep-nhan-${data.code}`),
    format: PAGE_FORMATS.receipt,
    header: headerOf(data.issuer, { date: data.receivedAt, formNumber: "Mẫu số 01" }),
    heading: "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
    sheets: [body],
  };
}
