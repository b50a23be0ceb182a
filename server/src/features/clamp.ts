// Vector loads through an inlined boundary condition. `repeat_edge(input)` clamps every index; when
// the clamped index moves with the stage's vectorized loop, the clamp of a ramp is no longer a ramp
// and each lane is loaded on its own (a gather: on x86, 16-32 scalar loads and inserts where a dense
// vector load is one). Halide's loop partitioning removes the clamp from the iterations it can prove
// in bounds, but only at the outermost loop that walks the clamped dimension: when a stage is
// computed inside its consumer's tiles, the edge tiles run the clamped code entirely. Measured on
// dilate_erode's hand schedule (20 tiles across): erode_x, which inlines the boundary, takes 12x the
// time of erode_y, which does the same arithmetic on its output. A dimension the pipeline never
// reads outside the input along (depthwise_conv's channels) has no edge iterations at run time.
import { indexMentions, type Stage } from '../halide/graph';
import type { GraphIndex } from '../analysis/graphIndex';
import type { DimRange } from '../analysis/bounds';
import type { Loop } from '../analysis/loopnest';

/**
 * Dimensions along which a boundary condition is read outside what it wraps: its required region
 * against that of the first Func or Input below the chain of boundary wrappers (constant_exterior
 * over repeat_edge over the lambda reading the buffer), which the clamp keeps in bounds.
 */
export function bitingDims(ix: GraphIndex, regions: Record<string, DimRange[]>, boundary: string): boolean[] {
  let inner = boundary;
  for (let hops = 0; hops < 8; hops++) {
    const next: string | undefined = ix.stagesOf.get(inner)?.[0]?.calls[0]?.callee;
    if (!next) break;
    inner = next;
    if (ix.funcs.get(inner)?.kind !== 'boundary') break;
  }
  const outer = regions[boundary] ?? [], wrapped = regions[inner] ?? [];
  return outer.map((d, k) => {
    const w = wrapped[k];
    // Unknown either side: assume the clamp can bite.
    if (!w || d.min === null || d.extent === null || w.min === null || w.extent === null) return true;
    return d.min < w.min || d.min + d.extent > w.min + w.extent;
  });
}

interface Walk {
  ix: GraphIndex;
  inline: (f: string) => boolean;
  bites: (boundary: string) => boolean[];
  memo: Map<string, number>;
}

/**
 * Loads per point that reach an inlined boundary condition with an index moving along `moving`
 * (the vectorized loop's variable, then the callee Vars it flows into) in a dimension where the
 * clamp bites. Memoized per (Func, moving Vars): inlined pyramids call the same Func many times.
 */
function clampedLoads(w: Walk, stage: Stage, moving: ReadonlySet<string>, depth = 0): number {
  let n = 0;
  for (const c of stage.calls) {
    if (c.callee === stage.func || c.calleeKind !== 'func' || !w.inline(c.callee)) continue;
    // An unreadable index (a load, an accessor) may use any of them: counted as moving.
    const moves = c.argExprs.map((e) => indexMentions(e, moving));
    if (!moves.some(Boolean)) continue;
    if (w.ix.funcs.get(c.callee)?.kind === 'boundary') {
      const b = w.bites(c.callee);
      if (moves.some((m, k) => m && (b[k] ?? true))) n++;
      continue;
    }
    const pure = w.ix.stagesOf.get(c.callee)?.[0];
    if (!pure || depth > 32) continue;
    const inner = new Set(pure.args.filter((_, i) => moves[i]));
    const key = `${c.callee}\0${[...inner].sort().join(',')}`;
    let k = w.memo.get(key);
    if (k === undefined) w.memo.set(key, (k = clampedLoads(w, pure, inner, depth + 1)));
    n += k;
  }
  return n;
}

/**
 * Share of the stage's points in the iterations where partitioning leaves the clamp: the two edge
 * iterations of the outermost loop along the vectorized dimension. That loop is the consumer's
 * (tiles) when the stage is realized per tile along that dimension, else the stage's own.
 */
function edgeShare(loops: Loop[], vecIndex: number, v: string, dim: number, perRealization: DimRange[], whole: DimRange[] | undefined): number {
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
  /** Region of the stage's Func per realization. */
  region: DimRange[];
  /** Required region of every Func and Input over the whole pipeline. */
  regions: Record<string, DimRange[]>;
  /** bitingDims of a boundary Func, memoized over the pipeline (the modulo walk shares it). */
  bites: (boundary: string) => boolean[];
  /** clampedLoads by (Func, moving Vars), shared by every stage of one schedule (the walk depends on nothing else). */
  memo?: Map<string, number>;
}

/** The `clamped_*` features; 0 for an inlined or scalar stage (no vector of lanes to gather). */
export function clampFeatures(stage: Stage, loops: Loop[], isInline: boolean, ctx: ClampContext): Record<string, number> {
  const vi = loops.findIndex((l) => l.kind === 'vectorized');
  const v = vi >= 0 ? loops[vi].parts[0]?.var : undefined;
  if (isInline || v === undefined) return { inner_loads_clamped: 0, clamped_edge_share: 0 };
  const w: Walk = { ix: ctx.ix, inline: ctx.inline, bites: ctx.bites, memo: ctx.memo ?? new Map() };
  // The stage's dimension the vector lanes walk (-1 for an RVar).
  const dim = stage.argExprs.findIndex((e) => e.op === 'var' && e.name === v);
  // A realized boundary condition clamps its own loads.
  const own = ctx.ix.funcs.get(stage.func)?.kind === 'boundary' && (ctx.bites(stage.func)[dim] ?? true) ? 1 : 0;
  const n = own + clampedLoads(w, stage, new Set([v]));
  return { inner_loads_clamped: n, clamped_edge_share: n ? edgeShare(loops, vi, v, dim, ctx.region, ctx.regions[stage.func]) : 0 };
}
