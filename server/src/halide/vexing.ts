// C++'s most vexing parse: `RDom tail(size_vecs * vec_size, size_tail);` reads, to a parser that
// does not know which names are types, as a function declaration with parameters `size_vecs
// *vec_size` and `size_tail`. Inside a generator's body, a "parameter type" that names a value in
// scope (a local Expr, a constant, a Var) shows it is an object built from expressions: they are
// read again as expressions, at the positions they have in the file.
import type { SyntaxNode } from './tree';
import type { Scope } from './scope';
import { parseText } from './parser';
import { field, unwrap } from './syntax';

/** Parameter lists read again (text at its position -> argument nodes); generators have few. */
const cache = new Map<string, SyntaxNode[]>();
const CACHE_MAX = 64;
const CALLEE = '__hl_vexing';

/** The arguments a misparsed `T name(a * b, c)` constructs name with; null when it is a real declaration. */
export function vexingArgs(declarator: SyntaxNode, scope: Scope): SyntaxNode[] | null {
  // Only a local declaration: a class member with parentheses is always a method.
  if (declarator.type !== 'function_declarator' || declarator.parent?.type !== 'declaration') return null;
  const list = field(declarator, 'parameters');
  if (!list) return null;
  const params = list.namedChildren.filter((p) => p.type !== 'comment');
  // Every parameter must be able to be an expression, and one (at least) must name a value.
  if (!params.length || params.some((p) => p.type !== 'parameter_declaration')) return null;
  const namesValue = params.some((p) => {
    const t = field(p, 'type');
    return t?.type === 'type_identifier' && scope.lookup(t.text) !== undefined && field(p, 'declarator') !== null;
  });
  if (!namesValue) return null;
  const { row, column } = list.startPosition;
  if (row < 1) return null;
  // A call in an initializer is never a declaration: `int _ = F(<the list>);`, F on the line
  // before, so that every argument keeps its line and column.
  const text = `${'\n'.repeat(row - 1)}int _ = ${CALLEE}\n${' '.repeat(column)}${list.text};`;
  const hit = cache.get(text);
  if (hit) return hit;
  const call = findCall(parseText(text).rootNode);
  if (!call) return null;
  const args = (field(call, 'arguments')?.namedChildren ?? []).filter((c) => c.type !== 'comment');
  if (args.length !== params.length || args.some((a) => a.type === 'ERROR' || a.hasError)) return null;
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(text, args);
  return args;
}

function findCall(n: SyntaxNode): SyntaxNode | null {
  const u = unwrap(n);
  if (u.type === 'call_expression' && field(u, 'function')?.text === CALLEE) return u;
  for (const c of n.namedChildren) {
    const f = findCall(c);
    if (f) return f;
  }
  return null;
}
