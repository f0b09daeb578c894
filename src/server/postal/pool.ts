// The waybill pool (số vận đơn cấp trước): ranges the post allocated to a unit. An order takes the next free number
// under a row lock that skips numbers other transactions are taking (FOR UPDATE SKIP LOCKED), so concurrent returns
// never share a number and never wait for each other. Revoking an allocation the post has not taken frees it.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { SHIPMENT_STATUSES, isRevocable } from "@/domain/postal";
import { UserFacingError } from "@/server/user-facing-error";

type Tx = Prisma.TransactionClient;

const REVOCABLE = SHIPMENT_STATUSES.filter(isRevocable);

export const POOL_MESSAGES = {
  exhausted:
    "Đơn vị đã dùng hết số vận đơn bưu chính được cấp trước, nên chưa gửi được yêu cầu chuyển phát. Xin vui lòng báo quản trị viên nhập thêm dải số vận đơn (Quản trị → Vận đơn bưu chính), rồi thực hiện lại.",
  notFound: "Không tìm thấy số vận đơn này trong kho của đơn vị.",
  taken: "Bưu điện đã nhận yêu cầu chuyển phát với số vận đơn này, nên không thu hồi được.",
} as const;

/** Adds numbers to a unit's pool; numbers already known (to any unit) are skipped. */
export async function addWaybills(
  db: PrismaClient | Tx,
  unitId: string,
  numbers: readonly string[],
): Promise<{ added: number; skipped: number }> {
  const { count } = await db.postalWaybill.createMany({
    data: numbers.map((number) => ({ unitId, number })),
    skipDuplicates: true,
  });
  return { added: count, skipped: numbers.length - count };
}

/** Takes the unit's next free number for the shipment, or explains that the pool is empty. */
export async function allocateWaybill(tx: Tx, unitId: string, shipmentId: string, now: Date): Promise<string> {
  const rows = await tx.$queryRaw<{ number: string }[]>`
    UPDATE "PostalWaybill" SET "usedAt" = ${now}, "shipmentId" = ${shipmentId}
    WHERE id = (
      SELECT id FROM "PostalWaybill"
      WHERE "unitId" = ${unitId} AND "usedAt" IS NULL
      ORDER BY number
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING number`;
  const number = rows[0]?.number;
  if (!number) throw new UserFacingError(POOL_MESSAGES.exhausted);
  return number;
}

export interface PoolCounts {
  unitId: string;
  free: number;
  used: number;
}

export async function poolCounts(db: PrismaClient | Tx): Promise<PoolCounts[]> {
  const rows = await db.postalWaybill.groupBy({
    by: ["unitId"],
    _count: { _all: true, usedAt: true },
  });
  return rows.map((row) => ({
    unitId: row.unitId,
    used: row._count.usedAt,
    free: row._count._all - row._count.usedAt,
  }));
}

/**
 * Revokes a number: a free one leaves the pool (handed back to the post); one taken by an order the post has not
 * accepted is freed and that order CANCELLED. Returns what happened.
 */
export async function revokeWaybill(
  tx: Tx,
  unitId: string,
  waybillId: string,
): Promise<{ kind: "removed" | "freed"; number: string; shipmentId?: string }> {
  const rows = await tx.$queryRaw<{ id: string; number: string; shipmentId: string | null }[]>`
    SELECT id, number, "shipmentId" FROM "PostalWaybill" WHERE id = ${waybillId} AND "unitId" = ${unitId} FOR UPDATE`;
  const waybill = rows[0];
  if (!waybill) throw new UserFacingError(POOL_MESSAGES.notFound);
  if (!waybill.shipmentId) {
    await tx.postalWaybill.delete({ where: { id: waybill.id } });
    return { kind: "removed", number: waybill.number };
  }
  const cancelled = await tx.postalShipment.updateMany({
    where: { id: waybill.shipmentId, status: { in: REVOCABLE } },
    data: { status: "CANCELLED", lastError: "Số vận đơn đã được thu hồi." },
  });
  if (cancelled.count !== 1) throw new UserFacingError(POOL_MESSAGES.taken);
  await tx.postalWaybill.update({ where: { id: waybill.id }, data: { usedAt: null, shipmentId: null } });
  return { kind: "freed", number: waybill.number, shipmentId: waybill.shipmentId };
}
