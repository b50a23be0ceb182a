// Bounds on a Func's values, for loads of it used as indices. Halide's bounds inference knows a
// Func's value bounds where its definition clamps the value (function value bounds), so a pipeline
// that reads `input(x + offset(x, y), y)` with `offset` clamped to [-r, r] has a bounded region;
// without them every producer of such a gather had no bounds (lens_blur: 67 of 80 stages).
import { indexMentions, type IndexExpr } from './graph';
import type { FuncState } from './scope';

export type ValueRange = { lo: IndexExpr; hi: IndexExpr };

/** The clamp bounds of a definition's value (casts around the clamp kept through), or null. */
export function clampedRange(value: IndexExpr, own: ReadonlySet<string>): ValueRange | null {
  let e = value;
  while (e.op === 'cast') e = e.args[0];
  if (e.op !== 'clamp' || e.args.length !== 3) return null;
  const [, lo, hi] = e.args;
  // lo and hi must not use the Func's own Vars and RVars: they mean nothing at its callers.
  return !indexMentions(lo, own) && !indexMentions(hi, own) ? { lo, hi } : null;
}

/** A load of `func`'s component as an index (`load`, opaque): clamped to the value's bounds when known. */
export function boundedLoad(func: FuncState | undefined, component: number, load: IndexExpr): IndexExpr {
  const r = func?.valueRange?.[component];
  return r ? { op: 'clamp', args: [load, r.lo, r.hi] } : load;
}
