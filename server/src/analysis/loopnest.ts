// Schedule -> loop nest. Replays a stage's directives on Halide's list of dims (innermost first),
// naming dims as Halide does (split x into x.xo / x.xi, fuse into inner.fused, vectorize(x, 8) into
// x.x / x.vN) so that `compute_at(f, xi)` and Halide's own dumps can be matched by suffix.
import { type Directive, type DirectiveArg, type Stage, stageKey } from '../halide/graph';
import type { GraphIndex } from './graphIndex';

export type LoopKind = 'serial' | 'parallel' | 'vectorized' | 'unrolled';

/** How a loop's index contributes to one original Var/RVar: var += index * stride. */
export interface LoopPart { var: string; stride: number | null; extent: number | null }

export interface Loop {
  /** Halide's dim name, e.g. `x.xi.v0`. */
  name: string;
  /** Iterations of this loop per realization of the stage (ceil division after splits). */
  extent: number | null;
  kind: LoopKind;
  rvar: boolean;
  /** Original variables this loop walks (several after fuse), with strides, for tile footprints. */
  parts: LoopPart[];
}

export interface StageLoops {
  stage: string;
  /** Innermost first, like Halide's `dims`. */
  loops: Loop[];
  /** Directives that named no existing dim, or had arguments we cannot read. */
  unresolved: string[];
}

export type Placement = { kind: 'inline' } | { kind: 'root' } | { kind: 'at'; func: string; var: string };

export interface FuncPlacement { compute: Placement; store: Placement; defaulted: boolean }

/** Halide's var_name_match: the full dim name or a `.`-suffix of it. */
export function nameMatches(dim: string, name: string): boolean {
  return dim === name || dim.endsWith('.' + name);
}

/** Index of the outermost loop matching `name` (where Halide injects a compute_at), or -1. */
export function findLoop(loops: Loop[], name: string): number {
  for (let i = loops.length - 1; i >= 0; i--) if (nameMatches(loops[i].name, name)) return i;
  return -1;
}

const num = (a: DirectiveArg | undefined): number | null => (a && (a.kind === 'int' || a.kind === 'float') ? a.value : null);
const varName = (a: DirectiveArg | undefined): string | null => (a?.kind === 'var' ? a.name : null);
const ceilDiv = (e: number | null, f: number | null): number | null => (e === null || f === null ? null : Math.ceil(e / f));
const mul = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a * b);

/** Mutable dims list with Halide's scheduling primitives. */
class Nest {
  private gensym = 0;
  readonly unresolved: string[] = [];
  constructor(readonly loops: Loop[]) {}

  private find(name: string | null, what: string): number {
    const i = name === null ? -1 : this.loops.findIndex((l) => nameMatches(l.name, name));
    if (i < 0) this.unresolved.push(`${what}: no loop '${name}'`);
    return i;
  }

  split(old: string | null, outer: string | null, inner: string | null, factor: number | null): number {
    const i = this.find(old, 'split');
    if (i < 0 || !outer || !inner) return -1;
    const l = this.loops[i];
    // Splitting a fused loop: the inner part walks its innermost component, the outer part the rest.
    const p = l.parts.length === 1 ? l.parts[0] : { ...l.parts[0], extent: l.extent };
    const inn: Loop = { ...l, name: `${l.name}.${inner}`, extent: factor, parts: [{ var: p.var, stride: p.stride, extent: factor }] };
    const out: Loop = {
      ...l, name: `${l.name}.${outer}`, kind: 'serial', extent: ceilDiv(l.extent, factor),
      parts: l.parts.length === 1 ? [{ var: p.var, stride: mul(p.stride, factor), extent: ceilDiv(p.extent, factor) }] : l.parts,
    };
    this.loops.splice(i, 1, inn, out);
    return i;
  }

  /** vectorize/unroll/parallel with a factor split first; Halide names the new inner dim vN (rN for RVars). */
  mark(v: string | null, kind: LoopKind, factor: number | null, what: string): void {
    if (factor !== null) {
      const rv = this.loops.find((l) => v !== null && nameMatches(l.name, v))?.rvar;
      const i = this.split(v, v, `${rv ? 'r' : 'v'}${this.gensym++}`, factor);
      if (i >= 0) this.loops[kind === 'parallel' ? i + 1 : i].kind = kind;
      return;
    }
    const i = this.find(v, what);
    if (i >= 0) this.loops[i].kind = kind;
  }

  fuse(inner: string | null, outer: string | null, fused: string | null): void {
    const i = this.find(inner, 'fuse'), o = this.find(outer, 'fuse');
    if (i < 0 || o < 0 || !fused) return;
    const a = this.loops[i], b = this.loops[o];
    this.loops[i] = { ...a, name: `${a.name}.${fused}`, extent: mul(a.extent, b.extent), parts: [...a.parts, ...b.parts], rvar: a.rvar && b.rvar };
    this.loops.splice(o, 1);
  }

  /** The named dims keep the set of positions they occupy but take the given order, innermost first. */
  reorder(names: (string | null)[]): void {
    const idx = names.map((n) => this.find(n, 'reorder'));
    if (idx.some((i) => i < 0)) return;
    const picked = idx.map((i) => this.loops[i]);
    [...idx].sort((a, b) => a - b).forEach((pos, k) => { this.loops[pos] = picked[k]; });
  }

  rename(old: string | null, to: string | null): void {
    const i = this.find(old, 'rename');
    if (i >= 0 && to) this.loops[i] = { ...this.loops[i], name: `${this.loops[i].name}.${to}` };
  }

  apply(d: Directive): void {
    const v = d.values;
    switch (d.name) {
      case 'split': this.split(varName(v[0]), varName(v[1]), varName(v[2]), num(v[3])); break;
      case 'tile': {
        if (v[0]?.kind === 'list') {
          // tile({x, y, z}, [{xo, yo, zo},] {xi, yi, zi}, {fx, fy, fz}): a split per dimension, inners innermost.
          const lists = v.flatMap((a) => (a.kind === 'list' ? [a.items] : []));
          const [prev, outer, inner, factors] = lists.length >= 4 ? lists : [lists[0], lists[0], lists[1], lists[2]];
          if (!prev || !inner || !factors) break;
          prev.forEach((p, i) => this.split(varName(p), varName(outer[i]), varName(inner[i]), num(factors[i])));
          this.reorder([...inner.map(varName), ...outer.map(varName)]);
          break;
        }
        const vars = v.filter((a) => a.kind === 'var').map(varName);
        const [fx, fy] = v.filter((a) => a.kind === 'int').map(num);
        const [x, y] = vars;
        const [xo, yo, xi, yi] = vars.length >= 6 ? vars.slice(2, 6) : [x, y, vars[2], vars[3]];
        this.split(x, xo, xi, fx ?? null);
        this.split(y, yo, yi, fy ?? null);
        this.reorder([xi, yi, xo, yo]);
        break;
      }
      case 'fuse': this.fuse(varName(v[0]), varName(v[1]), varName(v[2])); break;
      case 'reorder': this.reorder((v[0]?.kind === 'list' ? v[0].items : v).map(varName)); break;
      case 'vectorize': this.mark(varName(v[0]), 'vectorized', num(v[1]), d.name); break;
      case 'unroll': this.mark(varName(v[0]), 'unrolled', num(v[1]), d.name); break;
      case 'parallel': this.mark(varName(v[0]), 'parallel', num(v[1]), d.name); break;
      case 'serial': this.mark(varName(v[0]), 'serial', null, d.name); break;
      case 'rename': this.rename(varName(v[0]), varName(v[1])); break;
      default: break; // placement, storage, bound: not loop structure
    }
  }
}

/**
 * Loops of one stage for one realization: `domain` gives each pure Var's and RVar's extent in that
 * realization. Default order is Halide's: RVars innermost (first RDom dim innermost), then pure
 * Vars in argument order.
 */
export function buildLoops(stage: Stage, directives: Directive[], domain: Map<string, number | null>): StageLoops {
  const vars = [...rvarOrder(stage).map((name) => ({ name, rvar: true })), ...stage.pureVars.map((n) => ({ name: n, rvar: false }))];
  const nest = new Nest(vars.map(({ name, rvar }) => {
    const extent = domain.get(name) ?? null;
    return { name, extent, kind: 'serial', rvar, parts: [{ var: name, stride: 1, extent }] };
  }));
  for (const d of directives) nest.apply(d);
  return { stage: stage.id, loops: nest.loops, unresolved: nest.unresolved };
}

const DIM_SUFFIX = ['x', 'y', 'z', 'w'];

/** RVars grouped by RDom (first use first), each RDom's dims in declaration order (r$x innermost). */
export function rvarOrder(stage: Stage): string[] {
  const rdoms = [...new Set(stage.rvars.map((r) => r.rdom))];
  const dimIndex = (name: string): number => {
    const suffix = name.slice(name.lastIndexOf('$') + 1);
    const i = DIM_SUFFIX.indexOf(suffix);
    return i >= 0 ? i : Number(suffix) || 0;
  };
  return [...stage.rvars]
    .sort((a, b) => rdoms.indexOf(a.rdom) - rdoms.indexOf(b.rdom) || dimIndex(a.name) - dimIndex(b.name))
    .map((r) => r.name);
}

export function stageDirectives(ix: GraphIndex, stage: Stage): Directive[] {
  return ix.directives.get(stageKey(stage.func, stage.index)) ?? [];
}

/** `at(C, INNERMOST)`: the innermost loop of C, whatever its name (see placements). */
export const INNERMOST = '';

/**
 * Where each Func is computed and stored. Without directives: outputs at root, everything else
 * inlined, except that a Func with updates cannot be inlined: Halide computes it "as close to the
 * innermost loop as possible", i.e. at the innermost loop of the one realized Func that uses it (an
 * unscheduled `sum(...)` inside a per-pixel expression is recomputed per pixel), and at root when
 * Funcs realized apart use it. The last placement directive wins.
 */
export function placements(ix: GraphIndex): Map<string, FuncPlacement> {
  const out = new Map<string, FuncPlacement>();
  const hasUpdates = (f: string) => (ix.stagesOf.get(f)?.length ?? 0) > 1;
  const scheduled = (f: string) => (ix.directives.get(stageKey(f, 0)) ?? []).some((d) => d.name === 'compute_root' || d.name === 'compute_inline' || d.name === 'compute_at');
  /** Inlined by default: a pure, unscheduled, non-output Func. */
  const inlined = (f: string) => !ix.outputs.has(f) && !hasUpdates(f) && !scheduled(f);
  /** The one realized Func whose loops all uses of f sit in, following inlined consumers; null if none or several. */
  const realizedUser = (f: string): string | null => {
    const seen = new Set<string>([f]);
    let cur = f;
    for (;;) {
      const users = ix.callers.get(cur) ?? [];
      if (users.length !== 1 || seen.has(users[0])) return null;
      const [u] = users;
      if (!inlined(u)) return u;
      seen.add(u);
      cur = u;
    }
  };
  for (const f of ix.g.funcs) {
    let compute: Placement = { kind: 'inline' };
    if (ix.outputs.has(f.name)) compute = { kind: 'root' };
    else if (hasUpdates(f.name)) {
      const user = realizedUser(f.name);
      compute = user ? { kind: 'at', func: user, var: INNERMOST } : { kind: 'root' };
    }
    let store: Placement | null = null;
    let defaulted = true;
    for (const d of ix.directives.get(stageKey(f.name, 0)) ?? []) {
      const at = (): Placement | null => {
        const [fn, v] = d.values;
        return fn?.kind === 'func' && v?.kind === 'var' ? { kind: 'at', func: fn.name, var: v.name } : null;
      };
      if (d.name === 'compute_root') { compute = { kind: 'root' }; defaulted = false; }
      else if (d.name === 'compute_inline') { compute = hasUpdates(f.name) ? compute : { kind: 'inline' }; defaulted = false; }
      else if (d.name === 'compute_at') { compute = at() ?? compute; defaulted = false; }
      else if (d.name === 'store_root') store = { kind: 'root' };
      else if (d.name === 'store_at') store = at() ?? store;
    }
    if (ix.outputs.has(f.name)) compute = { kind: 'root' };
    out.set(f.name, { compute, store: compute.kind === 'inline' ? compute : store ?? compute, defaulted });
  }
  return out;
}
