// Walks a generator's methods the way the C++ would run at generation time: declarations bind names,
// loops with constant bounds are unrolled, `if (auto_schedule)` branches are labelled, assignments to
// Func calls become stages, and method chains become schedule directives or estimates.
// This file holds the walk itself (statements, control flow, helper calls); declarations are read
// in entities.ts, definitions in definitions.ts and method chains in chains.ts, as functions of the
// Interpreter they are part of.
import type { SyntaxNode } from './tree';
import type { ClassDef, Entity } from './scope';
import { Scope } from './scope';
import type { ReaderState } from './state';
import { resolveCallee } from './callee';
import { isTargetExpr } from './target';
import { HALIDE_BUILTINS } from './exprCalls';
import { execChain } from './chains';
import { funcValue, makesFunc, makesFuncItself } from './funcValues';
import { rdomWhere } from './rdomWhere';
import { execSwitch } from './switch';
import { execIf } from './conditionals';
import { execFor, execForRange, execPreproc } from './loops';
import { containerValue, execContainerCall } from './containers';
import { type OverloadFacts, overload, reaches, takesHalideTypes } from './overloads';
import { readReduction } from './constructs';
import { execAssignment, execMisparsedDefinition } from './definitions';
import { declare, declaredName } from './entities';
import { initArgs } from './declarations';
import { evaluate, stepCounter } from './evaluate';
import { analyzeExpr, type ExprContext } from './expr';
import { construct, entitySummary, execMethodCall, mayBeObject, objectValue, paramType } from './objects';
import type { BranchState } from './schedule';
import { argumentsOf, baseName, compactText, field, isLibraryCallee, paramsOf, unwrap } from './syntax';

const MAX_CALL_DEPTH = 8;
const ALWAYS: BranchState = { branch: 'always', applies: true };

/** Return types of functions run for their value at generation time. */
const PLAIN_RETURN = /^(bool|int|unsigned(int)?|float|double|size_t|u?int(8|16|32|64)_t|long|short)$/;

export class Interpreter {
  private depth = 0;
  /** Helpers being run, innermost last. */
  private readonly calling: string[] = [];
  private returned: Entity | undefined;
  /** Declared return types of the functions being run, innermost last. */
  private readonly returnTypes: string[] = [];

  /** A `return` ran: the body being run stops. */
  get hasReturned(): boolean {
    return this.returned !== undefined;
  }

  constructor(readonly st: ReaderState, private readonly functions: Map<string, SyntaxNode[]>, readonly classes: Map<string, ClassDef> = new Map()) {}

  functionsNamed(name: string): SyntaxNode[] | undefined {
    return this.functions.get(name);
  }

  exprCtx(scope: Scope): ExprContext {
    return {
      scope,
      diag: (node, code, message) => this.st.diag(node, code, message),
      inlineReduction: (kind, inner, node, name, rdomGiven) => readReduction(this.st, kind, inner, node, name, rdomGiven),
      isScalar: (name) => this.st.inputs.some((i) => i.kind === 'scalar' && i.name === name),
      callHelper: (call) => {
        const name = baseName(field(call, 'function')!);
        const local = this.callLocal(call, scope, ALWAYS);
        if (local !== null) return local;
        // A helper overloading a Halide builtin for its own types (`cos(FixedN)`) calls the builtin inside.
        // The file's overload for its own type (`abs(ComplexExpr)`) is taken when an argument is one of its objects.
        if (!this.functions.has(name) || !this.helperTakes(name, call, scope)) return null;
        return this.callFunction(name, call, scope, ALWAYS);
      },
      objectExpr: (node) => {
        const e = objectValue(this, node, scope);
        return e === null ? null : entitySummary(this, e, node);
      },
      summaryOf: (e, node) => entitySummary(this, e, node),
      listValue: (node) => {
        const e = resolveCallee(node, scope) ?? containerValue(this, node, scope, ALWAYS);
        return e?.kind === 'list' ? e.items : null;
      },
      funcNamed: (name) => this.st.findFunc(name),
      funcFromCall: (call) => {
        const e = this.funcValue(call, baseName(field(call, 'function')!), scope, ALWAYS);
        return e?.kind === 'func' || e?.kind === 'input' ? e : undefined;
      },
    };
  }

  /** Declarations outside the class (namespace-scope Vars, constants), into the scope members sit on. */
  readShared(decls: SyntaxNode[], scope: Scope): void {
    for (const decl of decls) declare(this, decl, scope, ALWAYS);
  }

  /** Class members: each `field_declaration` may declare several names. */
  readMembers(body: SyntaxNode): void {
    for (const decl of body.namedChildren) {
      if (decl.type === 'field_declaration') declare(this, decl, this.st.members, ALWAYS);
    }
  }

  /** A call whose result funcValue can bind: a boundary condition, a lambda, or a helper function. */
  makesEntity(value: SyntaxNode): boolean {
    return makesFunc(this, value);
  }

  /** What `Func f = <value>` or `f = <value>` binds (funcValues.ts). */
  funcValue(value: SyntaxNode, cppName: string, scope: Scope, state: BranchState): Entity | undefined {
    return funcValue(this, value, cppName, scope, state);
  }

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
        return declare(this, node, scope, state);
      case 'expression_statement': {
        const e = node.namedChildren[0];
        if (e) this.execExpression(e, scope, state);
        return;
      }
      case 'for_statement':
        return execFor(this, node, scope, state);
      case 'for_range_loop':
        return execForRange(this, node, scope, state);
      case 'preproc_ifdef':
      case 'preproc_if':
        return execPreproc(this, node, scope, state);
      case 'if_statement':
        return execIf(this, node, scope, state);
      case 'switch_statement':
        return execSwitch(this, node, scope, state);
      case 'return_statement': {
        // A `return` in a branch not in force (`if (auto_schedule) { ...; return; }` read for the manual schedule) ends nothing.
        if (!state.applies) return;
        const v = node.namedChildren[0];
        // `return {v, z, u};` from a function returning a std::tuple, pair, vector or array: a list of its parts.
        const tuple = v && unwrap(v).type === 'initializer_list' && /(^|::)(tuple|pair|vector|array)</.test(this.returnTypes[this.returnTypes.length - 1] ?? '');
        if (tuple) this.returned = { kind: 'list', items: initArgs(v).map((c) => this.valueEntity(c, scope, state) ?? { kind: 'unknown', cppType: '' }) };
        else if (v) this.returned = this.valueEntity(v, scope, state) ?? { kind: 'unknown', cppType: '' };
        else this.returned = { kind: 'unknown', cppType: 'void' };
        return;
      }
      case 'function_definition':
        return execMisparsedDefinition(this, node, scope, state);
      case 'comment':
      case 'using_declaration':
      case 'alias_declaration':
      case 'type_definition':
      case 'static_assert_declaration':
      case 'empty_statement':
      case 'break_statement': // a switch case's end (switch.ts stops there)
      case 'throw_statement': // a failed check: the generator was built, so the path read does not get here
        return;
      case 'ERROR':
        this.st.diag(node, 'syntax-error', 'syntax error: this text is skipped', 'error');
        return;
      default:
        this.st.diag(node, 'unread-construct', `statement of kind '${node.type}' is not read`, 'info');
    }
  }

  valueEntity(v: SyntaxNode, scope: Scope, state: BranchState): Entity | undefined {
    // The target handed to a helper stays the target: its questions are answered inside.
    if (isTargetExpr(v)) return { kind: 'unknown', cppType: 'Target' };
    const c = evaluate(v, scope);
    if (c !== undefined) return { kind: 'value', value: c };
    const e = resolveCallee(v, scope);
    if (e) return e;
    const o = objectValue(this, v, scope, state) ?? containerValue(this, v, scope, state);
    if (o !== null) return o;
    const u = unwrap(v);
    // A function of the file named as a value (a function pointer in a table: resize's `kernel_cubic`): called where it is called.
    const fns = u.type === 'identifier' ? this.functions.get(u.text) : undefined;
    if (fns?.length === 1) return { kind: 'lambda', node: fns[0], scope: this.st.members };
    if (u.type === 'call_expression') {
      const local = this.callLocal(u, scope, state);
      if (local !== null) return local;
      const name = baseName(field(u, 'function')!);
      // `Halide::select(...)` inside a helper the file names `select` is the library's; `::schedule(...)` the file's.
      const library = isLibraryCallee(field(u, 'function')!);
      if (this.functions.has(name) && !library && this.helperTakes(name, u, scope)) return this.callFunction(name, u, scope, state);
      if (makesFuncItself(this, u)) return this.funcValue(u, name, scope, state);
    }
    return { kind: 'expr', summary: analyzeExpr(v, this.exprCtx(scope)) };
  }

  execExpression(e: SyntaxNode, scope: Scope, state: BranchState): void {
    const n = unwrap(e);
    if (n.type === 'assignment_expression') return execAssignment(this, n, scope, state);
    if (n.type === 'update_expression') return void stepCounter(n, scope);
    if (n.type === 'comma_expression') {
      for (const c of n.namedChildren) this.execExpression(c, scope, state);
      return;
    }
    if (n.type === 'call_expression') {
      const fn = field(n, 'function')!;
      if (execContainerCall(this, n, scope, state)) return;
      if (fn.type === 'field_expression') {
        if (rdomWhere(this, n, scope)) return;
        if (!execMethodCall(this, n, scope, state)) execChain(this, n, scope, state, 'source');
        return;
      }
      const name = baseName(fn);
      if (this.callLocal(n, scope, state) !== null) return;
      if (this.functions.has(name)) {
        this.callFunction(name, n, scope, state);
        return;
      }
      // A method of the object being run (`schedule_x()` in a component's own method), or an operator().
      if (this.classes.size) objectValue(this, n, scope, state);
    }
    // Anything else (a print, an assert) has no effect on the pipeline graph.
  }

  /**
   * Whether a call of a name the file's functions have reaches them rather than Halide's builtin of that
   * name: `cos(FixedN)` calls the builtin inside itself, `abs(ComplexExpr)` takes the file's overload,
   * `select(c, a, b)` on Exprs Halide's even where the file has `select(Expr, FixedN, FixedN)`.
   */
  helperTakes(name: string, call: SyntaxNode, scope: Scope): boolean {
    if (!HALIDE_BUILTINS.has(name)) return true;
    const defs = this.functions.get(name) ?? [];
    const args = argumentsOf(call);
    if (this.calling.includes(name)) return false;
    if (!defs.some(takesHalideTypes) && !args.some((a) => mayBeObject(this, a, scope))) return false;
    return defs.some((d) => reaches(d, args, scope, this.facts(scope)));
  }

  private facts(scope: Scope): OverloadFacts {
    return { builtins: HALIDE_BUILTINS, isObject: (a) => mayBeObject(this, a, scope), isClassParam: (p) => this.classes.has(paramType(p)) };
  }

  /** Run a helper (member or free function) with its parameters bound to the caller's arguments. */
  callFunction(name: string, call: SyntaxNode, scope: Scope, state: BranchState): Entity | undefined {
    const def = overload(this.functions.get(name)!, argumentsOf(call), scope, call, this.facts(scope));
    if (this.depth >= MAX_CALL_DEPTH) {
      this.st.diag(call, 'unread-construct', `helper '${name}' nests deeper than ${MAX_CALL_DEPTH} calls: not expanded`);
      return undefined;
    }
    const params = paramsOf(def);
    const args = argumentsOf(call);
    // GCC evaluates arguments right to left: Funcs they make (`helper(repeat_edge(a), repeat_edge(b))`) are named in that order.
    const values: (Entity | undefined)[] = params.map(() => undefined);
    for (let i = params.length - 1; i >= 0; i--) {
      const arg = args[i] ?? field(params[i], 'default_value');
      if (arg) values[i] = this.valueEntity(arg, scope, state);
    }
    return this.invoke(def, values, this.st.members.child(), state, name);
  }

  /**
   * The value of a call of one of the file's functions returning a plain number or bool
   * (`bool use_8bit_multiply(const Target &target)`), run now as Halide runs it at generation time.
   * Undefined for anything else (helpers building Exprs or Funcs are run where they are called).
   */
  generationValue(call: SyntaxNode, scope: Scope): number | string | boolean | undefined {
    const name = baseName(field(call, 'function')!);
    const defs = this.functions.get(name);
    if (!defs || this.calling.includes(name)) return undefined;
    const type = field(overload(defs, argumentsOf(call), scope, call), 'type');
    if (!type || !PLAIN_RETURN.test(compactText(type))) return undefined;
    const e = this.callFunction(name, call, scope, ALWAYS);
    return e?.kind === 'value' ? e.value : undefined;
  }

  /** A call of a local lambda (`schedule_conv(conv, relu, r.x)`): its body over the scope it captured; null when the callee is none. */
  callLocal(call: SyntaxNode, scope: Scope, state: BranchState): Entity | undefined | null {
    const fn = field(call, 'function');
    const local = fn?.type === 'identifier' ? scope.lookup(fn.text) : undefined;
    if (local?.kind !== 'lambda') return null;
    const args = argumentsOf(call);
    const values = [...args].reverse().map((a) => this.valueEntity(a, scope, state)).reverse();
    return this.invoke(local.node, values, local.scope.child(), state, fn!.text);
  }

  /** Bind a function's parameters in fscope: the arguments given, else the defaults. */
  bindParams(def: SyntaxNode, args: (Entity | undefined)[], fscope: Scope, state: BranchState): void {
    paramsOf(def).forEach((p, i) => {
      const pname = declaredName(field(p, 'declarator') ?? p);
      const dflt = field(p, 'default_value');
      let e = args[i] ?? (dflt ? this.valueEntity(dflt, fscope, state) : undefined);
      // A parameter of one of the file's classes given something else: its converting constructor.
      const cls = this.classes.get(paramType(p));
      if (cls && e && !(e.kind === 'object' && e.cls === cls)) e = construct(this, cls, [e], state);
      // A by-value Func or Expr parameter is a copy the helper may rebind; a reference is the caller's own.
      const byRef = /reference_declarator|pointer_declarator/.test(field(p, 'declarator')?.type ?? '');
      if ((e?.kind === 'func' || e?.kind === 'expr') && !byRef) e = { ...e };
      if (e?.kind === 'input' && paramType(p) === 'Func') e = { ...e, asFunc: true };
      if (pname && e && pname.type !== 'type_identifier') fscope.define(pname.text, e);
    });
  }

  /** Run a function (helper, method, operator) with its arguments already evaluated; what it returns. */
  invoke(def: SyntaxNode, args: (Entity | undefined)[], fscope: Scope, state: BranchState, name: string): Entity | undefined {
    if (this.depth >= MAX_CALL_DEPTH) {
      this.st.diag(def, 'unread-construct', `'${name}' nests deeper than ${MAX_CALL_DEPTH} calls: not expanded`);
      return undefined;
    }
    this.bindParams(def, args, fscope, state);
    const body = field(def, 'body');
    if (!body) return undefined;
    // A lambda's trailing return type (`[](Expr a, Expr b) -> std::pair<Expr, Expr>`) is its return type.
    const type = field(def, 'type') ?? field(def, 'declarator')?.namedChildren.find((c) => c.type === 'trailing_return_type')?.namedChildren[0];
    this.returnTypes.push(type ? compactText(type) : '');
    try {
      return this.runBody(body, fscope, state, name);
    } finally {
      this.returnTypes.pop();
    }
  }

  /** A function body (or a constructor's) in its own frame: a `return` ends it, not its caller. */
  runBody(body: SyntaxNode, fscope: Scope, state: BranchState, name = ''): Entity | undefined {
    const saved = this.returned;
    this.returned = undefined;
    this.depth++;
    this.calling.push(name);
    try {
      this.execBody(body, fscope, state);
      return this.returned;
    } finally {
      this.calling.pop();
      this.depth--;
      this.returned = saved;
    }
  }
}
