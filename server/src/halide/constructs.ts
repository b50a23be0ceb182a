// Halide library constructs that create Funcs of their own: BoundaryConditions::*, lambda(...),
// and inline reductions (sum, maximum, ...). Each becomes a stage so costs and edges stay visible.
import type { SyntaxNode } from './tree';
import type { Call, IndexExpr, OpCounts } from './graph';
import type { ExprContext } from './expr';
import type { Entity } from './scope';
import type { ExprSummary, FuncState, Scope } from './scope';
import type { ReaderState } from './state';
import { resolveCallee } from './callee';
import { analyzeExpr } from './expr';
import { addOp, emptySummary, freeVars, implicitArgs, mergeOps } from './summary';
import { argumentsOf, rangeOf, unwrap } from './syntax';

/** The ops one output point of each boundary condition costs per dimension (Halide 14's lowering). */
const BOUNDARY_OPS: Record<string, Record<string, number>> = {
  repeat_edge: { min: 1, max: 1 },
  constant_exterior: { cmp: 2, and: 2 },
  repeat_image: { mod: 1, sub: 1, add: 1 },
  mirror_image: { mod: 1, sub: 2, add: 1, min: 1, abs: 1 },
  mirror_interior: { mod: 1, sub: 2, add: 1, min: 1, abs: 1 },
};

function perDimOps(perDim: Record<string, number>, dims: number): OpCounts {
  const ops: OpCounts = {};
  for (const [op, n] of Object.entries(perDim)) addOp(ops, op, 'int32', n * dims);
  return ops;
}

export function readBoundary(
  st: ReaderState, kind: string, call: SyntaxNode, cppName: string, scope: Scope, ctx: ExprContext,
): Entity | undefined {
  const args = argumentsOf(call);
  const perDim = BOUNDARY_OPS[kind];
  // `repeat_image(constant_exterior(input, 0.f), {...})`: a source made in place is that Func.
  const direct = args[0] ? resolveCallee(args[0], scope) : undefined;
  const source = direct ?? (args[0] && unwrap(args[0]).type === 'call_expression' ? ctx.funcFromCall?.(unwrap(args[0])) : undefined);
  if (!perDim || !source || (source.kind !== 'input' && source.kind !== 'func' && source.kind !== 'output')) {
    st.diag(call, 'unread-construct', `BoundaryConditions::${kind} on this source is not read`);
    return undefined;
  }
  const src: { name: string; kind: 'input' | 'func'; dims: number; type: string | null } = source.kind === 'input'
    ? { name: source.io.name, kind: 'input', dims: source.io.dims, type: source.io.type }
    : { name: source.func.name, kind: 'func', dims: source.func.dims, type: source.func.types[0] ?? null };
  // Explicit bounds (`{{0, w}, {0, h}}`) fix the dimension count for Func sources; constant_exterior
  // takes its value first (`constant_exterior(f, 0, bounds)`).
  const boundsArg = kind === 'constant_exterior' ? args[2] : args[1];
  const bounds = boundsArg ? unwrap(boundsArg) : null;
  // A shorter list than the source has dimensions leaves the rest unbounded (Halide 14).
  const entries = bounds?.type === 'initializer_list' ? bounds.namedChildren.filter((c) => c.type !== 'comment') : null;
  // `{Expr(), Expr()}` leaves a dimension unbounded: it costs nothing.
  const unbounded = (e: SyntaxNode) => /^\{\s*(Halide::)?Expr\(\)\s*,\s*(Halide::)?Expr\(\)\s*\}$/.test(e.text);
  // Halide 14 still has the flat overloads (`constant_exterior(f, 0, x_min, x_extent, y_min, y_extent)`): a pair per dimension.
  const first = kind === 'constant_exterior' ? 2 : 1;
  const flat = !entries && args.length > first && (args.length - first) % 2 === 0 ? (args.length - first) / 2 : null;
  const listed = entries ? entries.filter((e) => !unbounded(e)).length : flat ?? src.dims;
  const rank = entries ? entries.length : flat ?? src.dims;
  // A defined Func keeps all its dimensions (Halide takes `source.args()`, bounds or not).
  const dims = Math.max(rank, source.kind === 'input' || (source.kind === 'func' && source.func.stages.length) ? src.dims : 0);
  const boundsSummary = bounds ? analyzeExpr(bounds, ctx) : emptySummary();
  if (kind === 'constant_exterior' && args[1]) {
    const value = analyzeExpr(args[1], ctx);
    mergeOps(boundsSummary.ops, value.ops);
    boundsSummary.calls.push(...value.calls);
  }
  // Only a plain Func takes the non-template overload. Everything else (an Input buffer, an Output,
  // which is not a Func but converts to one) goes through the template that wraps it in
  // `lambda(_, source(_))` first. Halide names the result's Vars after a Func's pure args
  // (`source.args()`), a wrapped source's after the implicit `_0, _1, ...`; schedules use them.
  const wrapped = source.kind !== 'func' && !(source.kind === 'input' && source.asFunc);
  const srcArgs = source.kind === 'func' ? funcPureArgs(st, source.func) : null;
  const vars = srcArgs && srcArgs.length === dims ? srcArgs : Array.from({ length: dims }, (_, i) => `_${i}`);
  const argExprs: IndexExpr[] = vars.map((v) => ({ op: 'var', name: v }));
  let current: { name: string; kind: 'input' | 'func' } = src;
  /** One Func of the chain Halide builds: reads `current` at the same point, costs `ops` more. */
  const layer = (name: string, funcKind: FuncState['kind'], ops: OpCounts, extraCalls: Call[] = []): FuncState => {
    const func = st.newFunc(name, cppName, funcKind, call);
    func.dims = dims;
    func.types = [src.type];
    addOp(ops, 'load', src.type);
    const load: Call = { callee: current.name, calleeKind: current.kind, args: vars, argExprs, component: null, range: rangeOf(call) };
    st.addStage(func, {
      args: vars, argExprs, pureVars: vars, rvars: [], types: func.types, ops,
      calls: [load, ...extraCalls], origin: 'boundary', range: rangeOf(call),
    });
    current = { name: func.name, kind: 'func' };
    return func;
  };
  if (wrapped) layer(st.uniqueName('lambda'), 'lambda', {});
  // Halide 14 builds constant_exterior as a select over repeat_edge of the same source.
  if (kind === 'constant_exterior') layer('repeat_edge', 'boundary', perDimOps(BOUNDARY_OPS.repeat_edge, listed));
  const ops = perDimOps(perDim, listed);
  if (kind === 'constant_exterior') addOp(ops, 'select', src.type);
  mergeOps(ops, boundsSummary.ops);
  const func = layer(kind, 'boundary', ops, boundsSummary.calls);
  return { kind: 'func', func };
}

/** The pure Vars of a Func's first definition, or null before it is defined (or not over plain Vars). */
function funcPureArgs(st: ReaderState, func: FuncState): string[] | null {
  const first = func.stages[0] !== undefined ? st.stages.get(func.stages[0]) : undefined;
  // By their Halide names (`Var v_x{"x"}` is x), as source.args() gives them.
  return first && first.args.every((a) => /^[A-Za-z_]\w*$/.test(a)) && first.pureVars.length === first.args.length ? [...first.pureVars] : null;
}

/** `lambda(x, y, expr)`: a Func over the given Vars. */
export function readLambda(st: ReaderState, call: SyntaxNode, cppName: string, ctx: ExprContext): Entity | undefined {
  const args = argumentsOf(call);
  if (args.length === 0) return undefined;
  const vars = args.slice(0, -1).map((a) => analyzeExpr(a, ctx));
  const value = analyzeExpr(args[args.length - 1], ctx);
  const func = st.newFunc(st.uniqueName('lambda'), cppName, 'lambda', call);
  func.dims = vars.length;
  func.types = value.tuple ? value.tuple.map((t) => t.type) : [value.type];
  // `lambda(_, f(_))`: Halide's implicit Vars, as many as the calls inside expand `_` to.
  const names = implicitArgs(args.slice(0, -1), value).map((a) => (typeof a === 'string' ? a : a.text));
  const argExprs: IndexExpr[] = names.map((name) => {
    const j = args.findIndex((a, k) => k < vars.length && a.text === name);
    return j >= 0 ? vars[j].index : { op: 'var', name };
  });
  func.dims = names.length;
  st.addStage(func, {
    args: names, argExprs, pureVars: names, rvars: value.rvars, types: func.types,
    ops: value.ops, calls: value.calls, origin: 'lambda', range: rangeOf(call),
  });
  return { kind: 'func', func };
}

const REDUCTION_OP: Record<string, string> = {
  sum: 'add', saturating_sum: 'add', product: 'mul', maximum: 'max', minimum: 'min', argmax: 'select', argmin: 'select',
};

/** `sum(expr)` and friends: Halide makes a Func (named `sum`, or as given) with an identity pure stage and one update. */
export function readReduction(st: ReaderState, kind: string, inner: ExprSummary, node: SyntaxNode, name?: string, rdomGiven = false): FuncState {
  const func = st.newFunc(name ?? kind, kind, 'reduction', node);
  // Without an RDom argument Halide makes an empty RDom (the default argument) and then captures the
  // expression's own into another: two RDom objects, four member RVars each (ReaderState.rdomName).
  if (!rdomGiven) for (let i = 0; i < 8; i++) st.anonymous('r');
  const vars = freeVars(inner, inner.calls, (name) => st.inputs.some((i) => i.kind === 'scalar' && i.name === name));
  // sum and product are `f(free_vars) += e` (`*=`) with no pure definition, whose implicit pure
  // stage takes one unnamed Var's name per argument (definitions.ts); every kind's update then takes
  // one per dimension of its reduction domain, as any update over an RDom does.
  if (kind === 'sum' || kind === 'product') for (let i = 0; i < vars.length; i++) st.anonymous('v');
  const rdom = inner.rvars[0]?.rdom;
  const rdims = rdom === undefined ? 0 : st.rdoms.find((r) => r.name === rdom)?.dims.length || 1;
  for (let i = 0; i < rdims; i++) st.anonymous('v');
  const argExprs: IndexExpr[] = vars.map((v) => ({ op: 'var', name: v }));
  const type = kind.startsWith('arg') ? 'int32' : inner.type;
  func.dims = vars.length;
  func.types = [type];
  st.addStage(func, {
    args: vars, argExprs, pureVars: vars, rvars: [], types: [type], ops: {}, calls: [], origin: 'inline-reduction', range: rangeOf(node),
  });
  const ops = {};
  mergeOps(ops, inner.ops);
  addOp(ops, REDUCTION_OP[kind] ?? 'add', type);
  addOp(ops, 'load', type);
  const self: Call = { callee: func.name, calleeKind: 'func', args: vars, argExprs, component: null, range: rangeOf(node) };
  st.addStage(func, {
    args: vars, argExprs, pureVars: vars, rvars: inner.rvars, types: [type], ops, calls: [self, ...inner.calls],
    origin: 'inline-reduction', range: rangeOf(node),
  });
  return func;
}
