import { describe, expect, it } from "vitest";
import { RESULT_MESSAGES, resultMetadataSchema, signedOnNotFuture } from "./result-metadata";

// TT 01/2023/TT-VPCP and ONLINE-SERVICES.md "Per result": number and symbol, signer, date, issuing agency, kind.
const valid = {
  number: "125/GKS-UBND",
  signerName: "Nguyễn Văn Hùng",
  signerTitle: "Phó Chủ tịch",
  signedOn: "23/04/2026",
  issuingAgency: "UBND phường Sơn Tây",
  kind: "Giấy chứng nhận kết hôn",
};

describe("the result's metadata", () => {
  it("accepts an official number and a dd/MM/yyyy signing date, kept as a civil date", () => {
    const parsed = resultMetadataSchema.parse(valid);
    expect(parsed).toMatchObject({ number: "125/GKS-UBND", signedOn: "2026-04-23", signerTitle: "Phó Chủ tịch" });
    expect(resultMetadataSchema.parse({ ...valid, number: "12/2026/QĐ-UBND", signerTitle: "" }).signerTitle).toBe(
      undefined,
    );
  });
  it("refuses an impossible or wrongly written date with the Vietnamese message", () => {
    for (const signedOn of ["31/02/2026", "2026-04-23", "23/4/26", ""]) {
      const result = resultMetadataSchema.safeParse({ ...valid, signedOn });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message)).toContain(RESULT_MESSAGES.signedOn);
    }
  });
  it("refuses a number with characters no official number has, and missing signer, agency or kind", () => {
    const bad = resultMetadataSchema.safeParse({
      ...valid,
      number: "<b>1</b>",
      signerName: "",
      issuingAgency: "",
      kind: "",
    });
    expect(bad.success).toBe(false);
    const messages = bad.error?.issues.map((issue) => issue.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        RESULT_MESSAGES.numberFormat,
        RESULT_MESSAGES.signerName,
        RESULT_MESSAGES.issuingAgency,
        RESULT_MESSAGES.kind,
      ]),
    );
  });
  it("a signing date may be today but not tomorrow", () => {
    expect(signedOnNotFuture("2026-04-23", "2026-04-23")).toBe(true);
    expect(signedOnNotFuture("2026-04-24", "2026-04-23")).toBe(false);
  });
});

describe("file sizes as people read them", () => {
  it("in KB under a megabyte, in MB with one decimal (comma in Vietnamese) above", async () => {
    const { formatFileSize } = await import("./labels");
    expect(formatFileSize(300)).toBe("1 KB");
    expect(formatFileSize(87_040)).toBe("85 KB");
    expect(formatFileSize(2_516_582)).toBe("2,4 MB");
    expect(formatFileSize(2_516_582, "en")).toBe("2.4 MB");
  });
});
