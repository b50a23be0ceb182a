// Required regions: from the output estimates back through every call's index expressions to the
// region of each Func and Input, by interval arithmetic per dimension. Regions are whole-pipeline
// (where a Func is computed does not change what the outputs need of it); per-realization regions
// reuse `stageDemands` + `propagate` with a tile of the consumer's loops as the seed.
import type { GeneratorGraph, Stage } from '../halide/graph';
import { type GraphIndex, argVar, indexGraph, rvarRange, stageKey } from './graphIndex';
import { rvarOrder } from './loopnest';
import { type EvalEnv, type Interval, UNKNOWN, evalInterval, intersect, isBounded, span, union } from './interval';

/** One interval per dimension; ±Infinity ends where unknown. */
export type Region = Interval[];

/** JSON form of one dimension: null where unknown. */
export interface DimRange { min: number | null; extent: number | null }

export interface StageDomain {
  /** Range of each pure Var and RVar the stage's loops iterate over. */
  vars: Record<string, DimRange>;
  /** Product of those extents: the points one full evaluation of the stage visits. */
  points: number | null;
}

export interface BoundsResult {
  /** Region of every Func and Input the outputs need, per dimension. */
  regions: Record<string, DimRange[]>;
  stages: Record<string, StageDomain>;
}

export function toDimRange(i: Interval): DimRange {
  if (isBounded(i)) return { min: i.lo, extent: Math.max(0, i.hi - i.lo + 1) };
  return { min: Number.isFinite(i.lo) ? i.lo : null, extent: null };
}

export function extentOf(i: Interval): number | null {
  return isBounded(i) ? Math.max(0, i.hi - i.lo + 1) : null;
}

/** Variables of a stage: pure Vars over `region` at their LHS position, RVars over their RDom. */
export function stageEnv(ix: GraphIndex, stage: Stage, region: Region, overrides?: Map<string, Interval>): EvalEnv {
  const vars = new Map<string, Interval>();
  stage.argExprs.forEach((e, i) => {
    const v = argVar(e);
    if (v && stage.pureVars.includes(v)) vars.set(v, region[i] ?? UNKNOWN);
  });
  for (const rv of stage.rvars) vars.set(rv.name, rvarRange(ix, rv.name));
  for (const [k, v] of overrides ?? []) vars.set(k, v);
  return { ...ix.base, vars };
}

/** The loop variables of a stage and their ranges, innermost-first as Halide's default dims. */
export function stageVars(stage: Stage, env: EvalEnv): [string, Interval][] {
  return [...rvarOrder(stage), ...stage.pureVars].map((v) => [v, env.vars.get(v) ?? UNKNOWN]);
}

/** A boundary condition reads its input only inside the input's bounds: the input it wraps, if any. */
function wrappedInput(ix: GraphIndex, callee: string): string | null {
  if (ix.inputs.has(callee)) return callee;
  const f = ix.funcs.get(callee);
  const calls = f?.kind === 'lambda' ? ix.stagesOf.get(callee)?.[0]?.calls ?? [] : [];
  return calls.length === 1 && ix.inputs.has(calls[0].callee) ? calls[0].callee : null;
}

function estimateRegion(ix: GraphIndex, input: string): Region | null {
  const est = ix.inputs.get(input)?.estimates ?? [];
  if (!est.length || est.some((e) => !e || e.min === null || e.extent === null)) return null;
  return est.map((e) => span(e!.min!, e!.min! + e!.extent! - 1));
}

function merge(into: Map<string, Region>, name: string, region: Region): void {
  const cur = into.get(name);
  // Indices are integers: widen any fractional end outwards.
  const r = region.map((i) => ({ lo: Math.floor(i.lo), hi: Math.ceil(i.hi), float: false }));
  into.set(name, cur ? r.map((i, k) => union(cur[k], i)) : r);
}

/** Region of each callee (Func or Input, not the stage's own Func) the stage reads under `env`. */
export function stageDemands(ix: GraphIndex, stage: Stage, env: EvalEnv, into = new Map<string, Region>()): Map<string, Region> {
  const boundary = ix.funcs.get(stage.func)?.kind === 'boundary';
  for (const call of stage.calls) {
    if (call.callee === stage.func) continue;
    let region = call.argExprs.map((e) => evalInterval(e, env));
    const base = boundary ? wrappedInput(ix, call.callee) : null;
    const clip = base ? estimateRegion(ix, base) : null;
    if (clip) region = region.map((r, i) => (clip[i] ? intersect(r, clip[i]) : r));
    merge(into, call.callee, region);
  }
  return into;
}

/** Dimension positions fixed by `f.bound(var, min, extent)`. */
function boundDirectives(ix: GraphIndex, func: string): Map<number, Interval> {
  const out = new Map<number, Interval>();
  const args = ix.stagesOf.get(func)?.[0]?.args ?? [];
  for (const d of ix.directives.get(stageKey(func, 0)) ?? []) {
    const [v, mn, ex] = d.values;
    if (d.name !== 'bound' || v?.kind !== 'var' || mn?.kind !== 'int' || ex?.kind !== 'int') continue;
    const pos = args.indexOf(v.name);
    if (pos >= 0) out.set(pos, span(mn.value, mn.value + ex.value - 1));
  }
  return out;
}

/**
 * The region a Func is realized over given what its consumers demand: update stages add their own
 * footprint (scatters, scans), an unbounded (data-dependent) side falls back to that footprint,
 * and `bound` directives fix a dimension outright.
 */
function realizedRegion(ix: GraphIndex, func: string, demand: Region): Region {
  const dims = Math.max(demand.length, ix.funcs.get(func)?.dims ?? 0);
  const region: Region = Array.from({ length: dims }, (_, i) => demand[i] ?? UNKNOWN);
  const own = new Map<string, Region>();
  for (const s of ix.stagesOf.get(func) ?? []) {
    const env = stageEnv(ix, s, region);
    if (s.kind === 'update') merge(own, func, s.argExprs.map((e) => evalInterval(e, env)));
    for (const c of s.calls) if (c.callee === func) merge(own, func, c.argExprs.map((e) => evalInterval(e, env)));
  }
  const fp = own.get(func);
  const fixed = boundDirectives(ix, func);
  return region.map((d, i) => {
    const f = fp?.[i];
    if (fixed.has(i)) return fixed.get(i)!;
    if (!f) return d;
    return {
      lo: Number.isFinite(d.lo) ? Math.min(d.lo, f.lo) : f.lo,
      hi: Number.isFinite(d.hi) ? Math.max(d.hi, f.hi) : f.hi,
      float: false,
    };
  });
}

/** An Input's region: what is read, with unknown (data-dependent) sides taken from its estimate. */
function inputRegion(ix: GraphIndex, name: string, demand: Region): Region {
  const est = ix.inputs.get(name)?.estimates ?? [];
  return demand.map((d, i) => {
    const e = est[i];
    if (!e || e.min === null || e.extent === null) return d;
    return { lo: Number.isFinite(d.lo) ? d.lo : e.min, hi: Number.isFinite(d.hi) ? d.hi : e.min + e.extent - 1, float: false };
  });
}

/** Push demands back through the graph, consumers before producers; returns every region reached. */
export function propagate(ix: GraphIndex, demands: Map<string, Region>): Map<string, Region> {
  const pending = new Map(demands);
  const regions = new Map<string, Region>();
  for (const f of ix.order) {
    const d = pending.get(f);
    if (!d) continue;
    const region = realizedRegion(ix, f, d);
    regions.set(f, region);
    for (const s of ix.stagesOf.get(f) ?? []) stageDemands(ix, s, stageEnv(ix, s, region), pending);
  }
  for (const [name, d] of pending) if (ix.inputs.has(name)) regions.set(name, inputRegion(ix, name, d));
  return regions;
}

/** Whole-pipeline regions, seeded by the outputs' estimates (unknown where an estimate is missing). */
export function requiredRegions(ix: GraphIndex): Map<string, Region> {
  const seeds = new Map<string, Region>();
  for (const o of ix.g.outputs) {
    if (!ix.funcs.has(o.name)) continue;
    const dims = Math.max(o.dims, ix.funcs.get(o.name)!.dims);
    seeds.set(o.name, Array.from({ length: dims }, (_, i) => {
      const e = o.estimates[i];
      return e && e.min !== null && e.extent !== null ? span(e.min, e.min + e.extent - 1) : UNKNOWN;
    }));
  }
  return propagate(ix, seeds);
}

export function stageDomain(ix: GraphIndex, stage: Stage, region: Region | undefined): StageDomain {
  const env = stageEnv(ix, stage, region ?? []);
  const vars: Record<string, DimRange> = {};
  let points: number | null = 1;
  for (const [v, i] of stageVars(stage, env)) {
    vars[v] = toDimRange(i);
    const e = extentOf(i);
    points = e === null || points === null ? null : points * e;
  }
  return { vars, points };
}

/** Regions of every Func and Input and the iteration domain of every stage, as JSON. */
export function computeBounds(g: GeneratorGraph | GraphIndex): BoundsResult {
  const ix = 'order' in g ? g : indexGraph(g);
  const regions = requiredRegions(ix);
  const out: BoundsResult = { regions: {}, stages: {} };
  for (const [name, r] of regions) out.regions[name] = r.map(toDimRange);
  for (const s of ix.g.stages) if (regions.has(s.func)) out.stages[s.id] = stageDomain(ix, s, regions.get(s.func));
  return out;
}
