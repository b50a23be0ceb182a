// How much code one realized stage hands LLVM: the search must never suggest a schedule Halide takes
// minutes to compile. Expression terms alone do not tell it (session 32, `profile`, all inlined):
// stencil_chain's 109k-term tree compiled in 9 s unvectorized, because CSE shares most of it, while
// sobel_edges' 1.4k terms vectorized 64 lanes wide and unrolled 4 did not generate in 120 s. What
// grows is the body after CSE (the analysis' folded op counts) times the native vectors each op
// becomes (lanes wider than the target's vector split into several), plus the lanes of every load a
// boundary clamp turns into a gather, times the unrolled copies. Tail strategies are not counted:
// the budget is set from code that has GuardWithIf tails, as the search writes them.
import { indexGraph } from '../analysis/graphIndex';
import type { Analysis } from '../analysis/index';
import { elemBytes } from '../analysis/interval';
import { bitingDims, clampFeatures } from '../features/clamp';
import type { GeneratorGraph } from '../halide/graph';
import { naturalLanes } from '../halide/target';

/**
 * Largest code size (below) a suggested stage may have. Measured here (session 33, `profile`, compile
 * and run, AMD EPYC, AVX-512), sobel_edges all inlined into an output tiled 128x4 with GuardWithIf
 * tails, as the search writes them: vectorized 64 (5.5k units) 22 s, vectorized 16 with rows
 * unrolled 4 (5.8k) 20 s, both (22k) 185 s and 0.7 GB; the hand schedule 9 s. Compile time grows
 * about as the square of the size, so the budget stops where sobel-like code would take ~40 s; the
 * expert structure of denoise (its wavelet chain inlined into a vectorized output) is 2.5-4k.
 */
export const CODE_BUDGET = 8000;

/** Native vectors one op of `type` becomes at `lanes` lanes (1 when scalar). */
function vectorsPerOp(target: string | undefined, type: string, lanes: number): number {
  if (lanes <= 1) return 1;
  // 16-byte vectors where the target's SIMD is unknown, as search/space's vectorLanes assumes.
  const natural = naturalLanes(target, type) ?? Math.max(1, Math.floor(16 / elemBytes(type)));
  return Math.ceil(lanes / natural);
}

/**
 * The code size of each realized stage: (folded ops x native vectors per op, plus a unit per lane of
 * every clamped load the vectorized loop gathers) x unrolled copies. A gather is one scalar load and
 * insert per lane (features/clamp.ts): sobel_edges inlined whole gathers 72 loads per point, and at 64
 * lanes those are four fifths of its code.
 */
export function stageCodeSizes(g: GeneratorGraph, a: Analysis, target: string | undefined): Map<string, number> {
  const ix = indexGraph(g);
  const funcA = new Map(a.funcs.map((f) => [f.func, f]));
  const inline = (f: string): boolean => funcA.get(f)?.placement.compute.kind === 'inline';
  const biting = new Map<string, boolean[]>();
  const bites = (b: string): boolean[] => biting.get(b) ?? biting.set(b, bitingDims(ix, a.bounds.regions, b)).get(b)!;
  const out = new Map<string, number>();
  for (const q of a.stages) {
    if (q.placement === 'inline') continue;
    const lanes = q.vectorWidth ?? 1;
    let n = 0;
    for (const byType of Object.values(q.ops)) {
      for (const [type, k] of Object.entries(byType)) n += k * vectorsPerOp(target, type, lanes);
    }
    const s = ix.stages.get(q.stage);
    const fa = funcA.get(q.func);
    if (lanes > 1 && s && fa) {
      const loops = fa.stages.find((sl) => sl.stage === q.stage)?.loops ?? [];
      n += lanes * clampFeatures(s, loops, false, { ix, inline, region: fa.region, regions: a.bounds.regions, bites }).inner_loads_clamped;
    }
    out.set(q.stage, n * Math.max(1, q.unrollFactor ?? 1));
  }
  return out;
}

/**
 * The largest code size among the stages of the Funcs `counts` accepts (the ones the search
 * scheduled: a user's own schedule is theirs to keep), or 0 when there are none.
 */
export function maxCodeSize(g: GeneratorGraph, a: Analysis, target: string | undefined, counts: (func: string) => boolean = () => true): number {
  let m = 0;
  const funcOf = new Map(a.stages.map((q) => [q.stage, q.func]));
  for (const [stage, n] of stageCodeSizes(g, a, target)) if (counts(funcOf.get(stage)!)) m = Math.max(m, n);
  return m;
}
