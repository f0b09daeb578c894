import { beforeAll, describe, expect, it } from "vitest";
import { getDeskProcedure, getDeskToday, searchDeskProcedures } from "../../src/server/data/reception";
import { registerDossier } from "../../src/server/dossiers/intake";
import { issueIntakeNotice } from "../../src/server/dossiers/intake-notices";
import { useTestDb } from "../support/db";
import { at, createTestWorld, intakeFor, sessionOf, type TestWorld } from "../support/fixtures";

const version = (procedureId: string, from: string, to: string | null = null) => ({
  procedureId,
  version: 1,
  effectiveFrom: new Date(from),
  effectiveTo: to ? new Date(to) : null,
  durationValue: 3,
  durationUnit: "WORKING_DAYS" as const,
  handlingOfficeCode: "TUPHAP",
  onlineLevel: 3,
  onlineClass: "PARTIAL" as const,
});

describe("the desk's procedure search and today's register", () => {
  const db = useTestDb();
  let world: TestWorld;
  let tag: string;

  beforeAll(async () => {
    world = await createTestWorld(db);
    tag = world.tag.toLowerCase();
    const create = async (
      code: string,
      name: string,
      level: "COMMUNE" | "DISTRICT",
      versions: ReturnType<typeof version>[] | ((id: string) => ReturnType<typeof version>[]),
      active = true,
    ) => {
      const procedure = await db.procedure.create({ data: { code, name, fieldId: world.field.id, level, active } });
      const rows = typeof versions === "function" ? versions(procedure.id) : versions;
      for (const row of rows) await db.procedureVersion.create({ data: { ...row, procedureId: procedure.id } });
      return procedure;
    };
    await create(`3.${world.tag}`, `Đăng ký kết hôn lưu động ${world.tag}`, "COMMUNE", (id) => [
      version(id, "2025-01-01"),
    ]);
    await create(`4.${world.tag}`, `Ghi vào sổ việc kết hôn ${world.tag}`, "COMMUNE", (id) => [
      version(id, "2025-01-01"),
    ]);
    await create(`5.${world.tag}`, `Đăng ký kết hôn có yếu tố nước ngoài ${world.tag}`, "DISTRICT", (id) => [
      version(id, "2025-01-01"),
    ]);
    await create(
      `6.${world.tag}`,
      `Đăng ký kết hôn đã bãi bỏ ${world.tag}`,
      "COMMUNE",
      (id) => [version(id, "2025-01-01")],
      false,
    );
    await create(`7.${world.tag}`, `Đăng ký kết hôn tương lai ${world.tag}`, "COMMUNE", (id) => [
      version(id, "2027-01-01"),
    ]);
    await create(`8.${world.tag}`, `Đăng ký kết hôn hết hiệu lực ${world.tag}`, "COMMUNE", (id) => [
      version(id, "2025-01-01", "2026-01-01"),
    ]);
  });

  const names = (options: { name: string }[]) => options.map((option) => option.name);
  const when = at("2026-04-23T09:00:00");

  it("finds procedures without accents, in any case, only of the user's level and in force", async () => {
    const ward = { unitId: world.ward.id };
    expect(names(await searchDeskProcedures(ward, `luu dong ${tag}`, when))).toEqual([
      `Đăng ký kết hôn lưu động ${world.tag}`,
    ]);
    expect(names(await searchDeskProcedures(ward, `LƯU ĐỘNG ${world.tag}`, when))).toEqual([
      `Đăng ký kết hôn lưu động ${world.tag}`,
    ]);
    // every word must match (name or code), in any order; withdrawn, future and expired procedures never show
    expect(names(await searchDeskProcedures(ward, `${tag} hon ket`, when)).sort()).toEqual(
      ["Đăng ký kết hôn", `Đăng ký kết hôn lưu động ${world.tag}`, `Ghi vào sổ việc kết hôn ${world.tag}`].sort(),
    );
    // the name containing the whole phrase ranks first
    expect(names(await searchDeskProcedures(ward, `viec ket hon ${tag}`, when))).toEqual([
      `Ghi vào sổ việc kết hôn ${world.tag}`,
    ]);
    expect(names(await searchDeskProcedures(ward, `ket hon luu ${tag}`, when))[0]).toBe(
      `Đăng ký kết hôn lưu động ${world.tag}`,
    );
  });

  it("filters by level: the town sees its own procedures, not the ward's", async () => {
    expect(names(await searchDeskProcedures({ unitId: world.town.id }, `ket hon ${tag}`, when))).toEqual([
      `Đăng ký kết hôn có yếu tố nước ngoài ${world.tag}`,
    ]);
    expect(names(await searchDeskProcedures({ unitId: world.ward.id }, `nuoc ngoai ${tag}`, when))).toEqual([]);
  });

  it("finds by national code, ignores too-short queries and LIKE wildcards", async () => {
    const byCode = await searchDeskProcedures({ unitId: world.ward.id }, `4.${world.tag}`, when);
    expect(byCode.map((option) => option.code)).toEqual([`4.${world.tag}`]);
    expect(byCode[0]).toMatchObject({ fieldName: "Hộ tịch" });
    expect(await searchDeskProcedures({ unitId: world.ward.id }, "k", when)).toEqual([]);
    expect(await searchDeskProcedures({ unitId: world.ward.id }, `%% ${tag}`, when)).toEqual([]);
  });

  it("loads the checklist and a server-computed appointment for the chosen procedure", async () => {
    const detail = await getDeskProcedure(
      sessionOf(world.users.receptionist),
      world.procedure.id,
      at("2026-04-23T10:00:00"),
    );
    expect(detail.documents.map((document) => document.name)).toEqual([
      "Tờ khai đăng ký kết hôn",
      "Giấy xác nhận tình trạng hôn nhân",
    ]);
    expect(detail).toMatchObject({ durationValue: 5, postalReturnAllowed: true, handlingOffice: "Tư pháp - Hộ tịch" });
    expect(detail.appointment.at).toBe(at("2026-04-30T17:00:00").toISOString());
    expect(detail.appointment.label).toBe("17:00 30/04/2026");
    expect(detail.appointment.explanation.length).toBeGreaterThan(10);
  });

  it("lists today's dossiers of this desk and today's notices of the unit", async () => {
    const receptionist = sessionOf(world.users.receptionist);
    const now = at("2026-06-10T10:00:00");
    const registered = await registerDossier(receptionist, intakeFor(world), at("2026-06-10T08:00:00"));
    await registerDossier(receptionist, intakeFor(world), at("2026-06-09T16:00:00")); // yesterday
    const notice = await issueIntakeNotice(
      receptionist,
      {
        kind: "REFUSAL",
        procedureId: world.procedure.id,
        applicantName: "Lê Văn Cường",
        missingDocuments: [],
        reason: "Không thuộc đối tượng giải quyết.",
      },
      at("2026-06-10T09:00:00"),
    );
    const today = await getDeskToday(receptionist, now);
    expect(today.dossiers.map((row) => row.code)).toEqual([registered.code]);
    expect(today.notices.map((row) => row.number)).toEqual([notice.number]);
    // another ward's desk sees none of it
    const other = await getDeskToday(sessionOf(world.users.otherReceptionist), now);
    expect(other.dossiers).toEqual([]);
    expect(other.notices).toEqual([]);
  });
});
