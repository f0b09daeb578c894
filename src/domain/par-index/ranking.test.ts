// Ranking within a level (PAR-INDEX.md "ranking within a level"): competition ranking with ties ("1, 2, 2, 4"),
// units without a score last and unranked.
import { describe, expect, it } from "vitest";
import { rankParResults } from ".";

describe("rankParResults", () => {
  it("shares a rank on a tie and skips the next, puts units without a score last", () => {
    const ranked = rankParResults([
      { id: "d", score100: 80 },
      { id: "e", score100: null },
      { id: "b", score100: 85.5 },
      { id: "a", score100: 91 },
      { id: "c", score100: 85.5 },
      { id: "f", score100: -2 },
    ]);
    expect(ranked.map((row) => [row.id, row.rank])).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 2],
      ["d", 4],
      ["f", 5],
      ["e", null],
    ]);
  });

  it("ranks everyone first when all tie, and nobody without scores", () => {
    expect(
      rankParResults([
        { id: "x", score100: 70 },
        { id: "y", score100: 70 },
      ]).map((row) => row.rank),
    ).toEqual([1, 1]);
    expect(rankParResults([{ id: "z", score100: null }])).toEqual([{ id: "z", score100: null, rank: null }]);
  });
});
