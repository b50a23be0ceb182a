// Derived per-stage quantities: the raw material of the cost model's features. Every number is per
// stage for the stated schedule; null means "unknown" (a missing estimate or an unreadable extent).
import type { OpCounts, Stage } from '../halide/graph';
import { type Region, extentOf, stageDomain } from './bounds';
import type { GraphIndex } from './graphIndex';
import { elemBytes } from './interval';
import type { Loop, LoopKind } from './loopnest';
import type { LoopLevel, Realization } from './realize';
import { type Folded, foldInlined, foldPerCallSite } from './inlineFold';
import { RegionQuery } from './regionQuery';

export interface StageQuantities {
  stage: string;
  func: string;
  placement: 'inline' | 'root' | 'at';
  computeAt: LoopLevel | null;
  storeAt: LoopLevel | null;
  /** Loops for one realization, innermost first (empty when inlined). */
  loops: { name: string; extent: number | null; kind: LoopKind }[];
  /** Points of this stage the outputs need over the whole pipeline (region x RVars), computed once. */
  pointsRequired: number | null;
  /** Iterations of the stage's loops per realization (product of loop extents: split tails round up). */
  pointsPerRealization: number | null;
  /** Times the Func's loop nest runs: product of the consumer's loop extents outside the level. */
  realizations: number | null;
  /**
   * Points actually computed over the pipeline: realizations x points per realization, or for a
   * Func stored outside its compute level (sliding window) at most what one storage holds per
   * storage allocation. Inlined stages: the points their consumers evaluate them at, per call site.
   */
  pointsComputed: number | null;
  /** pointsComputed / pointsRequired: > 1 when overlapping tiles (stencil halos) are recomputed. */
  recomputeFactor: number | null;
  /** Extent of the innermost loop. */
  innermostExtent: number | null;
  /** Extent of the vectorized loop (1 when none). */
  vectorWidth: number | null;
  /** Product of the extents of unrolled loops (1 when none). */
  unrollFactor: number | null;
  /** Parallel tasks per realization: product of parallel loop extents (1 when serial). */
  parallelTasks: number | null;
  /** Operation counts per point, with the bodies of inlined Funcs folded in. */
  ops: OpCounts;
  /** Funcs whose definitions are folded into this stage (transitively). */
  inlined: string[];
  /** Bytes loaded / stored per point (loads by element type after inlining; one store per value). */
  bytesReadPerPoint: number;
  bytesWrittenPerPoint: number;
  /** Bytes of one allocation of the Func (its region at the store level). */
  storageBytes: number | null;
  /**
   * Working set of one realization: the Func's own region plus the regions of the realized Funcs
   * and Inputs it reads (through inlined Funcs) in that realization.
   */
  workingSetBytes: number | null;
}

const prod = (xs: (number | null)[]): number | null => xs.reduce<number | null>((a, b) => (a === null || b === null ? null : a * b), 1);

function regionPoints(r: Region | undefined): number | null {
  return r ? prod(r.map(extentOf)) : null;
}

/** Bytes per point of a Func's values (Tuples add up). */
export function valueBytes(ix: GraphIndex, func: string): number {
  const s = ix.stagesOf.get(func)?.[0];
  if (!s) return elemBytes(ix.inputs.get(func)?.type);
  return s.types.reduce((a, t) => a + elemBytes(t), 0);
}

/** Realized Funcs and Inputs a stage reads, looking through inlined Funcs. */
function realizedCallees(ix: GraphIndex, stage: Stage, inline: (f: string) => boolean, out = new Set<string>(), seen = new Set<string>()): Set<string> {
  for (const c of stage.calls) {
    if (c.callee === stage.func || out.has(c.callee) || seen.has(c.callee)) continue;
    const pure = ix.stagesOf.get(c.callee)?.[0];
    if (inline(c.callee) && pure) {
      // Each inlined Func is walked once: inlined pyramids share bodies, and walking every path is exponential.
      seen.add(c.callee);
      realizedCallees(ix, pure, inline, out, seen);
    } else out.add(c.callee);
  }
  return out;
}

/**
 * The stages already in `out` that may call `f`, in the order they were added (callers are in
 * `order`, as `out` is filled; f's own earlier stages last): the same terms, summed in the same
 * order, as a scan of all of `out`, without scanning it once per inlined Func.
 */
function consumersDone(ix: GraphIndex, f: string, out: Map<string, StageQuantities>): StageQuantities[] {
  const done: StageQuantities[] = [];
  for (const caller of [...(ix.callers.get(f) ?? []), f]) {
    for (const s of ix.stagesOf.get(caller) ?? []) {
      const q = out.get(s.id);
      if (q) done.push(q);
    }
  }
  return done;
}

const kindProduct = (loops: Loop[], kind: LoopKind): number | null => prod(loops.filter((l) => l.kind === kind).map((l) => l.extent));

/** Per-stage quantities for every stage of every Func the outputs reach. */
export function stageQuantities(ix: GraphIndex, global: Map<string, Region>, real: Map<string, Realization>): StageQuantities[] {
  const isInline = (f: string): boolean => real.get(f)?.placement.compute.kind === 'inline';
  const memo = new Map<string, Folded>();
  const out = new Map<string, StageQuantities>();
  for (const f of ix.order) {
    const r = real.get(f);
    if (!r || !global.has(f)) continue;
    // Regions of what one realization reads, asked only for the realized Funcs and Inputs it reads.
    const perRealization = r.stages.length ? new RegionQuery(ix, new Map([[f, r.region]])) : null;
    for (const s of ix.stagesOf.get(f) ?? []) {
      const loops = r.stages.find((sl) => sl.stage === s.id)?.loops ?? [];
      const perReal = r.stages.length ? prod(loops.map((l) => l.extent)) : null;
      // CSE happens in the realized stage that the bodies end up in; an inlined Func's own node
      // describes one evaluation of it (and walking every inlined node's tree costs too much per edit).
      const folded = isInline(f) ? foldPerCallSite(ix, s, isInline, memo) : foldInlined(ix, s, isInline, memo);
      const loadBytes = Object.entries(folded.ops.load ?? {}).reduce((a, [t, n]) => a + n * elemBytes(t), 0);
      let computed: number | null;
      if (isInline(f)) {
        // Evaluated once per call site at every point of each (already processed) consumer stage.
        computed = 0;
        for (const q of consumersDone(ix, f, out)) {
          const calls = ix.stages.get(q.stage)!.calls.filter((c) => c.callee === f).length;
          if (calls) computed = computed === null || q.pointsComputed === null ? null : computed + calls * q.pointsComputed;
        }
      } else {
        computed = r.realizations === null || perReal === null ? null : r.realizations * perReal;
        // Sliding window: storage hoisted outside the compute level keeps values already computed.
        // Each stored point is computed once per allocation (times the stage's RVar iterations per point).
        const storeOnce = regionPoints(r.storeRegion);
        const regionOnce = regionPoints(r.region);
        if (r.storeLevel !== r.computeLevel && computed !== null && storeOnce !== null && r.storeRealizations !== null && regionOnce) {
          computed = Math.min(computed, r.storeRealizations * storeOnce * (perReal! / regionOnce));
        }
      }
      const required = stageDomain(ix, s, global.get(f)).points;
      const own = regionPoints(r.storeRegion);
      const storage = own === null ? null : own * valueBytes(ix, f);
      let ws: number | null = r.stages.length ? regionPoints(r.region) : null;
      ws = ws === null ? null : ws * valueBytes(ix, f);
      for (const c of realizedCallees(ix, s, isInline)) {
        const pts = regionPoints(perRealization?.get(c));
        ws = ws === null || pts === null ? null : ws + pts * valueBytes(ix, c);
      }
      out.set(s.id, {
        stage: s.id, func: f,
        placement: r.placement.compute.kind,
        computeAt: r.computeLevel, storeAt: r.storeLevel,
        loops: loops.map((l) => ({ name: l.name, extent: l.extent, kind: l.kind })),
        pointsRequired: required,
        pointsPerRealization: perReal,
        realizations: r.realizations,
        pointsComputed: computed,
        recomputeFactor: computed === null || !required ? null : computed / required,
        innermostExtent: loops[0]?.extent ?? null,
        vectorWidth: loops.length ? kindProduct(loops, 'vectorized') : null,
        unrollFactor: loops.length ? kindProduct(loops, 'unrolled') : null,
        parallelTasks: loops.length ? kindProduct(loops, 'parallel') : null,
        ops: folded.ops, inlined: [...folded.funcs],
        bytesReadPerPoint: loadBytes,
        bytesWrittenPerPoint: s.types.reduce((a, t) => a + elemBytes(t), 0),
        storageBytes: r.stages.length ? storage : null,
        workingSetBytes: ws,
      });
    }
  }
  return [...out.values()];
}
