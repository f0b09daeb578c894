// Seeded randomness for the demo world: a thin wrapper over pure-rand (xoroshiro128+), so the same seed always
// yields the same world. Named forks give independent streams (per day, per unit…), so one part of the world does
// not shift when another part draws more or fewer numbers.
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

type Generator = ReturnType<typeof xoroshiro128plus>;

const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

/** FNV-1a over the label, mixed with the parent seed: turns (seed, label) into a 32-bit seed for a fork. */
function deriveSeed(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h | 0;
}

export class Random {
  private readonly rng: Generator;

  constructor(readonly seed: number) {
    this.rng = xoroshiro128plus(seed);
  }

  /** An independent stream named by `label`; the same (seed, label) always gives the same stream. */
  fork(label: string): Random {
    return new Random(deriveSeed(this.seed, label));
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return uniformInt(this.rng, min, max);
  }

  /** Uniform float in [0, 1). */
  float(): number {
    return uniformFloat64(this.rng);
  }

  /** Uniform float in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.float();
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("pick() from an empty list");
    return items[this.int(0, items.length - 1)] as T;
  }

  /** Index drawn with probability proportional to its weight. */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let target = this.float() * total;
    for (let i = 0; i < weights.length; i++) {
      target -= weights[i] ?? 0;
      if (target < 0) return i;
    }
    return weights.length - 1;
  }

  /** Poisson-distributed count with mean `lambda` (normal approximation for large means, which stay exact enough). */
  poisson(lambda: number): number {
    if (lambda <= 0) return 0;
    if (lambda > 60) {
      // Box–Muller; a Poisson with a large mean is close to N(λ, λ).
      const u = 1 - this.float();
      const v = this.float();
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
      return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * z));
    }
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = this.float();
    while (p > limit) {
      k++;
      p *= this.float();
    }
    return k;
  }

  /** A string of `length` characters drawn from `alphabet`. */
  chars(length: number, alphabet: string): string {
    let out = "";
    for (let i = 0; i < length; i++) out += alphabet.charAt(this.int(0, alphabet.length - 1));
    return out;
  }

  digits(length: number): string {
    return this.chars(length, "0123456789");
  }

  /** A cuid-shaped id ("c" + 24 base-36 characters), deterministic unlike @default(cuid()). */
  id(): string {
    return `c${this.chars(24, BASE36)}`;
  }
}
