// Messages of the desk's online intake (src/server/dossiers/online-intake.ts): form 02 delivered online, form 03,
// and the acknowledgement of the citizen's supplement. Written to the outbox in the caller's transaction, like every
// applicant message (./outbox.ts). Receipt itself uses notifyDossierReceived.
import type { Prisma } from "@/generated/prisma/client";
import { applicantData, loadApplicantDossier, notifyApplicant, type OutboxOptions } from "./outbox";
import { notificationSettings } from "./settings";

type Tx = Prisma.TransactionClient;

async function noticeOf(tx: Tx, noticeId: string) {
  return tx.intakeNotice.findUniqueOrThrow({
    where: { id: noticeId },
    select: { number: true, reason: true, missingDocuments: true },
  });
}

/** Form 02 online: the components to complete, and the tracking link where the citizen uploads them. */
export async function notifyIntakeSupplementNeeded(
  tx: Tx,
  dossierId: string,
  noticeId: string,
  options: OutboxOptions = {},
): Promise<string[]> {
  const settings = options.settings ?? notificationSettings();
  const [dossier, notice] = await Promise.all([loadApplicantDossier(tx, dossierId), noticeOf(tx, noticeId)]);
  const items = Array.isArray(notice.missingDocuments)
    ? notice.missingDocuments.filter((item): item is string => typeof item === "string")
    : [];
  return notifyApplicant(
    tx,
    dossier,
    "dossier.intake_supplement",
    { ...applicantData(dossier, settings), noticeNumber: notice.number, items },
    { ...options, settings },
  );
}

/** Form 03: not received, with the reasons. */
export async function notifyIntakeRefused(
  tx: Tx,
  dossierId: string,
  noticeId: string,
  options: OutboxOptions = {},
): Promise<string[]> {
  const settings = options.settings ?? notificationSettings();
  const [dossier, notice] = await Promise.all([loadApplicantDossier(tx, dossierId), noticeOf(tx, noticeId)]);
  return notifyApplicant(
    tx,
    dossier,
    "dossier.intake_refused",
    { ...applicantData(dossier, settings), noticeNumber: notice.number, reason: notice.reason },
    { ...options, settings },
  );
}

/** The supplement arrived: the dossier is back with the desk, which answers by its new intake deadline. */
export async function notifyIntakeSupplementAnswered(
  tx: Tx,
  dossierId: string,
  options: OutboxOptions = {},
): Promise<string[]> {
  const settings = options.settings ?? notificationSettings();
  const dossier = await loadApplicantDossier(tx, dossierId);
  return notifyApplicant(
    tx,
    dossier,
    "dossier.supplement_answered",
    { ...applicantData(dossier, settings), intakeDueAt: dossier.intakeDueAt },
    { ...options, settings },
  );
}
