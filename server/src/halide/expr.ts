// Analysis of one Halide expression as written in C++: operations counted by kind and type, every
// call to a Func or Input (the graph's edges) with its index expressions, RVars used, result type.
import type { SyntaxNode } from './tree';
import type { Call, ElemType, IndexExpr, OpCounts } from './graph';
import type { Entity, ExprSummary, FuncState, Scope } from './scope';
import { evaluate, isFloatLiteral, parseNumber } from './evaluate';
import { argumentsOf, baseName, compactText, field, rangeOf, templateArgs, unwrap } from './syntax';
import { CONCISE_CASTS, combineTypes, cppTypeToElem, halideTypeCall } from './types';

export interface ExprContext {
  scope: Scope;
  /** Create the hidden Func of an inline reduction (`sum(...)` and friends); returns it. */
  inlineReduction(kind: string, inner: ExprSummary, node: SyntaxNode): FuncState | null;
  diag(node: SyntaxNode, code: string, message: string): void;
  /** A call that yields a Func and is called in place: `BoundaryConditions::repeat_edge(in)(x, y)`. */
  funcFromCall(call: SyntaxNode): Entity | undefined;
}

const BINOP: Record<string, string> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'mod',
  '<': 'cmp', '<=': 'cmp', '>': 'cmp', '>=': 'cmp', '==': 'eq', '!=': 'eq',
  '&&': 'and', '||': 'or', '&': 'bitand', '|': 'bitor', '^': 'bitxor', '<<': 'shift', '>>': 'shift',
};

const MATH = new Set([
  'sqrt', 'exp', 'log', 'pow', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh',
  'tanh', 'floor', 'ceil', 'round', 'trunc', 'fast_exp', 'fast_log', 'fast_pow', 'fast_sin', 'fast_cos',
  'fast_inverse', 'fast_inverse_sqrt', 'erf', 'is_nan', 'is_inf', 'is_finite', 'fract',
]);
const PASS_THROUGH = new Set(['likely', 'likely_if_innermost', 'print', 'print_when', 'require', 'Expr', 'strict_float', 'unsafe_promise_clamped']);
/** Math functions bounds inference sees through (monotonic: the ends of the argument's range). */
const ROUNDING = new Set(['floor', 'ceil', 'round', 'trunc']);
const REDUCTIONS = new Set(['sum', 'product', 'maximum', 'minimum', 'argmax', 'argmin', 'saturating_sum']);

export function emptySummary(): ExprSummary {
  return { ops: {}, calls: [], rvars: [], type: null, literal: false, index: { op: 'opaque', text: '' } };
}

/** Free pure Vars of an expression, in first-use order: the implicit Func's arguments. */
export function freeVars(index: ExprSummary, calls: Call[]): string[] {
  const out: string[] = [];
  const visit = (e: IndexExpr): void => {
    if (e.op === 'var' && !e.name.includes('$') && !out.includes(e.name)) out.push(e.name);
    if ('args' in e) e.args.forEach(visit);
  };
  for (const c of calls) c.argExprs.forEach(visit);
  visit(index.index);
  return out;
}

export function addOp(ops: OpCounts, kind: string, type: ElemType | null, count = 1): void {
  const t = type ?? 'unknown';
  const byType = (ops[kind] ??= {});
  byType[t] = (byType[t] ?? 0) + count;
}

export function mergeOps(into: OpCounts, from: OpCounts): void {
  for (const [kind, byType] of Object.entries(from)) {
    for (const [t, n] of Object.entries(byType)) addOp(into, kind, t, n);
  }
}

/** Fold child summaries into a result with the given own op, type and index. */
function combine(parts: ExprSummary[], type: ElemType | null, index: IndexExpr, op?: [string, ElemType | null]): ExprSummary {
  const out: ExprSummary = { ops: {}, calls: [], rvars: [], type, literal: false, index };
  for (const p of parts) {
    mergeOps(out.ops, p.ops);
    out.calls.push(...p.calls);
    for (const r of p.rvars) if (!out.rvars.some((x) => x.name === r.name)) out.rvars.push(r);
  }
  if (op) addOp(out.ops, op[0], op[1]);
  return out;
}

/** Index tree of `a OP b`: arithmetic, and the comparisons and logic select conditions are made of. */
function binaryIndex(op: string, a: IndexExpr, b: IndexExpr): IndexExpr | null {
  switch (op) {
    case '+': return { op: 'add', args: [a, b] };
    case '-': return { op: 'sub', args: [a, b] };
    case '*': return { op: 'mul', args: [a, b] };
    case '/': return { op: 'div', args: [a, b] };
    case '%': return { op: 'mod', args: [a, b] };
    case '<': return { op: 'lt', args: [a, b] };
    case '<=': return { op: 'le', args: [a, b] };
    case '>': return { op: 'lt', args: [b, a] };
    case '>=': return { op: 'le', args: [b, a] };
    case '==': return { op: 'eq', args: [a, b] };
    case '!=': return { op: 'ne', args: [a, b] };
    case '&&': return { op: 'and', args: [a, b] };
    case '||': return { op: 'or', args: [a, b] };
    default: return null;
  }
}

/** `select(c1, v1, c2, v2, ..., default)` as nested two-way selects; null for a malformed call. */
function selectIndex(args: IndexExpr[]): IndexExpr | null {
  if (args.length < 3 || args.length % 2 === 0) return null;
  let out = args[args.length - 1];
  for (let i = args.length - 3; i >= 0; i -= 2) out = { op: 'select', args: [args[i], args[i + 1], out] };
  return out;
}

function opaque(node: SyntaxNode): IndexExpr {
  return { op: 'opaque', text: compactText(node) };
}

function rvarName(rdom: string, dim: number | string): string {
  const names = ['x', 'y', 'z', 'w'];
  return typeof dim === 'number' ? `${rdom}$${names[dim] ?? dim}` : `${rdom}$${dim}`;
}

/** What a callee node names: a Func, an element of a Func array, an Input or Output. */
export function resolveCallee(node: SyntaxNode, scope: Scope): Entity | undefined {
  const n = unwrap(node);
  if (n.type === 'identifier' || n.type === 'field_identifier') return scope.lookup(n.text);
  if (n.type === 'field_expression' && field(n, 'argument')?.type === 'this') {
    return scope.lookup(field(n, 'field')!.text);
  }
  if (n.type === 'subscript_expression') {
    const arr = resolveCallee(field(n, 'argument')!, scope);
    const idxNode = field(n, 'indices') ?? n.namedChildren[1];
    const idxArg = idxNode?.type === 'subscript_argument_list' ? idxNode.namedChildren[0] : idxNode;
    if (arr?.kind === 'funcArray' && idxArg) {
      const i = evaluate(idxArg, scope);
      const f = typeof i === 'number' ? arr.elems.get(i) : undefined;
      return f ? { kind: 'func', func: f } : undefined;
    }
  }
  return undefined;
}

export function analyzeExpr(node: SyntaxNode, ctx: ExprContext): ExprSummary {
  const n = unwrap(node);
  switch (n.type) {
    case 'number_literal': {
      const v = parseNumber(n.text) ?? 0;
      const float = isFloatLiteral(n.text);
      const index: IndexExpr = float ? { op: 'const', value: v, float: true } : { op: 'const', value: v };
      return { ...emptySummary(), type: float ? 'float32' : 'int32', literal: !float, index };
    }
    case 'true':
    case 'false':
      return { ...emptySummary(), type: 'bool', index: { op: 'const', value: n.type === 'true' ? 1 : 0 } };
    case 'identifier':
    case 'qualified_identifier':
    case 'field_identifier':
    case 'type_identifier':
      return analyzeName(n, ctx);
    case 'field_expression':
      return analyzeField(n, ctx);
    case 'binary_expression': {
      const a = analyzeExpr(field(n, 'left')!, ctx);
      const b = analyzeExpr(field(n, 'right')!, ctx);
      const opText = field(n, 'operator')?.text ?? '';
      const kind = BINOP[opText] ?? 'other';
      const operandType = combineTypes(a.type, a.literal, b.type, b.literal);
      const isBool = ['cmp', 'eq', 'and', 'or'].includes(kind);
      const index = binaryIndex(opText, a.index, b.index) ?? opaque(n);
      const out = combine([a, b], isBool ? 'bool' : operandType, index, [kind, operandType]);
      out.literal = a.literal && b.literal;
      return out;
    }
    case 'unary_expression': {
      const a = analyzeExpr(field(n, 'argument')!, ctx);
      const op = field(n, 'operator')?.text ?? n.child(0)?.text;
      if (op === '+') return a;
      const kind = op === '-' ? 'neg' : op === '!' ? 'not' : 'bitnot';
      const index: IndexExpr = op === '-' ? { op: 'neg', args: [a.index] } : op === '!' ? { op: 'not', args: [a.index] } : opaque(n);
      const out = combine([a], op === '!' ? 'bool' : a.type, index, [kind, a.type]);
      out.literal = a.literal;
      return out;
    }
    case 'conditional_expression': {
      // A C++ ?: picks an Expr at generation time; take the branch when the condition is a constant.
      const c = evaluate(field(n, 'condition')!, ctx.scope);
      if (c !== undefined) return analyzeExpr(field(n, c ? 'consequence' : 'alternative')!, ctx);
      ctx.diag(n, 'unread-construct', 'C++ ?: with a run-time condition: both branches counted');
      const a = analyzeExpr(field(n, 'consequence')!, ctx);
      const b = analyzeExpr(field(n, 'alternative')!, ctx);
      return combine([a, b], combineTypes(a.type, a.literal, b.type, b.literal), opaque(n));
    }
    case 'call_expression':
      return analyzeCall(n, ctx);
    case 'subscript_expression': {
      // `f(x, y)[1]`: a Tuple component.
      const inner = field(n, 'argument')!;
      const s = analyzeExpr(inner, ctx);
      const idx = n.namedChildren[1]?.namedChildren[0];
      const comp = idx ? evaluate(idx, ctx.scope) : undefined;
      if (typeof comp === 'number' && s.calls.length > 0) {
        const last = s.calls[s.calls.length - 1];
        last.component = comp;
      }
      if (typeof comp === 'number' && s.tuple?.[comp]) return s.tuple[comp];
      return { ...s, index: opaque(n) };
    }
    case 'initializer_list': {
      const parts = n.namedChildren.map((c) => analyzeExpr(c, ctx));
      const out = combine(parts, parts[0]?.type ?? null, opaque(n));
      out.tuple = parts;
      return out;
    }
    case 'cast_expression':
    case 'comment':
      return n.type === 'cast_expression' ? analyzeExpr(field(n, 'value')!, ctx) : emptySummary();
    case 'string_literal':
    case 'concatenated_string':
      return emptySummary();
    default: {
      ctx.diag(n, 'unread-construct', `expression of kind '${n.type}' is not read`);
      return { ...emptySummary(), index: opaque(n) };
    }
  }
}

function analyzeName(n: SyntaxNode, ctx: ExprContext): ExprSummary {
  const name = n.type === 'qualified_identifier' ? baseName(n) : n.text;
  const e = ctx.scope.lookup(name);
  if (!e) {
    if (n.type === 'qualified_identifier' || /^[A-Z_]+$/.test(name) || name === '_') return { ...emptySummary(), index: opaque(n) };
    ctx.diag(n, 'unknown-name', `'${name}' is not a Var, Func, Input, RDom or constant the front end knows`);
    return { ...emptySummary(), index: opaque(n) };
  }
  switch (e.kind) {
    case 'var': {
      const s: ExprSummary = { ...emptySummary(), type: 'int32', index: { op: 'var', name: e.name } };
      if (e.rvar && e.rdom) s.rvars.push({ name: e.name, rdom: e.rdom });
      return s;
    }
    case 'rdom': {
      // A one-dimensional RDom used as an Expr is its first RVar.
      const rv = rvarName(e.info.name, 0);
      return { ...emptySummary(), type: 'int32', rvars: [{ name: rv, rdom: e.info.name }], index: { op: 'var', name: rv } };
    }
    case 'value':
      return typeof e.value === 'number'
        ? { ...emptySummary(), type: Number.isInteger(e.value) ? 'int32' : 'float32', literal: Number.isInteger(e.value), index: { op: 'const', value: e.value } }
        : { ...emptySummary(), type: 'bool', index: { op: 'const', value: e.value ? 1 : 0 } };
    case 'param': {
      const v = e.info.value;
      const isFloat = /float|double/.test(e.info.cppType);
      const type = /bool/.test(e.info.cppType) ? 'bool' : isFloat ? 'float32' : 'int32';
      const index: IndexExpr = typeof v !== 'number' ? { op: 'var', name: e.info.name }
        : isFloat ? { op: 'const', value: v, float: true } : { op: 'const', value: v };
      return { ...emptySummary(), type, literal: !isFloat, index };
    }
    case 'input':
      if (e.io.kind === 'scalar') return { ...emptySummary(), type: e.io.type, index: { op: 'var', name: e.io.name } };
      return { ...emptySummary(), index: opaque(n) };
    case 'expr':
      return e.summary;
    default:
      return { ...emptySummary(), index: opaque(n) };
  }
}

function analyzeField(n: SyntaxNode, ctx: ExprContext): ExprSummary {
  const obj = field(n, 'argument')!;
  const member = field(n, 'field')?.text ?? '';
  if (obj.type === 'this') return analyzeName(field(n, 'field')!, ctx);
  const e = resolveCallee(obj, ctx.scope);
  if (e?.kind === 'rdom') {
    const dim = ['x', 'y', 'z', 'w'].indexOf(member);
    const rv = rvarName(e.info.name, dim >= 0 ? dim : member);
    return { ...emptySummary(), type: 'int32', rvars: [{ name: rv, rdom: e.info.name }], index: { op: 'var', name: rv } };
  }
  // `input.width()`-style accessors are read through analyzeCall; a bare member is opaque.
  return { ...emptySummary(), type: 'int32', index: opaque(n) };
}

function typeFromTemplate(fn: SyntaxNode): ElemType | null {
  const targ = templateArgs(fn)[0];
  return targ ? cppTypeToElem(targ.text) : null;
}

function analyzeCall(n: SyntaxNode, ctx: ExprContext): ExprSummary {
  const fn = field(n, 'function')!;
  const args = argumentsOf(n);
  const inner = unwrap(fn);
  const callee = inner.type === 'call_expression' ? ctx.funcFromCall(inner) : resolveCallee(fn, ctx.scope);
  if (callee && (callee.kind === 'func' || callee.kind === 'output' || callee.kind === 'input')) {
    return analyzeFuncCall(n, callee, args, ctx);
  }
  if (fn.type === 'field_expression') return analyzeMethodCall(n, fn, args, ctx);
  const name = baseName(fn);
  const parts = () => args.map((a) => analyzeExpr(a, ctx));
  if (name === 'cast' || name === 'saturating_cast' || name === 'reinterpret') {
    let type = typeFromTemplate(fn);
    let valueArgs = args;
    if (!type && args.length === 2) {
      type = typeFromHalideTypeNode(args[0], ctx);
      valueArgs = [args[1]];
    }
    const ps = valueArgs.map((a) => analyzeExpr(a, ctx));
    return combine(ps, type, { op: 'cast', type: type ?? 'unknown', args: [ps[0]?.index ?? opaque(n)] }, ['cast', type]);
  }
  if (CONCISE_CASTS[name]) {
    const ps = parts();
    return combine(ps, CONCISE_CASTS[name], { op: 'cast', type: CONCISE_CASTS[name], args: [ps[0]?.index ?? opaque(n)] }, ['cast', CONCISE_CASTS[name]]);
  }
  if (name === 'select' || name === 'mux') {
    const ps = parts();
    const vals = name === 'select' ? ps.filter((_, i) => i % 2 === 1 || i === ps.length - 1) : ps.slice(1);
    const type = vals.reduce<ElemType | null>((t, p) => combineTypes(t, false, p.type, p.literal), null);
    return combine(ps, type, name === 'select' ? selectIndex(ps.map((p) => p.index)) ?? opaque(n) : opaque(n), [name, type]);
  }
  if (name === 'min' || name === 'max' || name === 'absd' || name === 'abs') {
    const ps = parts();
    const type = ps.reduce<ElemType | null>((t, p) => combineTypes(t, false, p.type, p.literal), null);
    const index: IndexExpr = name === 'min' || name === 'max' ? { op: name, args: ps.map((p) => p.index) }
      : name === 'abs' && ps.length === 1 ? { op: 'abs', args: [ps[0].index] }
      : name === 'absd' && ps.length === 2 ? { op: 'abs', args: [{ op: 'sub', args: [ps[0].index, ps[1].index] }] }
      : opaque(n);
    const out = combine(ps, type, index, [name, type]);
    out.literal = ps.every((p) => p.literal);
    return out;
  }
  if (name === 'clamp') {
    const ps = parts();
    const type = ps[0]?.type ?? null;
    const out = combine(ps, type, { op: 'clamp', args: ps.map((p) => p.index) });
    addOp(out.ops, 'min', type);
    addOp(out.ops, 'max', type);
    return out;
  }
  if (name === 'lerp') {
    const ps = parts();
    return combine(ps, ps[0]?.type ?? null, opaque(n), ['lerp', ps[0]?.type ?? null]);
  }
  if (MATH.has(name)) {
    const ps = parts();
    const t = ps[0]?.type;
    const type = name.startsWith('is_') ? 'bool' : t && t.startsWith('float') ? t : 'float32';
    const index: IndexExpr = ROUNDING.has(name) && ps.length === 1 ? { op: name as 'floor', args: [ps[0].index] } : opaque(n);
    return combine(ps, type, index, [name.startsWith('fast_') ? name : `math_${name}`, type]);
  }
  if (PASS_THROUGH.has(name)) {
    const ps = parts();
    return ps.length ? { ...combine(ps, ps[0].type, ps[0].index), literal: ps[0].literal } : emptySummary();
  }
  if (name === 'Tuple') {
    const ps = parts();
    return { ...combine(ps, ps[0]?.type ?? null, opaque(n)), tuple: ps };
  }
  if (name === 'undef') return { ...emptySummary(), type: typeFromTemplate(fn) };
  if (REDUCTIONS.has(name)) {
    const body = args[args.length - 1];
    const inner = body ? analyzeExpr(body, ctx) : emptySummary();
    const func = ctx.inlineReduction(name, inner, n);
    if (!func) return inner;
    // Halide's implicit Func is called at the expression's free Vars, as readReduction defines it.
    const vars = freeVars(inner, inner.calls);
    const call: Call = {
      callee: func.name, calleeKind: 'func', args: vars, argExprs: vars.map((v) => ({ op: 'var', name: v })), component: null, range: rangeOf(n),
    };
    const type = name.startsWith('arg') ? 'int32' : inner.type;
    const out: ExprSummary = { ...emptySummary(), calls: [call], type, index: opaque(n) };
    addOp(out.ops, 'load', type);
    return out;
  }
  if (name === 'Var' || name === 'RVar') return { ...emptySummary(), type: 'int32', index: opaque(n) };
  ctx.diag(n, 'unread-construct', `call to '${name}' is not understood; its arguments are still read`);
  const ps = parts();
  return combine(ps, ps[0]?.type ?? null, opaque(n), ['call_unknown', ps[0]?.type ?? null]);
}

function typeFromHalideTypeNode(node: SyntaxNode, ctx: ExprContext): ElemType | null {
  const n = unwrap(node);
  if (n.type === 'call_expression') {
    const bitsNode = argumentsOf(n)[0];
    const bits = bitsNode ? evaluate(bitsNode, ctx.scope) : undefined;
    return halideTypeCall(baseName(field(n, 'function')!), typeof bits === 'number' ? bits : null);
  }
  const e = ctx.scope.lookup(n.text);
  if (e?.kind === 'param' && typeof e.info.value === 'string') return e.info.value;
  return null;
}

function analyzeFuncCall(n: SyntaxNode, callee: Entity, args: SyntaxNode[], ctx: ExprContext): ExprSummary {
  const ps = args.map((a) => analyzeExpr(a, ctx));
  let name: string;
  let kind: Call['calleeKind'];
  let type: ElemType | null;
  if (callee.kind === 'input') {
    name = callee.io.name;
    kind = 'input';
    type = callee.io.type;
    if (callee.io.kind === 'scalar') return { ...emptySummary(), type, index: { op: 'var', name } };
  } else {
    const f = callee.kind === 'output' ? callee.func : (callee as { func: FuncState }).func;
    name = f.name;
    kind = 'func';
    type = f.types[0] ?? null;
  }
  const call: Call = {
    callee: name, calleeKind: kind, args: args.map(compactText), argExprs: ps.map((p) => p.index),
    component: null, range: rangeOf(n),
  };
  const out = combine(ps, type, opaque(n), ['load', type]);
  out.calls.push(call);
  return out;
}

function analyzeMethodCall(n: SyntaxNode, fn: SyntaxNode, args: SyntaxNode[], ctx: ExprContext): ExprSummary {
  // input.width(), input.dim(0).extent(), f.type(): scalar parameters of the pipeline.
  const ps = args.map((a) => analyzeExpr(a, ctx));
  return combine(ps, 'int32', { op: 'opaque', text: compactText(n) });
}
