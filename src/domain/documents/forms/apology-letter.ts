// Form 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả (Thông tư 01/2018/TT-VPCP, mẫu số 04; "văn bản xin lỗi và đề
// nghị gia hạn" in Thông tư 03/2025). Addressed to the applicant by the office at fault, signed by its head: the
// dossier, the original appointment, the reason for the delay, the apology and the new appointment, in the polite
// "4 xin" tone the desks use with citizens. Only a signed letter is final; a draft carries a "BẢN NHÁP" mark.
import { PAGE_FORMATS, safeFileName, timeAndDate } from "../format";
import type { ApologyLetterData } from "../model";
import type { Block, DocumentSpec } from "../spec";
import { committeeInSentence, officeInSentence, officeSignature } from "../signer";
import { headerOf } from "./common";

export const DRAFT_MARK = "BẢN NHÁP";

export function apologyLetterSpec(data: ApologyLetterData): DocumentSpec {
  const late = data.kind === "LATE";
  // A ward's section is named with its unit in the prose and signs for it, without a seal (../signer.ts).
  const signing = { name: data.officeName, kind: data.officeKind, unitLevel: data.unitLevel };
  const office = officeInSentence(signing, data.issuer);
  const body: Block[] = [
    { kind: "field", label: "Kính gửi", value: `Ông/bà ${data.applicant.name}` },
    ...(data.applicant.address
      ? [{ kind: "field", label: "Địa chỉ", value: data.applicant.address } satisfies Block]
      : []),
    { kind: "code", label: "Mã hồ sơ", code: data.code },
    { kind: "field", label: "Nội dung yêu cầu giải quyết", value: data.procedureName },
  ];
  if (data.receivedAt) body.push({ kind: "field", label: "Ngày tiếp nhận hồ sơ", value: timeAndDate(data.receivedAt) });
  if (late) body.push({ kind: "field", label: "Ngày hẹn trả kết quả", value: timeAndDate(data.previousAppointmentAt) });

  body.push(
    {
      kind: "paragraph",
      indent: true,
      text: late
        ? `${office} đã tiếp nhận và giải quyết hồ sơ của ông/bà. Tuy nhiên, đến ngày hẹn nêu trên, hồ sơ của ông/bà chưa giải quyết xong đúng hẹn như đã ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.`
        : `Kết quả giải quyết hồ sơ của ông/bà có sai sót do lỗi của cán bộ, công chức ${office}. Kết quả sẽ được sửa đổi, bổ sung và ông/bà không phải nộp thêm phí, lệ phí.`,
    },
    { kind: "field", label: late ? "Lý do chậm trễ" : "Nội dung sai sót", value: data.reason },
    {
      kind: "paragraph",
      indent: true,
      text: late
        ? `Sự chậm trễ này đã làm ảnh hưởng đến thời gian và công việc của ông/bà. ${office} thành thật xin lỗi ông/bà và mong ông/bà thông cảm.`
        : `Sai sót này đã làm ảnh hưởng đến thời gian và công việc của ông/bà. ${office} thành thật xin lỗi ông/bà và mong ông/bà thông cảm.`,
    },
    {
      kind: "paragraph",
      indent: true,
      text: [
        { text: "Xin phép được hẹn lại ông/bà đến nhận kết quả vào lúc " },
        { text: timeAndDate(data.newAppointmentAt), bold: true },
        {
          text: ` tại Bộ phận Tiếp nhận và Trả kết quả${data.issuer.unitName ? `, ${committeeInSentence(data.issuer)}` : ""}.`,
        },
      ],
    },
    {
      kind: "paragraph",
      indent: true,
      text: "Nếu cần trao đổi thêm, xin ông/bà vui lòng liên hệ Bộ phận Tiếp nhận và Trả kết quả để được giúp đỡ.",
    },
    { kind: "paragraph", italic: true, text: "Xin trân trọng cảm ơn ông/bà." },
    {
      kind: "signatures",
      items: [officeSignature(signing, data.issuer, data.signer)],
    },
  );

  const reference = data.number ?? data.code;
  return {
    title: data.final
      ? `Phiếu xin lỗi và hẹn lại ngày trả kết quả số ${data.number}`
      : `Phiếu xin lỗi và hẹn lại ngày trả kết quả (bản nháp) — hồ sơ ${data.code}`,
    fileName: safeFileName(data.final ? `phieu-xin-loi-${reference}` : `phieu-xin-loi-ban-nhap-${data.code}`),
    format: PAGE_FORMATS.apologyLetter,
    header: headerOf(data.issuer, {
      date: data.issuedAt,
      formNumber: "Mẫu số 04",
      reference: data.number ? `Số: ${data.number}` : "Số: …… (chưa ký)",
    }),
    heading: "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
    sheets: [body],
    draftMark: data.final ? undefined : DRAFT_MARK,
  };
}
