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

  it("answers a name search and a code prefix search from their trigram indexes", async () => {
    const plan = async (sql: string, value: string) =>
      db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`, value);
        return rows.map((row) => row["QUERY PLAN"]).join("\n");
      });
    expect(await plan(`SELECT id FROM "Dossier" WHERE "applicantNameFolded" LIKE $1`, "%thi ung%")).toContain(
      "Dossier_applicantNameFolded_idx",
    );
    expect(await plan(`SELECT id FROM "Dossier" WHERE code LIKE $1`, `${world.ward.code}-2609%`)).toContain(
      "Dossier_code_idx",
    );
  });
});
