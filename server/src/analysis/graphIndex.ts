// Lookup tables over one GeneratorGraph, built once and shared by the analysis passes.
import { type Directive, type ElemType, type Estimate, type FuncInfo, type GeneratorGraph, type IOInfo, type RDomDim, type Stage, stageKey } from '../halide/graph';
import { type EvalEnv, type Interval, UNKNOWN, evalInterval, isFloatType, point } from './interval';
import { KeyedMemo } from './memo';

export interface GraphIndex {
  g: GeneratorGraph;
  funcs: Map<string, FuncInfo>;
  stages: Map<string, Stage>;
  stagesOf: Map<string, Stage[]>;
  inputs: Map<string, IOInfo>;
  outputs: Set<string>;
  /** RVar name (`r$x`) -> its RDom dimension. */
  rvarDims: Map<string, RDomDim>;
  /** Evaluation environment with no stage variables: params, scalar inputs, buffer estimates. */
  base: EvalEnv;
  /** Funcs, every consumer before its producers (the order bounds propagate in). */
  order: string[];
  /** Position of each Func in `order`. */
  pos: Map<string, number>;
  /**
   * Funcs whose stages read each Func or Input (self-calls of updates excluded), in `order`: the
   * reverse edges, so per-realization regions can be found from a producer up to its consumers.
   */
  callers: Map<string, string[]>;
  /** Directives in force that affect CPU performance, grouped by `func.stage`. */
  directives: Map<string, Directive[]>;
}

/** What the index says about the definition alone: the same for every schedule of it. */
type Definition = Omit<GraphIndex, 'g' | 'directives'>;

const IDS = new WeakMap<object, number>();
let lastId = 0;
const idOf = (o: object): number => IDS.get(o) ?? (IDS.set(o, ++lastId), lastId);

/**
 * Identifies a graph's definition apart from its stages array (memos key on that array first): a
 * graph is a value, so an edit or new estimates make new arrays, and a schedule search's candidates
 * (the graph with another schedule) share them all.
 */
export function definitionKey(g: GeneratorGraph): string {
  return [g.funcs, g.inputs, g.outputs, g.params, g.rdoms].map(idOf).join();
}

const DEFINITIONS = new KeyedMemo<readonly Stage[], Definition>();

export function indexGraph(g: GeneratorGraph): GraphIndex {
  const def = DEFINITIONS.get(g.stages, definitionKey(g), () => indexDefinition(g));
  const directives = new Map<string, Directive[]>();
  for (const d of g.schedule) {
    if (!d.applies || !d.modelled) continue;
    const k = stageKey(d.func, d.stage);
    directives.set(k, [...(directives.get(k) ?? []), d]);
  }
  return { ...def, g, directives };
}

function indexDefinition(g: GeneratorGraph): Definition {
  const funcs = new Map(g.funcs.map((f) => [f.name, f]));
  const stages = new Map(g.stages.map((s) => [s.id, s]));
  const stagesOf = new Map<string, Stage[]>();
  for (const f of g.funcs) stagesOf.set(f.name, g.stages.filter((s) => s.func === f.name).sort((a, b) => a.index - b.index));
  const inputs = new Map(g.inputs.map((i) => [i.name, i]));
  const rvarDims = new Map<string, RDomDim>();
  for (const r of g.rdoms) for (const d of r.dims) rvarDims.set(d.name, d);

  const scalars = new Map<string, Interval>();
  for (const p of g.params) {
    if (typeof p.value === 'number') scalars.set(p.name, point(p.value, /float|double/.test(p.cppType) || !Number.isInteger(p.value)));
    else if (typeof p.value === 'boolean') scalars.set(p.name, point(p.value ? 1 : 0));
  }
  const buffers = new Map<string, (Estimate | null)[]>();
  const types = new Map<string, ElemType | null>();
  for (const io of [...g.inputs, ...g.outputs]) {
    if (io.kind === 'scalar') {
      if (io.scalarEstimate !== null) scalars.set(io.name, point(io.scalarEstimate, isFloatType(io.type ?? '') || !Number.isInteger(io.scalarEstimate)));
      else if (io.type && isFloatType(io.type)) scalars.set(io.name, { ...UNKNOWN, float: true });
    } else if (!buffers.has(io.name)) buffers.set(io.name, io.estimates);
    types.set(io.name, io.type);
  }
  for (const f of g.funcs) types.set(f.name, stagesOf.get(f.name)?.[0]?.types[0] ?? null);

  const order = consumersFirst(g, funcs);
  const pos = new Map(order.map((f, i) => [f, i]));
  return {
    funcs, stages, stagesOf, inputs, rvarDims,
    outputs: new Set(g.outputs.map((o) => o.name)),
    base: { vars: new Map(), scalars, buffers, types },
    order, pos, callers: callersOf(stagesOf, order),
  };
}

function callersOf(stagesOf: Map<string, Stage[]>, order: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of order) {
    for (const s of stagesOf.get(f) ?? []) {
      for (const c of s.calls) {
        if (c.callee === f) continue;
        const list = out.get(c.callee) ?? out.set(c.callee, []).get(c.callee)!;
        if (list[list.length - 1] !== f) list.push(f);
      }
    }
  }
  return out;
}

/** Reverse of a producers-first DFS order over call edges; self-calls (updates) are not edges. */
function consumersFirst(g: GeneratorGraph, funcs: Map<string, FuncInfo>): string[] {
  const callees = new Map<string, Set<string>>();
  for (const s of g.stages) {
    for (const c of s.calls) {
      if (c.callee === s.func || !funcs.has(c.callee)) continue;
      if (!callees.has(s.func)) callees.set(s.func, new Set());
      callees.get(s.func)!.add(c.callee);
    }
  }
  const done = new Set<string>();
  const out: string[] = [];
  const visit = (f: string, path: Set<string>): void => {
    if (done.has(f) || path.has(f)) return;
    path.add(f);
    for (const c of callees.get(f) ?? []) visit(c, path);
    path.delete(f);
    done.add(f);
    out.push(f);
  };
  for (const f of g.funcs) visit(f.name, new Set());
  return out.reverse();
}

/** Range of an RVar over its RDom; unknown when the RDom's min or extent cannot be evaluated. */
export function rvarRange(ix: GraphIndex, name: string): Interval {
  const d = ix.rvarDims.get(name);
  if (!d) return UNKNOWN;
  const min = evalInterval(d.min, ix.base);
  const ext = evalInterval(d.extent, ix.base);
  return { lo: min.lo, hi: min.hi + ext.hi - 1, float: false };
}

/** The Var/RVar name an LHS argument is, if it is a plain variable. */
export function argVar(e: Stage['argExprs'][number]): string | null {
  return e.op === 'var' ? e.name : null;
}
