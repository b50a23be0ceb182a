// Index expressions as affine forms c + sum(coef * var), enough to tell the access pattern of a
// call: offsets (stencils), scales (up/downsampling), permutations (transposes), missing dims.
import type { IndexExpr } from '../halide/graph';

export interface Affine { coefs: Map<string, number>; c: number }

const constant = (c: number): Affine => ({ coefs: new Map(), c });

function scale(a: Affine, k: number): Affine {
  return { coefs: new Map([...a.coefs].map(([v, x]) => [v, x * k])), c: a.c * k };
}

function add(a: Affine, b: Affine, sign = 1): Affine {
  const coefs = new Map(a.coefs);
  for (const [v, x] of b.coefs) {
    const s = (coefs.get(v) ?? 0) + sign * x;
    if (s === 0) coefs.delete(v);
    else coefs.set(v, s);
  }
  return { coefs, c: a.c + sign * b.c };
}

const isConst = (a: Affine): boolean => a.coefs.size === 0;

/**
 * The affine form of an index expression, or null when it is not affine in the variables
 * (a load, a product of two variables, a modulus). Bounds clamps (min/max/clamp with a constant
 * side, as boundary conditions write them) are looked through: they change only the edges.
 * Division by a constant k gives coefficients 1/k, which is what marks an upsample.
 */
export function affine(e: IndexExpr, scalars: (name: string) => number | null = () => null): Affine | null {
  const args = 'args' in e ? e.args.map((a) => affine(a, scalars)) : [];
  if (args.some((a) => a === null)) {
    // min/max/clamp of a variable part and a non-affine bound still index at the variable part.
    if ((e.op === 'min' || e.op === 'max' || e.op === 'clamp') && args[0]) return args[0];
    return null;
  }
  const as = args as Affine[];
  switch (e.op) {
    case 'const': return constant(e.value);
    case 'var': {
      const s = scalars(e.name);
      return s !== null ? constant(s) : { coefs: new Map([[e.name, 1]]), c: 0 };
    }
    case 'opaque': return null;
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
      return { ...q, c: Math.floor(q.c) };
    }
    case 'mod': return as.every(isConst) && as[1]?.c ? constant(((as[0].c % as[1].c) + as[1].c) % as[1].c) : null;
    case 'min': case 'max': case 'clamp': {
      const v = as.filter((a) => !isConst(a));
      if (v.length === 0) return constant(e.op === 'max' ? Math.max(...as.map((a) => a.c)) : Math.min(...as.map((a) => a.c)));
      return v.length === 1 ? v[0] : null;
    }
  }
}
