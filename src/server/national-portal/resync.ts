// "Đồng bộ lại": an administrator sends FAILED outbox rows again (after fixing what the portal refused, or after the
// retries ran out during a long outage). The rows go back to PENDING with their attempts reset and are due at once;
// the worker's next run takes them. Audited with the rows and dossier codes. SYNCED rows are never touched.
import type { AuditAction } from "@/domain/audit";
import type { Prisma } from "@/generated/prisma/client";

type Tx = Pick<Prisma.TransactionClient, "portalSyncMessage" | "auditEntry">;

export interface ResyncResult {
  count: number;
  dossierCodes: string[];
}

/** ids: the rows to send again; "all" = every FAILED row (of the given units, when unitIds is set). */
export async function resyncFailedMessages(
  tx: Tx,
  input: { actorId: string; ids: bigint[] | "all"; now?: Date },
): Promise<ResyncResult> {
  const where: Prisma.PortalSyncMessageWhereInput = {
    status: "FAILED",
    ...(input.ids === "all" ? {} : { id: { in: input.ids } }),
  };
  const rows = await tx.portalSyncMessage.findMany({
    where,
    select: { id: true, dossierId: true, dossier: { select: { code: true } } },
    orderBy: { id: "asc" },
    take: 5000,
  });
  if (rows.length === 0) return { count: 0, dossierCodes: [] };
  const updated = await tx.portalSyncMessage.updateMany({
    where: { id: { in: rows.map((row) => row.id) }, status: "FAILED" },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: input.now ?? new Date() },
  });
  // Steps held back behind a failed dossier message are due again now too (the sender put them off for an hour).
  await tx.portalSyncMessage.updateMany({
    where: { dossierId: { in: [...new Set(rows.map((row) => row.dossierId))] }, status: "PENDING" },
    data: { nextAttemptAt: input.now ?? new Date() },
  });
  const dossierCodes = [...new Set(rows.map((row) => row.dossier.code))];
  await tx.auditEntry.create({
    data: {
      actorId: input.actorId,
      action: "national_portal.resync" satisfies AuditAction,
      entity: "PortalSyncMessage",
      entityId: rows.length === 1 ? rows[0]!.id.toString() : `${rows.length}`,
      detail: { ids: rows.slice(0, 200).map((row) => row.id.toString()), dossiers: dossierCodes.slice(0, 200) },
    },
  });
  return { count: updated.count, dossierCodes };
}
