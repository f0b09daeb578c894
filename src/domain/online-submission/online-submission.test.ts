import { describe, expect, it } from "vitest";
import { intakeSchema } from "@/domain/dossier/intake-schema";
import {
  applicantStepSchema,
  attemptsLeft,
  challengeState,
  codeField,
  coverageProblems,
  deliveryStepSchema,
  formatCode,
  maskContact,
  ONE_TIME_CODE,
  parseContact,
  receiverFormValues,
  resendWaitSeconds,
} from "./index";
import { receiverSchema } from "@/domain/postal";

describe("contacts: one normalised form per phone or e-mail, so the same person finds the same dossiers", () => {
  it("writes a mobile as 0 and 9 digits, whatever spacing or +84 form was typed", () => {
    for (const typed of ["0912 345 678", "+84 912 345 678", "0084912345678", "84912345678", "091.234.5678"])
      expect(parseContact(typed)).toEqual({ ok: true, contact: { kind: "PHONE", value: "0912345678" } });
  });

  it("refuses a fixed line (an SMS cannot reach it) and a number of the wrong length", () => {
    for (const typed of ["02433334444", "091234567", "12345"]) expect(parseContact(typed).ok).toBe(false);
  });

  it("lower-cases an e-mail address and refuses a malformed one", () => {
    expect(parseContact(" An.Nguyen@Example.VN ")).toEqual({
      ok: true,
      contact: { kind: "EMAIL", value: "an.nguyen@example.vn" },
    });
    expect(parseContact("an@")).toMatchObject({ ok: false });
  });

  it("refuses control characters and an empty value with a Vietnamese message", () => {
    expect(parseContact("0912\u0000345678")).toMatchObject({
      ok: false,
      message: expect.stringContaining("Xin vui lòng"),
    });
    expect(parseContact("   ")).toMatchObject({ ok: false, message: expect.stringContaining("Xin vui lòng nhập") });
  });

  it("masks a contact enough to recognise it, not to write to it", () => {
    expect(maskContact({ kind: "PHONE", value: "0987654321" })).toBe("098****321");
    expect(maskContact({ kind: "EMAIL", value: "binh.tran@example.com" })).toBe("b***@example.com");
  });
});

describe("one-time codes: 6 digits, 10 minutes, 5 tries, a pause before resending", () => {
  const now = new Date("2026-05-04T02:00:00Z");
  const open = { attempts: 0, expiresAt: new Date(now.getTime() + 60_000), consumedAt: null };

  it("formats any number below a million as exactly 6 digits", () => {
    expect(formatCode(42)).toBe("000042");
    expect(formatCode(999_999)).toBe("999999");
    expect(() => formatCode(1_000_000)).toThrow();
  });

  it("accepts 6 digits typed with spaces or a dash, nothing else", () => {
    expect(codeField.parse("123 456")).toBe("123456");
    expect(codeField.parse("123-456")).toBe("123456");
    for (const typed of ["12345", "1234567", "12345a", "١٢٣٤٥٦"])
      expect(codeField.safeParse(typed).success).toBe(false);
  });

  it("is open until it expires, is used, or has had 5 wrong tries", () => {
    expect(challengeState(open, now)).toBe("open");
    expect(challengeState({ ...open, expiresAt: now }, now)).toBe("expired");
    expect(challengeState({ ...open, attempts: ONE_TIME_CODE.maxAttempts }, now)).toBe("exhausted");
    expect(challengeState({ ...open, attempts: 4 }, now)).toBe("open");
    expect(challengeState({ ...open, consumedAt: now }, now)).toBe("consumed");
    expect(attemptsLeft(3)).toBe(2);
    expect(attemptsLeft(7)).toBe(0);
  });

  it("makes a citizen wait 60 seconds between two codes to the same contact", () => {
    expect(resendWaitSeconds(null, now)).toBe(0);
    expect(resendWaitSeconds(new Date(now.getTime() - 10_000), now)).toBe(50);
    expect(resendWaitSeconds(new Date(now.getTime() - 60_000), now)).toBe(0);
  });
});

describe("the applicant online is checked exactly as at the desk", () => {
  const applicant = {
    applicantKind: "CITIZEN",
    applicantName: "Trần  Thị Bình",
    applicantIdNumber: "001190012345",
    applicantPhone: "+84 987 654 321",
    applicantEmail: "",
    applicantAddress: "Số 5 phố Quang Trung, Sơn Tây",
  };
  const desk = {
    procedureId: "cjld2cjxh0000qzrmn831i7rn",
    channel: "DIRECT",
    documents: [{ position: "1", received: "on", count: "1" }],
  };

  it("normalises the same way (spaces, phone)", () => {
    const online = applicantStepSchema.parse(applicant);
    const atDesk = intakeSchema.parse({ ...desk, ...applicant });
    expect(online).toMatchObject({ applicantName: "Trần Thị Bình", applicantPhone: "0987654321" });
    for (const key of Object.keys(online) as (keyof typeof online)[]) expect(online[key]).toEqual(atDesk[key]);
  });

  it("gives the same messages for the same mistakes (CCCD province code, organisation tax code)", () => {
    for (const wrong of [
      { applicantIdNumber: "999190012345" },
      { applicantKind: "ORGANISATION", applicantIdNumber: "12345" },
      { applicantName: "A" },
    ]) {
      const online = applicantStepSchema.safeParse({ ...applicant, ...wrong });
      const atDesk = intakeSchema.safeParse({ ...desk, ...applicant, ...wrong });
      expect(online.success).toBe(false);
      expect(online.error?.issues.map((issue) => issue.message)).toEqual(
        atDesk.error?.issues.map((issue) => issue.message),
      );
    }
  });
});

describe("result delivery", () => {
  it("needs a receiver only by post, on the two-level map, with the desk's rules and messages", () => {
    expect(deliveryStepSchema.parse({ unitId: "u1", resultDelivery: "AT_DESK", receiverName: "" })).toEqual({
      unitId: "u1",
      resultDelivery: "AT_DESK",
    });
    const missing = deliveryStepSchema.safeParse({ unitId: "u1", resultDelivery: "POST" });
    expect(missing.error?.issues.map((issue) => issue.path[0])).toEqual([
      "receiverName",
      "receiverPhone",
      "receiverAddress",
      "receiverProvince",
    ]);
    const form = {
      unitId: "u1",
      resultDelivery: "POST",
      receiverName: "Lê Văn Cường",
      receiverPhone: "0912 345 678",
      receiverAddress: "Số 1 phố Lê Lợi",
      receiverProvince: "01",
      receiverCommune: "phuong-son-tay",
    };
    const parsed = deliveryStepSchema.parse(form);
    expect(parsed).toMatchObject({
      receiver: {
        phone: "0912345678",
        provinceCode: "01",
        communeCode: "phuong-son-tay",
        communeName: "Phường Sơn Tây",
      },
    });
    // The draft gives the form back what it sent.
    expect("receiver" in parsed && parsed.receiver && receiverFormValues(parsed.receiver)).toMatchObject({
      receiverProvince: "01",
      receiverCommune: "phuong-son-tay",
      receiverPhone: "0912345678",
    });
    // A commune outside the chosen province: the desk's message, on the commune field.
    const wrong = deliveryStepSchema.safeParse({ ...form, receiverCommune: "phuong-khong-co" });
    const atDesk = receiverSchema.safeParse({
      name: form.receiverName,
      phone: form.receiverPhone,
      address: form.receiverAddress,
      province: "01",
      commune: "phuong-khong-co",
    });
    expect(wrong.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["receiverCommune", atDesk.error?.issues[0]?.message],
    ]);
  });
});

describe("document coverage", () => {
  const components = [
    { position: 1, name: "Tờ khai", optional: false, uploadable: true },
    { position: 2, name: "Ảnh", optional: true, uploadable: true },
    { position: 3, name: "Bản chính giấy tờ", optional: false, uploadable: false },
  ];
  const limits = { maxFilesPerComponent: 2, maxFilesPerSubmission: 3 };

  it("needs every required uploadable component, by upload or reuse", () => {
    expect(coverageProblems(components, [], limits)).toEqual([{ kind: "missing", position: 1, name: "Tờ khai" }]);
    expect(coverageProblems(components, [{ position: 1, uploads: 0, reused: 1 }], limits)).toEqual([]);
  });

  it("refuses files for a component shown on paper, and too many files", () => {
    expect(
      coverageProblems(
        components,
        [
          { position: 1, uploads: 3, reused: 0 },
          { position: 3, uploads: 1, reused: 0 },
        ],
        limits,
      ).map((problem) => problem.kind),
    ).toEqual(["tooManyForComponent", "notUploadable", "tooManyInTotal"]);
  });
});
