// `f.compute_at(level)` where `level` is a LoopLevel value: `LoopLevel::root()`, `LoopLevel::inlined()`,
// `LoopLevel(g, y)`, a local `LoopLevel l = cond ? ... : ...;`, decided at generation time.
import type { SyntaxNode } from './tree';
import type { Scope } from './scope';
import { evaluate } from './evaluate';
import { argumentsOf, compactText, field, unwrap } from './syntax';

export type LoopAt = 'root' | 'inline' | { func: SyntaxNode; var: SyntaxNode; scope: Scope };

export function loopLevelAt(node: SyntaxNode, scope: Scope, depth = 0): LoopAt | null {
  const n = unwrap(node);
  if (depth > 8) return null;
  if (n.type === 'conditional_expression') {
    const c = evaluate(field(n, 'condition')!, scope);
    return c === undefined ? null : loopLevelAt(field(n, c ? 'consequence' : 'alternative')!, scope, depth + 1);
  }
  if (n.type === 'identifier') {
    const e = scope.lookup(n.text);
    return e?.kind === 'loopLevel' ? loopLevelAt(e.node, e.scope, depth + 1) : null;
  }
  // `level.set({g, y})`: the braced form of LoopLevel(g, y).
  if (n.type === 'initializer_list' && n.namedChildCount === 2) return { func: n.namedChildren[0], var: n.namedChildren[1], scope };
  if (n.type !== 'call_expression') return null;
  const fn = compactText(field(n, 'function')!).replace(/^(::)?(Halide::)?/, '');
  const args = argumentsOf(n);
  if (fn === 'LoopLevel::root' && args.length === 0) return 'root';
  if (fn === 'LoopLevel::inlined' && args.length === 0) return 'inline';
  if (fn === 'LoopLevel' && args.length === 2) return { func: args[0], var: args[1], scope };
  return null;
}
