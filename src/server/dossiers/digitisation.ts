import "server-only";
// Digitisation at the desk (issue 9, item 6; Nghị định 45/2020 Art. 25–26 on digitising dossiers, Decision 766
// indicators 4.2–4.3): each paper component is scanned and attached, or taken from an earlier dossier of the same
// applicant (same ID number) instead of asked again. One transaction writes the file (a replacement keeps the old row,
// superseded), the component's flags (DuocSoHoa, DuocTaiSuDung), the dossier's digitised / dataReused recomputed from
// all its components by the pure rules of src/domain/digitisation, and the audit row.
import {
  componentDigitised,
  componentsMayBeDigitised,
  dossierComponentsDigitised,
  dossierDataReused,
  mayDigitiseComponents,
  type DocumentReuse,
} from "@/domain/digitisation";
import type { DossierFile, Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/server/auth/session-user";
import { recordAudit } from "@/server/data/audit";
import { db } from "@/server/db";
import { dossierTransactionOptions } from "@/server/db/transaction-options";
import { fileLink, reuseDossierFile, saveDossierFile, type InspectedUpload } from "@/server/files";
import { UserFacingError } from "@/server/user-facing-error";
import { lockDossierFor, viewDossierFor, type FileRule } from "./file-access";

type Tx = Prisma.TransactionClient;

export const DIGITISATION_REFUSALS = {
  seat: "Chỉ Bộ phận Một cửa nơi tiếp nhận hồ sơ mới số hoá được thành phần hồ sơ.",
  status: "Hồ sơ ở trạng thái này không số hoá thành phần được (chưa tiếp nhận, bị từ chối hoặc đã rút).",
  component: "Hồ sơ không có thành phần này; xin vui lòng tải lại trang.",
  otherPerson:
    "Chỉ tái sử dụng được giấy tờ từ hồ sơ trước của chính người nộp hồ sơ này (cùng số định danh); giấy tờ đã chọn không thuộc người này.",
} as const;

export interface DigitisedComponent {
  dossierId: string;
  code: string;
  position: number;
  fileId: string;
  replacedFileId: string | null;
  digitised: boolean;
  dataReused: boolean;
}

const DIGITISATION_RULE: FileRule = {
  seat: mayDigitiseComponents,
  status: componentsMayBeDigitised,
  refusals: { seat: DIGITISATION_REFUSALS.seat, status: DIGITISATION_REFUSALS.status },
};

/** The dossier (locked, in scope, this user at the desk) and the component at `position`. */
async function dossierForDigitisation(tx: Tx, user: SessionUser, dossierId: string, position: number) {
  const dossier = await lockDossierFor(tx, user, dossierId, DIGITISATION_RULE);
  const component = await tx.dossierDocument.findUnique({
    where: { dossierId_position: { dossierId, position } },
  });
  if (!component)
    throw new UserFacingError(DIGITISATION_REFUSALS.component, { position: [DIGITISATION_REFUSALS.component] });
  return dossier;
}

/**
 * After a component's file changed: its flags from its current file, then the dossier's from all components. A
 * component taken from the national portal keeps that mark until a file of another source replaces it.
 */
async function recomputeFlags(tx: Tx, dossierId: string): Promise<{ digitised: boolean; dataReused: boolean }> {
  // One query after the other: a transaction's connection runs one statement at a time.
  const components = await tx.dossierDocument.findMany({ where: { dossierId }, orderBy: { position: "asc" } });
  const files = await tx.dossierFile.findMany({
    where: { dossierId, purpose: "COMPONENT" },
    select: { purpose: true, documentPosition: true, source: true, supersededAt: true },
  });
  const next = components.map((component) => {
    const current = files.find((file) => file.documentPosition === component.position && file.supersededAt === null);
    const reuse: DocumentReuse =
      current?.source === "REUSE"
        ? "REUSED"
        : component.reuse === "REUSED_FROM_NATIONAL_PORTAL" && (!current || current.source === "PLATFORM")
          ? "REUSED_FROM_NATIONAL_PORTAL"
          : "NONE";
    return { ...component, digitised: componentDigitised(component.position, files), reuse };
  });
  for (const component of next)
    await tx.dossierDocument.update({
      where: { id: component.id },
      data: { digitised: component.digitised, reuse: component.reuse },
    });
  const flags = { digitised: dossierComponentsDigitised(next, files), dataReused: dossierDataReused(next) };
  await tx.dossier.update({ where: { id: dossierId }, data: flags });
  return flags;
}

/** The component's current file, to be superseded by the new one. */
const currentComponentFile = (tx: Tx, dossierId: string, position: number) =>
  tx.dossierFile.findFirst({
    where: { dossierId, purpose: "COMPONENT", documentPosition: position, supersededAt: null },
    orderBy: { uploadedAt: "desc" },
  });

/** After a new file of a component: the old one superseded, the flags recomputed, the audit row. */
async function componentChanged(
  tx: Tx,
  user: SessionUser,
  change: {
    dossier: { id: string; code: string };
    position: number;
    old: DossierFile | null;
    file: DossierFile;
    now: Date;
  },
  action: "digitisation.scan_component" | "digitisation.reuse_component",
  detail: Record<string, string> = {},
): Promise<DigitisedComponent> {
  const { dossier, position, old, file, now } = change;
  if (old) await tx.dossierFile.update({ where: { id: old.id }, data: { supersededAt: now, supersededById: file.id } });
  const flags = await recomputeFlags(tx, dossier.id);
  const replacedFileId = old?.id ?? null;
  await recordAudit(
    {
      actorId: user.id,
      action,
      entity: "Dossier",
      entityId: dossier.code,
      detail: { position, fileId: file.id, replacedFileId, ...detail },
    },
    tx,
  );
  return { dossierId: dossier.id, code: dossier.code, position, fileId: file.id, replacedFileId, ...flags };
}

/** Scans and attaches one paper component (PDF, JPEG or PNG, checked by content by inspectUpload). */
export async function scanComponent(
  user: SessionUser,
  input: { dossierId: string; position: number; upload: InspectedUpload },
  now: Date = new Date(),
): Promise<DigitisedComponent> {
  return db.$transaction(async (tx) => {
    const dossier = await dossierForDigitisation(tx, user, input.dossierId, input.position);
    const old = await currentComponentFile(tx, dossier.id, input.position);
    const file = await saveDossierFile(tx, {
      dossierId: dossier.id,
      purpose: "COMPONENT",
      documentPosition: input.position,
      source: "SCAN",
      upload: input.upload,
      uploadedById: user.id,
    });
    return componentChanged(
      tx,
      user,
      { dossier, position: input.position, old, file, now },
      "digitisation.scan_component",
    );
  }, dossierTransactionOptions);
}

/** Files of the same applicant's other dossiers that the desk may reuse: current ones, in dossiers of this unit. */
function reusableFilesWhere(
  dossier: { id: string; applicantIdNumber: string },
  unitId: string,
): Prisma.DossierFileWhereInput {
  return {
    dossierId: { not: dossier.id },
    purpose: { in: ["COMPONENT", "RESULT"] },
    supersededAt: null,
    dossier: {
      applicantIdNumber: dossier.applicantIdNumber,
      OR: [{ receivedUnitId: unitId }, { decidingUnitId: unitId }],
    },
  };
}

/** Takes a component from an earlier dossier of the same applicant (same ID number): DuocTaiSuDung = 1. */
export async function reuseComponent(
  user: SessionUser,
  input: { dossierId: string; position: number; sourceFileId: string },
  now: Date = new Date(),
): Promise<DigitisedComponent> {
  return db.$transaction(async (tx) => {
    const dossier = await dossierForDigitisation(tx, user, input.dossierId, input.position);
    const applicant = await tx.dossier.findUniqueOrThrow({
      where: { id: dossier.id },
      select: { id: true, applicantIdNumber: true },
    });
    // The same filter as the list the desk chose from: another person's file, or one outside the unit, is refused
    // with one message (so the answer does not tell whether such a file exists).
    const original = await tx.dossierFile.findFirst({
      where: { id: input.sourceFileId, ...reusableFilesWhere(applicant, user.unitId) },
    });
    if (!original)
      throw new UserFacingError(DIGITISATION_REFUSALS.otherPerson, {
        sourceFileId: [DIGITISATION_REFUSALS.otherPerson],
      });
    const old = await currentComponentFile(tx, dossier.id, input.position);
    const file = await reuseDossierFile(tx, original, {
      dossierId: dossier.id,
      purpose: "COMPONENT",
      documentPosition: input.position,
      uploadedById: user.id,
    });
    return componentChanged(
      tx,
      user,
      { dossier, position: input.position, old, file, now },
      "digitisation.reuse_component",
      { reusedFromId: original.id },
    );
  }, dossierTransactionOptions);
}

// ─── Reads ───────────────────────────────────────────────────────────────────────────────────────────────────────

export interface ComponentFileView {
  id: string;
  fileName: string;
  sizeBytes: number;
  source: string;
  uploadedAt: Date;
  link: string;
}

export interface ComponentView {
  position: number;
  name: string;
  required: boolean;
  digitised: boolean;
  reuse: DocumentReuse;
  fromNationalStore: boolean;
  current: ComponentFileView | null;
  /** Earlier versions of this component's file, newest first (kept: the archive rule). */
  history: ComponentFileView[];
}

export interface ReuseCandidate {
  id: string;
  fileName: string;
  dossierCode: string;
  /** The component's name in that dossier, or the result's kind. */
  label: string;
  uploadedAt: Date;
}

export interface DigitisationPanel {
  dossierId: string;
  code: string;
  digitised: boolean;
  dataReused: boolean;
  mayDigitise: boolean;
  refusal: string | null;
  components: ComponentView[];
  candidates: ReuseCandidate[];
}

/** The "Số hoá thành phần hồ sơ" panel of the staff dossier page; null outside the user's read scope. */
export async function loadDigitisationPanel(
  user: SessionUser,
  dossierId: string,
  readableUnitIds: readonly string[] = [user.unitId],
): Promise<DigitisationPanel | null> {
  const viewed = await viewDossierFor(user, dossierId, readableUnitIds, DIGITISATION_RULE);
  if (!viewed) return null;
  const { dossier, refusal } = viewed;
  const [components, files] = await Promise.all([
    db.dossierDocument.findMany({ where: { dossierId }, orderBy: { position: "asc" } }),
    db.dossierFile.findMany({ where: { dossierId, purpose: "COMPONENT" }, orderBy: { uploadedAt: "desc" } }),
  ]);
  const view = async (file: DossierFile): Promise<ComponentFileView> => ({
    id: file.id,
    fileName: file.fileName,
    sizeBytes: file.sizeBytes,
    source: file.source,
    uploadedAt: file.uploadedAt,
    link: await fileLink(file.id, "staff"),
  });
  const componentViews = await Promise.all(
    components.map(async (component) => {
      const own = files.filter((file) => file.documentPosition === component.position);
      const current = own.find((file) => file.supersededAt === null) ?? null;
      return {
        position: component.position,
        name: component.name,
        required: component.required,
        digitised: component.digitised,
        reuse: component.reuse,
        fromNationalStore: component.fromNationalStore,
        current: current ? await view(current) : null,
        history: await Promise.all(own.filter((file) => file.supersededAt !== null).map(view)),
      };
    }),
  );
  let candidates: ReuseCandidate[] = [];
  if (refusal === null) {
    const rows = await db.dossierFile.findMany({
      where: reusableFilesWhere(dossier, user.unitId),
      orderBy: { uploadedAt: "desc" },
      take: 50,
      include: {
        dossier: { select: { code: true, documents: { select: { position: true, name: true } } } },
        result: true,
      },
    });
    candidates = rows.map((row) => ({
      id: row.id,
      fileName: row.fileName,
      dossierCode: row.dossier.code,
      label:
        row.purpose === "RESULT"
          ? `Kết quả: ${row.result?.kind ?? row.fileName}`
          : (row.dossier.documents.find((document) => document.position === row.documentPosition)?.name ??
            row.fileName),
      uploadedAt: row.uploadedAt,
    }));
  }
  return {
    dossierId,
    code: dossier.code,
    digitised: dossier.digitised,
    dataReused: dossier.dataReused,
    mayDigitise: refusal === null,
    refusal,
    components: componentViews,
    candidates,
  };
}
