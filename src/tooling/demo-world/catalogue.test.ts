import { describe, expect, it } from "vitest";
import { COMMUNES_2025, PROCEDURES, REFORM_DAY, SECOND_VERSION_FROM, SUCCESSORS, WARDS } from "./catalogue";
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

  it("gives every procedure a version for the 2025 commune offices, some a third, and keeps online class consistent", () => {
    const world = buildWorld(1);
    for (const p of world.procedures) {
      expect(p.versions[0]?.effectiveTo).toBe(REFORM_DAY);
      expect(p.versions[1]?.effectiveFrom).toBe(REFORM_DAY);
      expect(["VPUB", "KINHTE", "VHXH"]).toContain(p.versions[1]?.handlingOfficeCode);
      expect(p.versions[0]?.handlingOfficeCode).toBe(p.seed.handlingOfficeCode);
    }
    const versioned = world.procedures.filter((p) => p.versions.length > 2);
    expect(versioned.length).toBeGreaterThanOrEqual(2);
    for (const p of versioned) {
      expect(p.versions[1]?.effectiveTo).toBe(SECOND_VERSION_FROM);
      expect(p.versions[2]?.effectiveFrom).toBe(SECOND_VERSION_FROM);
      expect(p.versions[2]?.handlingOfficeCode).toBe(p.versions[1]?.handlingOfficeCode);
    }
    for (const v of world.procedures.flatMap((p) => p.versions)) {
      expect(v.onlineClass).toBe(onlineClassOf(v.seed.onlineLevel));
      expect(v.documents.length).toBeGreaterThan(0);
      const terms = {
        onlineClass: v.onlineClass,
        fullOnlineEligible: v.fullOnlineEligible,
        feeAmount: v.seed.fee,
        chargeAmount: v.seed.charge,
        feeTiming: v.feeTiming,
        postalIntakeAllowed: v.postalIntakeAllowed,
        postalReturnAllowed: v.seed.postalAllowed,
      };
      expect(onlineServiceProblems(terms)).toEqual([]);
    }
  });

  it("mixes online classes, phí and lệ phí, postal intake and paper components as real catalogues do", () => {
    const versions = buildWorld(1).procedures.map((p) => p.versions[p.versions.length - 1]!);
    const byClass = (c: string) => versions.filter((v) => v.onlineClass === c).length;
    expect(byClass("FULL")).toBeGreaterThanOrEqual(10);
    expect(byClass("PARTIAL")).toBeGreaterThan(byClass("FULL"));
    expect(byClass("NONE")).toBeGreaterThanOrEqual(3);
    // Eligible for toàn trình yet offered một phần: a province's choice the catalogue must be able to show.
    expect(versions.some((v) => v.onlineClass === "PARTIAL" && v.fullOnlineEligible)).toBe(true);
    // Phí and lệ phí separately: some charge only one, some both, some nothing; paid before intake or with the result.
    expect(versions.some((v) => v.seed.fee > 0 && v.seed.charge === 0)).toBe(true);
    expect(versions.some((v) => v.seed.fee === 0 && v.seed.charge > 0)).toBe(true);
    expect(versions.some((v) => v.seed.fee > 0 && v.seed.charge > 0)).toBe(true);
    for (const timing of ["EXEMPT", "BEFORE_INTAKE", "AFTER_RESULT"])
      expect(versions.filter((v) => v.feeTiming === timing).length, timing).toBeGreaterThanOrEqual(3);
    // Postal intake on a subset of the procedures that return by post; never where a paper is shown in person.
    const postalIntake = versions.filter((v) => v.postalIntakeAllowed);
    expect(postalIntake.length).toBeGreaterThan(5);
    expect(postalIntake.length).toBeLessThan(versions.filter((v) => v.seed.postalAllowed).length);
    for (const v of postalIntake) expect(v.documents.some((d) => d.paper === "present")).toBe(false);
    // Uploads: everything in toàn trình, nothing without an online service, papers stay paper in một phần.
    for (const v of versions) {
      if (v.onlineClass === "FULL") expect(v.documents.every((d) => d.uploadable)).toBe(true);
      if (v.onlineClass === "NONE") expect(v.documents.some((d) => d.uploadable)).toBe(false);
      if (v.onlineClass === "PARTIAL") for (const d of v.documents) expect(d.uploadable).toBe(d.paper === null);
    }
    expect(versions.some((v) => v.onlineClass === "PARTIAL" && v.documents.some((d) => !d.uploadable))).toBe(true);
  });

  it("gives every unit its phone, opening hours and postal customer code, and wards a spread of online maturity", () => {
    const units = buildWorld(1).units.map((u) => u.seed);
    for (const u of units) {
      expect(u.phone).toMatch(/^024 \d{4} \d{4}$/);
      expect(u.openingHours).toContain("7:30");
      expect(u.address.length).toBeGreaterThan(20);
    }
    expect(new Set(units.map((u) => u.postalCustomerCode)).size).toBe(units.length);
    const ends = WARDS.map((w) => w.digital.online.end);
    expect(Math.max(...ends)).toBeGreaterThan(0.9);
    expect(Math.min(...ends)).toBeLessThan(0.35);
    for (const w of WARDS) expect(w.digital.online.end).toBeGreaterThan(w.digital.online.start);
  });

  it("builds today's map (city, three 2025 units) and the history (town, 15 wards) with successors", () => {
    const world = buildWorld(1); // throws if a handling office is missing or unstaffed
    expect(world.units).toHaveLength(20);
    expect(COMMUNES_2025.map((u) => `${u.kindLabel} ${u.name}`)).toEqual([
      "Phường Sơn Tây",
      "Phường Tùng Thiện",
      "Xã Đoài Phương",
    ]);
    for (const u of COMMUNES_2025) {
      expect(u.parentCode).toBe("HNI");
      expect(u.effectiveFrom).toBe("2025-07-01");
      expect(world.unitsByCode.get(u.code)!.counters.length).toBeGreaterThanOrEqual(2);
    }
    // Sourced: phường Sơn Tây takes all of these, and most of Sơn Lộc and Trung Hưng; the town continues as it.
    for (const code of ["PTH", "NQU", "VSO", "DLA", "SLO", "THU"]) expect(SUCCESSORS[code]).toBe("PST");
    const town = world.unitsByCode.get("STY")!;
    expect(town.successorId).toBe(world.unitsByCode.get("PST")!.id);
    for (const w of WARDS) {
      expect(w.effectiveTo).toBe("2025-06-30");
      expect(world.unitsByCode.get(w.code)!.successorId).not.toBeNull();
    }
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

  it("has the demo accounts, a receptionist and leader in every 2025 unit, none in the closed ones", () => {
    const names = new Set(allDemoLogins.map((l) => l.username));
    expect(names.size).toBe(allDemoLogins.length);
    for (const u of [
      "admin",
      "lanhdao.sontay",
      "noivu.sontay",
      "tiepnhan.sontay",
      "truongphong.tuphap",
      "chuyenvien.tuphap",
      "truongphong.kinhte",
      "lanhdao.hanoi",
      "noivu.hanoi",
      "truongphong.tungthien",
    ]) {
      expect(names).toContain(u);
    }
    for (const w of COMMUNES_2025)
      for (const role of ["tiepnhan", "lanhdao"]) expect(names).toContain(`${role}.${w.slug}`);
    // No login belongs to a unit closed on 30/06/2025 (their accounts stay, inactive, as the old dossiers' actors).
    for (const w of WARDS)
      for (const role of ["tiepnhan", "chuyenvien", "lanhdao"]) expect(names).not.toContain(`${role}.${w.slug}`);
    expect(names).not.toContain("truongphong.tnmt");
    expect(demoLogins.length).toBeGreaterThan(10);
    expect(demoLogins.every((l) => l.description.length > 0)).toBe(true);
  });
});
