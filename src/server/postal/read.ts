import "server-only";
// Reads for the postal screens: a dossier's parcels (staff page; the page's own read of the dossier is audited), and
// the waybill pool of the units an administrator manages.
import { db } from "@/server/db";
import { unitTreeIds } from "@/server/auth/guard";
import type { SessionUser } from "@/server/auth/session-user";
import { poolCounts } from "./pool";

export async function loadDossierShipments(dossierId: string, readableUnitIds: readonly string[]) {
  const dossier = await db.dossier.findFirst({
    where: {
      id: dossierId,
      OR: [{ receivedUnitId: { in: [...readableUnitIds] } }, { decidingUnitId: { in: [...readableUnitIds] } }],
    },
    select: { id: true, code: true, receivedUnitId: true, status: true },
  });
  if (!dossier) return null;
  const shipments = await db.postalShipment.findMany({
    where: { dossierId },
    orderBy: [{ direction: "asc" }, { requestedAt: "asc" }],
  });
  const takenOverBy = await db.user.findMany({
    where: { id: { in: shipments.map((s) => s.receivedById).filter((id): id is string => id !== null) } },
    select: { id: true, fullName: true },
  });
  const names = new Map(takenOverBy.map((user) => [user.id, user.fullName]));
  return {
    dossier,
    shipments: shipments.map((shipment) => ({
      ...shipment,
      receivedByName: shipment.receivedById ? (names.get(shipment.receivedById) ?? null) : null,
    })),
  };
}

export type DossierShipments = NonNullable<Awaited<ReturnType<typeof loadDossierShipments>>>;

/** The administrator's unit and every unit under it. */
export const managedUnitIds = (user: Pick<SessionUser, "unitId">): Promise<string[]> => unitTreeIds(user.unitId);

export async function loadWaybillAdmin(user: Pick<SessionUser, "unitId">) {
  const unitIds = await managedUnitIds(user);
  const [units, counts, allocated, free] = await Promise.all([
    db.administrativeUnit.findMany({
      where: { id: { in: unitIds }, active: true },
      select: { id: true, code: true, name: true, kindLabel: true, level: true, postalCustomerCode: true },
      orderBy: [{ level: "asc" }, { name: "asc" }],
    }),
    poolCounts(db),
    // Numbers taken by orders the post has not accepted: the ones an administrator may revoke.
    db.postalShipment.findMany({
      where: {
        direction: "OUTBOUND",
        status: { in: ["REQUESTED", "FAILED"] },
        NOT: { waybill: "" },
        dossier: { receivedUnitId: { in: unitIds } },
      },
      select: { waybill: true, status: true, dossier: { select: { code: true, receivedUnitId: true } } },
      orderBy: { requestedAt: "desc" },
      take: 100,
    }),
    db.postalWaybill.findMany({
      where: { unitId: { in: unitIds }, usedAt: null },
      select: { id: true, number: true, unitId: true },
      orderBy: { number: "asc" },
      take: 20,
    }),
  ]);
  const waybillIds = await db.postalWaybill.findMany({
    where: { number: { in: allocated.map((row) => row.waybill) } },
    select: { id: true, number: true },
  });
  const idOf = new Map(waybillIds.map((row) => [row.number, row.id]));
  const countOf = new Map(counts.map((row) => [row.unitId, row]));
  return {
    units: units.map((unit) => ({
      ...unit,
      free: countOf.get(unit.id)?.free ?? 0,
      used: countOf.get(unit.id)?.used ?? 0,
    })),
    allocated: allocated.flatMap((row) => {
      const id = idOf.get(row.waybill);
      return id
        ? [
            {
              id,
              number: row.waybill,
              status: row.status,
              dossierCode: row.dossier.code,
              unitId: row.dossier.receivedUnitId,
            },
          ]
        : [];
    }),
    free,
  };
}

export type WaybillAdmin = Awaited<ReturnType<typeof loadWaybillAdmin>>;

/**
 * What the public tracking page shows of a dossier's return by post: the latest outbound order's waybill and status,
 * and where it goes as commune and province only (never the street, name or phone). Call it only after the code and
 * second factor were checked.
 */
export async function publicReturnShipment(dossierId: string) {
  return db.postalShipment.findFirst({
    // A receiver dropped because the result went another way is no parcel.
    where: { dossierId, direction: "OUTBOUND", NOT: { status: "CANCELLED", waybill: "" } },
    orderBy: { requestedAt: "desc" },
    select: { direction: true, status: true, waybill: true, communeName: true, provinceName: true },
  });
}
