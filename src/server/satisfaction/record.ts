import "server-only";
// Recording a rating (docs/satisfaction.md): the one path every channel takes — the public page behind a signed link,
// the counter tablet, a later import from the national portal. One transaction: the dossier's state decides whether
// it may be rated, the questionnaire version in force for the channel is read, the answers are checked against it,
// unit / office / officer are copied from the dossier, the rating and its answers are written, and the audit row is
// appended. The unique (dossier, channel) index decides a race: the second rating is refused, nothing counted twice.
import { z } from "zod";
import {
  COMMENT_MAX_LENGTH,
  normaliseComment,
  QUESTIONNAIRE_FOR_CHANNEL,
  ratingEligibility,
  type RatingChannelCode,
  type RatingRefusal,
} from "@/domain/satisfaction";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { recordAudit } from "@/server/data/audit";

export type RatingAnswerInput = { criterionId: string; score: number };

export type RecordRatingInput = {
  dossierId: string;
  channel: RatingChannelCode;
  /** Overall stars 1–5; required when the version asks them (the short form). */
  overallScore?: number | null;
  /** Reasons picked from the version's list; only with 3 stars or fewer. */
  reasons?: readonly string[];
  /** One answer per criterion; link channels must answer every criterion, the counter tablet may answer none. */
  answers: readonly RatingAnswerInput[];
  comment?: string | null;
  /** The counter tablet: its counter, and the officer signed in there (else taken from the dossier). */
  counterId?: string | null;
  officerId?: string | null;
  /** The client's address, kept in the audit row. */
  address?: string;
};

export type RecordRatingResult =
  { ok: true; ratingId: string } | { ok: false; reason: RatingRefusal | "unknown_dossier" | "invalid_answers" };

const scoreSchema = z.number().int().min(1).max(5);

export const recordRatingInputSchema = z.object({
  overallScore: scoreSchema.nullable().optional(),
  reasons: z.array(z.string().max(200)).max(10).optional(),
  answers: z.array(z.object({ criterionId: z.string().min(1).max(100), score: scoreSchema })).max(60),
  comment: z
    .string()
    .max(COMMENT_MAX_LENGTH * 2)
    .nullable()
    .optional(),
});

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Records one rating. Refusals: the dossier is not returned (link channels), it was already rated through this
 * channel, no questionnaire is in force, the answers do not fit the version, the comment is too long.
 */
export async function recordRating(input: RecordRatingInput, now: Date = new Date()): Promise<RecordRatingResult> {
  const parsed = recordRatingInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid_answers" };
  const comment = normaliseComment(input.comment);
  if (comment !== null && comment.length > COMMENT_MAX_LENGTH) return { ok: false, reason: "comment_too_long" };
  try {
    return await db.$transaction(async (tx) => {
      const dossier = await tx.dossier.findUnique({
        where: { id: input.dossierId },
        select: {
          id: true,
          code: true,
          status: true,
          receivedUnitId: true,
          handlingOfficeId: true,
          receivedById: true,
          returnedAt: true,
          events: {
            where: { type: "return_result" },
            orderBy: { at: "desc" },
            take: 1,
            select: { actorId: true },
          },
        },
      });
      if (!dossier) return { ok: false, reason: "unknown_dossier" } as const;
      const eligible = ratingEligibility(input.channel, dossier.status);
      if (!eligible.ok) return { ok: false, reason: eligible.reason } as const;
      const already = await tx.rating.findUnique({
        where: { dossierId_channel: { dossierId: dossier.id, channel: input.channel } },
        select: { id: true },
      });
      if (already) return { ok: false, reason: "already_rated" } as const;

      const version = await tx.questionnaireVersion.findFirst({
        where: { status: "ACTIVE", questionnaire: { code: QUESTIONNAIRE_FOR_CHANNEL[input.channel] } },
        select: { id: true, asksOverall: true, reasons: true, criteria: { select: { id: true } } },
      });
      if (!version) return { ok: false, reason: "no_questionnaire" } as const;

      const problem = answersProblem(input, version, input.channel);
      if (problem) return { ok: false, reason: problem } as const;

      const counter = input.counterId
        ? await tx.counter.findUnique({ where: { id: input.counterId }, select: { id: true, office: true } })
        : null;
      if (input.counterId && (!counter || counter.office.unitId !== dossier.receivedUnitId))
        return { ok: false, reason: "invalid_answers" } as const;

      const officerId =
        input.officerId ?? (dossier.status === "RETURNED" ? dossier.events[0]?.actorId : null) ?? dossier.receivedById;
      const overall = input.overallScore ?? null;
      const rating = await tx.rating.create({
        data: {
          dossierId: dossier.id,
          channel: input.channel,
          questionnaireVersionId: version.id,
          unitId: dossier.receivedUnitId,
          officeId: dossier.handlingOfficeId,
          officerId: officerId ?? null,
          counterId: counter?.id ?? null,
          overallScore: overall,
          reasons: overall !== null && overall <= 3 ? [...new Set(input.reasons ?? [])] : [],
          comment,
          createdAt: now,
          answers: { createMany: { data: input.answers.map((a) => ({ criterionId: a.criterionId, score: a.score })) } },
        },
        select: { id: true },
      });
      await recordAudit(
        {
          actorId: null,
          action: "satisfaction.record_rating",
          entity: "Dossier",
          entityId: dossier.code,
          detail: { channel: input.channel, ratingId: rating.id, counterId: counter?.id ?? null },
          ip: input.address,
        },
        tx,
      );
      return { ok: true, ratingId: rating.id } as const;
    });
  } catch (error) {
    // Two submissions at once: the unique (dossier, channel) index lets one through.
    if (isUniqueViolation(error)) return { ok: false, reason: "already_rated" };
    throw error;
  }
}

function answersProblem(
  input: RecordRatingInput,
  version: { asksOverall: boolean; reasons: string[]; criteria: { id: string }[] },
  channel: RatingChannelCode,
): RatingRefusal | "invalid_answers" | null {
  const known = new Set(version.criteria.map((criterion) => criterion.id));
  const seen = new Set<string>();
  for (const answer of input.answers) {
    if (!known.has(answer.criterionId) || seen.has(answer.criterionId)) return "invalid_answers";
    seen.add(answer.criterionId);
  }
  if (version.asksOverall && (input.overallScore === null || input.overallScore === undefined)) return "incomplete";
  if (!version.asksOverall && input.overallScore !== null && input.overallScore !== undefined) return "invalid_answers";
  // Every criterion on the public page; at the counter the stars alone are enough.
  if (channel !== "COUNTER_TABLET" && seen.size !== known.size) return "incomplete";
  if (channel === "COUNTER_TABLET" && !version.asksOverall && seen.size === 0) return "incomplete";
  if ((input.reasons ?? []).some((reason) => !version.reasons.includes(reason))) return "invalid_answers";
  return null;
}
