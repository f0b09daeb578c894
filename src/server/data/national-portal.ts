import "server-only";
// Reads for Quản trị → Đồng bộ Cổng DVCQG: sync coverage per receiving unit and period (the share of dossiers the
// portal has up to date, and of progress steps it received — what Decision 766 counts), the backlog, and the rows the
// portal refused or that ran out of retries, with the portal's reason. No personal data: codes, counts and answers.
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db";

export interface CoverageRow {
  unitId: string;
  unitCode: string;
  unitName: string;
  /** Dossiers submitted in the period. */
  dossiers: number;
  /** …whose every dossier message is SYNCED (the portal holds their current state). */
  dossiersSynced: number;
  /** Progress steps of the period (outbox rows), and those SYNCED / FAILED. */
  steps: number;
  stepsSynced: number;
  stepsFailed: number;
}

export interface SyncFailure {
  id: string;
  kind: "DOSSIER" | "PROGRESS";
  dossierCode: string;
  unitName: string;
  attempts: number;
  reason: string;
  createdAt: Date;
}

export interface SyncOverview {
  coverage: CoverageRow[];
  totals: Omit<CoverageRow, "unitId" | "unitCode" | "unitName">;
  pending: number;
  oldestPendingAt: Date | null;
  failedTotal: number;
  failures: SyncFailure[];
}

const toNumber = (value: bigint | number | null) => Number(value ?? 0);

export async function getSyncOverview(
  period: { start: Date; end: Date },
  client: PrismaClient = db,
  { failureLimit = 50 }: { failureLimit?: number } = {},
): Promise<SyncOverview> {
  const [dossierRows, stepRows, pendingRows, failedTotal, failed] = await Promise.all([
    client.$queryRaw<{ unitId: string; dossiers: bigint; synced: bigint }[]>`
      SELECT d."receivedUnitId" AS "unitId", count(*) AS dossiers,
        count(*) FILTER (WHERE EXISTS (
          SELECT 1 FROM "PortalSyncMessage" m WHERE m."dossierId" = d.id AND m.kind = 'DOSSIER' AND m.status = 'SYNCED'
        ) AND NOT EXISTS (
          SELECT 1 FROM "PortalSyncMessage" m WHERE m."dossierId" = d.id AND m.kind = 'DOSSIER' AND m.status <> 'SYNCED'
        )) AS synced
      FROM "Dossier" d
      WHERE d."submittedAt" >= ${period.start} AND d."submittedAt" < ${period.end}
      GROUP BY 1`,
    client.$queryRaw<{ unitId: string; steps: bigint; synced: bigint; failed: bigint }[]>`
      SELECT d."receivedUnitId" AS "unitId", count(*) AS steps,
        count(*) FILTER (WHERE m.status = 'SYNCED') AS synced,
        count(*) FILTER (WHERE m.status = 'FAILED') AS failed
      FROM "PortalSyncMessage" m JOIN "Dossier" d ON d.id = m."dossierId"
      WHERE m.kind = 'PROGRESS' AND m."createdAt" >= ${period.start} AND m."createdAt" < ${period.end}
      GROUP BY 1`,
    client.$queryRaw<{ pending: bigint; oldest: Date | null }[]>`
      SELECT count(*) AS pending, min("createdAt") AS oldest FROM "PortalSyncMessage" WHERE status = 'PENDING'`,
    client.portalSyncMessage.count({ where: { status: "FAILED" } }),
    client.portalSyncMessage.findMany({
      where: { status: "FAILED" },
      orderBy: { id: "desc" },
      take: failureLimit,
      select: {
        id: true,
        kind: true,
        attempts: true,
        lastError: true,
        createdAt: true,
        dossier: { select: { code: true, portalCode: true, receivedUnit: { select: { name: true } } } },
      },
    }),
  ]);
  const unitIds = [...new Set([...dossierRows, ...stepRows].map((row) => row.unitId))];
  const units = await client.administrativeUnit.findMany({
    where: { id: { in: unitIds } },
    select: { id: true, code: true, name: true },
  });
  const coverage: CoverageRow[] = units
    .map((unit) => {
      const dossiers = dossierRows.find((row) => row.unitId === unit.id);
      const steps = stepRows.find((row) => row.unitId === unit.id);
      return {
        unitId: unit.id,
        unitCode: unit.code,
        unitName: unit.name,
        dossiers: toNumber(dossiers?.dossiers ?? 0),
        dossiersSynced: toNumber(dossiers?.synced ?? 0),
        steps: toNumber(steps?.steps ?? 0),
        stepsSynced: toNumber(steps?.synced ?? 0),
        stepsFailed: toNumber(steps?.failed ?? 0),
      };
    })
    .sort((a, b) => a.unitName.localeCompare(b.unitName, "vi"));
  const totals = coverage.reduce(
    (sum, row) => ({
      dossiers: sum.dossiers + row.dossiers,
      dossiersSynced: sum.dossiersSynced + row.dossiersSynced,
      steps: sum.steps + row.steps,
      stepsSynced: sum.stepsSynced + row.stepsSynced,
      stepsFailed: sum.stepsFailed + row.stepsFailed,
    }),
    { dossiers: 0, dossiersSynced: 0, steps: 0, stepsSynced: 0, stepsFailed: 0 },
  );
  return {
    coverage,
    totals,
    pending: toNumber(pendingRows[0]?.pending ?? 0),
    oldestPendingAt: pendingRows[0]?.oldest ?? null,
    failedTotal,
    failures: failed.map((row) => ({
      id: row.id.toString(),
      kind: row.kind,
      dossierCode: row.dossier.portalCode ?? row.dossier.code,
      unitName: row.dossier.receivedUnit.name,
      attempts: row.attempts,
      reason: row.lastError ?? "",
      createdAt: row.createdAt,
    })),
  };
}
