import "server-only";
// Electronic results (issue 9, item 6; Nghị định 45/2020, Decision 766 indicator 4.1): the signed result file attached
// with its metadata, or a PDF the product generates from the dossier. One transaction writes the file row, its
// DossierResultDocument and Dossier.electronicResult (recomputed from the files, so it is true only while a current
// result file exists), and the audit row. A new result replaces the current one: the old row is kept, superseded.
// Who and when: src/domain/digitisation (the assigned officer, the head of the handling office or the receiving desk,
// once the decision is signed: RESULT_READY or RETURNED).
import { parseTrackingInput } from "@/domain/tracking/lookup-input";
import type { AuditAction } from "@/domain/audit";
import {
  generatedResultSpec,
  hasElectronicResult,
  mayIssueResult,
  resultMayBeIssued,
  RESULT_MESSAGES,
  signedOnNotFuture,
  type GeneratedResultInput,
  type ResultMetadata,
} from "@/domain/digitisation";
import type { DossierFile, Prisma } from "@/generated/prisma/client";
import { localDateKey, localDateUtcMs, startOfVietnamDay } from "@/lib/dates";
import type { SessionUser } from "@/server/auth/session-user";
import { recordAudit } from "@/server/data/audit";
import { factorMatches } from "@/server/data/tracking";
import { db } from "@/server/db";
import { dossierTransactionOptions } from "@/server/db/transaction-options";
import { fileLink, generatedUpload, replaceDossierFile, saveDossierFile, type InspectedUpload } from "@/server/files";
import { UserFacingError } from "@/server/user-facing-error";
import { lockDossierFor, viewDossierFor, type FileRule } from "./file-access";
import { renderResultPdf } from "./result-pdf";

type Tx = Prisma.TransactionClient;

export const RESULT_REFUSALS = {
  status:
    "Chỉ phát hành kết quả điện tử sau khi kết quả đã được ký duyệt (hồ sơ ở trạng thái Đã xử lý xong hoặc Đã trả kết quả).",
  seat: "Chỉ chuyên viên xử lý hồ sơ, trưởng phòng xử lý hoặc Bộ phận Một cửa nơi tiếp nhận mới phát hành được kết quả điện tử.",
  pdfOnly: "Kết quả điện tử phải là tệp PDF đã ký số; xin vui lòng chọn tệp PDF.",
} as const;

export interface IssuedResult {
  dossierId: string;
  code: string;
  fileId: string;
  resultId: string;
  replacedFileId: string | null;
}

const RESULT_RULE: FileRule = {
  seat: mayIssueResult,
  status: resultMayBeIssued,
  refusals: { seat: RESULT_REFUSALS.seat, status: RESULT_REFUSALS.status },
};

function checkSignedOn(metadata: ResultMetadata, now: Date): void {
  if (!signedOnNotFuture(metadata.signedOn, localDateKey(now)))
    throw new UserFacingError(RESULT_MESSAGES.signedOnFuture, { signedOn: [RESULT_MESSAGES.signedOnFuture] });
}

/** Writes the file (replacing the current result), its metadata, the dossier's flag and the audit row. */
async function issue(
  tx: Tx,
  user: SessionUser,
  dossier: { id: string; code: string },
  upload: InspectedUpload,
  metadata: ResultMetadata,
  generated: boolean,
  now: Date,
): Promise<IssuedResult> {
  const current = await tx.dossierFile.findFirst({
    where: { dossierId: dossier.id, purpose: "RESULT", supersededAt: null },
    orderBy: { uploadedAt: "desc" },
  });
  const source = generated ? ("GENERATED" as const) : ("UPLOAD" as const);
  const file: DossierFile = current
    ? await replaceDossierFile(tx, current.id, { purpose: "RESULT", source, upload, uploadedById: user.id }, now)
    : await saveDossierFile(tx, { dossierId: dossier.id, purpose: "RESULT", source, upload, uploadedById: user.id });
  const result = await tx.dossierResultDocument.create({
    data: {
      dossierId: dossier.id,
      fileId: file.id,
      number: metadata.number,
      signerName: metadata.signerName,
      signerTitle: metadata.signerTitle ?? null,
      signedOn: new Date(localDateUtcMs(metadata.signedOn)),
      issuingAgency: metadata.issuingAgency,
      kind: metadata.kind,
      generated,
      issuedById: user.id,
      issuedAt: now,
    },
  });
  const files = await tx.dossierFile.findMany({
    where: { dossierId: dossier.id },
    select: { purpose: true, documentPosition: true, source: true, supersededAt: true },
  });
  await tx.dossier.update({ where: { id: dossier.id }, data: { electronicResult: hasElectronicResult(files) } });
  const action: AuditAction = generated ? "result.generate_file" : "result.attach_file";
  await recordAudit(
    {
      actorId: user.id,
      action,
      entity: "Dossier",
      entityId: dossier.code,
      detail: { fileId: file.id, number: metadata.number, replacedFileId: current?.id ?? null },
    },
    tx,
  );
  return {
    dossierId: dossier.id,
    code: dossier.code,
    fileId: file.id,
    resultId: result.id,
    replacedFileId: current?.id ?? null,
  };
}

/** Attaches a signed result file (a PDF checked by content by inspectUpload) with its metadata. */
export async function attachResultFile(
  user: SessionUser,
  input: { dossierId: string; metadata: ResultMetadata; upload: InspectedUpload },
  now: Date = new Date(),
): Promise<IssuedResult> {
  checkSignedOn(input.metadata, now);
  if (input.upload.mediaType !== "application/pdf")
    throw new UserFacingError(RESULT_REFUSALS.pdfOnly, { file: [RESULT_REFUSALS.pdfOnly] });
  return db.$transaction(async (tx) => {
    const dossier = await lockDossierFor(tx, user, input.dossierId, RESULT_RULE);
    return issue(tx, user, dossier, input.upload, input.metadata, false, now);
  }, dossierTransactionOptions);
}

/** Generates the result PDF from the dossier and the metadata, then issues it like an attached one. */
export async function generateResultFile(
  user: SessionUser,
  input: { dossierId: string; metadata: GeneratedResultInput },
  now: Date = new Date(),
): Promise<IssuedResult> {
  checkSignedOn(input.metadata, now);
  // Checked once before rendering (so a refused user costs no PDF) and again under the row lock.
  await db.$transaction((tx) => lockDossierFor(tx, user, input.dossierId, RESULT_RULE));
  const row = await db.dossier.findUniqueOrThrow({
    where: { id: input.dossierId },
    select: {
      code: true,
      applicantName: true,
      applicantIdNumber: true,
      applicantAddress: true,
      receivedAt: true,
      resultKind: true,
      procedure: { select: { name: true } },
      decidingUnit: { select: { name: true, kindLabel: true, level: true, parent: { select: { name: true } } } },
    },
  });
  const spec = generatedResultSpec({
    unit: {
      name: row.decidingUnit.name,
      kindLabel: row.decidingUnit.kindLabel,
      level: row.decidingUnit.level,
      parentName: row.decidingUnit.parent?.name ?? null,
    },
    dossier: {
      code: row.code,
      procedureName: row.procedure.name,
      applicantName: row.applicantName,
      applicantIdNumber: row.applicantIdNumber,
      applicantAddress: row.applicantAddress,
      receivedAt: row.receivedAt,
      resultKind: row.resultKind,
    },
    metadata: input.metadata,
    content: input.metadata.content,
    signedAt: startOfVietnamDay(input.metadata.signedOn),
  });
  const upload = await generatedUpload(await renderResultPdf(spec), `${spec.fileName}.pdf`);
  return db.$transaction(async (tx) => {
    const dossier = await lockDossierFor(tx, user, input.dossierId, RESULT_RULE);
    return issue(tx, user, dossier, upload, input.metadata, true, now);
  }, dossierTransactionOptions);
}

// ─── Reads ───────────────────────────────────────────────────────────────────────────────────────────────────────

export interface ResultRow {
  id: string;
  fileId: string;
  fileName: string;
  sizeBytes: number;
  number: string;
  kind: string;
  signerName: string;
  signerTitle: string | null;
  signedOn: Date;
  issuingAgency: string;
  generated: boolean;
  issuedAt: Date;
  issuedBy: string;
  current: boolean;
  /** A short-lived staff link (the download route checks the session's scope again). */
  link: string;
}

export interface ResultPanel {
  dossierId: string;
  code: string;
  electronicResult: boolean;
  /** Whether this user may attach or generate now (seat and status), and if not, why. */
  mayIssue: boolean;
  refusal: string | null;
  /** Defaults for the form: the deciding unit as issuing agency. */
  defaults: { issuingAgency: string };
  results: ResultRow[];
}

/** The electronic-result panel of the staff dossier page; null outside the user's read scope. */
export async function loadResultPanel(
  user: SessionUser,
  dossierId: string,
  readableUnitIds: readonly string[] = [user.unitId],
): Promise<ResultPanel | null> {
  const viewed = await viewDossierFor(user, dossierId, readableUnitIds, RESULT_RULE);
  if (!viewed) return null;
  const { dossier, refusal } = viewed;
  const [rows, unit] = await Promise.all([
    db.dossierResultDocument.findMany({
      where: { dossierId },
      orderBy: { issuedAt: "desc" },
      include: { file: true },
    }),
    db.administrativeUnit.findUniqueOrThrow({
      where: { id: dossier.decidingUnitId },
      select: { name: true, kindLabel: true },
    }),
  ]);
  const issuers = await db.user.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.issuedById))] } },
    select: { id: true, fullName: true },
  });
  const nameOf = new Map(issuers.map((issuer) => [issuer.id, issuer.fullName]));
  const results = await Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      fileId: row.fileId,
      fileName: row.file.fileName,
      sizeBytes: row.file.sizeBytes,
      number: row.number,
      kind: row.kind,
      signerName: row.signerName,
      signerTitle: row.signerTitle,
      signedOn: row.signedOn,
      issuingAgency: row.issuingAgency,
      generated: row.generated,
      issuedAt: row.issuedAt,
      issuedBy: nameOf.get(row.issuedById) ?? "—",
      current: row.file.supersededAt === null,
      link: await fileLink(row.fileId, "staff"),
    })),
  );
  return {
    dossierId,
    code: dossier.code,
    electronicResult: dossier.electronicResult,
    mayIssue: refusal === null,
    refusal,
    defaults: { issuingAgency: `UBND ${unit.kindLabel.toLocaleLowerCase("vi")} ${unit.name}` },
    results,
  };
}

export interface CitizenResultDownload {
  fileName: string;
  sizeBytes: number;
  number: string;
  kind: string;
  signedOn: Date;
  /** A citizen link, valid a few minutes; the download route audits each download as the applicant's read. */
  link: string;
}

/**
 * The applicant's download on the tracking page: the current result file's citizen link. The tracking look-up has
 * already checked the second factor (and counted failures); this function checks the code and factor again itself, so
 * no code path can mint a citizen link from a dossier code alone.
 */
export async function citizenResultDownload(input: {
  code: string;
  factor: string;
}): Promise<CitizenResultDownload | null> {
  const parsed = parseTrackingInput(input);
  if (!parsed.ok) return null;
  const { code, factor } = parsed.value;
  const dossier = await db.dossier.findUnique({
    where: { code },
    select: { id: true, applicantPhone: true, trackingKey: true, electronicResult: true },
  });
  if (!dossier) return null;
  if (!factorMatches(factor, dossier) || !dossier.electronicResult) return null;
  const result = await db.dossierResultDocument.findFirst({
    where: { dossierId: dossier.id, file: { supersededAt: null } },
    orderBy: { issuedAt: "desc" },
    include: { file: true },
  });
  if (!result) return null;
  return {
    fileName: result.file.fileName,
    sizeBytes: result.file.sizeBytes,
    number: result.number,
    kind: result.kind,
    signedOn: result.signedOn,
    link: await fileLink(result.fileId, "citizen"),
  };
}
