import "server-only";
// The kiosk page of a paired tablet (/quay/danh-gia): what it shows (the counter, the officer seated there, the short
// questionnaire's criteria) and the rating it records. The dossier is chosen by the pure rule pickKioskDossier
// (src/domain/counter-tablet): the seated officer's last desk registration or desk return at this counter within the
// window (setting kioskWindowMinutes). No dossier → nothing recorded, the kiosk says so. One rating per dossier on
// this channel (the unique index refuses a second, even from two tablets at once).
import {
  type CounterEvent,
  KIOSK_DEFAULTS,
  type KioskRatingInput,
  kioskMinutes,
  pickKioskDossier,
  REASONS_AT_OR_BELOW,
} from "@/domain/counter-tablet";
import { QUESTIONNAIRE_FOR_CHANNEL, RATING_REFUSALS } from "@/domain/satisfaction";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { getSetting } from "@/server/data/calendar";
import { db } from "@/server/db";
import { recordRating } from "@/server/satisfaction";
import { UserFacingError } from "@/server/user-facing-error";
import type { PairedTablet } from "./device";

type Tx = Prisma.TransactionClient;

/** The short counter questionnaire in force (its criteria are the kiosk's reasons). */
async function counterQuestionnaire(client: PrismaClient | Tx) {
  return client.questionnaireVersion.findFirst({
    where: { status: "ACTIVE", questionnaire: { code: QUESTIONNAIRE_FOR_CHANNEL.COUNTER_TABLET } },
    select: {
      id: true,
      criteria: { orderBy: { order: "asc" }, select: { id: true, code: true, text: true } },
    },
  });
}

export type KioskView = {
  counter: { number: number; name: string; officeName: string; unitName: string };
  officer: { name: string } | null;
  criteria: { code: string; text: string }[];
  resetSeconds: number;
};

/** What the kiosk shows now. */
export async function kioskView(tablet: PairedTablet, client: PrismaClient = db): Promise<KioskView> {
  const [counter, seat, version, resetSetting] = await Promise.all([
    client.counter.findUniqueOrThrow({
      where: { id: tablet.counterId },
      select: {
        number: true,
        name: true,
        office: { select: { name: true, unit: { select: { name: true, kindLabel: true } } } },
      },
    }),
    client.counterSeat.findFirst({
      where: { counterId: tablet.counterId, endedAt: null },
      select: { user: { select: { fullName: true } } },
    }),
    counterQuestionnaire(client),
    getSetting("kioskResetSeconds", client),
  ]);
  return {
    counter: {
      number: counter.number,
      name: counter.name,
      officeName: counter.office.name,
      unitName: `${counter.office.unit.kindLabel} ${counter.office.unit.name}`,
    },
    officer: seat ? { name: seat.user.fullName } : null,
    criteria: version?.criteria.map(({ code, text }) => ({ code, text })) ?? [],
    resetSeconds: kioskMinutes(resetSetting, KIOSK_DEFAULTS.resetSeconds, { min: 5, max: 600 }),
  };
}

export type KioskOutcome = { kind: "recorded"; dossierCode: string } | { kind: "none" } | { kind: "duplicate" };

const REVOKED = "Máy tính bảng này đã bị thu hồi. Xin vui lòng báo cán bộ tại quầy.";

/** Reads the events that may put a citizen at the counter: the seated officer's, since the seat and in the window. */
async function counterEvents(tx: Tx, officerId: string, from: Date, now: Date): Promise<CounterEvent[]> {
  const rows = await tx.dossierEvent.findMany({
    where: { actorId: officerId, type: { in: ["register", "return_result"] }, at: { gte: from, lte: now } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: 50,
    select: { dossierId: true, at: true, type: true, payload: true },
  });
  return rows.map((row) => {
    const payload = (row.payload ?? {}) as { channel?: unknown; method?: unknown };
    return {
      dossierId: row.dossierId,
      at: row.at,
      type: row.type,
      channel: typeof payload.channel === "string" ? payload.channel : null,
      method: typeof payload.method === "string" ? payload.method : null,
    };
  });
}

/**
 * Records the citizen's rating from the tablet through recordRating (the one path of every channel). Stars are the
 * overall score; at 3 stars or fewer the criteria picked as reasons are answered with that score (what the citizen
 * told us about them); at 4 or 5 stars every criterion of the short form is answered with it (satisfied overall, no
 * complaint). Unpicked criteria under 3 stars stay unanswered.
 */
export async function submitKioskRating(
  tablet: PairedTablet,
  input: KioskRatingInput,
  now = new Date(),
  address?: string,
  client: PrismaClient = db,
): Promise<KioskOutcome> {
  const target = await client.$transaction(async (tx) => {
    const fresh = await tx.counterTablet.findUnique({ where: { id: tablet.id }, select: { revokedAt: true } });
    if (!fresh || fresh.revokedAt) throw new UserFacingError(REVOKED);
    await tx.counterTablet.update({ where: { id: tablet.id }, data: { lastSeenAt: now } });
    const seat = await tx.counterSeat.findFirst({
      where: { counterId: tablet.counterId, endedAt: null },
      select: { userId: true, startedAt: true },
    });
    if (!seat) return null;
    const windowMinutes = kioskMinutes(await getSetting("kioskWindowMinutes", tx), KIOSK_DEFAULTS.windowMinutes);
    const from = new Date(Math.max(seat.startedAt.getTime(), now.getTime() - windowMinutes * 60_000));
    const picked = pickKioskDossier(await counterEvents(tx, seat.userId, from, now), seat, now, windowMinutes);
    return picked ? { dossierId: picked.dossierId, officerId: seat.userId } : null;
  });
  if (!target) return { kind: "none" };
  const version = await counterQuestionnaire(client);
  if (!version) throw new UserFacingError(RATING_REFUSALS.no_questionnaire);
  const pickedCodes = new Set(input.stars <= REASONS_AT_OR_BELOW ? input.reasons : []);
  if ([...pickedCodes].some((code) => !version.criteria.some((criterion) => criterion.code === code)))
    throw new UserFacingError("Lý do không có trong phiếu đánh giá. Xin vui lòng chọn lại.");
  const answered = version.criteria.filter((criterion) =>
    input.stars > REASONS_AT_OR_BELOW ? true : pickedCodes.has(criterion.code),
  );
  const result = await recordRating(
    {
      dossierId: target.dossierId,
      channel: "COUNTER_TABLET",
      overallScore: input.stars,
      answers: answered.map((criterion) => ({ criterionId: criterion.id, score: input.stars })),
      comment: input.comment ?? null,
      counterId: tablet.counterId,
      officerId: target.officerId,
      address,
    },
    now,
  );
  if (result.ok) {
    const { code } = await client.dossier.findUniqueOrThrow({
      where: { id: target.dossierId },
      select: { code: true },
    });
    return { kind: "recorded", dossierCode: code };
  }
  if (result.reason === "already_rated") return { kind: "duplicate" };
  throw new UserFacingError(
    result.reason in RATING_REFUSALS
      ? RATING_REFUSALS[result.reason as keyof typeof RATING_REFUSALS].replace("{minutes}", "10")
      : "Đánh giá chưa được ghi nhận. Xin vui lòng thử lại.",
  );
}
