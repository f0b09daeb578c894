import "server-only";
// The tablet's device credential: a random 32-byte token in an HttpOnly cookie, "<tabletId>.<token>"; the database
// keeps only the token's SHA-256, so a copy of the database does not let anyone rate as a counter. The cookie lasts a
// year; revoking the tablet (revokedAt) refuses it at once, whatever the cookie says.
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { PAIRING } from "@/domain/counter-tablet";
import { db } from "@/server/db";
import { env } from "@/server/env";

export const TABLET_COOKIE = "motcua_quay";
const COOKIE_DAYS = 365;

export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

export const newDeviceToken = () => randomBytes(32).toString("base64url");

/** A uniformly random code of PAIRING.digits digits. */
export const newPairingCode = () => Array.from({ length: PAIRING.digits }, () => randomInt(0, 10).toString()).join("");

/** The tablet id a cookie value names and its token, or null when malformed. */
export function parseTabletCookie(value: string): { tabletId: string; token: string } | null {
  const [tabletId, token, ...rest] = value.split(".");
  if (rest.length > 0 || !tabletId || !token) return null;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(tabletId) || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  return { tabletId, token };
}

/** Whether the token's hash is the stored one (constant time). */
export function tokenMatches(token: string, storedHash: string | null): boolean {
  if (!storedHash) return false;
  const given = Buffer.from(sha256(token), "hex");
  const expected = Buffer.from(storedHash, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function setTabletCookie(tabletId: string, token: string, now = new Date()): Promise<void> {
  (await cookies()).set(TABLET_COOKIE, `${tabletId}.${token}`, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.NODE_ENV === "production" && env.APP_URL.startsWith("https:"),
    path: "/quay",
    expires: new Date(now.getTime() + COOKIE_DAYS * 24 * 60 * 60 * 1000),
  });
}

export type PairedTablet = { id: string; counterId: string; label: string };

/** The paired, not revoked tablet of a cookie value, or null. */
export async function tabletOfCookie(value: string | undefined, client = db): Promise<PairedTablet | null> {
  const parsed = value ? parseTabletCookie(value) : null;
  if (!parsed) return null;
  const tablet = await client.counterTablet.findUnique({
    where: { id: parsed.tabletId },
    select: { id: true, counterId: true, label: true, tokenHash: true, revokedAt: true },
  });
  if (!tablet || tablet.revokedAt || !tokenMatches(parsed.token, tablet.tokenHash)) return null;
  return { id: tablet.id, counterId: tablet.counterId, label: tablet.label };
}

/** This request's tablet (from its cookie), or null. */
export async function getRequestTablet(): Promise<PairedTablet | null> {
  return tabletOfCookie((await cookies()).get(TABLET_COOKIE)?.value);
}
