// Reconciliation (đối soát): QUERY asks the platform for an attempt's final word. A citizen who closed the tab, and a
// callback that never arrived, leave an attempt INITIATED; the worker QUERYs those between 30 minutes and 3 days old
// (settings) every 10 minutes. A verified answer settles the attempt exactly as a callback would: 1 success, 4
// failed; 3 (the platform does not know yet) leaves it as it is for the next run.
import { MESSAGE_TYPE, PLATFORM_OK, PROTOCOL_VERSION, queryAnswerSchema, TRANSACTION_STATE } from "@/domain/payment";
import { formatPlatformTime, parsePlatformTime } from "@/lib/dates";
import type { PaymentContext } from "./context";
import { logMessage } from "./messages";
import { postToPlatform } from "./platform-client";
import { fetchReceipt } from "./receipt";
import { settleFailure, settleSuccess } from "./requests";
import { platformConfig } from "./settings";
import { signed, verifyMessage } from "./signature";

export type QueryOutcome =
  "paid" | "failed" | "pending" | "already_settled" | "unverified" | "unreachable" | "not_configured";

/** QUERYs one attempt and settles it on a verified final answer. */
export async function queryAttempt(
  attemptId: string,
  ctx: PaymentContext,
  now: Date = new Date(),
): Promise<QueryOutcome> {
  const config = platformConfig(ctx.settings);
  if (!config) return "not_configured";
  const attempt = await ctx.db.paymentAttempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: { id: true, reference: true, amount: true, initiatedAt: true },
  });
  const query = signed(
    "QUERY",
    {
      LoaiBanTin: MESSAGE_TYPE.QUERY,
      PhienBan: PROTOCOL_VERSION,
      MaDoiTac: config.partnerCode,
      MaThamChieu: attempt.reference,
      // The transaction's own time, as the provincial integration sends it [V].
      ThoiGianGD: formatPlatformTime(attempt.initiatedAt),
    },
    config.secret,
  );
  await logMessage(ctx.db, { kind: "QUERY", direction: "OUT", attemptId, reference: attempt.reference, body: query });
  const call = await postToPlatform(config.url, query, config.timeoutMs);
  const parsed = queryAnswerSchema.safeParse(call.ok ? call.body : null);
  const signatureValid = call.ok
    ? parsed.success && verifyMessage("QUERY_ANSWER", call.body as Record<string, unknown>, config.secret)
    : null;
  const verified =
    parsed.success &&
    signatureValid === true &&
    parsed.data.MaLoi === PLATFORM_OK &&
    parsed.data.MaThamChieu === attempt.reference &&
    parsed.data.MaDoiTac === config.partnerCode;

  return ctx.db.$transaction(async (tx) => {
    await logMessage(tx, {
      kind: "QUERY_ANSWER",
      direction: "IN",
      attemptId,
      reference: attempt.reference,
      body: call.ok
        ? call.body
        : { problem: call.problem, detail: call.detail, status: call.status ?? null, raw: call.raw ?? null },
      signatureValid,
    });
    await tx.paymentAttempt.update({
      where: { id: attemptId },
      data: { lastQueriedAt: now, queryCount: { increment: 1 } },
    });
    if (!call.ok) return "unreachable";
    if (!verified || !parsed.success) return "unverified";
    const answer = parsed.data;
    const at = parsePlatformTime(answer.ThoiGianGD) ?? now;
    switch (answer.TrangThaiGD) {
      case TRANSACTION_STATE.PENDING:
        return "pending";
      case TRANSACTION_STATE.FAILED:
        return (await settleFailure(tx, attemptId, at)).kind === "duplicate" ? "already_settled" : "failed";
      case TRANSACTION_STATE.SUCCESS: {
        // A success for another amount is not ours to accept: kept, and left for a person to look at.
        if (answer.SoTien !== attempt.amount) return "unverified";
        const settled = await settleSuccess(
          tx,
          attemptId,
          { transactionId: answer.MaGiaoDich, bankCode: answer.MaNganHang, at },
          ctx.outbox,
        );
        return settled.kind === "duplicate" ? "already_settled" : "paid";
      }
    }
  });
}

export interface ReconciliationRun {
  queried: number;
  outcomes: Partial<Record<QueryOutcome, number>>;
  receipts: number;
}

/**
 * One reconciliation run: every attempt still INITIATED inside the age window is QUERYed (oldest first, at most
 * `limit`), then missing e-receipts of paid attempts are fetched when this process can store files.
 */
export async function reconcilePendingPayments(
  now: Date,
  ctx: PaymentContext,
  { limit = 200 }: { limit?: number } = {},
): Promise<ReconciliationRun> {
  const newest = new Date(now.getTime() - ctx.settings.PAYMENT_RECONCILE_MIN_AGE_MINUTES * 60_000);
  const oldest = new Date(now.getTime() - ctx.settings.PAYMENT_RECONCILE_MAX_AGE_HOURS * 3_600_000);
  const pending = await ctx.db.paymentAttempt.findMany({
    where: { status: "INITIATED", initiatedAt: { gte: oldest, lte: newest } },
    orderBy: { initiatedAt: "asc" },
    take: limit,
    select: { id: true },
  });
  const run: ReconciliationRun = { queried: 0, outcomes: {}, receipts: 0 };
  for (const attempt of pending) {
    const outcome = await queryAttempt(attempt.id, ctx, now);
    run.queried += 1;
    run.outcomes[outcome] = (run.outcomes[outcome] ?? 0) + 1;
  }
  if (ctx.saveReceipt) run.receipts = await fetchMissingReceipts(ctx, oldest, limit);
  return run;
}

/** Paid online attempts (inside the window) whose request has no RECEIPT file yet. */
async function fetchMissingReceipts(ctx: PaymentContext, since: Date, limit: number): Promise<number> {
  const paid = await ctx.db.paymentAttempt.findMany({
    where: {
      status: "SUCCESS",
      completedAt: { gte: since },
      request: { status: "PAID", method: "ONLINE", dossier: { files: { none: { purpose: "RECEIPT" } } } },
    },
    take: limit,
    select: { id: true },
  });
  let fetched = 0;
  for (const attempt of paid) if ((await fetchReceipt(attempt.id, ctx)).kind === "stored") fetched += 1;
  return fetched;
}
