// Realizations: where each Func's loop nest runs, how often, and over what region each time.
// A Func computed at loop `v` of consumer C is realized once per iteration of C's loops outside and
// including `v`; each time over the region C's iterations inside `v` (a tile) need of it, found by
// pushing that tile's footprint back through the graph exactly as the whole-pipeline bounds are.
import type { Stage } from '../halide/graph';
import { type Region, extentOf, requiredRegions, stageDemands, stageEnv, stageVars } from './bounds';
import type { GraphIndex } from './graphIndex';
import { type Interval, span } from './interval';
import { RegionQuery } from './regionQuery';
import { type FuncPlacement, type Loop, type StageLoops, buildLoops, findLoop, INNERMOST, placements, stageDirectives } from './loopnest';

/** The consumer loop a Func's computation (or storage) is placed in. */
export interface LoopLevel {
  func: string;
  stage: string;
  /** Halide name of the loop in the consumer's nest, e.g. `x.xo`. */
  loop: string;
  /** Position in the consumer's loops (0 = innermost). */
  index: number;
}

export interface Realization {
  func: string;
  placement: FuncPlacement;
  /** Resolved compute/store levels; null for root and inline, or when the target is not found. */
  computeLevel: LoopLevel | null;
  storeLevel: LoopLevel | null;
  /** How many times the Func is computed (its loop nest runs); 0 for inlined Funcs. */
  realizations: number | null;
  /** Region computed each time. */
  region: Region;
  /** Region allocated at the store level, and how many allocations. */
  storeRegion: Region;
  storeRealizations: number | null;
  /** Loop nest of each stage for one realization. */
  stages: StageLoops[];
  notes: string[];
}

const prod = (xs: (number | null)[]): number | null => xs.reduce<number | null>((a, b) => (a === null || b === null ? null : a * b), 1);

/** Per-variable extents of a stage when its Func is realized over `region`. */
export function stageExtents(ix: GraphIndex, stage: Stage, region: Region): Map<string, Interval> {
  return new Map(stageVars(stage, stageEnv(ix, stage, region)));
}

/**
 * The range each variable of a consumer stage covers in one iteration of loop `level`: the loops
 * inside it walk var += index * stride, so the span is 1 + sum (extent - 1) * stride, capped at
 * the variable's range for one realization of the consumer.
 */
export function tileEnv(loops: Loop[], level: number, ranges: Map<string, Interval>): Map<string, Interval> {
  const cover = new Map<string, number | null>();
  for (const [v] of ranges) cover.set(v, 1);
  for (let k = 0; k < level; k++) {
    for (const p of loops[k].parts) {
      const c = cover.get(p.var);
      if (c === undefined) continue;
      cover.set(p.var, c === null || p.stride === null || p.extent === null ? null : c + (p.extent - 1) * p.stride);
    }
  }
  const out = new Map<string, Interval>();
  for (const [v, r] of ranges) {
    const c = cover.get(v) ?? null;
    const full = extentOf(r);
    out.set(v, c === null || full === null || c >= full || !Number.isFinite(r.lo) ? r : span(r.lo, r.lo + c - 1));
  }
  return out;
}

/**
 * Whether `from` reads `to`, directly or through other Funcs. The Funcs each `from` reaches are
 * found once: a producer computed inside a long chain asks this of the same consumer for every Func.
 */
function reachability(ix: GraphIndex): (from: string, to: string) => boolean {
  const memo = new Map<string, Set<string>>();
  const reached = (from: string): Set<string> => {
    let seen = memo.get(from);
    if (seen) return seen;
    seen = new Set([from]);
    const stack = [from];
    while (stack.length) {
      const f = stack.pop()!;
      for (const s of ix.stagesOf.get(f) ?? []) {
        for (const c of s.calls) if (c.callee !== f && !seen.has(c.callee)) { seen.add(c.callee); stack.push(c.callee); }
      }
    }
    memo.set(from, seen);
    return seen;
  };
  return (from, to) => from === to || reached(from).has(to);
}

/** Shared by the producers placed at one loop: the seed is the same, so one query serves them all. */
interface AtContext {
  reaches: (from: string, to: string) => boolean;
  queries: Map<string, RegionQuery>;
}

/**
 * Resolve `at(C, v)` for producer `f`: the last stage of C that reads f with a loop matching v; the
 * region of f one iteration of that loop needs; how many iterations there are in all.
 */
function atLevel(ix: GraphIndex, f: string, c: Realization, v: string, cx: AtContext): { level: LoopLevel; region: Region | undefined; count: number | null } | null {
  const stages = c.stages.map((sl) => ({ sl, s: ix.stages.get(sl.stage)! }));
  const reading = stages.filter(({ s }) => s.calls.some((call) => call.callee !== s.func && cx.reaches(call.callee, f)));
  const candidates = [...(reading.length ? reading : stages)].reverse();
  const loopIndex = (loops: StageLoops['loops']) => (v === INNERMOST ? (loops.length ? 0 : -1) : findLoop(loops, v));
  const hit = candidates.map(({ sl, s }) => ({ sl, s, index: loopIndex(sl.loops) })).find((x) => x.index >= 0);
  if (!hit) return null;
  // The seed depends only on the consumer's realization, the loop and which of its stages read f.
  const key = [c.func, v, ...reading.map(({ s }) => s.id)].join('\0');
  let query = cx.queries.get(key);
  if (!query) {
    const demands = new Map<string, Region>();
    for (const { sl, s } of reading) {
      const ranges = stageExtents(ix, s, c.region);
      const i = loopIndex(sl.loops);
      const env = { ...stageEnv(ix, s, c.region), vars: i >= 0 ? tileEnv(sl.loops, i, ranges) : ranges };
      stageDemands(ix, s, env, demands);
    }
    cx.queries.set(key, (query = new RegionQuery(ix, demands)));
  }
  const region = query.get(f);
  const outer = prod(hit.sl.loops.slice(hit.index).map((l) => l.extent));
  return {
    level: { func: c.func, stage: hit.sl.stage, loop: hit.sl.loops[hit.index].name, index: hit.index },
    region,
    count: c.realizations === null || outer === null ? null : c.realizations * outer,
  };
}

function loopsFor(ix: GraphIndex, func: string, region: Region): StageLoops[] {
  return (ix.stagesOf.get(func) ?? []).map((s) => {
    const ext = new Map([...stageExtents(ix, s, region)].map(([k, v]) => [k, extentOf(v)]));
    return buildLoops(s, stageDirectives(ix, s), ext);
  });
}

/** Realization of every Func, consumers before producers (a compute_at target is resolved first). */
export function realizeAll(ix: GraphIndex, global = requiredRegions(ix)): Map<string, Realization> {
  const place = placements(ix);
  const out = new Map<string, Realization>();
  const cx: AtContext = { reaches: reachability(ix), queries: new Map() };
  for (const f of ix.order) {
    const placement = place.get(f)!;
    const notes: string[] = [];
    const whole = global.get(f) ?? [];
    const resolve = (p: FuncPlacement['compute']) => {
      if (p.kind !== 'at') return null;
      const c = out.get(p.func);
      if (!c || c.placement.compute.kind === 'inline') {
        notes.push(`${p.func} is not a realized consumer of ${f}: treated as root`);
        return null;
      }
      const r = atLevel(ix, f, c, p.var, cx);
      if (!r) notes.push(`no loop '${p.var}' in ${p.func}: treated as root`);
      return r;
    };
    if (placement.compute.kind === 'inline') {
      out.set(f, { func: f, placement, computeLevel: null, storeLevel: null, realizations: 0, region: whole, storeRegion: whole, storeRealizations: 0, stages: [], notes });
      continue;
    }
    const at = resolve(placement.compute);
    const region = at?.region ?? whole;
    const same = JSON.stringify(placement.store) === JSON.stringify(placement.compute);
    const st = same ? at : resolve(placement.store);
    out.set(f, {
      func: f, placement, notes,
      computeLevel: at?.level ?? null,
      storeLevel: st?.level ?? null,
      realizations: at ? at.count : 1,
      region,
      storeRegion: st?.region ?? (same ? region : whole),
      storeRealizations: st ? st.count : 1,
      stages: loopsFor(ix, f, region),
    });
  }
  return out;
}
