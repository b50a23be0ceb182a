// Choices -> schedule steps -> a scheduled GeneratorGraph. Candidates are scored by building their
// Directive list directly and replacing the graph's schedule: no text is printed or parsed per
// candidate, and the steps are exactly what printer.ts and the .schedule.h writer print.
import type { Directive, DirectiveArg, GeneratorGraph } from '../halide/graph';
import { rvarOrder } from '../analysis/loopnest';
import type { ScheduleStep } from './printer';
import { blockOf, isSearched, onTopLoops, parallelLoop, rootParallelLoop, type Choice, type FuncSpace, type Space } from './space';

const v = (name: string, rvar = false): DirectiveArg => ({ kind: 'var', name, rvar });
const int = (value: number): DirectiveArg => ({ kind: 'int', value });
const fn = (name: string): DirectiveArg => ({ kind: 'func', name });
/** Splits whose factor may exceed the extent must not shift inwards past the buffer's start. */
const guard: DirectiveArg = { kind: 'enum', type: 'TailStrategy', value: 'GuardWithIf' };
/** A producer's default tail rounds its region up, reading its own inputs past the estimated buffers. */
const tail = (f: FuncSpace): DirectiveArg[] => (f.isOutput ? [] : [guard]);

export function lowerChoice(f: FuncSpace, c: Choice, threads: number): ScheduleStep[] {
  const steps: ScheduleStep[] = [];
  const push = (name: string, values: DirectiveArg[], stage = 0) => steps.push({ func: f.name, stage, name, values });
  const [x, y] = f.pure;
  const ex = f.extents[0] ?? 0;
  if (c.place.kind === 'inline') return steps;
  if (f.onTop) {
    // The generator's own directives place and order it: vectorize and parallelize its loops as ordered.
    const loops = onTopLoops(f, threads);
    if (loops.vec && c.shape.vec && loops.vecExtent >= c.shape.vec) push('vectorize', [v(loops.vec), int(c.shape.vec), ...tail(f)]);
    if (loops.par && c.shape.par) push('parallel', [v(loops.par)]);
    return steps;
  }
  if (c.place.kind === 'at') {
    push('compute_at', [fn(c.place.host), v(c.place.loop)]);
    if (x && c.shape.vec && ex >= c.shape.vec) push('vectorize', [v(x), int(c.shape.vec), ...tail(f)]);
  } else {
    if (!f.isOutput) push('compute_root', []);
    const s = c.shape;
    if (s.tile && x && y) {
      const [tx, ty] = s.tile;
      push('tile', [v(x), v(y), v(`${x}o`), v(`${y}o`), v(`${x}i`), v(`${y}i`), int(tx), int(ty), guard]);
      if (s.vec && tx >= s.vec) push('vectorize', [v(`${x}i`), int(s.vec), ...tail(f)]);
      if (s.unroll) push('unroll', [v(`${y}i`)]);
    } else if (x && s.vec && ex >= s.vec) {
      push('vectorize', [v(x), int(s.vec), ...tail(f)]);
    }
    const p = rootParallelLoop(f, s, threads);
    if (p) push('parallel', [v(p)]);
  }
  // Updates: pure Vars only are vectorized or parallelized (RVars carry the reduction's order);
  // moving the pure Vars inside the RVars keeps each point's reduction order as written.
  for (const st of f.stages.slice(1)) {
    const pure = st.pureVars.filter((p) => f.pure.includes(p));
    const ext = (p: string) => f.extents[f.pure.indexOf(p)] ?? 0;
    const b = blockOf(f, st, c.upd);
    if (b) {
      // Guarded splits: an update's rounded-up tail would grow the Func's region (see below).
      const [xo, xi, yo, yi] = [`${b.x}o`, `${b.x}i`, `${b.y}o`, `${b.y}i`];
      push('split', [v(b.x), v(xo), v(xi), int(b.bx), guard], st.index);
      push('split', [v(b.y), v(yo), v(yi), int(b.by), guard], st.index);
      push('reorder', [v(xi), v(yi), ...rvarOrder(st).map((r) => v(r, true)), v(xo), v(yo)], st.index);
      const vec = Math.min(c.upd.vec || f.lanes, b.bx);
      push('vectorize', [v(xi), int(vec)], st.index);
      // Wider than one vector: the vectors across the block's row are unrolled too.
      if (b.bx > vec) push('unroll', [v(xi)], st.index);
      push('unroll', [v(yi)], st.index);
      const rest = pure.filter((p) => p !== b.x && p !== b.y);
      const par = parallelLoop([...rest.reverse().map((p): [string, number] => [p, ext(p)]), [yo, Math.ceil(ext(b.y) / b.by)]], threads);
      if (c.place.kind === 'root' && c.upd.par && par) push('parallel', [v(par)], st.index);
      continue;
    }
    if (c.upd.pureInside && st.rvars.length && pure.length === st.pureVars.length && pure.length) {
      push('reorder', [...st.pureVars.map((p) => v(p)), ...rvarOrder(st).map((r) => v(r, true))], st.index);
    }
    if (c.upd.unrollR && f.unrollableUpdates.has(st.index)) for (const r of rvarOrder(st)) push('unroll', [v(r, true)], st.index);
    // An update's pure split rounds up by default, growing the Func's whole region (and its
    // producers' reads past the inputs' estimates): guard the tail instead.
    if (c.upd.vec && pure[0] && ext(pure[0]) >= c.upd.vec) push('vectorize', [v(pure[0]), int(c.upd.vec), guard], st.index);
    const par = parallelLoop(pure.slice(1).reverse().map((p): [string, number] => [p, ext(p)]), threads);
    if (c.place.kind === 'root' && c.upd.par && par) push('parallel', [v(par)], st.index);
  }
  return steps;
}

function printArg(a: DirectiveArg): string {
  switch (a.kind) {
    case 'func': case 'var': return a.name;
    case 'int': case 'float': return String(a.value);
    case 'bool': return String(a.value);
    case 'enum': return `${a.type}::${a.value}`;
    case 'list': return `{${a.items.map(printArg).join(', ')}}`;
    case 'expr': return a.text;
  }
}

const NOWHERE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function toDirective(s: ScheduleStep): Directive {
  return {
    name: s.name, func: s.func, stage: s.stage, args: s.values.map(printArg), values: s.values,
    applies: true, branch: 'auto', modelled: true, source: 'schedule.h', range: NOWHERE,
  };
}

/** The user's kept directives as steps (without `update(n)` links), for printing. */
export function keptSteps(space: Space, includeAlways: boolean): ScheduleStep[] {
  const out: ScheduleStep[] = [];
  for (const f of space.funcs) {
    for (const d of f.fixed ?? []) {
      if (d.name === 'update' || (!includeAlways && d.branch === 'always')) continue;
      out.push({ func: d.func, stage: d.stage, name: d.name, values: d.values });
    }
  }
  return out;
}

/** Steps of every searched Func, consumers first, for the given choices. */
export function searchedSteps(space: Space, choices: Map<string, Choice>): ScheduleStep[] {
  const out: ScheduleStep[] = [];
  for (const f of space.funcs) {
    const c = choices.get(f.name);
    if (isSearched(f) && c) out.push(...lowerChoice(f, c, space.threads));
  }
  return out;
}

/** The graph as scheduled by the kept directives plus the searched steps. */
export function scheduledGraph(space: Space, steps: ScheduleStep[]): GeneratorGraph {
  const kept = space.funcs.flatMap((f) => f.fixed ?? []);
  return { ...space.g, schedule: [...kept, ...steps.map(toDirective)] };
}
