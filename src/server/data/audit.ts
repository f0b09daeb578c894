import "server-only";
import type { AuditAction } from "@/domain/audit";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";

export interface AuditInput {
  actorId: string | null;
  /** One of AUDIT_ACTIONS (src/domain/audit): `<area>.<verb>[_<object>]`. */
  action: AuditAction;
  entity?: string;
  entityId?: string;
  /** Never citizens' personal data. */
  detail?: Prisma.InputJsonValue;
  ip?: string;
}

type AuditWriter = Pick<Prisma.TransactionClient, "auditEntry">;

/** Appends to the audit log (append-only in the database). Pass the transaction client to audit inside it. */
export async function recordAudit(entry: AuditInput, client: AuditWriter = db): Promise<void> {
  await client.auditEntry.create({ data: entry });
}
