// Random schedules of our own, so the model sees more than what autoschedulers and people write:
// naive ones (everything inlined, everything at root) and random mixes of placement and loop
// shaping. Every schedule is legal by construction as far as the graph can tell; the rare one
// Halide still rejects fails its measurement and is dropped.
import type { DirectiveArg, GeneratorGraph, Stage } from '../halide/graph';
import type { ScheduleStep } from '../search/printer';
import { mulberry32 } from './prng';
import { naturalLanes } from '../halide/target';
import { rvarOrder } from '../analysis/loopnest';
import { unrollableUpdates } from '../search/space';

export type SamplerMode = 'inline' | 'root' | 'random';

/**
 * Random schedules come in rounds: seeds above ROUND_SEEDS * (round - 1) are round `round`'s. Round 1
 * (seeds 1..1000) is what sessions up to 28 measured and is drawn exactly as it was. Round 2 adds
 * what the search and Adams2019 write and round 1 never drew, so the model can learn what they cost:
 * producers inside a consumer that is itself computed at another Func's loop, reductions inside
 * their consumer's tile (when it reads them pointwise), small constant reductions unrolled, and
 * register blocks (an update's pure Vars tiled inside its RVars, the inner tile unrolled).
 */
export const ROUND_SEEDS = 1000;
export const SAMPLER_ROUND = 2;
/** Seed of round `round`'s k-th random schedule (k from 1). */
export const roundSeed = (round: number, k: number): number => (round - 1) * ROUND_SEEDS + k;

const rng = mulberry32;

const v = (name: string, rvar = false): DirectiveArg => ({ kind: 'var', name, rvar });
const int = (value: number): DirectiveArg => ({ kind: 'int', value });
const fn = (name: string): DirectiveArg => ({ kind: 'func', name });
/** Splits whose factor may exceed the extent must not shift inwards past the buffer's start. */
const guard: DirectiveArg = { kind: 'enum', type: 'TailStrategy', value: 'GuardWithIf' };

interface FuncInfo {
  name: string;
  stages: Stage[];
  pure: string[];
  consumers: Set<string>;
  /** Per consumer Func, the indices of its stages that call this Func. */
  callers: Map<string, Set<number>>;
  isOutput: boolean;
  /** Estimated extent per pure dimension (from the outputs' estimates; a proxy for producers). */
  extents: (number | null)[];
  /** Vector widths to draw from, in proportion to the target's natural width for the Func's type. */
  widths: number[];
  /** Update stage indices whose RVars the search may unroll whole (search/space.ts, UNROLL_RDOM_MAX). */
  unrollable: Set<number>;
}

/**
 * Vector widths a random schedule draws: 1/4 to 2x one float vector of AVX-512 when the Func holds
 * floats there, scaled by its natural width otherwise (64 lanes of uint8 on AVX-512, 8 floats on
 * AVX2), at most 64 lanes as the search tries. The search vectorizes at the natural width and
 * twice it; a model never shown 64 lanes of uint8 only guesses what they cost.
 */
export function sampleWidths(target: string | undefined, type: string | null | undefined): number[] {
  const lanes = naturalLanes(target, type ?? 'float32') ?? 16;
  const scale = Math.min(4, Math.max(0.5, lanes / 16));
  return [4, 8, 8, 16, 16, 32].map((w) => Math.max(2, Math.min(64, w * scale)));
}

function funcInfos(g: GeneratorGraph): FuncInfo[] {
  const rvarDims = new Map(g.rdoms.flatMap((rd) => rd.dims.map((d) => [d.name, d] as const)));
  const outputExtents = g.outputs[0]?.estimates.map((e) => e?.extent ?? null) ?? [];
  const stageById = new Map(g.stages.map((s) => [s.id, s]));
  return g.funcs.map((f) => {
    const stages = f.stages.map((id) => stageById.get(id)!);
    const callers = new Map<string, Set<number>>();
    for (const e of g.edges) {
      if (e.producer !== f.name) continue;
      const c = stageById.get(e.consumer);
      if (!c || c.func === f.name) continue;
      (callers.get(c.func) ?? callers.set(c.func, new Set()).get(c.func)!).add(c.index);
    }
    const consumers = new Set(callers.keys());
    const pure = stages[0]?.pureVars.length === stages[0]?.args.length ? stages[0].pureVars : [];
    const out = g.outputs.find((o) => o.name === f.name);
    const extents = pure.map((_, i) => (out ? out.estimates[i]?.extent ?? null : outputExtents[i] ?? null));
    const widths = sampleWidths(g.target, stages[0]?.types[0]);
    const unrollable = unrollableUpdates(stages, rvarDims);
    return { name: f.name, stages, pure, consumers, callers, isOutput: Boolean(out), extents, widths, unrollable };
  });
}

/** Widths for producers and updates: 1/4, 1/2 and one natural vector (4, 8, 16 floats on AVX-512). */
const smallWidths = (f: FuncInfo): number[] => [f.widths[0], f.widths[1], f.widths[3]];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/**
 * A producer's default tail rounds its region up to the vector width, which reads its own inputs
 * past the estimated input buffers; guarding keeps every sampled schedule runnable on them.
 */
const tail = (f: FuncInfo): DirectiveArg[] => (f.isOutput ? [] : [guard]);

/** Loop shaping of a stage computed at root: tile or split, vectorize, parallelize. */
function shapeRoot(f: FuncInfo, r: () => number, steps: ScheduleStep[]): string[] {
  const [x, y] = f.pure;
  const ex = f.extents[0] ?? 0;
  const loops = [...f.pure];
  if (!x) return loops;
  const vec = pick(r, f.widths);
  if (y && r() < 0.35 && ex >= 16) {
    const tx = pick(r, [16, 32, 64, 128, 256].filter((t) => t <= ex) as number[]) ?? 16;
    const ty = pick(r, [1, 2, 4, 8, 16, 32, 64]);
    steps.push({ func: f.name, stage: 0, name: 'tile', values: [v(x), v(y), v(`${x}o`), v(`${y}o`), v(`${x}i`), v(`${y}i`), int(tx), int(ty), guard] });
    if (r() < 0.75 && tx >= vec) steps.push({ func: f.name, stage: 0, name: 'vectorize', values: [v(`${x}i`), int(vec), ...tail(f)] });
    if (r() < 0.75) steps.push({ func: f.name, stage: 0, name: 'parallel', values: [v(`${y}o`)] });
    return [`${x}o`, `${y}o`, ...f.pure.slice(2)];
  }
  if (r() < 0.65 && ex >= vec) steps.push({ func: f.name, stage: 0, name: 'vectorize', values: [v(x), int(vec), ...tail(f)] });
  const outer = f.pure[f.pure.length - 1];
  if (f.pure.length > 1 && r() < 0.65) {
    const task = r() < 0.5 ? [] : [int(pick(r, [2, 4, 8, 16])), guard];
    steps.push({ func: f.name, stage: 0, name: 'parallel', values: [v(outer), ...task] });
  }
  if (y && y !== outer && r() < 0.15) steps.push({ func: f.name, stage: 0, name: 'unroll', values: [v(y), int(pick(r, [2, 4])), guard] });
  return loops;
}

/** Update stages: vectorize or parallelize pure Vars only (RVars carry the reduction's order). */
function shapeUpdates(f: FuncInfo, r: () => number, steps: ScheduleStep[], round: number, root: boolean): Map<number, string[]> {
  /** Per update stage the sampler split: its loops outside the RVars (where a producer may go), innermost first. */
  const reshaped = new Map<number, string[]>();
  for (const s of f.stages.slice(1)) {
    const pure = s.pureVars.filter((p) => f.pure.includes(p));
    if (round >= 2 && s.rvars.length && pure.length === s.pureVars.length && pure.length) {
      const loops = shapeReduction(f, s, pure, r, steps, root);
      if (loops) {
        reshaped.set(s.index, loops);
        continue;
      }
    }
    if (pure[0] && r() < 0.5 && (f.extents[f.pure.indexOf(pure[0])] ?? 0) >= 8) {
      steps.push({ func: f.name, stage: s.index, name: 'vectorize', values: [v(pure[0]), int(pick(r, smallWidths(f)))] });
    }
    const outer = pure[pure.length - 1];
    if (outer && outer !== pure[0] && r() < 0.4) steps.push({ func: f.name, stage: s.index, name: 'parallel', values: [v(outer)] });
  }
  return reshaped;
}

/**
 * Round 2's reduction shapes: the stage's loops outside its RVars, or null when none was drawn. A small constant reduction unrolled whole
 * under its vectorized pure loop (the search's `unrollR`), or a register block: the first two pure
 * Vars tiled, the tile moved inside the RVars, vectorized and unrolled, so each RVar step updates a
 * block of accumulators held in registers (what Adams2019 writes for matrix products).
 */
function shapeReduction(f: FuncInfo, s: Stage, pure: string[], r: () => number, steps: ScheduleStep[], root: boolean): string[] | null {
  const ext = (p: string) => f.extents[f.pure.indexOf(p)] ?? 0;
  const push = (name: string, values: DirectiveArg[]) => steps.push({ func: f.name, stage: s.index, name, values });
  const rvars = rvarOrder(s).map((rv) => v(rv, true));
  const x = r();
  if (f.unrollable.has(s.index) && x < 0.3) {
    push('reorder', [...s.pureVars.map((p) => v(p)), ...rvars]);
    for (const rv of rvars) push('unroll', [rv]);
    if (ext(pure[0]) >= 8) push('vectorize', [v(pure[0]), int(pick(r, smallWidths(f))), guard]);
    if (root && pure.length > 1 && r() < 0.5) push('parallel', [v(pure[pure.length - 1])]);
    return s.pureVars;
  }
  const [px, py] = pure;
  if (py && x < 0.6 && ext(px) >= 8) {
    const w = pick(r, smallWidths(f));
    const bx = w * pick(r, [1, 1, 2]);
    const by = pick(r, [2, 4, 4, 8]);
    push('split', [v(px), v(`${px}o`), v(`${px}i`), int(bx), guard]);
    push('split', [v(py), v(`${py}o`), v(`${py}i`), int(by), guard]);
    push('reorder', [v(`${px}i`), v(`${py}i`), ...rvars, v(`${px}o`), v(`${py}o`)]);
    push('vectorize', [v(`${px}i`), int(w), guard]);
    push('unroll', [v(`${py}i`)]);
    if (root && r() < 0.6) push('parallel', [v(pure.length > 2 ? pure[pure.length - 1] : `${py}o`)]);
    return [`${px}o`, `${py}o`, ...pure.slice(2)];
  }
  return null;
}

/**
 * Loops of `host` where `f` may be computed. `compute_at(host, v)` names a loop of host's last
 * stage, and Halide rejects it unless that loop encloses every use: so none when an earlier stage
 * uses f too, and an update's own Vars (not stage 0's tile loops `xo`, `yo`) when only it does.
 */
function atLoops(f: FuncInfo, host: FuncInfo, rootLoops: string[], reshaped?: Map<number, string[]>): string[] {
  const last = host.stages.length - 1;
  const uses = f.callers.get(host.name) ?? new Set<number>();
  if ([...uses].some((i) => i !== last)) return [];
  return last === 0 ? rootLoops : reshaped?.get(last) ?? host.stages[last].pureVars;
}

export function sampleSchedule(g: GeneratorGraph, mode: SamplerMode, seed = 0): ScheduleStep[] {
  const r = rng(seed * 7919 + 17);
  const round = Math.floor(Math.max(0, seed - 1) / ROUND_SEEDS) + 1;
  const infos = funcInfos(g);
  const byName = new Map(infos.map((f) => [f.name, f]));
  const steps: ScheduleStep[] = [];
  const placement = new Map<string, 'root' | 'inline' | 'at'>();
  const loopsOf = new Map<string, string[]>();
  /** Per Func, the loops of the update stages round 2 split (shapeUpdates). */
  const updateLoops = new Map<string, Map<number, string[]>>();
  /** Where each Func placed 'at' a root Func's loop went: that Func, and its loops from there outwards (innermost first). */
  const enclosing = new Map<string, { host: string; loops: string[] }>();
  // Consumers before producers: a producer's placement can refer to its consumer's loops.
  for (const f of [...infos].reverse()) {
    const hasUpdates = f.stages.length > 1;
    const canInline = !hasUpdates && !f.isOutput && f.pure.length === f.stages[0]?.args.length;
    let place: 'root' | 'inline' | 'at';
    if (f.isOutput) place = 'root';
    else if (mode === 'inline') place = canInline ? 'inline' : 'root';
    else if (mode === 'root') place = 'root';
    else {
      const consumers = [...f.consumers];
      const host = consumers.length === 1 ? byName.get(consumers[0]) : undefined;
      const hostPlace = host ? placement.get(host.name) : undefined;
      const hostLoops = host && hostPlace === 'root' ? atLoops(f, host, loopsOf.get(host.name) ?? [], updateLoops.get(host.name)) : [];
      // Round 2: inside a consumer that is itself at a root Func's loop, at that loop or outside it
      // (the search's nesting), or now and then at the consumer's own loops.
      const outer = round >= 2 && host && hostPlace === 'at' ? enclosing.get(host.name) : undefined;
      const own = outer && r() < 0.25 ? atLoops(f, host!, host!.pure, updateLoops.get(host!.name)) : [];
      const x = r();
      const cand = hostLoops.length ? { host: host!.name, loops: hostLoops, enclose: true }
        : own.length ? { host: host!.name, loops: own, enclose: false }
        : outer?.loops.length ? { host: outer.host, loops: outer.loops, enclose: true }
        : null;
      place = canInline && x < 0.35 ? 'inline' : cand && x < 0.65 ? 'at' : 'root';
      // A reduction or scan computed inside its consumer's loops redoes the whole reduction per
      // iteration (a histogram per output pixel): minutes per run, timeouts, nothing learned. Round
      // 2 allows it where the consumer reads it pointwise, at its own pure Vars (a matrix product
      // computed per output tile), which redoes nothing.
      if (place === 'at' && f.stages.some((st) => st.rvars.length > 0) && !(round >= 2 && host && readsPointwise(g, f, host))) place = 'root';
      if (place === 'at') {
        const loop = pick(r, cand!.loops);
        steps.push({ func: f.name, stage: 0, name: 'compute_at', values: [fn(cand!.host), v(loop)] });
        if (cand!.enclose) enclosing.set(f.name, { host: cand!.host, loops: cand!.loops.slice(cand!.loops.indexOf(loop)) });
        if (f.pure[0] && r() < 0.5 && (f.extents[0] ?? 0) >= 8) steps.push({ func: f.name, stage: 0, name: 'vectorize', values: [v(f.pure[0]), int(pick(r, smallWidths(f))), ...tail(f)] });
        updateLoops.set(f.name, shapeUpdates(f, r, steps, round, false));
      }
    }
    placement.set(f.name, place);
    if (place === 'root') {
      if (!f.isOutput) steps.push({ func: f.name, stage: 0, name: 'compute_root', values: [] });
      loopsOf.set(f.name, mode === 'random' ? shapeRoot(f, r, steps) : f.pure);
      if (mode === 'random') updateLoops.set(f.name, shapeUpdates(f, r, steps, round, true));
    }
  }
  return steps;
}

/**
 * Whether every call `host` makes to f is at the host stage's own pure Vars, one per dimension
 * (`f(x, y)`), and f's updates each write one point of their own Vars (`f(x, y) += ...`): then f
 * computed per host iteration computes only what that iteration reads. A scan (`f(x, r) = f(x, r - 1)
 * ...`) would run whole per iteration.
 */
function readsPointwise(g: GeneratorGraph, f: FuncInfo, host: FuncInfo): boolean {
  if (!f.stages.every((st) => st.args.length === f.pure.length && st.pureVars.length === st.args.length)) return false;
  const hostStages = new Map(host.stages.map((s) => [s.id, s]));
  const edges = g.edges.filter((e) => e.producer === f.name && hostStages.has(e.consumer));
  return edges.length > 0 && edges.every((e) => {
    const st = hostStages.get(e.consumer)!;
    return e.argExprs.every((args) => args.length === f.pure.length && args.every((a, i) => a.op === 'var' && a.name === st.pureVars[i]));
  });
}
