// The generator's random source: mulberry32 (collect/prng.ts) behind the few draws the builder
// needs. Every draw's order matters: the committed corpus/random/*.cpp are regenerated from seeds.

import { mulberry32 } from '../prng';

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    // Mix the seed so nearby seeds start far apart.
    this.next = mulberry32(Math.imul((seed | 0) ^ 0x9e3779b9, 0x85ebca6b) ^ 0x2545f491);
    for (let i = 0; i < 4; i++) this.next();
  }
  float(): number { return this.next(); }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  chance(p: number): boolean { return this.next() < p; }
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('pick from an empty list');
    return xs[Math.floor(this.next() * xs.length)];
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let u = this.next() * total;
    for (const [v, w] of items) {
      if ((u -= w) < 0) return v;
    }
    return items[items.length - 1][0];
  }
}
