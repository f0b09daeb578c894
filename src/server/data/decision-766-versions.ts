import "server-only";
// The versions of the Decision 766 table: the built-in ones (src/domain/decision-766/versions.ts) and those an
// administrator added (one Setting row each, key "decision766Version:<yyyy-MM-dd>", the EditedTable JSON). A version
// is never changed once stored: a correction is a new version from a later day, so a past period keeps the table it
// was scored with. docs/decision-766.md.
import {
  SCORECARD_VERSIONS,
  readEditedTable,
  versionOfTable,
  type EditedTable,
  type ScorecardVersion,
} from "@/domain/decision-766";
import { formatDateVi } from "@/lib/dates";
import { recordAudit } from "@/server/data/audit";
import { db, Prisma } from "@/server/db";
import { UserFacingError } from "@/server/user-facing-error";

const KEY_PREFIX = "decision766Version:";

export interface StoredScorecardVersion {
  version: ScorecardVersion;
  /** Null for a built-in version. */
  addedBy: string | null;
  addedAt: Date | null;
}

/** Every version, oldest first: the built-in ones, then the administrators' by their first day. */
export async function loadScorecardVersionsWithOrigin(): Promise<StoredScorecardVersion[]> {
  const rows = await db.setting.findMany({ where: { key: { startsWith: KEY_PREFIX } } });
  const builtIn = new Map(SCORECARD_VERSIONS.map((version) => [version.id, version]));
  const added: StoredScorecardVersion[] = [];
  for (const row of rows) {
    const table = readEditedTable(row.value);
    const base = table ? builtIn.get(table.baseId) : undefined;
    // A row this code cannot read (a base that no longer exists) is left out rather than scoring with a guess.
    if (table && base) added.push({ version: versionOfTable(table, base), addedBy: row.updatedBy, addedAt: row.updatedAt });
  }
  return [...SCORECARD_VERSIONS.map((version) => ({ version, addedBy: null, addedAt: null })), ...added].sort((a, b) =>
    a.version.effectiveFrom.localeCompare(b.version.effectiveFrom),
  );
}

/** The versions for scoring (versionInForce's second argument). */
export async function loadScorecardVersions(): Promise<ScorecardVersion[]> {
  return (await loadScorecardVersionsWithOrigin()).map((row) => row.version);
}

/**
 * Adds a version from its first day, in one transaction with its audit row. Refused, changing nothing: a day on or
 * before the latest version's (a version is never replaced, and a table inserted between two would rescore periods
 * already scored by the later one).
 */
export async function addScorecardVersion(table: EditedTable, actorId: string): Promise<ScorecardVersion> {
  return db.$transaction(
    async (tx) => {
      const rows = await tx.setting.findMany({ where: { key: { startsWith: KEY_PREFIX } }, select: { key: true } });
      const latest = [...SCORECARD_VERSIONS.map((version) => version.effectiveFrom), ...rows.map((row) => row.key.slice(KEY_PREFIX.length))]
        .sort()
        .at(-1)!;
      if (table.effectiveFrom <= latest) {
        throw new UserFacingError(
          `Ngày áp dụng phải sau ngày áp dụng của phiên bản mới nhất (${formatDateVi(latest)}): phiên bản đã có không được thay thế.`,
        );
      }
      const key = `${KEY_PREFIX}${table.effectiveFrom}`;
      const value = table as unknown as Prisma.InputJsonValue;
      await tx.setting.create({ data: { key, value, updatedBy: actorId } });
      await recordAudit(
        { actorId, action: "scorecard_version.add", entity: "Setting", entityId: key, detail: { after: value } },
        tx,
      );
      const base = SCORECARD_VERSIONS.find((version) => version.id === table.baseId)!;
      return versionOfTable(table, base);
    },
    { isolationLevel: "Serializable" },
  );
}
