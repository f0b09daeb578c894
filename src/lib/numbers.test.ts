import { describe, expect, it } from "vitest";
import { groupThousands, roundHalfUp } from "./numbers";

describe("groupThousands", () => {
  it("groups thousands the Vietnamese way", () => {
    expect(groupThousands(30_000)).toBe("30.000");
    expect(groupThousands(1_250_000)).toBe("1.250.000");
    expect(groupThousands(500)).toBe("500");
    expect(groupThousands(0)).toBe("0");
  });

  it("rounds to a whole number and keeps the sign", () => {
    expect(groupThousands(-1234.6)).toBe("-1.235");
  });
});

describe("roundHalfUp", () => {
  it("rounds the written half up, where Math.round(x × 100) ÷ 100 would round 1.005 down", () => {
    expect(Math.round(1.005 * 100) / 100).toBe(1);
    expect(roundHalfUp(1.005)).toBe(1.01);
    expect(roundHalfUp(91.125)).toBe(91.13);
    expect(roundHalfUp(90.514)).toBe(90.51);
    expect(roundHalfUp(2 / 3)).toBe(0.67);
    expect(roundHalfUp(100)).toBe(100);
    expect(roundHalfUp(1e-7)).toBe(0);
  });

  it("rounds to other places and leaves -0 as 0", () => {
    expect(roundHalfUp(12.345, 1)).toBe(12.3);
    expect(roundHalfUp(12.35, 1)).toBe(12.4);
    expect(Object.is(roundHalfUp(-0.001), 0)).toBe(true);
  });
});
