// Addresses of the printable documents, for links from other screens (the intake desk opens the receipt after
// registering a dossier; the dossier page links the control slip). Codes are URL-encoded once, here.
const seg = encodeURIComponent;

export const documentLinks = {
  receipt: (code: string) => `/in/ho-so/${seg(code)}/phieu-tiep-nhan`,
  receiptPdf: (code: string) => `/api/pdf/ho-so/${seg(code)}/phieu-tiep-nhan`,
  controlSlip: (code: string) => `/in/ho-so/${seg(code)}/phieu-kiem-soat`,
  controlSlipPdf: (code: string) => `/api/pdf/ho-so/${seg(code)}/phieu-kiem-soat`,
  pauseSupplement: (code: string, pauseId: string) => `/in/ho-so/${seg(code)}/yeu-cau-bo-sung/${seg(pauseId)}`,
  pauseSupplementPdf: (code: string, pauseId: string) => `/api/pdf/ho-so/${seg(code)}/yeu-cau-bo-sung/${seg(pauseId)}`,
  /** Form 04: an apology letter of the dossier (a draft prints marked "BẢN NHÁP"). */
  apology: (code: string, apologyId: string) => `/in/ho-so/${seg(code)}/xin-loi/${seg(apologyId)}`,
  apologyPdf: (code: string, apologyId: string) => `/api/pdf/ho-so/${seg(code)}/xin-loi/${seg(apologyId)}`,
  /** Form 02 or 03 issued at the desk, by its number. */
  intakeNotice: (number: string) => `/in/phieu/${seg(number)}`,
  intakeNoticePdf: (number: string) => `/api/pdf/phieu/${seg(number)}`,
  trackingBook: (period?: { from: string; to: string }) =>
    `/in/so-theo-doi${period ? `?tu=${period.from}&den=${period.to}` : ""}`,
  trackingBookPdf: (period: { from: string; to: string }) => `/api/pdf/so-theo-doi?tu=${period.from}&den=${period.to}`,
} as const;
