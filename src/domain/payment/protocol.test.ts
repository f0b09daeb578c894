// The national payment platform's messages (ONLINE-SERVICES.md, "Online payment"): MaXacThuc = SHA-256 of the listed
// fields joined by "|", then "|" and the shared secret; the fields in the order the source lists them.
import { describe, expect, it } from "vitest";
import {
  callbackSchema,
  initRequestSchema,
  PROTOCOL_VERSION,
  queryAnswerSchema,
  SIGNED_FIELDS,
  signingInput,
  TRANSACTION_STATE,
} from "./index";

describe("signed fields", () => {
  it("INIT signs LoaiBanTin … Ip in the source's order", () => {
    expect(SIGNED_FIELDS.INIT).toEqual([
      "LoaiBanTin",
      "PhienBan",
      "MaDoiTac",
      "MaThamChieu",
      "SoTien",
      "LoaiHinhThanhToan",
      "MaKenhThanhToan",
      "MaThietBi",
      "NgonNgu",
      "MaTienTe",
      "MaNganHang",
      "ThongTinGiaoDich",
      "ThoiGianGD",
      "Ip",
    ]);
  });

  it("the confirmation callback signs LoaiBanTin, MaLoi, MaDoiTac, MaThamChieu, SoTien, MaTienTe, MaGiaoDich, MaNganHang, ThoiGianGD, ThongTinGiaoDich", () => {
    const callback = {
      LoaiBanTin: "PAY",
      MaLoi: "00",
      MaDoiTac: "P1",
      MaThamChieu: "MC1",
      SoTien: 70000,
      MaTienTe: "VND",
      MaGiaoDich: "GD1",
      MaNganHang: "NCB",
      ThoiGianGD: "20261205143005",
      ThongTinGiaoDich: "Thanh toan",
      MaXacThuc: "ignored",
    };
    expect(signingInput("CALLBACK", callback, "s3cret")).toBe(
      "PAY|00|P1|MC1|70000|VND|GD1|NCB|20261205143005|Thanh toan|s3cret",
    );
  });

  it("QUERY and GET_BILL sign TYPE|PhienBan|MaDoiTac|MaThamChieu|ThoiGianGD|secret", () => {
    const query = {
      LoaiBanTin: "QUERY",
      PhienBan: PROTOCOL_VERSION,
      MaDoiTac: "P1",
      MaThamChieu: "MC1",
      ThoiGianGD: "20261205143005",
    };
    expect(signingInput("QUERY", query, "s")).toBe("QUERY|1.0.6|P1|MC1|20261205143005|s");
    expect(signingInput("GET_BILL", { ...query, LoaiBanTin: "GET_BILL" }, "s")).toBe(
      "GET_BILL|1.0.6|P1|MC1|20261205143005|s",
    );
  });

  it("our answer to a callback signs MaLoi, MaDoiTac, ThoiGianGD", () => {
    expect(signingInput("CALLBACK_REPLY", { MaLoi: "02", MaDoiTac: "P1", ThoiGianGD: "20261205143005" }, "s")).toBe(
      "02|P1|20261205143005|s",
    );
  });

  it("writes absent fields as empty, so a missing field cannot shift the others", () => {
    expect(signingInput("QUERY", { LoaiBanTin: "QUERY", MaThamChieu: "MC1" }, "s")).toBe("QUERY|||MC1||s");
  });
});

describe("message schemas", () => {
  const callback = {
    LoaiBanTin: "PAY",
    MaLoi: "00",
    MaDoiTac: "P1",
    MaThamChieu: "MC20261205143005ABCDEFGHIJ",
    SoTien: "70000",
    MaTienTe: "VND",
    MaGiaoDich: "GD1",
    MaNganHang: "NCB",
    ThoiGianGD: "20261205143005",
    ThongTinGiaoDich: "Thanh toan",
    MaXacThuc: "a".repeat(64),
  };

  it("read SoTien written as digits or as a number, and nothing else", () => {
    expect(callbackSchema.parse(callback).SoTien).toBe(70000);
    expect(callbackSchema.parse({ ...callback, SoTien: 70000 }).SoTien).toBe(70000);
    for (const bad of ["7e4", "-1", "70000.5", " 70000", "0x10"])
      expect(callbackSchema.safeParse({ ...callback, SoTien: bad }).success).toBe(false);
  });

  it("require ThoiGianGD as yyyyMMddHHmmss and MaXacThuc as 64 hex digits", () => {
    expect(callbackSchema.safeParse({ ...callback, ThoiGianGD: "2026-12-05" }).success).toBe(false);
    expect(callbackSchema.safeParse({ ...callback, MaXacThuc: "zz" }).success).toBe(false);
  });

  it("know TrangThaiGD 1 success, 3 pending, 4 failed, and no other", () => {
    expect(TRANSACTION_STATE).toEqual({ SUCCESS: "1", PENDING: "3", FAILED: "4" });
    const answer = {
      LoaiBanTin: "QUERY",
      MaLoi: "00",
      MaDoiTac: "P1",
      MaThamChieu: "MC1",
      SoTien: 1,
      ThoiGianGD: "20261205143005",
      MaXacThuc: "0".repeat(64),
    };
    expect(queryAnswerSchema.safeParse({ ...answer, TrangThaiGD: "3" }).success).toBe(true);
    expect(queryAnswerSchema.safeParse({ ...answer, TrangThaiGD: "2" }).success).toBe(false);
  });

  it("INIT pays in VND with LoaiHinhThanhToan PAY and a reference of letters, digits, - and _", () => {
    const init = {
      LoaiBanTin: "INIT",
      PhienBan: "1.0.6",
      MaDoiTac: "P1",
      MaThamChieu: "MC20261205143005ABCDEFGHIJ",
      SoTien: 70000,
      LoaiHinhThanhToan: "PAY",
      MaKenhThanhToan: "1",
      MaThietBi: "1",
      NgonNgu: "vi-VN",
      MaTienTe: "VND",
      MaNganHang: "",
      ThongTinGiaoDich: "Thanh toan",
      ThoiGianGD: "20261205143005",
      Ip: "10.0.0.7",
      MaXacThuc: "0".repeat(64),
    };
    expect(initRequestSchema.safeParse(init).success).toBe(true);
    expect(initRequestSchema.safeParse({ ...init, MaTienTe: "USD" }).success).toBe(false);
    expect(initRequestSchema.safeParse({ ...init, MaThamChieu: "MC 1/../x" }).success).toBe(false);
  });
});
