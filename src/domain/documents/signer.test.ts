// Rules: a unit's kind is a common noun inside a sentence (Nghị định 30/2020/NĐ-CP, phụ lục II: "phường Sơn Tây");
// form 04 is signed by the head of the office at fault (DOMAIN.md, "Late dossiers"), with the office's seal only when
// the office has one: a ward's section does not, so it signs for its unit without "đóng dấu".
import { describe, expect, it } from "vitest";
import {
  committeeInSentence,
  kindInSentence,
  officeHasSeal,
  officeInSentence,
  officeSignature,
  PLAIN_SIGN_NOTE,
  SEAL_SIGN_NOTE,
  splitUnitName,
  unitInSentence,
} from "./signer";

describe("unit names inside a sentence", () => {
  it("splits the kind from the name, the longest kind first", () => {
    expect(splitUnitName("Thị xã Sơn Tây")).toEqual({ kind: "Thị xã", name: "Sơn Tây" });
    expect(splitUnitName("Thành phố Hà Nội")).toEqual({ kind: "Thành phố", name: "Hà Nội" });
    expect(splitUnitName("Xã Đoài Phương")).toEqual({ kind: "Xã", name: "Đoài Phương" });
    expect(splitUnitName("Sơn Tây")).toEqual({ kind: null, name: "Sơn Tây" });
  });

  it("writes the kind in lower case and keeps the proper name", () => {
    expect(kindInSentence("Thị xã")).toBe("thị xã");
    expect(kindInSentence("Phường")).toBe("phường");
    expect(unitInSentence("Phường Sơn Tây")).toBe("phường Sơn Tây");
    expect(unitInSentence("Thị xã Sơn Tây")).toBe("thị xã Sơn Tây");
    expect(unitInSentence("Xã Đoài Phương")).toBe("xã Đoài Phương");
    expect(committeeInSentence("Phường Tùng Thiện")).toBe("UBND phường Tùng Thiện");
  });
});

describe("who signs for an office (form 04)", () => {
  const ward = { unitName: "Phường Sơn Tây" };
  const town = { unitName: "Thị xã Sơn Tây" };

  it("a ward's sections have no seal; a 2025 commune's Phòng and every town office do", () => {
    expect(officeHasSeal("Tư pháp - Hộ tịch", ward.unitName)).toBe(false);
    expect(officeHasSeal("Văn phòng HĐND và UBND", ward.unitName)).toBe(false);
    expect(officeHasSeal("Địa chính - Xây dựng", "Xã Đoài Phương")).toBe(false);
    expect(officeHasSeal("Phòng Kinh tế, Hạ tầng và Đô thị", ward.unitName)).toBe(true);
    expect(officeHasSeal("Phòng Tư pháp", town.unitName)).toBe(true);
    expect(officeHasSeal("Văn phòng HĐND và UBND", town.unitName)).toBe(true);
    expect(officeHasSeal("Sở Nội vụ", "Thành phố Hà Nội")).toBe(true);
    expect(officeHasSeal("Bộ phận Một cửa", town.unitName)).toBe(false);
  });

  it("a section signs for its unit, the section under it, without a seal", () => {
    const signature = officeSignature("Tư pháp - Hộ tịch", ward, "Nguyễn Văn Hải");
    expect(signature).toEqual({
      title: "ĐẠI DIỆN UBND PHƯỜNG SƠN TÂY",
      subtitle: "TƯ PHÁP - HỘ TỊCH",
      note: PLAIN_SIGN_NOTE,
      name: "Nguyễn Văn Hải",
    });
    expect(signature.note).not.toMatch(/đóng dấu/i);
  });

  it("an office with a seal signs as itself, with its seal; a draft without a head leaves the name blank", () => {
    expect(officeSignature("Phòng Tư pháp", town, null)).toEqual({
      title: "ĐẠI DIỆN PHÒNG TƯ PHÁP",
      note: SEAL_SIGN_NOTE,
      name: undefined,
    });
  });

  it("names a section with its unit in running text, an office with a seal by itself", () => {
    expect(officeInSentence("Tư pháp - Hộ tịch", ward)).toBe("Tư pháp - Hộ tịch, UBND phường Sơn Tây");
    expect(officeInSentence("Phòng Tư pháp", town)).toBe("Phòng Tư pháp");
  });
});
