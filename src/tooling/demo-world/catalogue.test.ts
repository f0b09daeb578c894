import { describe, expect, it } from "vitest";
import { PROCEDURES, SECOND_VERSION_FROM, WARDS } from "./catalogue";
import { allDemoLogins, demoLogins } from "./demo-logins";
import { onlineServiceProblems } from "@/domain/catalogue";
import { buildWorld, onlineClassOf } from "./world";

describe("demo catalogue", () => {
  it("has ≥ 40 procedures over ≥ 8 fields at both levels, with unique codes", () => {
    expect(PROCEDURES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(PROCEDURES.map((p) => p.field)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(PROCEDURES.map((p) => p.code)).size).toBe(PROCEDURES.length);
    expect(PROCEDURES.some((p) => p.level === "DISTRICT")).toBe(true);
    expect(PROCEDURES.some((p) => p.level === "COMMUNE")).toBe(true);
    for (const code of ["1.001193", "1.000894", "2.000908", "2.000815", "1.001612", "1.009974"]) {
      expect(PROCEDURES.map((p) => p.code)).toContain(code);
    }
  });

  it("gives some procedures a second version and keeps online class consistent with the level", () => {
    const world = buildWorld(1);
    const versioned = world.procedures.filter((p) => p.versions.length > 1);
    expect(versioned.length).toBeGreaterThanOrEqual(2);
    for (const p of versioned) {
      expect(p.versions[0]?.effectiveTo).toBe(SECOND_VERSION_FROM);
      expect(p.versions[1]?.effectiveFrom).toBe(SECOND_VERSION_FROM);
    }
    for (const v of world.procedures.flatMap((p) => p.versions)) {
      expect(v.onlineClass).toBe(onlineClassOf(v.seed.onlineLevel));
      expect(v.documents.length).toBeGreaterThan(0);
      const terms = {
        onlineClass: v.onlineClass,
        fullOnlineEligible: v.fullOnlineEligible,
        feeAmount: v.seed.fee,
        chargeAmount: 0,
        feeTiming: v.feeTiming,
        postalIntakeAllowed: v.postalIntakeAllowed,
        postalReturnAllowed: v.seed.postalAllowed,
      };
      expect(onlineServiceProblems(terms)).toEqual([]);
    }
  });

  it("builds 17 units (city, town, 15 wards) whose offices cover every procedure", () => {
    const world = buildWorld(1); // throws if a handling office is missing or unstaffed
    expect(world.units).toHaveLength(17);
    expect(WARDS.map((w) => w.code)).toEqual([
      "LLO",
      "NQU",
      "PTH",
      "QTR",
      "SLO",
      "THU",
      "TST",
      "VSO",
      "XKH",
      "CDO",
      "DLA",
      "KSO",
      "SDO",
      "TMY",
      "XSO",
    ]);
  });

  it("uses the same ids for the same seed", () => {
    expect(buildWorld(5).users.map((u) => u.id)).toEqual(buildWorld(5).users.map((u) => u.id));
    expect(buildWorld(5).units[0]?.id).not.toBe(buildWorld(6).units[0]?.id);
  });

  it("has the demo accounts, a receptionist, officer and leader in every ward", () => {
    const names = new Set(allDemoLogins.map((l) => l.username));
    expect(names.size).toBe(allDemoLogins.length);
    for (const u of [
      "admin",
      "lanhdao.sontay",
      "noivu.sontay",
      "tiepnhan.sontay",
      "truongphong.tuphap",
      "chuyenvien.tuphap",
      "truongphong.tnmt",
      "truongphong.qldt",
      "truongphong.kinhte",
      "truongphong.leloi",
    ]) {
      expect(names).toContain(u);
    }
    for (const w of WARDS)
      for (const role of ["tiepnhan", "chuyenvien", "lanhdao"]) expect(names).toContain(`${role}.${w.slug}`);
    expect(demoLogins.length).toBeGreaterThan(10);
    expect(demoLogins.every((l) => l.description.length > 0)).toBe(true);
  });
});
