import "server-only";
// Direction: server/dossiers (transactional services) import server/data (reads); server/data never imports them.
// The dossier as the state machine reads it. Loaded by the command service (server/dossiers/commands) inside its
// transaction, and by the dossier page to list the commands a user may run, so both see the same state.
import type { Actor, DossierMachineState } from "@/domain/dossier";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/server/auth/session-user";
import { db } from "@/server/db";

type Tx = Prisma.TransactionClient;

export const actorOf = (user: SessionUser): Actor => ({ userId: user.id, role: user.role, unitId: user.unitId, officeId: user.officeId });

const dossierForCommand = {
  include: {
    procedureVersion: { select: { leadershipApproval: true, durationValue: true, durationUnit: true, stepShares: true } },
    pauses: { orderBy: { startedAt: "asc" } },
    handoffs: { orderBy: { sequence: "asc" } },
    // The signed apology letter that moved the appointment, if any (its date is the promise to keep).
    apologies: {
      where: { status: "APPROVED", kind: "LATE" },
      orderBy: { decidedAt: "desc" },
      take: 1,
      select: { proposedAppointmentAt: true, decidedAt: true },
    },
  },
} satisfies Prisma.DossierDefaultArgs;

export type DossierForCommand = Prisma.DossierGetPayload<typeof dossierForCommand>;

export function loadDossierForCommand(client: Tx | typeof db, dossierId: string): Promise<DossierForCommand | null> {
  return client.dossier.findUnique({ where: { id: dossierId }, ...dossierForCommand });
}

/** The dossier as the state machine sees it. */
export function machineStateOf(dossier: DossierForCommand): DossierMachineState {
  return {
    status: dossier.status,
    processingStep: dossier.processingStep,
    receivedUnitId: dossier.receivedUnitId,
    decidingUnitId: dossier.decidingUnitId,
    handlingOfficeId: dossier.handlingOfficeId,
    assigneeId: dossier.assigneeId,
    leadershipApproval: dossier.procedureVersion.leadershipApproval,
    supplementRequestOfficeIds: dossier.pauses
      .filter((pause) => pause.kind === "SUPPLEMENT" && pause.requestedByOfficeId)
      .map((pause) => pause.requestedByOfficeId!),
    openPauseKind: dossier.pauses.find((pause) => pause.endedAt === null)?.kind ?? null,
    proposedResultKind: dossier.status === "RESULT_READY" || dossier.status === "RETURNED" ? null : dossier.resultKind,
    received: dossier.receivedAt !== null,
    returnFacts: {
      postalReturnRequested: dossier.postalReturn || dossier.resultDelivery === "POST",
      electronicResultIssued: dossier.electronicResult,
    },
  };
}

export const pastOfficeIdsOf = (dossier: DossierForCommand): string[] =>
  dossier.handoffs.flatMap((handoff) => [handoff.toOfficeId, ...(handoff.fromOfficeId ? [handoff.fromOfficeId] : [])]);
