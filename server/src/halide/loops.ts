// Loops and preprocessor conditionals inside a generator's methods, run as at generation time:
// loops with constant bounds are unrolled, range-for over braced lists and Func arrays, and
// `#ifdef` / `#if` take the branch the file's own `#define`s select. Part of the Interpreter.
import type { SyntaxNode } from './tree';
import type { Entity, Scope } from './scope';
import type { Interpreter } from './interpret';
import type { BranchState } from './schedule';
import { resolveCallee } from './callee';
import { declare, declaredName } from './entities';
import { evaluate } from './evaluate';
import { mapItems } from './maps';
import { field, unwrap } from './syntax';

const MAX_UNROLL = 256;

export function execFor(it: Interpreter, node: SyntaxNode, scope: Scope, state: BranchState): void {
  const loop = scope.child();
  const init = field(node, 'initializer');
  if (init) {
    if (init.type === 'declaration') declare(it, init, loop, state);
    else it.execExpression(init, loop, state);
  }
  const cond = field(node, 'condition');
  const update = field(node, 'update');
  const body = field(node, 'body');
  if (!cond || !body) return;
  for (let i = 0; ; i++) {
    const c = evaluate(cond, loop);
    if (c === undefined) {
      it.st.diag(cond, 'unread-construct', 'loop bound is not a compile-time constant: the loop body is not read');
      return;
    }
    if (!c) return;
    if (i >= MAX_UNROLL) {
      it.st.diag(cond, 'unread-construct', `loop runs over ${MAX_UNROLL} times: only the first ${MAX_UNROLL} are read`);
      return;
    }
    it.exec(body, loop.child(), state);
    if (it.hasReturned) return;
    if (update) it.execExpression(update, loop, state);
  }
}

export function execForRange(it: Interpreter, node: SyntaxNode, scope: Scope, state: BranchState): void {
  const right = field(node, 'right');
  const decl = field(node, 'declarator');
  const body = field(node, 'body');
  const arr = right ? resolveCallee(right, scope) : undefined;
  const nameNode = decl ? declaredName(decl) : null;
  // `for (int i : {4, 2, 1})`, `for (Func f : {a, b, c})`: a braced list of constants or Funcs; or
  // `for (auto i : tile_sizes)` over a std::vector (of numbers, pairs, Exprs, Funcs) the file filled.
  const list = right ? unwrap(right) : null;
  const braced = list?.type === 'initializer_list' ? list.namedChildren.map((c) => {
    const v = evaluate(c, scope);
    if (v !== undefined) return { kind: 'value', value: v } as Entity;
    const e = resolveCallee(c, scope);
    return e?.kind === 'output' ? ({ kind: 'func', func: e.func } as Entity) : e;
  }) : null;
  const items = braced?.every((e) => e !== undefined) ? (braced as Entity[]) : arr?.kind === 'list' ? [...arr.items] : arr?.kind === 'map' ? mapItems(arr) : null;
  if (items && nameNode && body) {
    for (const item of items) {
      const s = scope.child();
      s.define(nameNode.text, item);
      it.exec(body, s, state);
      if (it.hasReturned) return;
    }
    return;
  }
  if (arr?.kind !== 'funcArray' || !nameNode || !body) {
    it.st.diag(node, 'unread-construct', 'range-for over something other than a Func array or a container the front end filled is not read');
    return;
  }
  for (const f of [...arr.elems.keys()].sort((a, b) => a - b).map((k) => arr.elems.get(k)!)) {
    const s = scope.child();
    s.define(nameNode.text, { kind: 'func', func: f });
    it.exec(body, s, state);
  }
}

/** Macro names `#define`d in a tree (the file's or a header's), by its root. */
const defines = new WeakMap<SyntaxNode, Set<string>>();

function definedIn(node: SyntaxNode): Set<string> {
  let root = node;
  while (root.parent) root = root.parent;
  let set = defines.get(root);
  if (!set) {
    set = new Set(root.descendantsOfType(['preproc_def', 'preproc_function_def']).map((d) => field(d, 'name')?.text ?? ''));
    defines.set(root, set);
  }
  return set;
}

/** `defined(X)`, `!defined(X)`, `0`, `1`: an `#if` condition the file decides; undefined when it cannot. */
function preprocCondition(cond: SyntaxNode, scope: Scope): boolean | undefined {
  const c = unwrap(cond);
  if (c.type === 'preproc_defined') return definedIn(c).has(c.namedChildren[0]?.text ?? '');
  if (c.type === 'unary_expression' && c.child(0)?.text === '!') {
    const v = preprocCondition(field(c, 'argument')!, scope);
    return v === undefined ? undefined : !v;
  }
  const v = evaluate(c, scope);
  return v === undefined ? undefined : Boolean(v);
}

/**
 * The statements `#ifdef X ... #else ... #endif` and `#if 0 ... #elif ... #endif` keep. A macro
 * counts as defined when the same file `#define`s it; an `#if` it cannot decide keeps its first
 * branch, as an unknown `if` does.
 */
export function preprocKept(node: SyntaxNode, scope: Scope): SyntaxNode[] {
  const name = field(node, 'name');
  const cond = field(node, 'condition');
  const taken = node.type === 'preproc_ifdef'
    ? definedIn(node).has(name?.text ?? '') !== /^#\s*ifndef/.test(node.text)
    : (cond ? preprocCondition(cond, scope) : undefined) ?? true;
  const alt = field(node, 'alternative');
  if (taken) return node.namedChildren.filter((c) => c.id !== alt?.id && c.id !== name?.id && c.id !== cond?.id);
  if (alt?.type === 'preproc_elif' || alt?.type === 'preproc_elifdef') return preprocKept(alt, scope);
  return alt ? alt.namedChildren : [];
}

export function execPreproc(it: Interpreter, node: SyntaxNode, scope: Scope, state: BranchState): void {
  for (const c of preprocKept(node, scope)) {
    it.exec(c, scope, state);
    if (it.hasReturned) return;
  }
}
