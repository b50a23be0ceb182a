// Objects of the file's own classes, run as the C++ runs at generation time: value classes wrapping
// Exprs, Tuples and Funcs (`Complex`, `ComplexExpr`) with their constructors and overloaded
// operators, and component structs whose methods define and schedule Funcs (`gx.generate(...)`).
// Part of the Interpreter (interpret.ts); members are declared by entities.ts.
import { applyGenerator, createdClass, createGenerator } from './subgenerators';
import type { SyntaxNode } from './tree';
import type { ClassDef, Entity, ExprSummary, Scope } from './scope';
import type { Interpreter } from './interpret';
import type { BranchState } from './schedule';
import { resolveCallee } from './callee';
import { declaredName, declarators, declareMembers } from './entities';
import { HALIDE_BUILTINS } from './exprCalls';
import { combine, emptySummary } from './summary';
import { argumentsOf, baseName, compactText, field, isLibraryCallee, paramsOf, unwrap } from './syntax';

type ObjectEntity = Extract<Entity, { kind: 'object' }>;
const ALWAYS: BranchState = { branch: 'always', applies: true };

/** A parameter's type with qualifiers, namespaces and template arguments dropped: `const Halide::Tools::ComplexExpr &` -> ComplexExpr. */
export function paramType(p: SyntaxNode): string {
  const t = field(p, 'type');
  return t ? className(t) : '';
}

/** The class a type or scope node names, without template arguments: `FixedN<NB, FB>` -> `FixedN`. */
function className(t: SyntaxNode): string {
  return baseName(t).replace(/<.*$/, '');
}

/**
 * The overload the arguments reach, as C++ picks by type: a parameter of one of the file's classes
 * wants an object of it, any other type wants no object (a template parameter takes either).
 */
export function pickOverload(it: Interpreter, defs: SyntaxNode[], args: (Entity | undefined)[]): SyntaxNode | null {
  let best: SyntaxNode | null = null;
  let bestScore = -Infinity;
  for (const def of defs) {
    const params = paramsOf(def);
    const required = params.filter((p) => p.type === 'parameter_declaration').length;
    if (args.length < required || args.length > params.length) continue;
    let score = 0;
    params.forEach((p, i) => {
      const a = args[i];
      if (!a) return;
      const type = paramType(p);
      const cls = it.classes.get(type);
      if (cls) score += a.kind === 'object' && a.cls === cls ? 2 : -4;
      else if (a.kind === 'object' && !/^[A-Z]\w{0,2}$|^auto$/.test(type)) score -= 4;
      else if (type === 'vector' || type === 'array') score += a.kind === 'list' ? 2 : -4;
      else if (a.kind === 'list') score -= 4;
      else if (type === 'Var' && a.kind === 'var') score += 1;
      else if (type === 'Func' && (a.kind === 'func' || a.kind === 'input' || a.kind === 'output')) score += 1;
    });
    if (score > bestScore) { best = def; bestScore = score; }
  }
  return best;
}

/** A function pointer member (`Expr (*kernel)(Expr);`), which parses as a function declarator around a parenthesized pointer. */
const isFunctionPointer = (d: SyntaxNode | null): boolean => d?.type === 'function_declarator' && field(d, 'declarator')?.type === 'parenthesized_declarator';

const isStatic = (c: SyntaxNode): boolean => c.namedChildren.some((k) => k.type === 'storage_class_specifier' && k.text === 'static');

/** Data members' declarations (not methods), in declaration order (the order C++ constructs them): static ones or those of each object. */
function dataDecls(cls: ClassDef, statics: boolean): SyntaxNode[] {
  return cls.body.namedChildren.filter((c) => c.type === 'field_declaration'
    && (!/function_declarator/.test(field(c, 'declarator')?.type ?? '') || isFunctionPointer(field(c, 'declarator')))
    && isStatic(c) === statics);
}

/** `static constexpr auto two_pi = ...;`: the class's constants, defined where its methods run. */
export function defineStatics(it: Interpreter, cls: ClassDef, into: Scope, state: BranchState): void {
  for (const decl of dataDecls(cls, true)) declareMembers(it, decl, into, into, state, () => undefined);
}

/** `T obj(args)`, `T(args)`, `T obj = other`: members constructed in order (a constructor's initializer list first), then its body. */
export function construct(it: Interpreter, cls: ClassDef, args: (Entity | undefined)[], state: BranchState): ObjectEntity {
  const file = it.st.members.parent ?? it.st.members;
  const obj: ObjectEntity = { kind: 'object', cls, fields: file.child() };
  const source = args.length === 1 ? args[0] : undefined;
  const ctors = cls.methods.get(cls.name) ?? [];
  const ctor = ctors.length ? pickOverload(it, ctors, args) : null;
  // The implicit copy: a copy shares the Funcs (a Func is a handle) and copies the Exprs.
  if (!ctor && source?.kind === 'object' && source.cls === cls) {
    for (const [name, e] of source.fields.entries()) obj.fields.define(name, e.kind === 'func' || e.kind === 'expr' ? { ...e } : e);
    return obj;
  }
  const pscope = obj.fields.child();
  pscope.define('this', obj);
  if (ctor) it.bindParams(ctor, args, pscope, state);
  const inits = new Map<string, SyntaxNode>();
  for (const fi of ctor?.namedChildren.find((c) => c.type === 'field_initializer_list')?.namedChildren ?? []) {
    const name = fi.namedChildren[0];
    const value = fi.namedChildren[1];
    if (name && value) inits.set(name.text, value);
  }
  const members = dataDecls(cls, false);
  defineStatics(it, cls, obj.fields, state);
  for (const decl of members) declareMembers(it, decl, obj.fields, pscope, state, (name) => inits.get(name));
  // An aggregate (`struct P { Expr a, b; }; P{x, y}`): the arguments are the members, in order.
  if (!ctor && args.length) {
    const names = members.flatMap((d) => declarators(d).map((x) => declaredName(x.declarator)?.text ?? ''));
    args.forEach((a, i) => { if (a && names[i]) obj.fields.define(names[i], a); });
  }
  const body = ctor ? field(ctor, 'body') : null;
  if (body) it.runBody(body, pscope, state);
  return obj;
}

/** `obj.name(args)` (or an operator of obj's class): the method run over the object's fields; null when the class has no such method. */
export function callMethod(it: Interpreter, obj: ObjectEntity, name: string, args: (Entity | undefined)[], state: BranchState): Entity | undefined | null {
  const defs = obj.cls.methods.get(name);
  const def = defs ? pickOverload(it, defs, args) : null;
  if (!def) return null;
  const fscope = obj.fields.child();
  fscope.define('this', obj);
  return it.invoke(def, args, fscope, state, `${obj.cls.name}::${name}`);
}

/** The object a node names or computes, or a member of one; null when the node involves no object of the file's classes. */
export function objectValue(it: Interpreter, node: SyntaxNode, scope: Scope, state: BranchState = ALWAYS): Entity | undefined | null {
  if (!it.classes.size) return null;
  const n = unwrap(node);
  switch (n.type) {
    case 'identifier':
    case 'this': {
      const e = n.type === 'this' ? scope.lookup('this') : scope.lookup(n.text);
      return e?.kind === 'object' ? e : null;
    }
    case 'pointer_expression':
      return objectValue(it, field(n, 'argument')!, scope, state);
    case 'field_expression': {
      const recv = objectValue(it, field(n, 'argument')!, scope, state);
      return recv?.kind === 'object' ? recv.fields.own(field(n, 'field')?.text ?? '') ?? null : null;
    }
    case 'call_expression':
      return objectCall(it, n, scope, state);
    case 'compound_literal_expression': {
      // `Fx<FB>{v + o.v}`: an object of the file's class (template) built from a braced list.
      const t = field(n, 'type');
      const cls = t ? it.classes.get(className(t)) : undefined;
      const items = (field(n, 'value')?.namedChildren ?? []).filter((c) => c.type !== 'comment');
      return cls ? construct(it, cls, argEntities(it, items, scope, state), state) : null;
    }
    case 'binary_expression': {
      const op = field(n, 'operator')?.text ?? '';
      return operatorCall(it, `operator${op}`, [field(n, 'left')!, field(n, 'right')!], scope, state);
    }
    case 'unary_expression': {
      const op = field(n, 'operator')?.text ?? n.child(0)?.text ?? '';
      return operatorCall(it, `operator${op}`, [field(n, 'argument')!], scope, state);
    }
    default:
      return null;
  }
}

function argEntities(it: Interpreter, args: SyntaxNode[], scope: Scope, state: BranchState): (Entity | undefined)[] {
  // GCC evaluates arguments right to left: Funcs they make are named in that order.
  return [...args].reverse().map((a) => it.valueEntity(a, scope, state)).reverse();
}

function objectCall(it: Interpreter, n: SyntaxNode, scope: Scope, state: BranchState): Entity | undefined | null {
  const fn = unwrap(field(n, 'function')!);
  const args = argumentsOf(n);
  if (fn.type === 'field_expression') {
    const recv = objectValue(it, field(fn, 'argument')!, scope, state);
    const method = field(fn, 'field')?.text ?? '';
    if (recv?.kind === 'object' && recv.cls.generator && method === 'apply') {
      applyGenerator(it, recv, argEntities(it, args, scope, state), state);
      return { kind: 'unknown', cppType: 'void' };
    }
    // A function pointer member (`info.kernel(x)`): the function it holds.
    const member = recv?.kind === 'object' && !recv.cls.methods.has(method) ? recv.fields.own(method) : undefined;
    if (member?.kind === 'lambda') return it.invoke(member.node, argEntities(it, args, scope, state), member.scope.child(), state, method);
    // Checked before the arguments are read, so a call left to the Expr reader is read once.
    if (recv?.kind !== 'object' || !recv.cls.methods.has(method)) return null;
    return callMethod(it, recv, method, argEntities(it, args, scope, state), state);
  }
  const created = createdClass(it, n);
  if (created) return createGenerator(it, created, state);
  // `Halide::select(...)`, `std::min(...)`: the library's own, never a function of the file's.
  if (isLibraryCallee(fn)) return null;
  const name = baseName(fn).replace(/<.*$/, '');
  // `FixedN<NB, FB>::to_fixed(x)`: a static member of one of the file's classes, run without an object.
  const owner = fn.type === 'qualified_identifier' && field(fn, 'scope') ? it.classes.get(className(field(fn, 'scope')!)) : undefined;
  if (owner?.methods.has(name) && name !== owner.name) {
    const argv = argEntities(it, args, scope, state);
    const def = pickOverload(it, owner.methods.get(name)!, argv);
    if (!def) return null;
    const fscope = it.st.members.child();
    defineStatics(it, owner, fscope, state);
    return it.invoke(def, argv, fscope.child(), state, `${owner.name}::${name}`);
  }
  // `cf(x, y)`, `(*this)(idx)`: an object called is its operator().
  const named = fn.type === 'identifier' ? scope.lookup(fn.text) : fn.type === 'pointer_expression' || fn.type === 'this' ? objectValue(it, fn, scope, state) ?? undefined : undefined;
  if (named?.kind === 'object') return callMethod(it, named, 'operator()', argEntities(it, args, scope, state), state);
  if (named) return null;
  // A method of the object being run, called by its bare name.
  const self = scope.lookup('this');
  if (self?.kind === 'object' && self.cls.methods.has(name) && name !== self.cls.name) return callMethod(it, self, name, argEntities(it, args, scope, state), state);
  const cls = it.classes.get(name);
  if (cls) return construct(it, cls, argEntities(it, args, scope, state), state);
  // A free function returning one of the classes (`ComplexExpr conj(const ComplexExpr &z)`).
  const defs = it.functionsNamed(name);
  if (!defs?.some((d) => returnsClass(it, d))) return null;
  // A Halide builtin the file overloads for its own type (`cos(const FixedN &)`) is the builtin on plain Exprs.
  if (!it.helperTakes(name, n, scope)) return null;
  return it.callFunction(name, n, scope, state);
}

/** Whether a node can stand for an object of the file's classes, judged without running anything. */
export function mayBeObject(it: Interpreter, node: SyntaxNode, scope: Scope): boolean {
  const n = unwrap(node);
  switch (n.type) {
    case 'identifier':
    case 'this':
    case 'pointer_expression':
      return objectValue(it, n, scope)?.kind === 'object';
    case 'field_expression':
      return resolveCallee(n, scope)?.kind === 'object';
    case 'binary_expression':
      return mayBeObject(it, field(n, 'left')!, scope) || mayBeObject(it, field(n, 'right')!, scope);
    case 'unary_expression':
      return mayBeObject(it, field(n, 'argument')!, scope);
    case 'call_expression': {
      const fn = unwrap(field(n, 'function')!);
      if (fn.type === 'field_expression') return mayBeObject(it, field(fn, 'argument')!, scope);
      const name = baseName(fn).replace(/<.*$/, '');
      return it.classes.has(name) || scope.lookup(name)?.kind === 'object' || !!it.functionsNamed(name)?.some((d) => returnsClass(it, d));
    }
    default:
      return false;
  }
}

function returnsClass(it: Interpreter, def: SyntaxNode): boolean {
  const t = field(def, 'type');
  return !!t && it.classes.has(baseName(t).replace(/<.*$/, ''));
}

/** `a * b` with an object operand: the class's member operator, else a free one; null when neither operand is an object. */
function operatorCall(it: Interpreter, name: string, operands: SyntaxNode[], scope: Scope, state: BranchState): Entity | undefined | null {
  const objs = operands.map((o) => objectValue(it, o, scope, state));
  if (!objs.some((o) => o?.kind === 'object')) return null;
  const args = operands.map((o, i) => (objs[i]?.kind === 'object' ? objs[i]! : it.valueEntity(o, scope, state)));
  const first = args[0];
  if (first?.kind === 'object') {
    const r = callMethod(it, first, name, args.slice(1), state);
    if (r !== null) return r;
  }
  const defs = it.functionsNamed(name);
  const def = defs ? pickOverload(it, defs, args) : null;
  if (!def) {
    it.st.diag(operands[0].parent ?? operands[0], 'unread-construct', `no '${name}' of the file's classes takes these operands`);
    return undefined;
  }
  return it.invoke(def, args, it.st.members.child(), state, name);
}

/** What an object is where an Expr is wanted: its conversion operator's result, else its Expr members as a Tuple. */
export function entitySummary(it: Interpreter, e: Entity | undefined, at: SyntaxNode, depth = 0): ExprSummary {
  if (!e || depth > 4) return emptySummary();
  if (e.kind === 'expr') return e.summary;
  if (e.kind === 'var') return { ...emptySummary(), type: 'int32', index: { op: 'var', name: e.name } };
  if (e.kind === 'value' && typeof e.value === 'number') {
    const float = !Number.isInteger(e.value);
    return { ...emptySummary(), type: float ? 'float32' : 'int32', literal: !float, index: { op: 'const', value: e.value, ...(float ? { float } : {}) } };
  }
  if (e.kind === 'list') {
    const parts = e.items.map((x) => entitySummary(it, x, at, depth + 1));
    return { ...combine(parts, parts[0]?.type ?? null, { op: 'opaque', text: compactText(at) }), tuple: parts };
  }
  if (e.kind !== 'object') return emptySummary();
  const cast = e.cls.casts.find((c) => /Tuple|Expr|FuncRef/.test(compactText(field(field(c, 'declarator')!, 'type') ?? c)));
  if (cast) {
    const fscope = e.fields.child();
    fscope.define('this', e);
    return entitySummary(it, it.invoke(cast, [], fscope, ALWAYS, `${e.cls.name}::operator`), at, depth + 1);
  }
  const parts = e.fields.entries().filter(([, v]) => v.kind === 'expr' || v.kind === 'object').map(([, v]) => entitySummary(it, v, at, depth + 1));
  const out = combine(parts, parts[0]?.type ?? null, { op: 'opaque', text: compactText(at) });
  if (parts.length > 1) out.tuple = parts;
  return out;
}

/** `obj(args) = v`, `obj = v`, `obj += v` on an object: its `operator()` gives the lvalue, whose `operator=` (or `+=` ...) takes the value. */
export function assignObject(it: Interpreter, target: ObjectEntity, callArgs: SyntaxNode[] | null, op: string, right: SyntaxNode, scope: Scope, state: BranchState): Entity | undefined {
  let lv: Entity | undefined | null = target;
  if (callArgs) lv = callMethod(it, target, 'operator()', argEntities(it, callArgs, scope, state), state);
  const value = it.valueEntity(right, scope, state);
  if (lv?.kind !== 'object') return value;
  const r = callMethod(it, lv, `operator${op}`, [value], state);
  if (r === null && op === '=' && value?.kind === 'object') return value;
  return lv;
}

/** A method call statement on an object (`gx.generate(sigma, 4)`); false when the receiver is no object of the file's classes. */
export function execMethodCall(it: Interpreter, call: SyntaxNode, scope: Scope, state: BranchState): boolean {
  const fn = unwrap(field(call, 'function')!);
  if (fn.type !== 'field_expression') return false;
  const recv = objectValue(it, field(fn, 'argument')!, scope, state);
  const method = field(fn, 'field')?.text ?? '';
  if (recv?.kind !== 'object' || !(recv.cls.methods.has(method) || (recv.cls.generator && method === 'apply'))) return false;
  objectCall(it, call, scope, state);
  return true;
}
