import { describe, expect, it } from "vitest";
import { onlineServiceProblems, totalFee } from "./online-service";
import type { OnlineServiceTerms } from "./types";

const base: OnlineServiceTerms = {
  onlineClass: "PARTIAL",
  fullOnlineEligible: false,
  feeAmount: 0,
  chargeAmount: 0,
  feeTiming: "EXEMPT",
  postalIntakeAllowed: true,
  postalReturnAllowed: true,
};

describe("onlineServiceProblems", () => {
  it("accepts consistent terms", () => {
    expect(onlineServiceProblems(base)).toEqual([]);
    expect(
      onlineServiceProblems({
        ...base,
        onlineClass: "FULL",
        fullOnlineEligible: true,
        chargeAmount: 8_000,
        feeTiming: "BEFORE_INTAKE",
      }),
    ).toEqual([]);
  });

  it("requires eligibility for toàn trình", () => {
    expect(onlineServiceProblems({ ...base, onlineClass: "FULL" })).toEqual(["full-not-eligible"]);
  });

  it("is exempt exactly when both phí and lệ phí are 0", () => {
    expect(onlineServiceProblems({ ...base, feeAmount: 5_000 })).toEqual(["exempt-with-amount"]);
    expect(onlineServiceProblems({ ...base, feeTiming: "AFTER_RESULT" })).toEqual(["timing-without-amount"]);
    expect(onlineServiceProblems({ ...base, chargeAmount: 10_000, feeTiming: "AFTER_RESULT" })).toEqual([]);
  });

  it("rejects negative amounts", () => {
    expect(onlineServiceProblems({ ...base, feeAmount: -1, feeTiming: "BEFORE_INTAKE" })).toContain("negative-amount");
  });
});

describe("totalFee", () => {
  it("adds phí and lệ phí", () => {
    expect(totalFee({ feeAmount: 30_000, chargeAmount: 15_000 })).toBe(45_000);
  });
});
