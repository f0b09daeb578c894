import { describe, expect, it } from "vitest";
import { canView, inScope, isOversightRead } from "./permissions";
import { availableCommands } from "./state-machine";
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

describe("isOversightRead", () => {
  // A dossier of a ward whose receiving and deciding unit are both the ward: the town above oversees it.
  const wardOnly: DossierMachineState = { ...d, decidingUnitId: "ward" };
  const townReach = ["town", "ward", "old-ward"];

  it("lets leaders and inspectors above read a ward's dossier, and only within their reach", () => {
    expect(isOversightRead(wardOnly, actor("LEADERSHIP", "town", null), townReach)).toBe(true);
    expect(isOversightRead(wardOnly, actor("INSPECTOR", "town", null), townReach)).toBe(true);
    expect(
      isOversightRead(
        { ...wardOnly, receivedUnitId: "old-ward", decidingUnitId: "old-ward" },
        actor("LEADERSHIP", "town", null),
        townReach,
      ),
    ).toBe(true);
    // a sibling ward's leader: their reach is their own ward
    expect(isOversightRead(wardOnly, actor("LEADERSHIP", "sibling", null), ["sibling"])).toBe(false);
  });

  it("is not an oversight read when the ordinary scope already covers it, nor for roles that handle dossiers", () => {
    expect(isOversightRead(wardOnly, actor("LEADERSHIP", "ward", null), ["ward"])).toBe(false);
    expect(isOversightRead(wardOnly, actor("RECEPTIONIST", "town", "desk-town"), townReach)).toBe(false);
    expect(isOversightRead(wardOnly, actor("OFFICER", "town", "office-town"), townReach)).toBe(false);
    expect(isOversightRead(wardOnly, actor("ADMIN", "town", null), townReach)).toBe(false);
  });

  it("grants no command: the state machine offers a town leader nothing on a ward's dossier", () => {
    for (const step of ["AWAITING_LEADER_APPROVAL", "HANDLING"] as const)
      expect(availableCommands({ ...wardOnly, processingStep: step }, actor("LEADERSHIP", "town", null))).toEqual([]);
    expect(canView(wardOnly, actor("LEADERSHIP", "town", null))).toBe(false);
  });
});
