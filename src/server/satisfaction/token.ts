// Signed rating links (/danh-gia/<token>): the HMAC link helper of file downloads (src/lib/signed-link.ts), signed
// with AUTH_SECRET over `rating:<channel>:<dossier id>` and an expiry. The token carries no personal data.
// No "server-only" marker: the notification outbox signs rating links, and the worker and demo (plain Node) import it.
import { signDownloadToken, verifyDownloadToken } from "@/lib/signed-link";
import {
  parseRatingLinkSubject,
  RATING_LINK_DAYS,
  ratingLinkSubject,
  type LinkChannel,
  type RatingRefusal,
} from "@/domain/satisfaction";

export const RATING_PATH = "/danh-gia";

// AUTH_SECRET is read when a link is signed, not through src/server/env at import: the demo and the worker import
// this module (via the notification outbox) before they have set the database's address that env checks.
const authSecret = () => process.env.AUTH_SECRET || undefined;

function secret(): string {
  const value = authSecret();
  if (!value) throw new Error("AUTH_SECRET is needed to sign rating links");
  return value;
}

/** A token for rating `dossierId` through `channel`, valid for RATING_LINK_DAYS[channel] days from `now`. */
export function signRatingToken(dossierId: string, channel: LinkChannel, now: Date = new Date()): Promise<string> {
  return signDownloadToken(secret(), ratingLinkSubject(channel, dossierId), now, RATING_LINK_DAYS[channel] * 86_400);
}

/** The public page's path for a dossier and channel: /danh-gia/<token>. */
export async function ratingPath(dossierId: string, channel: LinkChannel, now: Date = new Date()): Promise<string> {
  return `${RATING_PATH}/${await signRatingToken(dossierId, channel, now)}`;
}

/** The absolute link (QR codes, notifications): APP_URL + the path. */
export async function ratingUrl(
  appUrl: string,
  dossierId: string,
  channel: LinkChannel,
  now: Date = new Date(),
): Promise<string> {
  return `${appUrl.replace(/\/+$/, "")}${await ratingPath(dossierId, channel, now)}`;
}

export type RatingTokenCheck =
  | { ok: true; dossierId: string; channel: LinkChannel }
  | { ok: false; reason: Extract<RatingRefusal, "invalid_link" | "expired_link"> };

/** Signature first (a forged or altered token is invalid), then expiry, then the subject's shape. */
export async function checkRatingToken(token: string, now: Date = new Date()): Promise<RatingTokenCheck> {
  if (token.length > 400) return { ok: false, reason: "invalid_link" };
  const check = await verifyDownloadToken(secret(), token, now);
  if (!check.ok) return { ok: false, reason: check.reason === "expired" ? "expired_link" : "invalid_link" };
  const subject = parseRatingLinkSubject(check.key);
  return subject ? { ok: true, ...subject } : { ok: false, reason: "invalid_link" };
}

/** ratingUrl, or undefined where no signing secret is configured (a development set-up without AUTH_SECRET). */
export async function ratingUrlIfSigned(
  appUrl: string,
  dossierId: string,
  channel: LinkChannel,
  now: Date = new Date(),
): Promise<string | undefined> {
  return authSecret() ? ratingUrl(appUrl, dossierId, channel, now) : undefined;
}
