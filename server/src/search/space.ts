// The schedule space of one generator: per Func, what may be searched (or what the user wrote and
// is kept), and the choices a Func can take. Legality rules follow the sampler's (collect/sampler.ts),
// which Halide 14 taught us: producers' splits guard their tails, RVars are never vectorized or
// parallelized, compute_at names only loops of the host stage that makes every call.
import type { Directive, GeneratorGraph, IndexExpr, Stage } from '../halide/graph';
import { indexGraph } from '../analysis/graphIndex';
import { computeBounds } from '../analysis/bounds';
import { elemBytes } from '../analysis/interval';
import { naturalLanes } from '../halide/target';

export type Place = { kind: 'inline' } | { kind: 'root' } | { kind: 'at'; host: string; loop: string };

/** Loop shaping of a Func's stages. vec = lanes (0: none); tile = [tx, ty] over the two innermost pure dims. */
export interface Shape { vec: number; tile: [number, number] | null; par: boolean; unroll: boolean }
/**
 * Loop shaping of a Func's updates. unrollR: a small reduction of compile-time-constant extent is
 * unrolled under the vectorized pure loop (max_pool's 3x3, a box filter's taps): the accumulator
 * stays in registers, as hand schedules write `update().unroll(r.x).unroll(r.y)`.
 */
export interface UpdateShape {
  vec: number; par: boolean; pureInside: boolean; unrollR?: boolean;
  /**
   * A register block [bx, by]: the update's two innermost pure Vars split by bx and by, the block
   * moved inside the RVars, vectorized across bx and unrolled across by, so each RVar step updates
   * bx x by accumulators held in registers (what Adams2019 and BLAS kernels write for a matrix
   * product) instead of loading and storing each point once per step.
   */
  block?: [number, number];
}
export interface Choice { place: Place; shape: Shape; upd: UpdateShape }

export interface FuncSpace {
  name: string;
  stages: Stage[];
  /** Stage 0's pure Vars when every argument is one (else no loop shaping). */
  pure: string[];
  /** Extent of each pure dimension over the whole pipeline (null: unknown). */
  extents: (number | null)[];
  lanes: number;
  isOutput: boolean;
  canInline: boolean;
  hasUpdates: boolean;
  /** Per consumer Func, the indices of its stages that call this Func. */
  callers: Map<string, Set<number>>;
  /** The user's directives in force, kept as they are: the Func is not searched (but see onTop). */
  fixed: Directive[] | null;
  /**
   * A Func the generator orders but does not otherwise shape, always (outside the manual branch): an
   * interleaved output's `reorder(c, x, y).unroll(c)`, a `compute_root()`. Those stay, and its
   * vector width and parallel loop are searched on top, as its authors would write in the manual
   * branch. Null for every other Func.
   */
  onTop: LoopOrder | null;
  /** Per update stage index: whether its RVars can be unrolled (UNROLL_RDOM_MAX). */
  unrollableUpdates: Set<number>;
}

/** Largest reduction (product of its RVars' extents) unrolled whole: a 5x5 window. */
export const UNROLL_RDOM_MAX = 25;

/**
 * Constant extent of an RVar when Halide knows it at compile time (literals and GeneratorParams,
 * folded by the front end): `unroll(r)` without a factor fails on anything else, an extent read
 * from a buffer or a scalar Input included.
 */
function compileTimeConstant(e: IndexExpr): number | null {
  return e.op === 'const' && Number.isInteger(e.value) ? e.value : null;
}

export function unrollableUpdates(stages: Stage[], rvarDims: Map<string, { extent: IndexExpr }>): Set<number> {
  const out = new Set<number>();
  for (const s of stages.slice(1)) {
    if (!s.rvars.length) continue;
    let n = 1;
    for (const r of s.rvars) {
      const d = rvarDims.get(r.name);
      const k = d ? compileTimeConstant(d.extent) : null;
      n = k !== null && k > 0 ? n * k : Infinity;
    }
    if (n <= UNROLL_RDOM_MAX) out.add(s.index);
  }
  return out;
}

/** A Func's pure loops after the kept directives, innermost first, and those they unroll. */
export interface LoopOrder { order: string[]; unrolled: string[] }

/** Kept directives that leave a Func's loops to be vectorized and parallelized on top. */
const ORDER_ONLY = new Set(['reorder', 'unroll', 'bound', 'bound_extent', 'reorder_storage', 'align_bounds', 'align_storage', 'compute_root', 'store_root']);

/** The loop order `kept` leaves `pure` in, when the kept directives only order it (else null). */
function loopOrderOf(pure: string[], kept: Directive[] | undefined): LoopOrder | null {
  if (!kept?.length || !pure.length) return null;
  if (!kept.every((d) => d.branch === 'always' && d.stage === 0 && ORDER_ONLY.has(d.name))) return null;
  const order = [...pure];
  const unrolled: string[] = [];
  for (const d of kept) {
    const vars = d.values.map((a) => (a.kind === 'var' && !a.rvar ? a.name : null));
    if (d.name === 'unroll') {
      // unroll(x, factor) splits: the loop is then no longer one of the pure ones.
      if (d.values.length !== 1 || !vars[0] || !order.includes(vars[0])) return null;
      unrolled.push(vars[0]);
    } else if (d.name === 'reorder') {
      if (vars.some((x) => x === null || !order.includes(x))) return null;
      // The named loops take the places they held among themselves, in the order given.
      const slots = order.map((x, i) => (vars.includes(x) ? i : -1)).filter((i) => i >= 0);
      slots.forEach((slot, k) => { order[slot] = vars[k]!; });
    }
  }
  return { order, unrolled };
}

export interface Space {
  g: GeneratorGraph;
  /** Consumers before producers. */
  funcs: FuncSpace[];
  byName: Map<string, FuncSpace>;
  threads: number;
  /** The Halide target searched for (its vector width decides code sizes): undefined when unknown. */
  target?: string;
}

/**
 * Lanes of one native vector of `type` on `target` (Halide's natural_vector_size; 16 bytes when the
 * target's SIMD is unknown): the width the search vectorizes at and multiplies.
 */
export function vectorLanes(target: string | undefined, type: string | null | undefined): number {
  return naturalLanes(target, type ?? 'float32') ?? Math.max(1, Math.floor(16 / elemBytes(type)));
}

export type StartFrom = 'source' | 'scratch';

/**
 * `source`: Funcs the user scheduled keep their directives; `scratch`: only directives outside the
 * manual branch are kept (Halide applies those whatever a schedule file says). A Func computed at
 * a kept Func's loop keeps that host too, so the loop it names still exists.
 */
function keptDirectives(g: GeneratorGraph, from: StartFrom): Map<string, Directive[]> {
  const kept = new Map<string, Directive[]>();
  for (const d of g.schedule) {
    if (!d.applies || d.source !== 'source') continue;
    if (from === 'scratch' && d.branch !== 'always') continue;
    (kept.get(d.func) ?? kept.set(d.func, []).get(d.func)!).push(d);
  }
  let grew = true;
  while (grew) {
    grew = false;
    for (const ds of [...kept.values()]) {
      for (const d of ds) {
        const host = d.name === 'compute_at' || d.name === 'store_at' ? d.values[0] : undefined;
        if (host?.kind === 'func' && !kept.has(host.name)) { kept.set(host.name, []); grew = true; }
      }
    }
  }
  return kept;
}

export function buildSpace(g: GeneratorGraph, opts: { threads: number; target?: string; from: StartFrom }): Space {
  const ix = indexGraph(g);
  const regions = computeBounds(ix).regions;
  const kept = keptDirectives(g, opts.from);
  const funcs: FuncSpace[] = [];
  for (const name of ix.order) {
    const stages = ix.stagesOf.get(name) ?? [];
    if (!stages.length) continue;
    const s0 = stages[0];
    const pure = s0.pureVars.length === s0.args.length ? s0.pureVars : [];
    const callers = new Map<string, Set<number>>();
    for (const e of g.edges) {
      if (e.producer !== name) continue;
      const c = ix.stages.get(e.consumer);
      if (!c || c.func === name) continue;
      (callers.get(c.func) ?? callers.set(c.func, new Set()).get(c.func)!).add(c.index);
    }
    const isOutput = ix.outputs.has(name);
    const hasUpdates = stages.length > 1;
    // An extern stage's loops are its C code's: not searched. What it reads is realized for it.
    const isExtern = ix.funcs.get(name)?.extern !== undefined;
    const feedsExtern = [...callers.keys()].some((c) => ix.funcs.get(c)?.extern !== undefined);
    const region = regions[name] ?? [];
    // Computed at root by the generator itself (an output, or compute_root kept): only then is its
    // placement settled and its loops free to shape.
    const onTop = !isExtern && !hasUpdates && (isOutput || kept.get(name)?.some((d) => d.name === 'compute_root')) ? loopOrderOf(pure, kept.get(name)) : null;
    funcs.push({
      name, stages, pure, isOutput, hasUpdates, callers, onTop,
      extents: pure.map((_, i) => region[i]?.extent ?? null),
      lanes: vectorLanes(opts.target, s0.types[0]),
      canInline: !hasUpdates && !isOutput && pure.length > 0 && !onTop && !feedsExtern,
      fixed: kept.get(name) ?? (isExtern ? [] : null),
      unrollableUpdates: unrollableUpdates(stages, ix.rvarDims),
    });
  }
  const byName = new Map(funcs.map((f) => [f.name, f]));
  pinConsumersInside(funcs, byName);
  return { g, funcs, byName, threads: opts.threads, target: opts.target };
}

/**
 * A kept Func computed at a host's loop exists only inside that loop: Halide rejects any consumer
 * evaluated elsewhere (median3x3: max_x at output's yi, and min_max, which reads it, computed at
 * root). Its consumers the user left unscheduled stay so, inlined where the user's schedule
 * evaluates them, up to the host.
 */
function pinConsumersInside(funcs: FuncSpace[], byName: Map<string, FuncSpace>): void {
  for (const f of funcs) {
    const host = f.fixed?.find((d) => d.name === 'compute_at' && d.values[0]?.kind === 'func')?.values[0];
    if (host?.kind !== 'func') continue;
    const todo = [...f.callers.keys()];
    for (let name = todo.pop(); name !== undefined; name = todo.pop()) {
      const c = byName.get(name);
      if (!c || c.name === host.name || c.fixed || c.isOutput) continue;
      c.fixed = [];
      c.onTop = null;
      todo.push(...c.callers.keys());
    }
  }
}

export const ROOT_SHAPE: Shape = { vec: 0, tile: null, par: false, unroll: false };
export const NO_UPDATE: UpdateShape = { vec: 0, par: false, pureInside: false };

/** An update stage's register block as it is lowered: the two Vars it splits and by how much (null: not blocked). */
export interface Block { x: string; y: string; bx: number; by: number }

/**
 * Where a register block applies: an update reducing over two or more pure Vars (a matrix product, a
 * convolution over channels), not a small constant window, which is unrolled whole instead (unrollR):
 * a block pays for itself over a long reduction, and every shape offered is budget the beam spends.
 */
export function blockOf(f: FuncSpace, st: Stage, upd: UpdateShape): Block | null {
  if (!upd.block || !st.rvars.length || f.unrollableUpdates.has(st.index)) return null;
  const pure = st.pureVars.filter((p) => f.pure.includes(p));
  const [x, y] = pure;
  const ext = (p: string) => f.extents[f.pure.indexOf(p)] ?? 0;
  const [bx, by] = upd.block;
  return x && y && ext(x) >= bx && ext(y) >= by ? { x, y, bx, by } : null;
}

/** The loops of a Func's update stage outside its RVars, innermost first: a register block's outer loops replace its Vars. */
export function updateLoops(f: FuncSpace, st: Stage, upd: UpdateShape): string[] {
  const b = blockOf(f, st, upd);
  if (!b) return st.pureVars;
  return [`${b.x}o`, `${b.y}o`, ...st.pureVars.filter((p) => p !== b.x && p !== b.y)];
}

/** Loops of a root Func that producers may be computed at (tile loops after tiling). */
export function rootLoops(f: FuncSpace, shape: Shape): string[] {
  const [x, y] = f.pure;
  if (shape.tile && x && y) return [`${x}o`, `${y}o`, ...f.pure.slice(2)];
  return f.pure;
}

/**
 * The one Func whose loops `f` is evaluated in, looking through consumers that are inlined (a
 * stencil's taps inlined into one output): that Func and the indices of its stages that use f.
 * Null when f is used from more than one computed Func, or a consumer's choice is unknown.
 */
export function effectiveHost(space: Space, f: FuncSpace, choices: Map<string, Choice>): { host: FuncSpace; uses: Set<number> } | null {
  const hosts = new Map<string, Set<number>>();
  const walk = (g: FuncSpace, depth: number): boolean => {
    for (const [name, stages] of g.callers) {
      const c = space.byName.get(name);
      if (!c || depth > 64) return false;
      const choice = c.fixed ? null : choices.get(name);
      if (!c.fixed && !choice) return false;
      if (choice?.place.kind === 'inline') {
        if (!walk(c, depth + 1)) return false;
      } else {
        const set = hosts.get(name) ?? hosts.set(name, new Set()).get(name)!;
        for (const i of stages) set.add(i);
      }
    }
    return true;
  };
  if (!walk(f, 0) || hosts.size !== 1) return null;
  const [[name, uses]] = [...hosts];
  return { host: space.byName.get(name)!, uses };
}

/**
 * Loops of `host` where `f` may be computed. `compute_at(host, v)` names a loop of host's last
 * stage, and Halide rejects it unless that loop encloses every use: so none when an earlier stage
 * uses f too, and an update's own Vars (its register block's outer loops) when only it does. `uses`: host's stages that use f
 * (directly, or through Funcs inlined into it).
 */
export function atLoops(f: FuncSpace, host: FuncSpace, hostChoice: Choice, threads: number, uses: Set<number> = f.callers.get(host.name) ?? new Set()): string[] {
  const last = host.stages.length - 1;
  if ([...uses].some((i) => i !== last)) return [];
  if (last !== 0) return updateLoops(host, host.stages[last], hostChoice.upd);
  const loops = rootLoops(host, hostChoice.shape);
  // Not outside the host's parallel loop: f would run on one core, once per outer iteration, where
  // at root it runs once on all of them. The model has called such picks fast (depthwise_conv's
  // padded input at the batch loop outside parallel rows ran 1.7 ms, Adams2019's schedule 0.3).
  const par = host.fixed ? null : rootParallelLoop(host, hostChoice.shape, threads);
  const i = par ? loops.indexOf(par) : -1;
  return i < 0 ? loops : loops.slice(0, i + 1);
}

/** A loop a Func may be computed at: `compute_at(host, loop)`. */
export interface ComputePoint { host: string; loop: string }

/**
 * Where `f` may be computed, given its consumers' choices: always at a loop of a Func computed at
 * root. Each loop of the one Func it is evaluated in (its effective host) when that host is at root;
 * when the host is itself computed at a root Func's loop, that loop and every loop outside it. The
 * second kind is how Adams2019 and hand schedules nest a stencil chain in one output tile: `clamped`
 * at the tile's column loop, `box_sum` at its rows inside, each producer's region the tile's plus
 * its halo. Loops of a host that is not at root are not offered: chains of Funcs each computed
 * inside the next (poc's FFT stages) are beyond what the model was trained on, and it predicted
 * one 4000x too fast.
 */
export function computePoints(space: Space, f: FuncSpace, choices: Map<string, Choice>): ComputePoint[] {
  const eff = effectiveHost(space, f, choices);
  const host = eff?.host;
  const hc = host && isSearched(host) ? choices.get(host.name) : undefined;
  if (!hc || hc.place.kind === 'inline') return [];
  if (hc.place.kind === 'root') return atLoops(f, host!, hc, space.threads, eff!.uses).map((loop) => ({ host: host!.name, loop }));
  // The host's host: its loops from the one the host is computed at outwards enclose every use of f.
  const at = hc.place;
  const outer = space.byName.get(at.host);
  const oc = outer && isSearched(outer) ? choices.get(outer.name) : undefined;
  const effHost = effectiveHost(space, host!, choices);
  if (!outer || oc?.place.kind !== 'root' || effHost?.host.name !== outer.name) return [];
  const loops = atLoops(host!, outer, oc, space.threads, effHost.uses);
  const i = loops.indexOf(at.loop);
  return i < 0 ? [] : loops.slice(i).map((loop) => ({ host: outer.name, loop }));
}

/** Whether the search chooses anything for f: unless its directives are kept, or kept with loops to shape on top. */
export function isSearched(f: FuncSpace): boolean {
  return !f.fixed || f.onTop !== null;
}

/**
 * The loops of an onTop Func to shape: the innermost one not unrolled to vectorize, and the outermost
 * other one with enough iterations for the threads to parallelize (null where there is none).
 */
export function onTopLoops(f: FuncSpace, threads: number): { vec: string | null; vecExtent: number; par: string | null } {
  const order = f.onTop?.order ?? [];
  const ext = (v: string) => f.extents[f.pure.indexOf(v)] ?? 0;
  const free = order.filter((v) => !f.onTop!.unrolled.includes(v));
  const vec = free[0] ?? null;
  const par = parallelLoop([...free].reverse().filter((v) => v !== vec).map((v) => [v, ext(v)]), threads);
  return { vec, vecExtent: vec ? ext(vec) : 0, par };
}

/** Tasks per thread a parallel loop should have when a loop with that many exists. */
const TASKS_PER_THREAD = 4;

/**
 * Of candidate loops (outermost first, with their extents), the one to parallelize: the outermost
 * with several tasks per thread, else the outermost with one per thread. An image's outermost loop
 * is often its 3 channels: 3 tasks on 2 cores leave one idle a third of the time, and each task is
 * a whole plane, so Halide's authors parallelize rows instead.
 */
export function parallelLoop(loops: [string, number][], threads: number): string | null {
  const t = Math.max(2, threads);
  return loops.find(([, e]) => e >= TASKS_PER_THREAD * t)?.[0] ?? loops.find(([, e]) => e >= t)?.[0] ?? null;
}

/** Pure dimensions `from` and out, outermost first, with their extents: candidates for parallelLoop. */
function outerDims(f: FuncSpace, from: number): [string, number][] {
  return f.pure.slice(from).map((v, i): [string, number] => [v, f.extents[i + from] ?? 0]).reverse();
}

/**
 * The loop of a Func tiled over its two innermost dimensions to parallelize: its tile rows `yo` or a
 * dimension outside them. A 4-D tensor tiled over (c, x) parallelized at `xo` would fork and join
 * once per row and batch.
 */
function tileParallel(f: FuncSpace, tile: [number, number], threads: number): string {
  const yo = `${f.pure[1]}o`;
  return parallelLoop([...outerDims(f, 2), [yo, Math.ceil((f.extents[1] ?? 0) / tile[1])]], threads) ?? yo;
}

/**
 * The loop a root Func's stage 0 is parallelized at under `shape` (null when not parallel): the one
 * lower.ts writes `parallel()` for, and so the outermost loop atLoops offers producers.
 */
export function rootParallelLoop(f: FuncSpace, shape: Shape, threads: number): string | null {
  if (!shape.par) return null;
  return shape.tile && f.pure.length >= 2 ? tileParallel(f, shape.tile, threads) : parallelDim(f, threads);
}

/** Pure dimension of stage 0 to parallelize (parallelLoop over all but the innermost). */
export function parallelDim(f: FuncSpace, threads: number): string | null {
  return parallelLoop(outerDims(f, 1), threads);
}
