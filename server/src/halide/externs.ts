// `f.define_extern("name", {inputs...}, Float(32), 3)`: an extern stage. Halide gives it one pure
// stage over `_0, _1, ...` (or the Vars given) that calls nothing; the Funcs it takes as inputs are
// still realized for it, so they stay in the pipeline without an edge (as Halide reports them).
import type { SyntaxNode } from './tree';
import type { ElemType } from './graph';
import type { FuncState, Scope } from './scope';
import type { ReaderState } from './state';
import { resolveCallee } from './callee';
import { evaluate } from './evaluate';
import { rangeOf, unwrap } from './syntax';

export function readExtern(st: ReaderState, func: FuncState, args: SyntaxNode[], scope: Scope, node: SyntaxNode): boolean {
  const [, inputs, type, dims] = args;
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
  st.addStage(func, {
    args: names, argExprs: names.map((name) => ({ op: 'var', name })), pureVars: names, rvars: [], types: [elem],
    ops: elem ? { call_unknown: { [elem]: 1 } } : {}, calls: [], origin: 'source', range: rangeOf(node),
  });
  const fed = (inputs ? unwrap(inputs).namedChildren : []).map((c) => resolveCallee(c, scope));
  st.externInputs.set(func.name, fed.flatMap((e) => (e?.kind === 'func' || e?.kind === 'output' ? [e.func.name] : [])));
  return true;
}

/**
 * `f.copy_to_device()`, `f.copy_to_host()`: f (a plain copy `f(x, y) = g(x, y)`) becomes Halide's
 * buffer-copy extern stage, which calls nothing; g is still realized for it.
 */
export function readBufferCopy(st: ReaderState, func: FuncState): void {
  const stage = func.stages.length === 1 ? st.stages.get(func.stages[0]) : undefined;
  if (!stage) return;
  const fed = stage.calls.filter((c) => c.calleeKind === 'func' && c.callee !== func.name).map((c) => c.callee);
  st.externInputs.set(func.name, [...(st.externInputs.get(func.name) ?? []), ...fed]);
  stage.calls = [];
}
