import { describe, expect, it } from "vitest";
import { ROLES, type Actor } from "../dossier/types";
import {
  APOLOGY_DRAFT_REFUSED,
  apologyDraftPermission,
  apologySignPermission,
  apologySignRefused,
  canDraftApology,
  canSignApology,
} from "./permissions";

const actor = (overrides: Partial<Actor>): Actor => ({
  userId: "u-officer",
  role: "OFFICER",
  unitId: "unit-1",
  officeId: "office-tp",
  ...overrides,
});
const dossier = { handlingOfficeId: "office-tp", assigneeId: "u-officer" };
const letter = { officeId: "office-tp", officeName: "Phòng Tư pháp", decidingUnitId: "unit-1" };

describe("who drafts an apology letter: the officer handling the dossier, in the office at fault (Nghị định 61/2018 Art. 19 §4)", () => {
  it("lets the officer assigned to the dossier in the office holding it draft", () => {
    expect(apologyDraftPermission(actor({}), dossier)).toEqual({ ok: true });
  });

  it("lets the head of the office holding the dossier draft too", () => {
    expect(canDraftApology(actor({ userId: "u-head", role: "DEPARTMENT_HEAD" }), dossier)).toBe(true);
  });

  it("refuses another officer of that office with a reason (they can see the dossier, not apologise for it)", () => {
    expect(apologyDraftPermission(actor({ userId: "u-other" }), dossier)).toEqual({
      ok: false,
      reason: "refused",
      message: APOLOGY_DRAFT_REFUSED,
    });
  });

  it("answers not-found to staff of other offices, to staff without an office, and to other roles", () => {
    expect(apologyDraftPermission(actor({ officeId: "office-kt" }), dossier)).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(apologyDraftPermission(actor({ officeId: null }), { ...dossier, handlingOfficeId: null })).toEqual({
      ok: false,
      reason: "not_found",
    });
    for (const role of ["RECEPTIONIST", "LEADERSHIP", "INSPECTOR", "ADMIN"] as const) {
      expect(apologyDraftPermission(actor({ role }), dossier)).toEqual({ ok: false, reason: "not_found" });
    }
  });

  it("allows no one while no office holds the dossier", () => {
    expect(canDraftApology(actor({ role: "DEPARTMENT_HEAD" }), { handlingOfficeId: null, assigneeId: null })).toBe(
      false,
    );
  });
});

describe("who signs an apology letter: the head of the office at fault (Nghị định 61/2018 Art. 19 §4, form 04)", () => {
  it("lets the head of that office, in the deciding unit, sign or refuse", () => {
    expect(apologySignPermission(actor({ userId: "u-head", role: "DEPARTMENT_HEAD" }), letter)).toEqual({ ok: true });
  });

  it("refuses, naming the office, the officer who drafted it and the head of another office", () => {
    const refused = { ok: false, reason: "refused", message: apologySignRefused("Phòng Tư pháp") };
    expect(apologySignPermission(actor({}), letter)).toEqual(refused);
    expect(apologySignPermission(actor({ role: "DEPARTMENT_HEAD", officeId: "office-kt" }), letter)).toEqual(refused);
    expect(refused.message).toBe("Chỉ trưởng Phòng Tư pháp (đơn vị để xảy ra trễ hạn) mới được ký phiếu xin lỗi này.");
  });

  it("answers not-found outside the unit that decides the dossier, whatever the role", () => {
    expect(apologySignPermission(actor({ role: "DEPARTMENT_HEAD", unitId: "unit-2" }), letter)).toEqual({
      ok: false,
      reason: "not_found",
    });
  });
});

describe("the page and the service read the same rule", () => {
  // The predicates the dossier page used before the rule had one home; every combination must agree.
  const pageMayDraft = (a: Actor, d: typeof dossier) =>
    a.officeId !== null &&
    a.officeId === d.handlingOfficeId &&
    (a.role === "DEPARTMENT_HEAD" || (a.role === "OFFICER" && d.assigneeId === a.userId));
  const pageSigner = (a: Actor, l: typeof letter) =>
    a.role === "DEPARTMENT_HEAD" && a.officeId === l.officeId && a.unitId === l.decidingUnitId;

  it("agrees with the page's former predicates on every role, office, assignee and unit", () => {
    for (const role of ROLES)
      for (const officeId of ["office-tp", "office-kt", null])
        for (const userId of ["u-officer", "u-other"])
          for (const unitId of ["unit-1", "unit-2"]) {
            const a = actor({ role, officeId, userId, unitId });
            expect(canDraftApology(a, dossier)).toBe(pageMayDraft(a, dossier));
            expect(canSignApology(a, letter)).toBe(pageSigner(a, letter));
          }
  });
});
