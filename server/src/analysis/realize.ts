// Realizations: where each Func's loop nest runs, how often, and over what region each time.
// A Func computed at loop `v` of consumer C is realized once per iteration of C's loops outside and
// including `v`; each time over the region C's iterations inside `v` (a tile) need of it, found by
// pushing that tile's footprint back through the graph exactly as the whole-pipeline bounds are.
import type { Stage } from '../halide/graph';
import { type Region, extentOf, propagate, requiredRegions, stageDemands, stageEnv, stageVars } from './bounds';
import type { GraphIndex } from './graphIndex';
import { type Interval, span } from './interval';
import { type FuncPlacement, type Loop, type StageLoops, buildLoops, findLoop, placements, stageDirectives } from './loopnest';

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

/** Whether `from` reads `to`, directly or through other Funcs. */
function reaches(ix: GraphIndex, from: string, to: string, seen = new Set<string>()): boolean {
  if (from === to) return true;
  if (seen.has(from)) return false;
  seen.add(from);
  return (ix.stagesOf.get(from) ?? []).some((s) => s.calls.some((c) => c.callee !== from && reaches(ix, c.callee, to, seen)));
}

/**
 * Resolve `at(C, v)` for producer `f`: the last stage of C that reads f with a loop matching v; the
 * region of f one iteration of that loop needs; how many iterations there are in all.
 */
function atLevel(ix: GraphIndex, f: string, c: Realization, v: string): { level: LoopLevel; region: Region | undefined; count: number | null } | null {
  const stages = c.stages.map((sl) => ({ sl, s: ix.stages.get(sl.stage)! }));
  const reading = stages.filter(({ s }) => s.calls.some((call) => call.callee !== s.func && reaches(ix, call.callee, f)));
  const candidates = [...(reading.length ? reading : stages)].reverse();
  const hit = candidates.map(({ sl, s }) => ({ sl, s, index: findLoop(sl.loops, v) })).find((x) => x.index >= 0);
  if (!hit) return null;
  const demands = new Map<string, Region>();
  for (const { sl, s } of reading) {
    const ranges = stageExtents(ix, s, c.region);
    const i = findLoop(sl.loops, v);
    const env = { ...stageEnv(ix, s, c.region), vars: i >= 0 ? tileEnv(sl.loops, i, ranges) : ranges };
    stageDemands(ix, s, env, demands);
  }
  const region = propagate(ix, demands).get(f);
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
      const r = atLevel(ix, f, c, p.var);
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
