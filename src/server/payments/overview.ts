// What the citizen's payment panel and the desk's "Thu phí, lệ phí" section show: the dossier's latest request,
// its attempts and, for staff, how many raw messages were exchanged.
import { mayPayFor, totalDue, type AttemptStatus, type PaymentMethod, type PaymentStatus } from "@/domain/payment";
import type { FeeTiming } from "@/domain/catalogue/types";
import type { PrismaClient } from "@/generated/prisma/client";

export interface PaymentAttemptView {
  reference: string;
  amount: number;
  status: AttemptStatus;
  initiatedAt: Date;
  completedAt: Date | null;
  platformTransactionId: string | null;
  queryCount: number;
  messages: number;
  /** Messages whose signature did not verify (forged, or a misconfigured platform). */
  invalidMessages: number;
}

export interface PaymentView {
  requestId: string;
  dossierId: string;
  /** The dossier may still be paid (not refused, withdrawn or stopped). */
  dossierPayable: boolean;
  feeAmount: number;
  chargeAmount: number;
  total: number;
  timing: FeeTiming;
  status: PaymentStatus;
  method: PaymentMethod | null;
  paidAt: Date | null;
  reference: string | null;
  refundAmount: number | null;
  refundReason: string | null;
  refundedAt: Date | null;
  attempts: PaymentAttemptView[];
  /** Successful online attempts beyond the one that paid: money to give back. */
  extraSuccesses: number;
  receiptFileId: string | null;
}

/** The dossier's latest payment request with its attempts; null when nothing was ever owed. */
export async function paymentView(db: PrismaClient, dossierId: string): Promise<PaymentView | null> {
  const request = await db.paymentRequest.findFirst({
    where: { dossierId },
    orderBy: { createdAt: "desc" },
    include: {
      dossier: { select: { status: true } },
      attempts: {
        orderBy: { initiatedAt: "desc" },
        include: { _count: { select: { messages: true } } },
      },
    },
  });
  if (!request) return null;
  const [invalid, receipt] = await Promise.all([
    db.paymentMessage.groupBy({
      by: ["attemptId"],
      where: { attemptId: { in: request.attempts.map((attempt) => attempt.id) }, signatureValid: false },
      _count: { _all: true },
    }),
    db.dossierFile.findFirst({
      where: { dossierId, purpose: "RECEIPT", supersededAt: null },
      orderBy: { uploadedAt: "desc" },
      select: { id: true },
    }),
  ]);
  const invalidByAttempt = new Map(invalid.map((row) => [row.attemptId, row._count._all]));
  const successes = request.attempts.filter((attempt) => attempt.status === "SUCCESS").length;
  const paidOnline =
    request.method === "ONLINE" && (request.status === "PAID" || request.status === "REFUNDED") ? 1 : 0;
  return {
    requestId: request.id,
    dossierId,
    dossierPayable: mayPayFor(request.dossier.status),
    feeAmount: request.feeAmount,
    chargeAmount: request.chargeAmount,
    total: totalDue(request),
    timing: request.timing,
    status: request.status,
    method: request.method,
    paidAt: request.paidAt,
    reference: request.reference,
    refundAmount: request.refundAmount,
    refundReason: request.refundReason,
    refundedAt: request.refundedAt,
    attempts: request.attempts.map((attempt) => ({
      reference: attempt.reference,
      amount: attempt.amount,
      status: attempt.status,
      initiatedAt: attempt.initiatedAt,
      completedAt: attempt.completedAt,
      platformTransactionId: attempt.platformTransactionId,
      queryCount: attempt.queryCount,
      messages: attempt._count.messages,
      invalidMessages: invalidByAttempt.get(attempt.id) ?? 0,
    })),
    extraSuccesses: Math.max(0, successes - paidOnline),
    receiptFileId: receipt?.id ?? null,
  };
}

/** The attempt a return page names, with its request's status: what the database says, nothing more. */
export async function attemptOutcome(db: PrismaClient, reference: string) {
  return db.paymentAttempt.findUnique({
    where: { reference },
    select: {
      reference: true,
      amount: true,
      status: true,
      initiatedAt: true,
      completedAt: true,
      request: { select: { status: true, dossier: { select: { code: true } } } },
    },
  });
}
