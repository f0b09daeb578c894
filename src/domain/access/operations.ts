// Which server actions and route handlers each role may use. Actions pass their entry to defineAction, route
// handlers theirs to defineRoute; both check the session and the role before anything else runs.
import {
  ADMIN_ROLES,
  ANY_STAFF,
  APOLOGY_LETTER_ROLES,
  DESK_ROLES,
  DOSSIER_ACTING_ROLES,
  FEEDBACK_ACTING_ROLES,
  LATENESS_REPORT_ROLES,
  PAR_CRITERIA_EDIT_ROLES,
  PAR_CRITERIA_READ_ROLES,
  PAR_EVALUATION_HOME_AFFAIRS_ROLES,
  PAR_EVALUATION_READING_ROLES,
  PAR_EVALUATION_UNIT_ROLES,
  PAR_RANKING_ROLES,
  QUALITY_APPRAISE_ROLES,
  QUALITY_SELF_SCORE_ROLES,
  RESULT_ISSUING_ROLES,
  TRACKING_BOOK_ROLES,
  WORKLIST_ROLES,
  type Role,
} from "./roles";

/** Server actions (src/features/<feature>/…-action(s).ts), by action. */
export const ACTION_ROLES = {
  registerDossier: DESK_ROLES,
  issueIntakeNotice: DESK_ROLES,
  // The desk's online intake queue: check components, receive, ask for a supplement, refuse (scope: the unit's desk).
  onlineIntake: DESK_ROLES,
  dossierCommand: DOSSIER_ACTING_ROLES,
  apologyLetter: APOLOGY_LETTER_ROLES,
  // The dossier's quality score: the handling office's head self-scores, the unit's inspector appraises.
  qualitySelfScore: QUALITY_SELF_SCORE_ROLES,
  qualityAppraise: QUALITY_APPRAISE_ROLES,
  calendarAdmin: ADMIN_ROLES,
  retryNotification: ADMIN_ROLES,
  // Any staff member changes their own password; an administrator ends a user's sessions (scope checked by the data).
  changeOwnPassword: ANY_STAFF,
  endUserSessions: ADMIN_ROLES,
  // The procedure catalogue: add a procedure, publish a version, withdraw or reinstate, import a file.
  catalogueAdmin: ADMIN_ROLES,
  // The organisation as data: units, mergers and splits, offices, desk counters (scope: the administrator's province).
  organisationAdmin: ADMIN_ROLES,
  // Counter tablets: pair (a one-time code) and revoke (scope: counters of managed units).
  counterTabletAdmin: ADMIN_ROLES,
  // The receptionist's counter (who sits where): the counter tablet rates that officer's last desk dossier.
  counterSeat: DESK_ROLES,
  // API clients (keys for other systems): create with a unit scope and permissions, revoke (scope: managed units).
  apiClientAdmin: ADMIN_ROLES,
  // The national portal's outbox: send failed rows again ("Đồng bộ lại").
  nationalPortalAdmin: ADMIN_ROLES,
  // Yearly targets of the leadership dashboard's headline indicators (/quan-tri/chi-tieu).
  indicatorTargetAdmin: ADMIN_ROLES,
  // Versions of the Decision 766 table (/quan-tri/chi-so-766): a new version from a later day; none is ever changed.
  scorecardVersionAdmin: ADMIN_ROLES,
  // Satisfaction questionnaires: a new version copied from one, and putting a draft in force.
  questionnaireAdmin: ADMIN_ROLES,
  // Staff accounts: create, change role, scope or details, deactivate, reactivate, reset the password (scope: the
  // units the administrator manages; never locking the administration out: src/domain/users/lockout.ts).
  userAdmin: ADMIN_ROLES,
  // The public postal service: the desk hands parcels to the post and sends failed orders again; administrators keep
  // the units' waybill pools and customer codes (scope: the units they manage).
  postalDesk: DESK_ROLES,
  postalAdmin: ADMIN_ROLES,
  // Phí, lệ phí taken at the desk (cash, transfer) and refunds, by the receiving unit's desk (scope checked by the service).
  recordDeskPayment: DESK_ROLES,
  refundPayment: DESK_ROLES,
  // Electronic results (attach or generate) and digitising components at the desk (scan, reuse).
  issueElectronicResult: RESULT_ISSUING_ROLES,
  digitiseComponent: DESK_ROLES,
  // Phản ánh, kiến nghị: classify, assign an office, refuse, ask for information, answer, publish, close (the office
  // and scope are checked per item by decideFeedback).
  feedbackCommand: FEEDBACK_ACTING_ROLES,
  // The PAR Index evaluation: home affairs opens, appraises, returns, finalises, reopens, publishes; the unit's leader
  // or delegate declares, attaches evidence and (the leader) submits. Seats per unit evaluation in the service.
  parEvaluationHomeAffairs: PAR_EVALUATION_HOME_AFFAIRS_ROLES,
  parEvaluationUnit: PAR_EVALUATION_UNIT_ROLES,
  // Reading MotCua's figures again into the automatic criteria (home affairs or the unit, until finalised).
  parEvaluationFigures: PAR_EVALUATION_READING_ROLES,
  // PAR Index criteria sets: create, copy, edit nodes, import, grade bands (the owner unit is checked in the service).
  parCriteriaAdmin: PAR_CRITERIA_EDIT_ROLES,
} as const satisfies Record<string, readonly Role[]>;

/** Anyone, signed in or not: a route that serves only public information (the procedure catalogue). */
export const PUBLIC = "public";
export type RouteAccess = readonly Role[] | typeof PUBLIC;

/** Route handlers (src/app/api/**), by route pattern. A unit test checks every route file has an entry. */
export const ROUTE_ACCESS = {
  // The desk's procedure search, checklist and appointment preview: they read the unit's own catalogue settings.
  "/api/thu-tuc/tim": DESK_ROLES,
  "/api/thu-tuc/[id]": DESK_ROLES,
  "/api/thu-tuc/[id]/hen-tra": DESK_ROLES,
  "/api/bao-cao/tre-han": LATENESS_REPORT_ROLES,
  // Satisfaction (SIPAS) indices and raw answers as .xlsx: the roles whose homes show satisfaction (same scope).
  "/api/bao-cao/hai-long": LATENESS_REPORT_ROLES,
  // The leadership dashboard's tables as .xlsx: leaders and home affairs their scope, a head of office their office.
  "/api/bao-cao/lanh-dao": LATENESS_REPORT_ROLES,
  "/api/bao-cao/chi-so-766": LATENESS_REPORT_ROLES,
  // The PAR Index ranking as Excel and as PDF (the loader checks the evaluation's owner).
  "/api/bao-cao/chi-so-cchc": PAR_RANKING_ROLES,
  "/api/pdf/chi-so-cchc/[evaluationId]": PAR_RANKING_ROLES,
  // The filtered worklist as .xlsx: the list's own roles; the loader applies the same scope as the screen.
  "/api/ho-so/xuat": WORKLIST_ROLES,
  "/api/pdf/so-theo-doi": TRACKING_BOOK_ROLES,
  // Documents of one dossier or notice: the loader answers "not found" outside PRINTING_ROLES or the scope.
  "/api/pdf/ho-so/[code]/phieu-tiep-nhan": ANY_STAFF,
  "/api/pdf/ho-so/[code]/phieu-kiem-soat": ANY_STAFF,
  "/api/pdf/ho-so/[code]/yeu-cau-bo-sung/[pauseId]": ANY_STAFF,
  "/api/pdf/ho-so/[code]/xin-loi/[apologyId]": ANY_STAFF,
  "/api/pdf/phieu/[number]": ANY_STAFF,
  // The payment platform's confirmation callback: no session; only a verified, signed message changes anything.
  "/api/thanh-toan/xac-nhan": PUBLIC,
  // A dossier file through a signed, short-lived link: staff links also need a session in scope of the dossier;
  // applicants' links are issued only after the second factor (src/server/files, src/server/data/files.ts).
  "/api/tep/[id]": PUBLIC,
  // A PAR Index evidence file: home affairs of the set's owner, the unit's leader or delegate (checked per file).
  "/api/chi-so-cchc/tai-lieu/[id]": PAR_EVALUATION_READING_ROLES,
  // A PAR Index criteria set as .xlsx (the owner's home affairs, or ADMIN): no personal data.
  "/api/noi-vu/chi-so-cchc/bo-tieu-chi/[id]/xuat": PAR_CRITERIA_READ_ROLES,
  // The whole procedure catalogue as .xlsx or .json (the import's layout): public information, for staff.
  "/api/quan-tri/thu-tuc/xuat": ANY_STAFF,
  // The REST API for other systems (src/server/api/define-api-route.ts): no staff session; the catalogue and its
  // OpenAPI document and reference page are public, every other route needs an API client's key (Bearer), checked
  // with its permissions and unit scope by defineApiRoute.
  "/api/v1/openapi.json": PUBLIC,
  "/api/v1/reference": PUBLIC,
  "/api/v1/reference/[asset]": PUBLIC,
  "/api/v1/procedures": PUBLIC,
  "/api/v1/procedures/[code]": PUBLIC,
  "/api/v1/dossiers": PUBLIC,
  "/api/v1/dossiers/[code]": PUBLIC,
  "/api/v1/dossiers/[code]/history": PUBLIC,
  "/api/v1/statistics": PUBLIC,
} as const satisfies Record<string, RouteAccess>;

export type ApiRoute = keyof typeof ROUTE_ACCESS;
