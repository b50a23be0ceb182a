// Declarations → the Entity each declared name binds: GeneratorParams, Inputs/Outputs, Vars/RVars,
// RDoms, Funcs and Func arrays, Exprs and C++ constants. Part of the Interpreter (interpret.ts).
import type { SyntaxNode } from './tree';
import type { IOInfo } from './graph';
import type { Entity, FuncState, Scope } from './scope';
import type { Interpreter } from './interpret';
import type { BranchState } from './schedule';
import { resolveCallee } from './callee';
import { constructedType, enumChoice, initArgs, parseOverride, readIO, readParam, templateKind } from './declarations';
import { execMisparsedArrayDefinition } from './definitions';
import { evaluate } from './evaluate';
import { analyzeExpr } from './expr';
import { accessorText } from './exprCalls';
import { construct, objectValue } from './objects';
import { isContainer, makeList, makeObjectArray } from './containers';
import { isMapType, makeMap } from './maps';
import { combine, emptySummary } from './summary';
import { argumentsOf, compactText, field, rangeOf, stringLiteral, unwrap } from './syntax';
import { cppTypeToElem } from './types';
import { vexingArgs } from './vexing';

/** Pairs of (declarator, initializer) in a declaration, in order. */
export function declarators(decl: SyntaxNode): { declarator: SyntaxNode; init: SyntaxNode | null }[] {
  const out: { declarator: SyntaxNode; init: SyntaxNode | null }[] = [];
  const typeNode = field(decl, 'type');
  for (const c of decl.namedChildren) {
    if (c.id === typeNode?.id || c.type === 'comment') continue;
    if (c.type === 'initializer_list' || c.type === 'argument_list' || (out.length && field(decl, 'default_value')?.id === c.id)) {
      if (out.length) out[out.length - 1].init = c;
      continue;
    }
    if (c.type === 'init_declarator') {
      out.push({ declarator: field(c, 'declarator')!, init: field(c, 'value') });
    } else if (/declarator|identifier/.test(c.type)) {
      out.push({ declarator: c, init: null });
    } else if (out.length && !out[out.length - 1].init) {
      out[out.length - 1].init = c;
    }
  }
  return out;
}

export function declare(it: Interpreter, decl: SyntaxNode, scope: Scope, state: BranchState): void {
  const typeNode = field(decl, 'type');
  if (!typeNode) return;
  // `pyr[j](x, y) = ...` is ambiguous C++ that tree-sitter reads as a declaration of type `pyr`.
  const typeEntity = typeNode.type === 'type_identifier' ? scope.lookup(typeNode.text) : undefined;
  if (typeEntity?.kind === 'funcArray') return execMisparsedArrayDefinition(it, decl, typeEntity, scope, state);
  for (const { declarator, init } of declarators(decl)) {
    // `const auto [r, s] = helper(...)`: each name is the pair's or tuple's element.
    if (declarator.type === 'structured_binding_declarator') {
      const v = init ? it.valueEntity(init, scope, state) : undefined;
      const names = declarator.namedChildren.filter((c) => c.type === 'identifier');
      if (v?.kind !== 'list') it.st.diag(declarator, 'unread-construct', 'structured binding of something other than a pair or tuple is not read');
      names.forEach((n, i) => scope.define(n.text, (v?.kind === 'list' ? v.items[i] : undefined) ?? { kind: 'unknown', cppType: '' }));
      continue;
    }
    const entity = makeEntity(it, typeNode, declarator, init, scope, state);
    const nameNode = declaredName(declarator);
    if (entity && nameNode) scope.define(nameNode.text, entity);
  }
}

/**
 * An object's members (`declare` for a class's field declaration): each is constructed from the
 * constructor's initializer for it (read in `ctorScope`, the constructor's parameters) or from its
 * default member initializer (read among the fields), and bound in `fields`.
 */
export function declareMembers(it: Interpreter, decl: SyntaxNode, fields: Scope, ctorScope: Scope, state: BranchState, initFor: (name: string) => SyntaxNode | undefined): void {
  const typeNode = field(decl, 'type');
  if (!typeNode) return;
  for (const { declarator, init } of declarators(decl)) {
    const nameNode = declaredName(declarator);
    if (!nameNode) continue;
    const given = initFor(nameNode.text);
    const entity = makeEntity(it, typeNode, declarator, given ?? init, given ? ctorScope : fields, state);
    if (entity) fields.define(nameNode.text, entity);
  }
}

/** Constructor arguments: `Complex c(x, y)` parses as a function declaration whose parameter types are the arguments. */
function constructorArgs(it: Interpreter, args: SyntaxNode[], scope: Scope, state: BranchState): (Entity | undefined)[] {
  return [...args].reverse().map((a) => (a.type === 'type_identifier' ? scope.lookup(a.text) : undefined) ?? it.valueEntity(a, scope, state)).reverse();
}

/**
 * The element count of an array Input or Output (`Input<Buffer<float>[2]>`), from the brackets or,
 * for `[]`, the `NAME.size` GeneratorParam GenGen takes; undefined when the type is not an array.
 */
function arraySize(it: Interpreter, dir: 'Input' | 'Output', typeArg: SyntaxNode | undefined, name: string, scope: Scope, at: SyntaxNode): number | null | undefined {
  const m = typeArg ? /\[([^\]]*)\]\s*$/.exec(typeArg.text) : null;
  if (!m) return undefined;
  const override = it.st.overrides[`${name}.size`];
  const text = m[1].trim() || override;
  // `Output<Func[]>` without a size gets it from `resize(n)` in generate().
  if (text === undefined && dir === 'Output') return null;
  const v = text === undefined ? undefined : /^\d+$/.test(text) ? Number(text) : evaluate(findSizeNode(typeArg!) ?? at, scope);
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 256) return v;
  it.st.diag(at, 'unread-construct', `the size of array '${name}' is not known at generation time (give it with --param ${name}.size=N)`);
  return null;
}

/** The expression inside an array type's brackets, if tree-sitter parsed one. */
function findSizeNode(typeArg: SyntaxNode): SyntaxNode | null {
  const decl = typeArg.namedChildren.find((c) => c.type === 'abstract_array_declarator');
  return decl ? field(decl, 'size') : null;
}

/** Array Inputs and Outputs: one Input (or Output Func) per element, named as Halide names them. */
function ioArray(it: Interpreter, dir: 'Input' | 'Output', io: IOInfo, cppName: string, size: number | null, at: SyntaxNode): Entity {
  const elems: IOInfo[] = [];
  for (let i = 0; i < (size ?? 0); i++) elems.push({ ...io, name: `${io.name}_${i}`, estimates: [...io.estimates] });
  if (dir === 'Input') {
    it.st.inputs.push(...elems);
    return { kind: 'inputArray', cppName, elems };
  }
  const arr: Extract<Entity, { kind: 'funcArray' }> = { kind: 'funcArray', cppName, elems: new Map(), output: io };
  resizeArray(it, arr, elems.length, at);
  return arr;
}

/** `arr.resize(n)`: new elements are Outputs `NAME_i` for an `Output<Func[]>`, else unnamed Funcs. */
export function resizeArray(it: Interpreter, arr: Extract<Entity, { kind: 'funcArray' }>, n: number, at: SyntaxNode): void {
  for (let i = arr.elems.size; i < n; i++) {
    if (!arr.output) {
      arr.elems.set(i, it.st.newFunc(it.st.anonymous('f'), `${arr.cppName}[${i}]`, 'func', at));
      continue;
    }
    const io: IOInfo = { ...arr.output, name: `${arr.output.name}_${i}`, estimates: [...arr.output.estimates] };
    it.st.outputs.push(io);
    const func = it.st.newFunc(io.name, `${arr.cppName}[${i}]`, 'output', at);
    func.types = io.type ? [io.type] : [];
    func.dims = io.dims;
    arr.elems.set(i, func);
  }
}

export function declaredName(d: SyntaxNode): SyntaxNode | null {
  if (d.type === 'identifier' || d.type === 'field_identifier') return d;
  // Reference and pointer declarators hold their name as a plain child, not a field.
  const inner = field(d, 'declarator') ?? d.namedChildren.find((c) => /declarator|identifier/.test(c.type) && c.type !== 'type_identifier');
  return inner ? declaredName(inner) : null;
}

function makeEntity(it: Interpreter, typeNode: SyntaxNode, declarator: SyntaxNode, init: SyntaxNode | null, scope: Scope, state: BranchState): Entity | undefined {
  const nameNode = declaredName(declarator);
  if (!nameNode) return undefined;
  const cppName = nameNode.text;
  const { outer: declared, args: targs } = templateKind(typeNode);
  // `auto r = RDom{-1, 3, -1, 3};` declares what it constructs.
  const outer = (declared === 'auto' ? constructedType(init) : null) ?? declared;
  // `Func f[N]` and `std::vector<Func> f(N)`: arrays of Funcs, filled by loops.
  const isArray = declarator.type === 'array_declarator';
  if (isContainer(outer, targs, declarator)) return makeList(it, outer, declarator, init, scope, state);
  if (isMapType(outer) && declarator.type !== 'function_declarator') return makeMap(it, outer, targs, init, scope, state);
  const vectorOfFunc = (outer === 'vector' || outer === 'array') && targs[0] && /^(::)?(Halide::)?Func$/.test(targs[0].text.replace(/\s+/g, ''));
  if ((outer === 'Func' && isArray) || vectorOfFunc) {
    // `Func f[3]` and `std::vector<Func> f(3)` construct their unnamed elements at once, in order.
    const elems = new Map<number, FuncState>();
    // `Func f[N]`, `std::array<Func, N> f`, `std::vector<Func> f(N)`.
    const sizeNode = isArray ? field(declarator, 'size') : outer === 'array' ? targs[1] ?? null : initArgs(init)[0];
    const n = sizeNode ? evaluate(sizeNode, scope) : undefined;
    // `Func f[4] {Func("f0"), ...}`: the elements given, the rest default-made.
    const given = isArray && init ? initArgs(init) : [];
    const count = typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= 1024 ? n : given.length;
    for (let i = 0; i < count; i++) {
      const e = given[i] ? it.funcValue(given[i], `${cppName}[${i}]`, scope, state) : undefined;
      elems.set(i, e?.kind === 'func' ? e.func : it.st.newFunc(it.st.anonymous('f'), `${cppName}[${i}]`, 'func', nameNode));
    }
    return { kind: 'funcArray', cppName, elems };
  }
  const cls = it.classes.get(outer);
  // An object of a class deriving from GeneratorInput<T> is an Input<T> (its constructor passes the name on).
  if (cls?.inputOf && declarator.type !== 'function_declarator') {
    const io = readIO('Input', cls.inputOf, nameNode, init, scope);
    it.st.inputs.push(io);
    return { kind: 'input', io };
  }
  if (cls && isArray) return makeObjectArray(it, cls, declarator, init, scope, state);
  // `RDom r(a * b, c)` misparsed as a function declaration: the arguments, read as expressions.
  const vexing = vexingArgs(declarator, scope);
  if (cls && declarator.type !== 'pointer_declarator' && declarator.type !== 'reference_declarator') {
    const fparamList = declarator.type === 'function_declarator' && !vexing ? (field(declarator, 'parameters')?.namedChildren ?? []).filter((p) => p.type !== 'comment') : null;
    // A function declared with this return type (`Complex conj(const Complex &z);`), not an object.
    if (fparamList?.some((p) => /parameter_declaration$/.test(p.type) && field(p, 'declarator'))) return undefined;
    const cargs = vexing ?? (fparamList ? fparamList.map((p) => (p.namedChildCount === 1 ? field(p, 'type') ?? p : p)) : initArgs(init));
    const from = init && !['initializer_list', 'argument_list'].includes(init.type) ? [objectValue(it, init, scope, state) ?? it.valueEntity(init, scope, state)] : null;
    return construct(it, cls, from ?? constructorArgs(it, cargs, scope, state), state);
  }
  // `Func downsample(Func f, Func &temp);`, `Func registeredInput();` (functions declared, say in a
  // class): no parameters, or named ones, which `Func b(name)` (a Func given a name) never has.
  const fparams = declarator.type === 'function_declarator' && !vexing ? (field(declarator, 'parameters')?.namedChildren ?? []).filter((p) => p.type !== 'comment') : null;
  if (fparams && (fparams.length === 0 || fparams.some((p) => /parameter_declaration$/.test(p.type) && field(p, 'declarator')))) return undefined;
  if (declarator.type === 'function_declarator' && !vexing && outer !== 'Func') {
    // Most vexing parse of `Var x(...)`-like locals is rare; ignore other function declarations.
    if (!['Var', 'RVar', 'RDom'].includes(outer)) return undefined;
  }
  // `Func b(name);` parses as a function declaration whose "parameter types" are the arguments.
  const args = vexing ?? (declarator.type === 'function_declarator'
    ? (field(declarator, 'parameters')?.namedChildren ?? []).map((p) => (p.namedChildCount === 1 ? field(p, 'type') ?? p : p))
    : initArgs(init));
  const assigned = init && !['initializer_list', 'argument_list'].includes(init.type) ? init : null;
  // `Input<Buffer<T>> *in = &A_;`, `auto &out = output;`: a pointer or reference is what it points at.
  // ... and so is a pointer member initialised `func(func)`.
  const pointee = assigned ?? (args.length === 1 ? args[0] : null);
  if (pointee && (declarator.type === 'pointer_declarator' || declarator.type === 'reference_declarator')) {
    const e = resolveCallee(pointee, scope);
    if (e && e.kind !== 'value' && e.kind !== 'expr' && e.kind !== 'unknown') return e;
  }
  switch (outer) {
    case 'FuncRef': {
      // `FuncRef r = f(args);`: assigning to r later defines f at those arguments.
      const call = assigned ? unwrap(assigned) : null;
      const f = call?.type === 'call_expression' ? resolveCallee(field(call, 'function')!, scope) : undefined;
      if (f?.kind === 'func' || f?.kind === 'output') return { kind: 'funcRef', func: f.func, args: argumentsOf(call!), scope };
      return { kind: 'unknown', cppType: outer };
    }
    case 'GeneratorParam': {
      const info = readParam(targs, nameNode, init, scope);
      // `GeneratorParam<LoopLevel> at{"at", LoopLevel::inlined()}`: a level a later `set(...)` may move.
      const level = /^(Halide::)?LoopLevel$/.test(info.cppType) ? initArgs(init)[1] : undefined;
      if (it.st.subGenerator > 0) return level ? { kind: 'loopLevel', node: level, scope, uses: [] } : { kind: 'param', info };
      const override = it.st.overrides[info.name];
      if (override !== undefined) info.value = enumChoice(initArgs(init)[2], override) ?? parseOverride(override, info.value);
      it.st.params.push(info);
      return level ? { kind: 'loopLevel', node: level, scope, uses: [] } : { kind: 'param', info };
    }
    case 'Input':
    case 'Output': {
      const io = readIO(outer, targs, nameNode, init, scope);
      // GenGen's `NAME.type=uint8` / `NAME.dim=3` give an untyped Buffer<> or Func its type and rank.
      const type = it.st.overrides[`${io.name}.type`];
      if (type && /^(u?int(8|16|32|64)|float(16|32|64)|bool)$/.test(type)) io.type = type;
      const dim = Number(it.st.overrides[`${io.name}.dim`]);
      if (Number.isInteger(dim) && dim > 0 && dim <= 16 && io.kind !== 'scalar') {
        io.dims = dim;
        io.estimates = Array(dim).fill(null);
      }
      // A sub-generator's Input is bound by apply(...); its Output is a Func of the caller's pipeline.
      if (it.st.subGenerator > 0 && outer === 'Input') return { kind: 'input', io };
      if (it.st.subGenerator > 0) {
        const func = it.st.newFunc(io.name, cppName, 'func', nameNode);
        func.types = io.type ? [io.type] : [];
        func.dims = io.dims;
        return { kind: 'func', func };
      }
      const size = arraySize(it, outer, targs[0], io.name, scope, nameNode);
      if (size !== undefined) return ioArray(it, outer, io, cppName, size, nameNode);
      if (outer === 'Input') {
        it.st.inputs.push(io);
        return { kind: 'input', io };
      }
      it.st.outputs.push(io);
      const func = it.st.newFunc(io.name, cppName, 'output', nameNode);
      func.types = io.type ? [io.type] : [];
      func.dims = io.dims;
      return { kind: 'output', io, func };
    }
    case 'Var':
    case 'RVar': {
      const s = args[0] ? stringLiteral(unwrap(args[0])) : null;
      if (assigned && outer === 'RVar') {
        const v = analyzeExpr(assigned, it.exprCtx(scope));
        const rv = v.rvars[0];
        if (rv) return { kind: 'var', name: rv.name, rvar: true, rdom: rv.rdom };
      }
      // `Var v = x;`, a member `element(element)`: a copy of a Var is that Var.
      const copied = !s && args.length === 1 ? resolveCallee(args[0], scope) : undefined;
      if (copied?.kind === 'var') return copied;
      const name = s ?? (args.length === 0 && (outer === 'Var' || outer === 'RVar') ? it.st.anonymous(outer === 'Var' ? 'v' : 'r') : cppName);
      it.st.vars.push({ name, kind: outer, range: rangeOf(nameNode) });
      return { kind: 'var', name, rvar: outer === 'RVar' };
    }
    case 'RDom':
      return makeRDom(it, cppName, nameNode, args, assigned, scope);
    case 'Buffer': {
      // A Buffer made at generation time (`Buffer<float, 2> matrix(3, 3)`): a constant image the
      // pipeline reads like an Input, under its own name or Halide's `b0, b1, ...`.
      if (assigned) return resolveCallee(assigned, scope) ?? { kind: 'unknown', cppType: typeNode.text };
      const given = args.map((a) => stringLiteral(unwrap(a))).find((x) => x !== null);
      const dims = targs[1] ? evaluate(targs[1], scope) : undefined;
      const io: IOInfo = {
        name: given ?? it.st.anonymous('b'), kind: 'buffer', type: targs[0] ? cppTypeToElem(targs[0].text) : null,
        dims: typeof dims === 'number' ? dims : args.filter((a) => stringLiteral(unwrap(a)) === null).length, estimates: [], scalarEstimate: null, range: rangeOf(nameNode),
      };
      return { kind: 'input', io };
    }
    case 'Func': {
      // A new handle (`Func a = b` copies b's), so rebinding a later leaves b alone.
      const f = makeFunc(it, cppName, nameNode, args, assigned, scope, state);
      return f?.kind === 'func' ? { ...f } : f;
    }
    case 'Expr':
    case 'Tuple':
    case 'auto': {
      if (outer === 'auto' && assigned) {
        const v = evaluate(assigned, scope);
        if (v !== undefined) return { kind: 'value', value: v };
        // `auto clamped = BoundaryConditions::repeat_edge(in)`, `auto f = lambda(...)`, `auto g = helper(...)`:
        // whatever the call makes (a Func, or a helper's Expr), as `Func f = ...` would bind it.
        if (it.makesEntity(assigned)) {
          const made = it.funcValue(assigned, cppName, scope, state);
          if (made) return made;
        }
        const e = resolveCallee(assigned, scope);
        if (e) return e.kind === 'func' || e.kind === 'expr' ? { ...e } : e;
      }
      if (outer === 'auto' && assigned) {
        if (unwrap(assigned).type === 'lambda_expression') return { kind: 'lambda', node: unwrap(assigned), scope };
        const o = objectValue(it, assigned, scope, state);
        if (o) return o;
      }
      // `Tuple t(re, im)`: a Tuple of its arguments.
      if (outer === 'Tuple' && !assigned && args.length > 1) {
        const parts = args.map((a) => analyzeExpr(a, it.exprCtx(scope)));
        return { kind: 'expr', summary: { ...combine(parts, parts[0].type, { op: 'opaque', text: cppName }), tuple: parts } };
      }
      const value = assigned ?? args[0];
      return { kind: 'expr', summary: value ? analyzeExpr(value, it.exprCtx(scope)) : emptySummary() };
    }
    case 'ImageParam':
    case 'Param': {
      const name = (args[0] && stringLiteral(unwrap(args[0]))) ?? cppName;
      it.st.diag(nameNode, 'unread-construct', `${outer} '${name}' in a generator: use Input<> so estimates and types are known`, 'info');
      return { kind: 'unknown', cppType: outer };
    }
    case 'LoopLevel':
      if (assigned) return { kind: 'loopLevel', node: assigned, scope };
      return { kind: 'unknown', cppType: outer };
    default: {
      const value = assigned ?? (args.length === 1 ? args[0] : null);
      if (value) {
        const v = evaluate(value, scope);
        if (v !== undefined) return { kind: 'value', value: /int|size_t|long|short/.test(typeNode.text) && typeof v === 'number' ? Math.trunc(v) : v };
      }
      return { kind: 'unknown', cppType: typeNode.text };
    }
  }
}

export function makeRDom(it: Interpreter, cppName: string, nameNode: SyntaxNode, args: SyntaxNode[], assigned: SyntaxNode | null, scope: Scope): Entity {
  if (assigned) args = initArgs(assigned);
  const last = args[args.length - 1];
  const lastStr = last ? stringLiteral(unwrap(last)) : null;
  if (lastStr !== null) args = args.slice(0, -1);
  const name = it.st.rdomName(lastStr);
  const pairs: [SyntaxNode, SyntaxNode][] = [];
  if (args.length === 1 && unwrap(args[0]).type === 'initializer_list') {
    for (const p of unwrap(args[0]).namedChildren) if (p.namedChildCount >= 2) pairs.push([p.namedChildren[0], p.namedChildren[1]]);
  } else if (args.length === 1) {
    // RDom over a buffer's region; `RDom r(filter);` parses as a declaration with the type `filter`.
    const e = resolveCallee(args[0], scope) ?? (args[0].type === 'type_identifier' ? scope.lookup(args[0].text) : undefined);
    const dims = e?.kind === 'input' ? e.io.dims : 0;
    const dimNames = ['x', 'y', 'z', 'w'];
    const over = accessorText(compactText(args[0]), scope);
    const info = {
      name, range: rangeOf(nameNode),
      dims: Array.from({ length: dims }, (_, i) => ({
        name: `${name}$${dimNames[i] ?? i}`, min: { op: 'opaque' as const, text: `${over}.dim(${i}).min()` },
        extent: { op: 'opaque' as const, text: `${over}.dim(${i}).extent()` },
        minText: `${args[0].text}.dim(${i}).min()`, extentText: `${args[0].text}.dim(${i}).extent()`,
      })),
    };
    if (!dims) it.st.diag(nameNode, 'unread-construct', `RDom '${name}' over '${args[0].text}': its dimensions are unknown`);
    it.st.rdoms.push(info);
    return { kind: 'rdom', info };
  } else {
    for (let i = 0; i + 1 < args.length; i += 2) pairs.push([args[i], args[i + 1]]);
  }
  const ctx = it.exprCtx(scope);
  const dimNames = ['x', 'y', 'z', 'w'];
  const info = {
    name, range: rangeOf(nameNode),
    dims: pairs.map(([mn, ex], i) => ({
      name: `${name}$${dimNames[i] ?? i}`,
      min: analyzeExpr(mn, ctx).index, extent: analyzeExpr(ex, ctx).index,
      minText: compactText(mn), extentText: compactText(ex),
    })),
  };
  it.st.rdoms.push(info);
  return { kind: 'rdom', info };
}

function makeFunc(it: Interpreter, cppName: string, nameNode: SyntaxNode, args: SyntaxNode[], assigned: SyntaxNode | null, scope: Scope, state: BranchState): Entity | undefined {
  if (assigned) return it.funcValue(assigned, cppName, scope, state);
  // `Func f(g)` (a member initialised `inner(inner)`): a copy of a Func handle is the same Func.
  const copied = args.length === 1 ? resolveCallee(args[0], scope) : undefined;
  if (copied?.kind === 'func' || copied?.kind === 'input') return copied;
  if (copied?.kind === 'output') return { kind: 'func', func: copied.func };
  const s = args[0] ? stringLiteral(unwrap(args[0])) ?? evaluate(args[0], scope) : null;
  const name = typeof s === 'string' ? s : it.st.anonymous('f');
  return { kind: 'func', func: it.st.newFunc(name, cppName, 'func', nameNode) };
}
