import { describe, expect, it } from "vitest";
import type { Actor, DossierMachineState } from "../dossier/types";
import {
  componentDigitised,
  componentsMayBeDigitised,
  countsAsDigitised,
  dossierComponentsDigitised,
  dossierDataReused,
  hasElectronicResult,
  mayDigitiseComponents,
  mayIssueResult,
  paperResultRequirement,
  resultMayBeIssued,
  type ComponentFact,
  type FileFact,
} from "./index";

const file = (overrides: Partial<FileFact> = {}): FileFact => ({
  purpose: "COMPONENT",
  documentPosition: 1,
  source: "SCAN",
  supersededAt: null,
  ...overrides,
});
const component = (position: number, overrides: Partial<ComponentFact> = {}): ComponentFact => ({
  position,
  required: true,
  reuse: "NONE",
  ...overrides,
});

describe("DuocSoHoa: a component is digitised when a current file of it exists (ONLINE-SERVICES.md, per component)", () => {
  it("counts a current file of the component's position", () => {
    expect(componentDigitised(1, [file()])).toBe(true);
  });
  it("ignores a superseded file: only the current version is the component's file", () => {
    expect(componentDigitised(1, [file({ supersededAt: new Date("2026-05-01T00:00:00Z") })])).toBe(false);
  });
  it("ignores another position's file and result files", () => {
    expect(
      componentDigitised(1, [file({ documentPosition: 2 }), file({ purpose: "RESULT", documentPosition: 1 })]),
    ).toBe(false);
  });
});

describe("Dossier.digitised: every required component has a current file", () => {
  const components = [component(1), component(2), component(3, { required: false })];
  it("is true when both required components have files, the optional one not", () => {
    expect(dossierComponentsDigitised(components, [file(), file({ documentPosition: 2 })])).toBe(true);
  });
  it("is false while one required component has no file", () => {
    expect(dossierComponentsDigitised(components, [file(), file({ documentPosition: 3 })])).toBe(false);
  });
  it("is false when the only file of a required component was superseded without a replacement", () => {
    const old = file({ documentPosition: 2, supersededAt: "2026-05-01T00:00:00Z" });
    expect(dossierComponentsDigitised(components, [file(), old])).toBe(false);
  });
  it("with only optional components, needs at least one file; without components never counts", () => {
    const optional = [component(1, { required: false }), component(2, { required: false })];
    expect(dossierComponentsDigitised(optional, [])).toBe(false);
    expect(dossierComponentsDigitised(optional, [file({ documentPosition: 2 })])).toBe(true);
    expect(dossierComponentsDigitised([], [file()])).toBe(false);
  });
});

describe("Decision 766 indicator 4.3 (reuse): at least one component reused", () => {
  it("counts reuse from an earlier dossier and from the national portal, not a plain component", () => {
    expect(dossierDataReused([component(1), component(2)])).toBe(false);
    expect(dossierDataReused([component(1), component(2, { reuse: "REUSED" })])).toBe(true);
    expect(dossierDataReused([component(1, { reuse: "REUSED_FROM_NATIONAL_PORTAL" })])).toBe(true);
  });
});

describe("Decision 766 indicator 4.2: components have files AND, where a paper result is required, an e-result", () => {
  it("a granted dossier's outcome is a paper result; a refusal is not; unknown while processing", () => {
    expect(paperResultRequirement("GRANTED")).toBe("required");
    expect(paperResultRequirement("DENIED")).toBe("not_required");
    expect(paperResultRequirement(null)).toBe("pending");
  });
  it("a granted dossier with digitised components counts only with its electronic result", () => {
    expect(countsAsDigitised({ componentsDigitised: true, resultKind: "GRANTED", electronicResult: false })).toBe(
      false,
    );
    expect(countsAsDigitised({ componentsDigitised: true, resultKind: "GRANTED", electronicResult: true })).toBe(true);
  });
  it("a refused or pending dossier counts on its components alone", () => {
    expect(countsAsDigitised({ componentsDigitised: true, resultKind: "DENIED", electronicResult: false })).toBe(true);
    expect(countsAsDigitised({ componentsDigitised: true, resultKind: null, electronicResult: false })).toBe(true);
  });
  it("an electronic result never makes up for components without files", () => {
    expect(countsAsDigitised({ componentsDigitised: false, resultKind: "GRANTED", electronicResult: true })).toBe(
      false,
    );
  });
});

describe("Dossier.electronicResult (indicator 4.1): true only when a current result file exists", () => {
  it("needs a RESULT file that is not superseded", () => {
    expect(hasElectronicResult([file()])).toBe(false);
    expect(hasElectronicResult([file({ purpose: "RESULT", documentPosition: null, supersededAt: new Date() })])).toBe(
      false,
    );
    expect(hasElectronicResult([file({ purpose: "RESULT", documentPosition: null })])).toBe(true);
  });
});

describe("when and by whom (NĐ 61/2018 as amended: the signed result is returned through the desk)", () => {
  const dossier: DossierMachineState = {
    status: "RESULT_READY",
    processingStep: null,
    receivedUnitId: "ward",
    decidingUnitId: "ward",
    handlingOfficeId: "justice",
    assigneeId: "officer",
    leadershipApproval: true,
    supplementRequestOfficeIds: [],
    openPauseKind: null,
    proposedResultKind: null,
  };
  const actor = (overrides: Partial<Actor>): Actor => ({
    userId: "officer",
    role: "OFFICER",
    unitId: "ward",
    officeId: "justice",
    ...overrides,
  });

  it("issues a result only once signed (RESULT_READY) or after the paper return (RETURNED)", () => {
    expect(resultMayBeIssued("RESULT_READY")).toBe(true);
    expect(resultMayBeIssued("RETURNED")).toBe(true);
    for (const status of ["IN_PROCESSING", "RECEIVED", "WAITING_SUPPLEMENT", "REFUSED", "STOPPED"] as const)
      expect(resultMayBeIssued(status)).toBe(false);
  });
  it("the assigned officer, the head of the handling office and the receiving desk issue it; nobody else", () => {
    expect(mayIssueResult(dossier, actor({}))).toBe(true);
    expect(mayIssueResult(dossier, actor({ userId: "head", role: "DEPARTMENT_HEAD" }))).toBe(true);
    expect(mayIssueResult(dossier, actor({ userId: "desk", role: "RECEPTIONIST", officeId: "desk" }))).toBe(true);
    expect(mayIssueResult(dossier, actor({ userId: "colleague" }))).toBe(false);
    expect(mayIssueResult(dossier, actor({ unitId: "other", officeId: "other-justice" }))).toBe(false);
    expect(mayIssueResult(dossier, actor({ userId: "desk", role: "RECEPTIONIST", unitId: "other" }))).toBe(false);
    expect(mayIssueResult(dossier, actor({ userId: "boss", role: "LEADERSHIP", officeId: "lead" }))).toBe(false);
  });
  it("components are digitised by the receiving desk, from receipt on, never on refused or withdrawn dossiers", () => {
    expect(mayDigitiseComponents(dossier, actor({ role: "RECEPTIONIST", officeId: "desk" }))).toBe(true);
    expect(mayDigitiseComponents(dossier, actor({}))).toBe(false);
    expect(mayDigitiseComponents(dossier, actor({ role: "RECEPTIONIST", unitId: "other" }))).toBe(false);
    expect(componentsMayBeDigitised("RECEIVED")).toBe(true);
    expect(componentsMayBeDigitised("RETURNED")).toBe(true);
    expect(componentsMayBeDigitised("REFUSED")).toBe(false);
    expect(componentsMayBeDigitised("WITHDRAWN")).toBe(false);
    expect(componentsMayBeDigitised("REGISTERED_ONLINE")).toBe(false);
  });
});

describe("the action roles agree with the seats", () => {
  it("issueElectronicResult and digitiseComponent list exactly the roles of the seats", async () => {
    const { ACTION_ROLES } = await import("../access");
    const { RESULT_ISSUERS, COMPONENT_DIGITISERS } = await import("./access");
    expect([...ACTION_ROLES.issueElectronicResult].sort()).toEqual(RESULT_ISSUERS.map((seat) => seat.role).sort());
    expect([...ACTION_ROLES.digitiseComponent].sort()).toEqual(COMPONENT_DIGITISERS.map((seat) => seat.role).sort());
  });
});
