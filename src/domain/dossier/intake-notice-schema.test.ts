import { describe, expect, it } from "vitest";
import { fieldErrors } from "./index";
import { NOTICE_MESSAGES, intakeNoticeSchema } from "./intake-notice-schema";

const base = {
  procedureId: "cm9procedure0000000000001",
  applicantName: "Trần Thị Bình",
  applicantPhone: "",
  applicantAddress: "",
};
const errorsOf = (input: unknown) => {
  const result = intakeNoticeSchema.safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
};

describe("intake notice schema (forms 02 and 03)", () => {
  it("accepts a supplement request with its missing documents and guidance", () => {
    const parsed = intakeNoticeSchema.parse({
      ...base,
      kind: "SUPPLEMENT_REQUEST",
      missingDocuments: ["Giấy chứng sinh"],
      reason: "Xin bổ sung.",
    });
    expect(parsed).toMatchObject({
      kind: "SUPPLEMENT_REQUEST",
      missingDocuments: ["Giấy chứng sinh"],
      applicantPhone: undefined,
      applicantAddress: undefined,
    });
  });

  it("requires at least one missing document and guidance on form 02", () => {
    expect(errorsOf({ ...base, kind: "SUPPLEMENT_REQUEST", missingDocuments: "\n  \n", reason: " " })).toEqual({
      missingDocuments: [NOTICE_MESSAGES.missingRequired],
      reason: [NOTICE_MESSAGES.guidanceRequired],
    });
  });

  it("requires specific reasons on form 03 and stores no missing documents", () => {
    expect(errorsOf({ ...base, kind: "REFUSAL", reason: "" })).toEqual({ reason: [NOTICE_MESSAGES.refusalRequired] });
    expect(errorsOf({ ...base, kind: "REFUSAL", reason: "Sai cấp" })).toEqual({
      reason: [NOTICE_MESSAGES.refusalTooShort],
    });
    const parsed = intakeNoticeSchema.parse({
      ...base,
      kind: "REFUSAL",
      missingDocuments: "x",
      reason: "Thủ tục thuộc thẩm quyền của UBND thị xã.",
    });
    expect(parsed.missingDocuments).toEqual([]);
  });

  it("shows every error at once, in Vietnamese: kind, procedure, name, phone with the reason", () => {
    const errors = errorsOf({ kind: "X", procedureId: "", applicantName: "", applicantPhone: "123", reason: "" });
    expect(errors.kind).toEqual([NOTICE_MESSAGES.kind]);
    expect(errors.procedureId).toEqual([NOTICE_MESSAGES.procedure]);
    expect(errors.applicantName?.[0]).toMatch(/Xin vui lòng nhập họ và tên/);
    expect(errors.applicantPhone).toEqual([NOTICE_MESSAGES.phone]);
  });

  it("re-parses its own output unchanged (the service validates again)", () => {
    const once = intakeNoticeSchema.parse({
      ...base,
      applicantPhone: "+84 912 345 678",
      kind: "SUPPLEMENT_REQUEST",
      missingDocuments: "A\nB",
      reason: "Hướng dẫn",
    });
    expect(intakeNoticeSchema.parse(once)).toEqual(once);
  });
});
