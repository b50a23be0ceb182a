// Schedule and memory features of one stage, from the analysis's per-stage quantities: where it is
// computed, how much, how its loops are shaped for the CPU, and how many bytes it moves.
import type { StageQuantities } from '../analysis/quantities';
import { CACHE_BYTES, log2p } from './schema';

export interface ScheduleContext {
  threads: number;
  /** Lanes of one native vector of the stage's first value type on the graph's target. */
  naturalLanes: number;
  /** Position of the compute_at loop in the consumer (0 innermost), null when not compute_at. */
  atIndex: number | null;
  unresolved: boolean;
  /** Raw arithmetic ops per point (for intensity and total ops). */
  arithPerPoint: number;
  /** Parallel iterations of consumer loops enclosing the compute level (1 when none). */
  enclosingTasks: number;
  /** The vectorized loop walks the first dimension with stride 1 (dense vector loads and stores). */
  vectorContiguous: boolean;
}

/** `null` becomes 0 here; the caller records the matching `unknown_*` flag. */
const z = (v: number | null | undefined): number => (v === null || v === undefined || !Number.isFinite(v) ? 0 : v);
const mulN = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a * b);

export function scheduleFeatures(q: StageQuantities, c: ScheduleContext): Record<string, number | boolean> {
  const inline = q.placement === 'inline';
  const vw = z(q.vectorWidth);
  const natural = c.naturalLanes;
  const tasks = Math.max(1, z(q.parallelTasks));
  const parallel = q.loops.some((l) => l.kind === 'parallel');
  // Work spread over threads: own parallel loops times the parallel loops the stage runs inside.
  const all = (parallel ? tasks : 1) * c.enclosingTasks;
  const rounds = Math.ceil(all / c.threads);
  return {
    placement_inline: inline,
    placement_root: q.placement === 'root',
    placement_at: q.placement === 'at',
    store_hoisted: !inline && JSON.stringify(q.storeAt) !== JSON.stringify(q.computeAt),
    compute_at_loop_index: z(c.atIndex),
    log2_realizations: log2p(z(q.realizations)),
    log2_points_required: log2p(z(q.pointsRequired)),
    log2_points_computed: log2p(z(q.pointsComputed)),
    log2_points_per_realization: log2p(z(q.pointsPerRealization)),
    log2_recompute_factor: Math.log2(Math.max(1, z(q.recomputeFactor))),
    loop_depth: q.loops.length,
    log2_innermost_extent: log2p(z(q.innermostExtent)),
    innermost_vectorized: q.loops[0]?.kind === 'vectorized',
    log2_vector_width: vw > 1 ? log2p(vw) : 0,
    vector_matches_natural: vw > 1 && vw % natural === 0,
    vector_contiguous: c.vectorContiguous,
    log2_vector_over_natural: vw > 1 ? Math.log2(vw / natural) : 0,
    // The target's width enters here: a 16-lane float vector is one AVX-512 instruction, two on AVX2.
    log2_native_lanes: vw > 1 ? log2p(Math.min(vw, natural)) : 0,
    // Unvectorized loops too: naive compute_root schedules, which vectorize nothing, ran 3-6x faster
    // with AVX-512 than with AVX2 here (probably LLVM's own loop vectorizer; not checked).
    log2_natural_lanes: log2p(natural),
    log2_unroll: Math.log2(Math.max(1, z(q.unrollFactor))),
    log2_parallel_tasks: log2p(parallel ? tasks : 0),
    log2_tasks_per_thread: log2p(parallel ? tasks / c.threads : 0),
    log2_enclosing_parallel_tasks: log2p(c.enclosingTasks > 1 ? c.enclosingTasks : 0),
    thread_utilization: inline ? 0 : all / (rounds * c.threads),
    rvar_innermost: q.loops[0]?.name !== undefined && q.loops.length > 0 && isRVarLoop(q),
    unknown_points: q.pointsComputed === null || q.pointsRequired === null,
    unknown_loops: q.loops.some((l) => l.extent === null),
    schedule_unresolved: c.unresolved,
  };
}

function isRVarLoop(q: StageQuantities): boolean {
  // Loop names start with the variable they were split from; RVars are named `rdom$x`.
  return q.loops[0].name.split('.')[0].includes('$');
}

export function memoryFeatures(q: StageQuantities, c: ScheduleContext): Record<string, number | boolean> {
  const inline = q.placement === 'inline';
  const read = mulN(q.pointsComputed, q.bytesReadPerPoint);
  const written = inline ? 0 : mulN(q.pointsComputed, q.bytesWrittenPerPoint);
  const perReal = q.pointsPerRealization;
  const ws = q.workingSetBytes;
  return {
    log2_bytes_read_per_point: log2p(q.bytesReadPerPoint),
    log2_bytes_read: log2p(z(read)),
    log2_bytes_written: log2p(z(written)),
    log2_bytes_read_per_realization: log2p(z(mulN(perReal, q.bytesReadPerPoint))),
    log2_bytes_written_per_realization: log2p(inline ? 0 : z(mulN(perReal, q.bytesWrittenPerPoint))),
    log2_storage_bytes: log2p(z(q.storageBytes)),
    log2_working_set_bytes: log2p(z(ws)),
    working_set_fits_l1: ws !== null && ws <= CACHE_BYTES.l1,
    working_set_fits_l2: ws !== null && ws <= CACHE_BYTES.l2,
    working_set_fits_llc: ws !== null && ws <= CACHE_BYTES.llc,
    log2_arith_intensity: log2p(c.arithPerPoint / Math.max(1, q.bytesReadPerPoint)),
    log2_ops_computed: log2p(z(q.pointsComputed) * c.arithPerPoint),
    unknown_memory: !inline && (q.storageBytes === null || ws === null),
  };
}
