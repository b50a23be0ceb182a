// Per-realization regions on demand. `propagate` pushes a seed through every Func downstream of it,
// which is what the whole-pipeline bounds need; a per-realization question (what one tile of a
// consumer needs of one producer, or what one realization of a Func reads of its callees) needs only
// the Funcs on the paths from the seed to that producer. Asking `propagate` once per Func made the
// analysis quadratic in the number of stages; this answers the same question touching only those
// Funcs, and one query object serves every producer computed at the same loop.
import { type Region, inputRegion, mergeRegion, readsOf, realizedRegion } from './bounds';
import type { GraphIndex } from './graphIndex';

/**
 * `get(x)` is exactly `propagate(ix, seeds).get(x)`, computed lazily and memoized: the same
 * realizedRegion calls on the same demands, merged in the same order (consumers-first order, then
 * stage and call order), so the numbers agree bit for bit.
 */
export class RegionQuery {
  /** Region of each Func reached so far; null when no demand reaches it. */
  private readonly regions = new Map<string, Region | null>();
  /** No Func before the first seed in `order` can receive demand: propagate visits none of them. */
  private readonly firstSeed: number;

  constructor(private readonly ix: GraphIndex, private readonly seeds: Map<string, Region>) {
    let first = Infinity;
    for (const name of seeds.keys()) first = Math.min(first, ix.pos.get(name) ?? Infinity);
    this.firstSeed = first;
  }

  get(name: string): Region | undefined {
    if (this.ix.inputs.has(name)) {
      // An Input's region is what every Func with a region reads of it (propagate's final pending).
      const callers = this.ix.callers.get(name) ?? [];
      this.resolve(callers);
      const d = this.demand(name, callers, Infinity);
      return d ? inputRegion(this.ix, name, d) : undefined;
    }
    if (!this.ix.pos.has(name)) return undefined;
    if (!this.regions.has(name)) this.resolve([name]);
    return this.regions.get(name) ?? undefined;
  }

  /** Compute the regions of `targets` and of every Func whose demand can reach them. */
  private resolve(targets: string[]): void {
    const need: string[] = [];
    const queued = new Set<string>();
    const stack = [...targets];
    while (stack.length) {
      const f = stack.pop()!;
      if (queued.has(f) || this.regions.has(f) || !this.live(f)) continue;
      queued.add(f);
      need.push(f);
      // Only callers processed before f in propagate's order contribute to f's demand.
      this.eachCaller(f, this.ix.pos.get(f)!, (c) => stack.push(c));
    }
    // Consumers before producers, as propagate: a Func's callers are all resolved before it.
    need.sort((a, b) => this.ix.pos.get(a)! - this.ix.pos.get(b)!);
    for (const f of need) {
      const d = this.demand(f, this.ix.callers.get(f) ?? [], this.ix.pos.get(f)!);
      this.regions.set(f, d ? realizedRegion(this.ix, f, d) : null);
    }
  }

  private live(f: string): boolean {
    const p = this.ix.pos.get(f);
    return p !== undefined && p >= this.firstSeed;
  }

  /** Live callers of `f` placed before `before` in order (`callers` is sorted by position). */
  private eachCaller(f: string, before: number, fn: (caller: string) => void): void {
    for (const c of this.ix.callers.get(f) ?? []) {
      const p = this.ix.pos.get(c)!;
      if (p >= before) break;
      if (p >= this.firstSeed) fn(c);
    }
  }

  /** The seed, widened by each read of `name` by its (resolved) callers placed before `before`, in order. */
  private demand(name: string, callers: string[], before: number): Region | undefined {
    let d = this.seeds.get(name);
    for (const c of callers) {
      if (this.ix.pos.get(c)! >= before) break;
      for (const r of this.readsOf(c, name)) d = mergeRegion(d, r);
    }
    return d;
  }

  private readsOf(f: string, callee: string): Region[] {
    const region = this.regions.get(f);
    return region ? readsOf(this.ix, f, region, callee) : [];
  }
}
