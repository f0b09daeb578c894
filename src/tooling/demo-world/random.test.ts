import { describe, expect, it } from "vitest";
import { Random } from "./random";

const draw = (r: Random, n: number) => Array.from({ length: n }, () => r.int(0, 1_000_000));

describe("Random", () => {
  it("gives the same sequence for the same seed and a different one for another seed", () => {
    expect(draw(new Random(7), 50)).toEqual(draw(new Random(7), 50));
    expect(draw(new Random(7), 50)).not.toEqual(draw(new Random(8), 50));
  });

  it("forks named streams that are deterministic and independent of the parent's position", () => {
    const a = new Random(7);
    draw(a, 10);
    expect(draw(a.fork("2026-01-05"), 20)).toEqual(draw(new Random(7).fork("2026-01-05"), 20));
    expect(draw(new Random(7).fork("LLO"), 20)).not.toEqual(draw(new Random(7).fork("NQU"), 20));
  });

  it("draws Poisson counts with the requested mean, small and large", () => {
    const r = new Random(1);
    for (const lambda of [0.7, 9, 250]) {
      const n = 4000;
      let sum = 0;
      for (let i = 0; i < n; i++) sum += r.poisson(lambda);
      expect(sum / n).toBeGreaterThan(lambda * 0.95);
      expect(sum / n).toBeLessThan(lambda * 1.05);
    }
  });

  it("weights picks and builds cuid-shaped ids", () => {
    const r = new Random(3);
    const hits = [0, 0];
    for (let i = 0; i < 10_000; i++) hits[r.weightedIndex([1, 3])]! += 1;
    expect(hits[1]! / 10_000).toBeCloseTo(0.75, 1);
    expect(r.id()).toMatch(/^c[0-9a-z]{24}$/);
  });

  it("gives every fork its own stream: no two of 200,000 nested forks start with the same id", () => {
    const root = new Random(2026);
    const ids = new Set<string>();
    for (let day = 0; day < 2_000; day++) {
      const d = root.fork(`2025-${day}`);
      for (let unit = 0; unit < 100; unit++) ids.add(d.fork(`U${unit}`).id());
    }
    expect(ids.size).toBe(200_000);
  });
});
