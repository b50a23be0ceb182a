// Walks a generator's methods the way the C++ would run at generation time: declarations bind names,
// loops with constant bounds are unrolled, `if (auto_schedule)` branches are labelled, assignments to
// Func calls become stages, and method chains become schedule directives or estimates.
import type { SyntaxNode } from './tree';
import type { DirectiveArg, Stage } from './graph';
import { directiveArg } from './directiveArgs';
import { plausibleDimensions } from './types';
import type { Entity, ExprSummary, FuncState } from './scope';
import { Scope } from './scope';
import type { ReaderState } from './state';
import { resolveCallee } from './callee';
import { analyzeExpr, type ExprContext } from './expr';
import { addOp, emptySummary, mergeOps } from './summary';
import { evaluate, evaluateNumber } from './evaluate';
import { halideTypeValue, initArgs, readIO, readParam, templateKind } from './declarations';
import { autoScheduleCondition, flattenChain, isKnownDirective, makeDirective, type BranchState, type ChainLink } from './schedule';
import { readBoundary, readLambda, readReduction } from './constructs';
import { argumentsOf, baseName, compactText, field, rangeOf, stringLiteral, unwrap } from './syntax';

const MAX_UNROLL = 256;
const MAX_CALL_DEPTH = 8;
const ALWAYS: BranchState = { branch: 'always', applies: true };

export class Interpreter {
  private depth = 0;
  private returned: Entity | undefined;

  constructor(readonly st: ReaderState, private readonly functions: Map<string, SyntaxNode>) {}

  exprCtx(scope: Scope): ExprContext {
    return {
      scope,
      diag: (node, code, message) => this.st.diag(node, code, message),
      inlineReduction: (kind, inner, node) => readReduction(this.st, kind, inner, node),
      funcFromCall: (call) => {
        const e = this.funcValue(call, baseName(field(call, 'function')!), scope, ALWAYS);
        return e?.kind === 'func' || e?.kind === 'input' ? e : undefined;
      },
    };
  }

  // ---- declarations ---------------------------------------------------------------------------

  /** Class members: each `field_declaration` may declare several names. */
  readMembers(body: SyntaxNode): void {
    for (const decl of body.namedChildren) {
      if (decl.type === 'field_declaration') this.declare(decl, this.st.members, ALWAYS);
    }
  }

  /** Pairs of (declarator, initializer) in a declaration, in order. */
  private declarators(decl: SyntaxNode): { declarator: SyntaxNode; init: SyntaxNode | null }[] {
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

  declare(decl: SyntaxNode, scope: Scope, state: BranchState): void {
    const typeNode = field(decl, 'type');
    if (!typeNode) return;
    // `pyr[j](x, y) = ...` is ambiguous C++ that tree-sitter reads as a declaration of type `pyr`.
    const typeEntity = typeNode.type === 'type_identifier' ? scope.lookup(typeNode.text) : undefined;
    if (typeEntity?.kind === 'funcArray') return this.execMisparsedArrayDefinition(decl, typeEntity, scope, state);
    for (const { declarator, init } of this.declarators(decl)) {
      const entity = this.makeEntity(typeNode, declarator, init, scope, state);
      const nameNode = this.declaredName(declarator);
      if (entity && nameNode) scope.define(nameNode.text, entity);
    }
  }

  private declaredName(d: SyntaxNode): SyntaxNode | null {
    if (d.type === 'identifier' || d.type === 'field_identifier') return d;
    // Reference and pointer declarators hold their name as a plain child, not a field.
    const inner = field(d, 'declarator') ?? d.namedChildren.find((c) => /declarator|identifier/.test(c.type) && c.type !== 'type_identifier');
    return inner ? this.declaredName(inner) : null;
  }

  private makeEntity(typeNode: SyntaxNode, declarator: SyntaxNode, init: SyntaxNode | null, scope: Scope, state: BranchState): Entity | undefined {
    const nameNode = this.declaredName(declarator);
    if (!nameNode) return undefined;
    const cppName = nameNode.text;
    const { outer, args: targs } = templateKind(typeNode);
    // `Func f[N]` and `std::vector<Func> f(N)`: arrays of Funcs, filled by loops.
    const isArray = declarator.type === 'array_declarator';
    const vectorOfFunc = outer === 'vector' && targs[0] && /\bFunc\b/.test(targs[0].text);
    if ((outer === 'Func' && isArray) || vectorOfFunc) return { kind: 'funcArray', cppName, elems: new Map() };
    if (declarator.type === 'function_declarator' && outer !== 'Func') {
      // Most vexing parse of `Var x(...)`-like locals is rare; ignore other function declarations.
      if (!['Var', 'RVar', 'RDom'].includes(outer)) return undefined;
    }
    // `Func b(name);` parses as a function declaration whose "parameter types" are the arguments.
    const args = declarator.type === 'function_declarator'
      ? (field(declarator, 'parameters')?.namedChildren ?? []).map((p) => (p.namedChildCount === 1 ? field(p, 'type') ?? p : p))
      : initArgs(init);
    const assigned = init && !['initializer_list', 'argument_list'].includes(init.type) ? init : null;
    switch (outer) {
      case 'GeneratorParam': {
        const info = readParam(targs, nameNode, init, scope);
        const override = this.st.overrides[info.name];
        if (override !== undefined) info.value = parseOverride(override, info.value);
        this.st.params.push(info);
        return { kind: 'param', info };
      }
      case 'Input':
      case 'Output': {
        const io = readIO(outer, targs, nameNode, init, scope);
        if (outer === 'Input') {
          this.st.inputs.push(io);
          return { kind: 'input', io };
        }
        this.st.outputs.push(io);
        const func = this.st.newFunc(io.name, cppName, 'output', nameNode);
        func.types = io.type ? [io.type] : [];
        func.dims = io.dims;
        return { kind: 'output', io, func };
      }
      case 'Var':
      case 'RVar': {
        const s = args[0] ? stringLiteral(unwrap(args[0])) : null;
        const name = s ?? cppName;
        if (assigned && outer === 'RVar') {
          const v = analyzeExpr(assigned, this.exprCtx(scope));
          const rv = v.rvars[0];
          if (rv) return { kind: 'var', name: rv.name, rvar: true, rdom: rv.rdom };
        }
        this.st.vars.push({ name, kind: outer, range: rangeOf(nameNode) });
        return { kind: 'var', name, rvar: outer === 'RVar' };
      }
      case 'RDom':
        return this.makeRDom(cppName, nameNode, args, assigned, scope);
      case 'Func':
        return this.makeFunc(cppName, nameNode, args, assigned, scope, state);
      case 'Expr':
      case 'Tuple':
      case 'auto': {
        if (outer === 'auto' && assigned) {
          const v = evaluate(assigned, scope);
          if (v !== undefined) return { kind: 'value', value: v };
          const e = resolveCallee(assigned, scope);
          if (e) return e;
        }
        const value = assigned ?? args[0];
        return { kind: 'expr', summary: value ? analyzeExpr(value, this.exprCtx(scope)) : emptySummary() };
      }
      case 'ImageParam':
      case 'Param': {
        const name = (args[0] && stringLiteral(unwrap(args[0]))) ?? cppName;
        this.st.diag(nameNode, 'unread-construct', `${outer} '${name}' in a generator: use Input<> so estimates and types are known`, 'info');
        return { kind: 'unknown', cppType: outer };
      }
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

  private makeRDom(cppName: string, nameNode: SyntaxNode, args: SyntaxNode[], assigned: SyntaxNode | null, scope: Scope): Entity {
    if (assigned) args = initArgs(assigned);
    let name = cppName;
    const last = args[args.length - 1];
    const lastStr = last ? stringLiteral(unwrap(last)) : null;
    if (lastStr !== null) { name = lastStr; args = args.slice(0, -1); }
    const pairs: [SyntaxNode, SyntaxNode][] = [];
    if (args.length === 1 && unwrap(args[0]).type === 'initializer_list') {
      for (const p of unwrap(args[0]).namedChildren) if (p.namedChildCount >= 2) pairs.push([p.namedChildren[0], p.namedChildren[1]]);
    } else if (args.length === 1) {
      // RDom over a buffer's or Func's region.
      const e = resolveCallee(args[0], scope);
      const dims = e?.kind === 'input' ? e.io.dims : 0;
      const dimNames = ['x', 'y', 'z', 'w'];
      const info = {
        name, range: rangeOf(nameNode),
        dims: Array.from({ length: dims }, (_, i) => ({
          name: `${name}$${dimNames[i] ?? i}`, min: { op: 'opaque' as const, text: `${args[0].text}.dim(${i}).min()` },
          extent: { op: 'opaque' as const, text: `${args[0].text}.dim(${i}).extent()` },
          minText: `${args[0].text}.dim(${i}).min()`, extentText: `${args[0].text}.dim(${i}).extent()`,
        })),
      };
      if (!dims) this.st.diag(nameNode, 'unread-construct', `RDom '${name}' over '${args[0].text}': its dimensions are unknown`);
      this.st.rdoms.push(info);
      return { kind: 'rdom', info };
    } else {
      for (let i = 0; i + 1 < args.length; i += 2) pairs.push([args[i], args[i + 1]]);
    }
    const ctx = this.exprCtx(scope);
    const dimNames = ['x', 'y', 'z', 'w'];
    const info = {
      name, range: rangeOf(nameNode),
      dims: pairs.map(([mn, ex], i) => ({
        name: `${name}$${dimNames[i] ?? i}`,
        min: analyzeExpr(mn, ctx).index, extent: analyzeExpr(ex, ctx).index,
        minText: compactText(mn), extentText: compactText(ex),
      })),
    };
    this.st.rdoms.push(info);
    return { kind: 'rdom', info };
  }

  private makeFunc(cppName: string, nameNode: SyntaxNode, args: SyntaxNode[], assigned: SyntaxNode | null, scope: Scope, state: BranchState): Entity | undefined {
    if (assigned) return this.funcValue(assigned, cppName, scope, state);
    const s = args[0] ? stringLiteral(unwrap(args[0])) ?? evaluate(args[0], scope) : null;
    const name = typeof s === 'string' ? s : cppName;
    return { kind: 'func', func: this.st.newFunc(name, cppName, 'func', nameNode) };
  }

  /** What `Func f = <value>` or `f = <value>` binds: a new named Func, a boundary, a lambda, an alias. */
  funcValue(value: SyntaxNode, cppName: string, scope: Scope, state: BranchState): Entity | undefined {
    const v = unwrap(value);
    if (v.type === 'call_expression') {
      const fn = field(v, 'function')!;
      const parts = fn.type === 'qualified_identifier' ? compactText(fn).split('::') : [baseName(fn)];
      const name = parts[parts.length - 1];
      if (parts.includes('BoundaryConditions')) return readBoundary(this.st, name, v, cppName, scope, this.exprCtx(scope));
      if (name === 'lambda') return readLambda(this.st, v, cppName, this.exprCtx(scope));
      if (name === 'Func') {
        const a = argumentsOf(v)[0];
        const s = a ? evaluate(a, scope) : undefined;
        return { kind: 'func', func: this.st.newFunc(typeof s === 'string' ? s : cppName, cppName, 'func', v) };
      }
      if (this.functions.has(name)) return this.callFunction(name, v, scope, state);
    }
    const e = resolveCallee(v, scope);
    if (e && (e.kind === 'func' || e.kind === 'output' || e.kind === 'input')) {
      return e.kind === 'output' ? { kind: 'func', func: e.func } : e;
    }
    this.st.diag(v, 'unread-construct', `cannot tell which Func '${cppName}' refers to`);
    return undefined;
  }

  // ---- statements ------------------------------------------------------------------------------

  execBody(body: SyntaxNode, scope: Scope, state: BranchState): void {
    for (const stmt of body.namedChildren) {
      if (this.returned !== undefined) return;
      this.exec(stmt, scope, state);
    }
  }

  exec(node: SyntaxNode, scope: Scope, state: BranchState): void {
    try {
      this.execUnsafe(node, scope, state);
    } catch (err) {
      // A construct we mis-handle must cost one statement, never the whole graph.
      this.st.diag(node, 'internal-error', `front end failed on this statement: ${(err as Error).message}`, 'error');
    }
  }

  private execUnsafe(node: SyntaxNode, scope: Scope, state: BranchState): void {
    switch (node.type) {
      case 'compound_statement':
        return this.execBody(node, scope.child(), state);
      case 'declaration':
        return this.declare(node, scope, state);
      case 'expression_statement': {
        const e = node.namedChildren[0];
        if (e) this.execExpression(e, scope, state);
        return;
      }
      case 'for_statement':
        return this.execFor(node, scope, state);
      case 'for_range_loop':
        return this.execForRange(node, scope, state);
      case 'if_statement':
        return this.execIf(node, scope, state);
      case 'return_statement': {
        const v = node.namedChildren[0];
        if (v) this.returned = this.valueEntity(v, scope, state) ?? { kind: 'unknown', cppType: '' };
        else this.returned = { kind: 'unknown', cppType: 'void' };
        return;
      }
      case 'function_definition':
        return this.execMisparsedDefinition(node, scope, state);
      case 'comment':
      case 'using_declaration':
      case 'alias_declaration':
      case 'type_definition':
      case 'static_assert_declaration':
      case 'empty_statement':
        return;
      case 'ERROR':
        this.st.diag(node, 'syntax-error', 'syntax error: this text is skipped', 'error');
        return;
      default:
        this.st.diag(node, 'unread-construct', `statement of kind '${node.type}' is not read`, 'info');
    }
  }

  private valueEntity(v: SyntaxNode, scope: Scope, state: BranchState): Entity | undefined {
    const c = evaluate(v, scope);
    if (c !== undefined) return { kind: 'value', value: c };
    const e = resolveCallee(v, scope);
    if (e) return e;
    const u = unwrap(v);
    if (u.type === 'call_expression') {
      const name = baseName(field(u, 'function')!);
      if (this.functions.has(name)) return this.callFunction(name, u, scope, state);
      const parts = compactText(field(u, 'function')!).split('::');
      if (parts.includes('BoundaryConditions') || name === 'lambda' || name === 'Func') return this.funcValue(u, name, scope, state);
    }
    return { kind: 'expr', summary: analyzeExpr(v, this.exprCtx(scope)) };
  }

  private execExpression(e: SyntaxNode, scope: Scope, state: BranchState): void {
    const n = unwrap(e);
    if (n.type === 'assignment_expression') return this.execAssignment(n, scope, state);
    if (n.type === 'update_expression') return this.updateValue(n, scope);
    if (n.type === 'comma_expression') {
      for (const c of n.namedChildren) this.execExpression(c, scope, state);
      return;
    }
    if (n.type === 'call_expression') {
      const fn = field(n, 'function')!;
      if (fn.type === 'field_expression') return this.execChain(n, scope, state, 'source');
      const name = baseName(fn);
      if (this.functions.has(name)) {
        this.callFunction(name, n, scope, state);
        return;
      }
    }
    // Anything else (a print, an assert) has no effect on the pipeline graph.
  }

  private updateValue(n: SyntaxNode, scope: Scope): void {
    const target = field(n, 'argument')!;
    const cur = evaluate(target, scope);
    if (typeof cur !== 'number') return;
    const inc = n.text.includes('++') ? 1 : -1;
    scope.assign(target.text, { kind: 'value', value: cur + inc });
  }

  private execAssignment(n: SyntaxNode, scope: Scope, state: BranchState): void {
    const left = unwrap(field(n, 'left')!);
    const right = field(n, 'right')!;
    const op = field(n, 'operator')?.text ?? '=';
    if (left.type === 'call_expression') {
      const target = resolveCallee(field(left, 'function')!, scope) ?? this.arrayElement(field(left, 'function')!, scope);
      if (target && (target.kind === 'func' || target.kind === 'output')) {
        if (!state.applies) return;
        const func = target.kind === 'output' ? target.func : target.func;
        this.define(func, argumentsOf(left), right, op, n, scope);
        return;
      }
      this.st.diag(left, 'unknown-func', `'${compactText(field(left, 'function')!)}' is not a Func the front end knows: this definition is skipped`);
      return;
    }
    if (left.type === 'subscript_expression') {
      // `pyr[j] = Func("pyr_" + std::to_string(j))` or `= BoundaryConditions::...`
      const arr = resolveCallee(field(left, 'argument')!, scope);
      const idx = left.namedChildren[1]?.namedChildren[0];
      const i = idx ? evaluateNumber(idx, scope) : undefined;
      if (arr?.kind === 'funcArray' && i !== undefined) {
        const value = this.funcValue(right, `${arr.cppName}[${i}]`, scope, state);
        if (value?.kind === 'func') arr.elems.set(i, value.func);
        return;
      }
      this.st.diag(left, 'unread-construct', 'assignment to an element the front end cannot resolve');
      return;
    }
    if (left.type === 'identifier' || left.type === 'field_expression') {
      const name = left.type === 'identifier' ? left.text : field(left, 'field')!.text;
      const cur = scope.lookup(name);
      if (!cur) return;
      if (cur.kind === 'value') {
        const rhs = evaluate(right, scope);
        if (typeof rhs === 'number' && typeof cur.value === 'number') {
          const ops: Record<string, number> = { '=': rhs, '+=': cur.value + rhs, '-=': cur.value - rhs, '*=': cur.value * rhs, '/=': Math.trunc(cur.value / rhs) };
          if (op in ops) scope.assign(name, { kind: 'value', value: ops[op] });
        } else if (rhs !== undefined && op === '=') scope.assign(name, { kind: 'value', value: rhs });
        return;
      }
      if (cur.kind === 'expr' || cur.kind === 'unknown') {
        const rhs = analyzeExpr(right, this.exprCtx(scope));
        scope.assign(name, { kind: 'expr', summary: op === '=' ? rhs : compound(cur.kind === 'expr' ? cur.summary : emptySummary(), rhs, op) });
        return;
      }
      if (cur.kind === 'rdom') {
        // `RDom r;` as a member, given its domain later: `r = RDom(0, w, "r")`.
        const fresh = this.makeRDom(name, left, initArgs(right), null, scope);
        if (fresh.kind === 'rdom') {
          this.st.rdoms.splice(this.st.rdoms.indexOf(fresh.info), 1);
          Object.assign(cur.info, { name: fresh.info.name, dims: fresh.info.dims });
        }
        return;
      }
      if (cur.kind === 'func') {
        const value = this.funcValue(right, name, scope, state);
        if (value) scope.assign(name, value);
        return;
      }
    }
  }

  /**
   * `f(x, y) = 0;` inside a body is valid C++ that tree-sitter reads as a pure-virtual declaration
   * (`= 0`): recover it as the definition it is.
   */
  private execMisparsedDefinition(node: SyntaxNode, scope: Scope, state: BranchState): void {
    const decl = field(node, 'declarator');
    const clause = node.namedChildren.find((c) => c.type === 'pure_virtual_clause');
    const nameNode = decl && field(decl, 'declarator');
    if (!decl || decl.type !== 'function_declarator' || !clause || !nameNode || field(node, 'type')) {
      this.st.diag(node, 'unread-construct', 'a function defined inside a method is not read', 'info');
      return;
    }
    const target = resolveCallee(nameNode, scope);
    if (!target || (target.kind !== 'func' && target.kind !== 'output')) {
      this.st.diag(nameNode, 'unknown-func', `'${nameNode.text}' is not a Func the front end knows: this definition is skipped`);
      return;
    }
    if (!state.applies) return;
    const args = (field(decl, 'parameters')?.namedChildren ?? []).map((p) => field(p, 'type') ?? p);
    const zero: ExprSummary = { ...emptySummary(), type: 'int32', literal: true, index: { op: 'const', value: 0 } };
    this.define(target.func, args, zero, '=', node, scope);
  }

  private execMisparsedArrayDefinition(decl: SyntaxNode, arr: Extract<Entity, { kind: 'funcArray' }>, scope: Scope, state: BranchState): void {
    for (const d of decl.namedChildren.filter((c) => c.type === 'init_declarator')) {
      const fd = field(d, 'declarator');
      const binding = fd && field(fd, 'declarator');
      const value = field(d, 'value');
      const idx = binding?.type === 'structured_binding_declarator' ? binding.namedChildren[0] : null;
      const i = idx ? evaluateNumber(idx, scope) : undefined;
      if (!fd || fd.type !== 'function_declarator' || !value || i === undefined) {
        this.st.diag(d, 'unread-construct', `cannot read this use of Func array '${arr.cppName}'`);
        continue;
      }
      if (!state.applies) continue;
      let func = arr.elems.get(i);
      if (!func) {
        func = this.st.newFunc(`${arr.cppName}_${i}`, `${arr.cppName}[${i}]`, 'func', d);
        arr.elems.set(i, func);
      }
      const args = (field(fd, 'parameters')?.namedChildren ?? []).map((p) => (p.namedChildCount === 1 ? field(p, 'type') ?? p : p));
      this.define(func, args, value, '=', d, scope);
    }
  }

  /** `pyr[j](x, y) = ...` on an element not yet created: Halide makes a Func named like the array. */
  private arrayElement(fn: SyntaxNode, scope: Scope): Entity | undefined {
    const n = unwrap(fn);
    if (n.type !== 'subscript_expression') return undefined;
    const arr = resolveCallee(field(n, 'argument')!, scope);
    const idx = n.namedChildren[1]?.namedChildren[0];
    const i = idx ? evaluateNumber(idx, scope) : undefined;
    if (arr?.kind !== 'funcArray' || i === undefined) return undefined;
    const func = this.st.newFunc(`${arr.cppName}_${i}`, `${arr.cppName}[${i}]`, 'func', n);
    arr.elems.set(i, func);
    return { kind: 'func', func };
  }

  /** A definition `f(args) op= value`: the first is the pure stage, later ones are updates. */
  define(func: FuncState, lhs: SyntaxNode[], rhs: SyntaxNode | ExprSummary, op: string, node: SyntaxNode, scope: Scope): Stage {
    const ctx = this.exprCtx(scope);
    const argSummaries = lhs.map((a) => analyzeExpr(a, ctx));
    let value = 'ops' in rhs ? rhs : analyzeExpr(rhs, ctx);
    if (op !== '=' && func.stages.length === 0) {
      // Halide gives `f(x) += e` without a pure definition an implicit identity pure stage.
      this.st.addStage(func, {
        args: lhs.map(compactText), argExprs: argSummaries.map((s) => s.index), pureVars: [], rvars: [],
        types: [value.type], ops: {}, calls: [], origin: 'implicit', range: rangeOf(node),
      });
    }
    if (op !== '=') {
      const self: ExprSummary = {
        ...emptySummary(), type: func.types[0] ?? value.type,
        calls: [{ callee: func.name, calleeKind: 'func', args: lhs.map(compactText), argExprs: argSummaries.map((s) => s.index), component: null, range: rangeOf(node.childForFieldName('left')!) }],
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
    const types = value.tuple ? value.tuple.map((t) => t.type) : [value.type];
    if (func.stages.length === 0) {
      func.dims = lhs.length;
      if (func.kind !== 'output' || !func.types.length) func.types = types;
    }
    const pureVars = argSummaries.filter((s) => s.index.op === 'var' && s.rvars.length === 0).map((s) => (s.index as { name: string }).name);
    return this.st.addStage(func, {
      args: lhs.map(compactText), argExprs: argSummaries.map((s) => s.index), pureVars, rvars,
      types: func.stages.length === 0 ? types : func.types, ops, calls, origin: 'source', range: rangeOf(node),
    });
  }

  private execFor(node: SyntaxNode, scope: Scope, state: BranchState): void {
    const loop = scope.child();
    const init = field(node, 'initializer');
    if (init) {
      if (init.type === 'declaration') this.declare(init, loop, state);
      else this.execExpression(init, loop, state);
    }
    const cond = field(node, 'condition');
    const update = field(node, 'update');
    const body = field(node, 'body');
    if (!cond || !body) return;
    for (let i = 0; ; i++) {
      const c = evaluate(cond, loop);
      if (c === undefined) {
        this.st.diag(cond, 'unread-construct', 'loop bound is not a compile-time constant: the loop body is not read');
        return;
      }
      if (!c) return;
      if (i >= MAX_UNROLL) {
        this.st.diag(cond, 'unread-construct', `loop runs over ${MAX_UNROLL} times: only the first ${MAX_UNROLL} are read`);
        return;
      }
      this.exec(body, loop.child(), state);
      if (this.returned !== undefined) return;
      if (update) this.execExpression(update, loop, state);
    }
  }

  private execForRange(node: SyntaxNode, scope: Scope, state: BranchState): void {
    const right = field(node, 'right');
    const decl = field(node, 'declarator');
    const body = field(node, 'body');
    const arr = right ? resolveCallee(right, scope) : undefined;
    const nameNode = decl ? this.declaredName(decl) : null;
    if (arr?.kind !== 'funcArray' || !nameNode || !body) {
      this.st.diag(node, 'unread-construct', 'range-for over something other than a Func array is not read');
      return;
    }
    for (const f of [...arr.elems.keys()].sort((a, b) => a - b).map((k) => arr.elems.get(k)!)) {
      const s = scope.child();
      s.define(nameNode.text, { kind: 'func', func: f });
      this.exec(body, s, state);
    }
  }

  private execIf(node: SyntaxNode, scope: Scope, state: BranchState): void {
    const cond = field(node, 'condition')!;
    const cons = field(node, 'consequence');
    const alt = field(node, 'alternative');
    const altBody = alt?.type === 'else_clause' ? alt.namedChildren[0] : alt;
    const asksAuto = autoScheduleCondition(cond);
    if (asksAuto !== null) {
      const branchOf = (taken: boolean): BranchState => {
        const branch = taken === asksAuto ? 'auto' : 'manual';
        const applies = state.applies && (branch === 'auto') === this.st.autoSchedule;
        return { branch, applies };
      };
      if (cons) this.exec(cons, scope.child(), branchOf(true));
      if (altBody) this.exec(altBody, scope.child(), branchOf(false));
      return;
    }
    const c = evaluate(field(cond, 'value') ?? cond, scope);
    if (c === undefined) {
      this.st.diag(cond, 'unread-construct', 'condition is not known at generation time: only the first branch is read');
      if (cons) this.exec(cons, scope.child(), state);
      return;
    }
    if (c && cons) this.exec(cons, scope.child(), state);
    else if (!c && altBody) this.exec(altBody, scope.child(), state);
  }

  // ---- method chains: schedules and estimates ----------------------------------------------------

  execChain(call: SyntaxNode, scope: Scope, state: BranchState, source: 'source' | 'schedule.h'): void {
    const { root, links } = flattenChain(call);
    const target = resolveCallee(root, scope);
    if (!target) {
      if (root.type === 'identifier' && links.some((l) => isKnownDirective(l.method))) {
        this.st.diag(root, 'unknown-func', `'${root.text}' is not a Func the front end knows: its schedule is ignored`);
      }
      return;
    }
    if (target.kind === 'input') return this.readEstimates(target.io, links, scope);
    if (target.kind === 'funcArray') {
      // `pyr.push_back(Func("pyr_" + std::to_string(j)))`: the next element.
      const link = links[0];
      if (link && (link.method === 'push_back' || link.method === 'emplace_back') && link.args[0]) {
        const e = this.funcValue(link.args[0], `${target.cppName}[${target.elems.size}]`, scope, state);
        if (e?.kind === 'func') target.elems.set(target.elems.size, e.func);
      }
      return;
    }
    if (target.kind === 'inputWrapper') {
      for (const link of links) this.st.directives.push(makeDirective(link, this.resolveArgs(link, scope), `${target.io.name}_im`, 0, state, source));
      return;
    }
    if (target.kind !== 'func' && target.kind !== 'output') return;
    const func = target.kind === 'output' ? target.func : target.func;
    let stage = 0;
    for (let i = 0; i < links.length; i++) {
      const link = links[i];
      if (target.kind === 'output' && (link.method === 'dim' || /estimate/.test(link.method))) {
        return this.readEstimates(target.io, links.slice(i), scope, func);
      }
      if (link.method === 'set_estimate' || link.method === 'set_estimates') {
        return this.readEstimates(this.outputIO(func), links.slice(i), scope, func);
      }
      if (link.method === 'update') {
        const n = link.args[0] ? evaluateNumber(link.args[0], scope) : 0;
        stage = (n ?? 0) + 1;
      }
      if (link.method === 'in' || link.method === 'clone_in') {
        this.st.diag(link.nameNode, 'unread-construct', `wrapper Funcs (${link.method}) are not modelled: the rest of this chain is ignored`);
        return;
      }
      if (link.method === 'define_extern') {
        this.st.diag(link.nameNode, 'unread-construct', `extern stage '${func.name}' (define_extern) is not modelled: it has no stages in the graph`);
        return;
      }
      if (!isKnownDirective(link.method)) {
        this.st.diag(link.nameNode, 'unknown-directive', `'${link.method}' is not a scheduling directive the front end knows`, 'info');
      }
      // Autoscheduler output names split Vars it never declares (Li2018): only check user code.
      if (source === 'source') this.checkDirectiveNames(link.args, scope);
      this.st.directives.push(makeDirective(link, this.resolveArgs(link, scope), func.name, stage, state, source));
    }
  }

  private resolveArgs(link: ChainLink, scope: Scope): DirectiveArg[] {
    return link.args.map((a) => directiveArg(a, scope));
  }

  private outputIO(func: FuncState) {
    return this.st.outputs.find((o) => o.name === func.name) ?? null;
  }

  /** Identifiers in a directive's arguments must be known Vars, RVars or Funcs. */
  private checkDirectiveNames(args: SyntaxNode[], scope: Scope): void {
    for (const a of args) {
      const n = unwrap(a);
      if (n.type === 'identifier' && !scope.lookup(n.text)) {
        this.st.diag(n, 'unknown-name', `'${n.text}' in a schedule is not a Var, RVar or Func the front end knows`);
      }
    }
  }

  private readEstimates(io: import('./graph').IOInfo | null, links: ReturnType<typeof flattenChain>['links'], scope: Scope, func?: FuncState): void {
    if (!io) return;
    let dim: number | null = null;
    for (const link of links) {
      const args = link.args;
      switch (link.method) {
        case 'dim': dim = args[0] ? evaluateNumber(args[0], scope) ?? null : null; break;
        case 'set_estimates': {
          const list = args[0] ? unwrap(args[0]) : null;
          if (list?.type !== 'initializer_list') break;
          list.namedChildren.forEach((pair, i) => {
            const [mn, ex] = pair.namedChildren;
            this.setEstimate(io, i, mn, ex, scope, pair);
          });
          break;
        }
        case 'set_estimate':
        case 'set_bounds_estimate':
          if (dim !== null && args.length >= 2) this.setEstimate(io, dim, args[0], args[1], scope, link.node);
          else if (args.length === 3 && func) {
            const pure = this.st.stages.get(func.stages[0] ?? '')?.args ?? [];
            const d = pure.indexOf(compactText(args[0]));
            if (d >= 0) this.setEstimate(io, d, args[1], args[2], scope, link.node);
          } else if (args.length === 1) {
            const v = evaluateNumber(args[0], scope);
            io.scalarEstimate = v ?? null;
          }
          break;
        default: break;
      }
    }
  }

  private setEstimate(io: import('./graph').IOInfo, dim: number, mn: SyntaxNode | undefined, ex: SyntaxNode | undefined, scope: Scope, node: SyntaxNode): void {
    if (!plausibleDimensions(dim)) return;
    while (io.estimates.length <= dim) io.estimates.push(null);
    io.estimates[dim] = {
      min: mn ? evaluateNumber(mn, scope) ?? null : null,
      extent: ex ? evaluateNumber(ex, scope) ?? null : null,
      range: rangeOf(node),
    };
    if (io.dims <= dim) io.dims = dim + 1;
  }

  // ---- helper functions ---------------------------------------------------------------------------

  /** Run a helper (member or free function) with its parameters bound to the caller's arguments. */
  callFunction(name: string, call: SyntaxNode, scope: Scope, state: BranchState): Entity | undefined {
    const def = this.functions.get(name)!;
    if (this.depth >= MAX_CALL_DEPTH) {
      this.st.diag(call, 'unread-construct', `helper '${name}' nests deeper than ${MAX_CALL_DEPTH} calls: not expanded`);
      return undefined;
    }
    const fscope = this.st.members.child();
    const declarator = field(def, 'declarator');
    const params = declarator ? (field(declarator, 'parameters')?.namedChildren ?? []) : [];
    const args = argumentsOf(call);
    params.filter((p) => p.type === 'parameter_declaration' || p.type === 'optional_parameter_declaration').forEach((p, i) => {
      const pname = this.declaredName(field(p, 'declarator') ?? p);
      const arg = args[i] ?? field(p, 'default_value');
      if (!pname || !arg) return;
      const e = this.valueEntity(arg, scope, state);
      if (e) fscope.define(pname.text, e);
    });
    const body = field(def, 'body');
    if (!body) return undefined;
    const saved = this.returned;
    this.returned = undefined;
    this.depth++;
    try {
      this.execBody(body, fscope, state);
      return this.returned;
    } finally {
      this.depth--;
      this.returned = saved;
    }
  }
}

/** A `name=value` generator param from the command line, typed like the param's default. */
function parseOverride(text: string, def: number | string | boolean | null): number | string | boolean {
  if (typeof def === 'boolean') return text === 'true' || text === '1';
  if (typeof def === 'number') {
    const v = Number(text);
    if (Number.isFinite(v)) return v;
  }
  return text;
}

/** `a op= b` for Expr values: the combining operation plus both sides. */
function compound(a: ExprSummary, b: ExprSummary, op: string): ExprSummary {
  const kind = ({ '+=': 'add', '-=': 'sub', '*=': 'mul', '/=': 'div' } as Record<string, string>)[op] ?? 'other';
  const out: ExprSummary = { ...emptySummary(), type: a.type ?? b.type, calls: [...a.calls, ...b.calls], rvars: [...a.rvars] };
  for (const r of b.rvars) if (!out.rvars.some((x) => x.name === r.name)) out.rvars.push(r);
  mergeOps(out.ops, a.ops);
  mergeOps(out.ops, b.ops);
  if (op === '=' ) return b;
  if (kind === 'other') {
    // min=/max= do not exist in C++; anything else is a plain binary op of that kind.
    addOp(out.ops, op.replace('=', ''), out.type);
  } else addOp(out.ops, kind, out.type);
  out.index = { op: 'opaque', text: '' };
  return out;
}

export { halideTypeValue };
