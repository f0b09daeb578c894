"use server";
// The public rating page's submission (/danh-gia/<token>): no account, the signed link is the proof. The server checks
// the address's flood limit, the link, the dossier's state and the answers (src/server/satisfaction).
import { z } from "zod";
import { COMMENT_MAX_LENGTH, RATING_REFUSALS } from "@/domain/satisfaction";
import { idText, safeString } from "@/lib/text-input";
import { defineCitizenAction } from "@/server/citizen/define-citizen-action";
import { recordRatingByLink } from "@/server/satisfaction";
import { UserFacingError } from "@/server/user-facing-error";

const ANSWER_FIELD = /^c_([A-Za-z0-9._-]{1,100})$/;
const score = z.coerce.number().int().min(1).max(5);

const input = z.object({
  token: idText(RATING_REFUSALS.invalid_link, 400),
  overall: z.preprocess((value) => (value === "" || value === undefined ? null : value), score.nullable()),
  reasons: z.array(safeString(RATING_REFUSALS.incomplete).pipe(z.string().max(200))).max(10),
  answers: z.array(z.object({ criterionId: z.string(), score })).max(60),
  comment: safeString(RATING_REFUSALS.comment_too_long, { multiline: true })
    .pipe(z.string().max(COMMENT_MAX_LENGTH, { error: RATING_REFUSALS.comment_too_long }))
    .optional(),
});

function fromForm(formData: FormData) {
  const answers: { criterionId: string; score: FormDataEntryValue }[] = [];
  for (const [key, value] of formData.entries()) {
    const match = ANSWER_FIELD.exec(key);
    if (match) answers.push({ criterionId: match[1]!, score: value });
  }
  return {
    token: formData.get("token") ?? undefined,
    overall: formData.get("overall") ?? undefined,
    reasons: formData.getAll("reasons[]"),
    answers,
    comment: formData.get("comment") ?? undefined,
  };
}

export const rateDossierAction = defineCitizenAction({
  sessionRequired: false,
  input,
  fromForm,
  run: async ({ token, overall, reasons, answers, comment }, { address }) => {
    const result = await recordRatingByLink(
      token,
      { overallScore: overall, reasons, answers, comment: comment ?? null },
      address,
    );
    if (!result.ok) throw new UserFacingError(result.message);
    return { rated: true };
  },
});
