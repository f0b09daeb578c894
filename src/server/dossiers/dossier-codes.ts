import "server-only";
// Mã hồ sơ: <receiving unit code>-<yymmdd>-<4-digit daily sequence>, unique and gap-free per unit and day.
// The counter row is incremented inside the intake transaction: concurrent intakes at one desk queue on its row lock,
// and a rolled-back intake rolls its number back too, so no number is skipped or used twice.
import crypto from "node:crypto";
import { formatDossierCode } from "@/domain/dossier";
import type { Prisma } from "@/generated/prisma/client";

export async function nextDossierCode(
  tx: Prisma.TransactionClient,
  unit: { id: string; code: string },
  localDate: string,
): Promise<string> {
  const [row] = await tx.$queryRaw<{ lastValue: number }[]>`
    INSERT INTO "DossierCodeSequence" ("unitId", "day", "lastValue")
    VALUES (${unit.id}, ${localDate}::date, 1)
    ON CONFLICT ("unitId", "day") DO UPDATE SET "lastValue" = "DossierCodeSequence"."lastValue" + 1
    RETURNING "lastValue"`;
  if (!row) throw new Error("dossier code sequence returned no row");
  return formatDossierCode(unit.code, localDate, row.lastValue);
}

// Letters and digits that cannot be confused when read aloud or typed from paper (no 0/O, 1/I/L).
const TRACKING_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** Mã tra cứu printed on the receipt: 8 random characters (≈ 40 bits), e.g. "K7Q2-M9XD". */
export function newTrackingKey(): string {
  const characters = Array.from({ length: 8 }, () => TRACKING_ALPHABET[crypto.randomInt(TRACKING_ALPHABET.length)]);
  return `${characters.slice(0, 4).join("")}-${characters.slice(4).join("")}`;
}
