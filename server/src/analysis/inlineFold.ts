// Op counts of a stage with the bodies of its inlined Funcs folded in, after common-subexpression
// elimination as Halide does it: inlining substitutes each call by the callee's body, and CSE then
// computes every distinct call (callee + arguments, in the stage's own variables) once. So
// g(x) = f(x - 1) + f(x + 1) with f(x) = h(x - 1) + h(x + 1) evaluates h(x) once, not twice, and
// sqrt(v(x)) * sqrt(v(x)) one sqrt. Without this, fully inlined stencil chains and diamonds count
// ops multiplicatively (a 3-level inlined stencil: 5 x 4 x 4 bodies where Halide computes ~12).
import type { Call, IndexExpr, OpCounts, Stage } from '../halide/graph';
import type { GraphIndex } from './graphIndex';
import { type Affine, add, constant, isConst, scale, variable } from './linear';
import { KeyedMemo } from './memo';

export interface Folded { ops: OpCounts; funcs: string[] }

/** What a callee's pure variable stands for at one call: its canonical text, and its linear form. */
interface Binding { key: string; lin: Affine | null }
type Subst = Map<string, Binding>;

// Distinct inlined calls walked per stage before the rest is counted without CSE: deep pyramids
// (local_laplacian with nothing scheduled) would otherwise walk tens of thousands per edit.
const MAX_DISTINCT_CALLS = 1000;

function addOps(into: OpCounts, ops: OpCounts): void {
  // for..in, not Object.entries: the same key order without an array per op (this runs per call site).
  for (const op in ops) {
    const t = (into[op] ??= {});
    const byType = ops[op];
    for (const type in byType) t[type] = (t[type] ?? 0) + byType[type];
  }
}

/** The linear form of an index argument under a substitution (no mod or div: those keep their text). */
function linear(e: IndexExpr, s: Subst): Affine | null {
  switch (e.op) {
    case 'const': return e.float ? null : constant(e.value);
    case 'var': {
      const b = s.get(e.name);
      return b ? b.lin : variable(e.name);
    }
    case 'neg': { const a = linear(e.args[0], s); return a && scale(a, -1); }
    case 'add': case 'sub': {
      const [a, b] = e.args.map((x) => linear(x, s));
      return a && b && add(a, b, e.op === 'sub' ? -1 : 1);
    }
    case 'mul': {
      const [a, b] = e.args.map((x) => linear(x, s));
      if (!a || !b) return null;
      if (isConst(a)) return times(b, a.c);
      if (isConst(b)) return times(a, b.c);
      return null;
    }
    default: return null;
  }
}

// A product with 0 is the constant 0 (scale would keep the variables with coefficient 0).
const times = (a: Affine, k: number): Affine => (k === 0 ? constant(0) : scale(a, k));

function linKey(l: Affine): string {
  // Most forms have one variable or none: no sort, no arrays (this runs per argument of every call walked).
  if (l.coefs.size === 0) return String(l.c);
  if (l.coefs.size === 1) {
    for (const [v, k] of l.coefs) return `${k}*${v}+${l.c}`;
  }
  return [...l.coefs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([v, k]) => `${k}*${v}`).concat(String(l.c)).join('+');
}

/**
 * Canonical text of an argument with the callee's variables replaced by what they stand for, or
 * null when it cannot be told equal to anything (opaque text under a substitution: its variables
 * can't be replaced, so two sites with the same text may read different points).
 */
function canonical(e: IndexExpr, s: Subst): Binding | null {
  const lin = linear(e, s);
  if (lin) return { key: `L(${linKey(lin)})`, lin };
  const key = structural(e, s);
  return key === null ? null : { key, lin: null };
}

function structural(e: IndexExpr, s: Subst): string | null {
  switch (e.op) {
    case 'const': return `${e.value}${e.float ? 'f' : ''}`;
    case 'var': return s.get(e.name)?.key ?? e.name;
    case 'opaque': return s.size ? null : `O(${e.text})`;
    default: {
      const parts: string[] = [];
      for (const a of e.args) {
        const k = canonical(a, s);
        if (k === null) return null;
        parts.push(k.key);
      }
      return `${e.op}${'type' in e ? `<${e.type}>` : ''}(${parts.join(',')})`;
    }
  }
}

/** The type of the value a call loads: the callee's (Tuple component's) type, or the Input's. */
function loadType(ix: GraphIndex, c: Call): string {
  const pure = ix.stagesOf.get(c.callee)?.[0];
  if (pure) return pure.types[c.component ?? 0] ?? 'float32';
  return ix.inputs.get(c.callee)?.type ?? 'float32';
}

function dropLoad(ops: OpCounts, type: string): void {
  if (ops.load?.[type]) ops.load[type] -= 1;
}

/**
 * Every call site its own copy of the body (no CSE): the count for an inlined Func's own node (what
 * one evaluation costs), and the fallback past the walk budget. Memoized per Func across stages.
 */
export function foldPerCallSite(ix: GraphIndex, stage: Stage, inline: (f: string) => boolean, memo: Map<string, Folded>): Folded {
  const ops: OpCounts = {};
  addOps(ops, stage.ops);
  const funcs = new Set<string>();
  for (const c of stage.calls) {
    if (c.callee === stage.func || !inline(c.callee)) continue;
    let body = memo.get(c.callee);
    if (!body) {
      const pure = ix.stagesOf.get(c.callee)?.[0];
      body = pure ? foldPerCallSite(ix, pure, inline, memo) : { ops: {}, funcs: [] };
      memo.set(c.callee, body);
    }
    dropLoad(ops, loadType(ix, c));
    addOps(ops, body.ops);
    funcs.add(c.callee);
    body.funcs.forEach((f) => funcs.add(f));
  }
  return { ops, funcs: [...funcs] };
}

/**
 * Folds already made, per graph definition (its stages array: the search's candidates share it and
 * change only the schedule), by stage and the Funcs inlined into it. A search re-analyses the same
 * stage with the same inlined producers for most of its candidates, and the walk below is what the
 * analysis of a deeply inlined pipeline spends its time on.
 */
const FOLDS = new KeyedMemo<readonly Stage[], Folded>();

/** Shared results are frozen: a caller that modified one would change every later analysis' counts. */
function frozen(f: Folded): Folded {
  for (const byType of Object.values(f.ops)) Object.freeze(byType);
  Object.freeze(f.ops);
  Object.freeze(f.funcs);
  return Object.freeze(f);
}

/** The Funcs whose bodies end up in `stage`: inlined callees, transitively. */
function inlinedClosure(ix: GraphIndex, stage: Stage, inline: (f: string) => boolean): string[] {
  const out = new Set<string>();
  const visit = (body: Stage): void => {
    for (const c of body.calls) {
      if (c.callee === body.func || out.has(c.callee) || !inline(c.callee)) continue;
      out.add(c.callee);
      const pure = ix.stagesOf.get(c.callee)?.[0];
      if (pure) visit(pure);
    }
  };
  visit(stage);
  return [...out].sort();
}

/**
 * A stage's per-point ops with inlined Funcs folded in, each distinct call (and load) counted once.
 * The result is shared (FOLDS): callers must not modify it.
 */
export function foldInlined(ix: GraphIndex, stage: Stage, inline: (f: string) => boolean, memo = new Map<string, Folded>()): Folded {
  const key = `${stage.id}|${inlinedClosure(ix, stage, inline).join(',')}`;
  return FOLDS.get(ix.g.stages, key, () => frozen(walkInlined(ix, stage, inline, memo)));
}

function walkInlined(ix: GraphIndex, stage: Stage, inline: (f: string) => boolean, memo: Map<string, Folded>): Folded {
  const ops: OpCounts = {};
  const funcs = new Set<string>();
  const seen = new Set<string>();
  let budget = MAX_DISTINCT_CALLS;

  const walk = (body: Stage, s: Subst): void => {
    addOps(ops, body.ops);
    for (const c of body.calls) {
      if (c.callee === body.func && body === stage) continue; // an update reading its own Func
      const args = c.argExprs.map((a) => canonical(a, s));
      // The component is not in the key: a Tuple is computed once for all its components.
      const key = args.every((a) => a !== null) ? `${c.callee}(${args.map((a) => a!.key).join(',')})` : null;
      const inlined = c.callee !== body.func && inline(c.callee);
      if (key !== null && seen.has(key)) {
        // Halide reuses the value: neither the load nor the body is repeated.
        dropLoad(ops, loadType(ix, c));
        continue;
      }
      if (key !== null) seen.add(key);
      if (!inlined) continue;
      dropLoad(ops, loadType(ix, c));
      funcs.add(c.callee);
      const pure = ix.stagesOf.get(c.callee)?.[0];
      if (!pure) continue;
      if (--budget < 0) {
        const rest = foldPerCallSite(ix, pure, inline, memo);
        addOps(ops, rest.ops);
        rest.funcs.forEach((f) => funcs.add(f));
        continue;
      }
      const inner: Subst = new Map();
      pure.pureVars.forEach((v, i) => {
        const a = args[i];
        // An argument we can't name makes every use of that variable unique (no sharing).
        inner.set(v, a ?? { key: `?${budget}`, lin: null });
      });
      walk(pure, inner);
    }
  };
  walk(stage, new Map());
  for (const byType of Object.values(ops)) for (const [t, n] of Object.entries(byType)) if (n <= 0) delete byType[t];
  return { ops, funcs: [...funcs] };
}
