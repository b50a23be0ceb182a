// `switch (rotation) { case Rotation::None: ...; break; ... }` on a value known at generation time
// (an enum GeneratorParam, a template constant): only the case taken runs, falling through to the
// next until a `break`, as the C++ does.
import type { SyntaxNode } from './tree';
import type { Scope } from './scope';
import type { Interpreter } from './interpret';
import type { BranchState } from './schedule';
import { evaluate } from './evaluate';
import { field } from './syntax';

/** A statement that ends the case: a `break`, alone or closing a braced case body. */
function breaks(stmt: SyntaxNode): boolean {
  if (stmt.type === 'break_statement') return true;
  return stmt.type === 'compound_statement' && stmt.namedChildren.some((c) => c.type === 'break_statement');
}

export function execSwitch(it: Interpreter, node: SyntaxNode, scope: Scope, state: BranchState): void {
  const cond = field(node, 'condition');
  const body = field(node, 'body');
  if (!cond || !body) return;
  const inner = cond.type === 'condition_clause' ? (field(cond, 'value') ?? cond.namedChildren[0]) : cond;
  const v = inner ? evaluate(inner, scope) : undefined;
  if (v === undefined) {
    it.st.diag(cond, 'unread-construct', 'switch value is not known at generation time: its cases are not read');
    return;
  }
  const cases = body.namedChildren.filter((c) => c.type === 'case_statement');
  let at = cases.findIndex((c) => {
    const value = field(c, 'value');
    return value !== null && evaluate(value, scope) === v;
  });
  if (at < 0) at = cases.findIndex((c) => !field(c, 'value'));
  if (at < 0) return;
  const local = scope.child();
  for (const c of cases.slice(at)) {
    const value = field(c, 'value');
    for (const stmt of c.namedChildren) {
      if (stmt === value || stmt.type === 'comment') continue;
      if (breaks(stmt)) {
        if (stmt.type === 'compound_statement') it.exec(stmt, local, state);
        return;
      }
      it.exec(stmt, local, state);
    }
  }
}
