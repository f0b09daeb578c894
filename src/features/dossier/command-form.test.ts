import { describe, expect, it } from "vitest";
import { DOSSIER_COMMAND_TYPES, dossierCommandSchema } from "@/domain/dossier";
import { COMMAND_FIELDS, commandInputFromForm, dossierActionInput, errorsOf } from "./command-form";

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
};

describe("COMMAND_FIELDS", () => {
  it("lists exactly the inputs of each command's schema", () => {
    for (const type of DOSSIER_COMMAND_TYPES) {
      const option = dossierCommandSchema.options.find((schema) => schema.shape.type.value === type)!;
      const keys = Object.keys(option.shape)
        .filter((key) => key !== "type")
        .sort();
      expect([...COMMAND_FIELDS[type]].sort(), type).toEqual(keys);
    }
  });
});

describe("commandInputFromForm", () => {
  it("maps a supplement request form to the action input", () => {
    const input = commandInputFromForm(
      form({
        dossierId: "d1",
        expectedVersion: "3",
        type: "request_supplement",
        reason: "  Thiếu giấy xác nhận  ",
        officerId: "ignored",
      }),
    );
    expect(input).toEqual({
      dossierId: "d1",
      expectedVersion: "3",
      command: { type: "request_supplement", reason: "  Thiếu giấy xác nhận  " },
    });
    expect(dossierActionInput.parse(input)).toEqual({
      dossierId: "d1",
      expectedVersion: 3,
      command: { type: "request_supplement", reason: "Thiếu giấy xác nhận" },
    });
  });

  it("turns blank optional inputs into nothing and numbers into numbers", () => {
    const input = dossierActionInput.parse(
      commandInputFromForm(
        form({
          dossierId: "d1",
          expectedVersion: "2",
          type: "request_financial",
          reason: "Nộp lệ phí trước bạ",
          amount: "150000",
        }),
      ),
    );
    expect(input.command).toEqual({ type: "request_financial", reason: "Nộp lệ phí trước bạ", amount: 150000 });
    const approve = dossierActionInput.parse(
      commandInputFromForm(form({ dossierId: "d1", expectedVersion: "2", type: "approve", note: "" })),
    );
    expect(approve.command).toEqual({ type: "approve", note: undefined });
  });

  it("reports Vietnamese field errors under the command's keys", () => {
    const result = dossierActionInput.safeParse(
      commandInputFromForm(form({ dossierId: "d1", expectedVersion: "x", type: "assign", officerId: "" })),
    );
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(paths).toContainEqual(["command.officerId", "Xin vui lòng chọn cán bộ được phân công."]);
    expect(paths.some(([path]) => path === "expectedVersion")).toBe(true);
  });

  it("refuses an unknown command", () => {
    expect(
      dossierActionInput.safeParse(
        commandInputFromForm(form({ dossierId: "d1", expectedVersion: "1", type: "delete" })),
      ).success,
    ).toBe(false);
  });
});

describe("errorsOf", () => {
  it("merges schema and service errors of one input", () => {
    expect(errorsOf({ "command.toOfficeId": ["a"], toOfficeId: ["b"], reason: ["c"] }, "toOfficeId")).toEqual([
      "a",
      "b",
    ]);
    expect(errorsOf(undefined, "reason")).toEqual([]);
  });
});
