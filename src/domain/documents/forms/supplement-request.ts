// Form 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Thông tư 01/2018/TT-VPCP, mẫu số 02). One layout for both
// sources: the desk (nothing received yet, an IntakeNotice) and an office during processing (a SUPPLEMENT pause,
// which stops the clock until the applicant supplies the documents).
import { PAGE_FORMATS, RECEPTION_DIVISION, safeFileName, timeAndDate } from "../format";
import type { SupplementRequestData } from "../model";
import type { Block, DocumentSpec } from "../spec";
import { SIGN_NOTE, applicantFields, headerOf } from "./common";

export function supplementRequestSpec(data: SupplementRequestData): DocumentSpec {
  const atDesk = data.source === "intake";
  const body: Block[] = [
    ...(atDesk ? [] : [{ kind: "code", label: "Mã hồ sơ", code: data.reference } satisfies Block]),
    ...applicantFields(data.applicant, "Hồ sơ của"),
    { kind: "field", label: "Nội dung yêu cầu giải quyết", value: data.procedureName },
  ];
  if (!atDesk && data.requestingOffice)
    body.push({ kind: "field", label: "Cơ quan, bộ phận yêu cầu", value: data.requestingOffice });

  body.push({
    kind: "paragraph",
    indent: true,
    text: atDesk
      ? `Sau khi xem xét, ${RECEPTION_DIVISION} thấy hồ sơ của ông/bà chưa đầy đủ. Xin ông/bà vui lòng bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:`
      : "Trong quá trình giải quyết, hồ sơ của ông/bà cần được bổ sung, hoàn thiện. Xin ông/bà vui lòng bổ sung những nội dung sau:",
  });
  if (data.missingDocuments.length > 0) body.push({ kind: "list", items: data.missingDocuments });
  body.push({ kind: "field", label: atDesk ? "Hướng dẫn" : "Lý do", value: data.reason });
  if (!atDesk) {
    body.push({
      kind: "paragraph",
      indent: true,
      text: `Thời hạn giải quyết hồ sơ tạm dừng từ ${timeAndDate(data.issuedAt)} và được tính tiếp từ khi ${RECEPTION_DIVISION.toLowerCase()} nhận đủ hồ sơ bổ sung; thời gian đã giải quyết trước đó vẫn được tính.`,
    });
    if (data.resolvedAt)
      body.push({ kind: "field", label: "Đã nhận hồ sơ bổ sung lúc", value: timeAndDate(data.resolvedAt) });
  }
  body.push(
    {
      kind: "paragraph",
      indent: true,
      text: "Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, xin ông/bà liên hệ Bộ phận Tiếp nhận và Trả kết quả để được hướng dẫn.",
    },
    { kind: "paragraph", italic: true, text: "Xin trân trọng cảm ơn ông/bà." },
    { kind: "signatures", items: [{ title: "NGƯỜI HƯỚNG DẪN", note: SIGN_NOTE, name: data.signer ?? undefined }] },
  );

  return {
    title: `Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ ${data.reference}`,
    fileName: safeFileName(`phieu-yeu-cau-bo-sung-${data.reference}`),
    format: PAGE_FORMATS.supplementRequest,
    header: headerOf(data.issuer, {
      date: data.issuedAt,
      formNumber: "Mẫu số 02",
      reference: atDesk ? `Số: ${data.reference}` : undefined,
    }),
    heading: "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
    sheets: [body],
  };
}
