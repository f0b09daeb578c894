import "server-only";
// The one guard of the dossier-file services (electronic results, digitisation): read scope first (outside it the
// dossier "does not exist"), then the rule's seat and status, each with its own message. Commands lock the dossier's
// row, so two changes of one dossier's files run one after the other.
import { canView, type Actor, type DossierMachineState, type DossierStatus } from "@/domain/dossier";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/server/auth/session-user";
import {
  actorOf,
  loadDossierForCommand,
  machineStateOf,
  pastOfficeIdsOf,
  type DossierForCommand,
} from "@/server/data/dossier-for-command";
import { mayView } from "@/server/data/dossier-page";
import { db } from "@/server/db";
import { DossierNotFoundError } from "@/server/dossier-errors";
import { UserFacingError } from "@/server/user-facing-error";

/** Who may change a dossier's files of one kind, and when; with the messages that say why not. */
export interface FileRule {
  seat: (dossier: DossierMachineState, actor: Actor) => boolean;
  status: (status: DossierStatus) => boolean;
  refusals: { seat: string; status: string };
}

/** Why `user` may not act now (seat first), or null. */
function refusalOf(rule: FileRule, dossier: DossierForCommand, user: SessionUser): string | null {
  if (!rule.seat(machineStateOf(dossier), actorOf(user))) return rule.refusals.seat;
  return rule.status(dossier.status) ? null : rule.refusals.status;
}

/** Inside a command's transaction: locks the dossier's row and checks scope, seat and status. */
export async function lockDossierFor(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  dossierId: string,
  rule: FileRule,
): Promise<DossierForCommand> {
  await tx.$queryRaw`SELECT 1 FROM "Dossier" WHERE id = ${dossierId} FOR UPDATE`;
  const dossier = await loadDossierForCommand(tx, dossierId);
  if (!dossier || !canView(machineStateOf(dossier), actorOf(user), { pastOfficeIds: pastOfficeIdsOf(dossier) }))
    throw new DossierNotFoundError();
  const refusal = refusalOf(rule, dossier, user);
  if (refusal) throw new UserFacingError(refusal);
  return dossier;
}

/** For a page's panel: the dossier if `user` may read it (else null), and whether they may act now or why not. */
export async function viewDossierFor(
  user: SessionUser,
  dossierId: string,
  readableUnitIds: readonly string[],
  rule: FileRule,
): Promise<{ dossier: DossierForCommand; refusal: string | null } | null> {
  const dossier = await loadDossierForCommand(db, dossierId);
  if (!dossier || !mayView(dossier, user, readableUnitIds)) return null;
  return { dossier, refusal: refusalOf(rule, dossier, user) };
}
