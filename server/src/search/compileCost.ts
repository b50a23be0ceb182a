// How much code one realized stage hands LLVM: the search must never suggest a schedule Halide takes
// minutes to compile. Expression terms alone do not tell it (session 32, `profile`, all inlined):
// stencil_chain's 109k-term tree compiled in 9 s unvectorized, because CSE shares most of it, while
// sobel_edges' 1.4k terms vectorized 64 lanes wide and unrolled 4 did not generate in 120 s. What
// grows is the body after CSE (the analysis' folded op counts) times the native vectors each op
// becomes (lanes wider than the target's vector split into several) times the unrolled copies.
// Tail strategies and gathers are not counted: the budget is set from code that has both.
import type { Analysis } from '../analysis/index';
import { naturalLanes } from '../halide/target';

/**
 * Largest code size (below) a suggested stage may have. Measured here (session 33, `profile`, compile
 * and run, AMD EPYC, AVX-512), sobel_edges all inlined into an output tiled 128x4 with GuardWithIf
 * tails, as the search writes them: vectorized 64 (909 units) 22 s, vectorized 16 with rows unrolled
 * 4 (1,172) 20 s, both (3,636) 185 s and 0.7 GB; the hand schedule (235) 9 s. Compile time grows
 * about as the square of the size, and faster where vector loads are gathers (sobel's clamped
 * borders), so the budget stops near twice the sizes that compiled in 20 s; denoise's expert-like
 * structure (the output with its wavelet chain inlined, vectorized 16) is ~2.5k and compiled within
 * bench:search's caps.
 */
export const CODE_BUDGET = 2500;

/** Native vectors one op of `type` becomes at `lanes` lanes (1 when scalar). */
function vectorsPerOp(target: string | undefined, type: string, lanes: number): number {
  if (lanes <= 1) return 1;
  const natural = naturalLanes(target, type) ?? Math.max(1, Math.floor(16 / Math.max(1, Number(type.replace(/^\D+/, '')) / 8 || 4)));
  return Math.ceil(lanes / natural);
}

/** The code size of each realized stage: folded ops x native vectors per op x unrolled copies. */
export function stageCodeSizes(a: Analysis, target: string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const q of a.stages) {
    if (q.placement === 'inline') continue;
    const lanes = q.vectorWidth ?? 1;
    let n = 0;
    for (const byType of Object.values(q.ops)) {
      for (const [type, k] of Object.entries(byType)) n += k * vectorsPerOp(target, type, lanes);
    }
    out.set(q.stage, n * Math.max(1, q.unrollFactor ?? 1));
  }
  return out;
}

/**
 * The largest code size among the stages of the Funcs `counts` accepts (the ones the search
 * scheduled: a user's own schedule is theirs to keep), or 0 when there are none.
 */
export function maxCodeSize(a: Analysis, target: string | undefined, counts: (func: string) => boolean = () => true): number {
  let m = 0;
  const funcOf = new Map(a.stages.map((q) => [q.stage, q.func]));
  for (const [stage, n] of stageCodeSizes(a, target)) if (counts(funcOf.get(stage)!)) m = Math.max(m, n);
  return m;
}
