// Who may do what (issue 14 "The evaluation workflow"; workflow.ts header): the unit's leader declares, attaches and
// submits (its delegate only declares and attaches) while DRAFT or, for returned criteria, RETURNED; home affairs of
// the owner unit appraises, returns, finalises, reopens and publishes; nothing after FINALISED but a reopening.
import { describe, expect, it } from "vitest";
import { parCriterionEditable, parUnitActions, type ParActor, type ParUnitState } from ".";

const leader: ParActor = {
  role: "LEADERSHIP",
  unitId: "pst",
  leadsUnit: true,
  isDelegate: false,
  ownerHomeAffairs: false,
};
const otherLeader: ParActor = { ...leader, unitId: "other", leadsUnit: false };
const delegate: ParActor = {
  role: "OFFICER",
  unitId: "pst",
  leadsUnit: false,
  isDelegate: true,
  ownerHomeAffairs: false,
};
const homeAffairs: ParActor = {
  role: "INSPECTOR",
  unitId: "town",
  leadsUnit: false,
  isDelegate: false,
  ownerHomeAffairs: true,
};
const otherHomeAffairs: ParActor = { ...homeAffairs, unitId: "elsewhere", ownerHomeAffairs: false };
const admin: ParActor = { role: "ADMIN", unitId: null, leadsUnit: false, isDelegate: false, ownerHomeAffairs: false };

const state = (status: ParUnitState["status"], extra: Partial<ParUnitState> = {}): ParUnitState => ({
  status,
  evaluationStatus: "OPEN",
  deadlinePassed: false,
  ...extra,
});

describe("parUnitActions", () => {
  it("DRAFT before the deadline: the leader declares, attaches, submits; the delegate declares and attaches", () => {
    expect(parUnitActions(state("DRAFT"), leader)).toEqual(["declare", "attach", "submit"]);
    expect(parUnitActions(state("DRAFT"), delegate)).toEqual(["declare", "attach"]);
    expect(parUnitActions(state("DRAFT"), homeAffairs)).toEqual([]);
  });

  it("another unit's leader, another owner's inspector and the admin do nothing", () => {
    for (const status of ["DRAFT", "SUBMITTED", "RETURNED", "FINALISED"] as const) {
      expect(parUnitActions(state(status), otherLeader)).toEqual([]);
      expect(parUnitActions(state(status), otherHomeAffairs)).toEqual([]);
      expect(parUnitActions(state(status, { everyUnitFinalised: true }), admin)).toEqual([]);
    }
  });

  it("SUBMITTED: only home affairs acts (returns, appraises, finalises)", () => {
    expect(parUnitActions(state("SUBMITTED"), leader)).toEqual([]);
    expect(parUnitActions(state("SUBMITTED"), homeAffairs)).toEqual(["return", "appraise", "finalise"]);
  });

  it("RETURNED: the unit answers the returned criteria and resubmits, even after the deadline", () => {
    const returned = state("RETURNED", { deadlinePassed: true });
    expect(parUnitActions(returned, leader)).toEqual(["declare", "attach", "submit"]);
    expect(parCriterionEditable(returned, leader, { returned: true })).toBe(true);
    expect(parCriterionEditable(returned, leader, { returned: false })).toBe(false);
    expect(parCriterionEditable(state("DRAFT"), delegate, { returned: false })).toBe(true);
    expect(parUnitActions(returned, homeAffairs)).toEqual(["finalise"]);
  });

  it("after the deadline a DRAFT unit can no longer declare; home affairs appraises what it has", () => {
    const late = state("DRAFT", { deadlinePassed: true });
    expect(parUnitActions(late, leader)).toEqual([]);
    expect(parCriterionEditable(late, leader, { returned: false })).toBe(false);
    expect(parUnitActions(late, homeAffairs)).toEqual(["return", "appraise", "finalise"]);
  });

  it("FINALISED: nothing but home affairs' reopening; publishing once every unit is finalised", () => {
    expect(parUnitActions(state("FINALISED"), leader)).toEqual([]);
    expect(parUnitActions(state("FINALISED"), homeAffairs)).toEqual(["reopen"]);
    expect(parUnitActions(state("FINALISED", { everyUnitFinalised: true }), homeAffairs)).toEqual([
      "reopen",
      "publish",
    ]);
  });

  it("PUBLISHED: nobody changes anything", () => {
    for (const actor of [leader, delegate, homeAffairs]) {
      expect(
        parUnitActions(state("FINALISED", { evaluationStatus: "PUBLISHED", everyUnitFinalised: true }), actor),
      ).toEqual([]);
    }
  });

  it("a leader role without leading the unit, or an inspector of the unit itself, is not enough", () => {
    expect(parUnitActions(state("DRAFT"), { ...leader, leadsUnit: false })).toEqual([]);
    expect(parUnitActions(state("SUBMITTED"), { ...leader, ownerHomeAffairs: true })).toEqual([]);
  });
});
