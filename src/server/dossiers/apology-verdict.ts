// Whether a dossier's apology was issued in time, stored on the dossier (Dossier.apologyTimely) so the rollups can
// count apology compliance (migration 20261209110000_rollup_apology_compliance; docs/rollups.md). The verdict needs
// the working-day calendar, which SQL does not hold; it is the apology report's own rule (latenessReport): the FIRST
// approved letter, of any kind, against the statutory appointment (originalAppointmentAt, else appointmentAt), judged
// by classifyLateDossierApology with the calendar revision that computed the dossier's appointment.
// Called in the transaction of every change that can move it (a letter approved; a pause closed after a letter, which
// moves the statutory appointment), and for all dossiers (or one unit's) by the rollups' rebuild.
import { classifyLateDossierApology } from "@/domain/apology";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { getCalendarRevision } from "@/server/calendar-store";

type Client = Prisma.TransactionClient | PrismaClient;

/** Which dossiers to judge: some by id, or every dossier of a unit (deciding or receiving), or all (unitId null). */
export type VerdictScope = { dossierIds: readonly string[] } | { unitId: string | null };

/** Judges the dossiers of the scope that have an approved letter or a verdict, and writes the verdicts that changed. */
export async function refreshApologyVerdicts(tx: Client, scope: VerdictScope): Promise<number> {
  const where =
    "dossierIds" in scope
      ? Prisma.sql`d.id = ANY(${[...scope.dossierIds]}::text[])`
      : scope.unitId === null
        ? Prisma.sql`TRUE`
        : Prisma.sql`(d."decidingUnitId" = ${scope.unitId} OR d."receivedUnitId" = ${scope.unitId})`;
  const rows = await tx.$queryRaw<
    { id: string; statutory: Date | null; revision: number | null; stored: boolean | null; issuedAt: Date | null }[]
  >`
    SELECT d.id, coalesce(d."originalAppointmentAt", d."appointmentAt") AS statutory, d."calendarRevision" AS revision,
           d."apologyTimely" AS stored, a.issued AS "issuedAt"
    FROM "Dossier" d
    LEFT JOIN (
      SELECT "dossierId", min("decidedAt") AS issued FROM "ApologyLetter" WHERE status = 'APPROVED' GROUP BY 1
    ) a ON a."dossierId" = d.id
    WHERE ${where} AND (a.issued IS NOT NULL OR d."apologyTimely" IS NOT NULL)`;
  const changed: { id: string; timely: boolean | null }[] = [];
  for (const row of rows) {
    let timely: boolean | null = null;
    if (row.issuedAt && row.statutory) {
      const calendar = await getCalendarRevision(row.revision ?? 0, tx);
      timely =
        classifyLateDossierApology(calendar, {
          originalAppointmentAt: row.statutory,
          apologyIssuedAt: row.issuedAt,
        }) === "TIMELY_APOLOGY";
    }
    if (timely !== row.stored) changed.push({ id: row.id, timely });
  }
  if (changed.length > 0)
    await tx.$executeRaw`
      UPDATE "Dossier" d SET "apologyTimely" = v.timely
      FROM unnest(${changed.map((c) => c.id)}::text[], ${changed.map((c) => c.timely)}::boolean[]) AS v(id, timely)
      WHERE d.id = v.id`;
  return changed.length;
}
