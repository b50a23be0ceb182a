// Associative containers of Halide values at generation time: `std::map<std::string, Func>` and
// `std::unordered_map` (helpers that build a pipeline and hand back its Funcs by name:
// `m["output"] = f; return m;`, the caller `Func g = m["output"];`). Keys are what the front end
// evaluates at generation time (string and number constants); values are entities as in a
// container (containers.ts). Part of the Interpreter.
import type { SyntaxNode } from './tree';
import type { Entity, Scope } from './scope';
import type { Interpreter } from './interpret';
import type { BranchState } from './schedule';
import { initArgs } from './declarations';
import { evaluate } from './evaluate';
import { unwrap } from './syntax';

export type MapEntity = Extract<Entity, { kind: 'map' }>;

/** `std::map` and `std::unordered_map` (`multimap` and the sets hold no Funcs by key: not read). */
export function isMapType(outer: string): boolean {
  return outer === 'map' || outer === 'unordered_map';
}

/** A key as the front end evaluates it; undefined when not known at generation time. */
export function mapKey(node: SyntaxNode, scope: Scope): number | string | undefined {
  const v = evaluate(node, scope);
  return typeof v === 'boolean' ? Number(v) : v;
}

/** What a map holds: a copy of a Func handle or Expr, so rebinding the variable later leaves the entry. */
function held(e: Entity | undefined): Entity {
  if (!e) return { kind: 'unknown', cppType: '' };
  return e.kind === 'func' || e.kind === 'expr' ? { ...e } : e;
}

/** A copy of a map (C++ maps are values: `auto m = helper(); m["k"] = g;` leaves the helper's alone). */
function copyOf(m: MapEntity): MapEntity {
  return { ...m, entries: new Map(m.entries) };
}

/** `{{"a", f}, {"b", g}}`: the braced pairs given; null when some key is not known. */
function bracedEntries(it: Interpreter, pairs: SyntaxNode[], scope: Scope, state: BranchState): Map<number | string, Entity> | null {
  const entries = new Map<number | string, Entity>();
  for (const p of pairs.map(unwrap)) {
    if (p.type !== 'initializer_list' || p.namedChildCount !== 2) return null;
    const k = mapKey(p.namedChildren[0], scope);
    if (k === undefined) return null;
    // Brace initialization keeps the first of duplicate keys, as std::map's insert does.
    if (!entries.has(k)) entries.set(k, held(it.valueEntity(p.namedChildren[1], scope, state)));
  }
  return entries;
}

/** `std::map<K, V> m;`, `m = helper(...)`, `m(other)`, `m{{"a", f}, {"b", g}}` (`targs`: K and V). */
export function makeMap(it: Interpreter, outer: string, targs: SyntaxNode[], init: SyntaxNode | null, scope: Scope, state: BranchState): MapEntity {
  const empty = (): MapEntity => ({ kind: 'map', entries: new Map(), ordered: outer === 'map', value: targs[1]?.text.replace(/\s+/g, '').replace(/^(::)?(Halide::)?/, '') ?? '' });
  const n = init ? unwrap(init) : null;
  if (n && n.type !== 'initializer_list' && n.type !== 'argument_list') {
    const v = it.valueEntity(n, scope, state);
    return v?.kind === 'map' ? copyOf(v) : empty();
  }
  let args = init ? initArgs(init) : [];
  if (args.length === 1) {
    const copied = unwrap(args[0]).type === 'initializer_list' ? undefined : it.valueEntity(args[0], scope, state);
    if (copied?.kind === 'map') return copyOf(copied);
    // `m({{"a", f}})`: the braced pairs inside parentheses.
    if (unwrap(args[0]).type === 'initializer_list' && unwrap(args[0]).namedChildren.every((c) => unwrap(c).type === 'initializer_list')) args = unwrap(args[0]).namedChildren;
  }
  return { ...empty(), entries: bracedEntries(it, args, scope, state) ?? new Map() };
}

/** `m = other` or `m = {{...}}` on the map variable `cur`: the new value; undefined when it is not a map. */
export function assignedMap(it: Interpreter, cur: MapEntity, right: SyntaxNode, scope: Scope, state: BranchState): MapEntity | undefined {
  const n = unwrap(right);
  if (n.type === 'initializer_list') {
    const entries = bracedEntries(it, n.namedChildren, scope, state);
    return entries ? { ...cur, entries } : undefined;
  }
  const v = it.valueEntity(n, scope, state);
  return v?.kind === 'map' ? copyOf(v) : undefined;
}

/**
 * `m[k] = v`: false when the key is not known at generation time. For a new key operator[] first
 * default-makes the mapped value, and a default-made Func or Var takes a name from Halide's counter
 * (`f0`, `v0`) even when it is then assigned over; `insert_or_assign` (not `subscript`) makes none.
 */
export function setMapElement(it: Interpreter, m: MapEntity, keyNode: SyntaxNode, value: Entity | undefined, scope: Scope, subscript = true): boolean {
  const k = mapKey(keyNode, scope);
  if (k === undefined) return false;
  if (subscript && !m.entries.has(k) && (m.value === 'Func' || m.value === 'Var')) it.st.anonymous(m.value === 'Func' ? 'f' : 'v');
  m.entries.set(k, held(value));
  return true;
}

/** `m[k]`, `m.at(k)`: the value held, undefined when the key is unknown or absent. */
export function mapElement(m: MapEntity, keyNode: SyntaxNode, scope: Scope): Entity | undefined {
  const k = mapKey(keyNode, scope);
  return k === undefined ? undefined : m.entries.get(k);
}

/** The walk of a range-for: `{key, value}` pairs, in key order for a std::map. */
export function mapItems(m: MapEntity): Entity[] {
  const keys = [...m.entries.keys()];
  if (m.ordered) keys.sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
  return keys.map((k): Entity => ({ kind: 'list', items: [{ kind: 'value', value: k }, m.entries.get(k)!] }));
}

/** `m.insert({k, v})`, `m.insert(std::make_pair(k, v))`, `m.emplace(k, v)`, `m.erase(k)`, `m.clear()`; false for other methods. */
export function execMapCall(it: Interpreter, m: MapEntity, method: string, args: SyntaxNode[], scope: Scope, state: BranchState): boolean {
  if (method === 'clear') m.entries.clear();
  else if (method === 'erase' && args.length === 1) {
    const k = mapKey(args[0], scope);
    if (k !== undefined) m.entries.delete(k);
  } else if ((method === 'emplace' || method === 'try_emplace') && args.length === 2) {
    const k = mapKey(args[0], scope);
    if (k !== undefined && !m.entries.has(k)) m.entries.set(k, held(it.valueEntity(args[1], scope, state)));
  } else if (method === 'insert_or_assign' && args.length === 2) setMapElement(it, m, args[0], it.valueEntity(args[1], scope, state), scope, false);
  else if ((method === 'insert' || method === 'emplace') && args.length === 1) {
    // An insert keeps an existing key's value.
    const pair = unwrap(args[0]).type === 'initializer_list' ? unwrap(args[0]).namedChildren : null;
    const v = pair ? null : it.valueEntity(args[0], scope, state);
    const [kNode, value] = pair?.length === 2 ? [pair[0], it.valueEntity(pair[1], scope, state)] : [null, v?.kind === 'list' ? v.items[1] : undefined];
    const k = kNode ? mapKey(kNode, scope) : v?.kind === 'list' && v.items[0]?.kind === 'value' ? (v.items[0].value as number | string) : undefined;
    if (k !== undefined && !m.entries.has(k)) m.entries.set(k, held(value));
  } else return false;
  return true;
}
