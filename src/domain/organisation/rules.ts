// Rules of the unit tree and of a merger or split, each problem in Vietnamese as the administrator reads it. A merger
// (sáp nhập) ends every source unit on its last day and names the unit that continues it; a split (chia tách) ends
// one unit and names the successor that took most of it (issue 10, item 5: "link it to the successor that took most
// of it"); both are the same command. Pure: the server loads the units and writes only when there is no problem.
import { formatDateVi, type LocalDate } from "@/lib/dates";
import { isInForce, successorChain, takeoverDay, type UnitInTime, type UnitLevel } from "./succession";

/** Depth of each level: a unit's parent must sit higher (a smaller rank). */
export const LEVEL_RANK: Readonly<Record<UnitLevel, number>> = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 };

/** The unit's code: the prefix of dossier codes and its identifier at the portal. */
export const UNIT_CODE_PATTERN = /^[A-Z0-9]{2,12}$/;

export interface UnitDraft {
  id?: string;
  code: string;
  level: UnitLevel;
  parentId: string | null;
  effectiveFrom: LocalDate | null;
  effectiveTo: LocalDate | null;
}

export interface UnitProblem {
  field: string;
  message: string;
}

/**
 * A new or edited unit against the tree: a unique code of the right shape, a parent one level or more above (a
 * province has none), dates in order, and for an edit, not its own ancestor.
 */
export function unitProblems(draft: UnitDraft, units: readonly (UnitInTime & { code: string })[]): UnitProblem[] {
  const problems: UnitProblem[] = [];
  if (!UNIT_CODE_PATTERN.test(draft.code))
    problems.push({ field: "code", message: "Mã đơn vị gồm 2–12 chữ in hoa không dấu hoặc chữ số, ví dụ STY." });
  if (units.some((unit) => unit.code === draft.code && unit.id !== draft.id))
    problems.push({ field: "code", message: `Mã ${draft.code} đã được dùng cho đơn vị khác.` });
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  if (draft.level === "PROVINCE" && draft.parentId)
    problems.push({ field: "parentId", message: "Đơn vị cấp tỉnh không có đơn vị cấp trên." });
  if (draft.level !== "PROVINCE") {
    const parent = draft.parentId ? byId.get(draft.parentId) : undefined;
    if (!parent) problems.push({ field: "parentId", message: "Xin chọn đơn vị cấp trên." });
    else if (LEVEL_RANK[parent.level] >= LEVEL_RANK[draft.level])
      problems.push({ field: "parentId", message: "Đơn vị cấp trên phải ở cấp cao hơn đơn vị này." });
    else if (draft.id) {
      // Not under itself: walk up from the chosen parent.
      const seen = new Set<string>();
      for (let at: string | null = parent.id; at && !seen.has(at); at = byId.get(at)?.parentId ?? null) {
        seen.add(at);
        if (at === draft.id) {
          problems.push({ field: "parentId", message: "Không thể đặt đơn vị dưới chính nó." });
          break;
        }
      }
    }
  }
  if (draft.effectiveFrom && draft.effectiveTo && draft.effectiveTo < draft.effectiveFrom)
    problems.push({ field: "effectiveTo", message: "Ngày hết hiệu lực phải sau ngày có hiệu lực." });
  return problems;
}

export interface MergePlan {
  /** The units that end (one for a split, one or more for a merger). */
  sourceIds: readonly string[];
  /** The unit that continues them. */
  successorId: string;
  /** The last day the sources exist (inclusive); the successor takes over the day after. */
  lastDay: LocalDate;
}

type NamedUnit = UnitInTime & { name: string };

/**
 * Whether a merger or split may be recorded: sources given, known and distinct from the successor; each source in
 * force on its last day and not already continued by another unit; the successor in force on the day after and not
 * ending into one of the sources (no cycle); the same level on both sides; no unit left in force below a source.
 */
export function mergeProblems(plan: MergePlan, units: readonly NamedUnit[]): UnitProblem[] {
  const problems: UnitProblem[] = [];
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const successor = byId.get(plan.successorId);
  const firstDay = takeoverDay(plan.lastDay);
  if (plan.sourceIds.length === 0)
    problems.push({ field: "sourceIds", message: "Xin chọn ít nhất một đơn vị kết thúc." });
  if (!successor) {
    problems.push({ field: "successorId", message: "Xin chọn đơn vị kế thừa." });
    return problems;
  }
  if (!isInForce(successor, firstDay))
    problems.push({
      field: "successorId",
      message: `${successor.name} không có hiệu lực vào ngày ${formatDateVi(firstDay)}, ngày tiếp nhận các đơn vị kết thúc.`,
    });
  for (const sourceId of plan.sourceIds) {
    const source = byId.get(sourceId);
    if (!source) {
      problems.push({ field: "sourceIds", message: "Có đơn vị kết thúc không tồn tại." });
      continue;
    }
    if (sourceId === plan.successorId) {
      problems.push({ field: "sourceIds", message: `${source.name} không thể tự kế thừa chính mình.` });
      continue;
    }
    if (source.successorId && source.successorId !== plan.successorId)
      problems.push({ field: "sourceIds", message: `${source.name} đã có đơn vị kế thừa khác.` });
    if (!isInForce(source, plan.lastDay))
      problems.push({
        field: "lastDay",
        message: `${source.name} không có hiệu lực vào ngày ${formatDateVi(plan.lastDay)}.`,
      });
    if (source.level !== successor.level)
      problems.push({ field: "successorId", message: `${source.name} và ${successor.name} phải cùng cấp.` });
    // No cycle: the successor must not (already) continue into this source.
    if (successorChain(byId, plan.successorId).includes(sourceId))
      problems.push({
        field: "successorId",
        message: `${successor.name} đã được ghi là sáp nhập vào ${source.name}: không thể tạo vòng kế thừa.`,
      });
    const openChildren = units.filter(
      (unit) => unit.parentId === sourceId && !plan.sourceIds.includes(unit.id) && isInForce(unit, firstDay),
    );
    if (openChildren.length > 0)
      problems.push({
        field: "sourceIds",
        message: `${source.name} còn ${openChildren.length} đơn vị trực thuộc có hiệu lực sau ngày kết thúc; xin chuyển hoặc sáp nhập các đơn vị đó trước.`,
      });
  }
  return problems;
}
