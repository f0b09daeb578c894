// The malformed-input corpus of issue 8 (item 7) and the requests that carry it to every server action, route handler
// and page of a running portal. Shared by the security suite (tests/e2e/security-input.spec.ts: every case once) and
// the fuzz command (./cli.ts: random mixes, thousands of requests). The lists come from the sources of truth: action
// ids from the build's server-reference manifest, route handlers from ROUTE_ACCESS, pages from STAFF_PAGES,
// PRINT_PAGES and the public pages; an action this file does not know fails the suite.
import fs from "node:fs";
import path from "node:path";
import { ACTION_ROLES, PRINT_PAGES, ROUTE_ACCESS, STAFF_PAGES, type Role } from "@/domain/access";
import { actionBodyLimit } from "@/server/actions/request-guard";

/** A hostile value: text, or raw bytes (invalid UTF-8) that only a Buffer can carry. */
export interface Hostile {
  name: string;
  value: string | Buffer;
  /** Only numeric fields refuse it (as text it is fine): "0x10", "1e3"… */
  numeric?: boolean;
}

export const HOSTILE_VALUES: readonly Hostile[] = [
  { name: "NUL", value: "\u0000" },
  { name: "NUL inside", value: "Nguyễn\u0000Văn An" },
  { name: "C0 escape", value: "Lê Lợi\u001b[31m" },
  { name: "DEL", value: "Lê\u007fLợi" },
  { name: "C1 control", value: "Lê\u0085Lợi\u009b" },
  { name: "U+FFFD", value: "L\uFFFD L\uFFFDi" },
  { name: "invalid UTF-8 bytes", value: Buffer.from([0x4c, 0xc3, 0x28, 0xff, 0xfe, 0x20, 0x4c, 0xe1, 0xbb]) },
  { name: "overlong UTF-8 NUL", value: Buffer.from([0x61, 0xc0, 0x80, 0x62]) },
  { name: "bidi override", value: "Số 1 \u202Eđường Lê Lợi\u202C" },
  { name: "bidi isolate", value: "\u2067Phường Lê Lợi\u2069" },
  { name: "bidi mark", value: "Lê Lợi\u200F" },
  { name: "arabic letter mark", value: "Lê\u061CLợi" },
  { name: "hex number", value: "0x10", numeric: true },
  { name: "exponent", value: "1e3", numeric: true },
  { name: "padded number", value: " 12 ", numeric: true },
  { name: "signed number", value: "+5", numeric: true },
  { name: "fraction", value: "1.0", numeric: true },
];

/** How a value is written in a URL: raw bytes percent-encoded one by one (so invalid UTF-8 stays invalid). */
export function urlEncode(value: string | Buffer): string {
  if (typeof value === "string") return encodeURIComponent(value);
  return [...value].map((byte) => `%${byte.toString(16).padStart(2, "0").toUpperCase()}`).join("");
}

// ─── Server actions ──────────────────────────────────────────────────────────────────────────────────────────────

export interface ActionInfo {
  id: string;
  name: string;
  /** The page to post to (a worker of the action, dynamic segments filled). */
  page: string;
  /** Who may call it: a role (signed in as a demo account of that role) or anyone. */
  caller: Role | "anonymous";
  /** Arguments as the client sends them: (previous state, FormData), (FormData) or none. */
  args: "state-and-form" | "form" | "none";
  /** Fields its form sends, and which of them are numbers. */
  fields: readonly string[];
  numeric: readonly string[];
}

type ActionKey = keyof typeof ACTION_ROLES;
const firstRole = (key: ActionKey): Role => ACTION_ROLES[key][0] as Role;

/** Every action of the portal, by exported name. A new action must be added here (the suite fails otherwise). */
const ACTIONS: Record<string, Omit<ActionInfo, "id" | "name" | "page">> = {
  registerDossierAction: {
    caller: firstRole("registerDossier"),
    args: "state-and-form",
    fields: [
      "procedureId",
      "channel",
      "applicantKind",
      "applicantName",
      "applicantIdNumber",
      "applicantPhone",
      "applicantEmail",
      "applicantAddress",
      "documents.0.position",
      "documents.0.received",
      "documents.0.count",
      "note",
    ],
    numeric: ["documents.0.position", "documents.0.count"],
  },
  issueIntakeNoticeAction: {
    caller: firstRole("issueIntakeNotice"),
    args: "state-and-form",
    fields: [
      "noticeKind",
      "procedureId",
      "applicantName",
      "applicantPhone",
      "applicantAddress",
      "missingDocuments",
      "reason",
    ],
    numeric: [],
  },
  dossierCommandAction: {
    caller: "OFFICER",
    args: "state-and-form",
    fields: [
      "dossierId",
      "expectedVersion",
      "type",
      "reason",
      "note",
      "amount",
      "toOfficeId",
      "officerId",
      // Trả kết quả (src/domain/dossier/result-return.ts)
      "method",
      "resultNumber",
      "collectorKind",
      "collectorName",
      "collectorRelation",
      "authorisationPaper",
      "idDocumentKind",
      "idDocumentNumber",
    ],
    numeric: ["expectedVersion", "amount"],
  },
  draftApologyAction: {
    caller: "OFFICER",
    args: "state-and-form",
    fields: ["dossierId", "expectedVersion", "kind", "reason", "extraWorkingDays"],
    numeric: ["expectedVersion", "extraWorkingDays"],
  },
  previewApologyAction: {
    caller: "OFFICER",
    args: "state-and-form",
    fields: ["dossierId", "kind", "extraWorkingDays"],
    numeric: ["extraWorkingDays"],
  },
  approveApologyAction: {
    caller: "DEPARTMENT_HEAD",
    args: "state-and-form",
    fields: ["apologyId", "expectedVersion"],
    numeric: ["expectedVersion"],
  },
  rejectApologyAction: {
    caller: "DEPARTMENT_HEAD",
    args: "state-and-form",
    fields: ["apologyId", "expectedVersion", "reason"],
    numeric: ["expectedVersion"],
  },
  recordQualitySelfScoreAction: {
    caller: firstRole("qualitySelfScore"),
    args: "state-and-form",
    fields: [
      "dossierId",
      "p1",
      "p2",
      "p3",
      "p4",
      "p5",
      "p6",
      "p7",
      "p8",
      "p9",
      "e1",
      "e2",
      "e3",
      "e4",
      "e5",
      "e6",
      "e7",
      "e8",
      "e9",
    ],
    numeric: ["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9"],
  },
  recordQualityAppraisalAction: {
    caller: firstRole("qualityAppraise"),
    args: "state-and-form",
    fields: [
      "dossierId",
      "p1",
      "p2",
      "p3",
      "p4",
      "p5",
      "p6",
      "p7",
      "p8",
      "p9",
      "r1",
      "r2",
      "r3",
      "r4",
      "r5",
      "r6",
      "r7",
      "r8",
      "r9",
    ],
    numeric: ["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9"],
  },
  addCalendarDayAction: {
    caller: firstRole("calendarAdmin"),
    args: "state-and-form",
    fields: ["date", "kind", "name", "notice", "confirmWeekend", "note"],
    numeric: [],
  },
  removeCalendarDayAction: {
    caller: firstRole("calendarAdmin"),
    args: "state-and-form",
    fields: ["id", "note"],
    numeric: [],
  },
  importStatutoryDaysAction: {
    caller: firstRole("calendarAdmin"),
    args: "state-and-form",
    fields: ["year", "dates", "note"],
    numeric: ["year"],
  },
  saveOfficeHoursAction: {
    caller: firstRole("calendarAdmin"),
    args: "state-and-form",
    fields: [
      "days.1.morningStart",
      "days.1.morningEnd",
      "days.1.afternoonStart",
      "days.1.afternoonEnd",
      "cutoff",
      "note",
    ],
    numeric: [],
  },
  // The procedure catalogue (src/features/catalogue-admin): inputs named by the schema's path; the import's file
  // field is not sent (every probe is refused on its text first).
  createProcedureAction: {
    caller: firstRole("catalogueAdmin"),
    args: "state-and-form",
    fields: [
      "code",
      "name",
      "fieldCode",
      "level",
      "version.announcementNumber",
      "version.announcementDate",
      "version.announcementIssuer",
      "version.effectiveFrom",
      "version.durationValue",
      "version.durationUnit",
      "version.feeAmount",
      "version.handlingOfficeCode",
      "version.onlineLevel",
      "version.onlineClass",
      "version.documents.0.name",
      "version.documents.0.form",
      "version.documents.0.count",
    ],
    numeric: ["version.durationValue", "version.feeAmount", "version.onlineLevel", "version.documents.0.count"],
  },
  publishVersionAction: {
    caller: firstRole("catalogueAdmin"),
    args: "state-and-form",
    fields: [
      "code",
      "version.announcementNumber",
      "version.announcementDate",
      "version.announcementIssuer",
      "version.effectiveFrom",
      "version.changeNote",
      "version.durationValue",
      "version.durationUnit",
      "version.feeAmount",
      "version.chargeAmount",
      "version.feeTiming",
      "version.handlingOfficeCode",
      "version.onlineLevel",
      "version.onlineClass",
      "version.documents.0.name",
      "version.documents.0.form",
      "version.documents.0.count",
      "version.unitOffices.0.unitCode",
      "version.unitOffices.0.officeCode",
    ],
    numeric: [
      "version.durationValue",
      "version.feeAmount",
      "version.chargeAmount",
      "version.onlineLevel",
      "version.documents.0.count",
    ],
  },
  setProcedureActiveAction: {
    caller: firstRole("catalogueAdmin"),
    args: "state-and-form",
    fields: ["code", "active"],
    numeric: [],
  },
  importCatalogueAction: { caller: firstRole("catalogueAdmin"), args: "state-and-form", fields: [], numeric: [] },
  retryNotificationAction: {
    caller: firstRole("retryNotification"),
    args: "state-and-form",
    fields: ["notificationId"],
    numeric: [],
  },
  // "Đồng bộ lại" (src/features/national-portal/actions.ts): one failed outbox row by id, or all with all=1.
  resyncPortalAction: {
    caller: firstRole("nationalPortalAdmin"),
    args: "state-and-form",
    fields: ["messageId"],
    numeric: ["messageId"],
  },
  endUserSessionsAction: {
    caller: firstRole("endUserSessions"),
    args: "state-and-form",
    fields: ["userId"],
    numeric: [],
  },
  // Staff accounts (src/features/admin/user-actions.ts): an unknown userId or unitId in the baseline, so no probe can
  // create or change an account.
  createUserAction: {
    caller: firstRole("userAdmin"),
    args: "state-and-form",
    fields: ["username", "fullName", "title", "email", "phone", "role", "unitId", "officeId", "initialPassword"],
    numeric: [],
  },
  updateUserAction: {
    caller: firstRole("userAdmin"),
    args: "state-and-form",
    fields: ["userId", "fullName", "title", "email", "phone", "role", "unitId", "officeId"],
    numeric: [],
  },
  deactivateUserAction: { caller: firstRole("userAdmin"), args: "state-and-form", fields: ["userId"], numeric: [] },
  reactivateUserAction: { caller: firstRole("userAdmin"), args: "state-and-form", fields: ["userId"], numeric: [] },
  resetUserPasswordAction: { caller: firstRole("userAdmin"), args: "state-and-form", fields: ["userId"], numeric: [] },
  // A staff member's own password: the current one in the baseline is wrong, so no probe can change anything.
  changePasswordAction: {
    caller: "INSPECTOR",
    args: "state-and-form",
    fields: ["currentPassword", "newPassword", "confirmPassword"],
    numeric: [],
  },
  // Citizens online (src/features/online-submission): no staff account; the verified contact's cookie instead.
  sendCodeAction: { caller: "anonymous", args: "state-and-form", fields: ["contact", "purpose"], numeric: [] },
  verifyCodeAction: { caller: "anonymous", args: "state-and-form", fields: ["contact", "code", "next"], numeric: [] },
  saveApplicantAction: {
    caller: "anonymous",
    args: "state-and-form",
    fields: [
      "procedureCode",
      "applicantKind",
      "applicantName",
      "applicantIdNumber",
      "applicantPhone",
      "applicantEmail",
      "applicantAddress",
    ],
    numeric: [],
  },
  saveDeliveryAction: {
    caller: "anonymous",
    args: "state-and-form",
    fields: [
      "procedureCode",
      "unitId",
      "resultDelivery",
      "receiverName",
      "receiverPhone",
      "receiverAddress",
      "receiverProvince",
      "receiverCommune",
    ],
    numeric: [],
  },
  submitOnlineAction: {
    caller: "anonymous",
    args: "state-and-form",
    fields: ["procedureCode", "confirm", "dung-lai-1"],
    numeric: [],
  },
  endCitizenSessionAction: { caller: "anonymous", args: "state-and-form", fields: ["next"], numeric: [] },
  // Phản ánh, kiến nghị (src/features/feedback): the citizen's form, information and verdict (the verified contact's
  // cookie), and the staff's actions on an item (the button names the action; its office and scope are checked).
  submitFeedbackAction: {
    caller: "anonymous",
    args: "state-and-form",
    fields: ["unitId", "citizenName", "subject", "content", "dossierCode"],
    numeric: [],
  },
  supplyFeedbackInfoAction: { caller: "anonymous", args: "state-and-form", fields: ["code", "info"], numeric: [] },
  feedbackVerdictAction: { caller: "anonymous", args: "state-and-form", fields: ["code", "verdict"], numeric: [] },
  feedbackCommandAction: {
    caller: "DEPARTMENT_HEAD",
    args: "state-and-form",
    fields: ["action", "feedbackId", "version", "category", "officeId", "note"],
    numeric: ["version"],
  },
  // The counter tablet (src/features/counter-tablet): pairing codes and revocation (admin), the receptionist's counter,
  // the tablet's pairing and the citizen's rating (no account; the tablet's cookie).
  createPairingAction: {
    caller: firstRole("counterTabletAdmin"),
    args: "state-and-form",
    fields: ["counterId", "label"],
    numeric: [],
  },
  revokeTabletAction: {
    caller: firstRole("counterTabletAdmin"),
    args: "state-and-form",
    fields: ["tabletId"],
    numeric: [],
  },
  takeSeatAction: { caller: firstRole("counterSeat"), args: "state-and-form", fields: ["counterId"], numeric: [] },
  pairTabletAction: { caller: "anonymous", args: "state-and-form", fields: ["code"], numeric: [] },
  kioskRateAction: {
    caller: "anonymous",
    args: "state-and-form",
    fields: ["stars", "reasons[]", "comment"],
    numeric: ["stars"],
  },
  // The public rating page (src/features/satisfaction): the signed link is the proof, no account.
  rateDossierAction: {
    caller: "anonymous",
    args: "state-and-form",
    fields: ["token", "overall", "reasons[]", "c_x", "comment"],
    numeric: ["overall", "c_x"],
  },
  // Satisfaction questionnaires (src/features/satisfaction/admin-actions.ts): a new version's texts, a draft in force.
  createQuestionnaireVersionAction: {
    caller: firstRole("questionnaireAdmin"),
    args: "state-and-form",
    fields: ["versionId", "note", "text_x"],
    numeric: [],
  },
  activateQuestionnaireVersionAction: {
    caller: firstRole("questionnaireAdmin"),
    args: "state-and-form",
    fields: ["versionId"],
    numeric: [],
  },
  // Yearly targets of the headline indicators (src/features/dashboard/target-actions.ts): the year and a percentage each.
  saveIndicatorTargetsAction: {
    caller: firstRole("indicatorTargetAdmin"),
    args: "state-and-form",
    fields: ["year", "onTimeReport", "onTimeBacklog", "onTime766", "onlineShare", "digitisation"],
    numeric: ["year"],
  },
  // A version of the Decision 766 table (src/features/decision-766/version-actions.ts): its name, basis, first day and
  // points (every number a field; a few are enough to reach the checks).
  addScorecardVersionAction: {
    caller: firstRole("scorecardVersionAdmin"),
    args: "state-and-form",
    fields: ["label", "source", "effectiveFrom", "group-CKMB", "ind-2-1-max", "ind-5-4-t", "band-good"],
    numeric: ["group-CKMB", "ind-2-1-max", "ind-5-4-t", "band-good"],
  },
  // The PAR Index's criteria sets (src/features/par-criteria/actions.ts): home affairs of the owner unit.
  createSetAction: {
    caller: firstRole("parCriteriaAdmin"),
    args: "state-and-form",
    fields: ["year", "level", "name", "basis", "start"],
    numeric: ["year"],
  },
  copySetAction: {
    caller: firstRole("parCriteriaAdmin"),
    args: "state-and-form",
    fields: ["sourceId", "year", "name"],
    numeric: ["year"],
  },
  updateSetInfoAction: {
    caller: firstRole("parCriteriaAdmin"),
    args: "state-and-form",
    fields: ["setId", "name", "basis", "bandLabel[]", "bandMin[]"],
    numeric: [],
  },
  addCriterionAction: {
    caller: firstRole("parCriteriaAdmin"),
    args: "state-and-form",
    fields: ["setId", "parentId", "code", "title", "maxPoints", "kind", "section", "valueKind", "ladder", "guidance"],
    numeric: [],
  },
  updateCriterionAction: {
    caller: firstRole("parCriteriaAdmin"),
    args: "state-and-form",
    fields: ["setId", "criterionId", "code", "title", "maxPoints", "kind", "ladder", "scoringNote"],
    numeric: [],
  },
  moveCriterionAction: {
    caller: firstRole("parCriteriaAdmin"),
    args: "state-and-form",
    fields: ["setId", "criterionId", "to", "parentId"],
    numeric: [],
  },
  deleteCriterionAction: {
    caller: firstRole("parCriteriaAdmin"),
    args: "state-and-form",
    fields: ["setId", "criterionId"],
    numeric: [],
  },
  importCriteriaAction: {
    caller: firstRole("parCriteriaAdmin"),
    args: "state-and-form",
    fields: ["setId"],
    numeric: [],
  },
  // The PAR Index evaluation (src/features/par-evaluation/actions.ts): home affairs, the unit's leader or delegate.
  openParEvaluationAction: {
    caller: firstRole("parEvaluationHomeAffairs"),
    args: "state-and-form",
    fields: ["setId", "targetIds[]", "periodFrom", "periodTo", "submitDeadline"],
    numeric: [],
  },
  nameParDelegateAction: {
    caller: firstRole("parEvaluationUnit"),
    args: "state-and-form",
    fields: ["unitEvaluationId", "expectedVersion", "delegateId"],
    numeric: ["expectedVersion"],
  },
  declareParAnswerAction: {
    caller: firstRole("parEvaluationUnit"),
    args: "state-and-form",
    fields: [
      "unitEvaluationId",
      "expectedVersion",
      "criterionId",
      "declared",
      "numberValue",
      "evidenceText",
      "selfScore",
    ],
    numeric: ["expectedVersion", "numberValue", "selfScore"],
  },
  attachParEvidenceAction: {
    caller: firstRole("parEvaluationUnit"),
    args: "state-and-form",
    fields: ["unitEvaluationId", "expectedVersion", "criterionId"],
    numeric: ["expectedVersion"],
  },
  removeParEvidenceAction: {
    caller: firstRole("parEvaluationUnit"),
    args: "state-and-form",
    fields: ["unitEvaluationId", "expectedVersion", "fileId"],
    numeric: ["expectedVersion"],
  },
  submitParUnitAction: {
    caller: firstRole("parEvaluationUnit"),
    args: "state-and-form",
    fields: ["unitEvaluationId", "expectedVersion", "confirm"],
    numeric: ["expectedVersion"],
  },
  refreshParMetricsAction: {
    caller: firstRole("parEvaluationFigures"),
    args: "state-and-form",
    fields: ["unitEvaluationId", "expectedVersion"],
    numeric: ["expectedVersion"],
  },
  allowLateParSubmissionAction: {
    caller: firstRole("parEvaluationHomeAffairs"),
    args: "state-and-form",
    fields: ["unitEvaluationId", "expectedVersion", "until"],
    numeric: ["expectedVersion"],
  },
  appraiseParAnswerAction: {
    caller: firstRole("parEvaluationHomeAffairs"),
    args: "state-and-form",
    fields: ["unitEvaluationId", "expectedVersion", "criterionId", "appraisedScore", "note"],
    numeric: ["expectedVersion", "appraisedScore"],
  },
  returnParAnswerAction: {
    caller: firstRole("parEvaluationHomeAffairs"),
    args: "state-and-form",
    fields: ["unitEvaluationId", "expectedVersion", "criterionId", "note"],
    numeric: ["expectedVersion"],
  },
  finaliseParUnitAction: {
    caller: firstRole("parEvaluationHomeAffairs"),
    args: "state-and-form",
    fields: ["unitEvaluationId", "expectedVersion", "acceptRest"],
    numeric: ["expectedVersion"],
  },
  reopenParUnitAction: {
    caller: firstRole("parEvaluationHomeAffairs"),
    args: "state-and-form",
    fields: ["unitEvaluationId", "expectedVersion", "reason"],
    numeric: ["expectedVersion"],
  },
  publishParEvaluationAction: {
    caller: firstRole("parEvaluationHomeAffairs"),
    args: "state-and-form",
    fields: ["evaluationId"],
    numeric: [],
  },
  // Payment (src/features/payment): the citizen's pay button (code + second factor), the desk's payments and refunds.
  startOnlinePaymentAction: { caller: "anonymous", args: "state-and-form", fields: ["code", "factor"], numeric: [] },
  recordDeskPaymentAction: {
    caller: firstRole("recordDeskPayment"),
    args: "state-and-form",
    fields: ["dossierId", "method", "reference"],
    numeric: [],
  },
  refundPaymentAction: {
    caller: firstRole("refundPayment"),
    args: "state-and-form",
    fields: ["dossierId", "amount", "reason"],
    numeric: ["amount"],
  },
  // The desk's online intake queue (src/features/online-queue) and the citizen's supplement upload on the tracking page.
  checkComponentAction: {
    caller: firstRole("onlineIntake"),
    args: "state-and-form",
    fields: ["dossierId", "position", "check", "note"],
    numeric: ["position"],
  },
  receiveOnlineAction: {
    caller: firstRole("onlineIntake"),
    args: "state-and-form",
    fields: ["dossierId", "expectedVersion"],
    numeric: ["expectedVersion"],
  },
  requestOnlineSupplementAction: {
    caller: firstRole("onlineIntake"),
    args: "state-and-form",
    fields: ["dossierId", "expectedVersion", "guidance"],
    numeric: ["expectedVersion"],
  },
  refuseOnlineAction: {
    caller: firstRole("onlineIntake"),
    args: "state-and-form",
    fields: ["dossierId", "expectedVersion", "reason"],
    numeric: ["expectedVersion"],
  },
  answerIntakeSupplementAction: {
    caller: "anonymous",
    args: "state-and-form",
    fields: ["code", "factor"],
    numeric: [],
  },
  // Electronic results and digitisation on the staff dossier page (src/features/e-result, src/features/digitisation);
  // the file fields are not sent: every probe is refused on its text fields first.
  attachResultAction: {
    caller: firstRole("issueElectronicResult"),
    args: "state-and-form",
    fields: ["dossierId", "number", "kind", "signerName", "signerTitle", "signedOn", "issuingAgency"],
    numeric: [],
  },
  generateResultAction: {
    caller: firstRole("issueElectronicResult"),
    args: "state-and-form",
    fields: ["dossierId", "number", "kind", "signerName", "signerTitle", "signedOn", "issuingAgency", "content"],
    numeric: [],
  },
  scanComponentAction: {
    caller: firstRole("digitiseComponent"),
    args: "state-and-form",
    fields: ["dossierId", "position"],
    numeric: ["position"],
  },
  reuseComponentAction: {
    caller: firstRole("digitiseComponent"),
    args: "state-and-form",
    fields: ["dossierId", "position", "sourceFileId"],
    numeric: ["position"],
  },
  // The public postal service (src/features/postal): the desk's steps on a parcel, the administrator's waybill pool.
  handOverShipmentAction: {
    caller: firstRole("postalDesk"),
    args: "state-and-form",
    fields: ["shipmentId"],
    numeric: [],
  },
  requestShipmentAgainAction: {
    caller: firstRole("postalDesk"),
    args: "state-and-form",
    fields: ["shipmentId"],
    numeric: [],
  },
  setPostalCustomerCodeAction: {
    caller: firstRole("postalAdmin"),
    args: "state-and-form",
    fields: ["unitId", "customerCode"],
    numeric: [],
  },
  addWaybillRangeAction: {
    caller: firstRole("postalAdmin"),
    args: "state-and-form",
    fields: ["unitId", "first", "count"],
    numeric: ["count"],
  },
  revokeWaybillAction: { caller: firstRole("postalAdmin"), args: "state-and-form", fields: ["waybillId"], numeric: [] },
  // API clients (src/features/api-clients): the administrator creates a key for another system, or revokes one.
  createApiClientAction: {
    caller: firstRole("apiClientAdmin"),
    args: "state-and-form",
    fields: ["name", "unitId", "permissions[]", "expiresOn"],
    numeric: [],
  },
  revokeApiClientAction: {
    caller: firstRole("apiClientAdmin"),
    args: "state-and-form",
    fields: ["clientId"],
    numeric: [],
  },
  // The organisation (src/features/organisation-admin): units, mergers and splits, offices, desk counters.
  createUnitAction: {
    caller: firstRole("organisationAdmin"),
    args: "state-and-form",
    fields: [
      "code",
      "name",
      "kindLabel",
      "level",
      "parentId",
      "address",
      "phone",
      "openingHours",
      "effectiveFrom",
      "changeBasis",
    ],
    numeric: [],
  },
  editUnitAction: {
    caller: firstRole("organisationAdmin"),
    args: "state-and-form",
    fields: [
      "unitId",
      "name",
      "kindLabel",
      "level",
      "parentId",
      "address",
      "phone",
      "openingHours",
      "effectiveFrom",
      "changeBasis",
    ],
    numeric: [],
  },
  setUnitDatesAction: {
    caller: firstRole("organisationAdmin"),
    args: "state-and-form",
    fields: ["unitId", "effectiveFrom", "effectiveTo", "changeBasis"],
    numeric: [],
  },
  mergeUnitsAction: {
    caller: firstRole("organisationAdmin"),
    args: "state-and-form",
    fields: ["sourceIds[]", "successorId", "lastDay", "changeBasis"],
    numeric: [],
  },
  createOfficeAction: {
    caller: firstRole("organisationAdmin"),
    args: "state-and-form",
    fields: ["unitId", "code", "name", "kind"],
    numeric: [],
  },
  editOfficeAction: {
    caller: firstRole("organisationAdmin"),
    args: "state-and-form",
    fields: ["officeId", "name", "kind"],
    numeric: [],
  },
  setOfficeActiveAction: {
    caller: firstRole("organisationAdmin"),
    args: "state-and-form",
    fields: ["officeId", "active"],
    numeric: [],
  },
  createCounterAction: {
    caller: firstRole("organisationAdmin"),
    args: "state-and-form",
    fields: ["officeId", "number", "name", "fieldCodes"],
    numeric: ["number"],
  },
  editCounterAction: {
    caller: firstRole("organisationAdmin"),
    args: "state-and-form",
    fields: ["counterId", "number", "name", "fieldCodes"],
    numeric: ["number"],
  },
  setCounterActiveAction: {
    caller: firstRole("organisationAdmin"),
    args: "state-and-form",
    fields: ["counterId", "active"],
    numeric: [],
  },
  login: { caller: "anonymous", args: "state-and-form", fields: ["username", "password", "callbackUrl"], numeric: [] },
  logout: { caller: "anonymous", args: "none", fields: [], numeric: [] },
  setLocale: { caller: "anonymous", args: "form", fields: ["locale"], numeric: [] },
};

/**
 * Valid-looking values, so one hostile field is what the action has to refuse. Ids are filled from the database. A
 * probe never sends the baseline alone (it would be a real command): each carries at least one refused value.
 */
export const BASELINE: Readonly<Record<string, string>> = {
  channel: "DIRECT",
  applicantKind: "CITIZEN",
  applicantName: "Nguyễn Văn An",
  applicantIdNumber: "001090000001",
  applicantPhone: "0912345678",
  applicantEmail: "an@example.com",
  applicantAddress: "Số 1 phố Lê Lợi, phường Lê Lợi",
  "documents.0.position": "1",
  "documents.0.received": "on",
  "documents.0.count": "1",
  note: "Ghi chú kiểm thử",
  noticeKind: "SUPPLEMENT_REQUEST",
  missingDocuments: "Giấy xác nhận tình trạng hôn nhân",
  reason: "Thiếu giấy xác nhận tình trạng hôn nhân",
  // A command that reads both a text and a number field (reason, amount), so a lenient number is read, and refused.
  type: "request_financial",
  amount: "30000",
  kind: "LATE",
  extraWorkingDays: "3",
  date: "02/09/2031",
  name: "Ngày kiểm thử",
  notice: "Thông báo kiểm thử",
  year: "2031",
  dates: "2031-09-02",
  cutoff: "15:00",
  "days.1.morningStart": "07:30",
  "days.1.morningEnd": "11:30",
  "days.1.afternoonStart": "13:30",
  "days.1.afternoonEnd": "17:00",
  // Blank: a valid-looking login would be a real failed attempt (audited, counted). Refused as "required" instead.
  username: "",
  password: "x",
  currentPassword: "x",
  newPassword: "Mat-khau-moi-2026!",
  confirmPassword: "Mat-khau-moi-2026!",
  callbackUrl: "/",
  // Postal: ids of no row (nothing to act on even if a probe got through), a valid-looking range.
  shipmentId: "cm0000000000000000postal1",
  waybillId: "cm0000000000000000postal2",
  unitId: "cm0000000000000000postal3",
  customerCode: "KH-KIEMTHU",
  first: "EB100000003VN",
  count: "10",
  locale: "vi",
  position: "1",
  check: "INVALID",
  guidance: "Xin tải lại bản chụp rõ nét",
  factor: "K7Q2-M9XD",
  method: "CASH",
  reference: "BL-0001",
  contact: "0912345678",
  purpose: "submit",
  code: "123456",
  next: "/ho-so-cua-toi",
  resultDelivery: "AT_DESK",
  receiverName: "Nguyễn Văn An",
  receiverPhone: "0912345678",
  receiverAddress: "Số 1 phố Lê Lợi",
  receiverProvince: "01",
  receiverCommune: "phuong-son-tay",
  confirm: "on",
  number: "125/GKS-UBND",
  signerName: "Nguyễn Văn Hùng",
  signerTitle: "Phó Chủ tịch",
  signedOn: "23/04/2026",
  issuingAgency: "UBND phường Sơn Tây",
  content: "Nội dung kiểm thử",
  sourceFileId: "tep-kiem-thu",
  // API clients: a known permission, a date far ahead, an id of no client.
  "permissions[]": "dossiers:read",
  expiresOn: "31/12/2031",
  clientId: "cm0000000000000000apicli1",
  // The organisation: ids of no row, valid-looking values otherwise.
  kindLabel: "Phường",
  level: "COMMUNE",
  parentId: "cm00000000000000000org01",
  successorId: "cm00000000000000000org02",
  "sourceIds[]": "cm00000000000000000org03",
  officeId: "cm00000000000000000org04",
  counterId: "cm00000000000000000org05",
  address: "Số 1 phố Lê Lợi",
  phone: "024 3383 2216",
  openingHours: "Thứ Hai – Thứ Sáu, 7:30–17:00",
  effectiveFrom: "01/07/2031",
  effectiveTo: "30/06/2032",
  lastDay: "30/06/2032",
  changeBasis: "Nghị quyết kiểm thử",
  active: "false",
  fieldCodes: "HT, CT",
  // Feedback: an item of no row, valid-looking values otherwise.
  citizenName: "Nguyễn Văn An",
  subject: "Phản ánh kiểm thử",
  dossierCode: "",
  info: "Thông tin bổ sung kiểm thử",
  verdict: "SATISFIED",
  feedbackId: "cm0000000000000feedback1",
  version: "1",
  action: "classify",
  category: "PROCEDURE",
};

const SEGMENT = /\[(\w+)\]/g;

/** "app/(staff)/ho-so/[code]/page" → "/ho-so/<code>". */
function pagePathOf(worker: string, ids: Record<string, string>): string {
  const route = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((part) => !/^\(.*\)$/.test(part))
    .join("/");
  return (route || "/").replace(SEGMENT, (_match, name: string) => encodeURIComponent(ids[name] ?? "x"));
}

/** The build's actions (id, name, page), from .next/server/server-reference-manifest.json. */
export function loadActions(root: string, ids: Record<string, string>): ActionInfo[] {
  const file = path.join(root, ".next/server/server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const name = entry.exportedName ?? "";
    const known = ACTIONS[name];
    if (!known) throw new Error(`Server action ${name || id} is not in src/tooling/fuzz/corpus.ts: add it there.`);
    // A public page when there is one (an anonymous post to a staff page is redirected before the action runs).
    const workers = Object.keys(entry.workers).sort((a, b) => a.length - b.length);
    const worker = workers.find((name) => !/\((staff|print)\)/.test(name)) ?? workers[0] ?? "app/page";
    return { id, name, page: pagePathOf(worker, ids), ...known };
  });
}

/** A multipart body written by hand, so values can be raw (invalid) bytes. */
export function multipart(fields: readonly (readonly [string, string | Buffer])[]): {
  body: Buffer;
  contentType: string;
} {
  const boundary = `----motcuafuzz${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of fields) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`, "utf8"));
    parts.push(typeof value === "string" ? Buffer.from(value, "utf8") : value);
    parts.push(Buffer.from("\r\n"));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The fields of an action call as React's client encodes them: "0" holds the arguments, "_1_<name>" the form. */
export function actionFields(
  action: ActionInfo,
  fields: readonly (readonly [string, string | Buffer])[],
): [string, string | Buffer][] {
  if (action.args === "none")
    return [...fields.map(([name, value]): [string, string | Buffer] => [`_1_${name}`, value]), ["0", "[]"]];
  const root = action.args === "form" ? '["$K1"]' : '["$undefined","$K1"]';
  // The root goes last, as the browser sends it: the server decodes as parts stream in, and resolves "$K1" from the
  // form parts received before the root.
  return [...fields.map(([name, value]): [string, string | Buffer] => [`_1_${name}`, value]), ["0", root]];
}

export interface Probe {
  label: string;
  caller: Role | "anonymous";
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** Send the body as a stream of unknown length (chunked). */
  chunked?: boolean;
}

function actionProbe(
  action: ActionInfo,
  label: string,
  fields: readonly (readonly [string, string | Buffer])[],
  extra: Partial<Probe> = {},
): Probe {
  const { body, contentType } = multipart(actionFields(action, fields));
  return {
    label: `${action.name}: ${label}`,
    caller: action.caller,
    method: "POST",
    path: action.page,
    headers: { "Next-Action": action.id, "Content-Type": contentType, Accept: "text/x-component" },
    body,
    ...extra,
  };
}

/** Every case of the corpus against one action (the suite sends each once). */
export function actionProbes(action: ActionInfo, baseline: Record<string, string>): Probe[] {
  const base = (name: string) => baseline[name] ?? BASELINE[name] ?? "x";
  const valid = action.fields.map((name) => [name, base(name)] as const);
  const probes: Probe[] = [];
  for (const hostile of HOSTILE_VALUES) {
    // The value in every field at once (numbers only where they are refused).
    if (!hostile.numeric || action.numeric.length > 0)
      probes.push(
        actionProbe(
          action,
          `${hostile.name} in every field`,
          action.fields.map((name) =>
            !hostile.numeric || action.numeric.includes(name) ? [name, hostile.value] : [name, base(name)],
          ),
        ),
      );
    // The value in one field of an otherwise valid-looking form.
    for (const field of hostile.numeric ? action.numeric : action.fields)
      probes.push(
        actionProbe(
          action,
          `${hostile.name} in ${field}`,
          valid.map(([name, value]) => [name, name === field ? hostile.value : value]),
        ),
      );
  }
  // Prototype keys, as field names and as the command type.
  for (const key of ["__proto__", "constructor", "prototype"])
    probes.push(actionProbe(action, `field named ${key}`, [...valid, [key, "x"]]));
  if (action.fields.includes("type"))
    for (const type of ["__proto__", "constructor", "toString", "hasOwnProperty"])
      probes.push(actionProbe(action, `type=${type}`, [...valid.filter(([name]) => name !== "type"), ["type", type]]));
  // Arguments that are not form data: a crafted call can send any serialisable value.
  const raw = (label: string, body: string, contentType = "text/plain;charset=UTF-8"): Probe => ({
    label: `${action.name}: ${label}`,
    caller: action.caller,
    method: "POST",
    path: action.page,
    headers: { "Next-Action": action.id, "Content-Type": contentType, Accept: "text/x-component" },
    body,
  });
  probes.push(raw("string instead of form", '["$undefined","dossierId=x&reason=y"]'));
  probes.push(raw("object instead of form", '["$undefined",{"dossierId":"x","__proto__":{"admin":true}}]'));
  probes.push(raw("number instead of form", '["$undefined",16]'));
  probes.push(raw("no arguments", "[]"));
  probes.push(raw("array of forms", '["$undefined",["a","b"]]'));
  probes.push(raw("JSON body", JSON.stringify({ dossierId: "x" }), "application/json"));
  // A file where text is expected.
  probes.push(
    actionProbe(action, "file in a field", valid, {
      ...(() => {
        const boundary = "----motcuafuzzfile";
        const body = Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="_1_${action.fields[0] ?? "x"}"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nabc\r\n` +
            `--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n${action.args === "form" ? '["$K1"]' : '["$undefined","$K1"]'}\r\n--${boundary}--\r\n`,
        );
        return {
          body,
          headers: {
            "Next-Action": action.id,
            "Content-Type": `multipart/form-data; boundary=${boundary}`,
            Accept: "text/x-component",
          },
        };
      })(),
    }),
  );
  // Over the size limit; a body of unknown length; a foreign and an opaque Origin.
  probes.push(
    actionProbe(action, "body over the limit", [
      ...valid,
      ["note", "x".repeat(actionBodyLimit(action.page.split("?")[0]!) + 1024)],
    ]),
  );
  probes.push({ ...actionProbe(action, "chunked body", valid), chunked: true });
  for (const origin of ["https://evil.example", "null"]) {
    const probe = actionProbe(action, `Origin ${origin}`, valid);
    probes.push({ ...probe, headers: { ...probe.headers, Origin: origin } });
  }
  return probes;
}

// ─── Route handlers and pages ─────────────────────────────────────────────────────────────────────────────────────

/** Query parameters the pages and routes read (their names in the URL). */
export const QUERY_NAMES = [
  "q",
  "ma",
  "xac-thuc",
  "trang",
  "tim",
  "tu",
  "den",
  "tu-ngay",
  "den-ngay",
  "ky",
  "nhom",
  "sap-xep",
  "pham-vi",
  "trang-thai",
  "thu-tuc",
  "linh-vuc",
  "kenh",
  "han",
  "cap",
  "callbackUrl",
  "buoc",
  "__proto__",
  "constructor",
];

const PUBLIC_PAGES = [
  "/",
  "/thu-tuc",
  "/tra-cuu",
  "/thu-tuc/[code]",
  "/dang-nhap",
  "/thanh-toan/ket-qua",
  "/thu-tuc/[code]/nop-truc-tuyen",
  "/thu-tuc/[code]/nop-truc-tuyen/da-nop",
  "/ho-so-cua-toi",
  "/phan-anh-kien-nghi",
  "/phan-anh-kien-nghi/tra-cuu",
  "/phan-anh-kien-nghi/da-tra-loi",
  "/quay/danh-gia",
  "/quay/ghep-noi",
];

export interface Target {
  pattern: string;
  caller: Role | "anonymous";
}

/** Route handlers (ROUTE_ACCESS) and pages (public, STAFF_PAGES, PRINT_PAGES), each with a caller who may open it. */
export function targets(): { routes: Target[]; pages: Target[] } {
  const callerOf = (roles: readonly Role[] | "public"): Role | "anonymous" =>
    roles === "public" ? "anonymous" : roles.includes("OFFICER") ? "OFFICER" : (roles[0] as Role);
  const routes = Object.entries(ROUTE_ACCESS).map(([pattern, roles]) => ({ pattern, caller: callerOf(roles) }));
  const pages = [
    ...PUBLIC_PAGES.map((pattern) => ({ pattern, caller: "anonymous" as const })),
    ...Object.entries({ ...STAFF_PAGES, ...PRINT_PAGES }).map(([pattern, roles]) => ({
      pattern,
      caller: callerOf(roles as readonly Role[]),
    })),
  ];
  return { routes, pages };
}

/** Fills a pattern's dynamic segments: with real ids, or with `hostile` in the one named segment. */
export function fillPattern(
  pattern: string,
  ids: Record<string, string>,
  hostile?: { segment: string; value: string | Buffer },
) {
  return pattern.replace(SEGMENT, (_match, name: string) =>
    hostile?.segment === name ? urlEncode(hostile.value) : encodeURIComponent(ids[name] ?? "x"),
  );
}

/** Every case of the corpus against one route or page: in each dynamic segment, and in each query parameter. */
export function getProbes(target: Target, ids: Record<string, string>, kind: "route" | "page"): Probe[] {
  const probes: Probe[] = [];
  const segments = [...target.pattern.matchAll(SEGMENT)].map((match) => match[1] as string);
  for (const hostile of HOSTILE_VALUES) {
    for (const segment of segments)
      probes.push({
        label: `${kind} ${target.pattern}: ${hostile.name} in [${segment}]`,
        caller: target.caller,
        method: "GET",
        path: fillPattern(target.pattern, ids, { segment, value: hostile.value }),
      });
    const query = QUERY_NAMES.map((name) => `${name}=${urlEncode(hostile.value)}`).join("&");
    probes.push({
      label: `${kind} ${target.pattern}: ${hostile.name} in every query parameter`,
      caller: target.caller,
      method: "GET",
      path: `${fillPattern(target.pattern, ids)}?${query}`,
    });
  }
  probes.push({
    label: `${kind} ${target.pattern}: prototype keys in the query`,
    caller: target.caller,
    method: "GET",
    path: `${fillPattern(target.pattern, ids)}?__proto__[x]=1&constructor[prototype][y]=1&__proto__=1`,
  });
  return probes;
}
