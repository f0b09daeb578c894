import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  cleanText,
  formInt,
  idText,
  optionalFormInt,
  optionalText,
  parseDecimalInt,
  queryText,
  requiredText,
  TEXT_PROBLEM_MESSAGES,
  textProblem,
} from "./text-input";

// The malformed-input corpus of issue 8 (item 7): what a hostile or broken client sends in place of text.
const HOSTILE_TEXT: Readonly<Record<string, string>> = {
  nul: "Nguyễn\u0000Văn A",
  nulAlone: "\u0000",
  bell: "Lê\u0007Lợi",
  escape: "abc\u001b[31m",
  del: "abc\u007f",
  c1: "abc\u0085def\u009b",
  replacement: "Phường L\uFFFDe L\uFFFDi", // what invalid UTF-8 bytes become once decoded
  rlo: "Số 1 \u202Eđường Lê Lợi", // right-to-left override
  lre: "\u202Aabc",
  pdf: "abc\u202C",
  rli: "\u2067Hà Nội\u2069",
  lrm: "abc\u200E",
  rlm: "abc\u200F",
  alm: "abc\u061C",
  loneSurrogate: "abc\uD800def",
  nonCharacter: "abc\uFFFF",
};

describe("textProblem: the one screen of boundary text", () => {
  it.each(Object.entries(HOSTILE_TEXT))("refuses %s", (_name, value) => {
    expect(textProblem(value, { multiline: true })).not.toBeNull();
    expect(textProblem(value)).not.toBeNull();
  });

  it("names the problem, with a Vietnamese message for each", () => {
    expect(textProblem(HOSTILE_TEXT.nul!)).toBe("control");
    expect(textProblem(HOSTILE_TEXT.replacement!)).toBe("replacement");
    expect(textProblem(HOSTILE_TEXT.rlo!)).toBe("bidi");
    expect(textProblem(HOSTILE_TEXT.rli!)).toBe("bidi");
    expect(textProblem(HOSTILE_TEXT.loneSurrogate!)).toBe("encoding");
    for (const message of Object.values(TEXT_PROBLEM_MESSAGES)) expect(message).toMatch(/Xin vui lòng|không hợp lệ/);
  });

  it("accepts Vietnamese text, emoji, and newline/tab only where multiline", () => {
    expect(textProblem("Đặng Văn Ước, số 12 ngõ 3/5 phố Lê Lợi (P. Lê Lợi) – 100% “đúng”")).toBeNull();
    expect(textProblem("Chúc mừng 🎉")).toBeNull();
    expect(textProblem("dòng 1\r\ndòng 2\tcột", { multiline: true })).toBeNull();
    expect(textProblem("dòng 1\ndòng 2")).toBe("lineBreak");
    expect(textProblem("a\tb")).toBe("lineBreak");
    expect(textProblem("  có khoảng trắng đầu cuối \n")).toBeNull(); // trimmed away
  });
});

describe("cleanText and queryText", () => {
  it("normalises to NFC and trims", () => {
    const decomposed = "Nguye\u0302\u0303n"; // "Nguyễn" in NFD
    expect(cleanText(`  ${decomposed} `)).toEqual({ ok: true, value: "Nguyễn" });
  });

  it("refuses over-long text after trimming, with the given message", () => {
    expect(cleanText("abcd", { max: 3, tooLong: "Quá dài." })).toEqual({
      ok: false,
      problem: "tooLong",
      message: "Quá dài.",
    });
    expect(cleanText(" abc ", { max: 3 }).ok).toBe(true);
  });

  it("reads a page's query parameter: first value, cut to max, refused with a message when hostile", () => {
    expect(queryText(undefined, 10)).toEqual({ ok: true, value: "" });
    expect(queryText([" kết hôn ", "x"], 10)).toEqual({ ok: true, value: "kết hôn" });
    expect(queryText("a".repeat(50), 10)).toEqual({ ok: true, value: "a".repeat(10) });
    expect(queryText("\u0000", 10)).toEqual({ ok: false, message: TEXT_PROBLEM_MESSAGES.control });
  });
});

describe("zod text builders", () => {
  const name = requiredText(2, 10, { required: "Bắt buộc.", min: "Ngắn.", max: "Dài." });
  const note = optionalText(20, "Dài.", { multiline: true });

  it("refuse every hostile value with the problem's message, and never output it", () => {
    for (const value of Object.values(HOSTILE_TEXT)) {
      for (const schema of [name, note, idText("Mã sai.")]) {
        const parsed = schema.safeParse(value);
        expect(parsed.success, JSON.stringify(value)).toBe(false);
      }
    }
    expect(name.safeParse("Lê\u0000Lợi").error?.issues[0]?.message).toBe(TEXT_PROBLEM_MESSAGES.control);
    expect(note.safeParse("Ghi \u202Echú").error?.issues[0]?.message).toBe(TEXT_PROBLEM_MESSAGES.bidi);
  });

  it("keep the usual rules: required, min, max, blank optional, multiline only where allowed", () => {
    expect(name.safeParse("").error?.issues.map((issue) => issue.message)).toEqual(["Bắt buộc."]);
    expect(name.safeParse("a").error?.issues[0]?.message).toBe("Ngắn.");
    expect(name.safeParse("a".repeat(11)).error?.issues[0]?.message).toBe("Dài.");
    expect(name.safeParse(" Lê Lợi ").data).toBe("Lê Lợi");
    expect(name.safeParse("Lê\nLợi").error?.issues[0]?.message).toBe(TEXT_PROBLEM_MESSAGES.lineBreak);
    expect(note.safeParse("   ").data).toBeUndefined();
    expect(note.safeParse("dòng 1\ndòng 2").data).toBe("dòng 1\ndòng 2");
    expect(z.object({ note }).safeParse({}).data).toEqual({});
  });
});

describe("numbers: decimal digits only", () => {
  it.each([
    "0x10",
    "0X10",
    "1e3",
    "1E3",
    " 12 ",
    "12 ",
    "+5",
    "1.0",
    "1_000",
    "1,000",
    "١٢",
    "",
    "-",
    "Infinity",
    "NaN",
  ])("refuses %j", (value) => {
    expect(parseDecimalInt(value, { min: -100, max: 10_000 })).toBeNull();
  });

  it("reads plain digits within the range; a sign only when the range allows negatives", () => {
    expect(parseDecimalInt("16")).toBe(16);
    expect(parseDecimalInt("007")).toBe(7);
    expect(parseDecimalInt("-3")).toBeNull();
    expect(parseDecimalInt("-3", { min: -5 })).toBe(-3);
    expect(parseDecimalInt("61", { min: 1, max: 60 })).toBeNull();
    expect(parseDecimalInt("9".repeat(16))).toBeNull();
    expect(parseDecimalInt(12)).toBe(12);
    expect(parseDecimalInt(1.5)).toBeNull();
    expect(parseDecimalInt(null)).toBeNull();
  });

  it("formInt and optionalFormInt refuse 0x10 (it used to be read as 16) with the field's message", () => {
    const days = formInt("Số ngày sai.", { min: 1, max: 60 });
    expect(days.safeParse("0x10").error?.issues[0]?.message).toBe("Số ngày sai.");
    expect(days.safeParse("1e1").success).toBe(false);
    expect(days.safeParse("16").data).toBe(16);
    const amount = optionalFormInt("Số tiền sai.");
    expect(amount.safeParse("").data).toBeUndefined();
    expect(amount.safeParse("0x10").success).toBe(false);
    expect(z.object({ amount }).safeParse({}).data).toEqual({});
  });
});
