import { describe, expect, it } from "vitest";
import { normaliseTrackingKey, parseTrackingInput, phoneLast4 } from "./lookup-input";

describe("tracking look-up input", () => {
  it("accepts a code and the phone's last 4 digits", () => {
    expect(parseTrackingInput({ code: " llo-260423-0007 ", factor: " 4321 " })).toEqual({
      ok: true,
      value: { code: "LLO-260423-0007", factor: { kind: "phone_last4", digits: "4321" } },
    });
  });

  it("accepts the tracking key in any case, with or without the dash or with a typographic dash", () => {
    for (const typed of ["K7Q2-M9XD", "k7q2-m9xd", "K7Q2M9XD", "k7q2 m9xd", "K7Q2–M9XD", "Ｋ７Ｑ２-Ｍ９ＸＤ"]) {
      expect(parseTrackingInput({ code: "LLO-260423-0007", factor: typed })).toEqual({
        ok: true,
        value: { code: "LLO-260423-0007", factor: { kind: "tracking_key", key: "K7Q2M9XD" } },
      });
    }
  });

  it("explains a missing or malformed factor", () => {
    const missing = parseTrackingInput({ code: "LLO-260423-0007", factor: "" });
    expect(missing).toEqual({ ok: false, message: expect.stringMatching(/vui lòng nhập 4 số cuối/) });
    for (const typed of ["123", "12345", "K7Q2-M9X", "K7Q2--M9XD", "abc", "0987654321"]) {
      expect(parseTrackingInput({ code: "LLO-260423-0007", factor: typed })).toEqual({
        ok: false,
        message: expect.stringMatching(/chưa đúng/),
      });
    }
  });

  it("explains a malformed code, and both problems at once", () => {
    expect(parseTrackingInput({ code: "abc", factor: "4321" })).toEqual({
      ok: false,
      message: expect.stringMatching(/Mã hồ sơ chưa đúng/),
    });
    const both = parseTrackingInput({ code: undefined, factor: "x" });
    expect(both.ok).toBe(false);
    if (!both.ok) {
      expect(both.message).toMatch(/nhập mã hồ sơ/);
      expect(both.message).toMatch(/Thông tin xác thực chưa đúng/);
    }
  });

  it("normalises stored keys and phones for comparison", () => {
    expect(normaliseTrackingKey("K7Q2-M9XD")).toBe("K7Q2M9XD");
    expect(normaliseTrackingKey("K7Q2-M9X")).toBeNull();
    expect(phoneLast4("0987 654 321")).toBe("4321");
    expect(phoneLast4("+84 987.654.321")).toBe("4321");
    expect(phoneLast4("123")).toBeNull();
  });
});
