// `if (...)` at generation time: a condition the generator decides (a GeneratorParam, the target,
// one of the file's functions of plain values) runs one branch; `if (auto_schedule)` (or
// `using_autoscheduler()`) runs both, each marked as the auto or manual schedule.
import type { SyntaxNode } from './tree';
import type { Scope } from './scope';
import type { Interpreter } from './interpret';
import { autoScheduleCondition, type BranchState } from './schedule';
import { evaluate } from './evaluate';
import { baseName, field } from './syntax';

export function execIf(it: Interpreter, node: SyntaxNode, scope: Scope, state: BranchState): void {
  const cond = field(node, 'condition')!;
  const cons = field(node, 'consequence');
  const alt = field(node, 'alternative');
  const altBody = alt?.type === 'else_clause' ? alt.namedChildren[0] : alt;
  const asksAuto = autoScheduleCondition(cond);
  if (asksAuto !== null) {
    const branchOf = (taken: boolean): BranchState => {
      const branch = taken === asksAuto ? 'auto' : 'manual';
      const applies = state.applies && (branch === 'auto') === it.st.autoSchedule;
      return { branch, applies };
    };
    if (cons) it.exec(cons, scope.child(), branchOf(true));
    if (altBody) it.exec(altBody, scope.child(), branchOf(false));
    return;
  }
  const c = evaluate(field(cond, 'value') ?? cond, scope);
  if (c === undefined) {
    // A check (`if (!ok) throw ...;`, `if (bad) abort();`): the generator was built, so it passed.
    if (cons && fails(it, cons, 0)) {
      if (altBody) it.exec(altBody, scope.child(), state);
      return;
    }
    if (altBody && fails(it, altBody, 0)) {
      if (cons) it.exec(cons, scope.child(), state);
      return;
    }
    it.st.diag(cond, 'unread-construct', 'condition is not known at generation time: only the first branch is read');
    if (cons) it.exec(cons, scope.child(), state);
    return;
  }
  if (c && cons) it.exec(cons, scope.child(), state);
  else if (!c && altBody) it.exec(altBody, scope.child(), state);
}

/** Whether running a statement ends in an error: a throw, abort(), or a helper of the file that always does (`throw_error(msg)`). */
function fails(it: Interpreter, node: SyntaxNode, depth: number): boolean {
  if (node.type === 'throw_statement') return true;
  if (node.type === 'compound_statement') {
    const last = node.namedChildren.filter((c) => c.type !== 'comment').pop();
    return !!last && fails(it, last, depth);
  }
  if (node.type !== 'expression_statement') return false;
  const call = node.namedChildren[0];
  if (call?.type !== 'call_expression') return false;
  const name = baseName(field(call, 'function')!);
  if (/^(abort|exit|_Exit|quick_exit)$/.test(name)) return true;
  const defs = it.functionsNamed(name);
  const body = defs?.length === 1 ? field(defs[0], 'body') : null;
  return depth < 3 && !!body && fails(it, body, depth + 1);
}
