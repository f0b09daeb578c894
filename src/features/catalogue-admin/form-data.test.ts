import { describe, expect, it } from "vitest";
import { publishableVersionSchema } from "@/domain/catalogue";
import { publishFromForm, readDate, readNumber } from "./form-data";

// The publish form's FormData read into the version schema (docs/catalogue.md): paths as input names, blank rows
// dropped, checkboxes present or absent, dd/mm/yyyy dates, digits only.
describe("catalogue form data", () => {
  const form = (entries: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(entries)) data.append(key, value);
    return data;
  };
  const base = {
    code: "1.001612",
    "version.announcementNumber": "3150/QĐ-UBND",
    "version.announcementDate": "16/6/2026",
    "version.announcementIssuer": "UBND Thành phố Hà Nội",
    "version.effectiveFrom": "01/07/2026",
    "version.durationValue": "3",
    "version.durationUnit": "WORKING_DAYS",
    "version.feeAmount": "0",
    "version.chargeAmount": "20.000",
    "version.feeTiming": "BEFORE_INTAKE",
    "version.handlingOfficeCode": "TUPHAP",
    "version.onlineLevel": "3",
    "version.onlineClass": "PARTIAL",
    "version.postalReturnAllowed": "on",
    "version.documents.0.name": "Tờ khai",
    "version.documents.0.form": "ORIGINAL",
    "version.documents.0.count": "1",
    "version.documents.0.uploadable": "on",
    "version.documents.1.name": "",
    "version.documents.1.form": "COPY",
    "version.unitOffices.0.unitCode": "",
    "version.unitOffices.0.officeCode": "",
  };

  it("reads a filled form into a valid version", () => {
    const { code, version } = publishFromForm(form(base));
    expect(code).toBe("1.001612");
    const parsed = publishableVersionSchema.parse(version);
    expect(parsed).toMatchObject({
      announcementDate: "2026-06-16",
      effectiveFrom: "2026-07-01",
      chargeAmount: 20_000,
      postalReturnAllowed: true,
      postalIntakeAllowed: false,
      documents: [{ name: "Tờ khai", form: "ORIGINAL", count: 1, optional: false, uploadable: true }],
      unitOffices: [],
    });
  });

  it("passes what is not a number or a date on for the schema to name", () => {
    expect(readNumber("1e3")).toBe("1e3");
    expect(readNumber("0x10")).toBe("0x10");
    expect(readNumber("")).toBeUndefined();
    expect(readDate("31/02/2026")).toBe("2026-02-31");
    const refused = publishableVersionSchema.safeParse(
      publishFromForm(form({ ...base, "version.durationValue": "ba" })).version,
    );
    expect(refused.error?.issues.map((issue) => issue.path.join("."))).toEqual(["durationValue"]);
  });

  it("reads the step budget: five percentages, all empty for the default, a wrong sum named on stepShares", () => {
    expect(publishableVersionSchema.parse(publishFromForm(form(base)).version).stepShares).toBeNull();
    const shares = {
      "version.stepShares.RECEPTION": "10",
      "version.stepShares.HANDLING": "60%",
      "version.stepShares.REVIEW": "15",
      "version.stepShares.SIGNING": "10",
      "version.stepShares.RETURN": "5",
    };
    expect(publishableVersionSchema.parse(publishFromForm(form({ ...base, ...shares })).version).stepShares).toEqual({
      RECEPTION: 10,
      HANDLING: 60,
      REVIEW: 15,
      SIGNING: 10,
      RETURN: 5,
    });
    const wrong = publishableVersionSchema.safeParse(
      publishFromForm(form({ ...base, ...shares, "version.stepShares.RETURN": "" })).version,
    );
    expect(wrong.error?.issues.map((issue) => issue.path.join("."))).toEqual(["stepShares.RETURN"]);
    const sum = publishableVersionSchema.safeParse(
      publishFromForm(form({ ...base, ...shares, "version.stepShares.RETURN": "4" })).version,
    );
    expect(sum.error?.issues.map((issue) => issue.message)).toEqual([
      "Tỷ lệ thời gian các bước phải cộng lại đúng 100% (hiện là 99%).",
    ]);
  });
});
