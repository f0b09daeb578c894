import { beforeAll, describe, expect, it } from "vitest";
import type { IntakeNoticeInput } from "../../src/domain/dossier/intake-notice-schema";
import { issueIntakeNotice } from "../../src/server/dossiers/intake-notices";
import { UserFacingError } from "../../src/server/user-facing-error";
import { useTestDb } from "../support/db";
import { at, createTestWorld, sessionOf, type TestWorld } from "../support/fixtures";

// Times in Asia/Ho_Chi_Minh (UTC+7): the number carries the Vietnamese calendar day.

describe("intake notices at the desk (forms 02 and 03, nothing received)", () => {
  const db = useTestDb();
  let world: TestWorld;
  let receptionist: ReturnType<typeof sessionOf>;

  beforeAll(async () => {
    world = await createTestWorld(db);
    receptionist = sessionOf(world.users.receptionist);
  });

  const supplement = (overrides: Partial<IntakeNoticeInput> = {}): IntakeNoticeInput => ({
    kind: "SUPPLEMENT_REQUEST",
    procedureId: world.procedure.id,
    applicantName: "Trần Thị Bình",
    applicantPhone: "0987654321",
    applicantAddress: "Số 5 phố Quang Trung, Sơn Tây",
    missingDocuments: ["Giấy xác nhận tình trạng hôn nhân (bản chính)"],
    reason: "Xin ông/bà vui lòng bổ sung giấy tờ trên và nộp lại tại Bộ phận Một cửa.",
    ...overrides,
  });
  const refusal = (overrides: Partial<IntakeNoticeInput> = {}): IntakeNoticeInput => ({
    ...supplement(),
    kind: "REFUSAL",
    missingDocuments: [],
    reason: "Người nộp không thuộc đối tượng được đăng ký kết hôn tại phường theo quy định.",
    ...overrides,
  });
  const counts = async () => ({
    notices: await db.intakeNotice.count({ where: { unitId: world.ward.id } }),
    dossiers: await db.dossier.count({ where: { receivedUnitId: world.ward.id } }),
    audits: await db.auditEntry.count({ where: { actorId: world.users.receptionist.id } }),
  });

  it("issues a supplement request (form 02) with its number, the missing documents and an audit entry, without a dossier", async () => {
    const before = await counts();
    const issued = await issueIntakeNotice(receptionist, supplement(), at("2026-04-23T10:00:00"));
    expect(issued).toMatchObject({ kind: "SUPPLEMENT_REQUEST", number: `${world.ward.code}-02-260423-0001` });
    const row = await db.intakeNotice.findUniqueOrThrow({ where: { id: issued.id } });
    expect(row).toMatchObject({
      kind: "SUPPLEMENT_REQUEST",
      unitId: world.ward.id,
      procedureId: world.procedure.id,
      applicantName: "Trần Thị Bình",
      applicantPhone: "0987654321",
      missingDocuments: ["Giấy xác nhận tình trạng hôn nhân (bản chính)"],
      issuedById: world.users.receptionist.id,
      issuedAt: at("2026-04-23T10:00:00"),
    });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entity: "IntakeNotice", entityId: issued.id } });
    expect(audit).toMatchObject({
      actorId: world.users.receptionist.id,
      action: "intake_notice.issue_supplement_request",
    });
    // no personal data in the audit log
    expect(JSON.stringify(audit.detail)).not.toContain("Bình");
    const after = await counts();
    expect(after).toEqual({ notices: before.notices + 1, dossiers: before.dossiers, audits: before.audits + 1 });
  });

  it("issues a refusal (form 03) on its own sequence, and the next form 02 of the day is 0002", async () => {
    const refused = await issueIntakeNotice(receptionist, refusal(), at("2026-04-23T10:30:00"));
    expect(refused.number).toBe(`${world.ward.code}-03-260423-0001`);
    const row = await db.intakeNotice.findUniqueOrThrow({ where: { id: refused.id } });
    expect(row.kind).toBe("REFUSAL");
    expect(row.missingDocuments).toBeNull();
    expect(row.reason).toMatch(/không thuộc đối tượng/);
    expect(await db.auditEntry.count({ where: { entityId: refused.id, action: "intake_notice.issue_refusal" } })).toBe(
      1,
    );

    const second = await issueIntakeNotice(receptionist, supplement(), at("2026-04-23T16:00:00"));
    expect(second.number).toBe(`${world.ward.code}-02-260423-0002`);
    // a new day starts again at 0001 (23:30 UTC is already the 24th in Vietnam)
    const nextDay = await issueIntakeNotice(receptionist, supplement(), new Date("2026-04-23T17:30:00Z"));
    expect(nextDay.number).toBe(`${world.ward.code}-02-260424-0001`);
  });

  it("gives 20 concurrent notices of one desk 20 consecutive, unique numbers", async () => {
    const when = at("2026-05-04T09:00:00");
    const issued = await Promise.all(
      Array.from({ length: 20 }, () => issueIntakeNotice(receptionist, supplement(), when)),
    );
    const numbers = issued.map((notice) => notice.number);
    expect(new Set(numbers).size).toBe(20);
    expect(numbers.every((number) => number.startsWith(`${world.ward.code}-02-260504-`))).toBe(true);
    expect(numbers.map((number) => Number(number.split("-").at(-1))).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(await db.auditEntry.count({ where: { entityId: { in: issued.map((notice) => notice.id) } } })).toBe(20);
  });

  it("refuses invalid input with Vietnamese field messages and writes nothing", async () => {
    const before = await counts();
    const attempt = issueIntakeNotice(
      receptionist,
      refusal({ reason: "  ", applicantName: "" }),
      at("2026-04-23T11:00:00"),
    );
    await expect(attempt).rejects.toBeInstanceOf(UserFacingError);
    const error = (await attempt.catch((caught: unknown) => caught)) as UserFacingError;
    expect(error.fieldErrors?.reason).toEqual(["Xin vui lòng nêu rõ lý do từ chối tiếp nhận hồ sơ."]);
    expect(error.fieldErrors?.applicantName?.[0]).toMatch(/Xin vui lòng nhập họ và tên/);
    await expect(
      issueIntakeNotice(receptionist, supplement({ missingDocuments: [] }), at("2026-04-23T11:00:00")),
    ).rejects.toThrow(/chưa hợp lệ/);
    expect(await counts()).toEqual(before);
    // the sequence did not move: the next form 02 of the 23rd is 0003
    const next = await issueIntakeNotice(receptionist, supplement(), at("2026-04-23T11:05:00"));
    expect(next.number).toBe(`${world.ward.code}-02-260423-0003`);
  });

  it("refuses another level's procedure and users who are not receptionists, writing nothing", async () => {
    const townProcedure = await db.procedure.create({
      data: {
        code: `9.${world.tag}`,
        name: "Cấp giấy phép xây dựng nhà ở riêng lẻ",
        fieldId: world.field.id,
        level: "DISTRICT",
      },
    });
    await db.procedureVersion.create({
      data: {
        procedureId: townProcedure.id,
        version: 1,
        effectiveFrom: new Date("2025-01-01"),
        durationValue: 15,
        durationUnit: "WORKING_DAYS",
        handlingOfficeCode: "QLDT",
        onlineLevel: 3,
        onlineClass: "PARTIAL",
      },
    });
    const before = await counts();
    await expect(
      issueIntakeNotice(receptionist, refusal({ procedureId: townProcedure.id }), at("2026-04-23T14:00:00")),
    ).rejects.toThrow(/không thuộc thẩm quyền/);
    await expect(
      issueIntakeNotice(sessionOf(world.users.officer), supplement(), at("2026-04-23T14:00:00")),
    ).rejects.toThrow(/Chỉ cán bộ tiếp nhận/);
    expect(await counts()).toEqual(before);
    // another ward's receptionist numbers its own notices, with its own unit code
    const other = await issueIntakeNotice(
      sessionOf(world.users.otherReceptionist),
      supplement(),
      at("2026-04-23T14:00:00"),
    );
    expect(other.number).toBe(`${world.otherWard.code}-02-260423-0001`);
  });
});
