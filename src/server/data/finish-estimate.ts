import "server-only";
// Nguy cơ trễ hạn (issue 13 item 4; method in src/domain/forecast/finish-estimate.ts, docs/dashboard.md): the finish
// estimate of pending dossiers, learned from the dossiers of the same deciding unit finished in the last
// HISTORY_MONTHS months. The steps come from the dossiers' events (each event's resulting status and payload.toStep,
// read with form 05's pendingStep, as the control slip does). The learned model is kept in memory per unit for the
// day (key: unit + local date + calendar revision), so a page only pays for its own rows' events.
import type { WorkingCalendar } from "@/domain/calendar";
import { pendingStep } from "@/domain/dossier/step-budget";
import { PENDING_STATUSES } from "@/domain/dossier";
import {
  buildRemainingModel,
  estimateFinish,
  stepEntries,
  type FinishEstimate,
  type FinishedHistory,
  type RemainingModel,
} from "@/domain/forecast/finish-estimate";
import type { SessionUser } from "@/server/auth/session-user";
import { getCurrentCalendar } from "@/server/data/calendar";
import { warningScope } from "@/server/data/early-warning";
import { db } from "@/server/db";
import { localDateKey } from "@/lib/dates";

/** How far back the history goes. */
export const HISTORY_MONTHS = 6;

interface EventRow {
  dossierId: string;
  at: Date;
  toStatus: string | null;
  toStep: string | null;
}

/** Groups event rows (ordered by dossier, then time) by dossier. */
function eventsByDossier(rows: readonly EventRow[]): Map<string, EventRow[]> {
  const map = new Map<string, EventRow[]>();
  for (const row of rows) {
    const list = map.get(row.dossierId);
    if (list) list.push(row);
    else map.set(row.dossierId, [row]);
  }
  return map;
}

/**
 * The finished dossiers of a deciding unit with finishedAt in [from, to), with their step entries. Exported for the
 * back-test (src/tooling/bench/at-risk.ts), which learns only from dossiers finished before each replayed day.
 */
export async function loadFinishedHistory(unitId: string, from: Date, to: Date): Promise<(FinishedHistory & { id: string })[]> {
  const dossiers = await db.$queryRaw<{ id: string; procedureId: string; officeId: string | null; finishedAt: Date }[]>`
    SELECT id, "procedureId", "handlingOfficeId" AS "officeId", "finishedAt"
    FROM "Dossier"
    WHERE "decidingUnitId" = ${unitId} AND "finishedAt" >= ${from} AND "finishedAt" < ${to} AND "receivedAt" IS NOT NULL`;
  if (dossiers.length === 0) return [];
  const events = await loadEvents(dossiers.map((d) => d.id));
  return dossiers.map((d) => ({
    id: d.id,
    procedureId: d.procedureId,
    officeId: d.officeId,
    finishedAt: d.finishedAt,
    steps: stepEntries(events.get(d.id) ?? [], pendingStep),
  }));
}

async function loadEvents(ids: readonly string[]): Promise<Map<string, EventRow[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<EventRow[]>`
    SELECT "dossierId", at, "toStatus"::text AS "toStatus", payload->>'toStep' AS "toStep"
    FROM "DossierEvent"
    WHERE "dossierId" = ANY(${[...ids]}::text[])
    ORDER BY "dossierId", at, id`;
  return eventsByDossier(rows);
}

const cache = new Map<string, Promise<RemainingModel>>();

function monthsBefore(now: Date, months: number): Date {
  const from = new Date(now);
  from.setUTCMonth(from.getUTCMonth() - months);
  return from;
}

/** The unit's model for today (learned once per process and day). */
function modelOf(cal: WorkingCalendar, unitId: string, now: Date): Promise<RemainingModel> {
  const day = localDateKey(now);
  const key = `${unitId}|${day}|${cal.revision}`;
  let model = cache.get(key);
  if (!model) {
    for (const old of cache.keys()) if (!old.endsWith(`|${day}|${cal.revision}`)) cache.delete(old);
    model = loadFinishedHistory(unitId, monthsBefore(now, HISTORY_MONTHS), now).then((history) => buildRemainingModel(cal, history));
    model.catch(() => cache.delete(key));
    cache.set(key, model);
  }
  return model;
}

export interface AtRiskMark {
  atRisk: boolean;
  estimatedAt: Date;
}

/** Estimates for the given dossiers (those pending with an appointment); other ids are left out of the map. */
export async function finishEstimates(ids: readonly string[], now: Date = new Date()): Promise<Map<string, FinishEstimate>> {
  const result = new Map<string, FinishEstimate>();
  if (ids.length === 0) return result;
  const dossiers = await db.dossier.findMany({
    where: { id: { in: [...ids] }, status: { in: [...PENDING_STATUSES] }, receivedAt: { not: null } },
    select: {
      id: true,
      decidingUnitId: true,
      procedureId: true,
      handlingOfficeId: true,
      receivedAt: true,
      appointmentAt: true,
      status: true,
      processingStep: true,
      pauses: { where: { endedAt: null }, select: { id: true }, take: 1 },
    },
  });
  if (dossiers.length === 0) return result;
  const [cal, events] = await Promise.all([getCurrentCalendar(), loadEvents(dossiers.map((d) => d.id))]);
  // The models of the rows' units, learned side by side (a province-wide page has rows of many units).
  const unitIds = [...new Set(dossiers.map((d) => d.decidingUnitId))];
  const models = new Map(await Promise.all(unitIds.map(async (unitId) => [unitId, await modelOf(cal, unitId, now)] as const)));
  for (const d of dossiers) {
    const step = pendingStep(d.status, d.processingStep);
    if (step === null) continue;
    const entries = stepEntries(events.get(d.id) ?? [], pendingStep);
    const entry = entries.findLast((e) => e.step === step);
    const model = models.get(d.decidingUnitId)!;
    result.set(
      d.id,
      estimateFinish(
        cal,
        model,
        {
          procedureId: d.procedureId,
          officeId: d.handlingOfficeId,
          step,
          stepEnteredAt: entry?.enteredAt ?? d.receivedAt!,
          appointmentAt: d.appointmentAt,
          paused: d.pauses.length > 0 || d.appointmentAt === null,
        },
        now,
      ),
    );
  }
  return result;
}

/** The at-risk marks of a worklist page's rows: id → estimate, only for the rows at risk. */
export async function atRiskMarks(ids: readonly string[], now: Date = new Date()): Promise<Map<string, AtRiskMark>> {
  const marks = new Map<string, AtRiskMark>();
  for (const [id, estimate] of await finishEstimates(ids, now)) {
    if (estimate.kind === "estimate" && estimate.atRisk) marks.set(id, { atRisk: true, estimatedAt: estimate.estimatedAt });
  }
  return marks;
}

/** At most this many pending dossiers are estimated for the early warning's count (soonest appointments first). */
export const AT_RISK_COUNT_LIMIT = 500;

/**
 * The early warning's count: the user's pending dossiers (warningScope) not yet overdue that are at risk, among the
 * AT_RISK_COUNT_LIMIT with the soonest appointments. null for roles without a warning scope.
 */
export async function atRiskCount(user: SessionUser, now: Date = new Date()): Promise<number | null> {
  const scope = warningScope(user);
  if (!scope) return null;
  const pending = await db.dossier.findMany({
    where: { AND: [scope, { status: { in: [...PENDING_STATUSES] }, appointmentAt: { gte: now } }] },
    orderBy: { appointmentAt: "asc" },
    take: AT_RISK_COUNT_LIMIT,
    select: { id: true },
  });
  const marks = await atRiskMarks(
    pending.map((d) => d.id),
    now,
  );
  return marks.size;
}
