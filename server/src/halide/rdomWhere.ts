// `r.where(cond)`: a predicate on an RDom. Halide keeps it with the RDom and tests it at every point of
// each stage that reduces over the RDom afterwards, so those stages load what it loads (state.addStage).
import type { SyntaxNode } from './tree';
import type { Scope } from './scope';
import type { Interpreter } from './interpret';
import { resolveCallee } from './callee';
import { analyzeExpr } from './expr';
import { argumentsOf, field, unwrap } from './syntax';

/** Records `r.where(cond)` if that is what the call is; false for any other call. */
export function rdomWhere(it: Interpreter, call: SyntaxNode, scope: Scope): boolean {
  const fn = unwrap(field(call, 'function')!);
  if (fn.type !== 'field_expression' || field(fn, 'field')?.text !== 'where') return false;
  const rdom = resolveCallee(field(fn, 'argument')!, scope);
  if (rdom?.kind !== 'rdom') return false;
  const cond = argumentsOf(call)[0];
  if (!cond) return true;
  const list = it.st.rdomPredicates.get(rdom.info.name) ?? [];
  list.push(analyzeExpr(cond, it.exprCtx(scope)));
  it.st.rdomPredicates.set(rdom.info.name, list);
  return true;
}
