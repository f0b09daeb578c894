import "server-only";
// What the public rating page (/danh-gia/<token>) shows: the form, or why it cannot be used.
import { ratingEligibility, type LinkChannel, type RatingRefusal } from "@/domain/satisfaction";
import {
  loadActiveVersionForChannel,
  loadRatingDossier,
  type QuestionnaireVersionView,
} from "@/server/data/satisfaction";
import { checkRatingToken } from "./token";

export type RatingDossierSummary = { code: string; procedureName: string; unitName: string };

export type RatingPage =
  | { kind: "form"; channel: LinkChannel; dossier: RatingDossierSummary; version: QuestionnaireVersionView }
  | { kind: "rated"; dossier: RatingDossierSummary }
  | { kind: "refused"; reason: RatingRefusal; dossier: RatingDossierSummary | null };

export async function loadRatingPage(token: string, now: Date = new Date()): Promise<RatingPage> {
  const check = await checkRatingToken(token, now);
  if (!check.ok) return { kind: "refused", reason: check.reason, dossier: null };
  const found = await loadRatingDossier(check.dossierId, check.channel);
  if (!found) return { kind: "refused", reason: "invalid_link", dossier: null };
  const dossier = { code: found.code, procedureName: found.procedureName, unitName: found.unitName };
  if (found.ratedAt) return { kind: "rated", dossier };
  const eligible = ratingEligibility(check.channel, found.status);
  if (!eligible.ok) return { kind: "refused", reason: eligible.reason, dossier };
  const version = await loadActiveVersionForChannel(check.channel);
  if (!version) return { kind: "refused", reason: "no_questionnaire", dossier };
  return { kind: "form", channel: check.channel, dossier, version };
}
