// Interval arithmetic over IndexExpr trees: the value range an index expression takes when its
// variables range over intervals. Unbounded ends are ±Infinity, so clamp/min/max/mod can still
// bound one side of an otherwise unknown (data-dependent) expression.
import type { ElemType, Estimate, IndexExpr } from '../halide/graph';
import { bufferAccessor } from '../halide/accessors';

/** Closed interval [lo, hi]; `float` when the value is not integral (changes how div rounds). */
export interface Interval { lo: number; hi: number; float: boolean }

export const UNKNOWN: Interval = { lo: -Infinity, hi: Infinity, float: false };

export function point(v: number, float = !Number.isInteger(v)): Interval {
  return { lo: v, hi: v, float };
}

export function span(lo: number, hi: number, float = false): Interval {
  return { lo, hi, float };
}

export function isBounded(i: Interval): boolean {
  return Number.isFinite(i.lo) && Number.isFinite(i.hi);
}

export function union(a: Interval | undefined, b: Interval): Interval {
  if (!a) return b;
  return { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi), float: a.float || b.float };
}

export function intersect(a: Interval, b: Interval): Interval {
  return { lo: Math.max(a.lo, b.lo), hi: Math.min(a.hi, b.hi), float: a.float };
}

/** Product that treats 0 * Infinity as 0: a zero factor bounds the result whatever the other is. */
function mulN(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : a * b;
}

const notNaN = (x: number): number => (Number.isNaN(x) ? 0 : x);

function corners(a: Interval, b: Interval, f: (x: number, y: number) => number): Interval {
  // Four named values rather than an array: this runs for every product and quotient evaluated.
  const v0 = notNaN(f(a.lo, b.lo)), v1 = notNaN(f(a.lo, b.hi)), v2 = notNaN(f(a.hi, b.lo)), v3 = notNaN(f(a.hi, b.hi));
  return { lo: Math.min(v0, v1, v2, v3), hi: Math.max(v0, v1, v2, v3), float: a.float || b.float };
}

/** Halide integer division rounds towards -inf for positive divisors (Euclidean in general). */
function idiv(a: number, b: number): number {
  if (!Number.isFinite(a)) return Math.sign(a) * Math.sign(b) * Infinity;
  return b > 0 ? Math.floor(a / b) : Math.ceil(a / b);
}

function div(a: Interval, b: Interval): Interval {
  if (b.lo <= 0 && b.hi >= 0) return a.lo === 0 && a.hi === 0 ? a : { ...UNKNOWN, float: a.float || b.float };
  if (a.float || b.float) return corners(a, b, (x, y) => (Number.isFinite(y) ? x / y : 0));
  return corners(a, b, (x, y) => (Number.isFinite(y) ? idiv(x, y) : 0));
}

/** Halide's mod is Euclidean: the result is in [0, |b|). */
function mod(a: Interval, b: Interval): Interval {
  const m = Math.max(Math.abs(b.lo), Math.abs(b.hi));
  if (!Number.isFinite(m) || (b.lo <= 0 && b.hi >= 0)) return { lo: 0, hi: Infinity, float: a.float || b.float };
  if (a.float || b.float) return { lo: 0, hi: m, float: true };
  if (b.lo === b.hi && isBounded(a) && Math.floor(a.lo / m) === Math.floor(a.hi / m)) {
    const r = (x: number): number => ((x % m) + m) % m;
    return { lo: r(a.lo), hi: r(a.hi), float: false };
  }
  return { lo: 0, hi: m - 1, float: false };
}

/** Range of an integer type, or null for float types and 32/64-bit ints (no useful clamp). */
export function typeRange(type: ElemType): [number, number] | null {
  const m = /^(u?)int(\d+)$/.exec(type);
  if (type === 'bool') return [0, 1];
  if (!m) return null;
  const bits = Number(m[2]);
  if (bits >= 32) return null;
  return m[1] ? [0, 2 ** bits - 1] : [-(2 ** (bits - 1)), 2 ** (bits - 1) - 1];
}

export function isFloatType(type: ElemType): boolean {
  return /^(b?float)/.test(type);
}

/** Bytes per element of a Halide type name (uint8 -> 1, float32 -> 4); 4 when unknown. */
export function elemBytes(type: ElemType | null | undefined): number {
  if (!type) return 4;
  if (type === 'bool') return 1;
  const m = /(\d+)$/.exec(type);
  return m ? Math.max(1, Number(m[1]) / 8) : 4;
}

function cast(a: Interval, type: ElemType): Interval {
  if (isFloatType(type)) return { ...a, float: true };
  let lo = Math.trunc(a.lo), hi = Math.trunc(a.hi);
  const r = typeRange(type);
  // Out-of-range values wrap in Halide, so the result could be anywhere in the type.
  if (r && (lo < r[0] || hi > r[1])) [lo, hi] = r;
  return { lo, hi, float: false };
}

/** What the evaluator knows about names that appear in index expressions. */
export interface EvalEnv {
  /** Vars and RVars of the stage being evaluated. */
  vars: Map<string, Interval>;
  /** GeneratorParams and scalar Inputs (their estimates). */
  scalars: Map<string, Interval>;
  /** Buffer inputs' estimates, for `input.width()` and friends. */
  buffers: Map<string, (Estimate | null)[]>;
  /** Element type of every Func and Input, for data-dependent loads `f(...)` in opaque text. */
  types: Map<string, ElemType | null>;
}

/** `input.width()`, `input.dim(1).extent()`, `in.dim(0).min()`, or a load `f(...)` of a small type. */
function opaque(text: string, env: EvalEnv): Interval {
  const d = bufferAccessor(text);
  if (d) {
    const est = env.buffers.get(d.buf)?.[d.dim];
    const v = est && est.min !== null && est.extent !== null
      ? { min: est.min, extent: est.extent, max: est.min + est.extent - 1 }[d.what] : null;
    return v === null || v === undefined ? UNKNOWN : point(v);
  }
  const m = /^(\w+)\(.*\)$/.exec(text.replace(/\s+/g, ''));
  const type = m ? env.types.get(m[1]) : undefined;
  if (type) {
    const r = typeRange(type);
    if (r) return span(r[0], r[1]);
    if (isFloatType(type)) return { ...UNKNOWN, float: true };
  }
  return UNKNOWN;
}

/** Round-half-to-even, as Halide's `round`. */
function roundEven(x: number): number {
  if (!Number.isFinite(x)) return x;
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** A monotonic non-decreasing function applied to both ends (infinite ends stay infinite). */
function monotonic(a: Interval, f: (x: number) => number): Interval {
  return { lo: Number.isFinite(a.lo) ? f(a.lo) : a.lo, hi: Number.isFinite(a.hi) ? f(a.hi) : a.hi, float: a.float };
}

/** A float function (sqrt, exp, log): a float result whatever the argument, rounded to float32 as Halide computes it. */
function floatMonotonic(a: Interval, f: (x: number) => number): Interval {
  return f32(monotonic({ ...a, float: true }, f));
}

/** As Halide bounds abs: [0, max |end|]; a single point stays a point; unbounded above if either end is. */
function abs(a: Interval): Interval {
  if (a.lo === a.hi) return point(Math.abs(a.lo), a.float);
  return { lo: 0, hi: Math.max(Math.abs(a.lo), Math.abs(a.hi)), float: a.float };
}

const TRUE = point(1), FALSE = point(0), MAYBE = span(0, 1);

/** A value used as a condition: nonzero is true. */
function truth(a: Interval): Interval {
  if (a.lo > 0 || a.hi < 0) return TRUE;
  if (a.lo === 0 && a.hi === 0) return FALSE;
  return MAYBE;
}

function compare(op: 'lt' | 'le' | 'eq' | 'ne', a: Interval, b: Interval): Interval {
  switch (op) {
    case 'lt': return a.hi < b.lo ? TRUE : a.lo >= b.hi ? FALSE : MAYBE;
    case 'le': return a.hi <= b.lo ? TRUE : a.lo > b.hi ? FALSE : MAYBE;
    case 'eq': return a.lo === a.hi && b.lo === b.hi && a.lo === b.lo ? TRUE : a.hi < b.lo || b.hi < a.lo ? FALSE : MAYBE;
    case 'ne': {
      const q = compare('eq', a, b);
      return q === TRUE ? FALSE : q === FALSE ? TRUE : MAYBE;
    }
  }
}

/**
 * Float expressions are evaluated in float32, as Halide folds and evaluates them: round each end
 * of a float result to the nearest float32 so that a floor landing on an integer agrees with Halide.
 */
function f32(i: Interval): Interval {
  return i.float ? { lo: Math.fround(i.lo), hi: Math.fround(i.hi), float: true } : i;
}

/** Shared by every leaf (const, var, opaque): they read no arguments. */
const NO_ARGS: Interval[] = [];

/** Range of `e` when each variable ranges over its interval in `env`. */
export function evalInterval(e: IndexExpr, env: EvalEnv): Interval {
  if (e.op === 'select') {
    // As Halide: the branch the condition picks when it is known, else the union of both branches.
    const [c, a, b] = e.args;
    if (!c || !a || !b) return UNKNOWN;
    const t = truth(evalInterval(c, env));
    if (t === TRUE) return evalInterval(a, env);
    if (t === FALSE) return evalInterval(b, env);
    return union(evalInterval(a, env), evalInterval(b, env));
  }
  const args = 'args' in e ? e.args.map((a) => evalInterval(a, env)) : NO_ARGS;
  if ('args' in e && !args.length) return UNKNOWN;
  return f32(evalOp(e, args, env));
}

function evalOp(e: Exclude<IndexExpr, { op: 'select' }>, args: Interval[], env: EvalEnv): Interval {
  switch (e.op) {
    case 'const': return point(e.value, e.float === true || !Number.isInteger(e.value));
    case 'var': return env.vars.get(e.name) ?? env.scalars.get(e.name) ?? UNKNOWN;
    case 'opaque': return opaque(e.text, env);
    case 'cast': return cast(args[0], e.type);
    case 'neg': return { lo: -args[0].hi, hi: -args[0].lo, float: args[0].float };
    case 'add': return args.reduce((a, b) => ({ lo: a.lo + b.lo, hi: a.hi + b.hi, float: a.float || b.float }));
    case 'sub': return args.reduce((a, b) => ({ lo: a.lo - b.hi, hi: a.hi - b.lo, float: a.float || b.float }));
    case 'mul': return args.reduce((a, b) => corners(a, b, mulN));
    case 'div': return args.reduce(div);
    case 'mod': return args.reduce(mod);
    case 'min': return args.reduce((a, b) => ({ lo: Math.min(a.lo, b.lo), hi: Math.min(a.hi, b.hi), float: a.float || b.float }));
    case 'max': return args.reduce((a, b) => ({ lo: Math.max(a.lo, b.lo), hi: Math.max(a.hi, b.hi), float: a.float || b.float }));
    case 'clamp': {
      // clamp(v, lo, hi) = max(min(v, hi), lo)
      const [v, lo, hi] = args;
      if (!lo || !hi) return v ?? UNKNOWN;
      const m = { lo: Math.min(v.lo, hi.lo), hi: Math.min(v.hi, hi.hi) };
      return { lo: Math.max(m.lo, lo.lo), hi: Math.max(m.hi, lo.hi), float: v.float };
    }
    case 'floor': return monotonic(args[0], Math.floor);
    case 'ceil': return monotonic(args[0], Math.ceil);
    case 'round': return monotonic(args[0], roundEven);
    case 'trunc': return monotonic(args[0], Math.trunc);
    // Outside the domain, the domain's edge.
    case 'sqrt': return floatMonotonic(args[0], (x) => Math.sqrt(Math.max(x, 0)));
    case 'exp': return floatMonotonic(args[0], Math.exp);
    case 'log': return floatMonotonic(args[0], (x) => (x > 0 ? Math.log(x) : -Infinity));
    case 'abs': return abs(args[0]);
    case 'lt': case 'le': case 'eq': case 'ne':
      return args.length === 2 ? compare(e.op, args[0], args[1]) : MAYBE;
    case 'and': return args.map(truth).reduce((a, b) => span(Math.min(a.lo, b.lo), Math.min(a.hi, b.hi)));
    case 'or': return args.map(truth).reduce((a, b) => span(Math.max(a.lo, b.lo), Math.max(a.hi, b.hi)));
    case 'not': { const t = truth(args[0]); return span(1 - t.hi, 1 - t.lo); }
  }
}
