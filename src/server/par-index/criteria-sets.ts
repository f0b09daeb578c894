import "server-only";
// Criteria sets of the PAR Index (issue 14 item 1; docs/par-index.md "Criteria sets"): home affairs (INSPECTOR of the
// owner unit) creates a set empty or from the sample, copies a previous year's set, edits its nodes while it is a
// DRAFT, imports or exports it as a spreadsheet, and sets its grade bands. Each command is one transaction that locks
// the set's row (FOR UPDATE: an evaluation opening at the same moment waits, then finds the set LOCKED) and writes its
// audit entry. Another owner's set reads as missing. Refusals are UserFacingErrors in Vietnamese; nothing changes.
import { randomUUID } from "node:crypto";
import {
  buildParTree,
  checkCriterionFields,
  criteriaRowsToNodes,
  DEFAULT_GRADE_BANDS,
  descendantIds,
  flattenParTree,
  SAMPLE_COMMUNE_TREE_2025,
  validateGradeBands,
  validateParTree,
  type CriteriaRowError,
  type CriterionFields,
  type GradeBand,
  type ParCriterionNode,
  type ParLevel,
  type ParTreeIssue,
} from "@/domain/par-index";
import type { AuditAction } from "@/domain/audit";
import { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/server/auth/session-user";
import { recordAudit } from "@/server/data/audit";
import { loadCriteriaNodes } from "@/server/data/par-criteria";
import { db } from "@/server/db";
import { NotFoundError, UserFacingError } from "@/server/user-facing-error";
import { readCriteriaWorkbook } from "./criteria-sheet-file";

type Tx = Prisma.TransactionClient;
const TRANSACTION = { maxWait: 10_000, timeout: 60_000 } as const;

export const PAR_CRITERIA_MESSAGES = {
  notFound: "Không tìm thấy bộ tiêu chí, hoặc tài khoản của bạn không có quyền sửa bộ tiêu chí này.",
  locked:
    "Bộ tiêu chí đã khóa vì đợt đánh giá đã mở trên bộ này, nên không sửa được nữa. Xin vui lòng sao chép sang một bộ mới nếu cần điều chỉnh.",
  criterionNotFound: "Không tìm thấy tiêu chí trong bộ này. Xin vui lòng tải lại trang.",
  duplicateSet: "Đơn vị đã có bộ tiêu chí cho năm và đối tượng này. Xin vui lòng chọn năm hoặc đối tượng khác.",
} as const;

const fieldError = (field: string, message: string) => new UserFacingError(message, { [field]: [message] });

/** The set row locked for the transaction, if it is the user's own (INSPECTOR of the owner unit). */
async function lockOwnSet(tx: Tx, user: SessionUser, setId: string, options: { draft: boolean }) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ParCriteriaSet" WHERE id = ${setId} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError(PAR_CRITERIA_MESSAGES.notFound);
  const set = await tx.parCriteriaSet.findUniqueOrThrow({ where: { id: setId } });
  if (user.role !== "INSPECTOR" || set.ownerUnitId !== user.unitId)
    throw new NotFoundError(PAR_CRITERIA_MESSAGES.notFound);
  if (options.draft && set.status !== "DRAFT") throw new UserFacingError(PAR_CRITERIA_MESSAGES.locked);
  return set;
}

async function audit(
  tx: Tx,
  user: SessionUser,
  action: AuditAction,
  setId: string,
  detail: Prisma.InputJsonValue,
): Promise<void> {
  await recordAudit({ actorId: user.id, action, entity: "ParCriteriaSet", entityId: setId, detail }, tx);
}

/** Writes a tree into a set: parents before children, every node a fresh id. Returns how many were written. */
async function insertNodes(tx: Tx, setId: string, nodes: readonly ParCriterionNode[]): Promise<number> {
  const idOf = new Map(nodes.map((node) => [node.id, randomUUID()]));
  const ordered = flattenParTree(buildParTree(nodes)).map((row) => row.node);
  if (ordered.length === 0) return 0;
  await tx.parCriterion.createMany({
    data: ordered.map((node) => ({
      id: idOf.get(node.id)!,
      setId,
      parentId: node.parentId === null ? null : (idOf.get(node.parentId) ?? null),
      position: node.position,
      code: node.code,
      title: node.title,
      maxPoints: node.maxPoints,
      kind: node.kind,
      section: node.section,
      valueKind: node.valueKind,
      allowNotApplicable: node.allowNotApplicable,
      guidance: node.guidance,
      scoringNote: node.scoringNote,
      metric: node.metric,
      ladder: node.ladder === null ? undefined : node.ladder.map((step) => ({ min: step.min, points: step.points })),
    })),
  });
  return ordered.length;
}

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";

export interface NewCriteriaSetInput {
  year: number;
  level: ParLevel;
  name: string;
  basis: string | null;
  /** "sample": the shipped sample tree (communes and wards only), marked as a sample to adapt. */
  start: "empty" | "sample";
}

/** Creates a DRAFT set of the user's unit, empty or from the sample tree. */
export async function createCriteriaSet(
  user: SessionUser,
  input: NewCriteriaSetInput,
  now: Date = new Date(),
): Promise<{ id: string }> {
  if (user.role !== "INSPECTOR") throw new NotFoundError(PAR_CRITERIA_MESSAGES.notFound);
  if (input.start === "sample" && input.level !== "COMMUNE")
    throw fieldError(
      "start",
      "Bộ tiêu chí mẫu chỉ dành cho cấp xã. Xin vui lòng chọn bộ trống cho cơ quan chuyên môn.",
    );
  const sample = input.start === "sample" ? SAMPLE_COMMUNE_TREE_2025 : null;
  try {
    return await db.$transaction(async (tx) => {
      const set = await tx.parCriteriaSet.create({
        data: {
          ownerUnitId: user.unitId,
          year: input.year,
          level: input.level,
          name: input.name,
          basis: input.basis,
          isSample: sample !== null,
          gradeBands: [...(sample?.gradeBands ?? DEFAULT_GRADE_BANDS)].map((band) => ({ ...band })),
          rescaleToHundred: sample?.rescaleToHundred ?? true,
          createdById: user.id,
          createdAt: now,
        },
      });
      const nodes = await insertNodes(tx, set.id, sample?.nodes ?? []);
      await audit(tx, user, "par_criteria.create", set.id, {
        year: input.year,
        level: input.level,
        start: input.start,
        nodes,
      });
      return { id: set.id };
    }, TRANSACTION);
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError("year", PAR_CRITERIA_MESSAGES.duplicateSet);
    throw error;
  }
}

export interface CopyCriteriaSetInput {
  sourceId: string;
  year: number;
  name: string;
}

/** Copies a set of the user's unit (any year, locked or not) into a new DRAFT set: the tree, bands and rules. */
export async function copyCriteriaSet(
  user: SessionUser,
  input: CopyCriteriaSetInput,
  now: Date = new Date(),
): Promise<{ id: string }> {
  const source = await db.parCriteriaSet.findUnique({ where: { id: input.sourceId } });
  if (!source || user.role !== "INSPECTOR" || source.ownerUnitId !== user.unitId)
    throw new NotFoundError(PAR_CRITERIA_MESSAGES.notFound);
  const nodes = await loadCriteriaNodes(source.id);
  try {
    return await db.$transaction(async (tx) => {
      const set = await tx.parCriteriaSet.create({
        data: {
          ownerUnitId: source.ownerUnitId,
          year: input.year,
          level: source.level,
          name: input.name,
          basis: null,
          isSample: source.isSample,
          gradeBands: source.gradeBands as Prisma.InputJsonValue,
          rescaleToHundred: source.rescaleToHundred,
          copiedFromId: source.id,
          createdById: user.id,
          createdAt: now,
        },
      });
      const written = await insertNodes(tx, set.id, nodes);
      await audit(tx, user, "par_criteria.copy", set.id, {
        fromSetId: source.id,
        fromYear: source.year,
        year: input.year,
        nodes: written,
      });
      return { id: set.id };
    }, TRANSACTION);
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError("year", PAR_CRITERIA_MESSAGES.duplicateSet);
    throw error;
  }
}

export interface CriteriaSetInfoInput {
  setId: string;
  name: string;
  basis: string | null;
  rescaleToHundred: boolean;
  isSample: boolean;
  gradeBands: GradeBand[];
}

/** The set's name, issuing decision, rescaling rule, sample mark and grade bands (DRAFT only). */
export async function updateCriteriaSetInfo(user: SessionUser, input: CriteriaSetInfoInput): Promise<void> {
  const problems = validateGradeBands(input.gradeBands);
  if (problems.length > 0)
    throw new UserFacingError(`Mức xếp loại không hợp lệ: ${problems.join(" ")}`, { gradeBands: problems });
  await db.$transaction(async (tx) => {
    const set = await lockOwnSet(tx, user, input.setId, { draft: true });
    await tx.parCriteriaSet.update({
      where: { id: set.id },
      data: {
        name: input.name,
        basis: input.basis,
        rescaleToHundred: input.rescaleToHundred,
        isSample: input.isSample,
        gradeBands: input.gradeBands.map((band) => ({ label: band.label, min: band.min })),
      },
    });
    await audit(tx, user, "par_criteria.update_set", set.id, {
      before: {
        name: set.name,
        rescaleToHundred: set.rescaleToHundred,
        isSample: set.isSample,
        gradeBands: set.gradeBands as Prisma.InputJsonValue,
      },
      after: {
        name: input.name,
        rescaleToHundred: input.rescaleToHundred,
        isSample: input.isSample,
        gradeBands: input.gradeBands.map((band) => ({ label: band.label, min: band.min })),
      },
    });
  }, TRANSACTION);
}

function refuseFields(fields: CriterionFields): void {
  const errors = checkCriterionFields(fields);
  const entries = Object.entries(errors);
  if (entries.length === 0) return;
  throw new UserFacingError(entries[0]![1], Object.fromEntries(entries.map(([field, message]) => [field, [message]])));
}

const nodeData = (fields: CriterionFields) => ({
  code: fields.code,
  title: fields.title,
  maxPoints: fields.maxPoints,
  kind: fields.kind,
  section: fields.section,
  valueKind: fields.valueKind,
  allowNotApplicable: fields.allowNotApplicable,
  metric: fields.metric,
  ladder:
    fields.ladder === null ? Prisma.DbNull : fields.ladder.map((step) => ({ min: step.min, points: step.points })),
  guidance: fields.guidance,
  scoringNote: fields.scoringNote,
});

async function refuseDuplicateCode(tx: Tx, setId: string, code: string, exceptId: string | null) {
  const clash = await tx.parCriterion.findFirst({
    where: { setId, code, NOT: exceptId ? { id: exceptId } : undefined },
  });
  if (clash) throw fieldError("code", `Mã số ${code} đã có trong bộ tiêu chí. Xin vui lòng chọn mã khác.`);
}

async function groupParent(tx: Tx, setId: string, parentId: string | null, section: string) {
  if (parentId === null) return null;
  const parent = await tx.parCriterion.findFirst({ where: { id: parentId, setId } });
  if (!parent) throw fieldError("parentId", PAR_CRITERIA_MESSAGES.criterionNotFound);
  if (parent.kind !== "GROUP")
    throw fieldError("parentId", `Tiêu chí cha không hợp lệ: ${parent.code} là tiêu chí chấm điểm, không phải nhóm.`);
  if (parent.section !== section)
    throw fieldError("section", `Phần không hợp lệ: phải cùng phần với tiêu chí cha ${parent.code}.`);
  return parent;
}

/** Adds a node under a group (or as a domain) at the end of its siblings. */
export async function addCriterion(
  user: SessionUser,
  input: { setId: string; parentId: string | null; fields: CriterionFields },
): Promise<{ id: string }> {
  refuseFields(input.fields);
  return db.$transaction(async (tx) => {
    const set = await lockOwnSet(tx, user, input.setId, { draft: true });
    await groupParent(tx, set.id, input.parentId, input.fields.section);
    await refuseDuplicateCode(tx, set.id, input.fields.code, null);
    const last = await tx.parCriterion.aggregate({
      where: { setId: set.id, parentId: input.parentId },
      _max: { position: true },
    });
    const created = await tx.parCriterion.create({
      data: {
        setId: set.id,
        parentId: input.parentId,
        position: (last._max.position ?? 0) + 1,
        ...nodeData(input.fields),
      },
    });
    await audit(tx, user, "par_criteria.add_node", set.id, { code: input.fields.code, title: input.fields.title });
    return { id: created.id };
  }, TRANSACTION);
}

/** Changes a node's own fields (not its place). A group with children stays a group. */
export async function updateCriterion(
  user: SessionUser,
  input: { setId: string; criterionId: string; fields: CriterionFields },
): Promise<void> {
  refuseFields(input.fields);
  await db.$transaction(async (tx) => {
    const set = await lockOwnSet(tx, user, input.setId, { draft: true });
    const node = await tx.parCriterion.findFirst({ where: { id: input.criterionId, setId: set.id } });
    if (!node) throw new UserFacingError(PAR_CRITERIA_MESSAGES.criterionNotFound);
    const children = await tx.parCriterion.count({ where: { parentId: node.id } });
    if (children > 0 && input.fields.kind !== "GROUP")
      throw fieldError("kind", "Loại tiêu chí không hợp lệ: tiêu chí này còn tiêu chí con nên phải là nhóm.");
    if (children > 0 && input.fields.section !== node.section)
      throw fieldError("section", "Phần không hợp lệ: hãy đổi phần của nhóm khi nhóm chưa có tiêu chí con.");
    await groupParent(tx, set.id, node.parentId, input.fields.section);
    await refuseDuplicateCode(tx, set.id, input.fields.code, node.id);
    await tx.parCriterion.update({ where: { id: node.id }, data: nodeData(input.fields) });
    await audit(tx, user, "par_criteria.update_node", set.id, {
      code: node.code,
      before: { code: node.code, title: node.title, maxPoints: Number(node.maxPoints), kind: node.kind },
      after: {
        code: input.fields.code,
        title: input.fields.title,
        maxPoints: input.fields.maxPoints,
        kind: input.fields.kind,
      },
    });
  }, TRANSACTION);
}

export type CriterionMove =
  { criterionId: string; to: "up" | "down" } | { criterionId: string; to: "parent"; parentId: string | null };

/** Moves a node one place up or down among its siblings, or under another group (at the end of its children). */
export async function moveCriterion(user: SessionUser, setId: string, move: CriterionMove): Promise<void> {
  await db.$transaction(async (tx) => {
    const set = await lockOwnSet(tx, user, setId, { draft: true });
    const rows = await tx.parCriterion.findMany({ where: { setId: set.id } });
    const node = rows.find((row) => row.id === move.criterionId);
    if (!node) throw new UserFacingError(PAR_CRITERIA_MESSAGES.criterionNotFound);
    const siblingsOf = (parentId: string | null) =>
      rows
        .filter((row) => row.parentId === parentId && row.id !== node.id)
        .sort((a, b) => a.position - b.position || a.code.localeCompare(b.code, "vi", { numeric: true }));
    let parentId = node.parentId;
    let order: typeof rows;
    if (move.to === "parent") {
      if (move.parentId !== null) {
        if (descendantIds(rows, node.id).has(move.parentId))
          throw fieldError(
            "parentId",
            "Không chuyển được: không thể đặt tiêu chí vào chính nó hoặc tiêu chí con của nó.",
          );
        await groupParent(tx, set.id, move.parentId, node.section);
      }
      parentId = move.parentId;
      order = [...siblingsOf(parentId), node];
    } else {
      const siblings = siblingsOf(parentId);
      const all = [...rows.filter((row) => row.parentId === parentId)].sort(
        (a, b) => a.position - b.position || a.code.localeCompare(b.code, "vi", { numeric: true }),
      );
      const index = all.findIndex((row) => row.id === node.id);
      const target = Math.max(0, Math.min(siblings.length, move.to === "up" ? index - 1 : index + 1));
      order = [...siblings.slice(0, target), node, ...siblings.slice(target)];
    }
    for (const [index, row] of order.entries()) {
      if (row.position !== index + 1 || (row.id === node.id && row.parentId !== parentId))
        await tx.parCriterion.update({
          where: { id: row.id },
          data: { position: index + 1, parentId: row.id === node.id ? parentId : row.parentId },
        });
    }
    const parentCode = parentId === null ? null : (rows.find((row) => row.id === parentId)?.code ?? null);
    await audit(tx, user, "par_criteria.move_node", set.id, { code: node.code, to: move.to, parentCode });
  }, TRANSACTION);
}

/** Deletes a node and everything under it (DRAFT: no answers exist yet). */
export async function deleteCriterion(user: SessionUser, setId: string, criterionId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const set = await lockOwnSet(tx, user, setId, { draft: true });
    const node = await tx.parCriterion.findFirst({ where: { id: criterionId, setId: set.id } });
    if (!node) throw new UserFacingError(PAR_CRITERIA_MESSAGES.criterionNotFound);
    const rows = await tx.parCriterion.findMany({ where: { setId: set.id }, select: { id: true, parentId: true } });
    const removed = descendantIds(rows, node.id);
    await tx.parCriterion.deleteMany({ where: { id: { in: [...removed] } } });
    await audit(tx, user, "par_criteria.delete_node", set.id, {
      code: node.code,
      title: node.title,
      nodes: removed.size,
    });
  }, TRANSACTION);
}

export type CriteriaImportOutcome =
  { ok: true; nodes: number; warnings: ParTreeIssue[] } | { ok: false; errors: CriteriaRowError[] };

/**
 * Replaces a DRAFT set's tree with a spreadsheet's (criteria-sheet.ts): every row error is reported with its row and
 * column, and on any error nothing is written. A group's or the domains' sums that do not add up are written and
 * returned as warnings (the set's page keeps showing them until they add up; an evaluation cannot open before).
 */
export async function importCriteriaSet(
  user: SessionUser,
  setId: string,
  file: { bytes: ArrayBuffer },
): Promise<CriteriaImportOutcome> {
  // Scope first, so another owner's inspector learns nothing from the file's errors.
  const set = await db.parCriteriaSet.findUnique({ where: { id: setId } });
  if (!set || user.role !== "INSPECTOR" || set.ownerUnitId !== user.unitId)
    throw new NotFoundError(PAR_CRITERIA_MESSAGES.notFound);
  if (set.status !== "DRAFT") throw new UserFacingError(PAR_CRITERIA_MESSAGES.locked);
  const read = await readCriteriaWorkbook(file.bytes);
  if (!read.ok) return read;
  const parsed = criteriaRowsToNodes(read.rows);
  if (!parsed.ok) return parsed;
  return db.$transaction(async (tx) => {
    await lockOwnSet(tx, user, setId, { draft: true });
    const before = await tx.parCriterion.count({ where: { setId } });
    // Children first would not matter: the tree's foreign key cascades.
    await tx.parCriterion.deleteMany({ where: { setId } });
    const nodes = await insertNodes(tx, setId, parsed.nodes);
    await audit(tx, user, "par_criteria.import", setId, {
      replaced: before,
      nodes,
      warnings: parsed.warnings.map((issue) => issue.message),
    });
    return { ok: true as const, nodes, warnings: parsed.warnings };
  }, TRANSACTION);
}

/**
 * Locks a set when an evaluation opens on it (called by the evaluation service inside its transaction): the set must
 * be a DRAFT whose tree passes validateParTree; afterwards no node can change. Refuses with the tree's issues.
 */
export async function lockCriteriaSet(
  tx: Tx,
  setId: string,
  options: { actorId?: string | null; now?: Date } = {},
): Promise<void> {
  const rows = await tx.$queryRaw<{ status: string }[]>`
    SELECT status::text AS status FROM "ParCriteriaSet" WHERE id = ${setId} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError(PAR_CRITERIA_MESSAGES.notFound);
  if (rows[0]!.status !== "DRAFT")
    throw new UserFacingError("Bộ tiêu chí này đã có đợt đánh giá. Xin vui lòng tải lại trang.");
  const issues = validateParTree(await loadCriteriaNodes(setId, tx));
  if (issues.length > 0)
    throw new UserFacingError(
      `Bộ tiêu chí chưa hợp lệ nên chưa mở được đợt đánh giá. Xin vui lòng sửa: ${issues
        .slice(0, 5)
        .map((issue) => issue.message)
        .join(" ")}${issues.length > 5 ? ` (và ${issues.length - 5} vấn đề khác)` : ""}`,
    );
  await tx.parCriteriaSet.update({
    where: { id: setId },
    data: { status: "LOCKED", lockedAt: options.now ?? new Date() },
  });
  await recordAudit(
    { actorId: options.actorId ?? null, action: "par_criteria.lock", entity: "ParCriteriaSet", entityId: setId },
    tx,
  );
}
