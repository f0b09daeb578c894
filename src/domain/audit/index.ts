// Every code the audit log (AuditEntry.action) may hold, in one list. One scheme: `<area>.<verb>[_<object>]`, lower
// snake case: the area audited, then what was done, as a command would name it ("calendar.add_day"). Who, when, on
// what (entity, entityId) and the details are columns of their own; never a citizen's personal data.
import type { IntakeNoticeKind } from "../dossier/intake-notice-schema";

export const AUDIT_ACTIONS = [
  // Signing in (src/server/auth/credentials.ts)
  "auth.accept_login",
  "auth.reject_login",
  "auth.throttle_login",
  // Sessions and passwords (src/server/auth/password-change.ts, src/server/data/users.ts)
  "auth.change_password",
  "auth.reject_password_change",
  "auth.end_sessions",
  // Staff accounts managed by an administrator (src/server/users/admin.ts; entityId the user's id): detail names the
  // role, unit and office before and after, and which contact fields changed, never their values.
  "user.create",
  "user.update",
  "user.deactivate",
  "user.reactivate",
  "user.reset_password",
  // The working calendar (src/server/data/calendar-admin.ts)
  "calendar.add_day",
  "calendar.remove_day",
  "calendar.update_hours",
  "calendar.import_days",
  // The organisation as data (src/server/organisation): units (entityId the unit code), a merger or split (entityId
  // the successor's code, detail the sources), offices and desk counters.
  "organisation.create_unit",
  "organisation.update_unit",
  "organisation.set_unit_dates",
  "organisation.merge_units",
  "organisation.create_office",
  "organisation.update_office",
  "organisation.set_office_active",
  "organisation.create_counter",
  "organisation.update_counter",
  "organisation.set_counter_active",
  // Notices issued at the desk without receiving a dossier (src/server/dossiers/intake-notices.ts)
  "intake_notice.issue_supplement_request",
  "intake_notice.issue_refusal",
  // The notification dead-letter list
  "notification.retry",
  // The procedure catalogue (src/server/catalogue; entityId the procedure's code): detail names the version, its
  // effective date and announcing decision; an import names the codes it created, published and updated.
  "catalogue.create_procedure",
  "catalogue.publish_version",
  "catalogue.update_procedure",
  "catalogue.deactivate_procedure",
  "catalogue.reactivate_procedure",
  "catalogue.import",
  // The public postal service (src/features/postal/actions.ts): pools and customer codes (entityId the unit code),
  // the desk's steps on a parcel (entityId the dossier code, detail the waybill).
  "postal.add_waybills",
  "postal.revoke_waybill",
  "postal.set_customer_code",
  "postal.hand_over",
  "postal.request_again",
  // Phí, lệ phí recorded at the desk and refunds (src/server/payments/desk.ts)
  "payment.record_desk_payment",
  "payment.refund",
  // Citizens online (src/server/citizen, src/server/online-intake): a contact proved with a one-time code (actorId
  // empty; entityId the VerifiedContact), an online submission (entityId the dossier code).
  "citizen.verify_contact",
  "online_intake.submit",
  // The desk's check of an online registration (src/server/dossiers/online-intake.ts; entityId the dossier code): one
  // component marked valid or invalid, and the citizen's upload answering form 02 (actorId empty).
  "online_intake.check_component",
  "online_intake.answer_supplement",
  // Electronic results and digitisation at the desk (src/server/dossiers/results.ts, digitisation.ts); entityId the
  // dossier code, detail the file ids.
  "result.attach_file",
  "result.generate_file",
  // Trả kết quả (src/server/dossiers/commands.ts): detail the method, the result's number, the collector's kind, the
  // kind of ID checked and the waybill, never the collector's name or ID number.
  "result.return",
  "digitisation.scan_component",
  "digitisation.reuse_component",
  // Reads of citizens' personal data (Nghị định 13/2023), one row per read (src/server/data/audit.ts,
  // recordPersonalDataRead): the object is the dossier code, notice number or unit code in entityId.
  "personal_data.view_dossier",
  "personal_data.print_form",
  "personal_data.download_form",
  "personal_data.print_intake_notice",
  "personal_data.download_intake_notice",
  "personal_data.print_tracking_book",
  "personal_data.download_tracking_book",
  "personal_data.export_lateness",
  // A worklist exported to Excel (src/app/api/ho-so/xuat): entityId the unit, detail the filter and row count.
  "personal_data.export_worklist",
  "personal_data.view_notifications",
  // The desk's queue of online registrations (applicants' names), per unit (src/server/data/online-queue.ts).
  "personal_data.view_online_queue",
  // "Hồ sơ của tôi": a verified contact listed its own dossiers (actorId empty, entityId the VerifiedContact).
  "personal_data.view_my_dossiers",
  // A dossier file opened or downloaded (src/server/data/files.ts): by staff in scope, or by the applicant through a
  // link issued after the second factor (actorId empty, detail.by = "applicant").
  "personal_data.download_file",
  // The REST API (src/server/api): a client's page of dossiers with the applicants' data (dossiers:personal; actorId
  // empty, entityId the ApiClient, detail the codes); a single dossier read that way is personal_data.view_dossier
  // with detail.by = "api".
  "personal_data.api_list_dossiers",
  // Every call of /api/v1 by a client (entityId the ApiClient; detail the route, method and status, no personal data),
  // and the administrator's screen of API clients (src/server/api/clients.ts; entityId the ApiClient).
  "api.call",
  "api_client.create",
  "api_client.revoke",
  // The national portal (Cổng DVCQG; src/server/national-portal): a dossier filed there pulled into the desk's online
  // queue (actorId empty, entityId our dossier code, detail the portal's code), and "Đồng bộ lại" of failed outbox rows
  // by an administrator (detail the message ids and dossier codes).
  "national_portal.pull",
  "national_portal.resync",
  // Phản ánh, kiến nghị (src/server/feedback; entityId the feedback code): the citizen's submission, information and
  // verdict (actorId empty), each staff action, and reads of the items (the sender's name and contact).
  "feedback.submit",
  "feedback.supply_info",
  "feedback.verdict",
  "feedback.classify",
  "feedback.assign_office",
  "feedback.refuse",
  "feedback.request_info",
  "feedback.answer",
  "feedback.publish",
  "feedback.close",
  "personal_data.view_feedback",
  // Satisfaction ratings (src/server/satisfaction/record.ts; entityId the dossier code, detail the channel, the rating
  // and the counter; actorId empty: the citizen has no account), and new questionnaire versions by an administrator
  // (entityId the questionnaire's code, detail the version).
  "satisfaction.record_rating",
  // The quality score of one dossier (src/server/dossiers/quality.ts; entityId the dossier code, detail the points
  // before and after, the total and, for an appraisal, the changed indicators).
  "quality.self_score",
  "quality.appraise",
  "satisfaction.create_version",
  "satisfaction.activate_version",
  // Counter tablets (src/server/counter-tablet; entityId the CounterTablet, detail the counter as unit/office/number):
  // a pairing code issued and revoked by an administrator, a tablet paired with its code (actorId empty, ip set), and
  // a receptionist sitting at or leaving a counter (entityId the counter).
  "counter_tablet.create_pairing",
  "counter_tablet.pair",
  "counter_tablet.revoke",
  "counter.take_seat",
  "counter.leave_seat",
  // Satisfaction exports (src/app/api/bao-cao/hai-long): indices only, and raw answers with comments (personal data).
  "satisfaction.export_indices",
  "personal_data.export_ratings",
  // The leadership dashboard's tables as Excel (src/app/api/bao-cao/lanh-dao; entityId the unit viewed, detail the
  // period, unit and office): figures only.
  "dashboard.export",
  // Yearly targets of the headline indicators (src/server/data/indicator-targets.ts; entityId the Setting key, detail
  // the year and the targets before and after).
  "indicator_target.set",
  // The Decision 766 scorecard as Excel (src/app/api/bao-cao/chi-so-766; entityId the unit viewed, detail the period,
  // unit, office and table version): figures only.
  "scorecard.export",
  // A version of the Decision 766 table added by an administrator (src/server/data/decision-766-versions.ts; entityId
  // the Setting key, detail the table).
  "scorecard_version.add",
  // The PAR Index evaluation (src/server/par-index/evaluations.ts; entityId the ParUnitEvaluation, or the
  // ParEvaluation for open and publish): detail the criterion's code, the values and scores before and after, the
  // statuses, the reason. Evidence files opened by home affairs or the unit are reads (download_evidence).
  "par_evaluation.open",
  "par_evaluation.name_delegate",
  "par_evaluation.declare",
  "par_evaluation.attach_evidence",
  "par_evaluation.remove_evidence",
  "par_evaluation.refresh_metrics",
  "par_evaluation.allow_late",
  "par_evaluation.submit",
  "par_evaluation.appraise",
  "par_evaluation.return",
  "par_evaluation.finalise",
  "par_evaluation.reopen",
  "par_evaluation.publish",
  "par_evaluation.download_evidence",
  // PAR Index criteria sets (src/server/par-index/criteria-sets.ts; entityId the ParCriteriaSet): detail the year,
  // level, the node's code and title, before and after; export is a read (no personal data).
  "par_criteria.create",
  "par_criteria.copy",
  "par_criteria.update_set",
  "par_criteria.add_node",
  "par_criteria.update_node",
  "par_criteria.move_node",
  "par_criteria.delete_node",
  "par_criteria.import",
  "par_criteria.export",
  "par_criteria.lock",
  // The PAR Index ranking as Excel (src/app/api/bao-cao/chi-so-cchc; entityId the evaluation, detail the year, level
  // and units exported): figures only, no personal data.
  "par_report.export",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The shape every code follows; audit.test.ts checks each one. */
export const AUDIT_ACTION_SCHEME = /^[a-z]+(_[a-z]+)*\.[a-z]+(_[a-z]+)*$/;

/** The code of issuing an intake notice of this kind: the service and the demo world write the same. */
export const intakeNoticeAuditAction = (kind: IntakeNoticeKind): AuditAction =>
  kind === "SUPPLEMENT_REQUEST" ? "intake_notice.issue_supplement_request" : "intake_notice.issue_refusal";

/** The codes of reads of personal data, in the order of AUDIT_ACTIONS (the audit-log screen's action filter). */
export const PERSONAL_DATA_READS = AUDIT_ACTIONS.filter((code) => code.startsWith("personal_data."));
/**
 * Audit codes that record a read, not a change: personal data opened or exported, exports of figures, and documents
 * downloaded (the PAR Index's evidence files).
 */
export const READ_AUDIT_ACTIONS: readonly AuditAction[] = AUDIT_ACTIONS.filter(
  (code) => code.startsWith("personal_data.") || /\.(export|download)(_|$)/.test(code),
);
export type PersonalDataRead = Extract<AuditAction, `personal_data.${string}`>;

/** How a document left the system: shown on screen to print (HTML), or downloaded as a PDF file. */
export type DocumentChannel = "print" | "pdf";

/** The code of reading a printed document through a channel: printing the page or downloading its PDF. */
export const documentReadAction = (
  document: "form" | "intake_notice" | "tracking_book",
  channel: DocumentChannel,
): PersonalDataRead => `personal_data.${channel === "print" ? "print" : "download"}_${document}`;

/** Whether a string is one of the audit codes (the audit-log filter reads it from the URL). */
export const isAuditAction = (value: string): value is AuditAction =>
  (AUDIT_ACTIONS as readonly string[]).includes(value);
