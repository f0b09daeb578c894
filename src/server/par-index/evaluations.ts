import "server-only";
// The PAR Index evaluation workflow (issue 14 item 2, docs/par-index.md "Evaluation workflow"). Every step is one
// transaction that claims the unit evaluation's version (a concurrent change answers "tải lại trang"), checks the
// user's seat (evaluation-rows.ts parActorOf) against the workflow rules (src/domain/par-index/workflow.ts), writes,
// appends a ParEvent and an AuditEntry. Refusals are UserFacingErrors in Vietnamese, and change nothing.
import {
  frozenResult,
  gradeBandsSchema,
  isMetricKind,
  mayParUnit,
  parCriterionEditable,
  proposedScore,
  type ParActor,
  type ParCriterionNode,
  type ParDeclared,
  type ParMetricInput,
  type ParUnitAction,
  type ParUnitState,
} from "@/domain/par-index";
import type { AuditAction } from "@/domain/audit";
import { Prisma, type ParUnitStatus } from "@/generated/prisma/client";
import { dateColumnOf, formatDateVi, type LocalDate } from "@/lib/dates";
import type { SessionUser } from "@/server/auth/session-user";
import { recordAudit } from "@/server/data/audit";
import { unitTreeIds } from "@/server/data/unit-tree";
import { db } from "@/server/db";
import { NotFoundError, UserFacingError } from "@/server/user-facing-error";
import {
  decimalOf,
  lastSubmitDay,
  lateUntilOf,
  mayReadParUnit,
  parActorOf,
  parAnswerInputOf,
  parCriterionNodeOf,
  parUnitStateOf,
} from "./evaluation-rows";
import { lockCriteriaSet } from "./criteria-sets";
import { parMetricUnitIds, readParMetrics } from "./metrics";

type Tx = Prisma.TransactionClient;

export const PAR_MESSAGES = {
  notFound: "Không tìm thấy bản đánh giá, hoặc tài khoản của bạn không có quyền xem bản đánh giá này.",
  conflict: "Bản đánh giá vừa được người khác cập nhật. Xin vui lòng tải lại trang rồi thao tác lại.",
  criterionNotFound: "Tiêu chí không thuộc bản đánh giá này. Xin vui lòng tải lại trang.",
} as const;

/** Why an action is refused, in words, when the workflow rules do not offer it. */
function refusal(action: ParUnitAction, actor: ParActor, state: ParUnitState): string {
  const homeAffairs = actor.role === "INSPECTOR" && actor.ownerHomeAffairs;
  const unitSide = actor.leadsUnit || actor.isDelegate;
  if (state.evaluationStatus === "PUBLISHED") return "Kết quả đợt đánh giá đã được công bố, không thay đổi được nữa.";
  switch (action) {
    case "declare":
    case "attach":
    case "submit":
      if (!unitSide || (action === "submit" && !actor.leadsUnit))
        return action === "submit"
          ? "Tài khoản của bạn không có quyền nộp bản tự đánh giá: chỉ lãnh đạo đơn vị được nộp."
          : "Tài khoản của bạn không có quyền kê khai cho đơn vị này.";
      if (state.status === "SUBMITTED") return "Bản tự đánh giá đã nộp, đang chờ thẩm định: không sửa được nữa.";
      if (state.status === "FINALISED") return "Kết quả của đơn vị đã được chốt: không sửa được nữa.";
      return "Đã quá hạn nộp bản tự đánh giá. Xin vui lòng liên hệ cơ quan nội vụ nếu cần được nộp muộn.";
    default:
      if (!homeAffairs)
        return "Tài khoản của bạn không có quyền thẩm định bản đánh giá này: chỉ cơ quan nội vụ được thực hiện.";
      if (action === "reopen") return "Chỉ mở lại được kết quả đã chốt.";
      if (action === "publish") return "Chưa công bố được: còn đơn vị chưa được chốt kết quả.";
      if (state.status === "FINALISED")
        return "Kết quả của đơn vị đã được chốt. Xin vui lòng mở lại (ghi rõ lý do) nếu cần điều chỉnh.";
      return "Đơn vị chưa nộp bản tự đánh giá và chưa hết hạn nộp, nên chưa thẩm định được.";
  }
}

/** The unit evaluation with what every step needs, read inside the transaction. */
async function loadUnit(tx: Tx, unitEvaluationId: string) {
  return tx.parUnitEvaluation.findUnique({
    where: { id: unitEvaluationId },
    include: {
      evaluation: { include: { set: true } },
      events: { where: { type: "allow_late" }, select: { payload: true } },
    },
  });
}
type LoadedUnit = NonNullable<Awaited<ReturnType<typeof loadUnit>>>;

interface UnitContext {
  unit: LoadedUnit;
  actor: ParActor;
  state: ParUnitState;
}

async function contextOf(tx: Tx, user: SessionUser, unitEvaluationId: string, now: Date): Promise<UnitContext> {
  const unit = await loadUnit(tx, unitEvaluationId);
  if (!unit) throw new NotFoundError(PAR_MESSAGES.notFound);
  const actor = parActorOf(user, unit, unit.evaluation.set.ownerUnitId);
  // Out of scope reads as missing, so nothing about other units' evaluations leaks.
  if (!mayReadParUnit(actor)) throw new NotFoundError(PAR_MESSAGES.notFound);
  const lateUntil = unit.events.map((event) => lateUntilOf(event.payload));
  return { unit, actor, state: parUnitStateOf(unit, unit.evaluation, lateUntil, now) };
}

function enforce(context: UnitContext, action: ParUnitAction): void {
  if (!mayParUnit(context.state, context.actor, action))
    throw new UserFacingError(refusal(action, context.actor, context.state));
}

/** Claims the version the page was read at; a concurrent change refuses. Returns the new version. */
async function claim(
  tx: Tx,
  unitEvaluationId: string,
  expectedVersion: number,
  data: Prisma.ParUnitEvaluationUpdateManyMutationInput = {},
): Promise<number> {
  const claimed = await tx.parUnitEvaluation.updateMany({
    where: { id: unitEvaluationId, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  if (claimed.count !== 1) throw new UserFacingError(PAR_MESSAGES.conflict);
  return expectedVersion + 1;
}

interface StepRecord {
  user: SessionUser;
  unitEvaluationId: string;
  type: string;
  audit: AuditAction;
  criterionId?: string | null;
  fromStatus?: ParUnitStatus;
  toStatus?: ParUnitStatus;
  note?: string | null;
  detail?: Record<string, Prisma.InputJsonValue | null>;
  now: Date;
}

/** The step's history row and its audit entry. */
async function record(tx: Tx, step: StepRecord): Promise<void> {
  await tx.parEvent.create({
    data: {
      unitEvaluationId: step.unitEvaluationId,
      at: step.now,
      actorId: step.user.id,
      type: step.type,
      criterionId: step.criterionId ?? null,
      fromStatus: step.fromStatus ?? null,
      toStatus: step.toStatus ?? null,
      note: step.note ?? null,
      payload: (step.detail ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
  await recordAudit(
    {
      actorId: step.user.id,
      action: step.audit,
      entity: "ParUnitEvaluation",
      entityId: step.unitEvaluationId,
      detail: {
        ...step.detail,
        ...(step.fromStatus ? { fromStatus: step.fromStatus, toStatus: step.toStatus ?? null } : {}),
        ...(step.note ? { note: step.note } : {}),
      },
    },
    tx,
  );
}

async function answerWithCriterion(tx: Tx, unitEvaluationId: string, criterionId: string) {
  const answer = await tx.parAnswer.findUnique({
    where: { unitEvaluationId_criterionId: { unitEvaluationId, criterionId } },
    include: { criterion: true },
  });
  if (!answer) throw new UserFacingError(PAR_MESSAGES.criterionNotFound);
  return answer;
}

const fieldError = (field: string, message: string) => new UserFacingError(message, { [field]: [message] });

/** A score within 0 … max, at most two decimals (as the column keeps). */
function checkScore(field: string, score: number, max: number, label: string): void {
  if (score < 0 || score > max || Math.round(score * 100) !== score * 100)
    throw fieldError(field, `${label} không hợp lệ: phải từ 0 đến ${max} điểm, tối đa hai chữ số thập phân.`);
}

// ─── Opening a year ──────────────────────────────────────────────────────────────────────────────────────────────

export interface OpenParEvaluationInput {
  setId: string;
  /** COMMUNE sets: the communes and wards scored (in the owner's tree). DEPARTMENT sets: the owner's offices. */
  targetIds: readonly string[];
  periodFrom: LocalDate;
  periodTo: LocalDate;
  submitDeadline: LocalDate;
}

/**
 * Opens a year's evaluation on a criteria set: locks the set and creates every unit's evaluation and every answer
 * row at once (ParUnitEvaluation's unique key cannot hold a NULL office, so rows are never added later).
 */
export async function openParEvaluation(
  user: SessionUser,
  input: OpenParEvaluationInput,
  now: Date = new Date(),
): Promise<{ evaluationId: string; units: number }> {
  if (input.periodFrom > input.periodTo)
    throw fieldError("periodTo", "Kỳ đánh giá không hợp lệ: ngày kết thúc phải sau ngày bắt đầu.");
  if (input.submitDeadline < input.periodFrom)
    throw fieldError("submitDeadline", "Hạn nộp không hợp lệ: phải sau ngày bắt đầu kỳ đánh giá.");
  const targets = [...new Set(input.targetIds)];
  if (targets.length === 0) throw fieldError("targetIds", "Xin vui lòng chọn ít nhất một đơn vị được đánh giá.");
  const set = await db.parCriteriaSet.findUnique({ where: { id: input.setId } });
  if (!set || user.role !== "INSPECTOR" || set.ownerUnitId !== user.unitId)
    throw new NotFoundError(
      "Không tìm thấy bộ tiêu chí, hoặc tài khoản của bạn không có quyền mở đợt đánh giá trên bộ này.",
    );
  const tree = await unitTreeIds(set.ownerUnitId);
  const rows =
    set.level === "COMMUNE"
      ? (
          await db.administrativeUnit.findMany({
            where: { id: { in: targets }, level: "COMMUNE" },
            select: { id: true },
          })
        )
          .filter((unit) => tree.includes(unit.id))
          .map((unit) => ({ unitId: unit.id, officeId: null as string | null }))
      : (
          await db.office.findMany({
            where: { id: { in: targets }, unitId: set.ownerUnitId, kind: "DEPARTMENT" },
            select: { id: true },
          })
        ).map((office) => ({ unitId: set.ownerUnitId, officeId: office.id as string | null }));
  if (rows.length !== targets.length)
    throw fieldError("targetIds", "Danh sách đơn vị không hợp lệ: có đơn vị không thuộc phạm vi của bộ tiêu chí này.");

  return db.$transaction(async (tx) => {
    const existing = await tx.parEvaluation.findUnique({ where: { setId: set.id }, select: { id: true } });
    if (existing) throw new UserFacingError("Bộ tiêu chí này đã có đợt đánh giá. Xin vui lòng tải lại trang.");
    // Locked here, with its evaluation (the set's own rule: a valid tree, DRAFT → LOCKED, audited): the tree can no
    // longer change under the answers written below.
    await lockCriteriaSet(tx, set.id, { actorId: user.id, now });
    const criteria = await tx.parCriterion.findMany({ where: { setId: set.id }, select: { id: true, kind: true } });
    const scored = criteria.filter((criterion) => criterion.kind !== "GROUP");
    if (scored.length === 0)
      throw new UserFacingError("Bộ tiêu chí chưa có tiêu chí nào để chấm điểm. Xin vui lòng hoàn thiện bộ tiêu chí.");
    const evaluation = await tx.parEvaluation.create({
      data: {
        setId: set.id,
        periodFrom: dateColumnOf(input.periodFrom),
        periodTo: dateColumnOf(input.periodTo),
        submitDeadline: dateColumnOf(input.submitDeadline),
        openedById: user.id,
        openedAt: now,
      },
    });
    for (const row of rows) {
      const unit = await tx.parUnitEvaluation.create({
        data: {
          evaluationId: evaluation.id,
          unitId: row.unitId,
          officeId: row.officeId,
          answers: { create: scored.map((criterion) => ({ criterionId: criterion.id })) },
        },
      });
      await tx.parEvent.create({
        data: { unitEvaluationId: unit.id, at: now, actorId: user.id, type: "open", toStatus: "DRAFT" },
      });
    }
    await recordAudit(
      {
        actorId: user.id,
        action: "par_evaluation.open",
        entity: "ParEvaluation",
        entityId: evaluation.id,
        detail: {
          setId: set.id,
          year: set.year,
          level: set.level,
          units: rows.map((row) => row.officeId ?? row.unitId),
          periodFrom: input.periodFrom,
          periodTo: input.periodTo,
          submitDeadline: input.submitDeadline,
        },
      },
      tx,
    );
    return { evaluationId: evaluation.id, units: rows.length };
  });
}

// ─── The unit's side ─────────────────────────────────────────────────────────────────────────────────────────────

export interface UnitStepInput {
  unitEvaluationId: string;
  expectedVersion: number;
}

/** The leader names (or, with null, removes) the delegate who may declare and attach: a staff member of the unit. */
export async function nameParDelegate(
  user: SessionUser,
  input: UnitStepInput & { delegateId: string | null },
  now: Date = new Date(),
): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const context = await contextOf(tx, user, input.unitEvaluationId, now);
    enforce(context, "submit");
    if (input.delegateId !== null) {
      const delegate = await tx.user.findUnique({ where: { id: input.delegateId } });
      if (!delegate?.active || delegate.unitId !== context.unit.unitId || delegate.id === user.id)
        throw fieldError("delegateId", "Người được giao không hợp lệ: phải là cán bộ, công chức của đơn vị.");
    }
    const version = await claim(tx, input.unitEvaluationId, input.expectedVersion, { delegateId: input.delegateId });
    await record(tx, {
      user,
      unitEvaluationId: input.unitEvaluationId,
      type: "delegate",
      audit: "par_evaluation.name_delegate",
      detail: { before: context.unit.delegateId, after: input.delegateId },
      now,
    });
    return { version };
  });
}

export interface DeclareParAnswerInput extends UnitStepInput {
  criterionId: string;
  declared: ParDeclared | null;
  numberValue: number | null;
  evidenceText: string | null;
  selfScore: number | null;
}

/**
 * The unit declares one criterion: the value its kind asks for (Có / Không, Không áp dụng only where allowed, or a
 * number), the evidence text and the self-score (0 … max; none for Không áp dụng). While RETURNED only the criteria
 * sent back may change.
 */
export async function declareParAnswer(
  user: SessionUser,
  input: DeclareParAnswerInput,
  now: Date = new Date(),
): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const context = await contextOf(tx, user, input.unitEvaluationId, now);
    enforce(context, "declare");
    const answer = await answerWithCriterion(tx, input.unitEvaluationId, input.criterionId);
    if (!parCriterionEditable(context.state, context.actor, { returned: answer.returnedAt !== null }))
      throw new UserFacingError(
        `Tiêu chí ${answer.criterion.code} không được yêu cầu giải trình, nên không sửa được. Xin vui lòng chỉ sửa các tiêu chí được đánh dấu.`,
      );
    const node = parCriterionNodeOf(answer.criterion);
    checkDeclaration(node, input);
    const version = await claim(tx, input.unitEvaluationId, input.expectedVersion);
    const data = {
      declared: input.declared,
      numberValue: input.numberValue,
      evidenceText: input.evidenceText,
      selfScore: input.declared === "NOT_APPLICABLE" ? null : input.selfScore,
      updatedById: user.id,
    };
    await tx.parAnswer.update({ where: { id: answer.id }, data });
    await record(tx, {
      user,
      unitEvaluationId: input.unitEvaluationId,
      type: "declare",
      audit: "par_evaluation.declare",
      criterionId: node.id,
      detail: {
        criterion: node.code,
        before: {
          declared: answer.declared,
          numberValue: decimalOf(answer.numberValue),
          selfScore: decimalOf(answer.selfScore),
        },
        after: { declared: data.declared, numberValue: data.numberValue, selfScore: data.selfScore },
      },
      now,
    });
    return { version };
  });
}

/** The declaration's rules for the criterion's kind; a UserFacingError under the field at fault. */
function checkDeclaration(node: ParCriterionNode, input: DeclareParAnswerInput): void {
  if (node.kind === "GROUP") throw new UserFacingError(PAR_MESSAGES.criterionNotFound);
  if (input.declared === "NOT_APPLICABLE" && !node.allowNotApplicable)
    throw fieldError(
      "declared",
      `Tiêu chí ${node.code} không cho phép chọn “Không áp dụng”. Xin vui lòng chọn giá trị khác.`,
    );
  if (input.declared !== "NOT_APPLICABLE") {
    if ((input.declared === "YES" || input.declared === "NO") && node.valueKind !== "YES_NO")
      throw fieldError("declared", `Giá trị kê khai không hợp lệ cho tiêu chí ${node.code}.`);
    if (input.numberValue !== null && node.valueKind !== "NUMBER")
      throw fieldError("numberValue", `Tiêu chí ${node.code} không kê khai số liệu.`);
  }
  if (input.selfScore !== null) {
    if (input.declared === "NOT_APPLICABLE")
      throw fieldError("selfScore", "Tiêu chí “Không áp dụng” không có điểm tự chấm. Xin vui lòng để trống ô điểm.");
    checkScore("selfScore", input.selfScore, node.maxPoints, "Điểm tự chấm");
  }
}

/** Whether the unit has declared what a criterion needs before it can submit (see submitParUnit). */
function missingDeclaration(node: ParCriterionNode, answer: ReturnType<typeof parAnswerInputOf>): boolean {
  if (node.section !== "MAIN" || node.kind === "GROUP" || node.kind === "AUTOMATIC" || node.kind === "SURVEY")
    return false;
  if (answer.declared === "NOT_APPLICABLE" && node.allowNotApplicable) return false;
  if (node.valueKind === "YES_NO" && answer.declared !== "YES" && answer.declared !== "NO") return true;
  if (node.valueKind === "NUMBER" && answer.numberValue === null && answer.metricInput?.value == null) return true;
  return answer.selfScore === null;
}

/**
 * The leader submits: by the last day (the deadline, or the later day home affairs allowed), with every required
 * criterion of the main part declared (manual and semi-automatic: the value and the self-score, or Không áp dụng).
 * A RETURNED unit's resubmission answers every criterion sent back.
 */
export async function submitParUnit(
  user: SessionUser,
  input: UnitStepInput,
  now: Date = new Date(),
): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const context = await contextOf(tx, user, input.unitEvaluationId, now);
    enforce(context, "submit");
    const answers = await tx.parAnswer.findMany({
      where: { unitEvaluationId: input.unitEvaluationId },
      include: { criterion: true },
    });
    const missing = answers
      .map((answer) => ({ node: parCriterionNodeOf(answer.criterion), input: parAnswerInputOf(answer) }))
      .filter((row) => missingDeclaration(row.node, row.input))
      .map((row) => row.node.code)
      .toSorted((a, b) => a.localeCompare(b, "vi", { numeric: true }));
    if (missing.length > 0)
      throw new UserFacingError(
        `Chưa nộp được: còn ${missing.length} tiêu chí chưa kê khai đủ giá trị và điểm tự chấm (${missing.join(", ")}). Xin vui lòng kê khai đủ rồi nộp lại.`,
      );
    const from = context.unit.status;
    const version = await claim(tx, input.unitEvaluationId, input.expectedVersion, {
      status: "SUBMITTED",
      submittedAt: now,
      submittedById: user.id,
    });
    // The clarifications are answered: the criteria are no longer "sent back" (their notes stay in the history).
    await tx.parAnswer.updateMany({
      where: { unitEvaluationId: input.unitEvaluationId, returnedAt: { not: null } },
      data: { returnedAt: null },
    });
    await record(tx, {
      user,
      unitEvaluationId: input.unitEvaluationId,
      type: "submit",
      audit: "par_evaluation.submit",
      fromStatus: from,
      toStatus: "SUBMITTED",
      now,
    });
    return { version };
  });
}

/**
 * Reads MotCua's figures of the unit over the evaluation's period into the automatic, semi-automatic and survey
 * criteria (metricInput), while the unit is not finalised. Automatic and survey criteria take the ladder's points as
 * the self-score while the unit still edits; a semi-automatic one keeps what the unit declared (MotCua proposes).
 */
export async function refreshParMetrics(
  user: SessionUser,
  input: UnitStepInput,
  now: Date = new Date(),
): Promise<{ version: number; refreshed: number }> {
  // The figures are read before the transaction (a year of rollups), which then checks again and only writes.
  const first = await db.$transaction((tx) => contextOf(tx, user, input.unitEvaluationId, now));
  if (first.unit.status === "FINALISED" || first.state.evaluationStatus === "PUBLISHED")
    throw new UserFacingError("Kết quả đã chốt: số liệu đã được giữ nguyên tại thời điểm chốt, không cập nhật lại.");
  const figures = await readParMetrics(
    await parMetricUnitIds(first.unit.unitId),
    {
      from: first.unit.evaluation.periodFrom.toISOString().slice(0, 10),
      to: first.unit.evaluation.periodTo.toISOString().slice(0, 10),
    },
    now,
  );
  return db.$transaction(async (tx) => {
    const context = await contextOf(tx, user, input.unitEvaluationId, now);
    if (context.unit.status === "FINALISED" || context.state.evaluationStatus === "PUBLISHED")
      throw new UserFacingError("Kết quả đã chốt: số liệu đã được giữ nguyên tại thời điểm chốt, không cập nhật lại.");
    const unitEdits = context.unit.status === "DRAFT" || context.unit.status === "RETURNED";
    const version = await claim(tx, input.unitEvaluationId, input.expectedVersion);
    const answers = await tx.parAnswer.findMany({
      where: { unitEvaluationId: input.unitEvaluationId },
      include: { criterion: true },
    });
    const changed: Record<string, number | null> = {};
    for (const answer of answers) {
      const node = parCriterionNodeOf(answer.criterion);
      if (!isMetricKind(node.kind) || node.metric === null) continue;
      const figure: ParMetricInput = figures[node.metric];
      const proposal = proposedScore(node, { ...parAnswerInputOf(answer), metricInput: figure });
      const ownScore = node.kind === "AUTOMATIC" || node.kind === "SURVEY";
      await tx.parAnswer.update({
        where: { id: answer.id },
        data: {
          metricInput: figure as unknown as Prisma.InputJsonValue,
          ...(ownScore && unitEdits ? { selfScore: proposal } : {}),
        },
      });
      changed[node.code] = figure.value;
    }
    await record(tx, {
      user,
      unitEvaluationId: input.unitEvaluationId,
      type: "refresh",
      audit: "par_evaluation.refresh_metrics",
      detail: { figures: changed },
      now,
    });
    return { version, refreshed: Object.keys(changed).length };
  });
}

// ─── Home affairs ────────────────────────────────────────────────────────────────────────────────────────────────

function enforceHomeAffairs(context: UnitContext): void {
  if (!(context.actor.role === "INSPECTOR" && context.actor.ownerHomeAffairs))
    throw new UserFacingError(refusal("appraise", context.actor, context.state));
  if (context.state.evaluationStatus === "PUBLISHED")
    throw new UserFacingError(refusal("appraise", context.actor, context.state));
}

/** Home affairs lets one unit submit after the deadline, until a given day (inclusive). */
export async function allowLateParSubmission(
  user: SessionUser,
  input: UnitStepInput & { until: LocalDate },
  now: Date = new Date(),
): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const context = await contextOf(tx, user, input.unitEvaluationId, now);
    enforceHomeAffairs(context);
    if (context.unit.status !== "DRAFT" && context.unit.status !== "RETURNED")
      throw new UserFacingError("Đơn vị đã nộp hoặc đã được chốt kết quả: không cần cho phép nộp muộn.");
    if (input.until <= lastSubmitDay(context.unit.evaluation.submitDeadline, []))
      throw fieldError("until", "Ngày được nộp muộn không hợp lệ: phải sau hạn nộp của đợt đánh giá.");
    const version = await claim(tx, input.unitEvaluationId, input.expectedVersion);
    await record(tx, {
      user,
      unitEvaluationId: input.unitEvaluationId,
      type: "allow_late",
      audit: "par_evaluation.allow_late",
      detail: { until: input.until },
      note: `Cho phép nộp đến hết ngày ${formatDateVi(input.until)}`,
      now,
    });
    return { version };
  });
}

export interface AppraiseParAnswerInput extends UnitStepInput {
  criterionId: string;
  /** Null: a criterion declared Không áp dụng accepted as such. */
  appraisedScore: number | null;
  note: string | null;
}

/** Home affairs appraises one criterion: 0 … max, with a reason when below the unit's self-score. */
export async function appraiseParAnswer(
  user: SessionUser,
  input: AppraiseParAnswerInput,
  now: Date = new Date(),
): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const context = await contextOf(tx, user, input.unitEvaluationId, now);
    enforce(context, "appraise");
    const answer = await answerWithCriterion(tx, input.unitEvaluationId, input.criterionId);
    const node = parCriterionNodeOf(answer.criterion);
    const notApplicable = answer.declared === "NOT_APPLICABLE" && node.allowNotApplicable;
    if (input.appraisedScore === null && !notApplicable)
      throw fieldError("appraisedScore", "Xin vui lòng nhập điểm thẩm định.");
    if (input.appraisedScore !== null)
      checkScore("appraisedScore", input.appraisedScore, node.maxPoints, "Điểm thẩm định");
    const self = decimalOf(answer.selfScore) ?? proposedScore(node, parAnswerInputOf(answer));
    if (input.appraisedScore !== null && self !== null && input.appraisedScore < self && !input.note)
      throw fieldError(
        "note",
        `Xin vui lòng ghi lý do trừ điểm: điểm thẩm định (${input.appraisedScore}) thấp hơn điểm tự chấm (${self}).`,
      );
    const version = await claim(tx, input.unitEvaluationId, input.expectedVersion);
    await tx.parAnswer.update({
      where: { id: answer.id },
      data: {
        appraisedScore: input.appraisedScore,
        appraisalNote: input.note,
        appraisedById: user.id,
        appraisedAt: now,
      },
    });
    await record(tx, {
      user,
      unitEvaluationId: input.unitEvaluationId,
      type: "appraise",
      audit: "par_evaluation.appraise",
      criterionId: node.id,
      note: input.note,
      detail: {
        criterion: node.code,
        selfScore: self,
        before: decimalOf(answer.appraisedScore),
        after: input.appraisedScore,
      },
      now,
    });
    return { version };
  });
}

/** Home affairs sends one criterion back for clarification: the unit (RETURNED) edits only the criteria sent back. */
export async function returnParAnswer(
  user: SessionUser,
  input: UnitStepInput & { criterionId: string; note: string },
  now: Date = new Date(),
): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const context = await contextOf(tx, user, input.unitEvaluationId, now);
    // Another criterion may be sent back while the unit is already answering the first.
    if (context.unit.status !== "RETURNED") enforce(context, "return");
    else enforceHomeAffairs(context);
    if (!input.note.trim()) throw fieldError("note", "Xin vui lòng ghi nội dung cần giải trình.");
    const answer = await answerWithCriterion(tx, input.unitEvaluationId, input.criterionId);
    const from = context.unit.status;
    const version = await claim(tx, input.unitEvaluationId, input.expectedVersion, { status: "RETURNED" });
    await tx.parAnswer.update({ where: { id: answer.id }, data: { returnedAt: now, returnNote: input.note } });
    await record(tx, {
      user,
      unitEvaluationId: input.unitEvaluationId,
      type: "return",
      audit: "par_evaluation.return",
      criterionId: answer.criterionId,
      fromStatus: from,
      toStatus: "RETURNED",
      note: input.note,
      detail: { criterion: answer.criterion.code },
      now,
    });
    return { version };
  });
}

/**
 * Home affairs finalises a unit: every criterion appraised, or (acceptRest) the ones left accepted at the unit's
 * self-score (automatic ones at their figure's points). The figures as read now are frozen into the result with the
 * set's rules (frozenResult): a later correction of MotCua's data changes nothing.
 */
export async function finaliseParUnit(
  user: SessionUser,
  input: UnitStepInput & { acceptRest: boolean },
  now: Date = new Date(),
): Promise<{ version: number; score100: number | null }> {
  return db.$transaction(async (tx) => {
    const context = await contextOf(tx, user, input.unitEvaluationId, now);
    enforce(context, "finalise");
    const set = context.unit.evaluation.set;
    const [criteria, answers] = await Promise.all([
      tx.parCriterion.findMany({ where: { setId: set.id } }),
      tx.parAnswer.findMany({ where: { unitEvaluationId: input.unitEvaluationId } }),
    ]);
    const nodes = criteria.map(parCriterionNodeOf);
    const nodeOf = new Map(nodes.map((node) => [node.id, node]));
    const open = answers.filter((answer) => answer.appraisedAt === null);
    if (open.length > 0 && !input.acceptRest) {
      const codes = open.map((answer) => nodeOf.get(answer.criterionId)?.code ?? "?");
      throw new UserFacingError(
        `Chưa chốt được: còn ${open.length} tiêu chí chưa thẩm định (${codes.toSorted((a, b) => a.localeCompare(b, "vi", { numeric: true })).join(", ")}). Xin vui lòng thẩm định, hoặc chọn chấp nhận điểm tự chấm cho các tiêu chí còn lại.`,
        { acceptRest: ["Xin vui lòng thẩm định hết, hoặc đánh dấu chấp nhận điểm tự chấm."] },
      );
    }
    const version = await claim(tx, input.unitEvaluationId, input.expectedVersion);
    const accepted: string[] = [];
    for (const answer of open) {
      const node = nodeOf.get(answer.criterionId)!;
      const self = decimalOf(answer.selfScore) ?? proposedScore(node, parAnswerInputOf(answer));
      const notApplicable = answer.declared === "NOT_APPLICABLE" && node.allowNotApplicable;
      const score = notApplicable ? null : (self ?? 0);
      await tx.parAnswer.update({
        where: { id: answer.id },
        data: { appraisedScore: score, appraisedById: user.id, appraisedAt: now },
      });
      answer.appraisedScore = score as unknown as typeof answer.appraisedScore;
      accepted.push(node.code);
    }
    const gradeBands = gradeBandsSchema.safeParse(set.gradeBands);
    const result = frozenResult({
      set: {
        id: set.id,
        year: set.year,
        level: set.level,
        name: set.name,
        rescaleToHundred: set.rescaleToHundred,
        gradeBands: gradeBands.success ? gradeBands.data : [],
      },
      nodes,
      answers: answers.map(parAnswerInputOf),
      frozenAt: now.toISOString(),
    });
    const from = context.unit.status;
    await tx.parUnitEvaluation.update({
      where: { id: input.unitEvaluationId },
      data: {
        status: "FINALISED",
        finalisedAt: now,
        finalisedById: user.id,
        result: result as unknown as Prisma.InputJsonValue,
      },
    });
    await record(tx, {
      user,
      unitEvaluationId: input.unitEvaluationId,
      type: "finalise",
      audit: "par_evaluation.finalise",
      fromStatus: from,
      toStatus: "FINALISED",
      detail: { score100: result.score100, total: result.total, grade: result.grade, accepted },
      now,
    });
    return { version, score100: result.score100 };
  });
}

/**
 * Home affairs reopens a finalised unit (before the evaluation is published) with a reason: back to SUBMITTED, the
 * frozen result cleared; the figures stay as frozen until someone refreshes them on purpose.
 */
export async function reopenParUnit(
  user: SessionUser,
  input: UnitStepInput & { reason: string },
  now: Date = new Date(),
): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const context = await contextOf(tx, user, input.unitEvaluationId, now);
    enforce(context, "reopen");
    if (!input.reason.trim()) throw fieldError("reason", "Xin vui lòng ghi lý do mở lại kết quả đã chốt.");
    const version = await claim(tx, input.unitEvaluationId, input.expectedVersion, {
      status: "SUBMITTED",
      finalisedAt: null,
      finalisedById: null,
      result: Prisma.DbNull,
    });
    await record(tx, {
      user,
      unitEvaluationId: input.unitEvaluationId,
      type: "reopen",
      audit: "par_evaluation.reopen",
      fromStatus: "FINALISED",
      toStatus: "SUBMITTED",
      note: input.reason,
      detail: { previousResult: context.unit.result as Prisma.InputJsonValue },
      now,
    });
    return { version };
  });
}

/** Publishes an evaluation once every unit is finalised (the ranking pages then show it). */
export async function publishParEvaluation(
  user: SessionUser,
  input: { evaluationId: string },
  now: Date = new Date(),
): Promise<{ units: number }> {
  return db.$transaction(async (tx) => {
    const evaluation = await tx.parEvaluation.findUnique({
      where: { id: input.evaluationId },
      include: {
        set: { select: { ownerUnitId: true, year: true, level: true } },
        units: { select: { id: true, status: true } },
      },
    });
    if (!evaluation || !(user.role === "INSPECTOR" && user.unitId === evaluation.set.ownerUnitId))
      throw new NotFoundError(PAR_MESSAGES.notFound);
    if (evaluation.status === "PUBLISHED") throw new UserFacingError("Kết quả đợt đánh giá đã được công bố.");
    const waiting = evaluation.units.filter((unit) => unit.status !== "FINALISED").length;
    if (waiting > 0) throw new UserFacingError(`Chưa công bố được: còn ${waiting} đơn vị chưa được chốt kết quả.`);
    const published = await tx.parEvaluation.updateMany({
      where: { id: evaluation.id, status: "OPEN" },
      data: { status: "PUBLISHED", publishedAt: now, publishedById: user.id },
    });
    if (published.count !== 1) throw new UserFacingError(PAR_MESSAGES.conflict);
    for (const unit of evaluation.units)
      await tx.parEvent.create({ data: { unitEvaluationId: unit.id, at: now, actorId: user.id, type: "publish" } });
    await recordAudit(
      {
        actorId: user.id,
        action: "par_evaluation.publish",
        entity: "ParEvaluation",
        entityId: evaluation.id,
        detail: { year: evaluation.set.year, level: evaluation.set.level, units: evaluation.units.length },
      },
      tx,
    );
    return { units: evaluation.units.length };
  });
}
