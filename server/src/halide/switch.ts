// `switch (rotation) { case Rotation::None: ...; break; ... }` on a value known at generation time
// (an enum GeneratorParam, a template constant): only the case taken runs, falling through to the
// next until a `break`, as the C++ does.
import type { SyntaxNode } from './tree';
import type { Scope } from './scope';
import type { Interpreter } from './interpret';
import type { BranchState } from './schedule';
import { evaluate } from './evaluate';
import { field } from './syntax';
import { preprocKept } from './loops';

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
  // The body as one run of labels and statements: `#if` around cases (a case only some builds
  // have) leaves the statements after it outside any case_statement.
  const items: { label?: SyntaxNode | null; stmt?: SyntaxNode }[] = [];
  const flatten = (nodes: SyntaxNode[]): void => {
    for (const c of nodes) {
      if (c.type === 'case_statement') {
        const value = field(c, 'value');
        items.push({ label: value });
        flatten(c.namedChildren.filter((k) => k !== value && k.id !== value?.id));
      } else if (/^preproc_(if|ifdef)$/.test(c.type)) flatten(preprocKept(c, scope));
      else if (c.type !== 'comment') items.push({ stmt: c });
    }
  };
  flatten(body.namedChildren);
  let at = items.findIndex((x) => x.label && evaluate(x.label, scope) === v);
  if (at < 0) at = items.findIndex((x) => x.label === null);
  if (at < 0) return;
  const local = scope.child();
  for (const { stmt } of items.slice(at)) {
    if (!stmt) continue;
    if (breaks(stmt)) {
      if (stmt.type === 'compound_statement') it.exec(stmt, local, state);
      return;
    }
    it.exec(stmt, local, state);
    if (it.hasReturned) return;
  }
}
