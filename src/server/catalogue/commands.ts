import "server-only";
// The administrator's commands on the procedure catalogue (docs/catalogue.md): add a procedure with its first
// version, publish a new version, withdraw or reinstate a procedure, and apply an import plan. Each runs in one
// transaction with its audit entry; a new version closes the latest one (effectiveTo = its effectiveFrom) in the same
// transaction, with the procedure row locked so two publications cannot both follow the same latest version. Every
// check is the one the import makes (planImport), so a form and a spreadsheet row are refused for the same reasons.
import {
  planImport,
  type CatalogueEntry,
  type EntrySource,
  type ImportStep,
  type NewProcedureInput,
  type RowError,
  type VersionInput,
} from "@/domain/catalogue";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/server/data/audit";
import { db } from "@/server/db";
import { UserFacingError } from "@/server/user-facing-error";
import { loadImportContext } from "./entries";
import { dateColumnOf } from "@/lib/dates";

type Tx = Prisma.TransactionClient;
const TRANSACTION = { timeout: 120_000, maxWait: 10_000 } as const;

/** A form's entry checked against the database; its problems become the form's field errors. */
function refuseProblems(errors: readonly RowError[]): void {
  if (errors.length === 0) return;
  const fieldErrors: Record<string, string[]> = {};
  for (const error of errors) (fieldErrors[error.field] ??= []).push(error.message);
  throw new UserFacingError(errors[0]!.message, fieldErrors);
}

/** Errors of a form are reported by field path ("version.feeAmount", the form's input name). */
const formSource: EntrySource = {
  sheet: "JSON",
  row: 1,
  fieldLabel: (path) => path,
  documentRows: [],
  officeRows: [],
};
const formSourceFor = (entry: CatalogueEntry): EntrySource => ({
  ...formSource,
  officeRows: entry.version.unitOffices.map(() => ({ sheet: "JSON", row: 1 })),
});

async function lockProcedure(tx: Tx, code: string): Promise<{ id: string } | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Procedure" WHERE code = ${code} FOR UPDATE`;
  return rows[0] ?? null;
}

async function insertVersion(
  tx: Tx,
  procedureId: string,
  number: number,
  version: VersionInput,
  actorId: string | null,
) {
  const units = version.unitOffices.length
    ? await tx.administrativeUnit.findMany({
        where: { code: { in: version.unitOffices.map((office) => office.unitCode) } },
        select: { id: true, code: true },
      })
    : [];
  const unitId = new Map(units.map((unit) => [unit.code, unit.id]));
  return tx.procedureVersion.create({
    data: {
      procedureId,
      version: number,
      effectiveFrom: dateColumnOf(version.effectiveFrom),
      announcementNumber: version.announcementNumber,
      announcementDate: version.announcementDate ? dateColumnOf(version.announcementDate) : null,
      announcementIssuer: version.announcementIssuer,
      changeNote: version.changeNote,
      publishedById: actorId,
      durationValue: version.durationValue,
      durationUnit: version.durationUnit,
      feeAmount: version.feeAmount,
      chargeAmount: version.chargeAmount,
      feeTiming: version.feeTiming,
      feeNote: version.feeNote,
      handlingOfficeCode: version.handlingOfficeCode,
      onlineLevel: version.onlineLevel,
      onlineClass: version.onlineClass,
      fullOnlineEligible: version.fullOnlineEligible,
      postalIntakeAllowed: version.postalIntakeAllowed,
      postalReturnAllowed: version.postalReturnAllowed,
      leadershipApproval: version.leadershipApproval,
      stepShares: version.stepShares ?? undefined,
      documents: { create: version.documents.map((document, i) => ({ ...document, position: i + 1 })) },
      handlingOffices: {
        create: version.unitOffices.map((office) => ({
          unitId: unitId.get(office.unitCode)!,
          officeCode: office.officeCode,
        })),
      },
    },
    select: { id: true, version: true },
  });
}

const announcementDetail = (version: VersionInput) => ({
  effectiveFrom: version.effectiveFrom,
  announcementNumber: version.announcementNumber,
  announcementDate: version.announcementDate,
  announcementIssuer: version.announcementIssuer,
});

/** Applies one planned step (create / publish / update); the plan was made in this transaction, rows locked. */
async function applyStep(tx: Tx, step: ImportStep, actorId: string): Promise<void> {
  const { entry } = step;
  if (step.kind === "unchanged") return;
  const field = await tx.field.findUniqueOrThrow({ where: { code: entry.fieldCode }, select: { id: true } });
  if (step.kind === "create") {
    const procedure = await tx.procedure.create({
      data: { code: entry.code, name: entry.name, fieldId: field.id, level: entry.level, active: entry.active },
    });
    await insertVersion(tx, procedure.id, 1, entry.version, actorId);
    await recordAudit(
      {
        actorId,
        action: "catalogue.create_procedure",
        entity: "Procedure",
        entityId: entry.code,
        detail: { version: 1, ...announcementDetail(entry.version) },
      },
      tx,
    );
    return;
  }
  const locked = await lockProcedure(tx, entry.code);
  if (!locked) throw new UserFacingError(`Không tìm thấy thủ tục ${entry.code}.`);
  const before = await tx.procedure.findUniqueOrThrow({ where: { id: locked.id }, select: { active: true } });
  await tx.procedure.update({
    where: { id: locked.id },
    data: { name: entry.name, fieldId: field.id, active: entry.active },
  });
  if (step.kind === "publish") {
    const latest = await tx.procedureVersion.findFirst({
      where: { procedureId: locked.id },
      orderBy: { version: "desc" },
      select: { id: true, version: true },
    });
    if (latest)
      await tx.procedureVersion.update({
        where: { id: latest.id },
        data: { effectiveTo: dateColumnOf(entry.version.effectiveFrom) },
      });
    const created = await insertVersion(tx, locked.id, (latest?.version ?? 0) + 1, entry.version, actorId);
    await recordAudit(
      {
        actorId,
        action: "catalogue.publish_version",
        entity: "Procedure",
        entityId: entry.code,
        detail: { version: created.version, ...announcementDetail(entry.version) },
      },
      tx,
    );
  }
  if (step.kind === "update" || (step.kind === "publish" && step.headChanged)) {
    await recordAudit({ actorId, action: "catalogue.update_procedure", entity: "Procedure", entityId: entry.code }, tx);
  }
  if (before.active !== entry.active)
    await recordAudit(
      {
        actorId,
        action: entry.active ? "catalogue.reactivate_procedure" : "catalogue.deactivate_procedure",
        entity: "Procedure",
        entityId: entry.code,
      },
      tx,
    );
}

/** Thêm thủ tục: the procedure and its first version (which may record a decision already in force). */
export async function createProcedure(
  input: NewProcedureInput,
  actorId: string,
  now: Date = new Date(),
): Promise<{ code: string }> {
  return db.$transaction(async (tx) => {
    const context = await loadImportContext(tx, now, [input.code]);
    if (context.procedures.has(input.code))
      throw new UserFacingError(`Đã có thủ tục mã ${input.code}.`, { code: [`Đã có thủ tục mã ${input.code}.`] });
    const entry: CatalogueEntry = { ...input, active: true };
    const plan = planImport([{ entry, source: formSourceFor(entry) }], context);
    refuseProblems(plan.errors);
    for (const step of plan.steps) await applyStep(tx, step, actorId);
    return { code: input.code };
  }, TRANSACTION);
}

/** Công bố phiên bản mới: checked by the publishing rules, the latest version closed, in one transaction. */
export async function publishVersion(
  code: string,
  version: VersionInput,
  actorId: string,
  now: Date = new Date(),
): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const locked = await lockProcedure(tx, code);
    if (!locked) throw new UserFacingError(`Không tìm thấy thủ tục ${code}.`);
    const context = await loadImportContext(tx, now, [code]);
    const existing = context.procedures.get(code)!;
    const entry: CatalogueEntry = {
      code,
      name: existing.name,
      fieldCode: existing.fieldCode,
      level: existing.level,
      active: existing.active,
      version,
    };
    const plan = planImport([{ entry, source: formSourceFor(entry) }], context);
    refuseProblems(plan.errors);
    const step = plan.steps[0];
    if (!step || step.kind !== "publish")
      throw new UserFacingError(
        "Phiên bản mới giống hệt phiên bản hiện hành (cả quyết định công bố), nên chưa được công bố.",
      );
    await applyStep(tx, step, actorId);
    return { version: (existing.latest?.version ?? 0) + 1 };
  }, TRANSACTION);
}

/** Ngừng áp dụng / áp dụng lại: a withdrawn procedure leaves the public catalogue and the desk's search. */
export async function setProcedureActive(code: string, active: boolean, actorId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const locked = await lockProcedure(tx, code);
    if (!locked) throw new UserFacingError(`Không tìm thấy thủ tục ${code}.`);
    const { count } = await tx.procedure.updateMany({ where: { id: locked.id, active: !active }, data: { active } });
    if (count === 0) return;
    await recordAudit(
      {
        actorId,
        action: active ? "catalogue.reactivate_procedure" : "catalogue.deactivate_procedure",
        entity: "Procedure",
        entityId: code,
      },
      tx,
    );
  });
}

export interface ImportOutcome {
  created: string[];
  published: string[];
  updated: string[];
  unchanged: number;
}

/**
 * Applies checked entries: planned again inside the transaction (procedure rows locked first), and if any entry is
 * refused now, nothing is written and every problem is returned.
 */
export async function applyImport(
  entries: readonly { entry: CatalogueEntry; source: EntrySource }[],
  actorId: string,
  now: Date = new Date(),
  fileName = "",
): Promise<{ ok: true; outcome: ImportOutcome } | { ok: false; errors: RowError[] }> {
  return db.$transaction(async (tx) => {
    const codes = entries.map(({ entry }) => entry.code).sort();
    if (codes.length > 0)
      await tx.$queryRaw`SELECT id FROM "Procedure" WHERE code = ANY(${codes}) ORDER BY code FOR UPDATE`;
    const plan = planImport(entries, await loadImportContext(tx, now, codes));
    if (plan.errors.length > 0) return { ok: false as const, errors: plan.errors };
    const outcome: ImportOutcome = { created: [], published: [], updated: [], unchanged: 0 };
    for (const step of plan.steps) {
      await applyStep(tx, step, actorId);
      if (step.kind === "create") outcome.created.push(step.entry.code);
      else if (step.kind === "publish") outcome.published.push(step.entry.code);
      else if (step.kind === "update") outcome.updated.push(step.entry.code);
      else outcome.unchanged += 1;
    }
    if (outcome.created.length + outcome.published.length + outcome.updated.length > 0)
      await recordAudit(
        {
          actorId,
          action: "catalogue.import",
          entity: "Procedure",
          detail: {
            fileName,
            created: outcome.created,
            published: outcome.published,
            updated: outcome.updated,
            unchanged: outcome.unchanged,
          },
        },
        tx,
      );
    return { ok: true as const, outcome };
  }, TRANSACTION);
}
