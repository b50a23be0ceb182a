// Definitions → stages: `f(args) op= value` (the first is the pure stage, later ones updates),
// assignments to names and Func-array elements, and the definitions tree-sitter misreads as
// declarations. Part of the Interpreter (interpret.ts); entities.ts and this file call each other
// at run time only.
import { clampedRange } from './valueRange';
import type { SyntaxNode } from './tree';
import type { IOInfo, Stage } from './graph';
import type { Entity, ExprSummary, FuncState, Scope } from './scope';
import type { Interpreter } from './interpret';
import type { BranchState } from './schedule';
import { resolveCallee } from './callee';
import { initArgs } from './declarations';
import { makeRDom } from './entities';
import { assignObject } from './objects';
import { bracedList, expandListArgs } from './containers';
import { assignedMap, mapKey, setMapElement } from './maps';
import { compoundValue, evaluate, evaluateNumber } from './evaluate';
import { analyzeExpr } from './expr';
import { addOp, compound, emptySummary, implicitArgs, mergeOps } from './summary';
import { argumentsOf, compactText, field, rangeOf, unwrap } from './syntax';

/** C++ types of plain generation-time numbers (and '' for a value the reader has forgotten). */
const PLAIN_NUMBER = /^((const\s+)?(std::)?(u?int(8|16|32|64)?_t|(unsigned\s+)?(int|long|short|char)|unsigned|float|double|bool|size_t))?$/;

export function execAssignment(it: Interpreter, n: SyntaxNode, scope: Scope, state: BranchState): void {
  const left = unwrap(field(n, 'left')!);
  const right = field(n, 'right')!;
  const op = field(n, 'operator')?.text ?? '=';
  if (left.type === 'call_expression' && /^(std::)?tie$/.test(compactText(field(left, 'function')!))) return assignTie(it, left, right, scope, state);
  if (left.type === 'call_expression') {
    const target = resolveCallee(field(left, 'function')!, scope) ?? arrayElement(it, field(left, 'function')!, scope);
    if (target && (target.kind === 'func' || target.kind === 'output')) {
      if (!state.applies) return;
      const func = target.kind === 'output' ? target.func : target.func;
      define(it, func, argumentsOf(left), right, op, n, scope);
      return;
    }
    // `matrix(i, j) = 0.5f` fills a Buffer made at generation time: no stage.
    if (target?.kind === 'input' && !it.st.inputs.includes(target.io)) return;
    // `cf(x, y) = v` on an object of the file's classes: its operator() and the lvalue's operator=.
    if (target?.kind === 'object') {
      assignObject(it, target, argumentsOf(left), op, right, scope, state);
      return;
    }
    it.st.diag(left, 'unknown-func', `'${compactText(field(left, 'function')!)}' is not a Func the front end knows: this definition is skipped`);
    return;
  }
  if (left.type === 'subscript_expression') {
    // `pyr[j] = Func("pyr_" + std::to_string(j))` or `= BoundaryConditions::...`
    const arr = resolveCallee(field(left, 'argument')!, scope);
    const idx = left.namedChildren[1]?.namedChildren[0];
    const i = idx ? evaluateNumber(idx, scope) : undefined;
    if (arr?.kind === 'list' && i !== undefined && i >= 0 && i < 1024) {
      arr.items[i] = it.valueEntity(right, scope, state) ?? { kind: 'unknown', cppType: '' };
      return;
    }
    if (arr?.kind === 'map' && idx && op === '=' && setMapElement(it, arr, idx, it.valueEntity(right, scope, state), scope)) return;
    if (arr?.kind === 'funcArray' && i !== undefined) {
      const value = it.funcValue(right, `${arr.cppName}[${i}]`, scope, state);
      if (value?.kind === 'func') setFuncElement(it, arr, i, value.func);
      return;
    }
    it.st.diag(left, 'unread-construct', 'assignment to an element the front end cannot resolve');
    return;
  }
  if (left.type === 'identifier' || left.type === 'field_expression') {
    const name = left.type === 'identifier' ? left.text : field(left, 'field')!.text;
    // `obj.member = v`: the member lives among the object's fields.
    const recv = left.type === 'field_expression' && field(left, 'argument')?.type !== 'this' ? resolveCallee(field(left, 'argument')!, scope) : undefined;
    const home = recv?.kind === 'object' ? recv.fields : scope;
    const cur = recv?.kind === 'object' ? recv.fields.own(name) : scope.lookup(name);
    if (cur?.kind === 'var' && op === '=') {
      const v = resolveCallee(right, scope);
      if (v?.kind === 'var') home.assign(name, v);
      return;
    }
    if (cur?.kind === 'funcRef') {
      if (state.applies) define(it, cur.func, cur.args, analyzeExpr(right, it.exprCtx(scope)), op, n, cur.scope);
      return;
    }
    if (cur?.kind === 'list' && op === '=') {
      const v = bracedList(it, right, scope, state) ?? it.valueEntity(right, scope, state);
      if (v?.kind === 'list') home.assign(name, { kind: 'list', items: [...v.items] });
      return;
    }
    if (cur?.kind === 'map' && op === '=') {
      const v = assignedMap(it, cur, right, scope, state);
      if (v) home.assign(name, v);
      return;
    }
    if (cur?.kind === 'object') {
      const v = assignObject(it, cur, null, op, right, scope, state);
      if (op === '=' && v && v !== cur && !cur.cls.methods.has('operator=')) home.assign(name, v);
      return;
    }
    // `schedule = [=]() { ... };` inside generate() (a `std::function<void()> schedule` member):
    // Halide runs the lambda as schedule().
    const lambda = unwrap(right);
    if ((!cur || cur.kind === 'unknown') && name === 'schedule' && lambda.type === 'lambda_expression' && field(lambda, 'body')) {
      it.st.deferredSchedules.push({ body: field(lambda, 'body')!, scope });
      return;
    }
    if (!cur) return;
    if (cur.kind === 'value') {
      const rhs = evaluate(right, scope);
      if (typeof rhs === 'number' && typeof cur.value === 'number') {
        const v = compoundValue(op, cur.value, rhs);
        home.assign(name, v === undefined ? { kind: 'unknown', cppType: '' } : { kind: 'value', value: v });
      } else if (rhs !== undefined && op === '=') home.assign(name, { kind: 'value', value: rhs });
      else if (op === '+=' && typeof cur.value === 'string' && typeof rhs === 'string') home.assign(name, { kind: 'value', value: cur.value + rhs });
      // A value we cannot follow is forgotten, never kept stale (a loop counter would never move).
      else home.assign(name, { kind: 'unknown', cppType: '' });
      return;
    }
    // `int32_t n;` (a member set in generate()) given a generation-time number: that number from now on.
    if (cur.kind === 'unknown' && op === '=' && PLAIN_NUMBER.test(cur.cppType)) {
      const v = evaluate(right, scope);
      if (v !== undefined) {
        home.assign(name, { kind: 'value', value: v });
        return;
      }
    }
    if (cur.kind === 'expr' || cur.kind === 'unknown') {
      const rhs = analyzeExpr(right, it.exprCtx(scope));
      const summary = op === '=' ? rhs : compound(cur.kind === 'expr' ? cur.summary : emptySummary(), rhs, op);
      // In place, so an `Expr &out` parameter's assignment reaches the caller's Expr.
      if (cur.kind === 'expr') cur.summary = summary;
      else home.assign(name, { kind: 'expr', summary });
      return;
    }
    if (cur.kind === 'rdom') {
      // `RDom r;` as a member, given its domain later: `r = RDom(0, w, "r")`.
      const fresh = makeRDom(it, name, left, initArgs(right), null, scope);
      if (fresh.kind === 'rdom') {
        it.st.rdoms.splice(it.st.rdoms.indexOf(fresh.info), 1);
        Object.assign(cur.info, { name: fresh.info.name, dims: fresh.info.dims });
      }
      return;
    }
    if (cur.kind === 'func') {
      const value = it.funcValue(right, name, scope, state);
      // Func::operator= points this handle at the other Func: through a `Func &` parameter the caller's changes too.
      if (value?.kind === 'func') cur.func = value.func;
      else if (value) home.assign(name, value);
      return;
    }
    if (cur.kind === 'input' && op === '=') {
      // `Expr fx` bound to a scalar Input, then `fx = cast<int>(fx * 65536)`: an Expr from now on.
      if (cur.io.kind === 'scalar') {
        home.assign(name, { kind: 'expr', summary: analyzeExpr(right, it.exprCtx(scope)) });
        return;
      }
      // `Func prev = input; ... prev = layer(prev);`: a Func handle first bound to an Input, then rebound.
      const value = it.funcValue(right, name, scope, state);
      if (value?.kind === 'func' || value?.kind === 'input') home.assign(name, value);
      return;
    }
    if (cur.kind === 'output' && op === '=') {
      const value = it.funcValue(right, name, scope, state);
      if (value?.kind !== 'func' || !state.applies) return;
      bindOutput(it, cur.io, cur.func, value.func);
      home.assign(name, { kind: 'output', io: cur.io, func: value.func });
    }
  }
}

/**
 * `std::tie(a, b) = std::make_pair(f, g)` (or a helper returning a pair or tuple): each name or
 * element is assigned its part, as `a = f; b = g;` would assign it.
 */
function assignTie(it: Interpreter, left: SyntaxNode, right: SyntaxNode, scope: Scope, state: BranchState): void {
  const v = it.valueEntity(right, scope, state);
  if (v?.kind !== 'list') {
    it.st.diag(left, 'unread-construct', 'std::tie of something other than a pair or tuple is not read');
    return;
  }
  argumentsOf(left).forEach((target, i) => {
    const item = v.items[i];
    if (item) assignEntity(it, unwrap(target), item, scope, state);
  });
}

/** `target = <an entity already evaluated>`: a name, a member of an object, or a container's element. */
function assignEntity(it: Interpreter, target: SyntaxNode, value: Entity, scope: Scope, state: BranchState): void {
  if (target.type === 'subscript_expression') {
    const arr = resolveCallee(field(target, 'argument')!, scope);
    const idx = target.namedChildren[1]?.namedChildren[0];
    const i = idx ? evaluateNumber(idx, scope) : undefined;
    if (arr?.kind === 'list' && i !== undefined && i >= 0 && i < 1024) arr.items[i] = value;
    else if (arr?.kind === 'map' && idx && setMapElement(it, arr, idx, value, scope)) return;
    else if (arr?.kind === 'funcArray' && i !== undefined && value.kind === 'func') setFuncElement(it, arr, i, value.func);
    else it.st.diag(target, 'unread-construct', 'assignment to an element the front end cannot resolve');
    return;
  }
  if (target.type !== 'identifier' && target.type !== 'field_expression') return;
  const name = target.type === 'identifier' ? target.text : field(target, 'field')!.text;
  const recv = target.type === 'field_expression' && field(target, 'argument')?.type !== 'this' ? resolveCallee(field(target, 'argument')!, scope) : undefined;
  const home = recv?.kind === 'object' ? recv.fields : scope;
  const cur = recv?.kind === 'object' ? recv.fields.own(name) : scope.lookup(name);
  const func = value.kind === 'func' ? value.func : value.kind === 'output' ? value.func : null;
  if (cur?.kind === 'output') {
    if (func && state.applies) {
      bindOutput(it, cur.io, cur.func, func);
      home.assign(name, { kind: 'output', io: cur.io, func });
    }
    return;
  }
  // Func::operator= points this handle at the other Func.
  if (cur?.kind === 'func' && func) cur.func = func;
  else if (cur?.kind === 'expr' && value.kind === 'expr') cur.summary = value.summary;
  else if (cur) home.assign(name, value);
}

/** `arr[i] = f` on a Func array: an `Output<Func[]>`'s element becomes f itself (bindOutput). */
function setFuncElement(it: Interpreter, arr: Extract<Entity, { kind: 'funcArray' }>, i: number, func: FuncState): void {
  const placeholder = arr.elems.get(i);
  if (arr.output && placeholder) bindOutput(it, arr.output.name === placeholder.name ? arr.output : outputOf(it, placeholder), placeholder, func);
  arr.elems.set(i, func);
}

function outputOf(it: Interpreter, func: FuncState): IOInfo | undefined {
  return it.st.outputs.find((o) => o.name === func.name);
}

/**
 * `output = f;` makes f itself the pipeline's output, under f's own name (Halide 14 reports the
 * Output as `f`, and a schedule of `output` schedules f): the placeholder Func goes.
 */
function bindOutput(it: Interpreter, io: IOInfo | undefined, placeholder: FuncState, func: FuncState): void {
  if (!io || placeholder === func) return;
  if (placeholder.stages.length === 0) it.st.funcs.splice(it.st.funcs.indexOf(placeholder), 1);
  func.kind = 'output';
  io.name = func.name;
  if (!io.dims && func.dims) {
    io.dims = func.dims;
    io.estimates = Array(func.dims).fill(null);
  }
  if (!io.type) io.type = func.types[0] ?? null;
}

/**
 * `f(x, y) = 0;` inside a body is valid C++ that tree-sitter reads as a pure-virtual declaration
 * (`= 0`): recover it as the definition it is.
 */
export function execMisparsedDefinition(it: Interpreter, node: SyntaxNode, scope: Scope, state: BranchState): void {
  const decl = field(node, 'declarator');
  const clause = node.namedChildren.find((c) => c.type === 'pure_virtual_clause');
  const nameNode = decl && field(decl, 'declarator');
  if (!decl || decl.type !== 'function_declarator' || !clause || !nameNode || field(node, 'type')) {
    it.st.diag(node, 'unread-construct', 'a function defined inside a method is not read', 'info');
    return;
  }
  // `layers[k](x, y) = 0;` parses as an array declarator: the element of a Func array.
  const target = nameNode.type === 'array_declarator' ? declaredElement(it, nameNode, scope) : resolveCallee(nameNode, scope);
  if (!target || (target.kind !== 'func' && target.kind !== 'output')) {
    it.st.diag(nameNode, 'unknown-func', `'${nameNode.text}' is not a Func the front end knows: this definition is skipped`);
    return;
  }
  if (!state.applies) return;
  const args = (field(decl, 'parameters')?.namedChildren ?? []).map((p) => field(p, 'type') ?? p);
  const zero: ExprSummary = { ...emptySummary(), type: 'int32', literal: true, index: { op: 'const', value: 0 } };
  define(it, target.func, args, zero, '=', node, scope);
}

/** `arr[i]` written as an array declarator: a Func array's (or a std::vector<Func>'s) element. */
function declaredElement(it: Interpreter, decl: SyntaxNode, scope: Scope): Entity | undefined {
  const arr = resolveCallee(field(decl, 'declarator')!, scope);
  const size = field(decl, 'size');
  const i = size ? evaluateNumber(size, scope) : undefined;
  if (i === undefined) return undefined;
  if (arr?.kind === 'list') return arr.items[i];
  if (arr?.kind !== 'funcArray') return undefined;
  const func = arr.elems.get(i) ?? it.st.newFunc(it.st.anonymous('f'), `${arr.cppName}[${i}]`, 'func', decl);
  arr.elems.set(i, func);
  return { kind: 'func', func };
}

export function execMisparsedArrayDefinition(it: Interpreter, decl: SyntaxNode, arr: Extract<Entity, { kind: 'funcArray' }>, scope: Scope, state: BranchState): void {
  for (const d of decl.namedChildren.filter((c) => c.type === 'init_declarator')) {
    const fd = field(d, 'declarator');
    const binding = fd && field(fd, 'declarator');
    const value = field(d, 'value');
    const idx = binding?.type === 'structured_binding_declarator' ? binding.namedChildren[0] : null;
    const i = idx ? evaluateNumber(idx, scope) : undefined;
    if (!fd || fd.type !== 'function_declarator' || !value || i === undefined) {
      it.st.diag(d, 'unread-construct', `cannot read this use of Func array '${arr.cppName}'`);
      continue;
    }
    if (!state.applies) continue;
    let func = arr.elems.get(i);
    if (!func) {
      func = it.st.newFunc(it.st.anonymous('f'), `${arr.cppName}[${i}]`, 'func', d);
      arr.elems.set(i, func);
    }
    const args = (field(fd, 'parameters')?.namedChildren ?? []).map((p) => (p.namedChildCount === 1 ? field(p, 'type') ?? p : p));
    define(it, func, args, value, '=', d, scope);
  }
}

/** `pyr[j](x, y) = ...` on an element not yet created: Halide makes a Func named like the array. */
function arrayElement(it: Interpreter, fn: SyntaxNode, scope: Scope): Entity | undefined {
  const n = unwrap(fn);
  if (n.type !== 'subscript_expression') return undefined;
  const arr = resolveCallee(field(n, 'argument')!, scope);
  const idx = n.namedChildren[1]?.namedChildren[0];
  // `m["k"](x) = ...` on a key not yet in a map of Funcs: its operator[] default-makes the Func.
  if (arr?.kind === 'map' && idx && mapKey(idx, scope) !== undefined) {
    const func = it.st.newFunc(it.st.anonymous('f'), compactText(n), 'func', n);
    setMapElement(it, arr, idx, { kind: 'func', func }, scope, false);
    return { kind: 'func', func };
  }
  const i = idx ? evaluateNumber(idx, scope) : undefined;
  if (arr?.kind !== 'funcArray' || i === undefined) return undefined;
  const func = it.st.newFunc(it.st.anonymous('f'), `${arr.cppName}[${i}]`, 'func', n);
  arr.elems.set(i, func);
  return { kind: 'func', func };
}

/** A definition `f(args) op= value`: the first is the pure stage, later ones are updates. */
export function define(it: Interpreter, func: FuncState, lhsNodes: SyntaxNode[], rhs: SyntaxNode | ExprSummary, op: string, node: SyntaxNode, scope: Scope): Stage {
  const ctx = it.exprCtx(scope);
  let value = 'ops' in rhs ? rhs : analyzeExpr(rhs, ctx);
  const lhs: (SyntaxNode | string)[] = implicitArgs(expandListArgs(lhsNodes, scope), value);
  const argSummaries = lhs.map((a): ExprSummary => (typeof a === 'string' ? { ...emptySummary(), type: 'int32', index: { op: 'var', name: a } } : analyzeExpr(a, ctx)));
  const argText = (a: SyntaxNode | string): string => (typeof a === 'string' ? a : compactText(a));
  // Halide gives `f(...) += e` without a pure definition an implicit identity pure stage over Vars
  // of its own, named from the counter unnamed Vars are named by (v0, v1, ...): it default-makes one
  // per argument, keeps the name of an argument that is a variable (a Var or an RVar; a scalar
  // Input's stays the default-made one), and makes a new Var for each other argument (`f(bin)`).
  if (op !== '=' && func.stages.length === 0) {
    const made = lhs.map(() => it.st.anonymous('v'));
    const isParam = (name: string) => it.st.inputs.some((io) => io.kind === 'scalar' && io.name === name);
    const pure = argSummaries.map((a, i) => (a.index.op !== 'var' ? it.st.anonymous('v') : isParam(a.index.name) ? made[i] : a.index.name));
    it.st.addStage(func, {
      args: pure, argExprs: pure.map((name) => ({ op: 'var', name })), pureVars: pure, rvars: [],
      types: [value.type], ops: {}, calls: [], origin: 'implicit', range: rangeOf(node),
    });
  }
  if (op !== '=') {
    const self: ExprSummary = {
      ...emptySummary(), type: func.types[0] ?? value.type,
      calls: [{ callee: func.name, calleeKind: 'func', args: lhs.map(argText), argExprs: argSummaries.map((s) => s.index), component: null, range: rangeOf(node.childForFieldName('left')!) }],
    };
    addOp(self.ops, 'load', self.type);
    value = compound(self, value, op);
  }
  const ops = {};
  mergeOps(ops, value.ops);
  const calls = [...value.calls];
  const rvars = [...value.rvars];
  for (const s of argSummaries) {
    mergeOps(ops, s.ops);
    calls.push(...s.calls);
    for (const r of s.rvars) if (!rvars.some((x) => x.name === r.name)) rvars.push(r);
  }
  if (func.stages.length > 0) takeUpdateVars(it, rvars);
  const types = value.tuple ? value.tuple.map((t) => t.type) : [value.type];
  if (func.stages.length === 0) {
    func.dims = lhs.length;
    if (func.kind !== 'output' || !func.types.length) func.types = types;
  }
  const pureVars = argSummaries.filter((s) => s.index.op === 'var' && s.rvars.length === 0).map((s) => (s.index as { name: string }).name);
  const own = new Set([...pureVars, ...rvars.map((r) => r.name)]);
  func.valueRange = func.stages.length === 0 ? (value.tuple ?? [value]).map((v) => clampedRange(v.index, own)) : undefined;
  return it.st.addStage(func, {
    args: lhs.map(argText), argExprs: argSummaries.map((s) => s.index), pureVars, rvars,
    types: func.stages.length === 0 ? types : func.types, ops, calls, origin: 'source', range: rangeOf(node),
  });
}

/**
 * An update definition over a reduction domain takes one unnamed Var's name per dimension of the
 * domain: Halide's define_update lists the RVars as VarOrRVar, each holding a default-made Var.
 */
export function takeUpdateVars(it: Interpreter, rvars: { rdom: string }[]): void {
  const rdom = rvars[0]?.rdom;
  if (rdom === undefined) return;
  const dims = it.st.rdoms.find((r) => r.name === rdom)?.dims.length || 1;
  for (let i = 0; i < dims; i++) it.st.anonymous('v');
}

