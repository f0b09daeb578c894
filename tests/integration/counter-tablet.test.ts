import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalisePairingCode } from "../../src/domain/counter-tablet";
import type { Counter } from "../../src/generated/prisma/client";
import {
  createPairing,
  type PairedTablet,
  pairTablet,
  revokeTablet,
  submitKioskRating,
  tabletOfCookie,
  takeSeat,
} from "../../src/server/counter-tablet";
import { registerDossier } from "../../src/server/dossiers/intake";
import { useTestDb } from "../support/db";
import {
  at,
  createTestWorld,
  intakeFor,
  type Sessions,
  sessionOf,
  sessionsOf,
  type TestWorld,
} from "../support/fixtures";

// The counter tablet's attachment rule (issue 12; SATISFACTION.md "a rating attaches to that officer's most recent
// dossier within the last 10 minutes"): the last desk dossier of the officer seated at that counter, since the seat
// and within the window; nothing when none; one rating per dossier on this channel; a revoked tablet is refused.
const REFUSED = /Mã ghép nối không đúng hoặc đã hết hạn/;

describe("counter tablet: pairing, seats and the dossier a kiosk rating attaches to", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Sessions;
  let counter1: Counter;
  let counter2: Counter;
  let tablet1: PairedTablet;
  let cookie1: string;
  let secondDesk: ReturnType<typeof sessionOf>;

  const pair = async (counterId: string, now: Date) => {
    const pairing = await createPairing({ counterId }, as.admin, now);
    const { tabletId, token } = await pairTablet(normalisePairingCode(pairing.code)!, "127.0.0.1", now);
    return { tabletId, cookie: `${tabletId}.${token}`, code: pairing.code };
  };
  const register = (user: ReturnType<typeof sessionOf>, when: string, overrides: Record<string, unknown> = {}) =>
    registerDossier(user, intakeFor(world, overrides), at(when));
  const rate = (tablet: PairedTablet, when: string, stars = 2, reasons = ["3.2"]) =>
    submitKioskRating(tablet, { stars, reasons, comment: "<b>Chờ lâu</b>" }, at(when));
  const ratingsOf = (dossierId: string) => db.rating.findMany({ where: { dossierId }, include: { answers: true } });

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
    counter1 = await db.counter.create({ data: { officeId: world.offices.reception.id, number: 1, name: "Hộ tịch" } });
    counter2 = await db.counter.create({ data: { officeId: world.offices.reception.id, number: 2, name: "Đất đai" } });
    const second = await db.user.create({
      data: {
        username: `tiepnhan2.${world.tag.toLowerCase()}`,
        passwordHash: "x",
        fullName: "Cán bộ tiếp nhận thứ hai",
        role: "RECEPTIONIST",
        unitId: world.ward.id,
        officeId: world.offices.reception.id,
      },
    });
    secondDesk = sessionOf(second);
    const paired = await pair(counter1.id, at("2026-05-04T08:00:00"));
    cookie1 = paired.cookie;
    tablet1 = (await tabletOfCookie(cookie1))!;
  });

  afterAll(async () => {
    await db.setting.deleteMany({ where: { key: "kioskWindowMinutes" } });
  });

  it("pairs with a one-time code: the device cookie works, a reused, expired or forged code does not", async () => {
    expect(tablet1).toMatchObject({ counterId: counter1.id });
    const stored = await db.counterTablet.findUniqueOrThrow({ where: { id: tablet1.id } });
    // Only hashes are stored; the code is gone once used.
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(cookie1).not.toContain(stored.tokenHash!);
    expect(stored.pairingCodeHash).toBeNull();

    const pairing = await createPairing({ counterId: counter2.id }, as.admin, at("2026-05-04T08:00:00"));
    const code = normalisePairingCode(pairing.code)!;
    await expect(pairTablet(code, "127.0.0.1", at("2026-05-04T08:16:00"))).rejects.toThrow(REFUSED);
    const fresh = await createPairing({ counterId: counter2.id }, as.admin, at("2026-05-04T08:20:00"));
    const freshCode = normalisePairingCode(fresh.code)!;
    await pairTablet(freshCode, "127.0.0.1", at("2026-05-04T08:21:00"));
    await expect(pairTablet(freshCode, "127.0.0.1", at("2026-05-04T08:22:00"))).rejects.toThrow(REFUSED);
    // A code nobody issued (every 8-digit code but the live ones).
    const forged = freshCode === "00000000" ? "00000001" : "00000000";
    await expect(pairTablet(forged, "127.0.0.1", at("2026-05-04T08:22:00"))).rejects.toThrow(REFUSED);
    // The expired code paired nothing: that tablet row is still waiting, without a device token.
    expect(await db.counterTablet.findUniqueOrThrow({ where: { id: pairing.tabletId } })).toMatchObject({
      tokenHash: null,
      pairedAt: null,
    });
    expect(await tabletOfCookie(`${tablet1.id}.${"A".repeat(43)}`)).toBeNull();
    expect(await tabletOfCookie("not-a-cookie")).toBeNull();
    // Audited: the code issued and the pairing.
    const actions = await db.auditEntry.findMany({ where: { entityId: tablet1.id }, select: { action: true } });
    expect(actions.map((row) => row.action).sort()).toEqual(["counter_tablet.create_pairing", "counter_tablet.pair"]);
  });

  it("a counter with nobody seated records nothing", async () => {
    const dossier = await register(as.receptionist, "2026-05-04T08:30:00");
    expect(await rate(tablet1, "2026-05-04T08:31:00")).toEqual({ kind: "none" });
    expect(await ratingsOf(dossier.id)).toHaveLength(0);
  });

  it("attaches to the seated officer's last desk dossier within the window, once", async () => {
    await takeSeat({ counterId: counter1.id }, as.receptionist, at("2026-05-04T09:00:00"));
    // Received before the seat was taken: not at this counter.
    const before = await register(as.receptionist, "2026-05-04T08:59:00");
    const first = await register(as.receptionist, "2026-05-04T09:05:00");
    const last = await register(as.receptionist, "2026-05-04T09:07:00");
    // Another receptionist's dossier, later: not the seated officer's.
    const someoneElse = await register(secondDesk, "2026-05-04T09:08:00");

    expect(await rate(tablet1, "2026-05-04T09:10:00")).toEqual({ kind: "recorded", dossierCode: last.code });
    const [rating] = await ratingsOf(last.id);
    expect(rating).toMatchObject({
      channel: "COUNTER_TABLET",
      counterId: counter1.id,
      officerId: as.receptionist.id,
      unitId: world.ward.id,
      overallScore: 2,
      // The criteria picked are the answers; the version's own reason list is not asked at the kiosk.
      reasons: [],
      // Stored as typed; pages render it as text.
      comment: "<b>Chờ lâu</b>",
    });
    // At 2 stars only the criterion picked as a reason is answered, with the stars.
    expect(rating!.answers.map((answer) => [answer.criterionId, answer.score])).toEqual([
      ["qv-counter-short-1-c3.2", 2],
    ]);

    // The same dossier again (a second citizen, a double tap): refused, nothing counted twice.
    expect(await rate(tablet1, "2026-05-04T09:11:00", 5, [])).toEqual({ kind: "duplicate" });
    expect(await ratingsOf(last.id)).toHaveLength(1);
    for (const other of [before, first, someoneElse]) expect(await ratingsOf(other.id)).toHaveLength(0);
  });

  it("outside the window records nothing; the window is a setting", async () => {
    const dossier = await register(as.receptionist, "2026-05-04T10:00:00");
    expect(await rate(tablet1, "2026-05-04T10:10:01")).toEqual({ kind: "none" });
    expect(await ratingsOf(dossier.id)).toHaveLength(0);
    await db.setting.upsert({
      where: { key: "kioskWindowMinutes" },
      create: { key: "kioskWindowMinutes", value: 20 },
      update: { value: 20 },
    });
    expect(await rate(tablet1, "2026-05-04T10:10:01", 5, [])).toEqual({ kind: "recorded", dossierCode: dossier.code });
    const [rating] = await ratingsOf(dossier.id);
    // At 4–5 stars every criterion of the short form is answered with the stars.
    expect(rating!.answers).toHaveLength(4);
    expect(rating!.answers.every((answer) => answer.score === 5)).toBe(true);
    await db.setting.delete({ where: { key: "kioskWindowMinutes" } });
  });

  it("moving to another counter takes the officer's dossiers with the seat", async () => {
    const paired2 = await pair(counter2.id, at("2026-05-04T12:00:00"));
    const tablet2 = (await tabletOfCookie(paired2.cookie))!;
    const dossier = await register(as.receptionist, "2026-05-04T12:01:00");
    await takeSeat({ counterId: counter2.id }, as.receptionist, at("2026-05-04T12:02:00"));
    // Counter 1 is empty now; counter 2's seat started after the registration.
    expect(await rate(tablet1, "2026-05-04T12:03:00")).toEqual({ kind: "none" });
    expect(await rate(tablet2, "2026-05-04T12:03:00")).toEqual({ kind: "none" });
    const there = await register(as.receptionist, "2026-05-04T12:04:00");
    expect(await rate(tablet2, "2026-05-04T12:05:00")).toEqual({ kind: "recorded", dossierCode: there.code });
    expect(await ratingsOf(dossier.id)).toHaveLength(0);
    const seats = await db.counterSeat.findMany({
      where: { userId: as.receptionist.id },
      orderBy: { startedAt: "asc" },
    });
    expect(seats.map((seat) => [seat.counterId, seat.endedAt === null])).toEqual([
      [counter1.id, false],
      [counter2.id, true],
    ]);
  });

  it("a revoked tablet is refused at once and records nothing", async () => {
    await takeSeat({ counterId: counter1.id }, as.receptionist, at("2026-05-04T13:00:00"));
    const dossier = await register(as.receptionist, "2026-05-04T13:01:00");
    await revokeTablet({ tabletId: tablet1.id }, as.admin, at("2026-05-04T13:02:00"));
    expect(await tabletOfCookie(cookie1)).toBeNull();
    await expect(rate(tablet1, "2026-05-04T13:03:00")).rejects.toThrow(/đã bị thu hồi/);
    expect(await ratingsOf(dossier.id)).toHaveLength(0);
  });

  it("an administrator outside the unit's province cannot pair or revoke its tablets", async () => {
    const outsider = await createTestWorld(db);
    const stranger = sessionOf(outsider.users.admin);
    const tablets = await db.counterTablet.count({ where: { counterId: counter1.id } });
    await expect(createPairing({ counterId: counter1.id }, stranger)).rejects.toThrow(/phạm vi quản trị/);
    await expect(revokeTablet({ tabletId: tablet1.id }, stranger)).rejects.toThrow(/phạm vi quản trị/);
    // Nothing written: no new pairing, the tablet's revocation still the unit's administrator's.
    expect(await db.counterTablet.count({ where: { counterId: counter1.id } })).toBe(tablets);
    expect(await db.counterTablet.findUniqueOrThrow({ where: { id: tablet1.id } })).toMatchObject({
      revokedById: world.users.admin.id,
    });
  });
});
