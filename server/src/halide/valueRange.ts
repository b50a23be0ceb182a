// Bounds on a Func's values, for loads of it used as indices. Halide's bounds inference knows a
// Func's value bounds where its definition clamps the value (function value bounds), so a pipeline
// that reads `input(x + offset(x, y), y)` with `offset` clamped to [-r, r] has a bounded region;
// without them every producer of such a gather had no bounds (lens_blur: 67 of 80 stages).
import type { IndexExpr } from './graph';
import type { FuncState } from './scope';

export type ValueRange = { lo: IndexExpr; hi: IndexExpr };

/** Whether `e` mentions none of `names` (a Func's own Vars and RVars mean nothing at its callers). */
function freeOf(e: IndexExpr, names: ReadonlySet<string>): boolean {
  switch (e.op) {
    case 'const': return true;
    case 'var': return !names.has(e.name);
    case 'opaque': return ![...names].some((n) => new RegExp(`\\b${n.replace(/\$/g, '\\$')}\\b`).test(e.text));
    default: return e.args.every((a) => freeOf(a, names));
  }
}

/** The clamp bounds of a definition's value (casts around the clamp kept through), or null. */
export function clampedRange(value: IndexExpr, own: ReadonlySet<string>): ValueRange | null {
  let e = value;
  while (e.op === 'cast') e = e.args[0];
  if (e.op !== 'clamp' || e.args.length !== 3) return null;
  const [, lo, hi] = e.args;
  return freeOf(lo, own) && freeOf(hi, own) ? { lo, hi } : null;
}

/** A load of `func`'s component as an index: its text, clamped to the value's bounds when known. */
export function boundedLoad(func: FuncState | undefined, component: number, text: string): IndexExpr {
  const r = func?.valueRange?.[component];
  const load: IndexExpr = { op: 'opaque', text };
  return r ? { op: 'clamp', args: [load, r.lo, r.hi] } : load;
}
