"use server";
// The quality score's actions on the dossier page (đánh giá chất lượng giải quyết, Nghị định 61/2018 Art. 31–33):
// the head of the handling office records the self-score, the unit's inspector appraises it. Each goes through
// defineAction (session, role, zod) and the services of src/server/dossiers/quality.ts (scope, one transaction, audit).
import { revalidatePath } from "next/cache";
import { ACTION_ROLES } from "@/domain/access";
import {
  pointsOf,
  qualityAppraiseInput,
  qualitySelfScoreInput,
  QUALITY_NUMBERS,
} from "@/domain/metrics/quality-access";
import { defineAction } from "@/server/actions/define-action";
import { dossierCodeOf } from "@/server/data/dossier-page";
import { recordQualityAppraisal, recordQualitySelfScore } from "@/server/dossiers/quality";

const textsOf = (input: Record<string, unknown>, prefix: string) =>
  Object.fromEntries(
    QUALITY_NUMBERS.map((n) => [
      n,
      typeof input[`${prefix}${n}`] === "string" ? (input[`${prefix}${n}`] as string) : undefined,
    ]),
  );

async function refresh(dossierId: string) {
  const code = await dossierCodeOf({ dossierId });
  if (code) revalidatePath(`/ho-so/${code}`);
}

export const recordQualitySelfScoreAction = defineAction({
  roles: ACTION_ROLES.qualitySelfScore,
  input: qualitySelfScoreInput,
  run: async (input, user) => {
    const result = await recordQualitySelfScore(user, {
      dossierId: input.dossierId,
      points: pointsOf(input),
      evidence: textsOf(input, "e"),
    });
    await refresh(input.dossierId);
    return result;
  },
});

export const recordQualityAppraisalAction = defineAction({
  roles: ACTION_ROLES.qualityAppraise,
  input: qualityAppraiseInput,
  run: async (input, user) => {
    const result = await recordQualityAppraisal(user, {
      dossierId: input.dossierId,
      points: pointsOf(input),
      reasons: textsOf(input, "r"),
    });
    await refresh(input.dossierId);
    return { total: result.total };
  },
});
