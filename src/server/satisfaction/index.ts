import "server-only";
// Satisfaction ratings (docs/satisfaction.md). The counter tablet calls recordRating with channel COUNTER_TABLET;
// the public page calls recordRatingByLink; printed receipts, the tracking page and notifications call ratingUrl /
// ratingPath. Reads are in src/server/data/satisfaction.ts.
export { recordRating, recordRatingInputSchema } from "./record";
export type { RatingAnswerInput, RecordRatingInput, RecordRatingResult } from "./record";
export { recordRatingByLink } from "./link";
export type { LinkRatingForm, LinkRatingResult } from "./link";
export { checkRatingToken, ratingPath, ratingUrl, ratingUrlIfSigned, signRatingToken, RATING_PATH } from "./token";
export type { RatingTokenCheck } from "./token";
export { loadRatingPage } from "./page";
export type { RatingDossierSummary, RatingPage } from "./page";
export { ratingInviteFor } from "./invite";
export type { RatingInvite } from "./invite";
