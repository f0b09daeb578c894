import { describe, expect, it } from "vitest";
import { parseIntake } from "@/domain/dossier";
import {
  deskCheckSchema,
  deskIntakeFromForm,
  deskIntakeSchema,
  documentsFromForm,
  intakeFromForm,
  intakeNoticeFromForm,
} from "./form-data";
import { intakeNoticeSchema } from "@/domain/dossier/intake-notice-schema";

const PROCEDURE_ID = "cm9procedure0000000000001";

function deskForm(entries: [string, string][]): FormData {
  const formData = new FormData();
  for (const [key, value] of entries) formData.append(key, value);
  return formData;
}

const applicant: [string, string][] = [
  ["procedureId", PROCEDURE_ID],
  ["applicantKind", "CITIZEN"],
  ["applicantName", "Nguyễn  Văn An"],
  ["applicantIdNumber", "001 190 012 345"],
  ["applicantPhone", "+84 912 345 678"],
  ["applicantEmail", ""],
  ["applicantAddress", "Số 5 phố Quang Trung"],
  ["channel", "DIRECT"],
];

describe("the desk's FormData mapping", () => {
  it("builds the document list in index order; an unticked checkbox is absent and reads as not received", () => {
    const formData = deskForm([
      ["documents.1.position", "2"],
      ["documents.1.count", "1"],
      ["documents.0.position", "1"],
      ["documents.0.received", "on"],
      ["documents.0.count", "2"],
      ["documents.x.position", "9"],
    ]);
    expect(documentsFromForm(formData)).toEqual([
      { position: "1", received: "on", count: "2" },
      { position: "2", count: "1" },
    ]);
  });

  it("gives intakeSchema what it validates: normalised phone and ID, booleans from checkboxes", () => {
    const formData = deskForm([
      ...applicant,
      ["documents.0.position", "1"],
      ["documents.0.received", "on"],
      ["documents.0.count", "1"],
      ["dataReused", "on"],
    ]);
    const parsed = parseIntake(intakeFromForm(formData));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data).toMatchObject({
      applicantName: "Nguyễn Văn An",
      applicantIdNumber: "001190012345",
      applicantPhone: "0912345678",
      applicantEmail: undefined,
      documents: [{ position: 1, received: true, count: 1 }],
      dataReused: true,
      postalReturn: false,
    });
  });

  it("reports a bad CCCD and a bad count under the field the form shows them", () => {
    const formData = deskForm([
      ...applicant.map(([key, value]): [string, string] => [key, key === "applicantIdNumber" ? "12345" : value]),
      ["documents.0.position", "1"],
      ["documents.0.count", "0"],
    ]);
    const parsed = parseIntake(intakeFromForm(formData));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.applicantIdNumber).toEqual(["Số CCCD phải gồm đúng 12 chữ số."]);
    expect(parsed.errors["documents.0.count"]).toEqual(["Số bản phải là một số nguyên từ 1 đến 20."]);
  });

  it("maps a supplement request: one missing document per line, blank lines and bullets dropped", () => {
    const formData = deskForm([
      ...applicant,
      ["noticeKind", "SUPPLEMENT_REQUEST"],
      ["missingDocuments", "Giấy chứng sinh (bản chính)\r\n\n - Sổ hộ khẩu (bản sao)  \n"],
      ["reason", "Xin ông/bà bổ sung và nộp lại."],
    ]);
    const parsed = intakeNoticeSchema.parse(intakeNoticeFromForm(formData));
    expect(parsed).toMatchObject({
      kind: "SUPPLEMENT_REQUEST",
      procedureId: PROCEDURE_ID,
      applicantName: "Nguyễn Văn An",
      applicantPhone: "0912345678",
      missingDocuments: ["Giấy chứng sinh (bản chính)", "Sổ hộ khẩu (bản sao)"],
    });
  });
});

describe("the registration's idempotency key (one per submission, kept across retries)", () => {
  const documents: [string, string][] = [
    ["documents.0.position", "1"],
    ["documents.0.received", "on"],
    ["documents.0.count", "1"],
  ];
  const parse = (key?: string) =>
    deskIntakeSchema.safeParse(
      deskIntakeFromForm(
        deskForm([...applicant, ...documents, ...(key === undefined ? [] : [["intakeKey", key] as [string, string]])]),
      ),
    );

  it("is read from the form and validated with the intake", () => {
    const parsed = parse("0b6c8f8e-4f7a-4c1e-9a55-2f7f1c0d9e31");
    expect(parsed.success && parsed.data.intakeKey).toBe("0b6c8f8e-4f7a-4c1e-9a55-2f7f1c0d9e31");
    expect(parsed.success && parsed.data.applicantName).toBe("Nguyễn Văn An");
  });

  it("is required and must be a UUID: a form without one is refused with a clear message", () => {
    for (const key of [undefined, "", "1", "0b6c8f8e-4f7a-4c1e-9a55-2f7f1c0d9e31' OR 1=1"]) {
      const parsed = parse(key);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
        ["intakeKey", expect.stringContaining("thiếu mã lần gửi")],
      ]);
    }
  });
});

describe("the desk's check before sending: every error in one round (issue 11)", () => {
  it("postal details, the applicant and the required documents are reported together", () => {
    const formData = deskForm([
      ...applicant.filter(([key]) => key !== "channel" && key !== "applicantName" && key !== "applicantIdNumber"),
      ["applicantName", ""],
      ["applicantIdNumber", "12345"],
      ["channel", "POSTAL"],
      ["documents.0.position", "1"],
      ["documents.0.count", "1"],
      ["intakeKey", "0b6c8f8e-4f7a-4c1e-9a55-2f7f1c0d9e31"],
    ]);
    const parsed = deskCheckSchema([{ position: 1, name: "Tờ khai", optional: false }]).safeParse(
      deskIntakeFromForm(formData),
    );
    expect(parsed.success).toBe(false);
    expect([...new Set(parsed.error?.issues.map((issue) => issue.path.join(".")))].sort()).toEqual([
      "applicantIdNumber",
      "applicantName",
      "documents",
      "postalWaybill",
    ]);
  });

  it("the server's schema reports the postal details with the other fields too", () => {
    const formData = deskForm([
      ...applicant.filter(([key]) => key !== "channel" && key !== "applicantPhone"),
      ["applicantPhone", ""],
      ["channel", "POSTAL"],
      ["documents.0.position", "1"],
      ["documents.0.received", "on"],
      ["documents.0.count", "1"],
      ["intakeKey", "0b6c8f8e-4f7a-4c1e-9a55-2f7f1c0d9e31"],
    ]);
    const parsed = deskIntakeSchema.safeParse(deskIntakeFromForm(formData));
    expect(parsed.error?.issues.map((issue) => issue.path.join(".")).sort()).toEqual([
      "applicantPhone",
      "postalWaybill",
    ]);
  });
});
