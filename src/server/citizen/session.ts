import "server-only";
// A citizen's session after proving a contact with a one-time code: a signed, httpOnly cookie holding the
// VerifiedContact id and an expiry (HMAC-SHA256 with AUTH_SECRET, as the download links of src/lib/signed-link.ts).
// No password, no server-side row: it lasts ONE_TIME_CODE.sessionMinutes, then the citizen proves the contact again.
import { createHmac, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { ONE_TIME_CODE } from "@/domain/online-submission";
import { db } from "@/server/db";
import { env } from "@/server/env";

export const CITIZEN_COOKIE = "motcua_cong_dan";

function secret(): string {
  if (!env.AUTH_SECRET) throw new Error("AUTH_SECRET is needed to sign citizen sessions");
  return env.AUTH_SECRET;
}

const mac = (contactId: string, expiresAt: number) =>
  createHmac("sha256", secret()).update(`motcua-citizen\n${contactId}\n${expiresAt}`).digest("base64url");

/** The cookie's value for a contact, valid until now + the session length (seconds since the epoch). */
export function signCitizenSession(contactId: string, now: Date): { value: string; expiresAt: Date } {
  const expiresAt = Math.floor(now.getTime() / 1000) + ONE_TIME_CODE.sessionMinutes * 60;
  return { value: `${contactId}.${expiresAt}.${mac(contactId, expiresAt)}`, expiresAt: new Date(expiresAt * 1000) };
}

/** The contact id a cookie value proves, or null (malformed, tampered with, or expired). */
export function verifyCitizenSession(value: string, now: Date): string | null {
  const [contactId, expiry, signature, ...rest] = value.split(".");
  if (rest.length > 0 || !contactId || !expiry || !signature) return null;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(contactId) || !/^\d{1,12}$/.test(expiry)) return null;
  const expected = Buffer.from(mac(contactId, Number(expiry)));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (Math.floor(now.getTime() / 1000) >= Number(expiry)) return null;
  return contactId;
}

/** Sets the session cookie (server actions only: pages cannot set cookies). */
export async function startCitizenSession(contactId: string, now = new Date()): Promise<void> {
  const { value, expiresAt } = signCitizenSession(contactId, now);
  (await cookies()).set(CITIZEN_COOKIE, value, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.NODE_ENV === "production" && env.APP_URL.startsWith("https:"),
    path: "/",
    expires: expiresAt,
  });
}

export async function endCitizenSession(): Promise<void> {
  (await cookies()).delete(CITIZEN_COOKIE);
}

export interface CitizenSession {
  contactId: string;
  kind: "PHONE" | "EMAIL";
  value: string;
}

/** The verified contact of this request's cookie, or null. */
export async function getCitizenSession(now = new Date()): Promise<CitizenSession | null> {
  const raw = (await cookies()).get(CITIZEN_COOKIE)?.value;
  if (!raw) return null;
  const contactId = verifyCitizenSession(raw, now);
  if (!contactId) return null;
  const contact = await db.verifiedContact.findUnique({
    where: { id: contactId },
    select: { id: true, kind: true, value: true },
  });
  return contact ? { contactId: contact.id, kind: contact.kind, value: contact.value } : null;
}
