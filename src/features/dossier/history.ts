// The dossier page's history rows: each event's label in the reader's language (never its internal type) and the
// status change with the processing step on both sides, so "Đang xử lý → Đang xử lý" reads as the step that moved.
// Pure, unit-tested in history.test.ts.
import {
  COLLECTOR_KINDS,
  dossierEventLabel,
  PROCESSING_STEPS,
  RETURN_METHODS,
  type CollectorKind,
  type DossierStatus,
  type ProcessingStep,
  type ReturnMethod,
} from "@/domain/dossier";
import { postalEventLabel } from "@/domain/postal";
import type { Locale } from "@/lib/locale";

export interface HistoryEvent {
  type: string;
  fromStatus: DossierStatus | null;
  /** Null for an event that changes no status (the postal service's). */
  toStatus: DossierStatus | null;
  payload: unknown;
}

export interface HistoryRow {
  /** The event's label; `fallback` for a type no vocabulary knows (never the raw type). */
  label: string;
  from: { status: DossierStatus; step: ProcessingStep | null } | null;
  to: { status: DossierStatus | null; step: ProcessingStep | null };
  /** Same status and step on both sides (an apology letter, a postal event): show the state once. */
  unchanged: boolean;
  /** A result's return: its non-personal facts from the event's payload, for the row's details. */
  returned: ReturnFacts | null;
}

/** What the history keeps of a return (resultReturnEventPayload): never the collector's name or ID number. */
export interface ReturnFacts {
  method: ReturnMethod;
  collectorKind: CollectorKind | null;
  resultNumber: string | null;
  waybill: string | null;
}

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | null =>
  typeof value === "string" && (values as readonly string[]).includes(value) ? (value as T) : null;

/** The return's facts of a return_result event, or null (another event, or a payload without a known method). */
export function returnFactsOf(type: string, payload: unknown): ReturnFacts | null {
  if (type !== "return_result" || !payload || typeof payload !== "object") return null;
  const record = payload as Record<string, unknown>;
  const method = oneOf(RETURN_METHODS, record.method);
  if (method === null) return null;
  const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value : null);
  return {
    method,
    collectorKind: oneOf(COLLECTOR_KINDS, record.collectorKind),
    resultNumber: text(record.resultNumber),
    waybill: text(record.waybill),
  };
}

const stepOf = (payload: unknown, key: "fromStep" | "toStep"): ProcessingStep | null => {
  if (!payload || typeof payload !== "object") return null;
  const value = (payload as Record<string, unknown>)[key];
  return typeof value === "string" && (PROCESSING_STEPS as readonly string[]).includes(value)
    ? (value as ProcessingStep)
    : null;
};

/** A history label for any event type: the dossier's own vocabulary, then the postal service's, then `fallback`. */
export function historyEventLabel(type: string, locale: Locale, fallback: string): string {
  return dossierEventLabel(type, locale) ?? postalEventLabel(type, locale) ?? fallback;
}

/**
 * The rows in order. The step comes from the event's payload (commands record fromStep/toStep); an event that does
 * not record it (an apology letter, older rows) inherits the step the previous row left the dossier in, while the
 * dossier stays in processing.
 */
export function historyRows(events: readonly HistoryEvent[], locale: Locale, fallback: string): HistoryRow[] {
  let current: { status: DossierStatus | null; step: ProcessingStep | null } | null = null;
  return events.map((event) => {
    const inherited = current && current.status === event.fromStatus ? current.step : null;
    const fromStep = event.fromStatus === "IN_PROCESSING" ? (stepOf(event.payload, "fromStep") ?? inherited) : null;
    const toStep =
      event.toStatus !== "IN_PROCESSING"
        ? null
        : (stepOf(event.payload, "toStep") ?? (event.fromStatus === event.toStatus ? fromStep : null));
    const from = event.fromStatus ? { status: event.fromStatus, step: fromStep } : null;
    const to = { status: event.toStatus, step: toStep };
    // An event without a status (postal) leaves the dossier where it was.
    if (to.status !== null) current = to;
    return {
      label: historyEventLabel(event.type, locale, fallback),
      from,
      to,
      unchanged: from !== null && from.status === to.status && from.step === to.step,
      returned: returnFactsOf(event.type, event.payload),
    };
  });
}
