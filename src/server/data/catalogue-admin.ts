import "server-only";
// Reads of the administrator's catalogue screens (/quan-tri/thu-tuc): the list with search (active and withdrawn,
// with the latest version), one procedure with every version (terms, documents, per-unit offices, who published it),
// and the fields and units the forms offer. No personal data.
import type { UnitLevel } from "@/generated/prisma/enums";
import { escapeLike, FOLD_FROM, FOLD_TO, searchWords } from "@/lib/vietnamese-text";
import { versionEntry, versionSelect } from "@/server/catalogue/entries";
import { db, Prisma } from "@/server/db";
import type { CatalogueEntry } from "@/domain/catalogue";
import { dayOfDateColumn } from "@/lib/dates";

const folded = (column: Prisma.Sql) => Prisma.sql`lower(translate(${column}, ${FOLD_FROM}, ${FOLD_TO}))`;

export interface AdminCatalogueRow {
  code: string;
  name: string;
  level: UnitLevel;
  active: boolean;
  fieldName: string;
  versions: number;
  latestFrom: Date | null;
  announcementNumber: string | null;
  announcementDate: Date | null;
  announcementIssuer: string | null;
}

export const ADMIN_PAGE_SIZE = 50;

/** Procedures matching every word of `text` (name or code, accent-insensitive), with their latest version. */
export async function listCatalogueForAdmin(text: string, page: number): Promise<{ rows: AdminCatalogueRow[]; total: number }> {
  const conditions: Prisma.Sql[] = [Prisma.sql`true`];
  for (const word of searchWords(text)) {
    const pattern = `%${escapeLike(word)}%`;
    conditions.push(Prisma.sql`(${folded(Prisma.sql`p.name`)} LIKE ${pattern} OR lower(p.code) LIKE ${pattern})`);
  }
  const where = Prisma.join(conditions, " AND ");
  const [rows, counted] = await Promise.all([
    db.$queryRaw<AdminCatalogueRow[]>`
      SELECT p.code, p.name, p.level, p.active, f.name AS "fieldName",
             (SELECT count(*)::int FROM "ProcedureVersion" c WHERE c."procedureId" = p.id) AS versions,
             v."effectiveFrom" AS "latestFrom", v."announcementNumber", v."announcementDate", v."announcementIssuer"
      FROM "Procedure" p
      JOIN "Field" f ON f.id = p."fieldId"
      LEFT JOIN LATERAL (
        SELECT pv."effectiveFrom", pv."announcementNumber", pv."announcementDate", pv."announcementIssuer"
        FROM "ProcedureVersion" pv WHERE pv."procedureId" = p.id ORDER BY pv.version DESC LIMIT 1
      ) v ON true
      WHERE ${where}
      ORDER BY p.active DESC, ${folded(Prisma.sql`p.name`)}, p.code
      LIMIT ${ADMIN_PAGE_SIZE} OFFSET ${(page - 1) * ADMIN_PAGE_SIZE}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Procedure" p WHERE ${where}`,
  ]);
  return { rows, total: counted[0]?.total ?? 0 };
}

export interface AdminVersion {
  version: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  publishedAt: Date;
  publishedByName: string | null;
  changeNote: string | null;
  entry: CatalogueEntry["version"];
}

export interface AdminProcedure {
  code: string;
  name: string;
  level: UnitLevel;
  active: boolean;
  field: { code: string; name: string };
  /** Every version, newest first. */
  versions: AdminVersion[];
  /** Units named in per-unit offices, by code → name (for display). */
  unitNames: Record<string, string>;
}

export async function loadProcedureForAdmin(code: string): Promise<AdminProcedure | null> {
  const procedure = await db.procedure.findUnique({
    where: { code },
    select: {
      code: true,
      name: true,
      level: true,
      active: true,
      field: { select: { code: true, name: true } },
      versions: { orderBy: { version: "desc" }, select: versionSelect },
    },
  });
  if (!procedure) return null;
  const publisherIds = [...new Set(procedure.versions.flatMap((v) => (v.publishedById ? [v.publishedById] : [])))];
  const unitCodes = [...new Set(procedure.versions.flatMap((v) => v.handlingOffices.map((o) => o.unit.code)))];
  const [publishers, units] = await Promise.all([
    publisherIds.length ? db.user.findMany({ where: { id: { in: publisherIds } }, select: { id: true, fullName: true } }) : [],
    unitCodes.length
      ? db.administrativeUnit.findMany({ where: { code: { in: unitCodes } }, select: { code: true, name: true, kindLabel: true } })
      : [],
  ]);
  const names = new Map(publishers.map((user) => [user.id, user.fullName]));
  return {
    code: procedure.code,
    name: procedure.name,
    level: procedure.level,
    active: procedure.active,
    field: procedure.field,
    unitNames: Object.fromEntries(units.map((unit) => [unit.code, `${unit.kindLabel} ${unit.name}`])),
    versions: procedure.versions.map((version) => ({
      version: version.version,
      effectiveFrom: dayOfDateColumn(version.effectiveFrom),
      effectiveTo: version.effectiveTo ? dayOfDateColumn(version.effectiveTo) : null,
      publishedAt: version.publishedAt,
      publishedByName: version.publishedById ? (names.get(version.publishedById) ?? null) : null,
      changeNote: version.changeNote,
      entry: versionEntry(version),
    })),
  };
}

/** Lĩnh vực for the "Thêm thủ tục" form, by name. */
export async function listFieldChoices(): Promise<{ code: string; name: string }[]> {
  const fields = await db.field.findMany({ select: { code: true, name: true } });
  return fields.sort((a, b) => a.name.localeCompare(b.name, "vi"));
}
