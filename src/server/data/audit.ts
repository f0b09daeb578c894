import "server-only";
import { headers } from "next/headers";
import type { AuditAction, PersonalDataRead } from "@/domain/audit";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/server/auth/session-user";
import { db } from "@/server/db";
import { clientAddress } from "@/server/rate-limit";

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

/**
 * What a read of personal data was about: a dossier (by code), a desk notice (by number), a unit's register or
 * report (by the unit's id; the row keeps its code), or the development mailbox.
 */
export type PersonalDataObject =
  | { entity: "Dossier"; entityId: string }
  | { entity: "IntakeNotice"; entityId: string }
  | { entity: "Feedback"; entityId: string }
  | { entity: "AdministrativeUnit"; unitId: string }
  | { entity: "DevOutboxMessage" };

/**
 * The record of processing Nghị định 13/2023 expects: who read which citizen's data, how, when and from where. Called
 * once by the one loader of each screen, print page, PDF and export (src/server/data/documents.ts, dossier-page.ts,
 * notifications.ts, the lateness export), after the reader's scope was checked and the data found: a refused or
 * missing read writes nothing. A failed write fails the read: no personal data leaves without its row.
 * `detail` names forms, periods and counts, never the personal data itself.
 */
export async function recordPersonalDataRead(
  reader: Pick<SessionUser, "id">,
  action: PersonalDataRead,
  object: PersonalDataObject,
  detail?: Record<string, string | number | boolean | null | string[]>,
): Promise<void> {
  const entityId =
    object.entity === "AdministrativeUnit"
      ? (await db.administrativeUnit.findUniqueOrThrow({ where: { id: object.unitId }, select: { code: true } })).code
      : object.entity === "DevOutboxMessage"
        ? undefined
        : object.entityId;
  await recordAudit({ actorId: reader.id, action, entity: object.entity, entityId, detail, ip: await requestAddress() });
}

/**
 * A read of personal data by the applicant (no staff account): a file downloaded through a link issued after the
 * second factor. The row has no actor; the detail says it was the applicant.
 */
export async function recordApplicantDataRead(
  action: PersonalDataRead,
  object: { entity: "Dossier" | "Feedback"; entityId: string },
  detail?: Record<string, string | number | boolean | null>,
): Promise<void> {
  await recordAudit({
    actorId: null,
    action,
    entity: object.entity,
    entityId: object.entityId,
    detail: { ...detail, by: "applicant" },
    ip: await requestAddress(),
  });
}

/** The client's address of the request being served; none when called outside a request (tests, scripts). */
async function requestAddress(): Promise<string | undefined> {
  try {
    return clientAddress(await headers());
  } catch (error) {
    if (error instanceof Error && /outside a request scope/.test(error.message)) return undefined;
    throw error;
  }
}
