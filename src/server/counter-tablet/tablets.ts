import "server-only";
// Pairing and revoking counter tablets (ADMIN, scope: counters of units the administrator manages), and the tablet's
// own pairing with a one-time code (no account: the code is the proof). One transaction each, audited.
import { formatPairingCode, PAIRING } from "@/domain/counter-tablet";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { recordAudit } from "@/server/data/audit";
import { managedOrganisationIds } from "@/server/data/organisation";
import { db } from "@/server/db";
import { UserFacingError } from "@/server/user-facing-error";
import { newDeviceToken, newPairingCode, sha256 } from "./device";

type Tx = Prisma.TransactionClient;
type Actor = { id: string; unitId: string };

const OUTSIDE = "Quầy không hợp lệ hoặc không thuộc phạm vi quản trị của ông/bà.";

async function managedCounter(tx: Tx, actor: Actor, counterId: string) {
  const counter = await tx.counter.findUnique({
    where: { id: counterId },
    select: {
      id: true,
      number: true,
      name: true,
      active: true,
      office: { select: { code: true, unitId: true, unit: { select: { code: true } } } },
    },
  });
  if (!counter || !(await managedOrganisationIds(actor, tx)).has(counter.office.unitId))
    throw new UserFacingError(OUTSIDE, { counterId: [OUTSIDE] });
  return { ...counter, ref: `${counter.office.unit.code}/${counter.office.code}/${counter.number}` };
}

/**
 * A new tablet for a counter with its one-time pairing code, returned once to show the administrator (only its hash
 * is kept). The code works for PAIRING.validMinutes.
 */
export async function createPairing(
  input: { counterId: string; label?: string | undefined },
  actor: Actor,
  now = new Date(),
  client: PrismaClient = db,
) {
  return client.$transaction(async (tx) => {
    const counter = await managedCounter(tx, actor, input.counterId);
    if (!counter.active)
      throw new UserFacingError("Quầy đang ngừng hoạt động, không ghép máy tính bảng được.", {
        counterId: ["Xin chọn quầy đang hoạt động."],
      });
    // A collision with another live code is astronomically rare but the unique index would refuse it: draw again.
    let code = newPairingCode();
    while (await tx.counterTablet.findUnique({ where: { pairingCodeHash: sha256(code) }, select: { id: true } }))
      code = newPairingCode();
    const expiresAt = new Date(now.getTime() + PAIRING.validMinutes * 60_000);
    const tablet = await tx.counterTablet.create({
      data: {
        counterId: counter.id,
        label: input.label ?? `Máy tính bảng quầy ${counter.number}`,
        pairingCodeHash: sha256(code),
        pairingExpiresAt: expiresAt,
        createdById: actor.id,
        createdAt: now,
      },
      select: { id: true, label: true },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "counter_tablet.create_pairing",
        entity: "CounterTablet",
        entityId: tablet.id,
        detail: { counter: counter.ref, label: tablet.label, expiresAt: expiresAt.toISOString() },
      },
      tx,
    );
    return { tabletId: tablet.id, label: tablet.label, code: formatPairingCode(code), expiresAt, counter: counter.ref };
  });
}

export async function revokeTablet(
  input: { tabletId: string },
  actor: Actor,
  now = new Date(),
  client: PrismaClient = db,
) {
  return client.$transaction(async (tx) => {
    const tablet = await tx.counterTablet.findUnique({
      where: { id: input.tabletId },
      select: { id: true, counterId: true, revokedAt: true, label: true },
    });
    if (!tablet) throw new UserFacingError("Máy tính bảng không hợp lệ hoặc không còn trong danh sách.");
    const counter = await managedCounter(tx, actor, tablet.counterId);
    if (tablet.revokedAt) return { tabletId: tablet.id, revokedAt: tablet.revokedAt };
    await tx.counterTablet.update({
      where: { id: tablet.id },
      // The pairing code dies with the tablet too.
      data: { revokedAt: now, revokedById: actor.id, pairingCodeHash: null, pairingExpiresAt: null },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "counter_tablet.revoke",
        entity: "CounterTablet",
        entityId: tablet.id,
        detail: { counter: counter.ref, label: tablet.label },
      },
      tx,
    );
    return { tabletId: tablet.id, revokedAt: now };
  });
}

const PAIRING_REFUSED = "Mã ghép nối không đúng hoặc đã hết hạn. Xin vui lòng nhờ quản trị viên tạo mã mới.";

/**
 * The tablet side: a valid, unexpired, unused code becomes the tablet's device token (returned once, for the
 * cookie). The code cannot be used again. Throws a UserFacingError for anything else.
 */
export async function pairTablet(code: string, address: string, now = new Date(), client: PrismaClient = db) {
  return client.$transaction(async (tx) => {
    const tablet = await tx.counterTablet.findUnique({
      where: { pairingCodeHash: sha256(code) },
      select: {
        id: true,
        label: true,
        pairingExpiresAt: true,
        revokedAt: true,
        counter: {
          select: { number: true, active: true, office: { select: { code: true, unit: { select: { code: true } } } } },
        },
      },
    });
    if (
      !tablet ||
      tablet.revokedAt ||
      !tablet.pairingExpiresAt ||
      tablet.pairingExpiresAt <= now ||
      !tablet.counter.active
    )
      throw new UserFacingError(PAIRING_REFUSED, { code: [PAIRING_REFUSED] });
    const token = newDeviceToken();
    // Claim the code: a second tablet typing the same code at the same moment finds it gone.
    const claimed = await tx.counterTablet.updateMany({
      where: { id: tablet.id, pairingCodeHash: sha256(code) },
      data: { pairingCodeHash: null, pairingExpiresAt: null, tokenHash: sha256(token), pairedAt: now, lastSeenAt: now },
    });
    if (claimed.count !== 1) throw new UserFacingError(PAIRING_REFUSED, { code: [PAIRING_REFUSED] });
    const counter = tablet.counter;
    await recordAudit(
      {
        actorId: null,
        action: "counter_tablet.pair",
        entity: "CounterTablet",
        entityId: tablet.id,
        detail: { counter: `${counter.office.unit.code}/${counter.office.code}/${counter.number}` },
        ip: address,
      },
      tx,
    );
    return { tabletId: tablet.id, token };
  });
}

export type TabletRow = {
  id: string;
  counterId: string;
  label: string;
  state: "WAITING" | "EXPIRED" | "PAIRED" | "REVOKED";
  createdAt: Date;
  pairedAt: Date | null;
  lastSeenAt: Date | null;
  revokedAt: Date | null;
};

/** Every tablet of the unit's counters, newest first (the administrator's list). */
export async function listUnitTablets(
  unitId: string,
  now = new Date(),
  client: PrismaClient = db,
): Promise<TabletRow[]> {
  const rows = await client.counterTablet.findMany({
    where: { counter: { office: { unitId } } },
    orderBy: [{ createdAt: "desc" }],
    select: {
      id: true,
      counterId: true,
      label: true,
      createdAt: true,
      pairedAt: true,
      lastSeenAt: true,
      revokedAt: true,
      pairingExpiresAt: true,
    },
  });
  return rows.map(({ pairingExpiresAt, ...row }) => ({
    ...row,
    state: row.revokedAt
      ? "REVOKED"
      : row.pairedAt
        ? "PAIRED"
        : pairingExpiresAt && pairingExpiresAt > now
          ? "WAITING"
          : "EXPIRED",
  }));
}
