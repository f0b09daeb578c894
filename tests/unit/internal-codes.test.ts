// The e2e suite's finder of internal codes on screen (tests/e2e/support/internal-codes.ts, issue 11): what it flags
// and the legitimate text it lets through.
import { describe, expect, it } from "vitest";
import { findInternalCodes, isPageOfCode, schemaEnumValues } from "../e2e/support/internal-codes";

const enums = schemaEnumValues();

describe("findInternalCodes", () => {
  it("reads the enum values of the schema", () => {
    expect(enums.has("DEPARTMENT_HEAD")).toBe(true);
    expect(enums.has("RECEIVED")).toBe(true);
  });

  it("flags snake_case, UPPER_SNAKE_CASE, schema enum words, camelCase keys and missing messages", () => {
    const text =
      "Lịch sử: draft_apology — Đang xử lý → AWAITING_HEAD_APPROVAL. Vai trò: OFFICER. Cảnh báo: dueSoon. office.awaitingAssignment";
    expect(findInternalCodes(text, enums)).toEqual([
      "draft_apology",
      "AWAITING_HEAD_APPROVAL",
      "dueSoon",
      "office.awaitingAssignment",
      "OFFICER",
    ]);
  });

  it("lets through Vietnamese capitals, abbreviations, dossier and procedure codes, user names and addresses", () => {
    const text = [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — SỔ THEO DÕI HỒ SƠ",
      "UBND phường Sơn Tây, HĐND, TTHC, CCCD 001190012345, mã QR, tải PDF, CSV, API, Excel",
      "Hồ sơ PTT-251201-0001, thủ tục 1.001193, giấy 02 số PTT-02-251201-0001",
      "Tài khoản tiepnhan.sontay, chuyenvien2.tuphap; thông báo qua SMS",
      "Liên hệ hotro_motcua@hanoi.gov.vn hoặc https://dichvucong.gov.vn/p/home?ma_thu_tuc=1.001193",
      "Lúc 08:30 01/12/2026; MotCua; khóa API mck_8e667880, mck_00073592_suMyexBeiWrxP4nhxChDlqbolXFy4cEN9eM3dTOjBeY",
    ].join("\n");
    expect(findInternalCodes(text, enums)).toEqual([]);
  });

  it("leaves out only the API reference, whose content is code by design", () => {
    expect(isPageOfCode("/api/v1/reference")).toBe(true);
    expect(isPageOfCode("http://127.0.0.1:3400/api/v1/reference#dossiers")).toBe(true);
    expect(isPageOfCode("/quan-tri/ket-noi-api")).toBe(false);
  });
});
