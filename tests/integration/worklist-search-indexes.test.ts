// The worklist's search columns and indexes (migration 20261207141000_worklist_search_indexes): the folded name the
// database keeps for every write path, equal to the application's folding, and the pg_trgm indexes the searches use.
import { beforeAll, describe, expect, it } from "vitest";
import { FOLD_FROM, FOLD_TO, foldVietnamese } from "../../src/lib/vietnamese-text";
import { useTestDb } from "../support/db";
import { createReceivedDossier, createTestWorld, type TestWorld } from "../support/fixtures";

describe("worklist search indexes", () => {
  const db = useTestDb();
  let world: TestWorld;

  beforeAll(async () => {
    world = await createTestWorld(db);
  });

  it("folds in SQL exactly as src/lib/vietnamese-text.ts does (the two alphabets are kept equal)", async () => {
    const [row] = await db.$queryRaw<{ folded: string }[]>`SELECT motcua_fold_vietnamese(${FOLD_FROM}) AS folded`;
    expect(row!.folded).toBe(FOLD_TO);
    const name = "ĐẶNG Thị Ánh Nguyệt";
    const [named] = await db.$queryRaw<{ folded: string }[]>`SELECT motcua_fold_vietnamese(${name}) AS folded`;
    expect(named!.folded).toBe(foldVietnamese(name));
  });

  it("keeps the folded name on insert and on every change of the name, whoever writes it", async () => {
    const dossier = await createReceivedDossier(db, world, "260901-0001", "ABCD-EFGH");
    expect(dossier.applicantNameFolded).toBe("nguyen van an");
    await db.$executeRaw`UPDATE "Dossier" SET "applicantName" = 'Lê Thị Ưng' WHERE id = ${dossier.id}`;
    const changed = await db.dossier.findUniqueOrThrow({ where: { id: dossier.id } });
    expect(changed.applicantNameFolded).toBe("le thi ung");
    // A write of the folded column itself cannot make it disagree with the name.
    await db.$executeRaw`UPDATE "Dossier" SET "applicantNameFolded" = 'sai' WHERE id = ${dossier.id}`;
    expect((await db.dossier.findUniqueOrThrow({ where: { id: dossier.id } })).applicantNameFolded).toBe("le thi ung");
  });

  it("answers a name search in a scope from the name and scope index, a code prefix from the code's B-tree range", async () => {
    const plan = async (sql: string, ...values: string[]) =>
      db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`, ...values);
        return rows.map((row) => row["QUERY PLAN"]).join("\n");
      });
    // Migration 20261208130000_worklist_search: trigrams and the scope's columns in one GIN index (btree_gin), which
    // answers the name alone and a name within a unit, office or officer (the planner picks it on a large table).
    expect(await plan(`SELECT id FROM "Dossier" WHERE "applicantNameFolded" LIKE $1`, "%thi ung%")).toContain(
      "Dossier_worklist_name_search_idx",
    );
    const [index] = await db.$queryRaw<
      { indexdef: string }[]
    >`SELECT indexdef FROM pg_indexes WHERE indexname = 'Dossier_worklist_name_search_idx'`;
    expect(index?.indexdef).toContain(
      `USING gin ("receivedUnitId" varchar_ops, "decidingUnitId" varchar_ops, "handlingOfficeId" varchar_ops, "assigneeId" varchar_ops, "applicantNameFolded" gin_trgm_ops)`,
    );
    // The prefix as the worklist writes it (src/server/data/worklist-sql.ts): LIKE, and the range the B-tree reads.
    const prefix = `${world.ward.code}-2609`;
    expect(
      await plan(
        `SELECT id FROM "Dossier" WHERE code LIKE $1 AND code >= $2 AND code < $3`,
        `${prefix}%`,
        prefix,
        `${prefix}Z`,
      ),
    ).toContain("Dossier_code_key");
  });
});
