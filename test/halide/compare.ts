// Our stage graph against Halide's own account of the same pipeline (pipeline_dump.cpp): Funcs,
// update stages, producer -> consumer edges, and where each stage is computed and how its loops
// are shaped by the schedule in force. Returns readable mismatches; empty means they agree.
import { type Directive, type GeneratorGraph, stageKey } from '../../server/src/halide/graph';
import { type FuncJson, inputWrappers, type LoopLevelJson, type PipelineDump } from '../../server/src/toolchain/dumpFormat';

const sanitize = (s: string) => s.replace(/[^A-Za-z0-9_]/g, '_');

export interface Mismatch { what: string; ours: unknown; halide: unknown }

/** Edges as `producer -> func.stage` strings, deduplicated, inputs named as inputs. */
function halideEdges(dump: PipelineDump, wrappers: Map<string, string>): Set<string> {
  // Func::in() / clone_in() wrappers replace the wrapped Func in its consumers' calls at lowering.
  const byCallee = new Map(dump.funcs.map((f) => [f.name, f.wrappers ?? {}]));
  const lowered = (callee: string, consumer: string): string => {
    const w = byCallee.get(callee) ?? {};
    if (w[consumer] && w[consumer] !== consumer) return w[consumer];
    if (w['*'] && !Object.values(w).includes(consumer)) return w['*'];
    return callee;
  };
  const out = new Set<string>();
  for (const f of dump.funcs) {
    if (wrappers.has(f.name)) continue;
    for (const s of f.stages) {
      for (const c of s.calls) {
        if (c.kind === 'param') continue;
        const callee = c.callee === f.name ? c.callee : lowered(c.callee, f.name);
        out.add(`${wrappers.get(callee) ?? callee} -> ${stageKey(f.name, s.index)}`);
      }
    }
  }
  return out;
}

function ourEdges(g: GeneratorGraph): Set<string> {
  return new Set(g.edges.map((e) => `${e.producer} -> ${e.consumer}`));
}

type Level = 'inline' | 'root' | string;

function halideLevel(l: LoopLevelJson): Level {
  if (typeof l === 'string') return l;
  return `${l.func}@${sanitize(l.var)}`;
}

/** A directive's Var argument by its Halide name (`Var yi;` is Halide's v0), else as written. */
function varName(d: Directive, i: number): string {
  const v = d.values[i];
  return v?.kind === 'var' ? v.name : d.args[i];
}

/** Where our directives put a Func (the last placement directive in force wins, as in Halide). */
function ourLevels(g: GeneratorGraph, func: string): { compute: Level; store: Level | null } {
  let compute: Level = 'inline';
  let store: Level | null = null;
  for (const d of g.schedule) {
    if (!d.applies || d.func !== func || d.stage !== 0) continue;
    if (d.name === 'compute_root') compute = 'root';
    else if (d.name === 'compute_inline') compute = 'inline';
    else if (d.name === 'compute_at' && d.args.length >= 2) compute = `${d.args[0]}@${sanitize(varName(d, 1))}`;
    else if (d.name === 'store_root') store = 'root';
    else if (d.name === 'store_at' && d.args.length >= 2) store = `${d.args[0]}@${sanitize(varName(d, 1))}`;
  }
  return { compute, store };
}

/** Loop shape a stage's directives imply: how many dims are vectorized/parallel/unrolled, splits, fuses. */
function ourShape(ds: Directive[]): Record<string, number> {
  const shape = { vectorized: 0, parallel: 0, unrolled: 0, split: 0, fuse: 0 };
  for (const d of ds) {
    const withFactor = d.args.length >= 2 && d.name !== 'split' && d.name !== 'tile';
    switch (d.name) {
      case 'vectorize': shape.vectorized++; if (withFactor) shape.split++; break;
      case 'parallel': shape.parallel++; if (withFactor) shape.split++; break;
      case 'unroll': shape.unrolled++; if (withFactor) shape.split++; break;
      case 'split': shape.split++; break;
      // tile(x, y, ...) splits two dimensions; tile({x, y, z}, ...) one per listed dimension.
      case 'tile': shape.split += d.values[0]?.kind === 'list' ? d.values[0].items.length : 2; break;
      case 'fuse': shape.fuse++; break;
      default: break;
    }
  }
  return shape;
}

function halideShape(f: FuncJson, index: number): Record<string, number> {
  const s = f.stages.find((x) => x.index === index)!;
  const count = (t: string) => s.dims.filter((d) => d.for === t).length;
  return {
    vectorized: count('vectorized'), parallel: count('parallel'), unrolled: count('unrolled'),
    split: s.splits.filter((x) => x.kind === 'split').length, fuse: s.splits.filter((x) => x.kind === 'fuse').length,
  };
}

export function compareGraph(g: GeneratorGraph, dump: PipelineDump): Mismatch[] {
  const out: Mismatch[] = [];
  const wrappers = inputWrappers(dump);
  const hFuncs = dump.funcs.filter((f) => !wrappers.has(f.name));
  const names = (xs: string[]) => [...xs].sort();
  const ours = names(g.funcs.map((f) => f.name));
  const theirs = names(hFuncs.map((f) => f.name));
  if (JSON.stringify(ours) !== JSON.stringify(theirs)) out.push({ what: 'funcs', ours, halide: theirs });
  for (const hf of hFuncs) {
    const of = g.funcs.find((f) => f.name === hf.name);
    if (!of) continue;
    if (of.stages.length !== hf.stages.length) out.push({ what: `${hf.name}: stage count`, ours: of.stages.length, halide: hf.stages.length });
    // Pure Var names: directives name them, so a schedule we write must use Halide's names.
    const first = g.stages.find((s) => s.id === of.stages[0]);
    if (first && JSON.stringify(first.pureVars) !== JSON.stringify(hf.args)) out.push({ what: `${hf.name}: pure vars`, ours: first.pureVars, halide: hf.args });
  }
  const he = halideEdges(dump, wrappers);
  const oe = ourEdges(g);
  const missing = [...he].filter((e) => !oe.has(e));
  const extra = [...oe].filter((e) => !he.has(e));
  if (missing.length || extra.length) out.push({ what: 'edges', ours: extra, halide: missing });
  // The schedule in force, stage by stage.
  for (const hf of hFuncs) {
    if (!g.funcs.some((f) => f.name === hf.name)) continue;
    if (!hf.is_output) {
      const lv = ourLevels(g, hf.name);
      const hc = halideLevel(hf.compute);
      if (lv.compute !== hc) out.push({ what: `${hf.name}: compute level`, ours: lv.compute, halide: hc });
      const hs = halideLevel(hf.store);
      if ((lv.store ?? lv.compute) !== hs) out.push({ what: `${hf.name}: store level`, ours: lv.store ?? lv.compute, halide: hs });
    }
    for (const hs of hf.stages) {
      const ds = g.schedule.filter((d) => d.applies && d.func === hf.name && d.stage === hs.index);
      const a = ourShape(ds);
      const b = halideShape(hf, hs.index);
      if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ what: `${stageKey(hf.name, hs.index)}: loop shape`, ours: a, halide: b });
    }
  }
  return out;
}
