import "server-only";
// "Hồ sơ của tôi": every dossier a verified contact submitted, newest first, with its status in plain words and the
// tracking link (code and key, as the receipt's QR). A read of personal data: audited once per listing, with the
// contact's id (never its value) and the count.
import { headers } from "next/headers";
import { trackingUrl } from "@/domain/notifications";
import { citizenStatus } from "@/domain/tracking/public-view";
import { recordAudit } from "@/server/data/audit";
import { db } from "@/server/db";
import { clientAddress } from "@/server/rate-limit";

export interface MyDossier {
  code: string;
  procedureName: string;
  statusTitle: string;
  statusText: string;
  actionNeeded: boolean;
  submittedAt: Date;
  appointmentAt: Date | null;
  unitName: string;
  /** Relative link to the tracking page with both factors. */
  trackingPath: string;
}

async function requestAddress(): Promise<string | undefined> {
  try {
    return clientAddress(await headers());
  } catch {
    return undefined; // outside a request (tests, scripts)
  }
}

export async function listMyDossiers(contactId: string): Promise<MyDossier[]> {
  const dossiers = await db.dossier.findMany({
    where: { submittedContactId: contactId },
    orderBy: { submittedAt: "desc" },
    take: 200,
    select: {
      code: true,
      trackingKey: true,
      status: true,
      processingStep: true,
      submittedAt: true,
      appointmentAt: true,
      procedure: { select: { name: true } },
      receivedUnit: { select: { name: true } },
      pauses: { where: { endedAt: null }, select: { kind: true }, take: 1 },
    },
  });
  await recordAudit({
    actorId: null,
    action: "personal_data.view_my_dossiers",
    entity: "VerifiedContact",
    entityId: contactId,
    detail: { by: "applicant", count: dossiers.length },
    ip: await requestAddress(),
  });
  return dossiers.map((dossier) => {
    const status = citizenStatus(dossier.status, dossier.processingStep, {
      openPauseKind: dossier.pauses[0]?.kind ?? null,
    });
    return {
      code: dossier.code,
      procedureName: dossier.procedure.name,
      statusTitle: status.title,
      statusText: status.text,
      actionNeeded: status.actionNeeded,
      submittedAt: dossier.submittedAt,
      appointmentAt: dossier.appointmentAt,
      unitName: dossier.receivedUnit.name,
      trackingPath: trackingUrl("", dossier.code, dossier.trackingKey),
    };
  });
}
