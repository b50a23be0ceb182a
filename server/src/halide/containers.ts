// Standard containers of Halide values at generation time: `std::vector<Expr>`, `Expr c[4]`,
// `std::pair<Func, Func>` and vectors of pairs (the pyramids real generators build and return from
// helpers). A container is a list of entities; a pair is a list of two. Part of the Interpreter.
import type { SyntaxNode } from './tree';
import type { ClassDef, Entity, Scope } from './scope';
import type { Interpreter } from './interpret';
import type { BranchState } from './schedule';
import { resolveCallee } from './callee';
import { initArgs } from './declarations';
import { evaluate } from './evaluate';
import { construct } from './objects';
import { execMapCall } from './maps';
import { emptySummary } from './summary';
import { argumentsOf, baseName, field, unwrap } from './syntax';

type ListEntity = Extract<Entity, { kind: 'list' }>;
const SEQUENCES = new Set(['vector', 'array', 'deque', 'pair', 'tuple']);
const MAX_ITEMS = 1024;

/** Whether a declaration makes a container we follow (`std::vector<Func>` is a Func array, read elsewhere). */
export function isContainer(outer: string, targs: SyntaxNode[], declarator: SyntaxNode): boolean {
  // `Expr c[4]`, `const vector<float> taps[] = {{...}, {...}}`.
  if (declarator.type === 'array_declarator') return outer === 'Expr' || SEQUENCES.has(outer);
  if (!SEQUENCES.has(outer)) return false;
  const elem = targs[0]?.text.replace(/\s+/g, '') ?? '';
  return !((outer === 'vector' || outer === 'array') && /^(::)?(Halide::)?Func$/.test(elem));
}

/** One element's value: a braced `{a, b}` is a pair (or tuple) of its items. */
function itemValue(it: Interpreter, node: SyntaxNode, scope: Scope, state: BranchState): Entity {
  const n = unwrap(node);
  if (n.type === 'initializer_list') return { kind: 'list', items: n.namedChildren.map((c) => itemValue(it, c, scope, state)) };
  const e = it.valueEntity(n, scope, state) ?? { kind: 'unknown', cppType: '' };
  // A container holds copies: a Func handle put in it stays when the variable is rebound.
  return e.kind === 'func' || e.kind === 'expr' ? { ...e } : e;
}

/** `{a, b, c}` as a list of its items (an assignment's right side), or null for anything else. */
export function bracedList(it: Interpreter, node: SyntaxNode, scope: Scope, state: BranchState): ListEntity | null {
  const n = unwrap(node);
  return n.type === 'initializer_list' ? { kind: 'list', items: n.namedChildren.filter((c) => c.type !== 'comment').map((c) => itemValue(it, c, scope, state)) } : null;
}

function emptyExpr(): Entity {
  return { kind: 'expr', summary: emptySummary() };
}

/** `std::vector<Expr> v(n)`, `v({a, b})`, `v = {a, b}`, `Expr c[4]`, `std::pair<Func, Func> p(a, b)`, `auto v = helper()`. */
export function makeList(it: Interpreter, outer: string, declarator: SyntaxNode, init: SyntaxNode | null, scope: Scope, state: BranchState): Entity {
  if (declarator.type === 'array_declarator') return arrayOf(it, declarator, init, scope, state, emptyExpr);
  const n = init ? unwrap(init) : null;
  if (n && n.type !== 'initializer_list' && n.type !== 'argument_list') {
    const v = it.valueEntity(n, scope, state);
    return v?.kind === 'list' ? { kind: 'list', items: [...v.items] } : { kind: 'list', items: [] };
  }
  let args = init ? initArgs(init) : [];
  if (args.length === 1 && unwrap(args[0]).type === 'initializer_list') args = unwrap(args[0]).namedChildren;
  // `vector<Var> v(f.args())`: a copy of another list.
  const copied = args.length === 1 ? it.valueEntity(args[0], scope, state) : undefined;
  if (copied?.kind === 'list') return { kind: 'list', items: [...copied.items] };
  const size = outer === 'vector' && args.length === 1 ? evaluate(args[0], scope) : undefined;
  if (typeof size === 'number' && Number.isInteger(size) && size >= 0 && size <= MAX_ITEMS) {
    return { kind: 'list', items: Array.from({ length: size }, emptyExpr) };
  }
  return { kind: 'list', items: args.map((a) => itemValue(it, a, scope, state)) };
}

/**
 * `Tensor conv[16];` (ResNet-50's layers): an array of the file's own objects, each default-constructed
 * as C++ does, a list whose elements loops then assign (`conv[i] = conv2D(...)`).
 */
export function makeObjectArray(it: Interpreter, cls: ClassDef, declarator: SyntaxNode, init: SyntaxNode | null, scope: Scope, state: BranchState): Entity {
  const list = arrayOf(it, declarator, init, scope, state, () => construct(it, cls, [], state));
  // A table's braced entries (`{"box", 1, kernel_box}`) are objects of the class, aggregate-initialized.
  return { kind: 'list', items: list.items.map((e) => (e.kind === 'list' ? construct(it, cls, e.items, state) : e)) };
}

/** A C array (`T a[N] = {...}`): the elements given, the rest `fill()`ed (no size: as many as given). */
function arrayOf(it: Interpreter, declarator: SyntaxNode, init: SyntaxNode | null, scope: Scope, state: BranchState, fill: () => Entity): ListEntity {
  const n = field(declarator, 'size') ? evaluate(field(declarator, 'size')!, scope) : undefined;
  const given = init ? initArgs(init) : [];
  const count = typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_ITEMS ? n : given.length;
  const items: Entity[] = [];
  for (let i = 0; i < count; i++) items.push(given[i] ? itemValue(it, given[i], scope, state) : fill());
  return { kind: 'list', items };
}

/** `std::make_pair(a, b)`, `std::make_tuple(...)`, `std::pair<Func, Func>(a, b)`: a list; null for anything else. */
export function containerValue(it: Interpreter, node: SyntaxNode, scope: Scope, state: BranchState): Entity | null {
  const n = unwrap(node);
  // `std::vector<Expr>{a, b}`, `std::pair<Func, Func>{f, g}`: a container built in place.
  if (n.type === 'compound_literal_expression') {
    const t = field(n, 'type');
    const inner = t?.type === 'qualified_identifier' ? field(t, 'name') : t;
    if (!inner || inner.type !== 'template_type' || !SEQUENCES.has(baseName(field(inner, 'name') ?? inner))) return null;
    return { kind: 'list', items: (field(n, 'value')?.namedChildren ?? []).filter((c) => c.type !== 'comment').map((a) => itemValue(it, a, scope, state)) };
  }
  if (n.type !== 'call_expression') return null;
  const fn = field(n, 'function')!;
  // `f.args()`: a Func's pure Vars, by their Halide names.
  if (fn.type === 'field_expression' && field(fn, 'field')?.text === 'args' && argumentsOf(n).length === 0) {
    const f = resolveCallee(field(fn, 'argument')!, scope);
    const first = f?.kind === 'func' || f?.kind === 'output' ? it.st.stages.get(f.func.stages[0] ?? '') : undefined;
    return first ? { kind: 'list', items: first.pureVars.map((name) => ({ kind: 'var', name, rvar: false })) } : null;
  }
  const name = baseName(fn);
  if (!/^(make_pair|make_tuple|pair|tuple)$/.test(name)) return null;
  return { kind: 'list', items: argumentsOf(n).map((a) => itemValue(it, a, scope, state)) };
}

/** `v.push_back(x)`, `v.emplace_back(a, b)`, `v.pop_back()`, `v.clear()`, `v.resize(n)`, `std::copy(a.begin(), a.end(), std::back_inserter(v))`. */
export function execContainerCall(it: Interpreter, call: SyntaxNode, scope: Scope, state: BranchState): boolean {
  const fn = unwrap(field(call, 'function')!);
  const args = argumentsOf(call);
  if (fn.type !== 'field_expression' && baseName(fn) === 'swap' && args.length === 2) {
    // `std::swap(v[0], v[1])` of a list's elements.
    const [a, b] = args.map((x) => unwrap(x)).map((x) => (x.type === 'subscript_expression' ? { list: resolveCallee(field(x, 'argument')!, scope), i: evaluate(x.namedChildren[1]?.namedChildren[0] ?? x, scope) } : null));
    if (a?.list?.kind !== 'list' || b?.list?.kind !== 'list' || typeof a.i !== 'number' || typeof b.i !== 'number') return false;
    const t = a.list.items[a.i];
    a.list.items[a.i] = b.list.items[b.i];
    b.list.items[b.i] = t;
    return true;
  }
  if (fn.type !== 'field_expression') {
    if (baseName(fn) !== 'copy' || args.length !== 3) return false;
    const from = listOf(unwrap(args[0]), scope);
    const inserter = unwrap(args[2]);
    const to = inserter.type === 'call_expression' && baseName(field(inserter, 'function')!) === 'back_inserter' ? resolveCallee(argumentsOf(inserter)[0], scope) : undefined;
    if (!from || to?.kind !== 'list') return false;
    to.items.push(...from.items);
    return true;
  }
  const list = resolveCallee(field(fn, 'argument')!, scope);
  if (list?.kind === 'map') return execMapCall(it, list, field(fn, 'field')?.text ?? '', args, scope, state);
  if (list?.kind !== 'list') return false;
  const method = field(fn, 'field')?.text ?? '';
  if (method === 'push_back' || method === 'emplace_back' || method === 'push') {
    list.items.push(args.length > 1 ? { kind: 'list', items: args.map((a) => itemValue(it, a, scope, state)) } : itemValue(it, args[0], scope, state));
  } else if (method === 'pop_back') list.items.pop();
  else if (method === 'clear') list.items.length = 0;
  else if (method === 'resize') {
    const n = args[0] ? evaluate(args[0], scope) : undefined;
    if (typeof n === 'number' && n >= 0 && n <= MAX_ITEMS) {
      list.items.length = Math.min(list.items.length, n);
      while (list.items.length < n) list.items.push(emptyExpr());
    }
  }
  return true;
}

/** A definition's left-hand arguments with a list of Vars (`fT(argsT) = ...`) spelled out as the Vars' names. */
export function expandListArgs(nodes: SyntaxNode[], scope: Scope): (SyntaxNode | string)[] {
  return nodes.flatMap((a): (SyntaxNode | string)[] => {
    const e = resolveCallee(a, scope);
    return e?.kind === 'list' && e.items.every((x) => x.kind === 'var') ? e.items.map((x) => (x as { name: string }).name) : [a];
  });
}

/** The list behind `v.begin()`. */
function listOf(n: SyntaxNode, scope: Scope): ListEntity | undefined {
  if (n.type !== 'call_expression' || field(n, 'function')?.type !== 'field_expression') return undefined;
  const e = resolveCallee(field(field(n, 'function')!, 'argument')!, scope);
  return e?.kind === 'list' ? e : undefined;
}
