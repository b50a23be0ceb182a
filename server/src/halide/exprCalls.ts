// Calls inside a Halide expression: casts, select/min/max/clamp, math, inline reductions, loads
// from Funcs and Inputs, and accessor methods. Called from analyzeExpr (expr.ts), which it calls back.
import { boundedLoad } from './valueRange';
import type { SyntaxNode } from './tree';
import type { Call, ElemType, IndexExpr } from './graph';
import type { Entity, ExprSummary, FuncState, Scope } from './scope';
import { resolveCallee } from './callee';
import { evaluate } from './evaluate';
import { analyzeExpr, type ExprContext } from './expr';
import { addOp, combine, emptySummary, freeVars, opaque } from './summary';
import { argumentsOf, baseName, compactText, field, rangeOf, templateArgs, unwrap } from './syntax';
import { CONCISE_CASTS, combineTypes, cppTypeToElem, halideTypeCall } from './types';

const MATH = new Set([
  'sqrt', 'exp', 'log', 'pow', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh', 'asinh', 'acosh', 'atanh',
  'tanh', 'floor', 'ceil', 'round', 'trunc', 'fast_exp', 'fast_log', 'fast_pow', 'fast_sin', 'fast_cos',
  'fast_inverse', 'fast_inverse_sqrt', 'erf', 'is_nan', 'is_inf', 'is_finite', 'fract',
]);
/** C and C++ math on plain numbers (`sqrtf(2.0f)`, `std::exp(x)`): the float function of the same name. */
const C_MATH: Record<string, string> = {
  sqrtf: 'sqrt', expf: 'exp', logf: 'log', powf: 'pow', sinf: 'sin', cosf: 'cos', tanf: 'tan', atan2f: 'atan2',
  atanf: 'atan', floorf: 'floor', ceilf: 'ceil', roundf: 'round', fabs: 'abs', fabsf: 'abs', hypot: 'sqrt', hypotf: 'sqrt',
};
/**
 * Halide's integer intrinsics (IROperator.h): the op each costs like, and whether its result is
 * twice as wide as its first argument (widening_mul(u8, u8) is u16).
 */
const INTRINSICS: Record<string, { op: string; widens?: boolean }> = {
  widening_add: { op: 'add', widens: true }, widening_sub: { op: 'sub', widens: true }, widening_mul: { op: 'mul', widens: true },
  widening_shift_left: { op: 'shift', widens: true }, widening_shift_right: { op: 'shift', widens: true },
  saturating_add: { op: 'add' }, saturating_sub: { op: 'sub' }, halving_add: { op: 'add' }, halving_sub: { op: 'sub' },
  rounding_halving_add: { op: 'add' }, rounding_shift_left: { op: 'shift' }, rounding_shift_right: { op: 'shift' },
  mul_shift_right: { op: 'mul' }, rounding_mul_shift_right: { op: 'mul' }, fast_integer_divide: { op: 'div' },
  div_round_to_zero: { op: 'div' }, mod_round_to_zero: { op: 'mod' }, count_leading_zeros: { op: 'bitand' },
  count_trailing_zeros: { op: 'bitand' }, popcount: { op: 'bitand' },
};
const RANDOM: Record<string, ElemType> = { random_float: 'float32', random_int: 'int32', random_uint: 'uint32' };
const widen = (t: ElemType | null): ElemType | null => {
  const m = t ? /^(u?int)(8|16|32)$/.exec(t) : null;
  return m ? `${m[1]}${Number(m[2]) * 2}` : t;
};
/** Standard containers built in place (`std::vector<Expr>{a, b}`): their elements, as an initializer list. */
const CONTAINERS = new Set(['vector', 'array', 'initializer_list']);
// Library calls whose value is their (first) argument's: hints, checks, and Internal rewrites of an Expr (CSE, simplify).
const PASS_THROUGH = new Set(['likely', 'likely_if_innermost', 'print', 'print_when', 'require', 'Expr', 'strict_float', 'unsafe_promise_clamped', 'common_subexpression_elimination', 'simplify']);
/**
 * Math functions bounds inference sees through (monotonic: the ends of the argument's range). sqrt,
 * exp and log size real reductions: a Gaussian's taps from a sigma computed at run time.
 */
const MONOTONIC_MATH = new Set(['floor', 'ceil', 'round', 'trunc', 'sqrt', 'exp', 'log']);
const REDUCTIONS = new Set(['sum', 'product', 'maximum', 'minimum', 'argmax', 'argmin', 'saturating_sum']);

/** Names Halide's own functions have, which a file's helpers may overload for their own types. */
export const HALIDE_BUILTINS = new Set([
  ...MATH, ...REDUCTIONS, ...Object.keys(INTRINSICS), 'select', 'mux', 'min', 'max', 'clamp', 'abs', 'absd', 'lerp', 'cast', 'saturating_cast', 'reinterpret',
]);

/** `select(c1, v1, c2, v2, ..., default)` as nested two-way selects; null for a malformed call. */
function selectIndex(args: IndexExpr[]): IndexExpr | null {
  if (args.length < 3 || args.length % 2 === 0) return null;
  let out = args[args.length - 1];
  for (let i = args.length - 3; i >= 0; i -= 2) out = { op: 'select', args: [args[i], args[i + 1], out] };
  return out;
}

function typeFromTemplate(fn: SyntaxNode): ElemType | null {
  const targ = templateArgs(fn)[0];
  return targ ? cppTypeToElem(targ.text) : null;
}

/**
 * A call, or a C++11 braced construction of a named type (`Tuple{a, b}`, `Expr{v}`,
 * `std::vector<Expr>{...}`), which builds the same value as the call with parentheses would.
 */
export function analyzeCall(n: SyntaxNode, ctx: ExprContext): ExprSummary {
  const braced = n.type === 'compound_literal_expression';
  const fn = braced ? field(n, 'type')! : field(n, 'function')!;
  const args = braced ? (field(n, 'value')?.namedChildren ?? []).filter((c) => c.type !== 'comment') : argumentsOf(n);
  if (braced && CONTAINERS.has(baseName(fn))) {
    const parts = args.map((a) => analyzeExpr(a, ctx));
    return { ...combine(parts, parts[0]?.type ?? null, opaque(n)), tuple: parts };
  }
  const inner = unwrap(fn);
  const callee = inner.type === 'call_expression' ? ctx.funcFromCall(inner) : resolveCallee(fn, ctx.scope);
  if (callee && (callee.kind === 'func' || callee.kind === 'output' || callee.kind === 'input')) {
    return analyzeFuncCall(n, callee, args, ctx);
  }
  if (fn.type === 'field_expression') return analyzeMethodCall(n, fn, args, ctx);
  // A helper that computes an Expr (`Expr blur3(Func f, Expr x)`): its result, as if written here.
  const helper = braced ? null : ctx.callHelper(n);
  if (helper !== null) {
    if (helper?.kind === 'expr') return helper.summary;
    if (helper?.kind === 'value' && typeof helper.value === 'number') {
      const float = !Number.isInteger(helper.value);
      return { ...emptySummary(), type: float ? 'float32' : 'int32', literal: true, index: { op: 'const', value: helper.value, ...(float ? { float } : {}) } };
    }
    if (helper?.kind === 'var') return { ...emptySummary(), type: 'int32', index: { op: 'var', name: helper.name } };
    ctx.diag(n, 'unread-construct', `helper '${baseName(fn)}' does not return an expression the front end can read`);
    return { ...emptySummary(), index: opaque(n) };
  }
  const name = baseName(fn);
  // GCC (which builds the generators) evaluates a call's arguments right to left, so Funcs the
  // arguments make (`max(maximum(a), maximum(b))`) take their names in that order.
  const parts = () => [...args].reverse().map((a) => analyzeExpr(a, ctx)).reverse();
  if (name === 'cast' || name === 'saturating_cast' || name === 'reinterpret' || name === 'static_cast') {
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
  // A C++ functional cast (`float(n)`, `Tp(0.5)` with a template type parameter): of a number, that
  // number in the type; of anything else, a cast to it.
  const cppType = fn.type === 'primitive_type' || fn.type === 'identifier' || fn.type === 'qualified_identifier' || fn.type === 'type_identifier' || fn.type === 'sized_type_specifier' ? cppTypeToElem(compactText(fn)) : null;
  if (cppType && args.length === 1) {
    const [p] = parts();
    if (p.literal) return { ...p, type: cppType };
    return combine([p], cppType, { op: 'cast', type: cppType, args: [p.index] }, ['cast', cppType]);
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
  if (INTRINSICS[name]) {
    const ps = parts();
    const { op, widens } = INTRINSICS[name];
    const type = widens ? widen(ps[0]?.type ?? null) : ps[0]?.type ?? null;
    return combine(ps, type, opaque(n), [op, type]);
  }
  if (RANDOM[name]) {
    // Halide's random numbers are a hash of the call's Vars and seed: a few integer ops.
    const ps = parts();
    return combine(ps, RANDOM[name], opaque(n), ['mul', 'uint32']);
  }
  if (MATH.has(name) || C_MATH[name]) {
    const ps = parts();
    const t = ps[0]?.type;
    const type = name.startsWith('is_') ? 'bool' : t && t.startsWith('float') ? t : 'float32';
    const fname = C_MATH[name] ?? name;
    const index: IndexExpr = MONOTONIC_MATH.has(fname) && ps.length === 1 ? { op: fname as 'floor', args: [ps[0].index] } : opaque(n);
    const out = combine(ps, type, index, [fname === 'abs' ? 'abs' : fname.startsWith('fast_') ? fname : `math_${fname}`, type]);
    // On plain numbers (`sqrtf(2.0f)`) the result is a number too.
    out.literal = ps.length > 0 && ps.every((p) => p.literal);
    return out;
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
    // `sum(e, "norm_sum")`, `sum(r, e, prefix + "_sum")`: a last argument that is a string names the Func.
    const last = args[args.length - 1];
    const given = last ? evaluate(last, ctx.scope) : undefined;
    const body = typeof given === 'string' ? args[args.length - 2] : last;
    const inner = body ? analyzeExpr(body, ctx) : emptySummary();
    const func = ctx.inlineReduction(name, inner, n, typeof given === 'string' ? given : undefined, body !== args[0]);
    if (!func) return inner;
    // Halide's implicit Func is called at the expression's free Vars, as readReduction defines it.
    const vars = freeVars(inner, inner.calls, ctx.isScalar);
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

/**
 * A call's arguments with a list among them (`f(args)` over a `std::vector<Var>` or `<Expr>`,
 * `f(g.args())`, sar-app's `inner(idx)` over `{Expr(0), x, y}`) spelled out item by item, as
 * Halide's `operator()(std::vector<Expr>)` takes them. Each item's text is its Var's name, its
 * constant, or the list's element (`idx[1]`).
 */
function spreadArgs(args: SyntaxNode[], ctx: ExprContext): { text: string; summary: ExprSummary }[] {
  return args.flatMap((a) => {
    const items = ctx.listValue?.(a);
    const spreadable = items && items.length > 0 && items.every((x) => (x.kind === 'var' && !x.rvar) || x.kind === 'expr' || (x.kind === 'value' && typeof x.value === 'number'));
    if (!spreadable || !ctx.summaryOf) return [{ text: compactText(a), summary: analyzeExpr(a, ctx) }];
    return items.map((x, i) => {
      const summary = ctx.summaryOf!(x, a);
      const text = x.kind === 'var' ? x.name : summary.index?.op === 'const' ? String(summary.index.value) : `${compactText(a)}[${i}]`;
      return { text, summary };
    });
  });
}

function analyzeFuncCall(n: SyntaxNode, callee: Entity, argNodes: SyntaxNode[], ctx: ExprContext): ExprSummary {
  const spread = spreadArgs(argNodes, ctx);
  const ps = spread.map((a) => a.summary);
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
    callee: name, calleeKind: kind, args: spread.map((a) => a.text), argExprs: ps.map((p) => p.index),
    component: null, range: rangeOf(n),
  };
  expandImplicit(call, callee.kind === 'input' ? callee.io.dims : (callee as { func: FuncState }).func.dims);
  // A Func of one value clamped by its definition is a bounded index (valueRange.ts).
  const single = kind === 'func' ? (callee as { func: FuncState }).func : undefined;
  const index = single?.valueRange?.length === 1 ? boundedLoad(single, 0, opaque(n)) : opaque(n);
  const out = combine(ps, type, index, ['load', type]);
  out.calls.push(call);
  return out;
}

function analyzeMethodCall(n: SyntaxNode, fn: SyntaxNode, args: SyntaxNode[], ctx: ExprContext): ExprSummary {
  // input.width(), input.dim(0).extent(), f.type(): scalar parameters of the pipeline.
  const ps = args.map((a) => analyzeExpr(a, ctx));
  return combine(ps, 'int32', { op: 'opaque', text: accessorText(compactText(n), ctx.scope) });
}

/**
 * `filter_.dim(1).extent()` as Halide names the buffer (`filter.dim(1).extent()`): the analysis
 * looks buffers up by their Halide names, and members are often named apart from them
 * (`Input<Buffer<uint8_t, 3>> filter_{"filter"}`).
 */
export function accessorText(text: string, scope: Scope): string {
  const m = /^(\w+)(\.|\[)/.exec(text);
  if (!m) return text;
  const e = scope.lookup(m[1]);
  const io = e?.kind === 'input' || e?.kind === 'output' ? e.io : null;
  return io && io.name !== m[1] && m[2] === '.' ? io.name + text.slice(m[1].length) : text;
}

/**
 * `f(x, _)`: Halide's `_` stands for the callee's remaining dimensions, as the implicit Vars
 * `_0, _1, ...` (a definition `g(x, _) = f(x, _)` is then over them too).
 */
function expandImplicit(call: Call, dims: number): void {
  const at = call.args.findIndex((a) => a === '_' || a === 'Halide::_');
  if (at < 0 || !dims) return;
  const k = Math.max(0, dims - (call.args.length - 1));
  const names = Array.from({ length: k }, (_, i) => `_${i}`);
  call.args.splice(at, 1, ...names);
  call.argExprs.splice(at, 1, ...names.map((name) => ({ op: 'var' as const, name })));
}
