import { beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, localDateKey } from "../../src/lib/dates";
import { createUnitSchema, editUnitSchema, mergeUnitsSchema, setUnitDatesSchema } from "../../src/domain/organisation";
import { readableUnitIds } from "../../src/server/auth/guard";
import { getUnitPerformanceByView } from "../../src/server/data/dashboard";
import { continuingUnitOf, loadOrganisationTree } from "../../src/server/data/organisation";
import { registerDossier } from "../../src/server/dossiers/intake";
import {
  createCounter,
  createOffice,
  createUnit,
  editUnit,
  mergeUnits,
  setOfficeActive,
  setUnitDates,
} from "../../src/server/organisation";
import { UserFacingError } from "../../src/server/user-facing-error";
import { useTestDb } from "../support/db";
import { createTestWorld, intakeFor, sessionOf, type TestWorld } from "../support/fixtures";

// The organisation as data (issue 10, item 1): communes merged as in 2025 (ONLINE-SERVICES.md "Since 1 July 2025":
// old dossiers keep their original receiving unit and also show the unit that continues them). Here the test town's
// ward W and commune X end yesterday and a new ward N continues both from today.
describe("organisation: merged units", () => {
  const db = useTestDb();
  let world: TestWorld;
  let admin: { id: string; unitId: string };
  let newWardId: string;
  const now = new Date();
  const today = localDateKey(now);
  const yesterday = addCalendarDays(today, -1);
  const viDate = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

  const auditCount = (action: string) => db.auditEntry.count({ where: { action, actorId: admin.id } });
  const refusal = async (promise: Promise<unknown>): Promise<string> => {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UserFacingError);
    return (error as UserFacingError).message;
  };

  let dossierCount = 0;
  const dossierAt = (unitId: string, finished: boolean) =>
    db.dossier.create({
      data: {
        code: `${world.tag}-ORG-${++dossierCount}`,
        procedureId: world.procedure.id,
        procedureVersionId: world.procedureVersion.id,
        fieldId: world.field.id,
        channel: "DIRECT",
        receivedUnitId: unitId,
        decidingUnitId: unitId,
        applicantName: "Nguyễn Văn An",
        applicantIdNumber: "001090000001",
        applicantPhone: "0912345678",
        applicantAddress: "Phường Lê Lợi, Sơn Tây",
        trackingKey: `org-${world.tag}-${dossierCount}`,
        submittedAt: new Date(now.getTime() - 2 * 86_400_000),
        receivedAt: new Date(now.getTime() - 2 * 86_400_000),
        status: finished ? "RETURNED" : "RECEIVED",
        finishedAt: finished ? new Date(now.getTime() - 86_400_000) : null,
        timeliness: finished ? "ON_TIME" : null,
      },
    });

  beforeAll(async () => {
    world = await createTestWorld(db);
    admin = { id: world.users.admin.id, unitId: world.town.id };
    // Dossiers received by the old ward and commune before the change.
    await dossierAt(world.ward.id, true);
    await dossierAt(world.ward.id, false);
    await dossierAt(world.otherWard.id, true);
    const created = await createUnit(
      createUnitSchema.parse({
        code: `N${world.tag}`,
        name: `Phường mới ${world.tag}`,
        kindLabel: "Phường",
        level: "COMMUNE",
        parentId: world.town.id,
        effectiveFrom: viDate(today),
        changeBasis: "Nghị quyết thử",
      }),
      admin,
      db,
    );
    newWardId = created.id;
  });

  const merge = (fields: Record<string, unknown>) =>
    mergeUnits(
      mergeUnitsSchema.parse({
        sourceIds: [world.ward.id, world.otherWard.id],
        successorId: newWardId,
        lastDay: viDate(yesterday),
        changeBasis: "Nghị quyết 1656/NQ-UBTVQH15",
        ...fields,
      }),
      admin,
      db,
    );

  it("refuses a merger into itself, across levels, or outside the administrator's province, writing nothing", async () => {
    const before = await auditCount("organisation.merge_units");
    expect(await refusal(merge({ sourceIds: [newWardId] }))).toMatch(/chính mình/);
    expect(await refusal(merge({ successorId: world.town.id }))).toMatch(/cùng cấp/);
    // The successor is not in force on the day after a last day two days ago.
    expect(await refusal(merge({ lastDay: viDate(addCalendarDays(today, -2)) }))).toMatch(/không có hiệu lực vào ngày/);
    const stranger = await createTestWorld(db);
    expect(await refusal(merge({ sourceIds: [stranger.ward.id] }))).toMatch(/phạm vi quản trị/);
    expect(await auditCount("organisation.merge_units")).toBe(before);
    expect((await db.administrativeUnit.findUniqueOrThrow({ where: { id: world.ward.id } })).successorId).toBeNull();
  });

  it("merges the ward and the commune into the new ward: last day, successor and basis on each, audited", async () => {
    const result = await merge({});
    expect(result.sources).toHaveLength(2);
    for (const id of [world.ward.id, world.otherWard.id]) {
      const unit = await db.administrativeUnit.findUniqueOrThrow({ where: { id } });
      expect(unit.successorId).toBe(newWardId);
      expect(unit.effectiveTo?.toISOString().slice(0, 10)).toBe(yesterday);
      expect(unit.changeBasis).toBe("Nghị quyết 1656/NQ-UBTVQH15");
    }
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { action: "organisation.merge_units", actorId: admin.id },
      orderBy: { at: "desc" },
    });
    expect(entry.entityId).toBe(`N${world.tag}`);
    expect((entry.detail as { sources: string[] }).sources.sort()).toEqual(
      [world.otherWard.code, world.ward.code].sort(),
    );
    // A second merger of the same units into another one is refused: they are already continued.
    expect(await refusal(merge({ successorId: world.town.id, sourceIds: [world.ward.id] }))).toMatch(
      /kế thừa khác|cùng cấp/,
    );
    // Cycle: the new ward cannot be merged back into a unit it continues.
    expect(
      await refusal(merge({ sourceIds: [newWardId], successorId: world.ward.id, lastDay: viDate(today) })),
    ).toMatch(/vòng kế thừa|không có hiệu lực/);
  });

  it("shows the tree with the status of each merged unit and the unit that continues an old dossier", async () => {
    const tree = await loadOrganisationTree(admin, now);
    const ward = tree.find((row) => row.id === world.ward.id)!;
    expect(ward.ended).toBe(true);
    expect(ward.continuing?.id).toBe(newWardId);
    expect(tree.find((row) => row.id === newWardId)?.predecessorCount).toBe(2);
    expect((await continuingUnitOf(world.ward.id, now))?.id).toBe(newWardId);
    expect(await continuingUnitOf(newWardId, now)).toBeNull();
  });

  it("lets the new ward's leaders read the wards it continues", async () => {
    const leader = await db.user.create({
      data: {
        username: `lanhdao.moi.${world.tag.toLowerCase()}`,
        passwordHash: "x",
        fullName: "Lãnh đạo phường mới",
        role: "LEADERSHIP",
        unitId: newWardId,
      },
    });
    const scope = await readableUnitIds(sessionOf(leader));
    expect(scope.sort()).toEqual([newWardId, world.ward.id, world.otherWard.id].sort());
    // A receptionist's scope stays their own unit.
    expect(await readableUnitIds(sessionOf(world.users.receptionist))).toEqual([world.ward.id]);
  });

  it("gives a ward that continues an old town the town's history, but not the town's wards that went elsewhere", async () => {
    // Thị xã Sơn Tây → phường Sơn Tây, while ward Lê Lợi of the town → phường Tùng Thiện: Sơn Tây's leaders read the
    // town and the town's wards that Sơn Tây continues, not Lê Lợi.
    const unit = (code: string, level: "DISTRICT" | "COMMUNE", extra: { parentId?: string; successorId?: string }) =>
      db.administrativeUnit.create({
        data: { code: `${world.tag}-${code}`, name: code, kindLabel: "Phường", level, ...extra },
      });
    const sonTay = await unit("PST", "COMMUNE", {});
    const tungThien = await unit("PTT", "COMMUNE", {});
    const town = await unit("STY", "DISTRICT", { successorId: sonTay.id });
    const phuThinh = await unit("PTH", "COMMUNE", { parentId: town.id, successorId: sonTay.id });
    await unit("LLO", "COMMUNE", { parentId: town.id, successorId: tungThien.id });
    const leader = await db.user.create({
      data: {
        username: `lanhdao.pst.${world.tag.toLowerCase()}`,
        passwordHash: "x",
        fullName: "Lãnh đạo phường Sơn Tây",
        role: "LEADERSHIP",
        unitId: sonTay.id,
      },
    });
    const scope = await readableUnitIds(sessionOf(leader));
    expect(scope.sort()).toEqual([sonTay.id, town.id, phuThinh.id].sort());
  });

  it("reports by either view: under the receiving unit, or under the unit that continues it", async () => {
    const ids = [newWardId, world.ward.id, world.otherWard.id];
    const receiving = await getUnitPerformanceByView(ids, "receiving", now);
    const row = (units: typeof receiving.units, id: string) => units.find((unit) => unit.unitId === id);
    expect(row(receiving.units, world.ward.id)).toMatchObject({
      receivedYear: 2,
      continuedBy: { name: `Phường mới ${world.tag}` },
    });
    expect(row(receiving.units, world.ward.id)!.year).toMatchObject({ resolved: 1, onTime: 1 });
    expect(row(receiving.units, world.otherWard.id)).toMatchObject({ receivedYear: 1 });
    expect(row(receiving.units, newWardId)).toMatchObject({ receivedYear: 0, continuedBy: null });

    const continuing = await getUnitPerformanceByView(ids, "continuing", now);
    expect(continuing.units.map((unit) => unit.unitId)).toEqual([newWardId]);
    expect(continuing.units[0]).toMatchObject({ receivedYear: 3, foldedUnits: 2 });
    expect(continuing.units[0]!.year).toMatchObject({ resolved: 2, onTime: 2 });
  });

  it("refuses a new dossier at a unit past its last day, with a clear message", async () => {
    const message = await refusal(registerDossier(sessionOf(world.users.receptionist), intakeFor(world), now));
    expect(message).toMatch(/đã hết hiệu lực .* không tiếp nhận hồ sơ mới/);
  });

  it("keeps offices and desk counters: a counter only at a reception desk, numbers unique, staff block deactivation", async () => {
    const desk = await createOffice(
      { unitId: newWardId, code: "MOTCUA", name: "Bộ phận Một cửa", kind: "RECEPTION" },
      admin,
      db,
    );
    const justice = await createOffice(
      { unitId: newWardId, code: "TUPHAP", name: "Tư pháp - Hộ tịch", kind: "DEPARTMENT" },
      admin,
      db,
    );
    expect(
      await refusal(createOffice({ unitId: newWardId, code: "MOTCUA", name: "Trùng", kind: "RECEPTION" }, admin, db)),
    ).toMatch(/đã có phòng/);
    await createCounter({ officeId: desk.id, number: 1, name: "Quầy 1", fieldCodes: ["HT"] }, admin, db);
    expect(
      await refusal(createCounter({ officeId: desk.id, number: 1, name: "Quầy trùng", fieldCodes: [] }, admin, db)),
    ).toMatch(/Quầy số 1 đã có/);
    expect(
      await refusal(createCounter({ officeId: justice.id, number: 2, name: "Quầy", fieldCodes: [] }, admin, db)),
    ).toMatch(/Bộ phận Một cửa/);
    expect(await refusal(setOfficeActive({ officeId: world.offices.justice.id, active: false }, admin, db))).toMatch(
      /tài khoản đang hoạt động/,
    );
    await setOfficeActive({ officeId: justice.id, active: false }, admin, db);
    expect(await auditCount("organisation.create_counter")).toBe(1);
    expect(await auditCount("organisation.create_office")).toBe(2);
    expect(await auditCount("organisation.set_office_active")).toBe(1);
  });

  it("edits a unit (a commune never above its parent) and reopens a merged one, dropping its successor", async () => {
    const edit = (fields: Record<string, unknown>) =>
      editUnit(
        editUnitSchema.parse({
          unitId: world.otherWard.id,
          name: world.otherWard.name,
          kindLabel: "Xã",
          level: "COMMUNE",
          parentId: world.town.id,
          ...fields,
        }),
        admin,
        db,
      );
    await edit({ phone: "024 3383 4470" });
    expect((await db.administrativeUnit.findUniqueOrThrow({ where: { id: world.otherWard.id } })).phone).toBe(
      "024 3383 4470",
    );
    expect(await refusal(edit({ parentId: world.ward.id }))).toMatch(/cấp cao hơn/);
    expect(await refusal(edit({ level: "PROVINCE", parentId: "" }))).toMatch(/cấp trên|cấp tỉnh/);
    expect(await auditCount("organisation.update_unit")).toBe(1);

    await setUnitDates(
      setUnitDatesSchema.parse({ unitId: world.otherWard.id, effectiveFrom: "", effectiveTo: "" }),
      admin,
      db,
    );
    const reopened = await db.administrativeUnit.findUniqueOrThrow({ where: { id: world.otherWard.id } });
    expect(reopened).toMatchObject({ effectiveTo: null, successorId: null });
    expect(await continuingUnitOf(world.otherWard.id, now)).toBeNull();
    expect(await auditCount("organisation.set_unit_dates")).toBe(1);
  });
});
