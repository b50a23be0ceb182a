// Method chains → schedule directives and estimates: `f.split(...).vectorize(...)`, `.update(k)`,
// `out.set_estimates(...)`, `in.dim(0).set_estimate(...)`, Func-array `push_back`. Part of the
// Interpreter (interpret.ts); also run on an autoscheduler's schedule.h (autoschedule.ts).
import type { SyntaxNode } from './tree';
import type { DirectiveArg, IOInfo } from './graph';
import type { FuncState, Scope } from './scope';
import type { Interpreter } from './interpret';
import { resolveCallee } from './callee';
import { readRFactor } from './rfactor';
import { resizeArray } from './entities';
import { readWrapper } from './wrappers';
import { readBufferCopy, readExtern } from './externs';
import { type LoopAt, loopLevelAt } from './loopLevel';
import { directiveArg } from './directiveArgs';
import { evaluateNumber } from './evaluate';
import { flattenChain, isKnownDirective, makeDirective, type BranchState, type ChainLink } from './schedule';
import { argumentsOf, compactText, field, rangeOf, unwrap } from './syntax';
import { plausibleDimensions } from './types';

/** Reads a chain of directives (`f.split(...).vectorize(...)`); the Func it ends on when that is a new one (`rfactor`). */
export function execChain(it: Interpreter, call: SyntaxNode, scope: Scope, state: BranchState, source: 'source' | 'schedule.h'): FuncState | undefined {
  const { root, links } = flattenChain(call);
  // `schedule(f, shape).unroll(c)`: a helper of the file returning the Func it scheduled heads the chain.
  const target = resolveCallee(root, scope) ?? (root.type === 'call_expression' ? it.valueEntity(root, scope, state) : undefined);
  if (!target) {
    if (root.type === 'identifier' && links.some((l) => isKnownDirective(l.method))) {
      it.st.diag(root, 'unknown-func', `'${root.text}' is not a Func the front end knows: its schedule is ignored`);
    }
    return;
  }
  // `sorteds.back().compute_root()`, `pyr.at(i).parallel(y)`: the element heads the rest of the chain.
  if ((target.kind === 'funcArray' || target.kind === 'list') && links[0] && /^(back|front|at)$/.test(links[0].method)) {
    const elem = resolveCallee(links[0].node, scope);
    return elem?.kind === 'func' ? scheduleChain(it, elem.func, links.slice(1), scope, state, source) : undefined;
  }
  if (target.kind === 'loopLevel' && links[0]?.method === 'set' && links[0].args.length === 1) {
    // `gen->level.set({f, y})`: the level and every directive placed at it move.
    target.node = links[0].args[0];
    target.scope = scope;
    for (const use of target.uses ?? []) Object.assign(use.directive, use.remake());
    return;
  }
  if (target.kind === 'input' && links[0]?.method === 'in') {
    const w = readWrapper(it.st, { io: target.io }, 'in', links[0].args, scope, links[0].nameNode);
    if (w) scheduleChain(it, w, links.slice(1), scope, state, source);
    return;
  }
  if (target.kind === 'input') {
    readEstimates(it, target.io, links, scope);
    return;
  }
  if (target.kind === 'funcArray') {
    // `pyr.push_back(Func("pyr_" + std::to_string(j)))`: the next element.
    const link = links[0];
    if (link && (link.method === 'push_back' || link.method === 'emplace_back') && link.args[0]) {
      const e = it.funcValue(link.args[0], `${target.cppName}[${target.elems.size}]`, scope, state);
      if (e?.kind === 'func') target.elems.set(target.elems.size, e.func);
    }
    if (link?.method === 'resize' && link.args[0]) {
      const n = evaluateNumber(link.args[0], scope);
      if (n !== undefined && Number.isInteger(n) && n >= 0 && n <= 1024) resizeArray(it, target, n, link.nameNode);
      else it.st.diag(link.nameNode, 'unread-construct', `the new size of '${target.cppName}' is not known at generation time`);
    }
    return;
  }
  if (target.kind === 'inputWrapper') {
    for (const link of links) it.st.directives.push(makeDirective(link, resolveArgs(it, link, scope), `${target.io.name}_im`, 0, state, source));
    return;
  }
  if (target.kind !== 'func' && target.kind !== 'output') return;
  return scheduleChain(it, target.func, links, scope, state, source, target.kind === 'output' ? target.io : undefined);
}

/** Directives whose loop arguments Halide 14 takes as VarOrRVar (compute_at and store_at through LoopLevel). */
const VAR_OR_RVAR = new Set([
  'split', 'fuse', 'rename', 'tile', 'reorder', 'vectorize', 'unroll', 'parallel', 'serial', 'compute_at', 'store_at',
  'gpu_blocks', 'gpu_threads', 'gpu_lanes', 'gpu_tile', 'hexagon', 'prefetch', 'compute_with',
]);

/** Records a chain's directives on `func`; the Func it ends on when that is another one (rfactor's intermediate, a wrapper). */
function scheduleChain(it: Interpreter, func: FuncState, links: ChainLink[], scope: Scope, state: BranchState, source: 'source' | 'schedule.h', io?: IOInfo): FuncState | undefined {
  let stage = 0;
  let special: BranchState | undefined;
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    if (io && (link.method === 'dim' || /estimate/.test(link.method))) {
      readEstimates(it, io, links.slice(i), scope, func);
      return undefined;
    }
    if (link.method === 'set_estimate' || link.method === 'set_estimates') {
      readEstimates(it, outputIO(it, func), links.slice(i), scope, func);
      return undefined;
    }
    if (link.method === 'update') {
      const n = link.args[0] ? evaluateNumber(link.args[0], scope) : 0;
      stage = (n ?? 0) + 1;
    }
    if (link.method === 'rfactor') {
      // The rest of the chain schedules the intermediate Func rfactor makes (rfactor.ts).
      const intm = state.applies ? readRFactor(it.st, func, stage, link.args, link.nameNode, scope) : null;
      return intm ? scheduleChain(it, intm, links.slice(i + 1), scope, state, source) ?? intm : undefined;
    }
    if (link.method === 'in' || link.method === 'clone_in') {
      // The rest of the chain schedules the wrapper.
      const w = readWrapper(it.st, { func }, link.method, link.args, scope, link.nameNode);
      return w ? scheduleChain(it, w, links.slice(i + 1), scope, state, source) ?? w : undefined;
    }
    if ((link.method === 'copy_to_device' || link.method === 'copy_to_host') && state.applies) readBufferCopy(it.st, func);
    if (link.method === 'define_extern') {
      if (state.applies && readExtern(it.st, func, link.args, scope, link.node)) return;
      it.st.diag(link.nameNode, 'unread-construct', `extern stage '${func.name}' (define_extern) is not read (its dimensions are not known at generation time): it has no stages in the graph`);
      return;
    }
    if (!isKnownDirective(link.method)) {
      it.st.diag(link.nameNode, 'unknown-directive', `'${link.method}' is not a scheduling directive the front end knows`, 'info');
    }
    if ((link.method === 'compute_at' || link.method === 'store_at') && link.args.length === 1) {
      const at = loopLevelAt(link.args[0], scope);
      if (at) {
        const st = special ?? state;
        const directive = levelDirective(link, at, func.name, stage, st, source);
        it.st.directives.push(directive);
        // A GeneratorParam<LoopLevel> a later set(...) may move (subgenerators.ts).
        const level = resolveCallee(link.args[0], scope);
        if (level?.kind === 'loopLevel' && level.uses) {
          level.uses.push({ directive, remake: () => levelDirective(link, loopLevelAt(link.args[0], scope) ?? 'inline', func.name, stage, st, source) });
        }
        continue;
      }
    }
    // Autoscheduler output names split Vars it never declares (Li2018): only check user code.
    if (source === 'source') checkDirectiveNames(it, link.args, scope);
    const values = resolveArgs(it, link, scope);
    if (state.applies && VAR_OR_RVAR.has(link.method)) it.st.convertedToVarOrRVar(link.method, values);
    it.st.directives.push(makeDirective(link, values, func.name, stage, special ?? state, source));
    // What follows `.specialize(cond)` schedules that specialization only; the definition's own
    // schedule (the one Halide reports and the cost model reads) is the rest.
    if (link.method === 'specialize') special = { ...state, applies: false };
  }
}

/** `compute_at(level)` as Halide reads the LoopLevel: compute_root(), compute_inline() or compute_at(g, y). */
function levelDirective(link: ChainLink, at: LoopAt, func: string, stage: number, state: BranchState, source: 'source' | 'schedule.h') {
  const where = link.method === 'compute_at' ? 'compute' : 'store';
  if (at === 'root') return makeDirective({ ...link, method: `${where}_root`, args: [] }, [], func, stage, state, source);
  if (at === 'inline') return makeDirective({ ...link, method: 'compute_inline', args: [] }, [], func, stage, state, source);
  const values = [directiveArg(at.func, at.scope), directiveArg(at.var, at.scope)];
  return makeDirective({ ...link, args: [at.func, at.var] }, values, func, stage, state, source);
}

function resolveArgs(it: Interpreter, link: ChainLink, scope: Scope): DirectiveArg[] {
  return link.args.map((a) => wrapperArg(it, a, scope) ?? directiveArg(a, scope));
}

/** `g.in()` as a directive's argument (hist's `compute_at(hist_rows.in(), y)`): the wrapper Func, made as Halide makes it. */
function wrapperArg(it: Interpreter, node: SyntaxNode, scope: Scope): DirectiveArg | null {
  const n = unwrap(node);
  const fn = n.type === 'call_expression' ? unwrap(field(n, 'function')!) : null;
  const method = fn?.type === 'field_expression' ? field(fn, 'field')?.text : undefined;
  if (!fn || (method !== 'in' && method !== 'clone_in')) return null;
  const recv = resolveCallee(unwrap(field(fn, 'argument')!), scope);
  if (recv?.kind !== 'func' && recv?.kind !== 'output') return null;
  const w = readWrapper(it.st, { func: recv.func }, method, argumentsOf(n), scope, fn);
  return w ? { kind: 'func', name: w.name } : null;
}

function outputIO(it: Interpreter, func: FuncState) {
  return it.st.outputs.find((o) => o.name === func.name) ?? null;
}

/** Identifiers in a directive's arguments must be known Vars, RVars or Funcs. */
function checkDirectiveNames(it: Interpreter, args: SyntaxNode[], scope: Scope): void {
  for (const a of args) {
    const n = unwrap(a);
    if (n.type === 'identifier' && !scope.lookup(n.text)) {
      it.st.diag(n, 'unknown-name', `'${n.text}' in a schedule is not a Var, RVar or Func the front end knows`);
    }
  }
}

function readEstimates(it: Interpreter, io: IOInfo | null, links: ReturnType<typeof flattenChain>['links'], scope: Scope, func?: FuncState): void {
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
          setEstimate(it, io, i, mn, ex, scope, pair);
        });
        break;
      }
      case 'set_estimate':
      case 'set_bounds_estimate':
        if (dim !== null && args.length >= 2) setEstimate(it, io, dim, args[0], args[1], scope, link.node);
        else if (args.length === 3 && func) {
          const pure = it.st.stages.get(func.stages[0] ?? '')?.args ?? [];
          const d = pure.indexOf(compactText(args[0]));
          if (d >= 0) setEstimate(it, io, d, args[1], args[2], scope, link.node);
        } else if (args.length === 1) {
          const v = evaluateNumber(args[0], scope);
          io.scalarEstimate = v ?? null;
        }
        break;
      default: break;
    }
  }
}

function setEstimate(it: Interpreter, io: IOInfo, dim: number, mn: SyntaxNode | undefined, ex: SyntaxNode | undefined, scope: Scope, node: SyntaxNode): void {
  if (!plausibleDimensions(dim)) return;
  while (io.estimates.length <= dim) io.estimates.push(null);
  io.estimates[dim] = {
    min: mn ? evaluateNumber(mn, scope) ?? null : null,
    extent: ex ? evaluateNumber(ex, scope) ?? null : null,
    range: rangeOf(node),
  };
  if (io.dims <= dim) io.dims = dim + 1;
}
