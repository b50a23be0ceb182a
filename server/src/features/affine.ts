// Index expressions as affine forms c + sum(coef * var), enough to tell the access pattern of a
// call: offsets (stencils), scales (up/downsampling), permutations (transposes), missing dims.
import type { IndexExpr } from '../halide/graph';
import { type Affine, add, constant, isConst, scale, variable } from '../analysis/linear';
import { KeyedMemo } from '../analysis/memo';

export type { Affine };

/** What a name or an opaque expression is, when it does not vary over the stage's loops. */
export interface Invariants {
  scalar(name: string): number | null;
  /** Value of a loop-invariant opaque expression (`input.height()`), or null if it may vary. */
  opaque(text: string): number | null;
  /**
   * Whether a name is only known when the pipeline runs (a scalar Input, unlike a GeneratorParam,
   * which Halide folds into the code). Absent: every invariant counts as known when compiling.
   */
  runtime?(name: string): boolean;
  /**
   * What these invariants say, as text: set, forms are memoized per expression under it (a schedule
   * search featurizes the same expressions with the same invariants for every candidate).
   */
  key?: string;
}

const NONE: Invariants = { scalar: () => null, opaque: () => null };

/** Whether e reads a value Halide only learns at run time: a scalar Input or a buffer's size. */
function readsRuntime(e: IndexExpr, inv: Invariants): boolean {
  if (e.op === 'var') return inv.runtime?.(e.name) ?? false;
  if (e.op === 'opaque') return inv.runtime !== undefined && inv.opaque(e.text) !== null;
  return 'args' in e && e.args.some((a) => readsRuntime(a, inv));
}

/**
 * The affine form of an index expression, or null when it is not affine in the variables
 * (a load, a product of two variables, a modulus). Bounds clamps (min/max/clamp with a constant
 * side, as boundary conditions write them) are looked through: they change only the edges.
 * Division by a constant k gives coefficients 1/k, which is what marks an upsample.
 */
export function affine(e: IndexExpr, inv: Invariants = NONE): Affine | null {
  if (inv.key === undefined) return affineOf(e, inv);
  return FORMS.get(e, inv.key, () => affineOf(e, inv));
}

/** Forms made under keyed invariants (Invariants.key), per expression. Forms are never modified. */
const FORMS = new KeyedMemo<IndexExpr, Affine | null>();

function affineOf(e: IndexExpr, inv: Invariants): Affine | null {
  const args = 'args' in e ? e.args.map((a) => affineOf(a, inv)) : [];
  if (args.some((a) => a === null)) {
    // min/max/clamp of a variable part and a non-affine bound still index at the variable part.
    if ((e.op === 'min' || e.op === 'max' || e.op === 'clamp') && args[0]) return args[0];
    return null;
  }
  const as = args as Affine[];
  switch (e.op) {
    case 'const': return constant(e.value);
    case 'var': {
      const s = inv.scalar(e.name);
      return s !== null ? constant(s) : variable(e.name);
    }
    case 'opaque': {
      const v = inv.opaque(e.text);
      return v === null ? null : constant(v);
    }
    case 'cast': return as[0] ?? null;
    case 'neg': return as[0] ? scale(as[0], -1) : null;
    case 'add': return as.reduce((a, b) => add(a, b));
    case 'sub': return as.reduce((a, b) => add(a, b, -1));
    case 'mul': {
      const k = as.filter(isConst), v = as.filter((a) => !isConst(a));
      if (v.length > 1) return null;
      const factor = k.reduce((p, a) => p * a.c, 1);
      return v.length ? scale(v[0], factor) : constant(factor);
    }
    case 'div': {
      if (as.length !== 2 || !isConst(as[1]) || as[1].c === 0) return null;
      // A divisor known only at run time is a real division per lane, not a scale Halide can
      // simplify: `c / factor` reads a different address per lane (a gather), whatever factor's estimate.
      if (!isConst(as[0]) && readsRuntime(e.args[1], inv)) return null;
      // Floor division: the constant part's fraction does not matter for the pattern.
      const q = scale(as[0], 1 / as[1].c);
      return { ...q, c: Math.floor(q.c), slack: Math.ceil(q.slack) };
    }
    case 'mod': {
      const k = as[1] && isConst(as[1]) ? Math.abs(as[1].c) : 0;
      if (!k || (!isConst(as[0]) && readsRuntime(e.args[1], inv))) return null;
      // A periodic offset in [0, k-1]: bounded, so the access stays regular (e.g. x/2 + x%2).
      return isConst(as[0]) && !as[0].slack ? constant(((as[0].c % k) + k) % k) : constant(0, k - 1);
    }
    case 'min': case 'max': case 'clamp': {
      const v = as.filter((a) => !isConst(a));
      if (v.length === 0) return constant(e.op === 'max' ? Math.max(...as.map((a) => a.c)) : Math.min(...as.map((a) => a.c)));
      return v.length === 1 ? v[0] : null;
    }
    // Rounding, abs, selects and conditions: not affine (read as they were when opaque).
    case 'floor': case 'ceil': case 'round': case 'trunc': case 'abs': case 'sqrt': case 'exp': case 'log': case 'select':
    case 'lt': case 'le': case 'eq': case 'ne': case 'and': case 'or': case 'not':
      return null;
  }
}
