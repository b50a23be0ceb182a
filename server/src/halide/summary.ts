// ExprSummary algebra: the empty summary, op counts and how child summaries fold into a parent.
// Shared by expression analysis, definitions (compound assignment) and inline reductions.
import type { SyntaxNode } from './tree';
import type { Call, ElemType, IndexExpr, OpCounts } from './graph';
import type { ExprSummary } from './scope';
import { compactText } from './syntax';
import { MAX_DIMENSIONS } from './types';

export function emptySummary(): ExprSummary {
  return { ops: {}, calls: [], rvars: [], type: null, literal: false, index: { op: 'opaque', text: '' } };
}

/**
 * Free pure Vars of an expression, in first-use order: the implicit Func's arguments. Scalar
 * Inputs are names in index trees too, but not Vars (`scalar`).
 */
export function freeVars(index: ExprSummary, calls: Call[], scalar: (name: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const visit = (e: IndexExpr): void => {
    if (e.op === 'var' && !e.name.includes('$') && !out.includes(e.name) && !scalar(e.name)) out.push(e.name);
    if ('args' in e) e.args.forEach(visit);
  };
  for (const c of calls) c.argExprs.forEach(visit);
  visit(index.index);
  return out;
}

export function addOp(ops: OpCounts, kind: string, type: ElemType | null, count = 1): void {
  const t = type ?? 'unknown';
  const byType = (ops[kind] ??= {});
  byType[t] = (byType[t] ?? 0) + count;
}

export function mergeOps(into: OpCounts, from: OpCounts): void {
  for (const [kind, byType] of Object.entries(from)) {
    for (const [t, n] of Object.entries(byType)) addOp(into, kind, t, n);
  }
}

/** Fold child summaries into a result with the given own op, type and index. */
export function combine(parts: ExprSummary[], type: ElemType | null, index: IndexExpr, op?: [string, ElemType | null]): ExprSummary {
  const out: ExprSummary = { ops: {}, calls: [], rvars: [], type, literal: false, index };
  for (const p of parts) {
    mergeOps(out.ops, p.ops);
    out.calls.push(...p.calls);
    for (const r of p.rvars) if (!out.rvars.some((x) => x.name === r.name)) out.rvars.push(r);
  }
  if (op) addOp(out.ops, op[0], op[1]);
  return out;
}

/** An index the bounds analysis cannot see through; keeps the source text for messages. */
export function opaque(node: SyntaxNode): IndexExpr {
  return { op: 'opaque', text: compactText(node) };
}

/** `a op= b` for Expr values: the combining operation plus both sides. */
export function compound(a: ExprSummary, b: ExprSummary, op: string): ExprSummary {
  const kind = ({ '+=': 'add', '-=': 'sub', '*=': 'mul', '/=': 'div' } as Record<string, string>)[op] ?? 'other';
  const out: ExprSummary = { ...emptySummary(), type: a.type ?? b.type, calls: [...a.calls, ...b.calls], rvars: [...a.rvars] };
  for (const r of b.rvars) if (!out.rvars.some((x) => x.name === r.name)) out.rvars.push(r);
  mergeOps(out.ops, a.ops);
  mergeOps(out.ops, b.ops);
  if (op === '=' ) return b;
  if (kind === 'other') {
    // min=/max= do not exist in C++; anything else is a plain binary op of that kind.
    addOp(out.ops, op.replace('=', ''), out.type);
  } else addOp(out.ops, kind, out.type);
  out.index = { op: 'opaque', text: '' };
  return out;
}

/**
 * `f(x, _) = g(x, _)`: the `_` on the left is the implicit Vars the right side's calls expanded
 * theirs to (`_0, _1, ...`, as many as the widest call needs).
 */
export function implicitArgs(lhs: (SyntaxNode | string)[], value: ExprSummary): (SyntaxNode | string)[] {
  const at = lhs.findIndex((a) => typeof a !== 'string' && (a.text === '_' || a.text === 'Halide::_'));
  if (at < 0) return lhs;
  let k = 0;
  // A Var typed as `_99999999` is no implicit dimension: past Halide's rank limit it counts for none.
  for (const c of value.calls) for (const a of c.args) { const m = /^_(\d+)$/.exec(a); if (m && Number(m[1]) < MAX_DIMENSIONS) k = Math.max(k, Number(m[1]) + 1); }
  const out: (SyntaxNode | string)[] = [...lhs];
  out.splice(at, 1, ...Array.from({ length: k }, (_, i) => `_${i}`));
  return out;
}
