// Ranking units within a level by their 100-point score (PAR-INDEX.md: "ranking within a level"): competition
// ranking — equal scores share a rank and the next rank skips ("1, 2, 2, 4"); a unit without a score comes last,
// unranked. The counting is Decision 766's rankByTotal (one home for it); units without a score are set apart first
// so a negative score (penalties above the points) still ranks above them.
import { rankByTotal } from "../decision-766/score";

export interface ParRankRow {
  id: string;
  score100: number | null;
}

export interface ParRanked {
  id: string;
  score100: number | null;
  rank: number | null;
}

export function rankParResults(rows: readonly ParRankRow[]): ParRanked[] {
  const scored = rows.filter((row) => row.score100 !== null);
  const ranked = rankByTotal(scored, (row) => row.score100).map(({ row, rank }) => ({
    id: row.id,
    score100: row.score100,
    rank,
  }));
  const unranked = rows
    .filter((row) => row.score100 === null)
    .map((row) => ({ id: row.id, score100: null, rank: null }));
  return [...ranked, ...unranked];
}
