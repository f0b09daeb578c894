import { describe, expect, it } from "vitest";
import { controlAria, errorKeysOf, errorsForField, fieldErrorsOf, firstInvalidName } from "./field-errors";

describe("fieldErrorsOf", () => {
  it("has no errors before an answer or after a success", () => {
    expect(fieldErrorsOf(null)).toEqual({});
    expect(fieldErrorsOf({ ok: true, fieldErrors: { name: ["x"] } })).toEqual({});
  });
  it("reads a refused answer's field errors", () => {
    expect(fieldErrorsOf({ ok: false, fieldErrors: { name: ["Thiếu tên."] } })).toEqual({ name: ["Thiếu tên."] });
  });
});

describe("errorsForField", () => {
  it("joins the nested key (schema) and the plain key (service), nested first", () => {
    const errors = { "command.reason": ["Thiếu lý do."], reason: ["Lý do quá dài."] };
    expect(errorsForField(errors, "reason", "command.")).toEqual(["Thiếu lý do.", "Lý do quá dài."]);
    expect(errorsForField(errors, "reason")).toEqual(["Lý do quá dài."]);
    expect(errorsForField(errors, "note", "command.")).toEqual([]);
  });
});

describe("errorKeysOf", () => {
  it("keeps keys with messages and strips the prefix", () => {
    expect(errorKeysOf({ "command.reason": ["x"], amount: ["y"], note: [] }, "command.")).toEqual(["reason", "amount"]);
  });
});

describe("firstInvalidName", () => {
  const names = ["procedureId", "documents.0.received", "documents.0.count", "kind", "kind", "applicantName", "note"];
  it("follows the form's order, not the order of the errors", () => {
    expect(firstInvalidName(names, ["note", "applicantName"])).toBe("applicantName");
  });
  it("finds the first control of a group in error (a list, a radio group)", () => {
    expect(firstInvalidName(names, ["documents", "note"])).toBe("documents.0.received");
    expect(firstInvalidName(names, ["kind"])).toBe("kind");
  });
  it("matches array-style names", () => {
    expect(firstInvalidName(["dates[]", "note"], ["dates"])).toBe("dates[]");
  });
  it("ignores form-level keys and keys without a control", () => {
    expect(firstInvalidName(names, ["_", "_form"])).toBeUndefined();
    expect(firstInvalidName(names, ["expectedVersion"])).toBeUndefined();
    expect(firstInvalidName(names, [])).toBeUndefined();
  });
  it("does not take a longer name for a key it merely starts with", () => {
    expect(firstInvalidName(["notes", "note"], ["note"])).toBe("note");
  });
});

describe("controlAria", () => {
  it("always names the error block, and the hint first when there is one", () => {
    expect(controlAria("add-date", { hasHint: true })).toEqual({
      id: "add-date",
      "aria-invalid": undefined,
      "aria-describedby": "add-date-hint add-date-error",
    });
  });
  it("is invalid while there are messages, with a form's own error id", () => {
    expect(
      controlAria("applicantIdNumber", {
        errors: ["Sai."],
        errorId: "err-applicantIdNumber",
        describedBy: ["postal-not-allowed"],
      }),
    ).toEqual({
      id: "applicantIdNumber",
      "aria-invalid": true,
      "aria-describedby": "postal-not-allowed err-applicantIdNumber",
    });
    expect(controlAria("x", { errors: [] })["aria-invalid"]).toBeUndefined();
  });
});
