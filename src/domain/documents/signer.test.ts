// Rules: a unit's kind is a common noun inside a sentence (Nghị định 30/2020/NĐ-CP, phụ lục II: "phường Sơn Tây");
// form 04 is signed by the head of the office at fault (DOMAIN.md, "Late dossiers"), with the office's seal only when
// the office has one, as the unit's level and the office's kind say: a ward's section has none, so it signs for its
// unit without "đóng dấu" (issue 11).
import { describe, expect, it } from "vitest";
import {
  committeeInSentence,
  kindInSentence,
  officeHasSeal,
  officeInSentence,
  officeSignature,
  PLAIN_SIGN_NOTE,
  SEAL_SIGN_NOTE,
  unitInSentence,
} from "./signer";

describe("unit names inside a sentence", () => {
  it("writes the kind in lower case and keeps the proper name", () => {
    expect(kindInSentence("Thị xã")).toBe("thị xã");
    expect(kindInSentence("Phường")).toBe("phường");
    expect(unitInSentence({ kindLabel: "Phường", name: "Sơn Tây" })).toBe("phường Sơn Tây");
    expect(unitInSentence({ kindLabel: "Thị xã", name: "Sơn Tây" })).toBe("thị xã Sơn Tây");
    expect(unitInSentence({ kindLabel: "Xã", name: "Đoài Phương" })).toBe("xã Đoài Phương");
    // The unit's own kind, whatever it is: no list of known kinds to miss one.
    expect(unitInSentence({ kindLabel: "Đặc khu", name: "Phú Quốc" })).toBe("đặc khu Phú Quốc");
    expect(committeeInSentence({ unitInSentence: "phường Tùng Thiện" })).toBe("UBND phường Tùng Thiện");
  });
});

describe("who signs for an office (form 04), from the unit's level and the office's kind", () => {
  const ward = { unitName: "Phường Sơn Tây", unitInSentence: "phường Sơn Tây" };
  const town = { unitName: "Thị xã Sơn Tây", unitInSentence: "thị xã Sơn Tây" };
  const section = { name: "Tư pháp - Hộ tịch", kind: "DEPARTMENT", unitLevel: "COMMUNE" } as const;
  const townOffice = { name: "Phòng Tư pháp", kind: "DEPARTMENT", unitLevel: "DISTRICT" } as const;

  it("a specialist office above commune level has a seal; a commune's offices, the desk and the leadership do not", () => {
    expect(officeHasSeal(section)).toBe(false);
    // The data decides, not the name: a commune's "Phòng …" is a section of its committee too.
    expect(officeHasSeal({ kind: "DEPARTMENT", unitLevel: "COMMUNE" })).toBe(false);
    expect(officeHasSeal(townOffice)).toBe(true);
    expect(officeHasSeal({ kind: "DEPARTMENT", unitLevel: "PROVINCE" })).toBe(true);
    expect(officeHasSeal({ kind: "RECEPTION", unitLevel: "DISTRICT" })).toBe(false);
    expect(officeHasSeal({ kind: "LEADERSHIP", unitLevel: "DISTRICT" })).toBe(false);
  });

  it("a section signs for its unit, the section under it, without a seal", () => {
    const signature = officeSignature(section, ward, "Nguyễn Văn Hải");
    expect(signature).toEqual({
      title: "ĐẠI DIỆN UBND PHƯỜNG SƠN TÂY",
      subtitle: "TƯ PHÁP - HỘ TỊCH",
      note: PLAIN_SIGN_NOTE,
      name: "Nguyễn Văn Hải",
    });
    expect(signature.note).not.toMatch(/đóng dấu/i);
  });

  it("an office with a seal signs as itself, with its seal; a draft without a head leaves the name blank", () => {
    expect(officeSignature(townOffice, town, null)).toEqual({
      title: "ĐẠI DIỆN PHÒNG TƯ PHÁP",
      note: SEAL_SIGN_NOTE,
      name: undefined,
    });
  });

  it("the leadership signs for its committee with the committee's seal", () => {
    expect(
      officeSignature({ name: "Lãnh đạo UBND", kind: "LEADERSHIP", unitLevel: "COMMUNE" }, ward, "Phạm Kim Hoa"),
    ).toEqual({
      title: "ĐẠI DIỆN UBND PHƯỜNG SƠN TÂY",
      note: SEAL_SIGN_NOTE,
      name: "Phạm Kim Hoa",
    });
  });

  it("names a section with its unit in running text, an office with a seal by itself", () => {
    expect(officeInSentence(section, ward)).toBe("Tư pháp - Hộ tịch, UBND phường Sơn Tây");
    expect(officeInSentence(townOffice, town)).toBe("Phòng Tư pháp");
  });
});
