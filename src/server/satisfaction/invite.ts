import "server-only";
// The rating invitation beside the tracking result. The receipt's QR code opens the tracking page with the dossier
// code and the tracking key printed on the receipt; once the result is returned, that page offers the rating page
// under the RECEIPT_QR channel (the key proves the receipt is in hand). Reached with the phone's last 4 digits, the
// invitation is the TRACKING_PAGE channel. The pair was already checked (and wrong pairs counted) by the tracking
// result on the same page, so this check counts nothing.
import { parseTrackingInput } from "@/domain/tracking";
import type { LinkChannel } from "@/domain/satisfaction";
import { db } from "@/server/db";
import { proveCitizenDossier } from "@/server/payments/citizen";
import { ratingPath } from "./token";

export type RatingInvite = { channel: LinkChannel; path: string | null; rated: boolean };

export async function ratingInviteFor(
  input: { code: string; factor: string },
  headers: Headers,
  now: Date = new Date(),
): Promise<RatingInvite | null> {
  const parsed = parseTrackingInput(input);
  if (!parsed.ok) return null;
  const proven = await proveCitizenDossier(input, headers, { countFailures: false });
  if (!proven.ok) return null;
  const channel: LinkChannel = parsed.value.factor.kind === "tracking_key" ? "RECEIPT_QR" : "TRACKING_PAGE";
  const dossier = await db.dossier.findUnique({
    where: { id: proven.dossierId },
    select: { status: true, ratings: { where: { channel }, select: { id: true } } },
  });
  if (!dossier || dossier.status !== "RETURNED") return null;
  if (dossier.ratings.length > 0) return { channel, path: null, rated: true };
  return { channel, path: await ratingPath(proven.dossierId, channel, now), rated: false };
}
