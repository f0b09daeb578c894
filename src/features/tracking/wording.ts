// How the tracking result words each part, from the "tracking" messages. Pure functions of the view and a
// translator, so the component and the tests share exactly the same sentences.
import { formatDate, formatTime } from "@/lib/dates";
import type { PublicTimelineEntry } from "@/domain/tracking/public-timeline";
import type { PublicAppointment, PublicApology, TrackingView } from "@/domain/tracking/view-model";

/** A next-intl translator of the "tracking" namespace (getTranslations / createTranslator). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** "23/04/2026 17:00" (Asia/Ho_Chi_Minh): the date first, as citizens read a timeline. */
export const formatPublicDateTime = (iso: string) => `${formatDate(iso)} ${formatTime(iso)}`;

/** The appointment line: its value, and an explanation when the clock is paused. */
export function appointmentWording(
  appointment: PublicAppointment,
  t: Translate,
): { value: string; note: string | null } {
  switch (appointment.kind) {
    case "scheduled":
      return { value: formatPublicDateTime(appointment.at), note: null };
    case "none":
      return { value: t("appointment.none"), note: null };
    case "paused": {
      const since = formatPublicDateTime(appointment.since);
      const why =
        appointment.pauseKind === "VERIFICATION" || appointment.reason === null
          ? t(`appointment.pausedWhy.${appointment.pauseKind}`)
          : t(`appointment.pausedWhyWithReason.${appointment.pauseKind}`, { reason: appointment.reason });
      return { value: t("appointment.paused"), note: `${why} ${t("appointment.pausedSince", { since })}` };
    }
  }
}

/** Trước hạn / đúng hạn / quá hạn (finished) or trong hạn / sắp đến hạn / quá hạn (pending); null when not known. */
export function timelinessWording(view: Pick<TrackingView, "timeliness">, t: Translate): string | null {
  const timeliness = view.timeliness;
  if (timeliness === null) return null;
  if (timeliness.kind === "pending") return t(`timeliness.pending.${timeliness.value}`);
  if (timeliness.value === null) return null;
  return t(`timeliness.finished.${timeliness.value}`, { at: formatPublicDateTime(timeliness.finishedAt) });
}

/** What the applicant must do now, or null when the dossier is closed. */
export function actionWording(
  view: Pick<TrackingView, "action" | "receivingUnit">,
  t: Translate,
  /** The online supplement form is shown below (an online registration the desk asked to complete before receipt). */
  onlineSupplement = false,
): string | null {
  const place = view.receivingUnit.name;
  const action = view.action;
  switch (action.kind) {
    case "supplement":
      return t(onlineSupplement ? "action.supplementOnline" : "action.supplement", { reason: action.reason, place });
    case "financial":
      return t("action.financial", { reason: action.reason });
    case "collect":
      return action.address === null
        ? t("action.collect", { place: action.place })
        : t("action.collectWithAddress", { place: action.place, address: action.address });
    case "by_post":
      return t("action.byPost");
    case "wait":
      return t("action.wait");
    case "none":
      return null;
  }
}

/** One timeline row: what happened, and the detail the applicant was sent (what to supplement, how returned). */
export function timelineWording(entry: PublicTimelineEntry, t: Translate): { label: string; detail: string | null } {
  const label = t(`timeline.${entry.kind}`);
  if (entry.kind === "returned" && entry.method !== null)
    return { label, detail: t(`timeline.returnedMethod.${entry.method}`) };
  if (entry.detail !== null)
    return {
      label,
      detail: t(`timeline.detail.${entry.kind === "financial_requested" ? "financial" : "supplement"}`, {
        detail: entry.detail,
      }),
    };
  return { label, detail: null };
}

/** A line per apology letter (slot filled by the rescheduling feature). */
export function apologyWording(
  apology: PublicApology,
  t: Translate,
): { heading: string; reason: string; newAppointment: string } {
  return {
    heading: t(apology.kind === "LATE" ? "apologies.issued" : "apologies.issuedError", {
      number: apology.number,
      at: formatPublicDateTime(apology.issuedAt),
    }),
    reason: t(apology.kind === "LATE" ? "apologies.reason" : "apologies.reasonError", { reason: apology.reason }),
    newAppointment: t("apologies.newAppointment", { at: formatPublicDateTime(apology.newAppointmentAt) }),
  };
}
