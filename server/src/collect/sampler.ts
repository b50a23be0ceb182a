// Random schedules of our own, so the model sees more than what autoschedulers and people write:
// naive ones (everything inlined, everything at root) and random mixes of placement and loop
// shaping. Every schedule is legal by construction as far as the graph can tell; the rare one
// Halide still rejects fails its measurement and is dropped.
import type { DirectiveArg, GeneratorGraph, Stage } from '../halide/graph';
import type { ScheduleStep } from '../search/printer';
import { mulberry32 } from './prng';
import { naturalLanes } from '../halide/target';

export type SamplerMode = 'inline' | 'root' | 'random';

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
    return { name: f.name, stages, pure, consumers, callers, isOutput: Boolean(out), extents, widths };
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
function shapeUpdates(f: FuncInfo, r: () => number, steps: ScheduleStep[]): void {
  for (const s of f.stages.slice(1)) {
    const pure = s.pureVars.filter((p) => f.pure.includes(p));
    if (pure[0] && r() < 0.5 && (f.extents[f.pure.indexOf(pure[0])] ?? 0) >= 8) {
      steps.push({ func: f.name, stage: s.index, name: 'vectorize', values: [v(pure[0]), int(pick(r, smallWidths(f)))] });
    }
    const outer = pure[pure.length - 1];
    if (outer && outer !== pure[0] && r() < 0.4) steps.push({ func: f.name, stage: s.index, name: 'parallel', values: [v(outer)] });
  }
}

/**
 * Loops of `host` where `f` may be computed. `compute_at(host, v)` names a loop of host's last
 * stage, and Halide rejects it unless that loop encloses every use: so none when an earlier stage
 * uses f too, and an update's own Vars (not stage 0's tile loops `xo`, `yo`) when only it does.
 */
function atLoops(f: FuncInfo, host: FuncInfo, rootLoops: string[]): string[] {
  const last = host.stages.length - 1;
  const uses = f.callers.get(host.name) ?? new Set<number>();
  if ([...uses].some((i) => i !== last)) return [];
  return last === 0 ? rootLoops : host.stages[last].pureVars;
}

export function sampleSchedule(g: GeneratorGraph, mode: SamplerMode, seed = 0): ScheduleStep[] {
  const r = rng(seed * 7919 + 17);
  const infos = funcInfos(g);
  const byName = new Map(infos.map((f) => [f.name, f]));
  const steps: ScheduleStep[] = [];
  const placement = new Map<string, 'root' | 'inline' | 'at'>();
  const loopsOf = new Map<string, string[]>();
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
      const hostLoops = host && placement.get(host.name) === 'root' ? atLoops(f, host, loopsOf.get(host.name) ?? []) : [];
      const x = r();
      place = canInline && x < 0.35 ? 'inline' : hostLoops.length && x < 0.65 ? 'at' : 'root';
      // A reduction or scan computed inside its consumer's loops redoes the whole reduction per
      // iteration (a histogram per output pixel): minutes per run, timeouts, nothing learned.
      if (place === 'at' && f.stages.some((st) => st.rvars.length > 0)) place = 'root';
      if (place === 'at') {
        const at = pick(r, hostLoops);
        steps.push({ func: f.name, stage: 0, name: 'compute_at', values: [fn(host!.name), v(at)] });
        if (f.pure[0] && r() < 0.5 && (f.extents[0] ?? 0) >= 8) steps.push({ func: f.name, stage: 0, name: 'vectorize', values: [v(f.pure[0]), int(pick(r, smallWidths(f))), ...tail(f)] });
        shapeUpdates(f, r, steps);
      }
    }
    placement.set(f.name, place);
    if (place === 'root') {
      if (!f.isOutput) steps.push({ func: f.name, stage: 0, name: 'compute_root', values: [] });
      loopsOf.set(f.name, mode === 'random' ? shapeRoot(f, r, steps) : f.pure);
      if (mode === 'random') shapeUpdates(f, r, steps);
    }
  }
  return steps;
}
