import "server-only";
// What the online form reads: the procedure version in force (online class, fees, postal return, components), the
// units that may receive it (active units of the procedure's level that have its handling office), and the verified
// contact's own earlier files that may be reused. Nothing here is another person's.
import { handlingOfficeCodeIn } from "@/domain/catalogue";
import type { Prisma } from "@/generated/prisma/client";
import { procedureVersionInForce, type ProcedureVersionInForce } from "@/server/data/intake-context";
import { db } from "@/server/db";
import { todayKey, unitInForceWhere } from "@/server/data/organisation";

export interface ReceivingUnit {
  id: string;
  name: string;
  kindLabel: string;
  address: string | null;
  phone: string | null;
  openingHours: string | null;
}

export interface OnlineProcedure {
  code: string;
  name: string;
  version: ProcedureVersionInForce;
  units: ReceivingUnit[];
}

/**
 * Units whose desk may receive this version: of the procedure's level, active, with their handling office (the
 * unit's own one named by the catalogue, else the version's: handlingOfficeCodeIn).
 */
export async function receivingUnits(version: ProcedureVersionInForce): Promise<ReceivingUnit[]> {
  const codes = [version.handlingOfficeCode, ...version.handlingOffices.map((office) => office.officeCode)];
  const units = await db.administrativeUnit.findMany({
    where: {
      ...unitInForceWhere(todayKey()),
      level: version.procedure.level,
      active: true,
      offices: { some: { code: { in: codes }, active: true } },
    },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      kindLabel: true,
      address: true,
      phone: true,
      openingHours: true,
      offices: { where: { active: true, code: { in: codes } }, select: { code: true } },
    },
  });
  return units
    .filter((unit) => unit.offices.some((office) => office.code === handlingOfficeCodeIn(version, unit.id)))
    .map(({ offices: _offices, ...unit }) => unit);
}

/** The procedure by its code when it can be filed online today (class PARTIAL or FULL); null otherwise. */
export async function onlineProcedure(code: string, now: Date = new Date()): Promise<OnlineProcedure | null> {
  const procedure = await db.procedure.findUnique({ where: { code }, select: { id: true, active: true } });
  if (!procedure?.active) return null;
  const version = await procedureVersionInForce(db, procedure.id, now);
  if (!version || version.onlineClass === "NONE") return null;
  return { code, name: version.procedure.name, version, units: await receivingUnits(version) };
}

export interface ReusableFile {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedAt: Date;
  purpose: "COMPONENT" | "RESULT";
  /** The component's name in the earlier dossier, or the result's kind. */
  label: string;
  dossierCode: string;
}

/**
 * Files the contact may reuse: components and results of dossiers this contact submitted (current versions only).
 * The one ownership rule, used for the list and again when a submission names a file.
 */
export const reusableFileWhere = (contactId: string): Prisma.DossierFileWhereInput => ({
  purpose: { in: ["COMPONENT", "RESULT"] },
  supersededAt: null,
  dossier: { submittedContactId: contactId },
});

export async function reusableFiles(contactId: string): Promise<ReusableFile[]> {
  const files = await db.dossierFile.findMany({
    where: reusableFileWhere(contactId),
    orderBy: { uploadedAt: "desc" },
    take: 100,
    select: {
      id: true,
      fileName: true,
      mediaType: true,
      sizeBytes: true,
      uploadedAt: true,
      purpose: true,
      documentPosition: true,
      result: { select: { kind: true } },
      dossier: { select: { code: true, documents: { select: { position: true, name: true } } } },
    },
  });
  return files.map((file) => ({
    id: file.id,
    fileName: file.fileName,
    mediaType: file.mediaType,
    sizeBytes: file.sizeBytes,
    uploadedAt: file.uploadedAt,
    purpose: file.purpose as "COMPONENT" | "RESULT",
    label:
      file.purpose === "RESULT"
        ? (file.result?.kind ?? "Kết quả giải quyết")
        : (file.dossier.documents.find((document) => document.position === file.documentPosition)?.name ?? ""),
    dossierCode: file.dossier.code,
  }));
}

export interface SubmittedDossier {
  code: string;
  trackingKey: string;
  unitName: string;
  intakeDueAt: Date | null;
  feeDueBeforeIntake: number;
}

/** The confirmation of a submission: only to the contact that submitted it (else null, as for a missing code). */
export async function submittedDossier(contactId: string, code: string): Promise<SubmittedDossier | null> {
  const dossier = await db.dossier.findFirst({
    where: { code, submittedContactId: contactId },
    select: {
      code: true,
      trackingKey: true,
      intakeDueAt: true,
      feeAmount: true,
      receivedUnit: { select: { name: true, kindLabel: true } },
      procedureVersion: { select: { feeTiming: true } },
    },
  });
  if (!dossier) return null;
  return {
    code: dossier.code,
    trackingKey: dossier.trackingKey,
    unitName: `${dossier.receivedUnit.kindLabel} ${dossier.receivedUnit.name}`,
    intakeDueAt: dossier.intakeDueAt,
    feeDueBeforeIntake: dossier.procedureVersion.feeTiming === "BEFORE_INTAKE" ? dossier.feeAmount : 0,
  };
}
