// The demo's counter tablets at phường Sơn Tây's desk (issue 12): quầy 1 has a paired tablet (its device token is
// random and not kept: it shows as paired in the administration) with tiepnhan.sontay seated there, and quầy 2 waits
// with a known pairing code so a tester can pair a real tablet or a browser: open /quay/ghep-noi and type
// DEMO_TABLET_PAIRING_CODE (valid a year in the demo; a real code lasts 15 minutes).
import { createHash, randomBytes } from "node:crypto";
import { formatPairingCode } from "@/domain/counter-tablet";
import type { PrismaClient } from "@/generated/prisma/client";

export const DEMO_TABLET_PAIRING_CODE = "20262026";
export const DEMO_TABLET_UNIT = "PST";

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

export async function seedCounterTablets(db: PrismaClient, now: Date): Promise<{ tablets: number; seats: number }> {
  const counters = await db.counter.findMany({
    where: { number: { in: [1, 2] }, office: { kind: "RECEPTION", unit: { code: DEMO_TABLET_UNIT } } },
    select: { id: true, number: true },
  });
  const admin = await db.user.findUnique({ where: { username: "admin" }, select: { id: true } });
  const desk = await db.user.findUnique({ where: { username: "tiepnhan.sontay" }, select: { id: true } });
  const first = counters.find((counter) => counter.number === 1);
  const second = counters.find((counter) => counter.number === 2);
  if (!first || !second || !admin || !desk) return { tablets: 0, seats: 0 };
  await db.counterTablet.createMany({
    data: [
      {
        counterId: first.id,
        label: "Máy tính bảng quầy 1",
        tokenHash: sha256(randomBytes(32).toString("base64url")),
        pairedAt: now,
        lastSeenAt: now,
        createdById: admin.id,
        createdAt: now,
      },
      {
        counterId: second.id,
        label: "Máy tính bảng quầy 2 (chờ ghép nối)",
        pairingCodeHash: sha256(DEMO_TABLET_PAIRING_CODE),
        pairingExpiresAt: new Date(now.getTime() + 365 * 24 * 60 * 60 * 1000),
        createdById: admin.id,
        createdAt: now,
      },
    ],
  });
  await db.counterSeat.create({ data: { counterId: first.id, userId: desk.id, startedAt: now } });
  return { tablets: 2, seats: 1 };
}

/** The line the demo prints at start. */
export const demoTabletLine = () =>
  `Máy tính bảng đánh giá tại quầy: mở /quay/ghep-noi và nhập mã ${formatPairingCode(DEMO_TABLET_PAIRING_CODE)} (quầy 2, phường Sơn Tây); đăng nhập tiepnhan.sontay để chọn quầy.`;
