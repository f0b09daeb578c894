// Reading a unit's PAR Index result for the ranking pages (issue 14 item 4): where it lost points by domain and by
// criterion, and its change from last year across a change of the map. Pure: the scores come from the domain's
// scoring (src/domain/par-index scoreParEvaluation, or the FROZEN result of a finalised unit); nothing is scored here.
import { roundHalfUp } from "@/lib/numbers";
import type { ParCriterionKind, ParSection } from "@/domain/par-index";

/** A node as a result names it (the frozen result's `criteria` entry has exactly these). */
export interface ResultCriterion {
  code: string;
  title: string;
  parentId: string | null;
  section: ParSection;
  kind: ParCriterionKind;
}

/** A node's scores (the frozen result's `byNode` entry, or scoreParEvaluation's). */
export interface ResultNodeScore {
  score: number;
  max: number;
  applicableMax: number;
  lost: number;
  notApplicable: boolean;
}

/** "3.10" after "3.9": codes compared as printed, numerically. */
export const compareParCodes = (a: string, b: string): number => a.localeCompare(b, "vi", { numeric: true });

export interface DomainFigure {
  id: string;
  code: string;
  title: string;
  max: number;
  applicableMax: number;
  score: number;
  lost: number;
  notApplicable: boolean;
  /** score ÷ applicable maximum × 100, two decimals (the radar chart's axis); null when nothing of it applies. */
  percent: number | null;
}

/** The domains (lĩnh vực: the top nodes of the main part) in code order, with the points each kept and lost. */
export function domainFigures(
  criteria: Readonly<Record<string, ResultCriterion>>,
  byNode: Readonly<Record<string, ResultNodeScore>>,
): DomainFigure[] {
  return Object.entries(criteria)
    .filter(([, node]) => node.section === "MAIN" && (node.parentId === null || !(node.parentId in criteria)))
    .flatMap(([id, node]) => {
      const score = byNode[id];
      if (!score) return [];
      return [
        {
          id,
          code: node.code,
          title: node.title,
          max: score.max,
          applicableMax: score.applicableMax,
          score: score.score,
          lost: score.lost,
          notApplicable: score.notApplicable,
          percent: score.applicableMax > 0 ? roundHalfUp((score.score / score.applicableMax) * 100) : null,
        },
      ];
    })
    .sort((a, b) => compareParCodes(a.code, b.code));
}

export interface LostCriterion {
  id: string;
  code: string;
  title: string;
  section: ParSection;
  /** The domain it belongs to (its top ancestor). */
  domainCode: string;
  domainTitle: string;
  max: number;
  score: number;
  /** Points lost (main part) or taken off (penalty). */
  lost: number;
}

/**
 * The scored criteria (leaves) where the unit lost points, in code order: a main-part criterion below its applicable
 * maximum, and a penalty that took points off. A criterion "không áp dụng" lost nothing (its points left the maximum).
 */
export function lostCriteria(
  criteria: Readonly<Record<string, ResultCriterion>>,
  byNode: Readonly<Record<string, ResultNodeScore>>,
): LostCriterion[] {
  const parents = new Set(Object.values(criteria).flatMap((node) => (node.parentId ? [node.parentId] : [])));
  const topOf = (id: string): string => {
    let current = id;
    for (let guard = 0; guard < 32; guard++) {
      const parent = criteria[current]?.parentId;
      if (!parent || !(parent in criteria)) return current;
      current = parent;
    }
    return current;
  };
  return Object.entries(criteria)
    .filter(([id, node]) => !parents.has(id) && node.kind !== "GROUP" && node.section !== "BONUS")
    .flatMap(([id, node]) => {
      const score = byNode[id];
      if (!score || score.notApplicable || score.lost <= 0) return [];
      const top = criteria[topOf(id)]!;
      return [
        {
          id,
          code: node.code,
          title: node.title,
          section: node.section,
          domainCode: top.code,
          domainTitle: top.title,
          max: score.applicableMax,
          score: score.score,
          lost: score.lost,
        },
      ];
    })
    .sort((a, b) => compareParCodes(a.code, b.code));
}

/** A unit on the map, as its change from last year needs it. */
export interface MapUnit {
  id: string;
  /** The unit that continues this one after a merger or split (AdministrativeUnit.successorId). */
  successorId: string | null;
}

export type YearComparison =
  | {
      /** Compared with the unit itself, the one it continues (predecessor) or the one that continues it (successor). */
      kind: "same" | "predecessor" | "successor";
      unitId: string;
      previousScore: number;
      /** This year's 100-point score − last year's, two decimals; null when this year has no score yet. */
      change: number | null;
    }
  | {
      kind: "none";
      /**
       * merged: formed from several units that each had a result (no one figure to compare with);
       * noResult: neither the unit nor a unit it continues has a finalised result last year.
       */
      reason: "merged" | "noResult";
      /** For "merged": how many units it was formed from had a result. */
      predecessors: number;
    };

/**
 * The unit's change from last year: its own result of last year; otherwise the result of the one unit it continues
 * (a ward renamed or formed from one unit, successorId pointing at it); otherwise the result of the unit that
 * continues it (a unit recorded last year under its successor). Formed from several units with results: no
 * comparable year, said so. `previous` holds last year's finalised 100-point scores by unit (null: no score).
 */
export function yearComparison(
  unit: MapUnit,
  map: readonly MapUnit[],
  previous: ReadonlyMap<string, number | null>,
  score100: number | null,
): YearComparison {
  const compared = (kind: "same" | "predecessor" | "successor", unitId: string, previousScore: number) => ({
    kind,
    unitId,
    previousScore,
    change: score100 === null ? null : roundHalfUp(score100 - previousScore),
  });
  const own = previous.get(unit.id);
  if (own !== undefined && own !== null) return compared("same", unit.id, own);
  const predecessors = map.filter((other) => other.successorId === unit.id && other.id !== unit.id);
  const scored = predecessors.flatMap((other) => {
    const score = previous.get(other.id);
    return score === undefined || score === null ? [] : [{ id: other.id, score }];
  });
  if (scored.length === 1 && predecessors.length === 1) return compared("predecessor", scored[0]!.id, scored[0]!.score);
  if (scored.length >= 1) return { kind: "none", reason: "merged", predecessors: predecessors.length };
  const successorScore = unit.successorId ? previous.get(unit.successorId) : undefined;
  if (unit.successorId && successorScore !== undefined && successorScore !== null)
    return compared("successor", unit.successorId, successorScore);
  return { kind: "none", reason: "noResult", predecessors: 0 };
}
