import "server-only";
// Questionnaire versions (docs/satisfaction.md): a version in force is never edited. An administrator copies it into
// a new DRAFT (same factors, criterion codes and order; texts edited), then puts the draft in force, which retires the
// previous version the day before. Ratings keep pointing at the version they answered. One transaction each, audited.
import { addCalendarDays, dateColumnOf, localDateKey } from "@/lib/dates";
import type { SessionUser } from "@/server/auth/session-user";
import { recordAudit } from "@/server/data/audit";
import { db } from "@/server/db";
import { UserFacingError } from "@/server/user-facing-error";

export const CRITERION_TEXT_MAX = 300;

/** Copies a version into a new draft with the given criterion texts (by criterion id of the source; others kept). */
export async function createQuestionnaireVersion(
  user: Pick<SessionUser, "id">,
  input: { sourceVersionId: string; texts: Record<string, string>; note: string | null },
): Promise<{ versionId: string; version: number }> {
  return db.$transaction(async (tx) => {
    const source = await tx.questionnaireVersion.findUnique({
      where: { id: input.sourceVersionId },
      include: { questionnaire: true, factors: { orderBy: { order: "asc" } }, criteria: { orderBy: { order: "asc" } } },
    });
    if (!source) throw new UserFacingError("Không tìm thấy phiên bản phiếu đánh giá.");
    const draft = await tx.questionnaireVersion.findFirst({
      where: { questionnaireId: source.questionnaireId, status: "DRAFT" },
      select: { version: true },
    });
    if (draft)
      throw new UserFacingError(
        `Phiếu này đang có bản nháp phiên bản ${draft.version}. Xin áp dụng bản nháp đó trước khi tạo phiên bản khác.`,
      );
    for (const [criterionId, text] of Object.entries(input.texts)) {
      if (!source.criteria.some((criterion) => criterion.id === criterionId))
        throw new UserFacingError("Tiêu chí không thuộc phiên bản này.");
      if (text.trim() === "") throw new UserFacingError("Nội dung tiêu chí không được để trống.");
      if (text.length > CRITERION_TEXT_MAX)
        throw new UserFacingError(`Nội dung tiêu chí dài quá ${CRITERION_TEXT_MAX} ký tự.`);
    }
    const last = await tx.questionnaireVersion.aggregate({
      where: { questionnaireId: source.questionnaireId },
      _max: { version: true },
    });
    const version = (last._max.version ?? 0) + 1;
    const created = await tx.questionnaireVersion.create({
      data: {
        questionnaireId: source.questionnaireId,
        version,
        status: "DRAFT",
        basis: source.basis,
        note: input.note,
        asksOverall: source.asksOverall,
        reasons: source.reasons,
        createdById: user.id,
      },
      select: { id: true },
    });
    const factorIds = new Map<string, string>();
    for (const factor of source.factors) {
      const copy = await tx.questionnaireFactor.create({
        data: { versionId: created.id, code: factor.code, name: factor.name, order: factor.order },
        select: { id: true },
      });
      factorIds.set(factor.id, copy.id);
    }
    await tx.questionnaireCriterion.createMany({
      data: source.criteria.map((criterion) => ({
        versionId: created.id,
        factorId: factorIds.get(criterion.factorId)!,
        code: criterion.code,
        text: (input.texts[criterion.id] ?? criterion.text).trim(),
        order: criterion.order,
      })),
    });
    await recordAudit(
      {
        actorId: user.id,
        action: "satisfaction.create_version",
        entity: "Questionnaire",
        entityId: source.questionnaire.code,
        detail: { version, from: source.version, changed: Object.keys(input.texts).length },
      },
      tx,
    );
    return { versionId: created.id, version };
  });
}

/** Puts a draft in force from today (Vietnam); the version in force until now is retired, ending yesterday. */
export async function activateQuestionnaireVersion(
  user: Pick<SessionUser, "id">,
  versionId: string,
  now: Date = new Date(),
): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const draft = await tx.questionnaireVersion.findUnique({
      where: { id: versionId },
      include: { questionnaire: true },
    });
    if (!draft) throw new UserFacingError("Không tìm thấy phiên bản phiếu đánh giá.");
    if (draft.status !== "DRAFT") throw new UserFacingError("Chỉ áp dụng được phiên bản đang là bản nháp.");
    const today = localDateKey(now);
    await tx.questionnaireVersion.updateMany({
      where: { questionnaireId: draft.questionnaireId, status: "ACTIVE" },
      data: { status: "RETIRED", effectiveTo: dateColumnOf(addCalendarDays(today, -1)) },
    });
    await tx.questionnaireVersion.update({
      where: { id: draft.id },
      data: { status: "ACTIVE", effectiveFrom: dateColumnOf(today) },
    });
    await recordAudit(
      {
        actorId: user.id,
        action: "satisfaction.activate_version",
        entity: "Questionnaire",
        entityId: draft.questionnaire.code,
        detail: { version: draft.version },
      },
      tx,
    );
    return { version: draft.version };
  });
}
