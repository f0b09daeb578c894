import { describe, expect, it } from "vitest";
import { dossierCodeInputSchema, formatDossierCode, isDossierCode, parseDossierCode } from "./dossier-code";

describe("formatDossierCode", () => {
  it("writes <unit>-<yymmdd>-<4-digit sequence>", () => {
    expect(formatDossierCode("LLO", "2026-04-23", 7)).toBe("LLO-260423-0007");
    expect(formatDossierCode("P12", "2025-07-01", 1)).toBe("P12-250701-0001");
    expect(formatDossierCode("LLO", "2026-12-31", 9999)).toBe("LLO-261231-9999");
  });

  it("keeps growing past 9999 instead of wrapping", () => {
    expect(formatDossierCode("LLO", "2026-04-23", 10000)).toBe("LLO-260423-10000");
    expect(formatDossierCode("LLO", "2026-04-23", 123456)).toBe("LLO-260423-123456");
  });

  it.each([
    ["llo", "2026-04-23", 1],
    ["L-LO", "2026-04-23", 1],
    ["", "2026-04-23", 1],
    ["LLO", "2026-02-30", 1],
    ["LLO", "26-04-23", 1],
    ["LLO", "1999-12-31", 1],
    ["LLO", "2026-04-23", 0],
    ["LLO", "2026-04-23", 1.5],
  ])("refuses %s / %s / %s", (unit, date, seq) => {
    expect(() => formatDossierCode(unit, date, seq)).toThrow(RangeError);
  });
});

describe("parseDossierCode", () => {
  it.each([
    ["LLO", "2026-04-23", 7],
    ["HN_01", "2025-01-01", 1],
    ["LLO", "2024-02-29", 9999],
    ["LLO", "2026-04-23", 10000],
    ["X", "2099-12-31", 987654],
  ])("round-trips %s %s %s", (unitCode, localDate, sequence) => {
    const code = formatDossierCode(unitCode, localDate, sequence);
    expect(parseDossierCode(code)).toEqual({ unitCode, localDate, sequence });
  });

  it.each([
    "LLO-260423-007",
    "LLO-260423-00007",
    "LLO-260230-0001",
    "LLO-260423-0000",
    "llo-260423-0007",
    "LLO260423-0007",
    "LLO-260423-0007-1",
    "",
  ])("rejects %j", (code) => {
    expect(parseDossierCode(code)).toBeNull();
    expect(isDossierCode(code)).toBe(false);
  });
});

describe("dossierCodeInputSchema (typed by citizens)", () => {
  it("trims, uppercases, removes spaces and fixes typographic dashes", () => {
    expect(dossierCodeInputSchema.parse("  llo-260423-0007 ")).toBe("LLO-260423-0007");
    expect(dossierCodeInputSchema.parse("LLO – 260423 – 0007")).toBe("LLO-260423-0007");
  });

  it("explains politely what is wrong", () => {
    const empty = dossierCodeInputSchema.safeParse("   ");
    expect(empty.success).toBe(false);
    expect(empty.error?.issues.map((i) => i.message)).toEqual(["Xin ông/bà vui lòng nhập mã hồ sơ."]);
    const wrong = dossierCodeInputSchema.safeParse("LLO-2604-7");
    expect(wrong.error?.issues[0]?.message).toBe(
      "Mã hồ sơ chưa đúng. Xin ông/bà vui lòng kiểm tra lại mã in trên phiếu hẹn (ví dụ: LLO-260423-0007).",
    );
    expect(dossierCodeInputSchema.safeParse(undefined).error?.issues[0]?.message).toBe(
      "Xin ông/bà vui lòng nhập mã hồ sơ.",
    );
  });
});
