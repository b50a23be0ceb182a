// Innermost-loop strides: how far each load and the store move in memory when the stage's innermost
// loop steps once. A load that jumps a row per step (matmul's B(j, k) under a k-innermost reduction,
// a transposed read) misses the cache line the previous step brought in; one that stays put is
// hoisted or kept in a register. The working-set features cannot tell these apart: same bytes, same
// footprint, several times the time.
import type { IndexExpr, Stage } from '../halide/graph';
import type { Loop } from '../analysis/loopnest';
import { type Invariants, affine } from './affine';

type Step = 'invariant' | 'dense' | 'strided';

interface StrideCounts { dense: number; strided: number; invariant: number; store: Step | null }

/**
 * The loop that steps fastest through memory: the innermost one, skipping loops of one iteration
 * (a split remainder, a size-1 channel dim) that step nothing. Unknown extents count as steps.
 */
function steppingLoop(loops: Loop[]): Loop | undefined {
  return loops.find((l) => l.extent === null || l.extent > 1) ?? loops[0];
}

/**
 * One access's step: `dense` when only the first (unit-stride) dimension moves, by one element;
 * `invariant` when no index moves; `strided` otherwise, including indices we cannot read as affine
 * (gathers) since their addresses are not known to be adjacent.
 */
function accessStep(args: IndexExpr[], v: string, stride: number, inv: Invariants): Step {
  const moves: number[] = [];
  for (const e of args) {
    const a = affine(e, inv);
    if (a === null) return 'strided';
    moves.push((a.coefs.get(v) ?? 0) * stride);
  }
  if (moves.every((m) => m === 0)) return 'invariant';
  return Math.abs(moves[0]) === 1 && moves.slice(1).every((m) => m === 0) ? 'dense' : 'strided';
}

/** Steps of every direct call site of the stage (its own Func's too) and of its store. */
function strideCounts(stage: Stage, loops: Loop[], inv: Invariants): StrideCounts {
  const counts: StrideCounts = { dense: 0, strided: 0, invariant: 0, store: null };
  const part = steppingLoop(loops)?.parts[0];
  if (!part) return counts;
  // A loop of a split keeps the original variable: x.xo steps x by the split factor.
  const stride = part.stride ?? 2;
  for (const c of stage.calls) counts[accessStep(c.argExprs, part.var, stride, inv)]++;
  counts.store = accessStep(stage.argExprs, part.var, stride, inv);
  return counts;
}

/** The `inner_*` features; all 0 for an inlined stage, whose loads step with its consumer's loops. */
export function strideFeatures(stage: Stage, loops: Loop[], inline: boolean, inv: Invariants): Record<string, number | boolean> {
  const st = inline ? { dense: 0, strided: 0, invariant: 0, store: null } : strideCounts(stage, loops, inv);
  return {
    inner_loads_dense: st.dense,
    inner_loads_strided: st.strided,
    inner_loads_invariant: st.invariant,
    inner_store_strided: st.store === 'strided',
    inner_store_invariant: st.store === 'invariant',
  };
}
