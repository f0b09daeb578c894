import { describe, expect, it } from "vitest";
import { canView, inScope } from "./permissions";
import type { Actor, DossierMachineState } from "./types";

const d: DossierMachineState = {
  status: "IN_PROCESSING",
  processingStep: "HANDLING",
  receivedUnitId: "ward",
  decidingUnitId: "town",
  handlingOfficeId: "office-now",
  assigneeId: "officer-1",
  leadershipApproval: true,
  supplementRequestOfficeIds: [],
  openPauseKind: null,
};

const actor = (role: Actor["role"], unitId: string, officeId: string | null, userId = "u"): Actor => ({
  userId,
  role,
  unitId,
  officeId,
});

describe("canView", () => {
  it.each([
    ["receptionist of the receiving ward", actor("RECEPTIONIST", "ward", "desk"), true],
    ["receptionist of the deciding unit", actor("RECEPTIONIST", "town", "desk-town"), true],
    ["receptionist of another ward", actor("RECEPTIONIST", "other", "desk-other"), false],
    ["leadership of the deciding unit", actor("LEADERSHIP", "town", null), true],
    ["leadership of another unit", actor("LEADERSHIP", "other", null), false],
    ["inspector of the receiving unit", actor("INSPECTOR", "ward", null), true],
    ["inspector of another unit", actor("INSPECTOR", "other", null), false],
    ["head of the handling office", actor("DEPARTMENT_HEAD", "town", "office-now"), true],
    ["head of another office", actor("DEPARTMENT_HEAD", "town", "office-x"), false],
    ["officer of the handling office", actor("OFFICER", "town", "office-now", "officer-2"), true],
    ["officer without an office", actor("OFFICER", "town", null), false],
    ["administrator", actor("ADMIN", "ward", null), false],
  ])("%s → %s", (_, a, expected) => {
    expect(canView(d, a)).toBe(expected);
  });

  it("offices that handled it earlier keep read access", () => {
    const earlier = actor("OFFICER", "town", "office-before");
    expect(canView(d, earlier)).toBe(false);
    expect(canView(d, earlier, { pastOfficeIds: ["office-before"] })).toBe(true);
    expect(canView(d, actor("DEPARTMENT_HEAD", "town", "office-before"), { pastOfficeIds: ["office-before"] })).toBe(
      true,
    );
  });

  it("administrators see content only when the caller opens it", () => {
    expect(canView(d, actor("ADMIN", "ward", null), { adminMayView: true })).toBe(true);
  });
});

describe("inScope", () => {
  it("the assignee must still sit in the handling office", () => {
    expect(inScope("assignee", d, actor("OFFICER", "town", "office-now", "officer-1"))).toBe(true);
    expect(inScope("assignee", d, actor("OFFICER", "town", "office-before", "officer-1"))).toBe(false);
    expect(inScope("assignee", { ...d, assigneeId: null }, actor("OFFICER", "town", "office-now", "officer-1"))).toBe(
      false,
    );
  });

  it("nobody is in the handling office before transfer", () => {
    expect(
      inScope("handlingOffice", { ...d, handlingOfficeId: null }, actor("DEPARTMENT_HEAD", "town", "office-now")),
    ).toBe(false);
  });
});
