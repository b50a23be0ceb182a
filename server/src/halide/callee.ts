// Name resolution for callees: what a C++ name, `this->name` or `arr[i]` refers to in a scope.
import type { SyntaxNode } from './tree';
import type { Entity, Scope } from './scope';
import { evaluate } from './evaluate';
import { mapElement } from './maps';
import { field, unwrap } from './syntax';

/** What a callee node names: a Func, an element of a Func array, an Input or Output. */
export function resolveCallee(node: SyntaxNode, scope: Scope): Entity | undefined {
  const n = unwrap(node);
  if (n.type === 'identifier' || n.type === 'field_identifier') return scope.lookup(n.text);
  // `Input<Buffer<T>> *in = &A_; ... (*in)(x, y)`: a pointer to a Func or Input is that Func or Input.
  if (n.type === 'pointer_expression' && /^[*&]$/.test(field(n, 'operator')?.text ?? n.child(0)?.text ?? '')) {
    const e = resolveCallee(field(n, 'argument')!, scope);
    return e && e.kind !== 'value' && e.kind !== 'expr' && e.kind !== 'unknown' ? e : undefined;
  }
  if (n.type === 'field_expression' && field(n, 'argument')?.type === 'this') {
    return scope.lookup(field(n, 'field')!.text);
  }
  if (n.type === 'this') return scope.lookup('this');
  // `gx.kernel`, `func->inner`: a member of an object of the file's own classes; `p.first` of a pair.
  if (n.type === 'field_expression') {
    const recv = resolveCallee(field(n, 'argument')!, scope);
    if (recv?.kind === 'object') return recv.fields.own(field(n, 'field')?.text ?? '');
    const m = field(n, 'field')?.text;
    if (recv?.kind === 'list') return m === 'first' ? recv.items[0] : m === 'second' ? recv.items[1] : undefined;
  }
  // `i == 0 ? input : pyr[i - 1]`, decided at generation time.
  if (n.type === 'conditional_expression') {
    const c = evaluate(field(n, 'condition')!, scope);
    const branch = c === undefined ? null : field(n, c ? 'consequence' : 'alternative');
    return branch ? resolveCallee(branch, scope) : undefined;
  }
  // `pyr.back()`, `pyr.front()` of a Func array.
  if (n.type === 'call_expression' && field(n, 'function')?.type === 'field_expression' && (field(n, 'arguments')?.namedChildCount ?? 0) === 0) {
    const fn = field(n, 'function')!;
    const method = field(fn, 'field')?.text;
    const arr = method === 'back' || method === 'front' ? resolveCallee(field(fn, 'argument')!, scope) : undefined;
    if (arr?.kind === 'list' && arr.items.length) return arr.items[method === 'back' ? arr.items.length - 1 : 0];
    if (arr?.kind === 'funcArray' && arr.elems.size) {
      const keys = [...arr.elems.keys()].sort((a, b) => a - b);
      return { kind: 'func', func: arr.elems.get(method === 'back' ? keys[keys.length - 1] : keys[0])! };
    }
  }
  // `input.at(i)`: the element, as `input[i]`.
  if (n.type === 'call_expression' && field(n, 'function')?.type === 'field_expression' && field(field(n, 'function')!, 'field')?.text === 'at' && field(n, 'arguments')?.namedChildCount === 1) {
    const arr = resolveCallee(field(field(n, 'function')!, 'argument')!, scope);
    if (arr?.kind === 'map') return mapElement(arr, field(n, 'arguments')!.namedChildren[0], scope);
    const i = evaluate(field(n, 'arguments')!.namedChildren[0], scope);
    if (typeof i !== 'number') return undefined;
    if (arr?.kind === 'inputArray') return arr.elems[i] ? { kind: 'input', io: arr.elems[i] } : undefined;
    if (arr?.kind === 'list') return arr.items[i];
    const f = arr?.kind === 'funcArray' ? arr.elems.get(i) : undefined;
    return f ? { kind: 'func', func: f } : undefined;
  }
  if (n.type === 'subscript_expression') {
    const arr = resolveCallee(field(n, 'argument')!, scope);
    const idxNode = field(n, 'indices') ?? n.namedChildren[1];
    const idxArg = idxNode?.type === 'subscript_argument_list' ? idxNode.namedChildren[0] : idxNode;
    if (arr?.kind === 'inputArray' && idxArg) {
      const i = evaluate(idxArg, scope);
      const io = typeof i === 'number' ? arr.elems[i] : undefined;
      return io ? { kind: 'input', io } : undefined;
    }
    if (arr?.kind === 'map' && idxArg) return mapElement(arr, idxArg, scope);
    if (arr?.kind === 'list' && idxArg) {
      const i = ordinalOf(evaluate(idxArg, scope), scope);
      return typeof i === 'number' ? arr.items[i] : undefined;
    }
    if (arr?.kind === 'funcArray' && idxArg) {
      const i = evaluate(idxArg, scope);
      const f = typeof i === 'number' ? arr.elems.get(i) : undefined;
      return f ? { kind: 'func', func: f } : undefined;
    }
  }
  return undefined;
}

/** Where an enumerator's number is kept (extract.ts): enumerators evaluate to their names elsewhere. */
export const enumOrdinalKey = (name: string): string => `enum#${name}`;

/** An index as C++ takes it: an enumerator is its number. */
function ordinalOf(i: ReturnType<typeof evaluate>, scope: Scope): number | undefined {
  if (typeof i === 'number') return i;
  const e = typeof i === 'string' ? scope.lookup(enumOrdinalKey(i)) : undefined;
  return e?.kind === 'value' && typeof e.value === 'number' ? e.value : undefined;
}
