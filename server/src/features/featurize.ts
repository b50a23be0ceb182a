// GeneratorGraph -> PipelineFeatures: one vector per stage of every Func the outputs need (inlined
// ones too, flagged), the producer -> consumer edges between them, and per-run globals.
import { type ElemType, type GeneratorGraph, generatorKey, type Stage } from '../halide/graph';
import { naturalLanes } from '../halide/target';
import { analyze, type Analysis } from '../analysis/index';
import { indexGraph, type GraphIndex } from '../analysis/graphIndex';
import { elemBytes, isFloatType } from '../analysis/interval';
import type { Invariants } from './affine';
import type { StageQuantities } from '../analysis/quantities';
import type { Loop } from '../analysis/loopnest';
import { accessFeatures, producerAccesses } from './access';
import { opFeatures } from './ops';
import { scheduleFeatures, memoryFeatures } from './schedule';
import { FEATURE_SCHEMA_VERSION, GLOBAL_FEATURE_NAMES, STAGE_FEATURE_NAMES, VECTOR_BYTES, log2p } from './schema';
import { FeatureVector } from './vector';
import { stageEdges } from './edges';
import { strideFeatures } from './stride';
import { bitingDims, clampFeatures } from './clamp';
import { moduloFeatures } from './modulo';

export interface StageFeatures { func: string; stage: number; name: string; x: number[] }

export interface PipelineFeatures {
  schema: number;
  generator: string;
  stages: StageFeatures[];
  edges: [number, number][];
  globals: number[];
  warnings: string[];
}

export interface FeaturizeOptions {
  threads: number;
  cores?: number;
  /** analyze(g) when the caller has it already (the language server computes it for diagnostics). */
  analysis?: Analysis;
}

/** Halide's own spelling of a stage: `f` for the pure definition, `f.update(k)` for updates. */
export function stageName(func: string, index: number): string {
  return index === 0 ? func : `${func}.update(${index - 1})`;
}

const ACCESSOR = /^\w+\.(width|height|channels|dim\(\d+\)\.(min|max|extent))\(\)$/;

/** Values that do not vary over a stage's loops: params, scalar inputs, buffer sizes. */
function invariants(ix: GraphIndex): Invariants {
  const runtimeScalars = new Set(ix.g.inputs.filter((i) => i.kind === 'scalar').map((i) => i.name));
  const known = [...ix.base.scalars].filter(([, s]) => s.lo === s.hi && Number.isFinite(s.lo)).map(([n, s]) => `${n}=${s.lo}`);
  return {
    key: `${known.sort().join(',')}|${[...runtimeScalars].sort().join(',')}`,
    scalar: (n) => {
      const s = ix.base.scalars.get(n);
      return s && s.lo === s.hi && Number.isFinite(s.lo) ? s.lo : null;
    },
    // A buffer's size is fixed for the run: invariant. Taken as offset 0 so that `h - 1 - r`
    // reads as a reversed reduction, not a stencil reaching thousands of points away.
    opaque: (text) => (ACCESSOR.test(text.replace(/\s+/g, '')) ? 0 : null),
    runtime: (n) => runtimeScalars.has(n),
  };
}

export function featurize(g: GeneratorGraph, opts: FeaturizeOptions): PipelineFeatures {
  const threads = Math.max(1, Math.floor(opts.threads));
  const ix = indexGraph(g);
  const a: Analysis = opts.analysis ?? analyze(ix);
  const warnings: string[] = [];
  const quantities = new Map(a.stages.map((q) => [q.stage, q]));
  // Producers first: reverse of the analysis's consumers-first Func order, updates in order.
  const order = [...a.funcs].reverse();
  const stages: { s: Stage; q: StageQuantities }[] = [];
  for (const fa of order) {
    for (const s of ix.stagesOf.get(fa.func) ?? []) {
      const q = quantities.get(s.id);
      if (q) stages.push({ s, q });
    }
    for (const n of fa.notes) warnings.push(`${fa.func}: ${n}`);
    for (const sl of fa.stages) for (const u of sl.unresolved) warnings.push(`${sl.stage}: ${u}`);
  }
  const consumers = new Map<string, Set<string>>();
  for (const e of g.edges) {
    const cf = ix.stages.get(e.consumer)?.func;
    if (cf && cf !== e.producer) (consumers.get(e.producer) ?? consumers.set(e.producer, new Set()).get(e.producer)!).add(e.consumer);
  }
  const inv = invariants(ix);
  const enclosing = enclosingParallel(a, quantities);
  const funcA = new Map(a.funcs.map((f) => [f.func, f]));
  const inlined = (f: string): boolean => funcA.get(f)?.placement.compute.kind === 'inline';
  const biting = new Map<string, boolean[]>();
  const bites = (b: string): boolean[] => biting.get(b) ?? biting.set(b, bitingDims(ix, a.bounds.regions, b)).get(b)!;
  const clampMemo = new Map<string, number>();
  const out: StageFeatures[] = [];
  const totals = { points: 0, ops: 0, bytes: 0, realized: 0, unknown: false };
  for (const { s, q } of stages) {
    const v = new FeatureVector(STAGE_FEATURE_NAMES);
    const fi = ix.funcs.get(s.func);
    const type = s.types[0] ?? null;
    const ops = opFeatures(q.ops);
    const accesses = producerAccesses(s, inv);
    const rvarExtents = s.rvars.map((r) => a.bounds.stages[s.id]?.vars[r.name]?.extent ?? null);
    const fa = funcA.get(s.func)!;
    const unresolved = fa.notes.length > 0 || fa.stages.some((sl) => sl.unresolved.length > 0);
    v.setAll({
      is_update: s.index > 0,
      is_output: ix.outputs.has(s.func),
      is_boundary: fi?.kind === 'boundary' || fi?.kind === 'lambda',
      num_dims: fi?.dims ?? s.args.length,
      value_bytes: s.types.reduce((n, t) => n + elemBytes(t), 0),
      value_is_float: type !== null && isFloatType(type),
      num_producers: accesses.length,
      num_consumers: consumers.get(s.func)?.size ?? 0,
      ...ops.features,
      num_inlined_funcs: q.inlined.length,
      num_rvars: s.rvars.length,
      log2_reduction_extent: s.rvars.length && rvarExtents.every((e) => e !== null) ? log2p(rvarExtents.reduce((p, e) => p! * e!, 1)!) : 0,
      ...accessFeatures(s, accesses, (n) => ix.inputs.has(n), inv),
    });
    const loops = fa.stages.find((sl) => sl.stage === s.id)?.loops ?? [];
    const ctx = { threads, naturalLanes: naturalLanesOf(g.target, type), atIndex: fa.computeLevel?.index ?? null, unresolved, arithPerPoint: ops.arith,
      enclosingTasks: enclosing.get(s.func) ?? 1, vectorContiguous: vectorContiguous(s, loops),
    };
    v.setAll(scheduleFeatures(q, ctx));
    v.setAll(strideFeatures(s, loops, q.placement === 'inline', inv));
    v.setAll(clampFeatures(s, loops, q.placement === 'inline', { ix, inline: inlined, region: fa.region, regions: a.bounds.regions, bites, memo: clampMemo }));
    v.setAll(moduloFeatures(s, loops, q.placement === 'inline', { ix, inline: inlined, bites, inv }));
    v.setAll(memoryFeatures(q, ctx));
    if (q.pointsComputed === null) warnings.push(`${s.id}: points computed unknown (missing estimate?)`);
    if (s.rvars.length && rvarExtents.some((e) => e === null)) warnings.push(`${s.id}: reduction extent unknown`);
    const x = v.finish();
    out.push({ func: s.func, stage: s.index, name: stageName(s.func, s.index), x });
    if (q.placement !== 'inline') {
      totals.realized++;
      totals.points += q.pointsComputed ?? 0;
      totals.ops += (q.pointsComputed ?? 0) * ops.arith;
      totals.bytes += (q.pointsComputed ?? 0) * (q.bytesReadPerPoint + q.bytesWrittenPerPoint);
    }
    totals.unknown ||= x[STAGE_FEATURE_NAMES.indexOf('unknown_points')] > 0 || q.loops.some((l) => l.extent === null);
  }
  return {
    schema: FEATURE_SCHEMA_VERSION,
    generator: generatorKey(g),
    stages: out,
    edges: stageEdges(g, out),
    globals: globalFeatures(g, opts, threads, out.length, totals),
    warnings,
  };
}

/** Whether the vectorized loop steps the stage's first LHS variable (the unit-stride dimension) by 1. */
function vectorContiguous(s: Stage, loops: Loop[]): boolean {
  const v = loops.find((l) => l.kind === 'vectorized');
  const first = s.argExprs[0];
  if (!v || first?.op !== 'var') return false;
  return v.parts.length > 0 && v.parts[0].var === first.name && v.parts[0].stride === 1;
}

/**
 * Parallel iterations around each Func's compute level: a Func computed at a loop inside a
 * consumer's parallel loop runs on every thread even with serial loops of its own.
 */
function enclosingParallel(a: Analysis, q: Map<string, StageQuantities>): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of a.funcs) {
    // Consumers come first in a.funcs, so the consumer's own value is known.
    const at = f.computeLevel;
    const loops = at ? q.get(at.stage)?.loops ?? [] : [];
    const own = loops.slice(at?.index ?? 0).filter((l) => l.kind === 'parallel').reduce((p, l) => p * (l.extent ?? 1), 1);
    out.set(f.func, at ? own * (out.get(at.func) ?? 1) : 1);
  }
  return out;
}

function globalFeatures(g: GeneratorGraph, opts: FeaturizeOptions, threads: number, n: number, t: { points: number; ops: number; bytes: number; realized: number; unknown: boolean }): number[] {
  const points = (io: GeneratorGraph['inputs'][number]): number | null =>
    io.kind === 'scalar' ? null : io.estimates.reduce<number | null>((p, e) => (p === null || !e || e.extent === null ? null : p * e.extent), 1);
  const inputBytes = g.inputs.reduce((s, io) => s + (points(io) ?? 0) * elemBytes(io.type), 0);
  const outputPoints = g.outputs.reduce((s, io) => s + (points(io) ?? 0), 0);
  const v = new FeatureVector(GLOBAL_FEATURE_NAMES);
  v.setAll({
    threads,
    cores: Math.max(1, opts.cores ?? threads),
    num_stages: n,
    num_realized_stages: t.realized,
    log2_total_points: log2p(t.points),
    log2_total_ops: log2p(t.ops),
    log2_total_bytes: log2p(t.bytes),
    log2_input_bytes: log2p(inputBytes),
    log2_output_points: log2p(outputPoints),
    any_unknown: t.unknown,
  });
  return v.finish();
}

/**
 * Lanes of one native vector of a type on the target the graph was read for (Halide's
 * natural_vector_size: 64 bytes with AVX-512, 32 with AVX2); 32-byte vectors when the target's SIMD
 * is not known.
 */
function naturalLanesOf(target: string | undefined, type: ElemType | null): number {
  const lanes = type ? naturalLanes(target, type) : undefined;
  return lanes ?? Math.max(1, Math.floor(VECTOR_BYTES / Math.max(1, elemBytes(type))));
}
