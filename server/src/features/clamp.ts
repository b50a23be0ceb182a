// Vector loads through an inlined boundary condition. `repeat_edge(input)` clamps every index; when
// the clamped index moves with the stage's vectorized loop, the clamp of a ramp is no longer a ramp
// and each lane is loaded on its own (a gather: on x86, 16-32 scalar loads and inserts where a dense
// vector load is one). Halide's loop partitioning removes the clamp from the iterations it can prove
// in bounds, but only at the outermost loop that walks the clamped dimension: when a stage is
// computed inside its consumer's tiles, the edge tiles run the clamped code entirely. Measured on
// dilate_erode's hand schedule (20 tiles across): erode_x, which inlines the boundary, takes 12x the
// time of erode_y, which does the same arithmetic on its output.
import type { IndexExpr, Stage } from '../halide/graph';
import type { GraphIndex } from '../analysis/graphIndex';
import type { DimRange } from '../analysis/bounds';
import type { Loop } from '../analysis/loopnest';

function mentions(e: IndexExpr, vars: ReadonlySet<string>): boolean {
  switch (e.op) {
    case 'var': return vars.has(e.name);
    case 'const': return false;
    // An unreadable index (a load, an accessor) may use any of them: count it as moving.
    case 'opaque': return [...vars].some((v) => new RegExp(`\\b${v.replace(/\$/g, '\\$')}\\b`).test(e.text));
    default: return e.args.some((a) => mentions(a, vars));
  }
}

/**
 * Loads per point that reach an inlined boundary condition with an index moving along `moving`
 * (the vectorized loop's variable, then the callee Vars it flows into). Memoized per (Func, moving
 * Vars): inlined pyramids call the same Func many times over.
 */
function clampedLoads(ix: GraphIndex, stage: Stage, moving: ReadonlySet<string>, inline: (f: string) => boolean,
  memo: Map<string, number>, depth = 0): number {
  let n = 0;
  for (const c of stage.calls) {
    if (c.callee === stage.func || c.calleeKind !== 'func' || !inline(c.callee)) continue;
    const moves = c.argExprs.map((e) => mentions(e, moving));
    if (!moves.some(Boolean)) continue;
    if (ix.funcs.get(c.callee)?.kind === 'boundary') { n++; continue; }
    const pure = ix.stagesOf.get(c.callee)?.[0];
    if (!pure || depth > 32) continue;
    const inner = new Set(pure.args.filter((_, i) => moves[i]));
    const key = `${c.callee}\0${[...inner].sort().join(',')}`;
    let k = memo.get(key);
    if (k === undefined) memo.set(key, (k = clampedLoads(ix, pure, inner, inline, memo, depth + 1)));
    n += k;
  }
  return n;
}

/**
 * Share of the stage's points in the iterations where partitioning leaves the clamp: the two edge
 * iterations of the outermost loop along the vectorized dimension. That loop is the consumer's
 * (tiles) when the stage is realized per tile along that dimension, else the stage's own.
 */
function edgeShare(stage: Stage, loops: Loop[], vecIndex: number, perRealization: DimRange[], whole: DimRange[] | undefined): number {
  const v = loops[vecIndex].parts[0]?.var;
  const dim = stage.argExprs.findIndex((e) => e.op === 'var' && e.name === v);
  const part = perRealization[dim]?.extent, all = whole?.[dim]?.extent;
  if (dim >= 0 && part && all && all / part >= 1.5) return Math.min(1, 2 / (all / part));
  for (let i = loops.length - 1; i > vecIndex; i--) {
    const e = loops[i].extent;
    if (loops[i].parts.some((p) => p.var === v)) return e === null ? 1 : Math.min(1, 2 / Math.max(1, e));
  }
  return 1;
}

export interface ClampContext {
  ix: GraphIndex;
  inline: (f: string) => boolean;
  /** Region of the stage's Func per realization, and over the whole pipeline. */
  region: DimRange[];
  whole: DimRange[] | undefined;
}

/** The `clamped_*` features; 0 for an inlined or scalar stage (no vector of lanes to gather). */
export function clampFeatures(stage: Stage, loops: Loop[], isInline: boolean, ctx: ClampContext): Record<string, number> {
  const vi = loops.findIndex((l) => l.kind === 'vectorized');
  const v = vi >= 0 ? loops[vi].parts[0]?.var : undefined;
  if (isInline || v === undefined) return { inner_loads_clamped: 0, clamped_edge_share: 0 };
  const own = ctx.ix.funcs.get(stage.func)?.kind === 'boundary' ? 1 : 0;
  const n = own + clampedLoads(ctx.ix, stage, new Set([v]), ctx.inline, new Map());
  return { inner_loads_clamped: n, clamped_edge_share: n ? edgeShare(stage, loops, vi, ctx.region, ctx.whole) : 0 };
}
