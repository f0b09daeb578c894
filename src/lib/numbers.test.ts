import { describe, expect, it } from "vitest";
import { groupThousands } from "./numbers";

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
