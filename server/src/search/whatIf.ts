// What-if for one schedule directive: the same pipeline without it, and (for a placement) with each
// other placement the search would consider for that Func, as graphs to predict in one batch. The
// hover on a directive shows their totals beside the current one.
import type { Directive, GeneratorGraph, Position } from '../halide/graph';

export interface WhatIfVariant { label: string; graph: GeneratorGraph }

const PLACEMENT = new Set(['compute_root', 'compute_at', 'compute_inline', 'store_root', 'store_at']);
/** Argument positions of the Vars a directive creates (split's outer/inner, tile's four, fuse's one ...). */
const CREATES: Record<string, number[]> = { split: [1, 2], tile: [2, 3, 4, 5], fuse: [2], rename: [1] };

const inside = (d: Directive, p: Position) =>
  (d.range.start.line < p.line || (d.range.start.line === p.line && d.range.start.character <= p.character)) &&
  (p.line < d.range.end.line || (p.line === d.range.end.line && p.character <= d.range.end.character));

/** The applied source directive at a position (the innermost one when chained calls nest). */
export function directiveAt(g: GeneratorGraph, p: Position): Directive | null {
  const hits = g.schedule.filter((d) => d.applies && d.source === 'source' && d.name !== 'update' && inside(d, p));
  hits.sort((a, b) => (a.range.end.line - a.range.start.line) - (b.range.end.line - b.range.start.line) || (a.range.end.character - a.range.start.character) - (b.range.end.character - b.range.start.character));
  return hits[0] ?? null;
}

/** `d` and every later directive of the same stage that uses a Var `d` created: what removing `d` takes away. */
function withDependents(g: GeneratorGraph, d: Directive): Set<Directive> {
  const gone = new Set<Directive>([d]);
  const created = new Set<string>();
  const collect = (x: Directive) => {
    for (const i of CREATES[x.name] ?? []) {
      const v = x.values[i];
      if (v?.kind === 'var') created.add(v.name);
    }
  };
  collect(d);
  const start = g.schedule.indexOf(d);
  for (const x of g.schedule.slice(start + 1)) {
    if (x.func !== d.func || x.stage !== d.stage) continue;
    if (x.values.some((v) => v.kind === 'var' && created.has(v.name))) {
      gone.add(x);
      collect(x);
    }
  }
  return gone;
}

function placed(g: GeneratorGraph, d: Directive, name: 'compute_root' | 'compute_inline'): GeneratorGraph {
  const replaced: Directive = { ...d, name, args: [], values: [] };
  const schedule = g.schedule.filter((x) => !(x.func === d.func && x.stage === 0 && PLACEMENT.has(x.name) && x !== d)).map((x) => (x === d ? replaced : x));
  return { ...g, schedule };
}

/**
 * The variants of a directive: without it (and the directives that use the Vars it made); for a
 * compute_* placement, the Func at root and inlined instead (inlined only for a Func without updates).
 */
export function whatIfVariants(g: GeneratorGraph, d: Directive): WhatIfVariant[] {
  const gone = withDependents(g, d);
  const out: WhatIfVariant[] = [{
    label: gone.size > 1 ? `without it (and the ${gone.size - 1} directive${gone.size > 2 ? 's' : ''} using the Vars it makes)`
      : d.name.startsWith('compute_') && g.stages.filter((s) => s.func === d.func).length === 1 && !g.schedule.some((x) => x !== d && x.applies && x.func === d.func && x.stage === 0 && x.name.startsWith('compute_'))
        ? `without it (${d.func} inlined)` : 'without it',
    graph: { ...g, schedule: g.schedule.filter((x) => !gone.has(x)) },
  }];
  if (d.name.startsWith('compute_')) {
    const updates = g.stages.filter((s) => s.func === d.func).length > 1;
    if (d.name !== 'compute_root') out.push({ label: `${d.func}.compute_root() instead`, graph: placed(g, d, 'compute_root') });
    // Without its only compute_* directive a pure Func is inlined already: no second row for that.
    const others = g.schedule.filter((x) => x !== d && x.applies && x.func === d.func && x.stage === 0 && x.name.startsWith('compute_'));
    const inlinedWithout = !updates && others.length === 0;
    if (d.name !== 'compute_inline' && !updates && !inlinedWithout && !g.outputs.some((o) => o.name === d.func)) {
      out.push({ label: `${d.func} inlined instead`, graph: placed(g, d, 'compute_inline') });
    }
  }
  return out;
}

/** `f.update(0).vectorize(x, 8)` as written. */
export function directiveText(d: Directive): string {
  return `${d.func}${d.stage ? `.update(${d.stage - 1})` : ''}.${d.name}(${d.args.join(', ')})`;
}
