// Required regions: from the output estimates back through every call's index expressions to the
// region of each Func and Input, by interval arithmetic per dimension. Regions are whole-pipeline
// (where a Func is computed does not change what the outputs need of it); per-realization regions
// push a tile of the consumer's loops (`stageDemands`) through the same steps, on demand
// (regionQuery.ts).
import { type GeneratorGraph, type Stage, stageKey } from '../halide/graph';
import { type GraphIndex, argVar, definitionKey, indexGraph, rvarRange } from './graphIndex';
import { rvarOrder } from './loopnest';
import { type EvalEnv, type Interval, UNKNOWN, evalInterval, intersect, isBounded, span, union } from './interval';
import { KeyedMemo } from './memo';

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

/**
 * `cur` widened by one more read. The result has the read's dimensions (as many as that call has
 * arguments), so the order reads are merged in matters when calls disagree on the count.
 */
export function mergeRegion(cur: Region | undefined, region: Region): Region {
  // Indices are integers: widen any fractional end outwards.
  const r = region.map((i) => ({ lo: Math.floor(i.lo), hi: Math.ceil(i.hi), float: false }));
  return cur ? r.map((i, k) => union(cur[k], i)) : r;
}

function merge(into: Map<string, Region>, name: string, region: Region): void {
  into.set(name, mergeRegion(into.get(name), region));
}

/** Each call of the stage to another Func or Input, with the region it reads under `env`, in call order. */
function stageReads(ix: GraphIndex, stage: Stage, env: EvalEnv, read: (callee: string, region: Region) => void): void {
  const boundary = ix.funcs.get(stage.func)?.kind === 'boundary';
  for (const call of stage.calls) {
    if (call.callee === stage.func) continue;
    let region = call.argExprs.map((e) => evalInterval(e, env));
    const base = boundary ? wrappedInput(ix, call.callee) : null;
    const clip = base ? estimateRegion(ix, base) : null;
    if (clip) region = region.map((r, i) => (clip[i] ? intersect(r, clip[i]) : r));
    read(call.callee, region);
  }
}

/** Region of each callee (Func or Input, not the stage's own Func) the stage reads under `env`. */
export function stageDemands(ix: GraphIndex, stage: Stage, env: EvalEnv, into = new Map<string, Region>()): Map<string, Region> {
  stageReads(ix, stage, env, (callee, region) => merge(into, callee, region));
  return into;
}

/**
 * Memo per index, keyed on a Func and the value of a region: the whole-pipeline bounds and the
 * per-realization queries mostly realize a Func over regions equal in value (a root Func's
 * realization is its whole region; an inlined Func with one consumer gets the same demand in both),
 * and evaluating index expressions again would give the same intervals.
 */
interface RegionMemo { realized: Map<string, Region>; reads: Map<string, FuncReads> }
const MEMO = new WeakMap<GraphIndex, RegionMemo>();

function memoOf(ix: GraphIndex): RegionMemo {
  let m = MEMO.get(ix);
  if (!m) MEMO.set(ix, (m = { realized: new Map(), reads: new Map() }));
  return m;
}

/** -0 apart from 0 (evaluation can tell them apart); every other double prints uniquely. */
const keyNum = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));

function regionKey(func: string, r: Region): string {
  let k = func;
  for (const i of r) k += `\0${keyNum(i.lo)},${keyNum(i.hi)},${i.float ? 1 : 0}`;
  return k;
}

/** What a Func's stages read when it is realized over a region: every call, in stage and call order. */
export interface FuncReads {
  calls: [callee: string, region: Region][];
  /** The same reads grouped by callee, built when first asked. */
  byCallee?: Map<string, Region[]>;
}

export function funcReads(ix: GraphIndex, func: string, region: Region): FuncReads {
  const memo = memoOf(ix).reads;
  const key = regionKey(func, region);
  let out = memo.get(key);
  if (!out) {
    const calls: FuncReads['calls'] = [];
    for (const s of ix.stagesOf.get(func) ?? []) stageReads(ix, s, stageEnv(ix, s, region), (callee, r) => calls.push([callee, r]));
    memo.set(key, (out = { calls }));
  }
  return out;
}

/** What a Func realized over `region` reads of `callee`, in stage and call order. */
export function readsOf(ix: GraphIndex, func: string, region: Region, callee: string): Region[] {
  const reads = funcReads(ix, func, region);
  if (!reads.byCallee) {
    reads.byCallee = new Map();
    for (const [c, r] of reads.calls) (reads.byCallee.get(c) ?? reads.byCallee.set(c, []).get(c)!).push(r);
  }
  return reads.byCallee.get(callee) ?? [];
}

/** Per index: each Func's `bound` directives, read once (every realized region of the Func asks). */
const BOUND = new WeakMap<GraphIndex, Map<string, Map<number, Interval>>>();

/** Dimension positions fixed by `f.bound(var, min, extent)`. */
function boundDirectives(ix: GraphIndex, func: string): Map<number, Interval> {
  let perFunc = BOUND.get(ix);
  if (!perFunc) BOUND.set(ix, (perFunc = new Map()));
  let out = perFunc.get(func);
  if (out) return out;
  perFunc.set(func, (out = new Map()));
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
export function realizedRegion(ix: GraphIndex, func: string, demand: Region): Region {
  const memo = memoOf(ix).realized;
  const key = regionKey(func, demand);
  let out = memo.get(key);
  if (!out) memo.set(key, (out = computeRealizedRegion(ix, func, demand)));
  return out;
}

function computeRealizedRegion(ix: GraphIndex, func: string, demand: Region): Region {
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
export function inputRegion(ix: GraphIndex, name: string, demand: Region): Region {
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
    for (const [callee, r] of funcReads(ix, f, region).calls) merge(pending, callee, r);
  }
  for (const [name, d] of pending) if (ix.inputs.has(name)) regions.set(name, inputRegion(ix, name, d));
  return regions;
}

/**
 * Whole-pipeline regions and bounds do not depend on the schedule, except through `bound`: a schedule
 * search analyses one definition under thousands of schedules. Memoized per definition: the graph's
 * arrays (a graph is a value: an edit makes new arrays) and its `bound` directives.
 */
interface Whole { regions: Map<string, Region>; bounds?: BoundsResult }
const WHOLE = new KeyedMemo<readonly Stage[], Whole>();
function whole(ix: GraphIndex): Whole {
  const g = ix.g;
  const bounds = g.schedule.filter((d) => d.name === 'bound' && d.applies && d.modelled).map((d) => [d.func, d.stage, d.values]);
  return WHOLE.get(g.stages, `${definitionKey(g)}|${JSON.stringify(bounds)}`, () => ({ regions: regionsOf(ix) }));
}

/** Whole-pipeline regions, seeded by the outputs' estimates (unknown where an estimate is missing). Shared: do not modify. */
export function requiredRegions(ix: GraphIndex): Map<string, Region> {
  return whole(ix).regions;
}

function regionsOf(ix: GraphIndex): Map<string, Region> {
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

/** Whole-pipeline regions and their bounds as JSON, made once per definition (see `whole`). Shared: do not modify. */
export function pipelineBounds(ix: GraphIndex): { regions: Map<string, Region>; bounds: BoundsResult } {
  const w = whole(ix);
  return { regions: w.regions, bounds: (w.bounds ??= boundsOf(ix, w.regions)) };
}

/**
 * Regions of every Func and Input and the iteration domain of every stage, as JSON. `regions`:
 * this index's `requiredRegions`, when the caller has them already.
 */
export function computeBounds(g: GeneratorGraph | GraphIndex, regions?: Map<string, Region>): BoundsResult {
  const ix = 'order' in g ? g : indexGraph(g);
  const w = whole(ix);
  if (regions === undefined || regions === w.regions) return (w.bounds ??= boundsOf(ix, w.regions));
  return boundsOf(ix, regions);
}

function boundsOf(ix: GraphIndex, regions: Map<string, Region>): BoundsResult {
  const out: BoundsResult = { regions: {}, stages: {} };
  for (const [name, r] of regions) out.regions[name] = r.map(toDimRange);
  for (const s of ix.g.stages) if (regions.has(s.func)) out.stages[s.id] = stageDomain(ix, s, regions.get(s.func));
  return out;
}
