// Wrapper Funcs: `f.in(g)`, `f.in()` and `f.clone_in(g)` (and `input.in()`). Halide creates a new Func
// that reads f (or, for clone_in, repeats f's definition) and, at lowering, makes g (or every
// consumer) call it instead of f. The chain that follows schedules the wrapper.
import type { SyntaxNode } from './tree';
import type { Call, IndexExpr, IOInfo, Stage } from './graph';
import type { FuncState, Scope } from './scope';
import type { ReaderState } from './state';
import { resolveCallee } from './callee';
import { addOp } from './summary';
import { rangeOf, unwrap } from './syntax';

export interface Wrapper {
  /** Halide name of the wrapped Func, or of the Input (its `NAME_im`) for `input.in()`. */
  of: string;
  ofInput: boolean;
  /** The consumer that calls the wrapper instead, or '*' for a global wrapper. */
  consumer: string;
  wrapper: string;
}

/** What `.in(...)` / `.clone_in(...)` is applied to: a Func or an Input buffer. */
export type Wrapped = { func: FuncState } | { io: IOInfo };

/**
 * The wrapper Func of `wrapped.method(args)`, created on first use (Halide returns the same wrapper
 * when asked again). Halide 14 names them `f_in_g$0`, `f_clone_in_g$0`, `f_global_wrapper$0` and, for
 * an Input, `in_im_global_wrapper$0`. Undefined (with a diagnostic) for forms not read.
 */
export function readWrapper(st: ReaderState, wrapped: Wrapped, method: 'in' | 'clone_in', args: SyntaxNode[], scope: Scope, at: SyntaxNode): FuncState | undefined {
  const of = 'func' in wrapped ? wrapped.func.name : `${wrapped.io.name}_im`;
  let consumer = '*';
  if (args.length === 1) {
    const c = resolveCallee(unwrap(args[0]), scope);
    if (!c || (c.kind !== 'func' && c.kind !== 'output')) {
      st.diag(args[0], 'unread-construct', `wrapper Func for '${unwrap(args[0]).text}' (a list or an unknown Func) is not read: the rest of this chain is ignored`);
      return undefined;
    }
    consumer = c.func.name;
  } else if (args.length > 1 || (method === 'clone_in' && args.length === 0)) {
    st.diag(at, 'unread-construct', `${method} with these arguments is not read: the rest of this chain is ignored`);
    return undefined;
  }
  const name = consumer === '*' ? `${of}_global_wrapper$0` : `${of}_${method}_${consumer}$0`;
  const existing = st.findFunc(name);
  if (existing) return existing;
  const source = 'func' in wrapped ? wrapped.func : null;
  const w = st.newFunc(name, name, 'func', at);
  if (source && method === 'clone_in') {
    cloneStages(st, source, w);
  } else {
    const pure = source ? st.stages.get(source.stages[0] ?? '')?.pureVars ?? [] : Array.from({ length: 'io' in wrapped ? wrapped.io.dims : 0 }, (_, i) => `_${i}`);
    const type = source ? source.types[0] ?? null : ('io' in wrapped ? wrapped.io.type : null);
    w.dims = pure.length;
    w.types = source ? [...source.types] : [type];
    const argExprs: IndexExpr[] = pure.map((v) => ({ op: 'var', name: v }));
    const call: Call = {
      callee: source ? source.name : (wrapped as { io: IOInfo }).io.name, calleeKind: source ? 'func' : 'input',
      args: [...pure], argExprs, component: null, range: rangeOf(at),
    };
    const ops = {};
    addOp(ops, 'load', type);
    st.addStage(w, { args: [...pure], argExprs, pureVars: [...pure], rvars: [], types: w.types, ops, calls: [call], origin: 'implicit', range: rangeOf(at) });
  }
  st.wrappers.push({ of: source ? source.name : (wrapped as { io: IOInfo }).io.name, ofInput: !source, consumer, wrapper: w.name });
  return w;
}

/** clone_in: the wrapper repeats f's stages, its own updates reading itself. */
function cloneStages(st: ReaderState, source: FuncState, w: FuncState): void {
  w.dims = source.dims;
  w.types = [...source.types];
  for (const id of source.stages) {
    const s = st.stages.get(id)!;
    const calls = s.calls.map((c) => (c.callee === source.name ? { ...c, callee: w.name } : c));
    st.addStage(w, { args: s.args, argExprs: s.argExprs, pureVars: s.pureVars, rvars: s.rvars, types: s.types, ops: s.ops, calls, origin: s.origin, range: s.range });
  }
}

/** At lowering, consumers call the wrappers instead of what they wrap. */
export function applyWrappers(st: ReaderState): void {
  if (!st.wrappers.length) return;
  const swap = (s: Stage, c: Call): Call => {
    if (s.func === c.callee) return c;
    const kind = c.calleeKind === 'input';
    const specific = st.wrappers.find((w) => w.of === c.callee && w.ofInput === kind && w.consumer === s.func && w.wrapper !== s.func);
    // A global wrapper takes every call but those of the wrapped Func's own wrappers.
    const own = (name: string) => st.wrappers.some((w) => w.of === c.callee && w.ofInput === kind && w.wrapper === name);
    const global = st.wrappers.find((w) => w.of === c.callee && w.ofInput === kind && w.consumer === '*' && !own(s.func));
    const w = specific ?? global;
    return w ? { ...c, callee: w.wrapper, calleeKind: 'func' } : c;
  };
  for (const s of st.stages.values()) s.calls = s.calls.map((c) => swap(s, c));
}
