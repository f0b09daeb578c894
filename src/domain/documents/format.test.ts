import { describe, expect, it } from "vitest";
import {
  PAGE_FORMATS,
  agencyLine,
  datelinePlace,
  durationText,
  feeText,
  formatVnd,
  headerFontSize,
  pageMarginMm,
  paginate,
  safeFileName,
  splitHeaderLine,
  timeAndDate,
  trackingUrl,
} from "./format";

describe("money", () => {
  it("writes VND the Vietnamese way", () => {
    expect(formatVnd(30000)).toBe("30.000 đồng");
    expect(formatVnd(1250000)).toBe("1.250.000 đồng");
    expect(formatVnd(500)).toBe("500 đồng");
    expect(formatVnd(0)).toBe("0 đồng");
  });
  it("says plainly when there is nothing to pay", () => {
    expect(feeText(0)).toBe("Không thu phí, lệ phí");
    expect(feeText(100000, "lệ phí cấp bản sao")).toBe("100.000 đồng (lệ phí cấp bản sao)");
  });
});

describe("tracking URL of the receipt's QR code", () => {
  it("carries the code and the tracking key", () => {
    expect(trackingUrl("https://motcua.sontay.gov.vn", "LLO-260423-0007", "K7Q2-M9XD")).toBe(
      "https://motcua.sontay.gov.vn/tra-cuu?ma=LLO-260423-0007&xac-thuc=K7Q2-M9XD",
    );
  });
  it("tolerates a trailing slash and encodes what must be encoded", () => {
    expect(trackingUrl("http://localhost:3000/", "A B", "k&y")).toBe(
      "http://localhost:3000/tra-cuu?ma=A+B&xac-thuc=k%26y",
    );
  });
});

describe("agency naming", () => {
  const ward = { name: "Lê Lợi", kindLabel: "Phường", level: "COMMUNE" as const, parentName: "Sơn Tây" };
  it("prints the agency in capitals with Vietnamese letters", () => {
    expect(agencyLine(ward)).toBe("UBND PHƯỜNG LÊ LỢI");
  });
  it("dates a ward's documents from its town, a top unit from itself", () => {
    expect(datelinePlace(ward)).toBe("Sơn Tây");
    expect(datelinePlace({ name: "Sơn Tây", kindLabel: "Thị xã", level: "DISTRICT", parentName: "Hà Nội" })).toBe(
      "Sơn Tây",
    );
    expect(datelinePlace({ ...ward, parentName: null })).toBe("Lê Lợi");
  });
  it("sets a long division name on two balanced lines", () => {
    expect(splitHeaderLine("BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ")).toEqual(["BỘ PHẬN TIẾP NHẬN", "VÀ TRẢ KẾT QUẢ"]);
    expect(splitHeaderLine("TƯ PHÁP - HỘ TỊCH")).toEqual(["TƯ PHÁP - HỘ TỊCH"]);
  });
});

describe("page layout", () => {
  it("uses A5 portrait for the slips, A4 for form 05 and A4 landscape for the book", () => {
    for (const form of [PAGE_FORMATS.receipt, PAGE_FORMATS.supplementRequest, PAGE_FORMATS.refusal]) {
      expect(form).toMatchObject({ size: "A5", orientation: "portrait" });
    }
    expect(PAGE_FORMATS.controlSlip).toMatchObject({ size: "A4", orientation: "portrait" });
    expect(PAGE_FORMATS.trackingBook).toMatchObject({ size: "A4", orientation: "landscape" });
  });
  it("keeps the national header small enough on A5 and the side margins at 15 mm", () => {
    expect(headerFontSize(PAGE_FORMATS.receipt)).toBeLessThan(headerFontSize(PAGE_FORMATS.controlSlip));
    expect(pageMarginMm(PAGE_FORMATS.receipt)[1]).toBe(15);
    expect(pageMarginMm(PAGE_FORMATS.trackingBook)).toEqual([10, 10]);
  });
  it("paginates rows with a shorter first sheet and never returns no sheet", () => {
    const rows = Array.from({ length: 20 }, (_, i) => i);
    expect(paginate(rows, { first: 7, next: 10 }).map((sheet) => sheet.length)).toEqual([7, 10, 3]);
    expect(paginate([], { first: 7, next: 10 })).toEqual([[]]);
    expect(() => paginate(rows, { first: 0, next: 10 })).toThrow(RangeError);
  });
});

describe("wording", () => {
  it("writes durations and times as the slips do, in Vietnam's time zone", () => {
    expect(durationText(5, "WORKING_DAYS")).toBe("05 ngày làm việc");
    expect(durationText(8, "WORKING_HOURS")).toBe("08 giờ làm việc");
    expect(durationText(0, "SAME_DAY")).toBe("Trong ngày");
    expect(timeAndDate(new Date("2026-04-23T02:30:00Z"))).toBe("09:30, ngày 23/04/2026");
  });
  it("makes ASCII file names", () => {
    expect(safeFileName("phiếu tiếp nhận LLO-260423-0007")).toBe("phieu-tiep-nhan-LLO-260423-0007");
    expect(safeFileName('a"b/..\\c')).toBe("a-b-..-c");
  });
});
