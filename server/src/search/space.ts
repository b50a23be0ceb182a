// The schedule space of one generator: per Func, what may be searched (or what the user wrote and
// is kept), and the choices a Func can take. Legality rules follow the sampler's (collect/sampler.ts),
// which Halide 14 taught us: producers' splits guard their tails, RVars are never vectorized or
// parallelized, compute_at names only loops of the host stage that makes every call.
import type { Directive, GeneratorGraph, Stage } from '../halide/graph';
import { indexGraph } from '../analysis/graphIndex';
import { computeBounds } from '../analysis/bounds';
import { elemBytes } from '../analysis/interval';

export type Place = { kind: 'inline' } | { kind: 'root' } | { kind: 'at'; host: string; loop: string };

/** Loop shaping of a Func's stages. vec = lanes (0: none); tile = [tx, ty] over the two innermost pure dims. */
export interface Shape { vec: number; tile: [number, number] | null; par: boolean; unroll: boolean }
export interface UpdateShape { vec: number; par: boolean; pureInside: boolean }
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
  /** The user's directives in force, kept as they are: the Func is not searched. */
  fixed: Directive[] | null;
}

export interface Space {
  g: GeneratorGraph;
  /** Consumers before producers. */
  funcs: FuncSpace[];
  byName: Map<string, FuncSpace>;
  threads: number;
}

/** Natural SIMD width in bytes of a Halide target string. */
export function vectorBytes(target: string | undefined): number {
  if (target && /\bavx512/.test(target)) return 64;
  if (target && /\bavx2\b/.test(target)) return 32;
  return 16;
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
  const width = vectorBytes(opts.target);
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
    const region = regions[name] ?? [];
    funcs.push({
      name, stages, pure, isOutput, hasUpdates, callers,
      extents: pure.map((_, i) => region[i]?.extent ?? null),
      lanes: Math.max(1, Math.floor(width / elemBytes(s0.types[0]))),
      canInline: !hasUpdates && !isOutput && pure.length > 0,
      fixed: kept.get(name) ?? null,
    });
  }
  return { g, funcs, byName: new Map(funcs.map((f) => [f.name, f])), threads: opts.threads };
}

export const ROOT_SHAPE: Shape = { vec: 0, tile: null, par: false, unroll: false };
export const NO_UPDATE: UpdateShape = { vec: 0, par: false, pureInside: false };

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
 * uses f too, and an update's own Vars when only it does. `uses`: host's stages that use f
 * (directly, or through Funcs inlined into it).
 */
export function atLoops(f: FuncSpace, host: FuncSpace, hostShape: Shape, uses: Set<number> = f.callers.get(host.name) ?? new Set()): string[] {
  const last = host.stages.length - 1;
  if ([...uses].some((i) => i !== last)) return [];
  return last === 0 ? rootLoops(host, hostShape) : host.stages[last].pureVars;
}

/** Pure dimension to parallelize: the outermost with enough iterations for the threads. */
export function parallelDim(f: FuncSpace, threads: number): string | null {
  for (let i = f.pure.length - 1; i >= 1; i--) {
    if ((f.extents[i] ?? 0) >= Math.max(2, threads)) return f.pure[i];
  }
  return null;
}
