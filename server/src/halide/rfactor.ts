// `f.update(k).rfactor(r, v)` (and `rfactor({{r1, v1}, {r2, v2}})`): Halide 14 splits an associative
// reduction in two. A new Func `f_intm` over f's pure Vars plus the preserved ones (v) does the stage's
// work, with r taken over by v; the stage itself then only combines f_intm's values. The schedule the
// stage had so far (its RVar splits) goes with the work to f_intm's update; the Func returned is f_intm.
import type { SyntaxNode } from './tree';
import type { Call, IndexExpr } from './graph';
import type { FuncState, Scope } from './scope';
import type { ReaderState } from './state';
import { resolveCallee } from './callee';
import { directiveArg } from './directiveArgs';
import { compactText, rangeOf, unwrap } from './syntax';
import { addOp } from './summary';

/** rfactor's (RVar, Var) pairs as written; null when they cannot be read. */
function preservedPairs(args: SyntaxNode[], scope: Scope): { rvar: string; v: string }[] | null {
  const pairs: SyntaxNode[][] = args.length === 2 ? [args] : args.length === 1 && unwrap(args[0]).type === 'initializer_list'
    ? unwrap(args[0]).namedChildren.filter((c) => c.type === 'initializer_list').map((p) => p.namedChildren)
    : [];
  const out = pairs.map((p) => {
    // By their Halide names, as directives name them (`r.y` is r$y).
    const r = p[0] ? directiveArg(p[0], scope) : undefined;
    const v = p[1] ? resolveCallee(p[1], scope) : undefined;
    return r?.kind === 'var' && v?.kind === 'var' && !v.rvar ? { rvar: r.name, v: v.name } : null;
  });
  return out.length && out.every((x) => x !== null) ? (out as { rvar: string; v: string }[]) : null;
}

/** `e` with variables replaced (`r$x` -> `r$x_o * 4 + lane`). */
function substitute(e: IndexExpr, by: Map<string, IndexExpr>): IndexExpr {
  if (e.op === 'var') return by.get(e.name) ?? e;
  return 'args' in e ? ({ ...e, args: e.args.map((a) => substitute(a, by)) } as IndexExpr) : e;
}

const num = (value: number): IndexExpr => ({ op: 'const', value });

/** Reads `rfactor` on stage `stage` of `func`; the intermediate Func, or null (with a diagnostic) when it cannot. */
export function readRFactor(st: ReaderState, func: FuncState, stage: number, args: SyntaxNode[], node: SyntaxNode, scope: Scope): FuncState | null {
  const update = stage > 0 ? st.stages.get(func.stages[stage] ?? '') : undefined;
  const pairs = preservedPairs(args, scope);
  const dims = new Map(st.rdoms.flatMap((r) => r.dims.map((d) => [d.name, d] as const)));
  const range = rangeOf(node);
  const intmName = `${func.name}_intm`;
  // Each preserved RVar: an RDom dimension itself, or one half of a split of one made on this stage before:
  // the inner (`rfactor(rxi, v)`: v has the factor's extent) or the outer (`rfactor(ryo, v)`: v counts the blocks).
  const mine = st.directives.filter((d) => d.func === func.name && d.stage === stage);
  const plan = (pairs ?? []).map(({ rvar, v }) => {
    const own = dims.get(rvar);
    if (own) return { v, parent: rvar, extent: own.extent, factor: null as number | null, inner: true, blocks: own.extent, split: null as (typeof mine)[number] | null };
    const split = mine.find((d) => d.name === 'split' && [1, 2].some((k) => d.values[k]?.kind === 'var' && (d.values[k] as { name: string }).name === rvar));
    const parent = split?.values[0]?.kind === 'var' ? split.values[0].name : '';
    const factor = split?.values[3]?.kind === 'int' ? split.values[3].value : null;
    const inner = split?.values[2]?.kind === 'var' && split.values[2].name === rvar;
    const d = dims.get(parent);
    if (!d || !factor) return null;
    const blocks: IndexExpr = { op: 'div', args: [{ op: 'add', args: [d.extent, num(factor - 1)] }, num(factor)] };
    return { v, parent, extent: inner ? num(factor) : blocks, factor, inner, blocks, split };
  });
  if (!update || !pairs || plan.some((p) => p === null)) {
    st.diag(node, 'unread-construct', `rfactor(${args.map((a) => compactText(a)).join(', ')}) on '${func.name}' is not read: ${update ? 'its RVars and Vars are not known' : 'it needs an update stage'}`);
    return null;
  }
  const steps = plan as NonNullable<(typeof plan)[number]>[];
  const vars = steps.map((p) => p.v);
  const varExprs: IndexExpr[] = vars.map((name) => ({ op: 'var', name }));
  // The work's RDom: the stage's, where a split preserved RVar leaves its other half and
  // r = min + block * factor + within; an RDom dimension preserved whole is v itself.
  const by = new Map<string, IndexExpr>();
  const outer: { name: string; rdom: string }[] = [];
  for (const p of steps) {
    const d = dims.get(p.parent)!;
    if (p.factor === null) {
      by.set(p.parent, { op: 'add', args: [d.min, { op: 'var', name: p.v }] });
      continue;
    }
    // The half not preserved stays an RVar of the work: the blocks (extent / factor) or the factor.
    const rdom = `${intmName}$o${outer.length}`;
    const name = `${rdom}$x`;
    const extent = p.inner ? p.blocks : num(p.factor);
    const extentText = p.inner ? `(${d.extentText} + ${p.factor - 1}) / ${p.factor}` : String(p.factor);
    st.rdoms.push({ name: rdom, dims: [{ name, min: num(0), extent, minText: '0', extentText }], range });
    outer.push({ name, rdom });
    const [block, within] = p.inner ? [name, p.v] : [p.v, name];
    by.set(p.parent, { op: 'add', args: [d.min, { op: 'mul', args: [{ op: 'var', name: block }, num(p.factor)] }, { op: 'var', name: within }] });
  }
  const intm = st.newFunc(intmName, intmName, 'func', node);
  intm.dims = func.dims + vars.length;
  intm.types = [...func.types];
  const pure = [...update.pureVars, ...vars];
  const args2 = [...update.args, ...vars];
  const argExprs = [...update.argExprs, ...varExprs];
  // Its identity: the reduction's initial value at every point.
  st.addStage(intm, { args: pure, argExprs: pure.map((name) => ({ op: 'var', name })), pureVars: pure, rvars: [], types: intm.types, ops: {}, calls: [], origin: 'implicit', range });
  // Its update: the stage's own work, reading (and accumulating into) f_intm where it read f.
  const toIntm = (c: Call): Call => (c.callee === func.name
    ? { ...c, callee: intm.name, args: [...c.args, ...vars], argExprs: [...c.argExprs.map((a) => substitute(a, by)), ...varExprs] }
    : { ...c, argExprs: c.argExprs.map((a) => substitute(a, by)) });
  const workRVars = [...update.rvars.filter((r) => !by.has(r.name)), ...outer];
  const work = st.addStage(intm, { args: args2, argExprs, pureVars: pure, rvars: workRVars, types: intm.types, ops: update.ops, calls: update.calls.map(toIntm), origin: 'source', range });
  // The stage now folds f_intm over the preserved Vars' extents: a load of f and of f_intm, one combining op.
  const foldRDom = `${intmName}$fold`;
  st.rdoms.push({ name: foldRDom, dims: steps.map((p, i) => ({ name: `${foldRDom}$${i}`, min: num(0), extent: p.extent, minText: '0', extentText: '' })), range });
  const foldVars = steps.map((_, i) => `${foldRDom}$${i}`);
  const self = update.calls.filter((c) => c.callee === func.name);
  const fold: Call = { callee: intm.name, calleeKind: 'func', args: [...update.args, ...foldVars], argExprs: [...update.argExprs, ...foldVars.map((name): IndexExpr => ({ op: 'var', name }))], component: null, range };
  const ops = {};
  for (const t of func.types) {
    addOp(ops, 'load', t, 1 + self.length);
    addOp(ops, 'add', t);
  }
  Object.assign(update, { calls: [...self, fold], ops, rvars: foldVars.map((name) => ({ name, rdom: foldRDom })) });
  // The stage's schedule so far goes with the work (Halide hands the definition's schedule to f_intm);
  // the splits that made the preserved RVars are spent on the index arithmetic above.
  const spent = new Set(steps.map((p) => p.split));
  for (let i = st.directives.length - 1; i >= 0; i--) {
    const d = st.directives[i];
    if (d.func !== func.name || d.stage !== stage) continue;
    if (spent.has(d)) st.directives.splice(i, 1);
    else Object.assign(d, { func: intm.name, stage: work.index });
  }
  return intm;
}
