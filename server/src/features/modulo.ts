// Loads that keep a runtime modulo in the steady state. mirror_interior and repeat_image wrap an
// out-of-range index with `%` by the wrapped buffer's extent, known only at run time: an integer
// division, and on vectors one scalar division per lane plus a gather. Loop partitioning takes it
// out of the interior only for some loads. Read from Halide 14's lowered statements (`-e stmt`,
// rp_146 with the boundary inlined into a 5-point stencil): along the first dimension, walked by
// the innermost loop (scalar, vectorized, or inside x tiles), the loads at x-1 and x+1 keep the
// select and the modulo in every iteration, while the load at x and the loads at y+-1 (or any load
// when the innermost loop walks y) are clean. Measured there: 9.2 ms everything inlined against
// 1.7 ms everything at root, both serial and scalar. repeat_edge, mirror_image and
// constant_exterior leave clean interiors (their edges are the clamp features' business).
import type { IndexExpr, Stage } from '../halide/graph';
import type { GraphIndex } from '../analysis/graphIndex';
import type { Loop } from '../analysis/loopnest';
import { type Invariants, affine } from './affine';

/** Boundary conditions whose wrap is a runtime modulo (Halide names the Func after the kind). */
const MODULO_KINDS = new Set(['mirror_interior', 'repeat_image']);

/** An index as k * v + c in the innermost loop's variable v, or null when not of that form. */
interface Lin { k: number; c: number }

function linear(e: IndexExpr, env: ReadonlyMap<string, Lin> | null, v: string, inv: Invariants): Lin | null {
  // Params and buffer sizes are constants here, so an index such as `x + offset` stays linear.
  const a = affine(e, inv);
  if (!a || a.slack) return null;
  let k = 0, c = a.c;
  for (const [name, coef] of a.coefs) {
    // At the stage itself the variables are its own; below an inlined call, the caller's forms.
    const sub: Lin | undefined = env ? env.get(name) : name === v ? { k: 1, c: 0 } : undefined;
    // A variable that does not move with v is constant over the innermost loop.
    if (!sub) { if (env && !env.has(name)) return null; continue; }
    k += coef * sub.k;
    c += coef * sub.c;
  }
  // Constant over the innermost loop: its value does not matter, and dropping it keeps the memo
  // keys few (local_laplacian's inlined pyramid has thousands of distinct row offsets).
  return k === 0 ? { k: 0, c: 0 } : { k, c };
}

export interface ModuloContext {
  ix: GraphIndex;
  inline: (f: string) => boolean;
  /** Whether the boundary Func is read outside what it wraps, per dimension (clamp.ts). */
  bites: (boundary: string) => boolean[];
  inv: Invariants;
}

interface Walk extends ModuloContext { v: string; memo: Map<string, number>; visits: number }

/** Calls visited per stage before the walk gives up (counting what it has): an edit must stay fast. */
const MAX_VISITS = 20000;

function moduloLoads(w: Walk, stage: Stage, env: ReadonlyMap<string, Lin> | null, depth: number): number {
  let n = 0;
  for (const c of stage.calls) {
    if (c.callee === stage.func || c.calleeKind !== 'func' || !w.inline(c.callee)) continue;
    if (++w.visits > MAX_VISITS) break;
    const forms = c.argExprs.map((e) => linear(e, env, w.v, w.inv));
    const info = w.ix.funcs.get(c.callee);
    if (info?.kind === 'boundary') {
      const x = forms[0];
      const kind = c.callee.replace(/\$\d+$/, '');
      if (MODULO_KINDS.has(kind) && x && x.k !== 0 && x.c !== 0 && (w.bites(c.callee)[0] ?? true)) n++;
      continue;
    }
    const pure = w.ix.stagesOf.get(c.callee)?.[0];
    if (!pure || depth > 32) continue;
    const inner = new Map<string, Lin>();
    pure.args.forEach((a, i) => { const f = forms[i]; if (f) inner.set(a, f); });
    // Only v's coefficient and offset per argument matter: memoize on them (inlined pyramids).
    const key = `${c.callee}\0${pure.args.map((a) => { const f = inner.get(a); return f ? `${f.k}:${f.c}` : '?'; }).join(',')}`;
    let k = w.memo.get(key);
    if (k === undefined) w.memo.set(key, (k = moduloLoads(w, pure, inner, depth + 1)));
    n += k;
  }
  return n;
}

/** `inner_loads_modulo`: 0 for an inlined stage (its consumer counts the loads). */
export function moduloFeatures(stage: Stage, loops: Loop[], isInline: boolean, ctx: ModuloContext): Record<string, number> {
  // Unrolled loops are copies of the body, not loops partitioning can split: skip to the first real one.
  const inner = loops.find((l) => l.kind !== 'unrolled') ?? loops[0];
  const v = inner?.rvar ? undefined : inner?.parts[0]?.var;
  if (isInline || v === undefined || !stage.pureVars.includes(v)) return { inner_loads_modulo: 0 };
  return { inner_loads_modulo: moduloLoads({ ...ctx, v, memo: new Map(), visits: 0 }, stage, null, 0) };
}
