import "server-only";
// The catalogue as entries (src/domain/catalogue CatalogueEntry: a procedure with its latest version, unit codes
// instead of ids) and the context an import or a publication is checked against. Shared by export, import and the
// admin commands, so the three read the database the same way.
import type { CatalogueEntry, ExistingProcedure, ImportContext, ProcedureLevel } from "@/domain/catalogue";
import { parseStepShares } from "@/domain/dossier/step-budget";
import type { Prisma } from "@/generated/prisma/client";
import { localDateKey, dayOfDateColumn } from "@/lib/dates";
import { versionRulesSelect } from "@/server/data/catalogue";
import { db } from "@/server/db";

type Client = Prisma.TransactionClient | typeof db;

export const todayInVietnam = (now: Date) => localDateKey(now);

export const versionSelect = {
  ...versionRulesSelect,
  stepShares: true,
  changeNote: true,
  publishedAt: true,
  publishedById: true,
  documents: {
    orderBy: { position: "asc" },
    select: { position: true, name: true, form: true, count: true, optional: true, uploadable: true },
  },
  handlingOffices: {
    orderBy: { unit: { code: "asc" } },
    select: { officeCode: true, unit: { select: { code: true } } },
  },
} as const satisfies Prisma.ProcedureVersionSelect;

export type VersionRow = Prisma.ProcedureVersionGetPayload<{ select: typeof versionSelect }>;

/** A stored version in the shape of the schemas (what the diff, the export and the publish form use). */
export function versionEntry(row: VersionRow): CatalogueEntry["version"] {
  return {
    durationValue: row.durationValue,
    durationUnit: row.durationUnit,
    feeAmount: row.feeAmount,
    chargeAmount: row.chargeAmount,
    feeTiming: row.feeTiming,
    feeNote: row.feeNote,
    handlingOfficeCode: row.handlingOfficeCode,
    onlineLevel: row.onlineLevel,
    onlineClass: row.onlineClass,
    fullOnlineEligible: row.fullOnlineEligible,
    postalIntakeAllowed: row.postalIntakeAllowed,
    postalReturnAllowed: row.postalReturnAllowed,
    leadershipApproval: row.leadershipApproval,
    stepShares: parseStepShares(row.stepShares),
    documents: row.documents.map(({ position: _position, ...document }) => document),
    unitOffices: row.handlingOffices.map((office) => ({ unitCode: office.unit.code, officeCode: office.officeCode })),
    announcementNumber: row.announcementNumber,
    announcementDate: row.announcementDate ? dayOfDateColumn(row.announcementDate) : null,
    announcementIssuer: row.announcementIssuer,
    effectiveFrom: dayOfDateColumn(row.effectiveFrom),
    changeNote: row.changeNote,
  };
}

const procedureSelect = {
  code: true,
  name: true,
  level: true,
  active: true,
  field: { select: { code: true } },
  versions: { orderBy: { version: "desc" }, take: 1, select: versionSelect },
} as const satisfies Prisma.ProcedureSelect;

/** Every procedure with its latest version, by code (the export; round-trips through the import unchanged). */
export async function loadCatalogueEntries(client: Client = db, codes?: readonly string[]): Promise<CatalogueEntry[]> {
  const procedures = await client.procedure.findMany({
    where: codes ? { code: { in: [...codes] } } : {},
    orderBy: { code: "asc" },
    select: procedureSelect,
  });
  return procedures
    .filter((procedure) => procedure.versions[0])
    .map((procedure) => ({
      code: procedure.code,
      name: procedure.name,
      fieldCode: procedure.field.code,
      level: procedure.level,
      active: procedure.active,
      version: versionEntry(procedure.versions[0]!),
    }));
}

/** What entries are checked against: fields, active units with their active offices, and the named procedures. */
export async function loadImportContext(client: Client, now: Date, codes?: readonly string[]): Promise<ImportContext> {
  const [fields, units, procedures] = await Promise.all([
    client.field.findMany({ select: { code: true } }),
    client.administrativeUnit.findMany({
      where: { active: true },
      select: { code: true, level: true, offices: { where: { active: true }, select: { code: true } } },
    }),
    client.procedure.findMany({ where: codes ? { code: { in: [...codes] } } : {}, select: procedureSelect }),
  ]);
  return {
    today: todayInVietnam(now),
    fieldCodes: new Set(fields.map((field) => field.code)),
    units: new Map(
      units.map((unit) => [
        unit.code,
        { level: unit.level as ProcedureLevel, officeCodes: new Set(unit.offices.map((o) => o.code)) },
      ]),
    ),
    procedures: new Map(
      procedures.map((procedure): [string, ExistingProcedure] => {
        const latest = procedure.versions[0];
        return [
          procedure.code,
          {
            code: procedure.code,
            name: procedure.name,
            fieldCode: procedure.field.code,
            level: procedure.level,
            active: procedure.active,
            latest: latest
              ? {
                  ...versionEntry(latest),
                  version: latest.version,
                  effectiveFrom: dayOfDateColumn(latest.effectiveFrom),
                  effectiveTo: latest.effectiveTo ? dayOfDateColumn(latest.effectiveTo) : null,
                }
              : null,
          },
        ];
      }),
    ),
  };
}
