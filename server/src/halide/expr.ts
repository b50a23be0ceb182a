// Analysis of one Halide expression as written in C++: operations counted by kind and type, every
// call to a Func or Input (the graph's edges) with its index expressions, RVars used, result type.
// Calls (casts, math, reductions, Func loads) are analysed in exprCalls.ts; the two recurse into
// each other at run time only, so the import cycle is harmless.
import { boundedLoad } from './valueRange';
import type { SyntaxNode } from './tree';
import type { IndexExpr } from './graph';
import type { Entity, ExprSummary, FuncState, Scope } from './scope';
import { resolveCallee } from './callee';
import { evaluate, isFloatLiteral, parseNumber, stepCounter } from './evaluate';
import { analyzeCall } from './exprCalls';
import { combine, emptySummary, opaque } from './summary';
import { baseName, compactText, field, unwrap } from './syntax';
import { combineTypes } from './types';

export interface ExprContext {
  scope: Scope;
  /** Create the hidden Func of an inline reduction (`sum(...)` and friends); returns it. */
  inlineReduction(kind: string, inner: ExprSummary, node: SyntaxNode, name?: string, rdomGiven?: boolean): FuncState | null;
  diag(node: SyntaxNode, code: string, message: string): void;
  /** A call that yields a Func and is called in place: `BoundaryConditions::repeat_edge(in)(x, y)`. */
  funcFromCall(call: SyntaxNode): Entity | undefined;
  /** A call of one of the file's helper functions, run with its arguments; null when it is no helper. */
  callHelper(call: SyntaxNode): Entity | undefined | null;
  /** Whether a name in an index tree is a scalar Input (a parameter), not a Var. */
  isScalar(name: string): boolean;
  /** An expression over objects of the file's own classes (`a * b`, `c.real()`), read as the C++ runs it; null when it involves none. */
  objectExpr?(node: SyntaxNode): ExprSummary | null;
  /** What an entity (an object, a Var) is as an Expr. */
  summaryOf?(e: Entity, node: SyntaxNode): ExprSummary;
  /** The list a node stands for (`args`, `f.args()`, `std::vector<Expr>{...}`), or null. */
  listValue?(node: SyntaxNode): Entity[] | null;
  /** The Func of a Halide name (a call's callee), for what its definition says of its values. */
  funcNamed?(name: string): FuncState | undefined;
}

/** Node kinds an object of the file's classes can stand behind (operators, methods, members, constructors). */
const OBJECT_FORMS = new Set(['field_expression', 'binary_expression', 'unary_expression', 'call_expression']);

const BINOP: Record<string, string> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'mod',
  '<': 'cmp', '<=': 'cmp', '>': 'cmp', '>=': 'cmp', '==': 'eq', '!=': 'eq',
  '&&': 'and', '||': 'or', '&': 'bitand', '|': 'bitor', '^': 'bitxor', '<<': 'shift', '>>': 'shift',
};

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

function rvarName(rdom: string, dim: number | string): string {
  const names = ['x', 'y', 'z', 'w'];
  return typeof dim === 'number' ? `${rdom}$${names[dim] ?? dim}` : `${rdom}$${dim}`;
}

export function analyzeExpr(node: SyntaxNode, ctx: ExprContext): ExprSummary {
  const n = unwrap(node);
  if (ctx.objectExpr && OBJECT_FORMS.has(n.type)) {
    const o = ctx.objectExpr(n);
    if (o) return o;
  }
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
    case 'update_expression': {
      // `schedule_features(n, idx++, w)`: a generation-time counter; the Expr sees its value, the
      // counter moves on (an Expr is analyzed once, when its statement runs, so this happens once).
      const value = stepCounter(n, ctx.scope);
      if (value === undefined) {
        ctx.diag(n, 'unread-construct', `'${n.text}' changes something the front end does not know at generation time`);
        return { ...emptySummary(), index: opaque(n) };
      }
      return { ...emptySummary(), type: 'int32', literal: true, index: { op: 'const', value } };
    }
    case 'call_expression':
    case 'compound_literal_expression':
      return analyzeCall(n, ctx);
    case 'subscript_expression': {
      // `c[0]` of an `Expr c[4]` or a std::vector<Expr>: the element.
      const elem = ctx.summaryOf ? resolveCallee(n, ctx.scope) : undefined;
      if (elem && (elem.kind === 'expr' || elem.kind === 'var' || elem.kind === 'object' || elem.kind === 'value')) return ctx.summaryOf!(elem, n);
      // `r[0]`: an RDom's dimension, as `r.x`.
      const inner = field(n, 'argument')!;
      const rdom = resolveCallee(inner, ctx.scope);
      const at = rdom?.kind === 'rdom' ? n.namedChildren[1]?.namedChildren[0] : undefined;
      const dim = at ? evaluate(at, ctx.scope) : undefined;
      if (rdom?.kind === 'rdom' && typeof dim === 'number') {
        const rv = rvarName(rdom.info.name, dim);
        return { ...emptySummary(), type: 'int32', rvars: [{ name: rv, rdom: rdom.info.name }], index: { op: 'var', name: rv } };
      }
      // `f(x, y)[1]`: a Tuple component.
      const s = analyzeExpr(inner, ctx);
      const idx = n.namedChildren[1]?.namedChildren[0];
      const comp = idx ? evaluate(idx, ctx.scope) : undefined;
      if (typeof comp === 'number' && s.calls.length > 0) {
        const last = s.calls[s.calls.length - 1];
        last.component = comp;
      }
      if (typeof comp === 'number' && s.tuple?.[comp]) return s.tuple[comp];
      const callee = s.calls[s.calls.length - 1]?.callee;
      return { ...s, index: typeof comp === 'number' && callee ? boundedLoad(ctx.funcNamed?.(callee), comp, opaque(n)) : opaque(n) };
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
    case 'object':
      return ctx.summaryOf ? ctx.summaryOf(e, n) : { ...emptySummary(), index: opaque(n) };
    default:
      return { ...emptySummary(), index: opaque(n) };
  }
}

function analyzeField(n: SyntaxNode, ctx: ExprContext): ExprSummary {
  const obj = field(n, 'argument')!;
  const member = field(n, 'field')?.text ?? '';
  if (obj.type === 'this') return analyzeName(field(n, 'field')!, ctx);
  const e = resolveCallee(obj, ctx.scope);
  // `p.first` of a pair of Exprs or numbers.
  const elem = e?.kind === 'list' ? resolveCallee(n, ctx.scope) : undefined;
  if (elem && ctx.summaryOf && (elem.kind === 'expr' || elem.kind === 'var' || elem.kind === 'object' || elem.kind === 'value')) return ctx.summaryOf(elem, n);
  if (e?.kind === 'rdom') {
    const dim = ['x', 'y', 'z', 'w'].indexOf(member);
    const rv = rvarName(e.info.name, dim >= 0 ? dim : member);
    return { ...emptySummary(), type: 'int32', rvars: [{ name: rv, rdom: e.info.name }], index: { op: 'var', name: rv } };
  }
  // A member of an object of the file's own types (a table entry's `taps`).
  const got = e?.kind === 'object' ? e.fields.own(member) : undefined;
  if (got && ctx.summaryOf && (got.kind === 'expr' || got.kind === 'var' || got.kind === 'object' || got.kind === 'value')) return ctx.summaryOf(got, n);
  if (!e || e.kind === 'unknown') {
    ctx.diag(n, 'unread-construct', `member '${member}' of '${compactText(obj)}' is not read: the front end does not follow this type`);
  }
  // `input.width()`-style accessors are read through analyzeCall; a bare member is opaque.
  return { ...emptySummary(), type: 'int32', index: opaque(n) };
}
