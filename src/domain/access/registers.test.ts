import { describe, expect, it } from "vitest";
import { bookRowInScope, mayReadIntakeNotice, trackingBookScope, type RegisterReader } from "./registers";
import { ROLES } from "./roles";

const reader = (role: RegisterReader["role"], officeId: string | null = "office-a"): RegisterReader => ({
  role,
  unitId: "unit-1",
  officeId,
});

describe("the tracking book's readers", () => {
  it("the desk and the unit's leadership read the whole book of their own unit", () => {
    expect(trackingBookScope(reader("RECEPTIONIST", "desk"))).toEqual({ rows: "unit", unitId: "unit-1" });
    expect(trackingBookScope(reader("LEADERSHIP", "leaders"))).toEqual({ rows: "unit", unitId: "unit-1" });
  });

  it("a head reads only the rows of dossiers their office handled", () => {
    const scope = trackingBookScope(reader("DEPARTMENT_HEAD"))!;
    expect(scope).toEqual({ rows: "office", unitId: "unit-1", officeId: "office-a" });
    expect(bookRowInScope(scope, { handlingOfficeId: "office-a", pastOfficeIds: [] })).toBe(true);
    expect(bookRowInScope(scope, { handlingOfficeId: "office-b", pastOfficeIds: ["desk", "office-a"] })).toBe(true);
    expect(bookRowInScope(scope, { handlingOfficeId: "office-b", pastOfficeIds: ["desk", "office-b"] })).toBe(false);
    expect(bookRowInScope(scope, { handlingOfficeId: null, pastOfficeIds: [] })).toBe(false);
  });

  it("officers, inspectors, administrators and a head without an office get no book", () => {
    for (const role of ["OFFICER", "INSPECTOR", "ADMIN"] as const) expect(trackingBookScope(reader(role))).toBeNull();
    expect(trackingBookScope(reader("DEPARTMENT_HEAD", null))).toBeNull();
  });

  it("answers for every role", () => {
    for (const role of ROLES) expect(trackingBookScope(reader(role)) === undefined).toBe(false);
  });
});

describe("the desk's intake notices (forms 02 and 03)", () => {
  it("the issuing unit's desk and leadership read them", () => {
    expect(mayReadIntakeNotice(reader("RECEPTIONIST", "desk"), { unitId: "unit-1" })).toBe(true);
    expect(mayReadIntakeNotice(reader("LEADERSHIP", "leaders"), { unitId: "unit-1" })).toBe(true);
  });

  it("nobody of another unit, and no other role of the same unit", () => {
    expect(mayReadIntakeNotice(reader("RECEPTIONIST", "desk"), { unitId: "unit-2" })).toBe(false);
    expect(mayReadIntakeNotice(reader("LEADERSHIP", "leaders"), { unitId: "unit-2" })).toBe(false);
    for (const role of ["OFFICER", "DEPARTMENT_HEAD", "INSPECTOR", "ADMIN"] as const)
      expect(mayReadIntakeNotice(reader(role), { unitId: "unit-1" }), role).toBe(false);
  });
});
