import { describe, expect, it } from "vitest";
import {
  AUDIT_ACTION_SCHEME,
  AUDIT_ACTIONS,
  documentReadAction,
  intakeNoticeAuditAction,
  isAuditAction,
  PERSONAL_DATA_READS,
  READ_AUDIT_ACTIONS,
} from "./index";
import { auditActionLabel } from "./labels";

describe("audit codes", () => {
  it.each(AUDIT_ACTIONS)("%s follows <area>.<verb>[_<object>] in lower snake case", (code) => {
    expect(code).toMatch(AUDIT_ACTION_SCHEME);
  });

  it("are unique", () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });

  it("tell reads (personal data opened or exported, figures exported) from changes", () => {
    for (const read of [
      "personal_data.view_dossier",
      "personal_data.export_worklist",
      "dashboard.export",
      "scorecard.export",
    ])
      expect(READ_AUDIT_ACTIONS, read).toContain(read);
    expect(READ_AUDIT_ACTIONS).toContain("satisfaction.export_indices");
    for (const change of ["result.return", "feedback.submit", "quality.self_score", "indicator_target.set"])
      expect(READ_AUDIT_ACTIONS, change).not.toContain(change);
  });

  it("name the kind of intake notice issued", () => {
    expect(intakeNoticeAuditAction("SUPPLEMENT_REQUEST")).toBe("intake_notice.issue_supplement_request");
    expect(intakeNoticeAuditAction("REFUSAL")).toBe("intake_notice.issue_refusal");
  });

  it("name each way a document with personal data is read, and every name is a listed code", () => {
    expect(documentReadAction("form", "print")).toBe("personal_data.print_form");
    expect(documentReadAction("form", "pdf")).toBe("personal_data.download_form");
    expect(documentReadAction("intake_notice", "pdf")).toBe("personal_data.download_intake_notice");
    expect(documentReadAction("tracking_book", "print")).toBe("personal_data.print_tracking_book");
    for (const document of ["form", "intake_notice", "tracking_book"] as const)
      for (const channel of ["print", "pdf"] as const)
        expect(PERSONAL_DATA_READS).toContain(documentReadAction(document, channel));
    expect(isAuditAction("personal_data.view_dossier")).toBe(true);
    expect(isAuditAction("personal_data.anything")).toBe(false);
  });
});

describe("audit code names", () => {
  it.each(AUDIT_ACTIONS)("%s has a Vietnamese and an English name", (code) => {
    expect(auditActionLabel(code, "vi")).toMatch(/^\p{Lu}/u);
    expect(auditActionLabel(code, "en")).toMatch(/^[A-Z]/);
  });
});
