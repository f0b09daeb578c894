// Trả kết quả: what the desk records when a result leaves it, and which ways of returning a dossier allows.
// - At the desk (DESK): who collected it (the applicant, or a person they authorised, with the relation and the
//   authorisation paper), the identity document checked (kind and number), the result's number, a note.
// - By public post (POST): only when the applicant asked for it at intake (desk or online); the waybill comes from the
//   unit's pool when the order is placed (src/server/postal), never typed.
// - Electronically (ONLINE): only when an electronic result has been issued (Dossier.electronicResult, set by the
//   service that stores the signed file; src/domain/digitisation).
// Every field is checked at once (superRefine with `when`, as the intake form does), so the desk sees all its
// mistakes in one answer. Pure: the state machine and the form both use it.
import { z } from "zod";
import { optionalText, requiredText } from "@/lib/text-input";
import { isValidCccd, PERSON_NAME_MESSAGE, PERSON_NAME_RE } from "./intake-schema";
import { fieldFailed } from "./schema-helpers";
import {
  COLLECTOR_KINDS,
  ID_DOCUMENT_KINDS,
  RETURN_METHODS,
  type CollectorKind,
  type DossierCommand,
  type IdDocumentKind,
  type ReturnMethod,
} from "./types";

export const RESULT_RETURN_MESSAGES = {
  method: "Xin vui lòng chọn hình thức trả kết quả.",
  resultNumberRequired: "Xin vui lòng nhập số/ký hiệu của kết quả (ví dụ: số giấy chứng nhận).",
  resultNumberMax: "Số/ký hiệu kết quả không được dài quá 100 ký tự.",
  noteMax: "Ghi chú không được dài quá 1000 ký tự.",
  collectorKind: "Xin vui lòng chọn người nhận kết quả: người nộp hồ sơ hoặc người được ủy quyền.",
  collectorName: "Xin vui lòng nhập họ và tên người nhận kết quả.",
  collectorNameShape: PERSON_NAME_MESSAGE,
  collectorNameLength: "Họ và tên người nhận cần từ 2 đến 200 ký tự.",
  relation: "Xin vui lòng ghi quan hệ của người được ủy quyền với người nộp hồ sơ.",
  relationMax: "Quan hệ với người nộp không được dài quá 100 ký tự.",
  authorisation: "Xin vui lòng ghi giấy ủy quyền (số, ngày, nơi chứng thực) của người được ủy quyền.",
  authorisationMax: "Thông tin giấy ủy quyền không được dài quá 300 ký tự.",
  idKind: "Xin vui lòng chọn loại giấy tờ tùy thân đã kiểm tra.",
  idNumber: "Xin vui lòng nhập số giấy tờ tùy thân đã kiểm tra.",
  cccd: "Số CCCD/căn cước phải gồm đúng 12 chữ số, 3 chữ số đầu là mã tỉnh, thành phố hợp lệ (001–096).",
  passport: "Số hộ chiếu gồm 6 đến 9 chữ cái in hoa hoặc chữ số, không có khoảng trắng (ví dụ: C1234567).",
  otherId: "Số giấy tờ cần từ 3 đến 30 ký tự.",
  postNotRequested:
    "Người nộp không đăng ký nhận kết quả qua bưu chính công ích khi nộp hồ sơ, nên không thể trả qua bưu điện. Xin vui lòng trả tại Bộ phận Một cửa hoặc trả kết quả điện tử.",
  noElectronicResult:
    "Hồ sơ chưa có kết quả điện tử đã ký. Xin vui lòng đính kèm hoặc tạo kết quả điện tử (mục «Kết quả điện tử») trước khi trả kết quả điện tử.",
} as const;

/** What decides the ways a dossier's result may be returned (read from the dossier by the caller). */
export interface ReturnFacts {
  /** The applicant asked for the result by post: at the desk's intake or in the online submission. */
  postalReturnRequested: boolean;
  /** An electronic result (a current signed RESULT file) has been issued. */
  electronicResultIssued: boolean;
}

/** Why this way of returning is refused for this dossier, or null when it is allowed. */
export function returnMethodRefusal(method: ReturnMethod, facts: ReturnFacts): string | null {
  if (method === "POST" && !facts.postalReturnRequested) return RESULT_RETURN_MESSAGES.postNotRequested;
  if (method === "ONLINE" && !facts.electronicResultIssued) return RESULT_RETURN_MESSAGES.noElectronicResult;
  return null;
}

/** The ways the form offers, in order: post only when requested, electronic only when issued; the desk always. */
export function allowedReturnMethods(facts: ReturnFacts): ReturnMethod[] {
  return RETURN_METHODS.filter((method) => returnMethodRefusal(method, facts) === null);
}

const PASSPORT_RE = /^[A-Z0-9]{6,9}$/;

/** The ID number as stored: spaces removed, letters upper case (a passport's "c1234567" is "C1234567"). */
export function normaliseIdNumber(value: string): string {
  return value.replace(/\s+/g, "").toUpperCase();
}

/** The rule of the number for each kind of document, or null when it holds. */
export function idNumberProblem(kind: IdDocumentKind, number: string): string | null {
  if (kind === "CCCD") return isValidCccd(number) ? null : RESULT_RETURN_MESSAGES.cccd;
  if (kind === "PASSPORT") return PASSPORT_RE.test(number) ? null : RESULT_RETURN_MESSAGES.passport;
  return number.length >= 3 && number.length <= 30 ? null : RESULT_RETURN_MESSAGES.otherId;
}

// A choice that arrives as "" from an empty select or no radio ticked: undefined, then checked by the object's rule.
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    z.enum(values, { error: message }).optional(),
  );

export const returnResultCommandSchema = z
  .object({
    type: z.literal("return_result"),
    method: z.enum(RETURN_METHODS, { error: RESULT_RETURN_MESSAGES.method }),
    resultNumber: requiredText(1, 100, {
      required: RESULT_RETURN_MESSAGES.resultNumberRequired,
      min: RESULT_RETURN_MESSAGES.resultNumberRequired,
      max: RESULT_RETURN_MESSAGES.resultNumberMax,
    }),
    note: optionalText(1000, RESULT_RETURN_MESSAGES.noteMax, { multiline: true }),
    collectorKind: optionalChoice(COLLECTOR_KINDS, RESULT_RETURN_MESSAGES.collectorKind),
    collectorName: optionalText(200, RESULT_RETURN_MESSAGES.collectorNameLength),
    collectorRelation: optionalText(100, RESULT_RETURN_MESSAGES.relationMax),
    authorisationPaper: optionalText(300, RESULT_RETURN_MESSAGES.authorisationMax),
    idDocumentKind: optionalChoice(ID_DOCUMENT_KINDS, RESULT_RETURN_MESSAGES.idKind),
    idDocumentNumber: z.preprocess(
      (value) => (typeof value === "string" ? normaliseIdNumber(value) : value),
      optionalText(30, RESULT_RETURN_MESSAGES.otherId),
    ),
  })
  .superRefine(
    (value, ctx) => {
      // The desk hands the result to a person: who, and which document was checked. Post and electronic returns
      // have no collector at the desk (their fields are ignored).
      if (value.method !== "DESK") return;
      const issue = (key: string, message: string) => ctx.addIssue({ code: "custom", path: [key], message });
      if (!fieldFailed(ctx, "collectorKind") && value.collectorKind === undefined)
        issue("collectorKind", RESULT_RETURN_MESSAGES.collectorKind);
      if (!fieldFailed(ctx, "collectorName")) {
        const name = value.collectorName;
        if (name === undefined) issue("collectorName", RESULT_RETURN_MESSAGES.collectorName);
        else if (name.length < 2) issue("collectorName", RESULT_RETURN_MESSAGES.collectorNameLength);
        else if (!PERSON_NAME_RE.test(name)) issue("collectorName", RESULT_RETURN_MESSAGES.collectorNameShape);
      }
      if (value.collectorKind === "AUTHORISED") {
        if (!fieldFailed(ctx, "collectorRelation") && value.collectorRelation === undefined)
          issue("collectorRelation", RESULT_RETURN_MESSAGES.relation);
        if (!fieldFailed(ctx, "authorisationPaper") && value.authorisationPaper === undefined)
          issue("authorisationPaper", RESULT_RETURN_MESSAGES.authorisation);
      }
      if (!fieldFailed(ctx, "idDocumentKind") && value.idDocumentKind === undefined)
        issue("idDocumentKind", RESULT_RETURN_MESSAGES.idKind);
      if (!fieldFailed(ctx, "idDocumentNumber")) {
        const number = value.idDocumentNumber;
        if (number === undefined) issue("idDocumentNumber", RESULT_RETURN_MESSAGES.idNumber);
        else if (value.idDocumentKind !== undefined) {
          const problem = idNumberProblem(value.idDocumentKind, number);
          if (problem) issue("idDocumentNumber", problem);
        }
      }
    },
    {
      // Run even when another field failed (an empty result number must not hide a wrong CCCD), unless the method
      // itself is missing: then nothing says which fields are needed.
      when: (payload) =>
        typeof payload.value === "object" &&
        payload.value !== null &&
        !payload.issues.some((issue) => !issue.path?.length || issue.path[0] === "method" || issue.path[0] === "type"),
    },
  );

export type ReturnResultCommand = Extract<DossierCommand, { type: "return_result" }>;

/** The return as it is stored (DossierResultReturn): the collector only for a return at the desk. */
export interface ResultReturnRecord {
  method: ReturnMethod;
  resultNumber: string;
  note: string | null;
  collector: {
    kind: CollectorKind;
    name: string;
    relation: string | null;
    authorisationPaper: string | null;
    idDocumentKind: IdDocumentKind;
    idDocumentNumber: string;
  } | null;
}

/** A validated command → the record to store. The collector's fields of a post or electronic return are dropped. */
export function resultReturnRecord(command: ReturnResultCommand): ResultReturnRecord {
  const atDesk = command.method === "DESK";
  const authorised = command.collectorKind === "AUTHORISED";
  return {
    method: command.method,
    resultNumber: command.resultNumber,
    note: command.note ?? null,
    collector:
      atDesk && command.collectorKind && command.collectorName && command.idDocumentKind && command.idDocumentNumber
        ? {
            kind: command.collectorKind,
            name: command.collectorName,
            relation: authorised ? (command.collectorRelation ?? null) : null,
            authorisationPaper: authorised ? (command.authorisationPaper ?? null) : null,
            idDocumentKind: command.idDocumentKind,
            idDocumentNumber: command.idDocumentNumber,
          }
        : null,
  };
}

/**
 * What the history (DossierEvent.payload, append-only) keeps of a return: the method, who collected it as a kind,
 * the result's number. Never the collector's name, document number or the note: those are personal data and stay
 * in DossierResultReturn, where they can be read under audit.
 */
export function resultReturnEventPayload(command: ReturnResultCommand): Record<string, string> {
  const record = resultReturnRecord(command);
  return {
    type: command.type,
    method: record.method,
    resultNumber: record.resultNumber,
    ...(record.collector ? { collectorKind: record.collector.kind } : {}),
  };
}
