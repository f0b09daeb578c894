// Reads what the payloads need, for many dossiers or events at once (one query each, not one per row): the worker
// builds the payloads when it sends, from the dossier as it is then and from the immutable history event.
import { progressLabel, type PortalDossierSource, type ProgressSource } from "@/domain/national-portal";
import type { PrismaClient } from "@/server/db/client";

type Reader = Pick<PrismaClient, "dossier" | "dossierEvent">;

/** Where a file is reached in MotCua (the staff download route; docs/national-portal.md). */
const fileUrl = (appUrl: string, fileId: string) =>
  `${appUrl.replace(/\/$/, "")}/api/tep/${encodeURIComponent(fileId)}`;

export async function loadDossierSources(
  db: Reader,
  dossierIds: readonly string[],
  appUrl: string,
): Promise<Map<string, PortalDossierSource>> {
  const rows = await db.dossier.findMany({
    where: { id: { in: [...new Set(dossierIds)] } },
    select: {
      id: true,
      code: true,
      portalCode: true,
      channel: true,
      applicantKind: true,
      applicantName: true,
      applicantIdNumber: true,
      applicantPhone: true,
      applicantEmail: true,
      applicantAddress: true,
      status: true,
      submittedAt: true,
      receivedAt: true,
      appointmentAt: true,
      finishedAt: true,
      returnedAt: true,
      resultDelivery: true,
      digitised: true,
      feeAmount: true,
      feePaidOnline: true,
      note: true,
      procedure: { select: { code: true, name: true } },
      field: { select: { code: true, name: true } },
      receivedUnit: { select: { code: true } },
      decidingUnit: { select: { code: true } },
      documents: {
        orderBy: { position: "asc" },
        select: { position: true, digitised: true, reuse: true, fromNationalStore: true },
      },
      files: {
        where: { purpose: "COMPONENT" },
        orderBy: { uploadedAt: "asc" },
        select: { id: true, fileName: true, supersededAt: true, documentPosition: true },
      },
      payments: {
        where: { status: { not: "CANCELLED" } },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { feeAmount: true, chargeAmount: true, status: true, method: true },
      },
      pauses: {
        where: { kind: "SUPPLEMENT" },
        orderBy: { startedAt: "asc" },
        select: {
          id: true,
          reason: true,
          startedAt: true,
          endedAt: true,
          requestedByOffice: { select: { name: true } },
        },
      },
      intakeNotices: {
        where: { kind: "SUPPLEMENT_REQUEST" },
        orderBy: { issuedAt: "asc" },
        select: {
          number: true,
          reason: true,
          issuedAt: true,
          answeredAt: true,
          issuedBy: { select: { fullName: true } },
        },
      },
      results: { orderBy: { issuedAt: "asc" }, select: { id: true, kind: true, number: true, fileId: true } },
      events: { where: { type: "refuse" }, orderBy: { at: "desc" }, take: 1, select: { at: true } },
    },
  });
  const sources = new Map<string, PortalDossierSource>();
  for (const row of rows) {
    const payment = row.payments[0];
    const paidOnline = row.feePaidOnline || (payment?.status === "PAID" && payment.method === "ONLINE");
    const fees: PortalDossierSource["fees"] = payment
      ? [
          { kind: "FEE", amount: payment.feeAmount, online: paidOnline },
          { kind: "CHARGE", amount: payment.chargeAmount, online: paidOnline },
        ]
      : [{ kind: "CHARGE", amount: row.feeAmount, online: paidOnline }];
    sources.set(row.id, {
      code: row.code,
      portalCode: row.portalCode,
      procedure: row.procedure,
      field: row.field,
      channel: row.channel,
      applicant: {
        kind: row.applicantKind,
        name: row.applicantName,
        idNumber: row.applicantIdNumber,
        phone: row.applicantPhone,
        email: row.applicantEmail,
        address: row.applicantAddress,
      },
      status: row.status,
      submittedAt: row.submittedAt,
      receivedAt: row.receivedAt,
      appointmentAt: row.appointmentAt,
      finishedAt: row.finishedAt,
      returnedAt: row.returnedAt,
      refusedAt: row.events[0]?.at ?? null,
      resultDelivery: row.resultDelivery,
      receivingUnitCode: row.receivedUnit.code,
      decidingUnitCode: row.decidingUnit.code,
      digitised: row.digitised,
      paidOnline,
      note: row.note,
      documents: row.documents.map((document) => ({
        position: document.position,
        digitised: document.digitised,
        reuse: document.reuse,
        fromNationalStore: document.fromNationalStore,
        files: row.files
          .filter((file) => file.documentPosition === document.position)
          .map((file) => ({
            id: file.id,
            fileName: file.fileName,
            superseded: file.supersededAt !== null,
            url: fileUrl(appUrl, file.id),
          })),
      })),
      fees,
      supplements: [
        ...row.intakeNotices.map((notice) => ({
          id: notice.number,
          requestedBy: notice.issuedBy.fullName,
          reason: notice.reason,
          requestedAt: notice.issuedAt,
          answeredAt: notice.answeredAt,
          receivedBy: "",
        })),
        ...row.pauses.map((pause) => ({
          id: pause.id,
          requestedBy: pause.requestedByOffice?.name ?? "",
          reason: pause.reason,
          requestedAt: pause.startedAt,
          answeredAt: pause.endedAt,
          receivedBy: "",
        })),
      ],
      results: row.results.map((result) => ({
        id: result.id,
        kind: result.kind,
        number: result.number,
        url: fileUrl(appUrl, result.fileId),
      })),
    });
  }
  return sources;
}

export async function loadProgressSources(
  db: Reader,
  eventIds: readonly bigint[],
): Promise<Map<bigint, ProgressSource>> {
  const events = await db.dossierEvent.findMany({
    where: { id: { in: [...eventIds] } },
    select: {
      id: true,
      type: true,
      at: true,
      fromStatus: true,
      toStatus: true,
      reason: true,
      dossier: { select: { code: true, portalCode: true, appointmentAt: true } },
      actor: {
        select: {
          fullName: true,
          title: true,
          role: true,
          office: { select: { name: true } },
          unit: { select: { name: true } },
        },
      },
    },
  });
  return new Map(
    events.map((event) => [
      event.id,
      {
        dossierCode: event.dossier.code,
        portalCode: event.dossier.portalCode,
        event: {
          type: event.type,
          at: event.at,
          fromStatus: event.fromStatus,
          toStatus: event.toStatus,
          reason: event.reason,
        },
        actor: event.actor
          ? {
              name: event.actor.fullName,
              title: event.actor.title,
              role: event.actor.role,
              office: event.actor.office?.name ?? null,
              unit: event.actor.unit.name,
            }
          : null,
        appointmentAt: event.dossier.appointmentAt,
        label: progressLabel(event.type),
      },
    ]),
  );
}
