import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { apologyLetterSpec } from "@/domain/documents/forms/apology-letter";
import { bookRow, parseBookPeriod, trackingBookSpec } from "@/domain/documents/forms/tracking-book";
import { controlSlipSpec, stepCells } from "@/domain/documents/forms/control-slip";
import { intakeNoticeSpec } from "@/domain/documents/forms/intake-notice";
import { receiptSpec, returnPlaceText } from "@/domain/documents/forms/receipt";
import { supplementRequestSpec } from "@/domain/documents/forms/supplement-request";
import { DocumentHtml } from "./html/document-html";
import {
  SAMPLE_APOLOGY,
  SAMPLE_BOOK,
  SAMPLE_CONTROL_SLIP,
  SAMPLE_RECEIPT,
  SAMPLE_REFUSAL,
  SAMPLE_SUPPLEMENT,
} from "@/domain/documents/samples";
import { groupColumns, plainText, type DocumentSpec } from "@/domain/documents/spec";

const html = (spec: DocumentSpec) => renderToStaticMarkup(createElement(DocumentHtml, { spec }));

describe("form 01 — receipt", () => {
  it("shows the code, the applicant, the documents, the fee, the appointment and a QR code to the tracking page", async () => {
    const spec = await receiptSpec(SAMPLE_RECEIPT, "https://motcua.sontay.gov.vn");
    const markup = html(spec);
    expect(spec.format).toMatchObject({ size: "A5", orientation: "portrait" });
    expect(spec.fileName).toBe("phieu-tiep-nhan-LLO-260423-0007");
    for (const text of [
      "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
      "LLO-260423-0007",
      "Nguyễn Thị Hồng Nhung",
      "Giấy xác nhận tình trạng hôn nhân",
      "Bản sao chứng thực",
      "30.000 đồng",
      "17:00, ngày 04/05/2026",
      "nghỉ lễ 30/4 và 1/5 không tính",
      "K7Q2-M9XD",
      "Xin cảm ơn ông/bà",
      "Sơn Tây, ngày 23 tháng 04 năm 2026",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Trần Văn Đức",
    ]) {
      expect(markup).toContain(text);
    }
    const qr = spec.sheets[0]?.find((block) => block.kind === "qr");
    expect(qr?.kind === "qr" && qr.url).toBe(
      "https://motcua.sontay.gov.vn/tra-cuu?ma=LLO-260423-0007&xac-thuc=K7Q2-M9XD",
    );
    expect(qr?.kind === "qr" && qr.svg).toContain("<svg");
    expect(qr?.kind === "qr" && qr.png).toMatch(/^data:image\/png;base64,/);
  });

  it("names the place of return: desk, post or electronic", () => {
    expect(returnPlaceText(SAMPLE_RECEIPT)).toContain("Bộ phận Tiếp nhận và Trả kết quả, UBND phường Lê Lợi");
    expect(returnPlaceText({ ...SAMPLE_RECEIPT, postalReturn: true })).toContain("bưu chính công ích");
    expect(returnPlaceText({ ...SAMPLE_RECEIPT, electronicResult: true })).toContain("kết quả điện tử");
  });
});

describe("form 02 — supplement request", () => {
  it("lists the missing documents when issued at the desk, under its number", () => {
    const spec = supplementRequestSpec(SAMPLE_SUPPLEMENT);
    const markup = html(spec);
    expect(spec.header.reference).toBe("Số: LLO-02-260423-0003");
    expect(markup).toContain("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ");
    expect(markup).toContain("<li>Giấy chứng sinh (bản chính)</li>");
  });
  it("during processing names the office, the dossier and the paused clock", () => {
    const spec = supplementRequestSpec({
      ...SAMPLE_SUPPLEMENT,
      source: "processing",
      reference: "LLO-260423-0007",
      requestingOffice: "Tư pháp - Hộ tịch",
    });
    const markup = html(spec);
    expect(markup).toContain("LLO-260423-0007");
    expect(markup).toContain("Tư pháp - Hộ tịch");
    expect(markup).toContain("tạm dừng");
  });
});

describe("form 03 — refusal", () => {
  it("prints the reason, picked by the notice's kind", () => {
    const markup = html(intakeNoticeSpec({ kind: "REFUSAL", data: SAMPLE_REFUSAL }));
    expect(markup).toContain("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ");
    expect(markup).toContain("thuộc thẩm quyền giải quyết của UBND thị xã Sơn Tây");
  });
});

describe("form 05 — control slip", () => {
  it("has one row per step, dates dd/MM/yyyy over HH:mm, the result blank while the step is open", () => {
    const [first, second, third] = SAMPLE_CONTROL_SLIP.steps;
    expect(first && stepCells(first, 0)).toEqual([
      "1",
      "Tiếp nhận, chuyển hồ sơ\nGiao: Bộ phận Một cửa\nNhận: Tư pháp - Hộ tịch",
      "Trần Văn Đức",
      "Lê Thị Mai",
      "23/04/2026\n10:00",
      "23/04/2026\n13:15",
      "Đúng hạn",
      "",
    ]);
    expect(second && stepCells(second, 1)[6]).toBe("Trước hạn");
    expect(third && stepCells(third, 2).slice(4)).toEqual(["", "04/05/2026\n15:30", "", "Đang thực hiện"]);
    const table = controlSlipSpec(SAMPLE_CONTROL_SLIP).sheets[0]?.find((block) => block.kind === "table");
    expect(table?.kind === "table" && table.rows.length).toBe(3);
  });
  it("draws grouped headers: the hand-over over three columns", () => {
    const table = controlSlipSpec(SAMPLE_CONTROL_SLIP).sheets[0]?.find((block) => block.kind === "table");
    if (table?.kind !== "table") throw new Error("no table");
    expect(groupColumns(table.columns).map((group) => [group.group, group.columns.length])).toContainEqual([
      "Giao, nhận hồ sơ",
      3,
    ]);
    expect(html(controlSlipSpec(SAMPLE_CONTROL_SLIP))).toMatch(/<th colSpan="3"[^>]*>Giao, nhận hồ sơ<\/th>/);
  });
});

describe("tracking book", () => {
  it("fills the register's columns and notes the status until the result is returned", () => {
    const pending = SAMPLE_BOOK.dossiers[0];
    if (!pending) throw new Error("no sample");
    const row = bookRow(pending, 0);
    expect(row).toHaveLength(14);
    expect(row.slice(0, 4)).toEqual(["1", pending.code, pending.procedureName, "1"]);
    expect(row[5]).toContain("ĐT: 0912345678");
    expect(row[12]).toBe("");
    expect(row[13]).toBe("Đang xử lý");
    expect(bookRow({ ...pending, returnedAt: new Date(), status: "RETURNED" }, 4)[13]).toBe("");
  });
  it("splits long periods into sheets and states the period", () => {
    const spec = trackingBookSpec(SAMPLE_BOOK);
    expect(spec.sheets.map((sheet) => (sheet[0]?.kind === "table" ? sheet[0].rows.length : -1))).toEqual([7, 8]);
    expect(spec.subheading?.map(plainText)).toEqual(["Từ ngày 01/04/2026 đến ngày 30/04/2026", "Tổng số: 15 hồ sơ"]);
  });
  it("titles the book with dd/MM/yyyy dates, prints A4 landscape and keeps dates on one line", () => {
    const spec = trackingBookSpec(SAMPLE_BOOK);
    expect(spec.title).toBe("Sổ theo dõi hồ sơ từ 01/04/2026 đến 30/04/2026");
    expect(spec.title).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(spec.format).toMatchObject({ size: "A4", orientation: "landscape" });
    const table = spec.sheets[0]?.[0];
    if (table?.kind !== "table") throw new Error("no table");
    const dateColumns = table.columns.slice(7, 12);
    expect(dateColumns.every((column) => column.nowrap)).toBe(true);
    // A date column holds "01/12/2026" at 8.5 pt: about 17 mm of the 277 mm of the sheet.
    const total = table.columns.reduce((sum, column) => sum + column.width, 0);
    for (const column of dateColumns) expect((277 * column.width) / total).toBeGreaterThanOrEqual(18);
    expect(html(spec)).toContain("whitespace-nowrap");
  });
  it("accepts at most 31 days and defaults to this month so far", () => {
    const now = new Date("2026-04-23T20:00:00Z"); // 24/04 in Vietnam
    expect(parseBookPeriod(undefined, undefined, now)).toEqual({ from: "2026-04-01", to: "2026-04-24" });
    expect(parseBookPeriod("2026-01-01", "2026-01-31", now)).toEqual({ from: "2026-01-01", to: "2026-01-31" });
    expect(parseBookPeriod("2026-01-01", "2026-02-01", now)).toHaveProperty("error");
    expect(parseBookPeriod("2026-02-10", "2026-02-01", now)).toHaveProperty("error");
    expect(parseBookPeriod("2026-02-30", "2026-03-01", now)).toHaveProperty("error");
  });
  it("reads the period form's dd/mm/yyyy days as well as the links' yyyy-MM-dd", () => {
    const now = new Date("2026-04-23T20:00:00Z");
    expect(parseBookPeriod("01/12/2026", "5/12/2026", now)).toEqual({ from: "2026-12-01", to: "2026-12-05" });
    expect(parseBookPeriod(" ", "", now)).toEqual({ from: "2026-04-01", to: "2026-04-24" });
    expect(parseBookPeriod("31/02/2026", "01/03/2026", now)).toHaveProperty("error");
    expect(parseBookPeriod("2026/12/01", undefined, now)).toHaveProperty("error");
  });
});

describe("form 04 — apology letter", () => {
  it("addresses the applicant, explains the delay, apologises and gives the new appointment, signed by the office at fault", () => {
    const spec = apologyLetterSpec(SAMPLE_APOLOGY);
    const markup = html(spec);
    expect(spec.format).toMatchObject({ size: "A5", orientation: "portrait" });
    expect(spec.fileName).toBe("phieu-xin-loi-LLO-04-260504-001");
    expect(spec.draftMark).toBeUndefined();
    for (const text of [
      "Mẫu số 04",
      "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
      "Số: LLO-04-260504-001",
      "TƯ PHÁP - HỘ TỊCH",
      "Ông/bà Nguyễn Thị Hồng Nhung",
      "Số 12 phố Phó Đức Chính",
      "LLO-260423-0007",
      "Đăng ký kết hôn",
      "09:30, ngày 23/04/2026",
      "17:00, ngày 04/05/2026",
      "chờ kết quả xác minh tình trạng hôn nhân",
      "thành thật xin lỗi ông/bà",
      "17:00, ngày 06/05/2026",
      "Xin trân trọng cảm ơn ông/bà.",
      "Sơn Tây, ngày 29 tháng 04 năm 2026",
      "Nguyễn Văn Hải",
    ]) {
      expect(markup).toContain(text);
    }
    expect(markup).not.toContain("BẢN NHÁP");
  });

  it("a ward's section signs for its unit without a seal, and the unit's kind is lower case in sentences", () => {
    const markup = html(apologyLetterSpec(SAMPLE_APOLOGY));
    expect(markup).toContain("ĐẠI DIỆN UBND PHƯỜNG LÊ LỢI");
    expect(markup).toContain("(Ký và ghi rõ họ tên)");
    expect(markup).not.toMatch(/đóng dấu/i);
    expect(markup).toContain("Bộ phận Tiếp nhận và Trả kết quả, UBND phường Lê Lợi.");
    expect(markup).not.toMatch(/[a-zà-ỹ,] (Phường|Thị xã|Xã) /u);
    const office = html(
      apologyLetterSpec({
        ...SAMPLE_APOLOGY,
        issuer: {
          ...SAMPLE_APOLOGY.issuer,
          unitName: "Thị xã Sơn Tây",
          unitInSentence: "thị xã Sơn Tây",
          division: "Phòng Tư pháp",
        },
        officeName: "Phòng Tư pháp",
        unitLevel: "DISTRICT",
      }),
    );
    expect(office).toContain("ĐẠI DIỆN PHÒNG TƯ PHÁP");
    expect(office).toContain("(Ký, ghi rõ họ tên, đóng dấu)");
    expect(office).toContain("UBND thị xã Sơn Tây.");
  });

  it("marks a draft, and words an error letter without an original appointment", () => {
    const draft = apologyLetterSpec({
      ...SAMPLE_APOLOGY,
      number: null,
      final: false,
      kind: "RESULT_ERROR",
      signer: null,
    });
    const markup = html(draft);
    expect(draft.draftMark).toBe("BẢN NHÁP");
    expect(markup).toContain("BẢN NHÁP");
    expect(markup).toContain("(chưa ký)");
    expect(markup).toContain("không phải nộp thêm phí, lệ phí");
    expect(markup).not.toContain("Ngày hẹn trả kết quả:");
    expect(draft.fileName).toBe("phieu-xin-loi-ban-nhap-LLO-260423-0007");
  });
});
