import "server-only";
// Who sits at which counter: the receptionist picks their counter on the desk home (or leaves it). One open seat per
// counter and per user (partial unique indexes): taking a seat closes the user's previous seat and whoever sat at that
// counter before. Audited. The counter tablet reads the open seat to know the officer and the dossiers to rate.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { recordAudit } from "@/server/data/audit";
import { db } from "@/server/db";
import { UserFacingError } from "@/server/user-facing-error";

type Tx = Prisma.TransactionClient;
type Desk = { id: string; unitId: string; officeId: string | null };

const counterRef = (counter: { number: number; office: { code: string; unit: { code: string } } }) =>
  `${counter.office.unit.code}/${counter.office.code}/${counter.number}`;

const counterSelect = {
  id: true,
  number: true,
  name: true,
  office: { select: { code: true, name: true, unit: { select: { code: true } } } },
} as const;

/** The active counters of the desk (reception offices) of the user's unit, by office and number. */
export async function deskCounters(user: Desk, client: PrismaClient | Tx = db) {
  return client.counter.findMany({
    where: { active: true, office: { unitId: user.unitId, kind: "RECEPTION", active: true } },
    orderBy: [{ office: { code: "asc" } }, { number: "asc" }],
    select: counterSelect,
  });
}

/** The user's open seat with its counter, or null. */
export async function currentSeat(userId: string, client: PrismaClient | Tx = db) {
  return client.counterSeat.findFirst({
    where: { userId, endedAt: null },
    select: { id: true, startedAt: true, counter: { select: counterSelect } },
  });
}

/** Sits the user at a counter of their unit's desk (closing their previous seat and the counter's), or only leaves. */
export async function takeSeat(
  input: { counterId?: string | undefined },
  user: Desk,
  now = new Date(),
  client: PrismaClient = db,
) {
  return client.$transaction(async (tx) => {
    const counter = input.counterId
      ? await tx.counter.findFirst({
          where: {
            id: input.counterId,
            active: true,
            office: { unitId: user.unitId, kind: "RECEPTION", active: true },
          },
          select: counterSelect,
        })
      : null;
    if (input.counterId && !counter)
      throw new UserFacingError(
        "Quầy không hợp lệ: không thuộc Bộ phận Một cửa của ông/bà hoặc đang ngừng hoạt động.",
        {
          counterId: ["Xin chọn quầy khác."],
        },
      );
    // Serialise seat changes at this counter and of this user (two receptionists choosing the same counter at once).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`counter-seat:${counter?.id ?? ""}`}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`user-seat:${user.id}`}))`;
    const previous = await tx.counterSeat.findFirst({
      where: { userId: user.id, endedAt: null },
      select: { id: true, counterId: true, counter: { select: counterSelect } },
    });
    if (previous && previous.counterId === counter?.id) return { counterId: counter.id, changed: false };
    if (previous) {
      await tx.counterSeat.update({ where: { id: previous.id }, data: { endedAt: now } });
      await recordAudit(
        {
          actorId: user.id,
          action: "counter.leave_seat",
          entity: "Counter",
          entityId: counterRef(previous.counter),
        },
        tx,
      );
    }
    if (!counter) return { counterId: null, changed: Boolean(previous) };
    const displaced = await tx.counterSeat.updateMany({
      where: { counterId: counter.id, endedAt: null },
      data: { endedAt: now },
    });
    await tx.counterSeat.create({ data: { counterId: counter.id, userId: user.id, startedAt: now } });
    await recordAudit(
      {
        actorId: user.id,
        action: "counter.take_seat",
        entity: "Counter",
        entityId: counterRef(counter),
        detail: { displacedSeats: displaced.count },
      },
      tx,
    );
    return { counterId: counter.id, changed: true };
  });
}
