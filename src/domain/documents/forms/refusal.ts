// Form 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ (Thông tư 01/2018/TT-VPCP, mẫu số 03): the reasons, in writing.
import { PAGE_FORMATS, RECEPTION_DIVISION, safeFileName } from "../format";
import type { RefusalData } from "../model";
import type { DocumentSpec } from "../spec";
import { committeeInSentence } from "../signer";
import { SIGN_NOTE, applicantFields, headerOf } from "./common";

export function refusalSpec(data: RefusalData): DocumentSpec {
  return {
    title: `Phiếu từ chối tiếp nhận hồ sơ ${data.number}`,
    fileName: safeFileName(`phieu-tu-choi-${data.number}`),
    format: PAGE_FORMATS.refusal,
    header: headerOf(data.issuer, { date: data.issuedAt, formNumber: "Mẫu số 03", reference: `Số: ${data.number}` }),
    heading: "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
    sheets: [
      [
        {
          kind: "paragraph",
          text: `${RECEPTION_DIVISION} ${committeeInSentence(data.issuer)} tiếp nhận hồ sơ của:`,
        },
        ...applicantFields(data.applicant, "Ông/bà, tổ chức"),
        { kind: "field", label: "Nội dung yêu cầu giải quyết", value: data.procedureName },
        {
          kind: "paragraph",
          indent: true,
          text: `Qua nghiên cứu, đối chiếu với các quy định hiện hành, ${RECEPTION_DIVISION} từ chối tiếp nhận hồ sơ này với lý do cụ thể như sau:`,
        },
        { kind: "paragraph", indent: true, text: [{ text: data.reason, bold: true }] },
        { kind: "paragraph", italic: true, text: "Xin lỗi ông/bà vì sự bất tiện này và xin trân trọng cảm ơn ông/bà." },
        {
          kind: "signatures",
          items: [{ title: "NGƯỜI TIẾP NHẬN HỒ SƠ", note: SIGN_NOTE, name: data.signer ?? undefined }],
        },
      ],
    ],
  };
}
