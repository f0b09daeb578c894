import { beforeAll, describe, expect, it } from "vitest";
import { sipasIndex } from "../../src/domain/metrics";
import {
  STANDARD_QUESTIONNAIRES,
  standardCriterionId,
  standardFactorId,
  type LinkChannel,
} from "../../src/domain/satisfaction";
import { loadSipasInputs, loadSipasInputsByMonth, loadSipasInputsByUnit } from "../../src/server/data/satisfaction";
import { recordRating, recordRatingByLink, signRatingToken, loadRatingPage } from "../../src/server/satisfaction";
import { activateQuestionnaireVersion, createQuestionnaireVersion } from "../../src/server/satisfaction/admin";
import { useTestDb } from "../support/db";
import { at, createReceivedDossier, createTestWorld, type TestWorld } from "../support/fixtures";

// Ratings against PostgreSQL (docs/satisfaction.md): the standard questionnaires the migration installs, one rating
// per dossier and channel, links refused when forged, expired or early, the address's flood limit, comments as text.
// Each test uses its own dossiers and documentation addresses (RFC 5737), so other test files do not interfere.

const SHORT = STANDARD_QUESTIONNAIRES.find((q) => q.code === "NGAN-TAI-QUAY")!;
const SHORT_CRITERIA = SHORT.version.factors.flatMap((f) =>
  f.criteria.map((c) => standardCriterionId(SHORT.version.id, c.code)),
);
const answersOf = (...scores: number[]) => SHORT_CRITERIA.map((criterionId, i) => ({ criterionId, score: scores[i]! }));
const form = (scores: number[], overrides: Partial<Parameters<typeof recordRatingByLink>[1]> = {}) => ({
  overallScore: 4,
  reasons: [],
  answers: answersOf(...scores),
  comment: null,
  ...overrides,
});

describe("satisfaction ratings", () => {
  const db = useTestDb();
  let world: TestWorld;
  let serial = 0;

  beforeAll(async () => {
    world = await createTestWorld(db);
  });

  /** A dossier of the test world, returned by the receptionist unless told otherwise. */
  async function dossier(returned = true) {
    serial += 1;
    const row = await createReceivedDossier(db, world, `SAT${String(serial).padStart(4, "0")}`, `key${serial}`);
    if (!returned) return row;
    await db.dossierEvent.create({
      data: { dossierId: row.id, type: "return_result", actorId: world.users.receptionist.id, toStatus: "RETURNED" },
    });
    return db.dossier.update({
      where: { id: row.id },
      data: { status: "RETURNED", returnedAt: new Date(), handlingOfficeId: world.offices.justice.id },
    });
  }
  const link = (dossierId: string, channel: LinkChannel = "RECEIPT_QR", now = new Date()) =>
    signRatingToken(dossierId, channel, now);

  it("the migration installed the three standard questionnaires, as the domain's data lists them", async () => {
    for (const standard of STANDARD_QUESTIONNAIRES) {
      const version = await db.questionnaireVersion.findUniqueOrThrow({
        where: { id: standard.version.id },
        include: { questionnaire: true, criteria: { orderBy: { order: "asc" } } },
      });
      expect(version).toMatchObject({ status: "ACTIVE", version: 1, asksOverall: standard.version.asksOverall });
      expect(version.questionnaire.code).toBe(standard.code);
      expect(version.reasons).toEqual(standard.version.reasons);
      expect(version.criteria.map((c) => [c.code, c.text, c.factorId])).toEqual(
        standard.version.factors.flatMap((f) =>
          f.criteria.map((c) => [c.code, c.text, standardFactorId(standard.version.id, f.code)]),
        ),
      );
    }
    const counts = STANDARD_QUESTIONNAIRES.map((q) => q.version.factors.flatMap((f) => f.criteria).length);
    expect(counts).toEqual([22, 19, 4]);
  });

  it("records a rating through the receipt's link with unit, office and returning officer copied", async () => {
    const returned = await dossier();
    const result = await recordRatingByLink(await link(returned.id), form([5, 4, 4, 3]), "198.51.100.1");
    expect(result.ok).toBe(true);
    const rating = await db.rating.findFirstOrThrow({ where: { dossierId: returned.id }, include: { answers: true } });
    expect(rating).toMatchObject({
      channel: "RECEIPT_QR",
      unitId: world.ward.id,
      officeId: world.offices.justice.id,
      officerId: world.users.receptionist.id,
      overallScore: 4,
      questionnaireVersionId: SHORT.version.id,
    });
    expect(rating.answers.map((a) => a.score).sort()).toEqual([3, 4, 4, 5]);
    const audit = await db.auditEntry.findFirst({
      where: { action: "satisfaction.record_rating", entityId: returned.code },
    });
    expect(audit?.detail).toMatchObject({ channel: "RECEIPT_QR", ratingId: rating.id });
  });

  it("refuses a second rating of the same dossier through the same channel, and counts it once", async () => {
    const returned = await dossier();
    const token = await link(returned.id);
    expect((await recordRatingByLink(token, form([5, 5, 5, 5]), "198.51.100.2")).ok).toBe(true);
    const again = await recordRatingByLink(token, form([1, 1, 1, 1], { overallScore: 1 }), "198.51.100.2");
    expect(again).toMatchObject({ ok: false, reason: "already_rated" });
    expect(again.ok ? "" : again.message).toContain("đã được đánh giá");
    // Two at once: the unique index lets exactly one through.
    const other = await dossier();
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        recordRating({
          dossierId: other.id,
          channel: "TRACKING_PAGE",
          overallScore: 5,
          answers: answersOf(5, 5, 5, 5),
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? null : r.reason))).toEqual([
      "already_rated",
      "already_rated",
    ]);
    expect(await db.rating.count({ where: { dossierId: { in: [returned.id, other.id] } } })).toBe(2);
    // Another channel is another rating.
    expect(
      (await recordRatingByLink(await link(returned.id, "NOTIFICATION_LINK"), form([4, 4, 4, 4]), "198.51.100.2")).ok,
    ).toBe(true);
  });

  it("refuses a dossier that is not returned yet, except at the counter", async () => {
    const received = await dossier(false);
    const result = await recordRatingByLink(await link(received.id), form([4, 4, 4, 4]), "198.51.100.3");
    expect(result).toMatchObject({ ok: false, reason: "not_returned" });
    expect((await loadRatingPage(await link(received.id))).kind).toBe("refused");
    const counter = await db.counter.create({
      data: { officeId: world.offices.reception.id, number: 91, name: "Quầy 91" },
    });
    const atCounter = await recordRating({
      dossierId: received.id,
      channel: "COUNTER_TABLET",
      counterId: counter.id,
      officerId: world.users.receptionist.id,
      overallScore: 2,
      reasons: ["Phải chờ lâu"],
      answers: [],
    });
    expect(atCounter.ok).toBe(true);
    const rating = await db.rating.findFirstOrThrow({ where: { dossierId: received.id } });
    expect(rating).toMatchObject({ counterId: counter.id, overallScore: 2, reasons: ["Phải chờ lâu"] });
    expect(await db.rating.count({ where: { dossierId: received.id } })).toBe(1);
  });

  it("refuses a forged, altered or expired link, and a reason that is not on the list", async () => {
    const returned = await dossier();
    const token = await link(returned.id, "RECEIPT_QR", at("2026-01-01T08:00:00"));
    // Signed a year and a day ago: expired.
    const expired = await recordRatingByLink(token, form([5, 5, 5, 5]), "198.51.100.4", at("2027-01-02T08:00:00"));
    expect(expired).toMatchObject({ ok: false, reason: "expired_link" });
    // Another dossier's id with this token's signature.
    const [subject, expiry, signature] = token.split(".");
    const otherId = Buffer.from(`rating:q:${(await dossier()).id}`).toString("base64url");
    for (const forged of [
      `${otherId}.${expiry}.${signature}`,
      `${subject}.${Number(expiry) + 1}.${signature}`,
      "abc",
      "",
    ]) {
      const result = await recordRatingByLink(forged, form([5, 5, 5, 5]), "198.51.100.4", at("2026-01-02T08:00:00"));
      expect(result).toMatchObject({ ok: false, reason: "invalid_link" });
    }
    const badReason = await recordRatingByLink(
      await link(returned.id),
      form([2, 2, 2, 2], { overallScore: 2, reasons: ["<script>"] }),
      "198.51.100.4",
    );
    expect(badReason).toMatchObject({ ok: false, reason: "incomplete" });
    const missing = await recordRatingByLink(await link(returned.id), form([5, 5, 5]), "198.51.100.4");
    expect(missing).toMatchObject({ ok: false, reason: "incomplete" });
    expect(await db.rating.count({ where: { dossierId: returned.id } })).toBe(0);
  });

  it("stores a comment with HTML as the text typed, and refuses one too long", async () => {
    const returned = await dossier();
    const comment = '  <img src=x onerror="alert(1)"> Cảm ơn <b>cán bộ</b>  ';
    expect(
      (await recordRatingByLink(await link(returned.id), form([5, 5, 5, 5], { comment }), "198.51.100.5")).ok,
    ).toBe(true);
    const rating = await db.rating.findFirstOrThrow({ where: { dossierId: returned.id } });
    expect(rating.comment).toBe('<img src=x onerror="alert(1)"> Cảm ơn <b>cán bộ</b>');
    const other = await dossier();
    const long = await recordRatingByLink(
      await link(other.id),
      form([5, 5, 5, 5], { comment: "a".repeat(1001) }),
      "198.51.100.5",
    );
    expect(long).toMatchObject({ ok: false, reason: "comment_too_long" });
  });

  it("limits one address to 20 submissions an hour, whatever the dossier", async () => {
    const address = "198.51.100.6";
    const returned = await dossier();
    for (let i = 0; i < 20; i++) await recordRatingByLink("forged", form([5, 5, 5, 5]), address);
    const blocked = await recordRatingByLink(await link(returned.id), form([5, 5, 5, 5]), address);
    expect(blocked).toMatchObject({ ok: false, reason: "too_many" });
    expect(blocked.ok ? "" : blocked.message).toMatch(/thử lại sau \d+ phút/);
    expect(await db.rating.count({ where: { dossierId: returned.id } })).toBe(0);
    // Another address is not affected.
    expect((await recordRatingByLink(await link(returned.id), form([5, 5, 5, 5]), "198.51.100.7")).ok).toBe(true);
  });

  it("computes the SIPAS inputs of a scope in SQL, matching the pure formula", async () => {
    const scopeWorld = await createTestWorld(db);
    const make = async (scores: number[]) => {
      serial += 1;
      const row = await createReceivedDossier(db, scopeWorld, `SIP${serial}`, `k${serial}`);
      await db.dossier.update({ where: { id: row.id }, data: { status: "RETURNED" } });
      const result = await recordRating({
        dossierId: row.id,
        channel: "RECEIPT_QR",
        overallScore: 4,
        answers: answersOf(...scores),
      });
      expect(result.ok).toBe(true);
    };
    // F2: 2.1; F3: 3.1, 3.2; F4: 4.1.
    await make([5, 4, 2, 5]); // F2 1, F3 0.5, F4 1 → 5/6
    await make([3, 5, 5, 1]); // F2 0, F3 1, F4 0 → 1/3
    const inputs = await loadSipasInputs({
      from: new Date(Date.now() - 3_600_000),
      to: new Date(Date.now() + 3_600_000),
      unitIds: [scopeWorld.ward.id],
    });
    expect(inputs.ratings).toBe(2);
    expect(inputs.tallies.map((t) => [t.criterionCode, t.factorCode, t.counts])).toEqual([
      ["NGAN-TAI-QUAY/2.1", "F2", [0, 0, 1, 0, 1]],
      ["NGAN-TAI-QUAY/3.1", "F3", [0, 0, 0, 1, 1]],
      ["NGAN-TAI-QUAY/3.2", "F3", [0, 1, 0, 0, 1]],
      ["NGAN-TAI-QUAY/4.1", "F4", [1, 0, 0, 0, 1]],
    ]);
    expect(inputs.respondents.satisfiedShare.count).toBe(2);
    expect(inputs.respondents.satisfiedShare.sum).toBeCloseTo(5 / 6 + 1 / 3, 10);
    const index = sipasIndex(inputs.tallies, inputs.respondents.satisfiedShare, { minimumSample: 2 });
    // criteria 1/2, 1, 1/2, 1/2 → F2 1/2, F3 3/4, F4 1/2 → (1/2 + 3/4 + 1/2) / 3 = 7/12
    expect(index.value).toBeCloseTo(7 / 12, 10);
  });
  it("computes the same inputs for every unit in one grouped pass as one unit at a time", async () => {
    const worlds = [await createTestWorld(db), await createTestWorld(db)];
    const rate = async (unitWorld: (typeof worlds)[number], scores: number[]) => {
      serial += 1;
      const row = await createReceivedDossier(db, unitWorld, `SIG${serial}`, `g${serial}`);
      await db.dossier.update({ where: { id: row.id }, data: { status: "RETURNED" } });
      expect(
        (
          await recordRating({
            dossierId: row.id,
            channel: "RECEIPT_QR",
            overallScore: 4,
            answers: answersOf(...scores),
          })
        ).ok,
      ).toBe(true);
    };
    await rate(worlds[0]!, [5, 4, 2, 5]);
    await rate(worlds[0]!, [3, 5, 5, 1]);
    await rate(worlds[1]!, [1, 2, 4, 4]);
    const window = { from: new Date(Date.now() - 3_600_000), to: new Date(Date.now() + 3_600_000) };
    const unitIds = worlds.map((w) => w.ward.id);
    const grouped = await loadSipasInputsByUnit({ ...window, unitIds });
    expect([...grouped.keys()].sort()).toEqual([...unitIds].sort());
    for (const unitId of unitIds) {
      const single = await loadSipasInputs({ ...window, unitIds: [unitId] });
      expect(grouped.get(unitId)).toEqual(single);
    }
    expect(grouped.get(unitIds[0]!)!.ratings).toBe(2);
    expect(grouped.get(unitIds[1]!)!.ratings).toBe(1);
    expect(grouped.get(unitIds[1]!)!.respondents.satisfiedShare.sum).toBeCloseTo(1 / 2, 10); // F2 0, F3 1/2, F4 1
  });
  it("computes each month's inputs in one grouped pass as one month at a time, by the Vietnamese calendar", async () => {
    const monthWorld = await createTestWorld(db);
    const rate = async (when: string, scores: number[]) => {
      serial += 1;
      const row = await createReceivedDossier(db, monthWorld, `SIM${serial}`, `m${serial}`);
      await db.dossier.update({ where: { id: row.id }, data: { status: "RETURNED" } });
      const result = await recordRating(
        { dossierId: row.id, channel: "RECEIPT_QR", overallScore: 4, answers: answersOf(...scores) },
        at(when),
      );
      expect(result.ok).toBe(true);
    };
    // 23:30 on 31/05 in Hà Nội is 16:30 UTC: May; 00:10 on 01/06 is 17:10 UTC on 31/05: June.
    await rate("2026-05-31T23:30:00", [5, 4, 2, 5]);
    await rate("2026-06-01T00:10:00", [3, 5, 5, 1]);
    await rate("2026-06-15T09:00:00", [1, 2, 4, 4]);
    const unitIds = [monthWorld.ward.id];
    const byMonth = await loadSipasInputsByMonth({
      from: at("2026-01-01T00:00:00"),
      to: at("2027-01-01T00:00:00"),
      unitIds,
    });
    expect([...byMonth.keys()].sort()).toEqual(["2026-05", "2026-06"]);
    expect(byMonth.get("2026-05")!.ratings).toBe(1);
    expect(byMonth.get("2026-06")!.ratings).toBe(2);
    for (const [key, from, to] of [
      ["2026-05", "2026-05-01T00:00:00", "2026-06-01T00:00:00"],
      ["2026-06", "2026-06-01T00:00:00", "2026-07-01T00:00:00"],
    ] as const)
      expect(byMonth.get(key)).toEqual(await loadSipasInputs({ from: at(from), to: at(to), unitIds }));
  });
  it("a version in force is copied into a draft with new texts, then put in force; the old one is retired, not changed", async () => {
    // The SIPAS 2017 questionnaire: no channel asks it, so other test files are not affected.
    const sipas = STANDARD_QUESTIONNAIRES.find((q) => q.code === "SIPAS-2017")!;
    const source = standardCriterionId(sipas.version.id, "1.1");
    const admin = { id: world.users.admin.id };
    await expect(
      createQuestionnaireVersion(admin, { sourceVersionId: sipas.version.id, texts: { [source]: "  " }, note: null }),
    ).rejects.toThrow("không được để trống");
    const draft = await createQuestionnaireVersion(admin, {
      sourceVersionId: sipas.version.id,
      texts: { [source]: "Nơi chờ có đủ chỗ ngồi, thoáng mát" },
      note: "Sửa câu 1.1",
    });
    expect(draft.version).toBe(2);
    await expect(
      createQuestionnaireVersion(admin, { sourceVersionId: sipas.version.id, texts: {}, note: null }),
    ).rejects.toThrow("bản nháp");
    const copied = await db.questionnaireCriterion.findMany({
      where: { versionId: draft.versionId },
      orderBy: { order: "asc" },
    });
    expect(copied).toHaveLength(22);
    expect(copied[0]).toMatchObject({ code: "1.1", text: "Nơi chờ có đủ chỗ ngồi, thoáng mát" });
    expect(copied[1]!.text).toBe(sipas.version.factors[0]!.criteria[1]!.text);
    await activateQuestionnaireVersion(admin, draft.versionId, at("2026-06-10T09:00:00"));
    await expect(activateQuestionnaireVersion(admin, draft.versionId)).rejects.toThrow("bản nháp");
    const versions = await db.questionnaireVersion.findMany({
      where: { questionnaire: { code: "SIPAS-2017" } },
      orderBy: { version: "asc" },
      include: { criteria: { where: { code: "1.1" } } },
    });
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, "RETIRED"],
      [2, "ACTIVE"],
    ]);
    expect(versions[0]!.effectiveTo?.toISOString().slice(0, 10)).toBe("2026-06-09");
    expect(versions[1]!.effectiveFrom?.toISOString().slice(0, 10)).toBe("2026-06-10");
    expect(versions[0]!.criteria[0]!.text).toBe(sipas.version.factors[0]!.criteria[0]!.text);
    expect(
      await db.auditEntry.count({
        where: {
          action: { in: ["satisfaction.create_version", "satisfaction.activate_version"] },
          entityId: "SIPAS-2017",
        },
      }),
    ).toBe(2);
  });
});
