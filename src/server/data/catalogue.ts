import "server-only";
// Procedure catalogue (danh mục thủ tục hành chính) for the public pages: search, fields with counts, detail with the
// version in force. Every query reads only what the page shows.
import type { DocumentForm, DurationUnit, FeeTiming, OnlineServiceClass, UnitLevel } from "@/generated/prisma/enums";
import { announcementLabel } from "@/domain/catalogue";
import { localDateKey, dayOfDateColumn } from "@/lib/dates";
import { escapeLike, FOLD_FROM, FOLD_TO, searchWords } from "@/lib/vietnamese-text";
import { db, Prisma } from "@/server/db";

// Accent-insensitive matching: src/lib/vietnamese-text.ts.
const folded = (column: Prisma.Sql) => Prisma.sql`lower(translate(${column}, ${FOLD_FROM}, ${FOLD_TO}))`;

/** Today in Vietnam as a `date` parameter. */
const todayKey = () => localDateKey(new Date());

// ─── Fields ─────────────────────────────────────────────────────────────────────────────────────────────────────

export interface FieldWithCount {
  code: string;
  name: string;
  procedures: number;
}

/** Lĩnh vực with the number of active procedures in each (empty fields left out), by name. */
export async function listFieldsWithCounts(): Promise<FieldWithCount[]> {
  const fields = await db.field.findMany({
    select: { code: true, name: true, _count: { select: { procedures: { where: { active: true } } } } },
  });
  return fields
    .map((field) => ({ code: field.code, name: field.name, procedures: field._count.procedures }))
    .filter((field) => field.procedures > 0)
    .sort((a, b) => a.name.localeCompare(b.name, "vi"));
}

// ─── Search ─────────────────────────────────────────────────────────────────────────────────────────────────────

export interface CatalogueQuery {
  /** Words of the name or of the field (lĩnh vực), or (part of) the national code: each word must match one of them. */
  text?: string;
  fieldCode?: string;
  level?: Extract<UnitLevel, "COMMUNE" | "DISTRICT">;
  page: number;
  pageSize: number;
}

export interface CatalogueRow {
  code: string;
  name: string;
  level: UnitLevel;
  fieldName: string;
  durationValue: number | null;
  durationUnit: DurationUnit | null;
  onlineClass: OnlineServiceClass | null;
  onlineLevel: number | null;
  /** Phí and lệ phí (VND) of the version in force. */
  feeAmount: number | null;
  chargeAmount: number | null;
}

export interface CataloguePage {
  rows: CatalogueRow[];
  total: number;
}

/** Active procedures where every word (accent- and case-insensitive) is in the name, the field's name or the code,
 * with the version in force today. */
export async function searchProcedures(query: CatalogueQuery): Promise<CataloguePage> {
  const conditions: Prisma.Sql[] = [Prisma.sql`p.active`];
  const words = query.text ? searchWords(query.text) : [];
  for (const word of words) {
    const pattern = `%${escapeLike(word)}%`;
    conditions.push(
      Prisma.sql`(${folded(Prisma.sql`p.name`)} LIKE ${pattern} OR ${folded(Prisma.sql`f.name`)} LIKE ${pattern}
        OR lower(p.code) LIKE ${pattern})`,
    );
  }
  if (query.fieldCode) conditions.push(Prisma.sql`f.code = ${query.fieldCode}`);
  if (query.level) conditions.push(Prisma.sql`p.level = ${query.level}::"UnitLevel"`);
  const where = Prisma.join(conditions, " AND ");
  const today = todayKey();

  const [rows, counted] = await Promise.all([
    db.$queryRaw<CatalogueRow[]>`
      SELECT p.code, p.name, p.level, f.name AS "fieldName",
             v."durationValue", v."durationUnit", v."onlineClass", v."onlineLevel", v."feeAmount", v."chargeAmount"
      FROM "Procedure" p
      JOIN "Field" f ON f.id = p."fieldId"
      LEFT JOIN LATERAL (
        SELECT pv."durationValue", pv."durationUnit", pv."onlineClass", pv."onlineLevel", pv."feeAmount",
               pv."chargeAmount"
        FROM "ProcedureVersion" pv
        WHERE pv."procedureId" = p.id AND pv."effectiveFrom" <= ${today}::date
          AND (pv."effectiveTo" IS NULL OR pv."effectiveTo" > ${today}::date)
        ORDER BY pv."effectiveFrom" DESC
        LIMIT 1
      ) v ON true
      WHERE ${where}
      ORDER BY ${folded(Prisma.sql`p.name`)}, p.code
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM "Procedure" p JOIN "Field" f ON f.id = p."fieldId" WHERE ${where}`,
  ]);
  return { rows, total: counted[0]?.total ?? 0 };
}

// ─── Detail ─────────────────────────────────────────────────────────────────────────────────────────────────────

export interface ProcedureDocumentView {
  position: number;
  name: string;
  form: DocumentForm;
  count: number;
  optional: boolean;
  /** May be uploaded when filed online. */
  uploadable: boolean;
}

export interface ProcedureVersionView {
  version: number;
  effectiveFrom: Date;
  effectiveTo: Date | null;
  /** The announcing decision as read aloud ("Quyết định … ngày … của …"), null when none is recorded. */
  announcement: string | null;
  durationValue: number;
  durationUnit: DurationUnit;
  /** Phí, VND. */
  feeAmount: number;
  /** Lệ phí, VND. */
  chargeAmount: number;
  feeTiming: FeeTiming;
  feeNote: string | null;
  handlingOfficeCode: string;
  onlineLevel: number;
  onlineClass: OnlineServiceClass;
  fullOnlineEligible: boolean;
  postalIntakeAllowed: boolean;
  postalReturnAllowed: boolean;
  leadershipApproval: boolean;
  documents: ProcedureDocumentView[];
}

export interface ProcedureDetail {
  code: string;
  name: string;
  level: UnitLevel;
  field: { code: string; name: string };
  /** The version in force today (Vietnamese calendar day), or null when none is. */
  current: ProcedureVersionView | null;
  /** Name of the handling office at the deciding level (e.g. "Tư pháp - Hộ tịch"), when the unit has it. */
  handlingOfficeName: string | null;
  /** Every version, newest first. */
  versions: Omit<ProcedureVersionView, "documents">[];
}


/** What a procedure version rules (time, fees, online and postal service, signer, announcing decision): the public
 * page reads these; the administration (src/server/catalogue/entries.ts) adds its documents, offices and history. */
export const versionRulesSelect = {
  id: true,
  version: true,
  effectiveFrom: true,
  effectiveTo: true,
  announcementNumber: true,
  announcementDate: true,
  announcementIssuer: true,
  durationValue: true,
  durationUnit: true,
  feeAmount: true,
  chargeAmount: true,
  feeTiming: true,
  feeNote: true,
  handlingOfficeCode: true,
  onlineLevel: true,
  onlineClass: true,
  fullOnlineEligible: true,
  postalIntakeAllowed: true,
  postalReturnAllowed: true,
  leadershipApproval: true,
} as const satisfies Prisma.ProcedureVersionSelect;

export async function getProcedureDetail(code: string): Promise<ProcedureDetail | null> {
  const procedure = await db.procedure.findUnique({
    where: { code },
    select: {
      code: true,
      name: true,
      level: true,
      active: true,
      field: { select: { code: true, name: true } },
      versions: {
        orderBy: { effectiveFrom: "desc" },
        select: versionRulesSelect,
      },
    },
  });
  if (!procedure?.active) return null;
  const today = todayKey();
  const inForce = procedure.versions.find(
    (version) => dayOfDateColumn(version.effectiveFrom) <= today && (!version.effectiveTo || dayOfDateColumn(version.effectiveTo) > today),
  );
  const [documents, office] = await Promise.all([
    inForce
      ? db.procedureDocument.findMany({
          where: { procedureVersionId: inForce.id },
          orderBy: { position: "asc" },
          select: { position: true, name: true, form: true, count: true, optional: true, uploadable: true },
        })
      : [],
    inForce
      ? db.office.findFirst({
          where: { code: inForce.handlingOfficeCode, active: true, unit: { level: procedure.level, active: true } },
          select: { name: true },
        })
      : null,
  ]);
  const versions = procedure.versions.map(
    ({ id: _id, announcementNumber, announcementDate, announcementIssuer, ...version }) => ({
      ...version,
      announcement: announcementLabel({ announcementNumber, announcementDate, announcementIssuer }),
    }),
  );
  const current = inForce ? { ...versions[procedure.versions.indexOf(inForce)]!, documents } : null;
  return {
    code: procedure.code,
    name: procedure.name,
    level: procedure.level,
    field: procedure.field,
    current,
    handlingOfficeName: office?.name ?? null,
    versions,
  };
}
