// Phản ánh, kiến nghị (issue 12) against PostgreSQL: submission with a verified contact and an optional dossier, the
// office's handling within scope, refusals that change nothing, the history and audit rows, the citizen's messages in
// the outbox, the append-only history, the flood limit per address, and Decision 766 group 5 counted from the rows.
// Only the request is stood in for (next/headers: the client address; no cookies).
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { useTestDb } from "../support/db";
import { createReceivedDossier, createTestWorld, sessionsOf, type Sessions, type TestWorld } from "../support/fixtures";

const request = vi.hoisted(() => ({ address: "203.0.113.20" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers({ "x-motcua-client-address": request.address }),
}));

const service = await import("../../src/server/feedback/service");
const data = await import("../../src/server/data/feedback");
const { UserFacingError } = await import("../../src/server/user-facing-error");

describe("feedback (PAKN)", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Sessions;
  let contactId: string;
  let otherContactId: string;

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
    const phone = `09${String(Date.now()).slice(-8)}`;
    contactId = (await db.verifiedContact.create({ data: { kind: "PHONE", value: phone } })).id;
    otherContactId = (
      await db.verifiedContact.create({ data: { kind: "EMAIL", value: `khac.${world.tag.toLowerCase()}@example.com` } })
    ).id;
  });
  beforeEach(() => {
    request.address = `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 8)}`;
  });

  const input = (over: Record<string, unknown> = {}) => ({
    unitId: world.ward.id,
    citizenName: "Trần Thị Bình",
    subject: "Chờ lâu tại quầy",
    content: "Tôi phải chờ hơn hai giờ tại <b>quầy</b> số 2 mà không được hướng dẫn.",
    dossierCode: undefined as string | undefined,
    ...over,
  });
  const submit = (over: Record<string, unknown> = {}, when = new Date()) =>
    service.submitFeedback(input(over), contactId, request.address, when);
  const rowOf = (code: string) => db.feedback.findUniqueOrThrow({ where: { code } });
  const auditOf = (code: string) =>
    db.auditEntry.findMany({
      where: { entityId: code },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true },
    });

  it("stores a web item with its code, deadlines by the working-day engine, history and audit; HTML kept as text", async () => {
    const created = await submit({}, new Date("2026-06-04T03:00:00Z"));
    expect(created.code).toMatch(/^PAKN-2026-\d{6}$/);
    const row = await rowOf(created.code);
    expect(row).toMatchObject({ status: "RECEIVED", channel: "WEB", unitId: world.ward.id, officeId: null, contactId });
    expect(row.content).toContain("<b>quầy</b>");
    // Thu 04/06/2026: refuse by Mon 08/06 17:00 (the weekend skipped), answer by Thu 25/06 17:00 (holidays: unit tests).
    expect(row.refuseDueAt.toISOString()).toBe("2026-06-08T10:00:00.000Z");
    expect(row.answerDueAt.toISOString()).toBe("2026-06-25T10:00:00.000Z");
    const events = await db.feedbackEvent.findMany({ where: { feedbackId: row.id } });
    expect(events.map((e) => [e.type, e.toStatus])).toEqual([["submit", "RECEIVED"]]);
    expect(await auditOf(created.code)).toEqual([{ action: "feedback.submit", actorId: null }]);
  });

  it("a dossier code links the item to the dossier's handling office; an unknown code is refused and nothing is written", async () => {
    const dossier = await createReceivedDossier(db, world, `260423-${String(Date.now()).slice(-4)}`, "K7Q2-M9XD");
    await db.dossier.update({ where: { id: dossier.id }, data: { handlingOfficeId: world.offices.justice.id } });
    const created = await submit({ unitId: world.otherWard.id, dossierCode: dossier.code });
    expect(await rowOf(created.code)).toMatchObject({
      dossierId: dossier.id,
      unitId: world.ward.id,
      officeId: world.offices.justice.id,
    });

    // The dossier's page lists it (no sender's data); the handling office may open the item, the land office may not.
    const onPage = await data.listDossierFeedback(as.head, dossier.id);
    expect(onPage).toEqual([
      expect.objectContaining({ code: created.code, status: "RECEIVED", handling: "pending", inScope: true }),
    ]);
    expect(onPage[0]).not.toHaveProperty("citizenName");
    expect(onPage[0]).not.toHaveProperty("content");
    expect((await data.listDossierFeedback(as.landHead, dossier.id))[0]?.inScope).toBe(false);

    const before = await db.feedback.count({ where: { contactId } });
    const refused = submit({ dossierCode: `${world.ward.code}-260101-9999` });
    await expect(refused).rejects.toBeInstanceOf(UserFacingError);
    await expect(refused).rejects.toMatchObject({
      fieldErrors: { dossierCode: [expect.stringContaining("Không tìm thấy")] },
    });
    expect(await db.feedback.count({ where: { contactId } })).toBe(before);
  });

  it("an office cannot handle another unit's feedback; leadership reads only; nothing changes on a refusal", async () => {
    const created = await submit();
    const row = await rowOf(created.code);
    const command = {
      action: "classify" as const,
      feedbackId: row.id,
      version: row.version,
      category: "PROCEDURE" as const,
    };
    await expect(service.performFeedbackCommand(as.otherOfficer, command, "x")).rejects.toThrow(/Không tìm thấy/);
    await expect(service.performFeedbackCommand(as.leader, command, "x")).rejects.toThrow(/Vai trò/);
    // Not yet assigned: the justice office's head may not classify it, the unit's desk may (and routes it).
    await expect(service.performFeedbackCommand(as.head, command, "x")).rejects.toThrow(/phạm vi/);
    expect(await rowOf(created.code)).toEqual(row);
    expect(await auditOf(created.code)).toEqual([{ action: "feedback.submit", actorId: null }]);

    await service.performFeedbackCommand(as.receptionist, command, "x");
    await service
      .performFeedbackCommand(
        as.receptionist,
        {
          action: "assign_office",
          feedbackId: row.id,
          version: row.version + 1,
          officeId: world.offices.otherJustice.id,
        },
        "x",
      )
      .then(
        () => expect.unreachable("another unit's office"),
        (error: Error) => expect(error.message).toMatch(/phòng, ban/),
      );
    await service.performFeedbackCommand(
      as.receptionist,
      { action: "assign_office", feedbackId: row.id, version: row.version + 1, officeId: world.offices.justice.id },
      "x",
    );
    expect(await rowOf(created.code)).toMatchObject({
      category: "PROCEDURE",
      officeId: world.offices.justice.id,
      version: 3,
    });
    // Publishing an unanswered item is refused by the state machine, whatever the version.
    await expect(
      service.performFeedbackCommand(as.head, { action: "publish", feedbackId: row.id, version: 3 }, "x"),
    ).rejects.toThrow(/không cho phép công khai câu trả lời/);
    // A stale version (the page read before the assignment) is refused.
    await expect(
      service.performFeedbackCommand(
        as.head,
        { action: "refuse", feedbackId: row.id, version: 1, note: "Không thuộc thẩm quyền của phường" },
        "x",
      ),
    ).rejects.toThrow(/cập nhật bởi người khác/);
    expect((await rowOf(created.code)).status).toBe("RECEIVED");
  });

  it("the head answers and publishes; the answer goes to the citizen's phone; the citizen rates it once", async () => {
    const dossier = await createReceivedDossier(db, world, `260424-${String(Date.now()).slice(-4)}`, "K7Q2-M9XE");
    await db.dossier.update({ where: { id: dossier.id }, data: { handlingOfficeId: world.offices.justice.id } });
    const created = await submit({ dossierCode: dossier.code });
    let row = await rowOf(created.code);
    await expect(
      service.performFeedbackCommand(
        as.head,
        {
          action: "answer",
          feedbackId: row.id,
          version: row.version,
          note: "Phường xin tiếp thu và đã nhắc nhở cán bộ.",
        },
        "x",
      ),
    ).rejects.toThrow(/phân loại/);
    await service.performFeedbackCommand(
      as.officer,
      { action: "classify", feedbackId: row.id, version: row.version, category: "STAFF_CONDUCT" },
      "x",
    );
    await service.performFeedbackCommand(
      as.head,
      {
        action: "answer",
        feedbackId: row.id,
        version: row.version + 1,
        note: "Phường xin tiếp thu và đã nhắc nhở cán bộ.",
      },
      "x",
    );
    row = await rowOf(created.code);
    expect(row).toMatchObject({ status: "ANSWERED", answeredById: world.users.head.id });
    expect(row.publishDueAt).not.toBeNull();
    await service.performFeedbackCommand(as.head, { action: "publish", feedbackId: row.id, version: row.version }, "x");
    const phone = (await db.verifiedContact.findUniqueOrThrow({ where: { id: contactId } })).value;
    const sent = await db.notification.findMany({ where: { recipient: phone, template: "feedback.answered" } });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toContain(created.code);

    // Another contact cannot see or rate it.
    await expect(service.recordFeedbackVerdict(created.code, "SATISFIED", otherContactId, "x")).rejects.toThrow(
      /Không tìm thấy/,
    );
    await service.recordFeedbackVerdict(created.code, "SATISFIED", contactId, "x");
    await expect(service.recordFeedbackVerdict(created.code, "DISSATISFIED", contactId, "x")).rejects.toThrow(/đã gửi/);
    expect(await rowOf(created.code)).toMatchObject({ status: "PUBLISHED", verdict: "SATISFIED" });
    expect((await auditOf(created.code)).map((entry) => entry.action)).toEqual([
      "feedback.submit",
      "feedback.classify",
      "feedback.answer",
      "feedback.publish",
      "feedback.verdict",
    ]);
    const events = await db.feedbackEvent.findMany({ where: { feedbackId: row.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.type)).toEqual(["submit", "classify", "answer", "publish", "verdict"]);

    // Published: listed publicly without the sender, and counted on time.
    const published = await data.publishedAnswers(world.ward.id);
    expect(published.map((p) => p.code)).toContain(created.code);
    expect(Object.keys(published[0]!)).not.toContain("citizenName");
  });

  it("asks for information, the citizen supplies it, the 15 days start again", async () => {
    const created = await submit({ unitId: world.ward.id });
    let row = await rowOf(created.code);
    await db.feedback.update({ where: { id: row.id }, data: { officeId: world.offices.justice.id } });
    row = await rowOf(created.code);
    await service.performFeedbackCommand(
      as.officer,
      { action: "request_info", feedbackId: row.id, version: row.version, note: "Xin cho biết ngày ông/bà đến quầy." },
      "x",
    );
    expect((await rowOf(created.code)).status).toBe("NEEDS_INFO");
    await service.supplyFeedbackInfo(
      created.code,
      "Tôi đến sáng thứ Hai tuần trước.",
      contactId,
      "x",
      new Date("2026-06-01T02:00:00Z"),
    );
    const after = await rowOf(created.code);
    expect(after).toMatchObject({ status: "RECEIVED", infoSupplied: "Tôi đến sáng thứ Hai tuần trước." });
    expect(after.answerDueAt.toISOString()).toBe("2026-06-22T10:00:00.000Z");
  });

  it("keeps the history append-only", async () => {
    const created = await submit();
    const row = await rowOf(created.code);
    await expect(db.$executeRaw`UPDATE "FeedbackEvent" SET note = 'x' WHERE "feedbackId" = ${row.id}`).rejects.toThrow(
      /chỉ cho phép ghi thêm.*UPDATE bị từ chối/,
    );
    await expect(db.$executeRaw`DELETE FROM "FeedbackEvent" WHERE "feedbackId" = ${row.id}`).rejects.toThrow(
      /chỉ cho phép ghi thêm.*DELETE bị từ chối/,
    );
    expect(await db.feedbackEvent.count({ where: { feedbackId: row.id } })).toBe(1);
  });

  it("refuses a flood of feedback from one address", async () => {
    request.address = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
    for (let i = 0; i < 10; i += 1) await submit();
    const before = await db.feedback.count({ where: { contactId } });
    await expect(submit()).rejects.toThrow(/nhiều phản ánh/);
    expect(await db.feedback.count({ where: { contactId } })).toBe(before);
  });

  it("counts Decision 766 group 5 from the rows, per unit and office, and the overdue warning", async () => {
    // A unit of its own so the counts are exact.
    const unit = await db.administrativeUnit.create({
      data: { code: `G${world.tag}`, name: `Phường đếm ${world.tag}`, kindLabel: "Phường", level: "COMMUNE" },
    });
    const office = await db.office.create({ data: { unitId: unit.id, code: "TUPHAP", name: "Tư pháp" } });
    const head = { ...as.head, unitId: unit.id, officeId: office.id };
    const early = new Date("2026-03-02T02:00:00Z"); // Mon 02/03/2026 09:00
    const mk = async (over: Record<string, unknown> = {}) => {
      const created = await service.submitFeedback(
        input({ unitId: unit.id }),
        contactId,
        `10.0.0.${Math.random()}`,
        early,
      );
      await db.feedback.update({ where: { code: created.code }, data: { officeId: office.id, ...over } });
      return created.code;
    };
    // On time (answered and published within their days, satisfied), late answer, and one still open and overdue.
    await mk({
      status: "PUBLISHED",
      category: "PROCEDURE",
      answeredAt: new Date("2026-03-05T02:00:00Z"),
      publishDueAt: new Date("2026-03-09T10:00:00Z"),
      publishedAt: new Date("2026-03-06T02:00:00Z"),
      verdict: "SATISFIED",
      subject: "Một",
    });
    await mk({
      status: "PUBLISHED",
      category: "OTHER",
      answeredAt: new Date("2026-04-01T02:00:00Z"),
      publishDueAt: new Date("2026-04-03T10:00:00Z"),
      publishedAt: new Date("2026-04-02T02:00:00Z"),
      verdict: "DISSATISFIED",
      subject: "Hai",
    });
    await mk({ subject: "Ba" });
    const result = await data.feedbackGroup5({
      unitIds: [unit.id],
      from: new Date("2026-03-01T00:00:00+07:00"),
      to: new Date("2026-04-01T00:00:00+07:00"),
      now: new Date("2026-06-30T00:00:00Z"),
    });
    expect(result.counts).toMatchObject({
      received: 3,
      classified: 2,
      handledOnTime: 1,
      handledLate: 2,
      answeredLate: 1,
      satisfied: 1,
      dissatisfied: 1,
    });
    expect(result.indicators.onTimeRate).toBeCloseTo(1 / 3);
    const byOffice = await data.feedbackGroup5ByUnitAndOffice({
      unitIds: [unit.id],
      from: new Date("2026-03-01T00:00:00+07:00"),
      to: new Date("2026-04-01T00:00:00+07:00"),
    });
    expect(byOffice.byOffice.get(office.id)?.counts.received).toBe(3);
    expect(byOffice.byUnit.get(unit.id)?.counts.received).toBe(3);
    expect(await data.overdueFeedbackCount(head, new Date("2026-06-30T00:00:00Z"))).toBe(1);
    expect(await data.overdueFeedbackCount(head, new Date("2026-03-03T00:00:00Z"))).toBe(0);
  });
});
