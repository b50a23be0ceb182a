// Index expressions as affine forms c + sum(coef * var), enough to tell the access pattern of a
// call: offsets (stencils), scales (up/downsampling), permutations (transposes), missing dims.
import type { IndexExpr } from '../halide/graph';

/** `slack`: width of a bounded periodic part (`x % k` spans k-1) on top of the constant offset. */
export interface Affine { coefs: ReadonlyMap<string, number>; c: number; slack: number }

/** What a name or an opaque expression is, when it does not vary over the stage's loops. */
export interface Invariants {
  scalar(name: string): number | null;
  /** Value of a loop-invariant opaque expression (`input.height()`), or null if it may vary. */
  opaque(text: string): number | null;
}

const NONE: Invariants = { scalar: () => null, opaque: () => null };

// Forms are never modified once built, so they share maps: every constant the one empty map, and
// a sum or a scaling that leaves the variables as they were its operand's map.
const NO_VARS: ReadonlyMap<string, number> = new Map();

const constant = (c: number, slack = 0): Affine => ({ coefs: NO_VARS, c, slack });

function scale(a: Affine, k: number): Affine {
  if (k === 1) return a;
  const coefs = a.coefs.size ? new Map([...a.coefs].map(([v, x]) => [v, x * k])) : NO_VARS;
  return { coefs, c: a.c * k, slack: a.slack * Math.abs(k) };
}

function add(a: Affine, b: Affine, sign = 1): Affine {
  if (b.coefs.size === 0) return { coefs: a.coefs, c: a.c + sign * b.c, slack: a.slack + b.slack };
  const coefs = new Map(a.coefs);
  for (const [v, x] of b.coefs) {
    const s = (coefs.get(v) ?? 0) + sign * x;
    if (s === 0) coefs.delete(v);
    else coefs.set(v, s);
  }
  return { coefs, c: a.c + sign * b.c, slack: a.slack + b.slack };
}

const isConst = (a: Affine): boolean => a.coefs.size === 0;

/**
 * The affine form of an index expression, or null when it is not affine in the variables
 * (a load, a product of two variables, a modulus). Bounds clamps (min/max/clamp with a constant
 * side, as boundary conditions write them) are looked through: they change only the edges.
 * Division by a constant k gives coefficients 1/k, which is what marks an upsample.
 */
export function affine(e: IndexExpr, inv: Invariants = NONE): Affine | null {
  const args = 'args' in e ? e.args.map((a) => affine(a, inv)) : [];
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
      return s !== null ? constant(s) : { coefs: new Map([[e.name, 1]]), c: 0, slack: 0 };
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
      // Floor division: the constant part's fraction does not matter for the pattern.
      const q = scale(as[0], 1 / as[1].c);
      return { ...q, c: Math.floor(q.c), slack: Math.ceil(q.slack) };
    }
    case 'mod': {
      const k = as[1] && isConst(as[1]) ? Math.abs(as[1].c) : 0;
      if (!k) return null;
      // A periodic offset in [0, k-1]: bounded, so the access stays regular (e.g. x/2 + x%2).
      return isConst(as[0]) && !as[0].slack ? constant(((as[0].c % k) + k) % k) : constant(0, k - 1);
    }
    case 'min': case 'max': case 'clamp': {
      const v = as.filter((a) => !isConst(a));
      if (v.length === 0) return constant(e.op === 'max' ? Math.max(...as.map((a) => a.c)) : Math.min(...as.map((a) => a.c)));
      return v.length === 1 ? v[0] : null;
    }
    // Rounding, abs, selects and conditions: not affine (read as they were when opaque).
    case 'floor': case 'ceil': case 'round': case 'trunc': case 'abs': case 'select':
    case 'lt': case 'le': case 'eq': case 'ne': case 'and': case 'or': case 'not':
      return null;
  }
}
