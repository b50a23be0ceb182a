// Linear forms c + sum(coef * var) over index variables: the arithmetic shared by the access-pattern
// features (features/affine.ts) and the CSE keys of inlined calls (analysis/inlineFold.ts).

/** `slack`: width of a bounded periodic part (`x % k` spans k-1) on top of the constant offset. */
export interface Affine { coefs: ReadonlyMap<string, number>; c: number; slack: number }

// Forms are never modified once built, so they share maps: every constant the one empty map, and
// a sum or a scaling that leaves the variables as they were its operand's map.
const NO_VARS: ReadonlyMap<string, number> = new Map();

export const constant = (c: number, slack = 0): Affine => ({ coefs: NO_VARS, c, slack });

export const variable = (name: string): Affine => ({ coefs: new Map([[name, 1]]), c: 0, slack: 0 });

export function scale(a: Affine, k: number): Affine {
  if (k === 1) return a;
  const coefs = a.coefs.size ? new Map([...a.coefs].map(([v, x]) => [v, x * k])) : NO_VARS;
  return { coefs, c: a.c * k, slack: a.slack * Math.abs(k) };
}

export function add(a: Affine, b: Affine, sign = 1): Affine {
  if (b.coefs.size === 0) return { coefs: a.coefs, c: a.c + sign * b.c, slack: a.slack + b.slack };
  const coefs = new Map(a.coefs);
  for (const [v, x] of b.coefs) {
    const s = (coefs.get(v) ?? 0) + sign * x;
    if (s === 0) coefs.delete(v);
    else coefs.set(v, s);
  }
  return { coefs, c: a.c + sign * b.c, slack: a.slack + b.slack };
}

export const isConst = (a: Affine): boolean => a.coefs.size === 0;
