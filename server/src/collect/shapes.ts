// The shape of a pipeline graph (how many stages, how deep, how wide, how much reduction, stencil
// and gather), so that the pipelines we generate for training can be checked against real ones.
import type { GeneratorGraph, IndexExpr } from '../halide/graph';
import { quantile } from '../model/metrics';

export interface GraphShape {
  funcs: number;
  stages: number;
  /** Longest producer -> consumer chain of Funcs (inputs excluded). */
  depth: number;
  /** Mean distinct Func/input producers per Func; share of Funcs with 3 or more. */
  fanIn: number;
  wideFanIn: number;
  /** Share of Funcs read by two or more consumers (reuse). */
  reused: number;
  /** Share of Funcs with update stages (reductions, scans, histograms). */
  reductions: number;
  /** Share of calls with a constant offset in some dimension (stencils). */
  stencilCalls: number;
  /** Share of calls whose index depends on loaded data (gathers, LUTs). */
  gatherCalls: number;
  /** Share of calls that resample (index multiplied or divided: pyramids). */
  resampleCalls: number;
}

function walk(e: IndexExpr, visit: (e: IndexExpr) => void): void {
  visit(e);
  if ('args' in e) for (const a of e.args) walk(a, visit);
}

function has(e: IndexExpr, test: (e: IndexExpr) => boolean): boolean {
  let hit = false;
  walk(e, (x) => { hit ||= test(x); });
  return hit;
}

/** `x + 1`, `x - 2`, `y + k` with a constant k: a shifted read. */
const offset = (e: IndexExpr): boolean => (e.op === 'add' || e.op === 'sub') && e.args.some((a) => a.op === 'var') && e.args.some((a) => a.op === 'const' && a.value !== 0);

export function graphShape(g: GeneratorGraph): GraphShape {
  const funcs = g.funcs.map((f) => f.name);
  const isFunc = new Set(funcs);
  const producers = new Map<string, Set<string>>(funcs.map((f) => [f, new Set()]));
  const consumers = new Map<string, Set<string>>(funcs.map((f) => [f, new Set()]));
  let calls = 0, stencil = 0, gather = 0, resample = 0;
  for (const s of g.stages) {
    for (const c of s.calls) {
      if (c.callee === s.func) continue; // an update reading its own Func
      producers.get(s.func)?.add(c.callee);
      consumers.get(c.callee)?.add(s.func);
      calls++;
      if (c.argExprs.some((a) => has(a, offset))) stencil++;
      if (c.argExprs.some((a) => has(a, (x) => x.op === 'opaque'))) gather++;
      if (c.argExprs.some((a) => has(a, (x) => (x.op === 'mul' || x.op === 'div') && x.args.some((y) => y.op === 'const' && Math.abs(y.value) > 1)))) resample++;
    }
  }
  const depthOf = new Map<string, number>();
  const depth = (f: string, seen = new Set<string>()): number => {
    const known = depthOf.get(f);
    if (known !== undefined) return known;
    if (seen.has(f)) return 0; // a cycle would be a front-end error; do not recurse forever
    seen.add(f);
    const d = 1 + Math.max(0, ...[...(producers.get(f) ?? [])].filter((p) => isFunc.has(p)).map((p) => depth(p, seen)));
    depthOf.set(f, d);
    return d;
  };
  const n = Math.max(1, funcs.length);
  const share = (k: number, of: number) => (of > 0 ? k / of : 0);
  return {
    funcs: funcs.length,
    stages: g.stages.length,
    depth: Math.max(0, ...funcs.map((f) => depth(f))),
    fanIn: funcs.reduce((a, f) => a + (producers.get(f)?.size ?? 0), 0) / n,
    wideFanIn: share(funcs.filter((f) => (producers.get(f)?.size ?? 0) >= 3).length, funcs.length),
    reused: share(funcs.filter((f) => (consumers.get(f)?.size ?? 0) >= 2).length, funcs.length),
    reductions: share(g.funcs.filter((f) => f.stages.length > 1).length, funcs.length),
    stencilCalls: share(stencil, calls),
    gatherCalls: share(gather, calls),
    resampleCalls: share(resample, calls),
  };
}

/** Median and 90th percentile of every statistic over a set of graphs, as table rows. */
export function shapeTable(groups: { name: string; shapes: GraphShape[] }[]): string {
  const keys = Object.keys(groups.find((g) => g.shapes.length)?.shapes[0] ?? {}) as (keyof GraphShape)[];
  const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));
  const lines = [
    `| statistic | ${groups.map((g) => `${g.name} (${g.shapes.length}): median / p90`).join(' | ')} |`,
    `| --- | ${groups.map(() => '---:').join(' | ')} |`,
  ];
  for (const k of keys) {
    lines.push(`| ${k} | ${groups.map((g) => (g.shapes.length ? `${fmt(quantile(g.shapes.map((s) => s[k]), 0.5))} / ${fmt(quantile(g.shapes.map((s) => s[k]), 0.9))}` : '-')).join(' | ')} |`);
  }
  return lines.join('\n');
}
