import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../support/db";
import { createReceivedDossier, createTestWorld, type TestWorld } from "../support/fixtures";

// Nghị định 118/2025: every step of a dossier must stay traceable. The database itself refuses to change history,
// so no bug or script in the application can rewrite it.
describe("append-only history (enforced by database triggers)", () => {
  const db = useTestDb();
  let world: TestWorld;
  let dossierId: string;

  beforeAll(async () => {
    world = await createTestWorld(db);
    const dossier = await createReceivedDossier(db, world, "260423-0001", "K7Q2-M9XD");
    dossierId = dossier.id;
    await db.dossierEvent.create({
      data: { dossierId, type: "receive", toStatus: "RECEIVED", actorId: world.users.receptionist.id },
    });
    await db.auditEntry.create({ data: { action: "test.append_entry", actorId: world.users.admin.id } });
  });

  it("keeps dossier events that were written", async () => {
    expect(await db.dossierEvent.count({ where: { dossierId } })).toBe(1);
  });

  it("refuses to update a dossier event", async () => {
    await expect(db.dossierEvent.updateMany({ where: { dossierId }, data: { reason: "sửa lịch sử" } })).rejects.toThrow(
      /chỉ cho phép ghi thêm/,
    );
    expect((await db.dossierEvent.findFirstOrThrow({ where: { dossierId } })).reason).toBeNull();
  });

  it("refuses to delete a dossier event", async () => {
    await expect(db.dossierEvent.deleteMany({ where: { dossierId } })).rejects.toThrow(/chỉ cho phép ghi thêm/);
    expect(await db.dossierEvent.count({ where: { dossierId } })).toBe(1);
  });

  it("refuses to truncate the history, even in raw SQL", async () => {
    await expect(db.$executeRawUnsafe(`TRUNCATE "DossierEvent"`)).rejects.toThrow(/chỉ cho phép ghi thêm/);
  });

  it("protects the audit log the same way", async () => {
    await expect(db.auditEntry.deleteMany({ where: { action: "test.append_entry" } })).rejects.toThrow(
      /chỉ cho phép ghi thêm/,
    );
    await expect(
      db.auditEntry.updateMany({ where: { action: "test.append_entry" }, data: { action: "test.change_entry" } }),
    ).rejects.toThrow(/chỉ cho phép ghi thêm/);
    expect(await db.auditEntry.count({ where: { action: "test.append_entry" } })).toBe(1);
  });
});
