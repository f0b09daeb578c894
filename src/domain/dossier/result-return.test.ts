// Trả kết quả (issue 11): the desk records who collected the result and the document checked; post only when asked
// for at intake; an electronic return only once an electronic result is issued.
import { describe, expect, it } from "vitest";
import { fieldErrors } from "./schema-helpers";
import {
  allowedReturnMethods,
  idNumberProblem,
  RESULT_RETURN_MESSAGES,
  resultReturnEventPayload,
  resultReturnRecord,
  returnMethodRefusal,
  returnResultCommandSchema,
} from "./result-return";

const desk = {
  type: "return_result",
  method: "DESK",
  resultNumber: "125/GKS-UBND",
  collectorKind: "APPLICANT",
  collectorName: "Nguyễn Văn An",
  idDocumentKind: "CCCD",
  idDocumentNumber: "001090012345",
  note: "",
};

const errorsOf = (input: unknown) => {
  const parsed = returnResultCommandSchema.safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error);
};

describe("the return form's rules", () => {
  it("accepts a return at the desk to the applicant, normalising the ID number", () => {
    const parsed = returnResultCommandSchema.parse({ ...desk, idDocumentNumber: " 001 090 012 345 " });
    expect(parsed).toMatchObject({ method: "DESK", collectorKind: "APPLICANT", idDocumentNumber: "001090012345" });
    expect(parsed.note).toBeUndefined();
  });

  it("reports every missing field of a desk return at once, not in rounds", () => {
    const errors = errorsOf({ type: "return_result", method: "DESK", resultNumber: "", collectorName: "" });
    expect(Object.keys(errors).sort()).toEqual(
      ["collectorKind", "collectorName", "idDocumentKind", "idDocumentNumber", "resultNumber"].sort(),
    );
    expect(errors.resultNumber).toEqual([RESULT_RETURN_MESSAGES.resultNumberRequired]);
    expect(errors.collectorName).toEqual([RESULT_RETURN_MESSAGES.collectorName]);
  });

  it("a wrong CCCD is reported together with an empty result number", () => {
    const errors = errorsOf({ ...desk, resultNumber: "", idDocumentNumber: "12345" });
    expect(errors.resultNumber).toBeDefined();
    expect(errors.idDocumentNumber).toEqual([RESULT_RETURN_MESSAGES.cccd]);
  });

  it("an authorised person must name the relation and the authorisation paper", () => {
    const errors = errorsOf({ ...desk, collectorKind: "AUTHORISED", collectorName: "Trần Thị Bình" });
    expect(errors).toEqual({
      collectorRelation: [RESULT_RETURN_MESSAGES.relation],
      authorisationPaper: [RESULT_RETURN_MESSAGES.authorisation],
    });
    const ok = returnResultCommandSchema.parse({
      ...desk,
      collectorKind: "AUTHORISED",
      collectorName: "Trần Thị Bình",
      collectorRelation: "Vợ",
      authorisationPaper: "Giấy ủy quyền số 12/2026, chứng thực ngày 01/12/2026 tại UBND phường",
    });
    expect(resultReturnRecord(ok).collector).toMatchObject({ kind: "AUTHORISED", relation: "Vợ" });
  });

  it("the applicant collecting in person keeps no relation or authorisation even if sent", () => {
    const parsed = returnResultCommandSchema.parse({ ...desk, collectorRelation: "Vợ", authorisationPaper: "x" });
    expect(resultReturnRecord(parsed).collector).toMatchObject({ relation: null, authorisationPaper: null });
  });

  it("checks the number against the document's kind (CCCD 12 digits with a province code, passport, other)", () => {
    expect(idNumberProblem("CCCD", "001090012345")).toBeNull();
    expect(idNumberProblem("CCCD", "00109001234")).toBe(RESULT_RETURN_MESSAGES.cccd);
    expect(idNumberProblem("CCCD", "999090012345")).toBe(RESULT_RETURN_MESSAGES.cccd); // 999 is no province
    expect(idNumberProblem("PASSPORT", "C1234567")).toBeNull();
    expect(idNumberProblem("PASSPORT", "C12")).toBe(RESULT_RETURN_MESSAGES.passport);
    expect(idNumberProblem("OTHER", "AB")).toBe(RESULT_RETURN_MESSAGES.otherId);
    expect(errorsOf({ ...desk, idDocumentKind: "PASSPORT", idDocumentNumber: "c1234567" })).toEqual({});
  });

  it("refuses a name with digits, and an unknown document kind", () => {
    expect(errorsOf({ ...desk, collectorName: "Nguyen 123" }).collectorName).toEqual([
      RESULT_RETURN_MESSAGES.collectorNameShape,
    ]);
    expect(errorsOf({ ...desk, idDocumentKind: "DRIVING" }).idDocumentKind).toEqual([RESULT_RETURN_MESSAGES.idKind]);
  });

  it("post and electronic returns need only the result's number; collector fields are dropped", () => {
    expect(errorsOf({ type: "return_result", method: "POST", resultNumber: "125/GKS-UBND" })).toEqual({});
    expect(errorsOf({ type: "return_result", method: "ONLINE", resultNumber: "" }).resultNumber).toBeDefined();
    const post = returnResultCommandSchema.parse({ ...desk, method: "POST" });
    expect(resultReturnRecord(post).collector).toBeNull();
  });

  it("a missing method is one message, without guessing which fields are needed", () => {
    expect(errorsOf({ type: "return_result", resultNumber: "1" })).toEqual({ method: [RESULT_RETURN_MESSAGES.method] });
  });

  it("keeps the collector's name, ID number and note out of the history's payload", () => {
    const parsed = returnResultCommandSchema.parse({ ...desk, note: "Đã ký sổ" });
    const payload = resultReturnEventPayload(parsed);
    expect(payload).toEqual({
      type: "return_result",
      method: "DESK",
      resultNumber: "125/GKS-UBND",
      collectorKind: "APPLICANT",
    });
    expect(JSON.stringify(payload)).not.toMatch(/Nguyễn|001090012345|Đã ký/);
  });
});

describe("which ways a result may be returned", () => {
  const none = { postalReturnRequested: false, electronicResultIssued: false };
  it("by post only when asked for at intake or online (issue 11: was accepted when not requested)", () => {
    expect(returnMethodRefusal("POST", none)).toBe(RESULT_RETURN_MESSAGES.postNotRequested);
    expect(returnMethodRefusal("POST", { ...none, postalReturnRequested: true })).toBeNull();
  });

  it("electronically only once an electronic result is issued (src/domain/digitisation)", () => {
    expect(returnMethodRefusal("ONLINE", none)).toBe(RESULT_RETURN_MESSAGES.noElectronicResult);
    expect(returnMethodRefusal("ONLINE", { ...none, electronicResultIssued: true })).toBeNull();
  });

  it("at the desk always", () => {
    expect(allowedReturnMethods(none)).toEqual(["DESK"]);
    expect(allowedReturnMethods({ postalReturnRequested: true, electronicResultIssued: true })).toEqual([
      "DESK",
      "POST",
      "ONLINE",
    ]);
  });
});
