import "server-only";
// The public rating page's submission (/danh-gia/<token>): the address's flood limit, the signed link, then
// recordRating with the channel the link was issued for.
import { RATING_REFUSALS, type RatingRefusal } from "@/domain/satisfaction";
import { minutesToWait, ratingsByAddress, recordFailure, secondsBlocked } from "@/server/rate-limit";
import { recordRating, type RatingAnswerInput } from "./record";
import { checkRatingToken } from "./token";

export type LinkRatingForm = {
  overallScore: number | null;
  reasons: string[];
  answers: RatingAnswerInput[];
  comment: string | null;
};

export type LinkRatingResult = { ok: true; ratingId: string } | { ok: false; reason: RatingRefusal; message: string };

const refuse = (reason: RatingRefusal, minutes?: number): LinkRatingResult => ({
  ok: false,
  reason,
  message: RATING_REFUSALS[reason].replace("{minutes}", String(minutes ?? 1)),
});

/**
 * Every submission from an address counts against ratingsByAddress (20 an hour), accepted or not, so neither a flood
 * of ratings nor a search for valid tokens gets through; a blocked address is told how long to wait.
 */
export async function recordRatingByLink(
  token: string,
  form: LinkRatingForm,
  address: string,
  now: Date = new Date(),
): Promise<LinkRatingResult> {
  const blocked = await secondsBlocked(ratingsByAddress, address);
  if (blocked > 0) return refuse("too_many", minutesToWait(blocked));
  await recordFailure(ratingsByAddress, address);
  const check = await checkRatingToken(token, now);
  if (!check.ok) return refuse(check.reason);
  const result = await recordRating({ dossierId: check.dossierId, channel: check.channel, ...form, address }, now);
  if (result.ok) return result;
  if (result.reason === "unknown_dossier") return refuse("invalid_link");
  if (result.reason === "invalid_answers") return refuse("incomplete");
  return refuse(result.reason);
}
