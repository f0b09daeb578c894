// The outbox sender: takes due PortalSyncMessage rows (FOR UPDATE SKIP LOCKED, so several workers never take the
// same row), builds their payloads from the dossier and the event, sends them in chunks, and marks each row SYNCED or
// FAILED with the portal's answer, or schedules the next try (sync-rules.ts: backoff). Guarantees:
// - a row is taken with a lease (attempts + 1, nextAttemptAt moved ahead) in its own short transaction before the
//   request; a crash between the request and the mark leaves it PENDING, to be sent again when the lease ends — as a
//   dossier the portal then answers "đã tồn tại" and it goes again as an update (isUpdating = true), which is safe;
// - a SYNCED row is never taken again (only PENDING rows are due, and marks only change PENDING rows);
// - a dossier's DOSSIER messages go before its PROGRESS rows (a step is sent only once every earlier DOSSIER message
//   of its dossier is SYNCED; until then it is put back, untried);
// - the portal down for an hour: each row waits and retries by the schedule, nothing is dropped.
import {
  chunk,
  DOSSIER_CHUNK,
  interpretAnswer,
  nextAttemptDelay,
  PORTAL_SERVICES,
  portalDossierSchema,
  PROGRESS_CHUNK,
  progressRowSchema,
  toPortalDossier,
  toProgressRow,
  type PortalDossier,
  type ProgressRow,
} from "@/domain/national-portal";
import pLimit, { type LimitFunction } from "p-limit";
import type { PrismaClient } from "@/server/db/client";
import { retryOnDeadlock } from "@/server/db/deadlock";
import { callPortal } from "./client";
import { loadDossierSources, loadProgressSources } from "./load";
import type { PortalSettings } from "./settings";

export interface SyncContext {
  db: PrismaClient;
  settings: PortalSettings;
  fetchImpl?: typeof fetch;
  now?: () => Date;
  /** Chunks in flight at once (default 4). */
  parallel?: number;
}

export interface SyncRun {
  /** Dossier objects and progress rows the portal accepted in this run. */
  dossiers: number;
  steps: number;
  failed: number;
  retried: number;
  requests: number;
}

/**
 * A run's context: its requests go out `parallel` at a time; its dossiers' SYNCED marks one after another (such a mark
 * moves the dossiers' rollup rows, the "synced" counter, and two marks moving rows of one unit and month in opposite
 * orders deadlock; steps and failures move none).
 */
interface RunContext extends SyncContext {
  requests: LimitFunction;
  marks: LimitFunction;
}

type Kind = "DOSSIER" | "PROGRESS";
interface Claimed {
  id: bigint;
  dossierId: string;
  eventId: bigint | null;
  attempts: number;
}
interface Answer {
  error_code: string;
  message: string;
  isUpdating?: boolean;
}

/** How long a taken row is reserved for the request in flight (then it is due again). */
const LEASE_MS = 2 * 60_000;

async function claim(ctx: SyncContext, kind: Kind, limit: number): Promise<Claimed[]> {
  const now = ctx.now?.() ?? new Date();
  const lease = new Date(now.getTime() + Math.max(LEASE_MS, ctx.settings.NATIONAL_PORTAL_TIMEOUT_MS * 2));
  // Oldest due first, along the (status, nextAttemptAt) index: a claim costs the same however long the history.
  const rows = await ctx.db.$queryRawUnsafe<Claimed[]>(
    `UPDATE "PortalSyncMessage" p SET attempts = p.attempts + 1, "nextAttemptAt" = $1
     WHERE p.id IN (
       SELECT m.id FROM "PortalSyncMessage" m
       WHERE m.status = 'PENDING' AND m."nextAttemptAt" <= $3 AND m.kind = $2::"PortalSyncKind"
       ORDER BY m."nextAttemptAt", m.id LIMIT $4 FOR UPDATE SKIP LOCKED)
     RETURNING p.id, p."dossierId", p."eventId", p.attempts`,
    lease,
    kind,
    now,
    limit,
  );
  return rows.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * A dossier's steps go after its dossier object: a step whose dossier still has an earlier DOSSIER message not
 * SYNCED is put back untried (its attempt not counted), due again when that message is next tried (an hour later
 * when it FAILED, until "Đồng bộ lại"). Returns the steps free to send.
 */
async function releaseBlockedSteps(ctx: SyncContext, claimed: Claimed[], now: Date): Promise<Claimed[]> {
  if (claimed.length === 0) return claimed;
  const blockers = await ctx.db.portalSyncMessage.findMany({
    where: {
      dossierId: { in: [...new Set(claimed.map((m) => m.dossierId))] },
      kind: "DOSSIER",
      status: { not: "SYNCED" },
    },
    select: { id: true, dossierId: true, status: true, nextAttemptAt: true },
  });
  if (blockers.length === 0) return claimed;
  const free: Claimed[] = [];
  const later = new Map<number, bigint[]>();
  for (const message of claimed) {
    const blocker = blockers.find((d) => d.dossierId === message.dossierId && d.id < message.id);
    if (!blocker) {
      free.push(message);
      continue;
    }
    const due =
      blocker.status === "FAILED"
        ? now.getTime() + 60 * 60_000
        : Math.max(blocker.nextAttemptAt.getTime(), now.getTime()) + 1000;
    later.set(due, [...(later.get(due) ?? []), message.id]);
  }
  for (const [due, ids] of later)
    await ctx.db.portalSyncMessage.updateMany({
      where: { id: { in: ids }, status: "PENDING" },
      data: { attempts: { decrement: 1 }, nextAttemptAt: new Date(due) },
    });
  return free;
}

/**
 * Marks rows SYNCED (or FAILED) with the answer and the payload sent; only rows still PENDING change, so the statement
 * is safe to repeat when another worker's mark deadlocked with it.
 */
async function markDone(
  ctx: SyncContext,
  rows: { id: bigint; payload: unknown }[],
  status: "SYNCED" | "FAILED",
  answer: Answer | null,
  lastError: string | null,
) {
  if (rows.length === 0) return;
  const now = ctx.now?.() ?? new Date();
  await retryOnDeadlock(() =>
    ctx.db.$executeRawUnsafe(
      `UPDATE "PortalSyncMessage" p
         SET status = $1::"PortalSyncStatus", "syncedAt" = CASE WHEN $1 = 'SYNCED' THEN $2::timestamp(3) ELSE NULL END,
             answer = $3::jsonb, "lastError" = $4, payload = v.payload
         FROM (SELECT unnest($5::bigint[]) AS id, unnest($6::text[])::jsonb AS payload) v
         WHERE p.id = v.id AND p.status = 'PENDING'`,
      status,
      now,
      answer === null ? null : JSON.stringify(answer),
      lastError,
      rows.map((row) => row.id.toString()),
      rows.map((row) => JSON.stringify(row.payload ?? null)),
    ),
  );
}

/** A transport failure or an unreadable answer: the next try by the schedule, or FAILED after the last. */
async function markRetry(ctx: SyncContext, rows: { claimed: Claimed[]; payload: unknown }[], error: string) {
  const now = ctx.now?.() ?? new Date();
  for (const row of rows)
    for (const message of row.claimed) {
      const delay = nextAttemptDelay(message.attempts);
      if (delay === null) await markDone(ctx, [{ id: message.id, payload: row.payload }], "FAILED", null, error);
      else
        await ctx.db.portalSyncMessage.updateMany({
          where: { id: message.id, status: "PENDING" },
          data: { nextAttemptAt: new Date(now.getTime() + delay), lastError: error, payload: row.payload as never },
        });
    }
}

interface Outbound<P> {
  claimed: Claimed[];
  payload: P;
}

type Send<P> = (items: Outbound<P>[], isUpdating: boolean) => Promise<void>;

/** Sends one chunk and follows the answer: OK, "đã tồn tại" → update, a refusal of several → one by one. */
function sender<P>(ctx: RunContext, run: SyncRun, kind: Kind): Send<P> {
  const send: Send<P> = async (items, isUpdating) => {
    const body =
      kind === "DOSSIER"
        ? { service: PORTAL_SERVICES.dossier, isUpdating, data: items.map((item) => item.payload) }
        : { service: PORTAL_SERVICES.progress, data: items.map((item) => item.payload) };
    run.requests += 1;
    const call = await callPortal(ctx.settings, body.service, body, ctx.fetchImpl);
    const flat = (list: Outbound<P>[]) =>
      list.flatMap((item) => item.claimed.map((message) => ({ id: message.id, payload: item.payload })));
    if (!call.ok) {
      run.retried += items.length;
      return markRetry(ctx, items, call.error);
    }
    const reading = interpretAnswer(call.body);
    const answer: Answer = {
      error_code: reading.kind === "rejected" ? reading.code : reading.kind === "garbled" ? "" : "0",
      message: reading.message,
      ...(kind === "DOSSIER" ? { isUpdating } : {}),
    };
    if (reading.kind === "ok" || (reading.kind === "exists" && kind === "PROGRESS")) {
      if (kind === "DOSSIER") run.dossiers += items.length;
      else run.steps += items.length;
      // A dossier's first SYNCED mark moves its rollup rows (the 766 "synced" counter): those marks go one at a time.
      const mark = () => markDone(ctx, flat(items), "SYNCED", answer, null);
      return kind === "DOSSIER" ? ctx.marks(mark) : mark();
    }
    if (reading.kind === "exists" && !isUpdating) return send(items, true);
    if (reading.kind === "garbled") {
      run.retried += items.length;
      return markRetry(ctx, items, reading.message);
    }
    // Refused: find which one(s) by sending them alone; a lone refusal is final until "Đồng bộ lại".
    if (items.length > 1) {
      for (const item of items) await send([item], isUpdating);
      return;
    }
    run.failed += items.length;
    const reason = `${reading.message}${reading.kind === "rejected" ? ` (mã ${reading.code})` : ""}`;
    return markDone(ctx, flat(items), "FAILED", { ...answer, error_code: answer.error_code || "?" }, reason);
  };
  return send;
}

async function syncDossiers(ctx: RunContext, run: SyncRun, limit: number): Promise<number> {
  const claimed = await claim(ctx, "DOSSIER", limit);
  if (claimed.length === 0) return 0;
  const dossierIds = [...new Set(claimed.map((message) => message.dossierId))];
  const [sources, alreadyOnPortal] = await Promise.all([
    loadDossierSources(ctx.db, dossierIds, ctx.settings.APP_URL),
    ctx.db.portalSyncMessage.findMany({
      where: { dossierId: { in: dossierIds }, kind: "DOSSIER", status: "SYNCED" },
      distinct: ["dossierId"],
      select: { dossierId: true },
    }),
  ]);
  const synced = new Set(alreadyOnPortal.map((row) => row.dossierId));
  // Several pending messages of one dossier: one object, its state now, answers them all.
  const creates: Outbound<PortalDossier>[] = [];
  const updates: Outbound<PortalDossier>[] = [];
  for (const dossierId of dossierIds) {
    const messages = claimed.filter((message) => message.dossierId === dossierId);
    const source = sources.get(dossierId);
    const payload = source ? toPortalDossier(source) : null;
    const check = payload ? portalDossierSchema.safeParse(payload) : null;
    if (!payload || !check?.success) {
      run.failed += 1;
      const fields = check?.error ? [...new Set(check.error.issues.map((issue) => issue.path.join(".")))] : [];
      await markDone(
        ctx,
        messages.map((message) => ({ id: message.id, payload })),
        "FAILED",
        null,
        payload ? `Dữ liệu chưa đủ để gửi: ${fields.join(", ")}` : "Không tìm thấy hồ sơ",
      );
      continue;
    }
    // A dossier the portal already has (synced before, or filed there and pulled) goes as an update.
    (synced.has(dossierId) || source!.portalCode ? updates : creates).push({ claimed: messages, payload });
  }
  const send = sender<PortalDossier>(ctx, run, "DOSSIER");
  const tasks = [
    ...chunk(creates, DOSSIER_CHUNK).map((items) => ({ items, isUpdating: false })),
    ...chunk(updates, DOSSIER_CHUNK).map((items) => ({ items, isUpdating: true })),
  ];
  await Promise.all(tasks.map((task) => ctx.requests(() => send(task.items, task.isUpdating))));
  return claimed.length;
}

async function syncSteps(ctx: RunContext, run: SyncRun, limit: number): Promise<number> {
  const taken = await claim(ctx, "PROGRESS", limit);
  if (taken.length === 0) return 0;
  const claimed = await releaseBlockedSteps(ctx, taken, ctx.now?.() ?? new Date());
  const sources = await loadProgressSources(
    ctx.db,
    claimed.flatMap((message) => (message.eventId === null ? [] : [message.eventId])),
  );
  const outbound: Outbound<ProgressRow>[] = [];
  for (const message of claimed) {
    const source = message.eventId === null ? undefined : sources.get(message.eventId);
    const payload = source ? toProgressRow(source) : null;
    if (!payload || !progressRowSchema.safeParse(payload).success) {
      run.failed += 1;
      await markDone(ctx, [{ id: message.id, payload }], "FAILED", null, "Bước xử lý không đủ dữ liệu để gửi");
      continue;
    }
    outbound.push({ claimed: [message], payload });
  }
  const send = sender<ProgressRow>(ctx, run, "PROGRESS");
  await Promise.all(chunk(outbound, PROGRESS_CHUNK).map((items) => ctx.requests(() => send(items, false))));
  return taken.length;
}

/**
 * Sends everything due, dossiers first, then steps, batch after batch until nothing is due or `maxBatches` ran
 * (then the next run continues). `kinds` limits a run to one kind (the benchmark times each).
 */
export async function runPortalSync(
  ctx: SyncContext,
  { maxBatches = 200, kinds = ["DOSSIER", "PROGRESS"] }: { maxBatches?: number; kinds?: readonly Kind[] } = {},
): Promise<SyncRun> {
  const run: SyncRun = { dossiers: 0, steps: 0, failed: 0, retried: 0, requests: 0 };
  if (!ctx.settings.NATIONAL_PORTAL_URL) return run;
  const width = ctx.parallel ?? 4;
  const runCtx: RunContext = { ...ctx, requests: pLimit(width), marks: pLimit(1) };
  for (let batch = 0; batch < maxBatches; batch++) {
    // Several chunks per claim, so `width` requests are in flight while the next claim waits.
    const dossiers = kinds.includes("DOSSIER") ? await syncDossiers(runCtx, run, DOSSIER_CHUNK * width * 4) : 0;
    const steps = kinds.includes("PROGRESS") ? await syncSteps(runCtx, run, PROGRESS_CHUNK * width * 4) : 0;
    if (dossiers === 0 && steps === 0) break;
  }
  return run;
}
