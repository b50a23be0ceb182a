// The schedule as Halide applied it (pipeline_dump's loop levels, splits and dims) as Directives the
// analysis replays (analysis/loopnest.ts): placements from the loop levels, split/fuse/rename from
// the splits in the order Halide recorded them, one reorder when the replayed order is not Halide's,
// then vectorize/parallel/unroll on the dims Halide marked.
import { type Directive, type DirectiveArg, type Range, stageKey } from '../halide/graph';
import type { FuncJson, LoopLevelJson, StageJson } from './dumpFormat';

const TAIL: Record<string, string> = {
  round_up: 'RoundUp', guard_with_if: 'GuardWithIf', predicate: 'Predicate', predicate_loads: 'PredicateLoads',
  predicate_stores: 'PredicateStores', shift_inwards: 'ShiftInwards', auto: 'Auto',
};
const FOR_DIRECTIVE: Record<string, string> = { parallel: 'parallel', vectorized: 'vectorize', unrolled: 'unroll' };

const v = (name: string, rvar = false): DirectiveArg => ({ kind: 'var', name, rvar });
const numberOrExpr = (text: string): DirectiveArg => (/^-?\d+$/.test(text.trim()) ? { kind: 'int', value: Number(text) } : { kind: 'expr', text });
const argText = (a: DirectiveArg): string => {
  switch (a.kind) {
    case 'func': case 'var': return a.name;
    case 'int': case 'float': case 'bool': return String(a.value);
    case 'enum': return `${a.type}::${a.value}`;
    case 'list': return `{${a.items.map(argText).join(', ')}}`;
    case 'expr': return a.text;
  }
};

/** A name Halide built as `parent.short`, by its last part relative to the parent. */
function shortName(full: string, parent: string): string {
  return full.startsWith(parent + '.') ? full.slice(parent.length + 1) : full.slice(full.lastIndexOf('.') + 1);
}

export interface ScheduleContext {
  /** Wrapper Func -> the Input it stands for (a compute_at inside a wrapper is at the input). */
  rename: (func: string) => string;
  /** Where a Func's directives point (its definition in the file, else the generator). */
  rangeOf: (func: string) => Range;
  /** Initial loop order of a stage, innermost first: its RVars then its pure Vars (as loopnest builds it). */
  initialDims: (func: string, stage: number) => string[];
}

function directive(name: string, func: string, stage: number, values: DirectiveArg[], range: Range): Directive {
  return { name, func, stage, args: values.map(argText), values, applies: true, branch: 'always', modelled: true, source: 'source', range };
}

function placement(name: 'compute' | 'store', l: LoopLevelJson, ctx: ScheduleContext, func: string): Directive | null {
  if (l === 'root') return directive(`${name}_root`, func, 0, [], ctx.rangeOf(func));
  if (typeof l === 'object') {
    return directive(`${name}_at`, func, 0, [{ kind: 'func', name: ctx.rename(l.func) }, v(l.var, l.var.includes('$'))], ctx.rangeOf(func));
  }
  return null; // inline (or an unset LoopLevel): the default, as in a source with no directive
}

const sameLevel = (a: LoopLevelJson, b: LoopLevelJson): boolean => JSON.stringify(a) === JSON.stringify(b);

function stageDirectives(f: FuncJson, s: StageJson, ctx: ScheduleContext): Directive[] {
  const out: Directive[] = [];
  const range = ctx.rangeOf(f.name);
  const rvars = new Set(s.rvars);
  const isR = (full: string): boolean => rvars.has(full.split('.')[0]);
  const dims = ctx.initialDims(f.name, s.index);
  for (const sp of s.splits) {
    const i = dims.indexOf(sp.old);
    if (sp.kind === 'split') {
      const values = [v(sp.old, isR(sp.old)), v(shortName(sp.outer, sp.old), isR(sp.old)), v(shortName(sp.inner, sp.old), isR(sp.old)), numberOrExpr(sp.factor)];
      if (sp.tail && TAIL[sp.tail] && sp.tail !== 'auto') values.push({ kind: 'enum', type: 'TailStrategy', value: TAIL[sp.tail] });
      out.push(directive('split', f.name, s.index, values, range));
      if (i >= 0) dims.splice(i, 1, sp.inner, sp.outer);
    } else if (sp.kind === 'fuse') {
      // Halide records fuse(inner, outer) as old = the fused dim, named `inner.fused`.
      out.push(directive('fuse', f.name, s.index, [v(sp.inner, isR(sp.inner)), v(sp.outer, isR(sp.outer)), v(shortName(sp.old, sp.inner))], range));
      const o = dims.indexOf(sp.outer);
      const k = dims.indexOf(sp.inner);
      if (k >= 0) dims[k] = sp.old;
      if (o >= 0) dims.splice(o, 1);
    } else if (sp.kind === 'rename') {
      out.push(directive('rename', f.name, s.index, [v(sp.old, isR(sp.old)), v(shortName(sp.outer, sp.old), isR(sp.old))], range));
      if (i >= 0) dims[i] = sp.outer;
    }
    // 'purify' turns an RVar into a pure Var (rfactor): no loop of its own.
  }
  const halide = s.dims.map((d) => d.var);
  const sameSet = halide.length === dims.length && halide.every((d) => dims.includes(d));
  if (sameSet && halide.some((d, k) => dims[k] !== d)) {
    out.push(directive('reorder', f.name, s.index, s.dims.map((d) => v(d.var, d.is_rvar)), range));
  }
  for (const d of s.dims) {
    const name = FOR_DIRECTIVE[d.for];
    if (name) out.push(directive(name, f.name, s.index, [v(d.var, d.is_rvar)], range));
  }
  return out;
}

/** Every directive in force for one Func: placement, bounds, then each stage's loop shape. */
export function funcDirectives(f: FuncJson, ctx: ScheduleContext): Directive[] {
  const out: Directive[] = [];
  if (!f.is_output) {
    const compute = placement('compute', f.compute, ctx, f.name);
    if (compute) out.push(compute);
    if (!sameLevel(f.store, f.compute)) {
      const store = placement('store', f.store, ctx, f.name);
      if (store) out.push(store);
    }
  }
  for (const b of f.bounds ?? []) {
    out.push(directive('bound', f.name, 0, [v(b.var), numberOrExpr(b.min), numberOrExpr(b.extent)], ctx.rangeOf(f.name)));
  }
  for (const s of f.stages) out.push(...stageDirectives(f, s, ctx));
  return out;
}

/** What Halide applied that the directives above cannot say (reported as info diagnostics). */
export function unrepresented(f: FuncJson): string[] {
  const out: string[] = [];
  if (f.memoized) out.push('memoize()');
  if (f.extern) out.push(`extern definition ${f.extern}`);
  for (const s of f.stages) {
    const id = stageKey(f.name, s.index);
    if (s.compute_with) out.push(`${id}: compute_with`);
    if (s.specializations) out.push(`${id}: ${s.specializations} specialization(s) (the generic schedule is used)`);
    if (s.dims.some((d) => d.for.startsWith('gpu'))) out.push(`${id}: GPU loops`);
  }
  return out;
}
