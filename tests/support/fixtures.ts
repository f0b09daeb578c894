// A small world for integration tests: two units, offices, staff of every role and one procedure. Codes carry a
// random suffix so that test files sharing one database never collide.
import crypto from "node:crypto";
import type { PrismaClient } from "../../src/generated/prisma/client";
import type { Role } from "../../src/generated/prisma/enums";
import { hashPassword } from "../../src/server/auth/password";
import { performCommand } from "../../src/server/dossiers/commands";

export const TEST_PASSWORD = "dung-mat-khau-2026";
let passwordHash: Promise<string> | undefined;

export async function createTestWorld(db: PrismaClient) {
  const tag = crypto.randomBytes(3).toString("hex").toUpperCase();
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;

  const town = await db.administrativeUnit.create({
    data: { code: `T${tag}`, name: `Thị xã thử ${tag}`, kindLabel: "Thị xã", level: "DISTRICT" },
  });
  const ward = await db.administrativeUnit.create({
    data: { code: `W${tag}`, name: `Phường thử ${tag}`, kindLabel: "Phường", level: "COMMUNE", parentId: town.id },
  });
  const otherWard = await db.administrativeUnit.create({
    data: { code: `X${tag}`, name: `Xã khác ${tag}`, kindLabel: "Xã", level: "COMMUNE", parentId: town.id },
  });

  const office = (
    unitId: string,
    code: string,
    name: string,
    kind: "RECEPTION" | "DEPARTMENT" | "LEADERSHIP" = "DEPARTMENT",
  ) => db.office.create({ data: { unitId, code, name, kind } });
  const offices = {
    reception: await office(ward.id, "MOTCUA", "Bộ phận Một cửa", "RECEPTION"),
    justice: await office(ward.id, "TUPHAP", "Tư pháp - Hộ tịch"),
    land: await office(ward.id, "TNMT", "Địa chính - Xây dựng"),
    leadership: await office(ward.id, "VANPHONG", "Lãnh đạo UBND", "LEADERSHIP"),
    otherJustice: await office(otherWard.id, "TUPHAP", "Tư pháp - Hộ tịch"),
    otherReception: await office(otherWard.id, "MOTCUA", "Bộ phận Một cửa", "RECEPTION"),
  };

  const user = (username: string, role: Role, unitId: string, officeId: string | null) =>
    db.user.create({
      data: {
        username: `${username}.${tag.toLowerCase()}`,
        passwordHash: hash,
        fullName: `Cán bộ ${username}`,
        role,
        unitId,
        officeId,
      },
    });
  const users = {
    admin: await user("admin", "ADMIN", town.id, null),
    receptionist: await user("tiepnhan", "RECEPTIONIST", ward.id, offices.reception.id),
    officer: await user("chuyenvien", "OFFICER", ward.id, offices.justice.id),
    secondOfficer: await user("chuyenvien2", "OFFICER", ward.id, offices.justice.id),
    landOfficer: await user("diachinh", "OFFICER", ward.id, offices.land.id),
    head: await user("truongphong", "DEPARTMENT_HEAD", ward.id, offices.justice.id),
    landHead: await user("truongdiachinh", "DEPARTMENT_HEAD", ward.id, offices.land.id),
    leader: await user("lanhdao", "LEADERSHIP", ward.id, offices.leadership.id),
    inspector: await user("noivu", "INSPECTOR", town.id, null),
    otherReceptionist: await user("tiepnhankhac", "RECEPTIONIST", otherWard.id, offices.otherReception.id),
    otherOfficer: await user("chuyenvienkhac", "OFFICER", otherWard.id, offices.otherJustice.id),
  };

  const field = await db.field.create({ data: { code: `HT${tag}`, name: "Hộ tịch" } });
  const procedure = await db.procedure.create({
    data: { code: `1.${tag}`, name: "Đăng ký kết hôn", fieldId: field.id, level: "COMMUNE" },
  });
  const procedureVersion = await db.procedureVersion.create({
    data: {
      procedureId: procedure.id,
      version: 1,
      effectiveFrom: new Date("2025-01-01"),
      durationValue: 5,
      durationUnit: "WORKING_DAYS",
      feeAmount: 0,
      handlingOfficeCode: "TUPHAP",
      onlineLevel: 3,
      onlineClass: "PARTIAL",
      postalIntakeAllowed: true,
      postalReturnAllowed: true,
      leadershipApproval: true,
      documents: {
        create: [
          { position: 1, name: "Tờ khai đăng ký kết hôn", form: "ORIGINAL", count: 1 },
          { position: 2, name: "Giấy xác nhận tình trạng hôn nhân", form: "ORIGINAL", count: 1 },
        ],
      },
    },
  });

  return { tag, town, ward, otherWard, offices, users, field, procedure, procedureVersion };
}

export type TestWorld = Awaited<ReturnType<typeof createTestWorld>>;

/** A received dossier written directly (no intake service), for tests that aim at its rows rather than the flow. */
export const createReceivedDossier = (db: PrismaClient, world: TestWorld, code: string, trackingKey: string) =>
  db.dossier.create({
    data: {
      code: `${world.ward.code}-${code}`,
      procedureId: world.procedure.id,
      procedureVersionId: world.procedureVersion.id,
      fieldId: world.field.id,
      channel: "DIRECT",
      receivedUnitId: world.ward.id,
      decidingUnitId: world.ward.id,
      applicantName: "Nguyễn Văn An",
      applicantIdNumber: "001090000001",
      applicantPhone: "0912345678",
      applicantAddress: "Phường Lê Lợi, Sơn Tây",
      trackingKey,
      submittedAt: new Date(),
      receivedAt: new Date(),
      status: "RECEIVED",
    },
  });

/** The session identity of a fixture user, as the auth layer would build it. */
export function sessionOf(user: {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  unitId: string;
  officeId: string | null;
}) {
  return {
    id: user.id,
    username: user.username,
    name: user.fullName,
    role: user.role,
    unitId: user.unitId,
    officeId: user.officeId,
  };
}

/** A valid intake for the fixture procedure (every required document ticked). */
export function intakeFor(world: TestWorld, overrides: Record<string, unknown> = {}) {
  return {
    procedureId: world.procedure.id,
    channel: "DIRECT" as const,
    applicantKind: "CITIZEN" as const,
    applicantName: "Trần Thị Bình",
    applicantIdNumber: "001190012345",
    applicantPhone: "0987654321",
    applicantEmail: undefined,
    applicantAddress: "Số 5 phố Quang Trung, Sơn Tây",
    documents: [
      { position: 1, received: true, count: 1 },
      { position: 2, received: true, count: 1 },
    ],
    postalReturn: false,
    dataReused: false,
    note: undefined,
    ...overrides,
  };
}

export type Sessions = Record<keyof TestWorld["users"], ReturnType<typeof sessionOf>>;

/** Every fixture user's session, by the same keys as `world.users`. */
export const sessionsOf = (world: TestWorld): Sessions =>
  Object.fromEntries(Object.entries(world.users).map(([key, user]) => [key, sessionOf(user)])) as Sessions;

/** An instant given as wall-clock time in Vietnam (UTC+7), e.g. at("2026-04-23T10:00:00"). */
export const at = (local: string) => new Date(`${local}+07:00`);

export type Command = Parameters<typeof performCommand>[1]["command"];
type Client = Pick<PrismaClient, "dossier">;

/** A dossier's current optimistic version. */
export const versionOf = async (db: Client, dossierId: string) =>
  (await db.dossier.findUniqueOrThrow({ where: { id: dossierId } })).version;

/** Performs a command as a user at a Vietnam wall-clock time, on the dossier's current version (tests act in turn). */
export async function act(
  db: Client,
  user: ReturnType<typeof sessionOf>,
  dossierId: string,
  command: Command,
  when: string,
) {
  return performCommand(user, { dossierId, expectedVersion: await versionOf(db, dossierId), command }, at(when));
}

/** Trả kết quả at the desk to the applicant, with the document checked (src/domain/dossier/result-return.ts). */
export const DESK_RETURN = {
  type: "return_result",
  method: "DESK",
  resultNumber: "15/GCN-UBND",
  collectorKind: "APPLICANT",
  collectorName: "Nguyễn Văn An",
  idDocumentKind: "CCCD",
  idDocumentNumber: "001090012345",
} as const satisfies Command;

/** Trả kết quả by post (only where the applicant asked for it at intake). */
export const POST_RETURN = {
  type: "return_result",
  method: "POST",
  resultNumber: "15/GCN-UBND",
} as const satisfies Command;
