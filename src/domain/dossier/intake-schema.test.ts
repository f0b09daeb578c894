import { describe, expect, it } from "vitest";
import { dossierCommandSchema, reasonSchema, requestFinancialCommandSchema } from "./command-schema";
import {
  CCCD_PROVINCE_CODES,
  fieldErrors,
  ID_NUMBER_MESSAGES,
  intakeSchema,
  intakeSchemaFor,
  isValidCccd,
  missingRequiredDocuments,
  normalizeVietnamesePhone,
  parseIntake,
  type ChecklistRequirement,
} from "./intake-schema";

const valid = {
  procedureId: "cjld2cjxh0000qzrmn831i7rn",
  channel: "DIRECT",
  applicantKind: "CITIZEN",
  applicantName: "Nguyễn Văn An",
  applicantIdNumber: "001203004567",
  applicantPhone: "0912 345 678",
  applicantEmail: "",
  applicantAddress: "Số 12, tổ 3, phường Lào Cai",
  documents: [
    { position: "1", received: "on", count: "1" },
    { position: "2", count: "2" },
  ],
  dataReused: "on",
  note: "",
};

function errorsOf(input: unknown): Record<string, string[]> {
  const result = parseIntake(input);
  if (result.ok) throw new Error("expected errors");
  return result.errors;
}

describe("intakeSchema: a valid desk form", () => {
  it("parses form values into typed, normalised data", () => {
    const data = intakeSchema.parse(valid);
    expect(data).toEqual({
      procedureId: "cjld2cjxh0000qzrmn831i7rn",
      channel: "DIRECT",
      applicantKind: "CITIZEN",
      applicantName: "Nguyễn Văn An",
      applicantIdNumber: "001203004567",
      applicantPhone: "0912345678",
      applicantEmail: undefined,
      applicantAddress: "Số 12, tổ 3, phường Lào Cai",
      documents: [
        { position: 1, received: true, count: 1 },
        { position: 2, received: false, count: 2 },
      ],
      postalReturn: false,
      dataReused: true,
      note: undefined,
    });
  });

  it("accepts typed values too (booleans, numbers)", () => {
    const data = intakeSchema.parse({
      ...valid,
      documents: [{ position: 1, received: true, count: 3 }],
      dataReused: false,
      postalReturn: "true",
      applicantEmail: "  An.Nguyen@Example.VN ",
    });
    expect(data.dataReused).toBe(false);
    expect(data.postalReturn).toBe(true);
    expect(data.applicantEmail).toBe("an.nguyen@example.vn");
  });

  it("normalises names: NFC, single spaces, typographic apostrophe", () => {
    const data = intakeSchema.parse({ ...valid, applicantName: "  Nguyễn   Thị  O’Neil ".normalize("NFD") });
    expect(data.applicantName).toBe("Nguyễn Thị O'Neil");
    expect(data.applicantName).toBe(data.applicantName.normalize("NFC"));
  });

  it("accepts an organisation with a tax code and a name with digits", () => {
    const data = intakeSchema.parse({
      ...valid,
      applicantKind: "ORGANISATION",
      applicantName: "Công ty Cổ phần Xây dựng số 1 (Hà Nội)",
      applicantIdNumber: "0101234567-001",
    });
    expect(data.applicantIdNumber).toBe("0101234567-001");
  });
});

describe("CCCD", () => {
  it("knows the 63 province codes", () => {
    expect(CCCD_PROVINCE_CODES.size).toBe(63);
    expect(CCCD_PROVINCE_CODES.has("001")).toBe(true);
    expect(CCCD_PROVINCE_CODES.has("079")).toBe(true);
    expect(CCCD_PROVINCE_CODES.has("096")).toBe(true);
    expect(CCCD_PROVINCE_CODES.has("003")).toBe(false);
  });

  it.each(["001203004567", "079099001234", "096300000001", "038 185 012 345"])("accepts %j", (id) => {
    expect(parseIntake({ ...valid, applicantIdNumber: id }).ok).toBe(true);
  });

  it.each([
    ["00120300456", ID_NUMBER_MESSAGES.cccdShape],
    ["0012030045678", ID_NUMBER_MESSAGES.cccdShape],
    ["00120300456A", ID_NUMBER_MESSAGES.cccdShape],
    ["0101234567", ID_NUMBER_MESSAGES.cccdShape],
    ["003203004567", ID_NUMBER_MESSAGES.cccdProvince],
    ["000203004567", ID_NUMBER_MESSAGES.cccdProvince],
    ["097203004567", ID_NUMBER_MESSAGES.cccdProvince],
    ["", ID_NUMBER_MESSAGES.required],
  ])("refuses %j", (id, message) => {
    expect(errorsOf({ ...valid, applicantIdNumber: id }).applicantIdNumber).toEqual([message]);
  });

  it("isValidCccd", () => {
    expect(isValidCccd("001203004567")).toBe(true);
    expect(isValidCccd("099203004567")).toBe(false);
  });
});

describe("tax code (organisations)", () => {
  const org = { ...valid, applicantKind: "ORGANISATION", applicantName: "Công ty TNHH An Bình" };
  it.each(["0101234567", "0101234567-001", " 0312345678 "])("accepts %j", (id) => {
    expect(parseIntake({ ...org, applicantIdNumber: id }).ok).toBe(true);
  });
  it.each(["010123456", "01012345678", "0101234567-01", "0101234567-0011", "0101234567/001", "001203004567"])(
    "refuses %j",
    (id) => {
      expect(errorsOf({ ...org, applicantIdNumber: id }).applicantIdNumber).toEqual([ID_NUMBER_MESSAGES.taxCode]);
    },
  );
});

describe("phone", () => {
  it.each([
    ["0912345678", "0912345678"],
    ["091.234.5678", "0912345678"],
    ["0389-123-456", "0389123456"],
    ["+84912345678", "0912345678"],
    ["+84 91 234 5678", "0912345678"],
    ["+84 0912 345 678", "0912345678"],
    ["0084912345678", "0912345678"],
    ["84912345678", "0912345678"],
    ["(024) 3825 1234", "02438251234"],
    ["+84 24 3825 1234", "02438251234"],
  ])("normalises %j → %j", (input, output) => {
    expect(normalizeVietnamesePhone(input)).toBe(output);
    expect(intakeSchema.parse({ ...valid, applicantPhone: input }).applicantPhone).toBe(output);
  });

  it.each(["091234567", "09123456789", "1912345678", "0112345678", "+85512345678", "09123456ab", "0612345678"])(
    "refuses %j",
    (input) => {
      expect(normalizeVietnamesePhone(input)).toBeNull();
      expect(errorsOf({ ...valid, applicantPhone: input }).applicantPhone).toEqual([
        "Số điện thoại chưa đúng. Xin vui lòng nhập số di động 10 chữ số (ví dụ: 0912345678) hoặc dạng +84.",
      ]);
    },
  );

  it("asks for a missing phone", () => {
    expect(errorsOf({ ...valid, applicantPhone: "  " }).applicantPhone).toEqual(["Xin vui lòng nhập số điện thoại."]);
    expect(errorsOf({ ...valid, applicantPhone: undefined }).applicantPhone).toEqual([
      "Xin vui lòng nhập số điện thoại.",
    ]);
  });
});

describe("email", () => {
  it("is optional; blank becomes undefined", () => {
    expect(intakeSchema.parse({ ...valid, applicantEmail: "   " }).applicantEmail).toBeUndefined();
    const { applicantEmail: _omit, ...withoutEmail } = valid;
    expect(intakeSchema.parse(withoutEmail).applicantEmail).toBeUndefined();
  });
  it.each(["an@", "an.example.vn", "an@@example.vn", "an @example.vn"])("refuses %j", (email) => {
    expect(errorsOf({ ...valid, applicantEmail: email }).applicantEmail).toEqual([
      "Địa chỉ thư điện tử chưa đúng (ví dụ: ten@example.com).",
    ]);
  });
});

describe("names, address, note, documents", () => {
  it("refuses digits and symbols in a person's name", () => {
    expect(errorsOf({ ...valid, applicantName: "Nguyen Van A1" }).applicantName).toEqual([
      "Họ và tên chỉ gồm chữ cái (có dấu tiếng Việt), khoảng trắng và các dấu . ' -",
    ]);
    expect(errorsOf({ ...valid, applicantName: "Trần <b>" }).applicantName).toHaveLength(1);
  });

  it("checks name length", () => {
    expect(errorsOf({ ...valid, applicantName: " A " }).applicantName).toEqual(["Họ và tên cần có ít nhất 2 ký tự."]);
    expect(errorsOf({ ...valid, applicantName: "a".repeat(201) }).applicantName).toEqual([
      "Họ và tên không được dài quá 200 ký tự.",
    ]);
    expect(errorsOf({ ...valid, applicantName: "" }).applicantName).toEqual([
      "Xin vui lòng nhập họ và tên người nộp hồ sơ.",
    ]);
  });

  it("checks address and note length", () => {
    expect(errorsOf({ ...valid, applicantAddress: "abc" }).applicantAddress).toEqual([
      "Địa chỉ cần có ít nhất 5 ký tự.",
    ]);
    expect(errorsOf({ ...valid, applicantAddress: "x".repeat(301) }).applicantAddress).toEqual([
      "Địa chỉ không được dài quá 300 ký tự.",
    ]);
    expect(errorsOf({ ...valid, note: "x".repeat(1001) }).note).toEqual(["Ghi chú không được dài quá 1000 ký tự."]);
    expect(intakeSchema.parse({ ...valid, note: "x".repeat(1000) }).note).toHaveLength(1000);
  });

  it("checks the documents list, keyed by item", () => {
    const errors = errorsOf({
      ...valid,
      documents: [
        { position: "1", received: "on", count: "0" },
        { position: "2", received: "on", count: "21" },
        { position: "x", received: "on", count: "1" },
      ],
    });
    expect(errors["documents.0.count"]).toEqual(["Số bản phải là một số nguyên từ 1 đến 20."]);
    expect(errors["documents.1.count"]).toEqual(["Số bản phải là một số nguyên từ 1 đến 20."]);
    expect(errors["documents.2.position"]).toEqual(["Số thứ tự giấy tờ không hợp lệ."]);
    expect(errorsOf({ ...valid, documents: [] }).documents).toEqual([
      "Xin vui lòng đánh dấu các giấy tờ trong thành phần hồ sơ.",
    ]);
    expect(
      errorsOf({
        ...valid,
        documents: [
          { position: 1, count: 1 },
          { position: 1, count: 1 },
        ],
      }).documents,
    ).toEqual(["Mỗi giấy tờ chỉ được ghi một lần."]);
  });

  it("checks channel, kind and procedure", () => {
    const errors = errorsOf({ ...valid, channel: "FAX", procedureId: "123" });
    expect(errors.channel).toEqual(["Xin vui lòng chọn kênh tiếp nhận hồ sơ."]);
    expect(errors.procedureId).toEqual(["Xin vui lòng chọn thủ tục hành chính."]);
    expect(errorsOf({ ...valid, applicantKind: "ROBOT" }).applicantKind).toEqual([
      "Xin vui lòng chọn người nộp là công dân hay tổ chức.",
    ]);
  });

  it("shows every error at once, including the ID number when other fields fail", () => {
    const errors = errorsOf({ ...valid, applicantPhone: "12", applicantIdNumber: "123", applicantAddress: "" });
    expect(Object.keys(errors).sort()).toEqual(["applicantAddress", "applicantIdNumber", "applicantPhone"]);
  });

  it("fieldErrors puts whole-object errors under _form", () => {
    const result = intakeSchema.safeParse("not an object");
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(fieldErrors(result.error))).toEqual(["_form"]);
  });
});

// Issue 11: a form reports all its errors at once. Nothing waits for another field to pass first: the identity rules
// run per field, and the procedure's required documents (Nghị định 61/2018 Art. 19: only a complete dossier is
// received) are checked in the same parse.
describe("intakeSchema: every error in one parse", () => {
  const checklist: ChecklistRequirement[] = [
    { position: 1, name: "Tờ khai đăng ký khai sinh", optional: false },
    { position: 2, name: "Giấy chứng sinh", optional: false },
    { position: 3, name: "Giấy ủy quyền", optional: true },
  ];
  const unticked = [
    { position: "1", count: "1" },
    { position: "2", count: "1" },
    { position: "3", count: "1" },
  ];

  it("empty name, a 5-digit CCCD and required documents not ticked: three messages together", () => {
    const errors = errorsWith({ ...valid, applicantName: "", applicantIdNumber: "12345", documents: unticked });
    expect(errors).toEqual({
      applicantName: ["Xin vui lòng nhập họ và tên người nộp hồ sơ."],
      applicantIdNumber: [ID_NUMBER_MESSAGES.cccdShape],
      documents: [
        "Còn giấy tờ bắt buộc chưa được đánh dấu đã nhận: Tờ khai đăng ký khai sinh; Giấy chứng sinh. Nếu người nộp chưa có đủ, xin vui lòng lập phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02).",
      ],
    });
  });

  it("an empty form: every required field at once, one message each", () => {
    const errors = errorsWith({
      procedureId: "",
      channel: "DIRECT",
      applicantKind: "CITIZEN",
      applicantName: "",
      applicantIdNumber: "",
      applicantPhone: "",
      applicantAddress: "",
      documents: unticked,
    });
    expect(Object.keys(errors).sort()).toEqual([
      "applicantAddress",
      "applicantIdNumber",
      "applicantName",
      "applicantPhone",
      "documents",
      "procedureId",
    ]);
    // The empty ID gets "please enter", not also "12 digits"; the empty name not also "letters only".
    expect(errors.applicantIdNumber).toEqual([ID_NUMBER_MESSAGES.required]);
    expect(errors.applicantName).toHaveLength(1);
  });

  it("a name with digits and a CCCD with an unknown province, with other fields failing too", () => {
    const errors = errorsOf({
      ...valid,
      applicantName: "Nguyễn Văn 3",
      applicantIdNumber: "999123456789",
      applicantPhone: "",
    });
    expect(errors.applicantName).toEqual([expect.stringContaining("chỉ gồm chữ cái")]);
    expect(errors.applicantIdNumber).toEqual([ID_NUMBER_MESSAGES.cccdProvince]);
    expect(errors.applicantPhone).toEqual(["Xin vui lòng nhập số điện thoại."]);
  });

  it("an organisation: a bad tax code is reported with an empty name", () => {
    const errors = errorsOf({ ...valid, applicantKind: "ORGANISATION", applicantName: "", applicantIdNumber: "12345" });
    expect(errors.applicantIdNumber).toEqual([ID_NUMBER_MESSAGES.taxCode]);
    expect(errors.applicantName).toEqual(["Xin vui lòng nhập họ và tên người nộp hồ sơ."]);
  });

  it("a row's bad count does not hide a missing document; optional documents are never missing", () => {
    const errors = errorsWith({
      ...valid,
      documents: [
        { position: "1", received: "on", count: "0" },
        { position: "2", count: "1" },
        { position: "3", count: "1" },
      ],
    });
    expect(errors["documents.0.count"]).toEqual(["Số bản phải là một số nguyên từ 1 đến 20."]);
    expect(errors.documents).toEqual([expect.stringContaining(": Giấy chứng sinh. ")]);
    expect(
      missingRequiredDocuments(checklist, [
        { position: 1, received: true },
        { position: 2, received: "on" },
      ]),
    ).toEqual([]);
  });

  it("with every required document ticked the procedure's schema accepts the dossier", () => {
    const documents = [
      { position: "1", received: "on", count: "1" },
      { position: "2", received: "on", count: "1" },
      { position: "3", count: "1" },
    ];
    expect(intakeSchemaFor(checklist).safeParse({ ...valid, documents }).success).toBe(true);
    expect(parseIntake({ ...valid, documents }, checklist).ok).toBe(true);
  });

  /** The errors of a parse that knows the procedure's list of documents. */
  function errorsWith(input: unknown): Record<string, string[]> {
    const result = parseIntake(input, checklist);
    if (result.ok) throw new Error("expected errors");
    return result.errors;
  }
});

describe("command schemas", () => {
  it("reason: trimmed, 5–1000 characters, with Vietnamese messages", () => {
    expect(reasonSchema.parse("  Thiếu tờ khai  ")).toBe("Thiếu tờ khai");
    expect(reasonSchema.safeParse("abcd").error?.issues[0]?.message).toBe(
      "Lý do cần có ít nhất 5 ký tự; xin vui lòng ghi rõ hơn.",
    );
    expect(reasonSchema.safeParse("").error?.issues.map((i) => i.message)).toEqual(["Xin vui lòng nhập lý do."]);
    expect(reasonSchema.safeParse("x".repeat(1001)).error?.issues[0]?.message).toBe(
      "Lý do không được dài quá 1000 ký tự.",
    );
    expect(reasonSchema.safeParse(undefined).error?.issues[0]?.message).toBe("Xin vui lòng nhập lý do.");
  });

  it("financial amount from a form: blank → undefined, digits → number, negatives refused", () => {
    expect(
      requestFinancialCommandSchema.parse({ type: "request_financial", reason: "Nộp lệ phí.", amount: "" }).amount,
    ).toBeUndefined();
    expect(
      requestFinancialCommandSchema.parse({ type: "request_financial", reason: "Nộp lệ phí.", amount: "150000" })
        .amount,
    ).toBe(150000);
    expect(
      requestFinancialCommandSchema.safeParse({ type: "request_financial", reason: "Nộp lệ phí.", amount: "-5" })
        .success,
    ).toBe(false);
    expect(
      requestFinancialCommandSchema.safeParse({ type: "request_financial", reason: "Nộp lệ phí.", amount: "1,5" })
        .success,
    ).toBe(false);
  });

  it("the union picks the command by type and rejects unknown types", () => {
    expect(dossierCommandSchema.parse({ type: "return_result", method: "POST", resultNumber: " 15/GCN " })).toEqual({
      type: "return_result",
      method: "POST",
      resultNumber: "15/GCN",
    });
    expect(dossierCommandSchema.parse({ type: "forward", toOfficeId: " o-2 ", note: "" })).toEqual({
      type: "forward",
      toOfficeId: "o-2",
      note: undefined,
    });
    expect(dossierCommandSchema.safeParse({ type: "delete" }).error?.issues[0]?.message).toBe("Thao tác không hợp lệ.");
    expect(dossierCommandSchema.safeParse({ type: "assign", officerId: "" }).error?.issues[0]?.message).toBe(
      "Xin vui lòng chọn cán bộ được phân công.",
    );
  });
});
