import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_SCHEME, AUDIT_ACTIONS, intakeNoticeAuditAction } from "./index";

describe("audit codes", () => {
  it.each(AUDIT_ACTIONS)("%s follows <area>.<verb>[_<object>] in lower snake case", (code) => {
    expect(code).toMatch(AUDIT_ACTION_SCHEME);
  });

  it("are unique", () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });

  it("name the kind of intake notice issued", () => {
    expect(intakeNoticeAuditAction("SUPPLEMENT_REQUEST")).toBe("intake_notice.issue_supplement_request");
    expect(intakeNoticeAuditAction("REFUSAL")).toBe("intake_notice.issue_refusal");
  });
});
