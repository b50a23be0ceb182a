// `f.define_extern("name", {inputs...}, Float(32), 3)`: an extern stage. Halide gives it one pure
// stage over `_0, _1, ...` (or the Vars given) whose definition calls nothing; the Funcs it takes as
// inputs are realized for it, read by C code Halide never sees. They are its calls at its own
// coordinates (as pipeline_dump reports them): producers, in Halide's order of the pipeline's Funcs.
import type { SyntaxNode } from './tree';
import type { Call, ElemType } from './graph';
import type { FuncState, Scope } from './scope';
import type { ReaderState } from './state';
import { resolveCallee } from './callee';
import { evaluate } from './evaluate';
import { compactText, rangeOf, unwrap } from './syntax';

export function readExtern(st: ReaderState, func: FuncState, args: SyntaxNode[], scope: Scope, node: SyntaxNode): boolean {
  const [cname, inputs, type, dims] = args;
  if (!dims) return false;
  let names: string[] | null = null;
  const n = evaluate(dims, scope);
  if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 16) names = Array.from({ length: n }, (_, i) => `_${i}`);
  const list = unwrap(dims);
  if (list.type === 'initializer_list') {
    const vars = list.namedChildren.map((c) => resolveCallee(c, scope));
    if (vars.every((v) => v?.kind === 'var')) names = vars.map((v) => (v as { name: string }).name);
  }
  if (!names || func.stages.length) return false;
  const t = type ? evaluate(type, scope) : undefined;
  const elem = (typeof t === 'string' ? t : null) as ElemType | null;
  func.dims = names.length;
  func.types = [elem];
  const named = cname ? evaluate(cname, scope) : undefined;
  func.extern = typeof named === 'string' ? named : compactText(cname ?? node);
  const fed = (inputs ? unwrap(inputs).namedChildren : []).map((c) => resolveCallee(c, scope))
    .flatMap((e) => (e?.kind === 'func' || e?.kind === 'output' ? [e.func] : []));
  st.addStage(func, {
    args: names, argExprs: names.map((name) => ({ op: 'var', name })), pureVars: names, rvars: [], types: [elem],
    ops: elem ? { call_unknown: { [elem]: 1 } } : {}, calls: fed.map((f) => externCall(f.name, f.dims, names!, node)), origin: 'source', range: rangeOf(node),
  });
  return true;
}

/** An extern stage's read of a Func it takes: at the extern's own coordinates (`_k` past its rank). */
function externCall(callee: string, dims: number, own: string[], node: SyntaxNode): Call {
  const args = Array.from({ length: dims }, (_, d) => own[d] ?? `_${d}`);
  return { callee, calleeKind: 'func', args, argExprs: args.map((name) => ({ op: 'var', name })), component: null, range: rangeOf(node) };
}

/**
 * `f.copy_to_device()`, `f.copy_to_host()`: f (a plain copy `f(x, y) = g(x, y)`) becomes Halide's
 * buffer-copy extern stage: g is realized for it and read by the copy, as its call says.
 */
export function readBufferCopy(st: ReaderState, func: FuncState): void {
  if (func.stages.length === 1 && st.stages.has(func.stages[0])) func.extern = 'halide_buffer_copy';
}
