import "server-only";
// Tra cứu hồ sơ (docs/domain.md "Public tracking"): a citizen gives the dossier code plus a second factor
// (the last 4 digits of the applicant's phone, or the tracking key printed on the receipt) and sees a public-safe
// view. Wrong pairs and unknown codes get one neutral answer and count against the visitor's address (and wrong phone
// digits against the code); an address with too many failures is refused before the dossier is even read, and a code
// whose phone digits were guessed wrong too often refuses the digits only, never the tracking key.
import crypto from "node:crypto";
import { classifyPending } from "@/domain/calendar";
import { citizenStatus, maskApplicantName } from "@/domain/tracking/public-view";
import { OPEN_STATUSES } from "@/domain/dossier/status-groups";
import type { DossierStatus } from "@/domain/dossier/types";
import { parseTrackingInput, phoneLast4, normaliseTrackingKey, type TrackingFactor } from "@/domain/tracking/lookup-input";
import { publicTimeline } from "@/domain/tracking/public-timeline";
import type { PublicAction, PublicAppointment, PublicTimeliness, TrackingLookupResult, TrackingView } from "@/domain/tracking/view-model";
import type { Prisma } from "@/generated/prisma/client";
import { getCurrentCalendar, getSetting } from "@/server/data/calendar";
import { db } from "@/server/db";
import {
  clientAddress,
  minutesToWait,
  recordFailure,
  secondsBlocked,
  trackingFailuresByAddress,
  trackingPhoneFailuresByCode,
} from "@/server/rate-limit";

/**
 * Everything the look-up reads, in one query by the unique code. The phone and the tracking key are read only to
 * check the second factor; they never reach the view, which is built field by field in toView().
 */
const trackingSelect = {
  code: true,
  applicantKind: true,
  applicantName: true,
  applicantPhone: true,
  trackingKey: true,
  channel: true,
  status: true,
  processingStep: true,
  submittedAt: true,
  receivedAt: true,
  appointmentAt: true,
  finishedAt: true,
  returnedAt: true,
  timeliness: true,
  postalReturn: true,
  procedure: { select: { code: true, name: true } },
  receivedUnit: { select: { name: true, kindLabel: true, address: true } },
  pauses: { where: { endedAt: null }, orderBy: { startedAt: "desc" }, take: 1, select: { kind: true, reason: true, startedAt: true } },
  events: { orderBy: [{ at: "asc" }, { id: "asc" }], select: { type: true, at: true, toStatus: true, reason: true, payload: true } },
  // Only signed letters are addressed to the applicant; drafts and refused drafts are internal.
  apologies: {
    where: { status: "APPROVED" },
    orderBy: { decidedAt: "asc" },
    select: { number: true, kind: true, decidedAt: true, reason: true, previousAppointmentAt: true, proposedAppointmentAt: true },
  },
} satisfies Prisma.DossierSelect;

type TrackedDossier = Prisma.DossierGetPayload<{ select: typeof trackingSelect }>;

/** Equal strings in time that does not depend on where they differ (crypto.timingSafeEqual on equal lengths). */
function sameSecret(given: string, stored: string | null): boolean {
  const a = Buffer.from(given, "utf8");
  const b = Buffer.from(stored ?? "", "utf8");
  if (a.length !== b.length) {
    crypto.timingSafeEqual(a, a); // same work either way
    return false;
  }
  return crypto.timingSafeEqual(a, b);
}

/** Whether the second factor fits the dossier, compared in constant time (also used where a factor is checked again). */
export function factorMatches(
  factor: TrackingFactor,
  dossier: Pick<TrackedDossier, "applicantPhone" | "trackingKey">,
): boolean {
  return factor.kind === "phone_last4"
    ? sameSecret(factor.digits, phoneLast4(dossier.applicantPhone))
    : sameSecret(factor.key, normaliseTrackingKey(dossier.trackingKey));
}

const isOpen = (status: DossierStatus) => (OPEN_STATUSES as readonly DossierStatus[]).includes(status);

function appointmentOf(dossier: TrackedDossier): PublicAppointment {
  const pause = dossier.pauses[0];
  if (pause && isOpen(dossier.status)) {
    // A verification's reason is written for colleagues; a supplement's or a payment's is addressed to the applicant.
    const reason = pause.kind === "VERIFICATION" ? null : pause.reason.trim() || null;
    return { kind: "paused", pauseKind: pause.kind, since: pause.startedAt.toISOString(), reason };
  }
  return dossier.appointmentAt ? { kind: "scheduled", at: dossier.appointmentAt.toISOString() } : { kind: "none" };
}

function actionOf(dossier: TrackedDossier, appointment: PublicAppointment, unitName: string, unitAddress: string | null): PublicAction {
  const reason = appointment.kind === "paused" ? appointment.reason : null;
  switch (dossier.status) {
    case "WAITING_SUPPLEMENT":
      return { kind: "supplement", reason: reason ?? "theo phiếu yêu cầu bổ sung hồ sơ đã gửi ông/bà" };
    case "WAITING_FINANCIAL":
      return { kind: "financial", reason: reason ?? "theo thông báo đã gửi ông/bà" };
    case "RESULT_READY":
      return dossier.postalReturn ? { kind: "by_post" } : { kind: "collect", place: unitName, address: unitAddress };
    case "REGISTERED_ONLINE":
    case "RECEIVED":
    case "IN_PROCESSING":
      return { kind: "wait" };
    case "REFUSED":
    case "WITHDRAWN":
    case "STOPPED":
    case "RETURNED":
      return { kind: "none" };
  }
}

async function timelinessOf(dossier: TrackedDossier, appointment: PublicAppointment, now: Date): Promise<PublicTimeliness> {
  if (dossier.finishedAt) return { kind: "finished", finishedAt: dossier.finishedAt.toISOString(), value: dossier.timeliness };
  if (!isOpen(dossier.status) || appointment.kind !== "scheduled" || !dossier.appointmentAt) return null;
  const [calendar, dueSoonWorkingDays] = await Promise.all([getCurrentCalendar(), getSetting("dueSoonWorkingDays")]);
  return { kind: "pending", value: classifyPending(calendar, dossier.appointmentAt, now, dueSoonWorkingDays) };
}

/** The public-safe view: every field named here, nothing else from the row. */
async function toView(dossier: TrackedDossier, now: Date): Promise<TrackingView> {
  const appointment = appointmentOf(dossier);
  const openPauseKind = appointment.kind === "paused" ? appointment.pauseKind : null;
  const unitName = `${dossier.receivedUnit.kindLabel} ${dossier.receivedUnit.name}`;
  const unitAddress = dossier.receivedUnit.address?.trim() || null;
  const status = citizenStatus(dossier.status, dossier.processingStep, {
    openPauseKind,
    received: dossier.receivedAt !== null,
  });
  const timeline = publicTimeline(dossier.events);
  return {
    code: dossier.code,
    maskedApplicantName: maskApplicantName(dossier.applicantKind, dossier.applicantName),
    procedure: { code: dossier.procedure.code, name: dossier.procedure.name },
    receivingUnit: { name: unitName, address: unitAddress },
    channel: dossier.channel,
    submittedAt: dossier.submittedAt.toISOString(),
    receivedAt: dossier.receivedAt?.toISOString() ?? null,
    status: {
      code: dossier.status,
      step: dossier.processingStep,
      openPauseKind,
      title: status.title,
      text: status.text,
      actionNeeded: status.actionNeeded,
    },
    appointment,
    timeliness: await timelinessOf(dossier, appointment, now),
    returnedAt: dossier.returnedAt?.toISOString() ?? null,
    returnMethod: timeline.findLast((entry) => entry.kind === "returned")?.method ?? null,
    action: actionOf(dossier, appointment, unitName, unitAddress),
    timeline,
    apologies: dossier.apologies.map((letter) => ({
      number: letter.number ?? "",
      kind: letter.kind,
      issuedAt: (letter.decidedAt ?? letter.previousAppointmentAt).toISOString(),
      reason: letter.reason,
      originalAppointmentAt: letter.previousAppointmentAt.toISOString(),
      newAppointmentAt: letter.proposedAppointmentAt.toISOString(),
    })),
  };
}

type Refusal = Exclude<TrackingLookupResult, { kind: "found" }>;

/**
 * The one check of a code and its second factor, under the rate limits: the dossier, or the neutral
 * refusal. Malformed input is answered without touching the counter or the database.
 */
async function findWithFactor(
  input: { code?: string | null; factor?: string | null },
  headers: Headers,
): Promise<{ kind: "found"; dossier: TrackedDossier & { id: string } } | Refusal> {
  const parsed = parseTrackingInput(input);
  if (!parsed.ok) return { kind: "invalid", message: parsed.message };

  const address = clientAddress(headers);
  const { code, factor } = parsed.value;
  const addressSeconds = await secondsBlocked(trackingFailuresByAddress, address);
  if (addressSeconds > 0) return { kind: "blocked", minutes: minutesToWait(addressSeconds), reason: "address" };
  // The code's counter guards only the guessable phone digits; the tracking key is never refused by it.
  const digitsSeconds = factor.kind === "phone_last4" ? await secondsBlocked(trackingPhoneFailuresByCode, code) : 0;
  if (digitsSeconds > 0) return { kind: "blocked", minutes: minutesToWait(digitsSeconds), reason: "phone_digits" };

  const dossier = await db.dossier.findUnique({ where: { code }, select: { ...trackingSelect, id: true } });
  if (!dossier || !factorMatches(factor, dossier)) {
    // Unknown codes count like wrong digits, so the answer never tells whether a code exists.
    await Promise.all([
      recordFailure(trackingFailuresByAddress, address),
      factor.kind === "phone_last4" ? recordFailure(trackingPhoneFailuresByCode, code) : null,
    ]);
    return { kind: "not_found" };
  }
  return { kind: "found", dossier };
}

/**
 * Looks a dossier up for a citizen. `headers` are the request's (next/headers `headers()`): the client address keys
 * the failure counter. Malformed input is answered without touching the counter or the database.
 */
export async function lookUpDossierForCitizen(
  input: { code?: string | null; factor?: string | null },
  headers: Headers,
  now: Date = new Date(),
): Promise<TrackingLookupResult> {
  const found = await findWithFactor(input, headers);
  return found.kind === "found" ? { kind: "found", view: await toView(found.dossier, now) } : found;
}

/**
 * The applicant's own actions from the tracking page (answering a supplement request by upload): the code and the
 * second factor are checked again, under the same rate limits as the look-up, before anything is done.
 */
export async function verifyApplicantFactor(
  input: { code?: string | null; factor?: string | null },
  headers: Headers,
): Promise<{ kind: "found"; dossierId: string; code: string } | Refusal> {
  const found = await findWithFactor(input, headers);
  return found.kind === "found" ? { kind: "found", dossierId: found.dossier.id, code: found.dossier.code } : found;
}
