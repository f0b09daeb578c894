// Seeded randomness for the demo world: a thin wrapper over pure-rand (xoroshiro128+), so the same seed always
// yields the same world. Named forks give independent streams (per day, per unit…), so one part of the world does
// not shift when another part draws more or fewer numbers.
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus, xoroshiro128plusFromState } from "pure-rand/generator/xoroshiro128plus";

type Generator = ReturnType<typeof xoroshiro128plus>;
type Key = readonly [number, number, number, number];

const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

/** murmur3's 32-bit finaliser: spreads every input bit over the output. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The 128-bit state of a fork: four independently seeded hashes of the parent's state and the label. A fork's state
 * is as wide as the generator's, so two forks (of the tens of thousands a long period makes: per day, unit, queue…)
 * do not share a stream, which 32-bit fork seeds did by the birthday bound and which gave two dossiers the same ids.
 */
function deriveKey(parent: Key, label: string): Key {
  const word = (lane: number): number => {
    let h = fmix32(0x811c9dc5 ^ Math.imul(lane + 1, 0x9e3779b9));
    for (const k of parent) h = fmix32(Math.imul(h ^ k, 0x01000193) ^ lane);
    for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
    return fmix32(h ^ label.length) | 0;
  };
  const key: [number, number, number, number] = [word(0), word(1), word(2), word(3)];
  if (key.every((k) => k === 0)) key[0] = 1; // xoroshiro's one forbidden state
  return key;
}

export class Random {
  private readonly rng: Generator;
  private readonly key: Key;

  /** A root stream from a 32-bit seed, or a fork's stream from its 128-bit state. */
  constructor(seed: number | Key) {
    if (typeof seed === "number") {
      this.rng = xoroshiro128plus(seed);
      this.key = [seed | 0, ~seed, 0x6a09e667 ^ seed, 0xbb67ae85 | 0];
    } else {
      this.rng = xoroshiro128plusFromState(seed);
      this.key = seed;
    }
  }

  /** An independent stream named by `label`; the same (seed, label) always gives the same stream. */
  fork(label: string): Random {
    return new Random(deriveKey(this.key, label));
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
