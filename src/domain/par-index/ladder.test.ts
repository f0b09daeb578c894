// Ladders (PAR-INDEX.md 3.3: "100% → max; a ladder below; under 95% → 0"): steps from the highest threshold down,
// a value ≥ a step's threshold gets its points, below every step 0, never above the criterion's maximum.
import { describe, expect, it } from "vitest";
import { formatLadder, parseLadderText, scoreByLadder, validateLadder } from ".";

const ON_TIME = [
  { min: 100, points: 3 },
  { min: 98, points: 2 },
  { min: 95, points: 1 },
];

describe("scoreByLadder", () => {
  it("gives the first step the value reaches, the threshold itself included", () => {
    expect(scoreByLadder(100, ON_TIME, 3)).toEqual({ points: 3, stepIndex: 0 });
    expect(scoreByLadder(99.99, ON_TIME, 3)).toEqual({ points: 2, stepIndex: 1 });
    expect(scoreByLadder(98, ON_TIME, 3)).toEqual({ points: 2, stepIndex: 1 });
    expect(scoreByLadder(95, ON_TIME, 3)).toEqual({ points: 1, stepIndex: 2 });
  });

  it("scores 0 below every step, and 0 without a step for a missing figure", () => {
    expect(scoreByLadder(94.99, ON_TIME, 3)).toEqual({ points: 0, stepIndex: null });
    expect(scoreByLadder(null, ON_TIME, 3)).toEqual({ points: 0, stepIndex: null });
  });

  it("never gives more than the criterion's maximum", () => {
    expect(scoreByLadder(100, ON_TIME, 2.5)).toEqual({ points: 2.5, stepIndex: 0 });
  });
});

describe("validateLadder", () => {
  it("accepts a descending ladder within the maximum", () => {
    expect(validateLadder(ON_TIME, 3)).toEqual([]);
  });

  it("names points above the maximum, thresholds not descending and points rising", () => {
    const problems = validateLadder(
      [
        { min: 95, points: 4 },
        { min: 98, points: 2 },
        { min: 90, points: 3 },
      ],
      3,
    );
    expect(problems).toEqual([
      "Bậc 1 (từ 95): 4 điểm vượt điểm tối đa 3.",
      "Bậc 2 (từ 98): ngưỡng phải nhỏ hơn ngưỡng của bậc trên (95).",
      "Bậc 3 (từ 90): điểm không được cao hơn điểm của bậc trên (2).",
    ]);
    expect(validateLadder([], 3)).toEqual(["Thang điểm không có bậc nào."]);
  });
});

describe("the spreadsheet form “100:3; 98:2; 95:1”", () => {
  it("reads and writes it, with a decimal comma accepted", () => {
    expect(parseLadderText("100:3; 98:2; 95:1")).toEqual({ ok: true, ladder: ON_TIME });
    expect(parseLadderText("90 : 1; 80:0,5")).toEqual({
      ok: true,
      ladder: [
        { min: 90, points: 1 },
        { min: 80, points: 0.5 },
      ],
    });
    expect(formatLadder(ON_TIME)).toBe("100:3; 98:2; 95:1");
  });

  it("refuses a step that is not “threshold:points”", () => {
    const parsed = parseLadderText("100:3; 98-2");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/“98-2” không hợp lệ/);
    expect(parseLadderText(" ; ").ok).toBe(false);
  });
});
