// The feature schema: every feature's name, unit, transform and meaning, in vector order. This list
// is the single source of truth: the featurizer fills vectors by these names, models/FEATURES.md
// documents them (a test keeps the two equal) and the trained model records the version.

/** Bump whenever a name, its order or its meaning changes. */
export const FEATURE_SCHEMA_VERSION = 8;

export interface FeatureSpec {
  name: string;
  /** `flag` (0/1), `count`, `ratio`, `log2(1+v)` ... */
  transform: string;
  unit: string;
  meaning: string;
}

const f = (name: string, transform: string, unit: string, meaning: string): FeatureSpec => ({ name, transform, unit, meaning });
const LOG = 'log2(1+v)';

export const STAGE_FEATURES: readonly FeatureSpec[] = [
  // What the stage is.
  f('is_update', 'flag', '-', 'an update definition (stage index > 0)'),
  f('is_output', 'flag', '-', 'the Func is a pipeline output'),
  f('is_boundary', 'flag', '-', 'the Func is a BoundaryConditions wrapper or a lambda'),
  f('num_dims', 'raw', 'count', 'pure dimensions of the Func'),
  f('value_bytes', 'raw', 'bytes', 'bytes of one value (Tuple components add up)'),
  f('value_is_float', 'flag', '-', 'the first value is a floating-point type'),
  f('num_producers', 'raw', 'count', 'distinct Funcs and Inputs the stage reads (not itself)'),
  f('num_consumers', 'raw', 'count', 'stages of other Funcs that read this Func'),
  // What it computes per point, with the bodies of inlined Funcs folded in.
  f('log2_ops_float_add', LOG, 'ops/point', 'float add, sub, neg'),
  f('log2_ops_float_mul', LOG, 'ops/point', 'float mul (a lerp counts as one mul and two adds)'),
  f('log2_ops_float_div', LOG, 'ops/point', 'float div and mod'),
  f('log2_ops_int_add', LOG, 'ops/point', 'integer add, sub, neg'),
  f('log2_ops_int_mul', LOG, 'ops/point', 'integer mul'),
  f('log2_ops_int_div', LOG, 'ops/point', 'integer div and mod'),
  f('log2_ops_narrow_int', LOG, 'ops/point', 'arithmetic on 8- and 16-bit integers (more lanes per vector)'),
  f('log2_ops_minmax', LOG, 'ops/point', 'min, max, abs, absd, clamp'),
  f('log2_ops_bitwise', LOG, 'ops/point', 'and, or, xor, shifts on bits'),
  f('log2_ops_transcendental', LOG, 'ops/point', 'sqrt, exp, log, pow, trigonometric and similar calls'),
  f('log2_ops_rounding', LOG, 'ops/point', 'floor, ceil, round, trunc, fract'),
  f('log2_ops_compare_select', LOG, 'ops/point', 'comparisons, logical and/or/not, select and mux'),
  f('log2_ops_cast', LOG, 'ops/point', 'type conversions (cast, saturating_cast, reinterpret)'),
  f('log2_loads_1byte', LOG, 'loads/point', 'loads of 8-bit values'),
  f('log2_loads_2byte', LOG, 'loads/point', 'loads of 16-bit values'),
  f('log2_loads_4byte', LOG, 'loads/point', 'loads of 32-bit or wider values'),
  f('log2_ops_per_point', LOG, 'ops/point', 'all operations and loads per point'),
  f('num_inlined_funcs', 'raw', 'count', 'Funcs whose bodies are folded into this stage'),
  // Reduction.
  f('num_rvars', 'raw', 'count', 'RVars the stage iterates over (0: not a reduction)'),
  f('log2_reduction_extent', LOG, 'points', 'product of the RVar extents (0 when unknown or none)'),
  f('reads_self', 'flag', '-', 'the stage reads its own Func (an update like f(x) += f(x-1))'),
  f('scatter_update', 'flag', '-', 'an update storing at data-dependent places (histogram)'),
  f('rvar_innermost', 'flag', '-', 'the innermost loop is an RVar'),
  // Access patterns of its calls, one per producer it reads directly.
  f('access_pointwise', 'raw', 'producers', 'producers read at the same point (f(x, y))'),
  f('access_stencil', 'raw', 'producers', 'producers read at constant offsets around the point'),
  f('access_upsample', 'raw', 'producers', 'producers read at x/k (several outputs per input)'),
  f('access_downsample', 'raw', 'producers', 'producers read at k*x+c (several inputs per output)'),
  f('access_transpose', 'raw', 'producers', 'producers read with permuted dimensions'),
  f('access_broadcast', 'raw', 'producers', 'producers read with a dimension of the stage missing or constant'),
  f('access_reduction', 'raw', 'producers', 'producers indexed by an RVar'),
  f('access_gather', 'raw', 'producers', 'producers read at data-dependent or non-affine indices'),
  f('access_inputs', 'raw', 'producers', 'pipeline Inputs read directly'),
  f('num_call_sites', 'raw', 'count', 'call sites of other Funcs and Inputs'),
  f('log2_max_footprint', LOG, 'points', 'largest per-point footprint on one producer (stencil taps, span per dim multiplied)'),
  f('max_stencil_radius', 'raw', 'points', 'largest constant offset from the point in any dimension'),
  // The schedule's effect.
  f('placement_inline', 'flag', '-', 'inlined into its consumers (no cost of its own in the profiler)'),
  f('placement_root', 'flag', '-', 'computed at root'),
  f('placement_at', 'flag', '-', 'computed at a loop of a consumer'),
  f('store_hoisted', 'flag', '-', 'stored at an outer level than computed (sliding window)'),
  f('compute_at_loop_index', 'raw', 'loops', 'position of the compute_at loop in the consumer (0 = innermost)'),
  f('log2_realizations', LOG, 'count', 'times the loop nest runs'),
  f('log2_points_required', LOG, 'points', 'points the outputs need (region x RVars)'),
  f('log2_points_computed', LOG, 'points', 'points computed over the pipeline (inlined: evaluations at call sites)'),
  f('log2_points_per_realization', LOG, 'points', 'iterations of the loop nest per realization'),
  f('log2_recompute_factor', 'log2(max(1,v))', 'ratio', 'points computed / points required: recomputed halos'),
  f('loop_depth', 'raw', 'loops', 'loops of the stage'),
  f('log2_innermost_extent', LOG, 'iterations', 'extent of the innermost loop'),
  f('innermost_vectorized', 'flag', '-', 'the innermost loop is vectorized'),
  f('log2_vector_width', LOG, 'lanes', 'extent of the vectorized loops (0 when none)'),
  f('vector_matches_natural', 'flag', '-', 'vector width is a multiple of the natural width'),
  f('vector_contiguous', 'flag', '-', 'the vectorized loop walks the first (unit-stride) dimension with stride 1'),
  f('log2_vector_over_natural', 'log2(v)', 'ratio', 'vector width / natural width (0 when not vectorized)'),
  f('log2_native_lanes', LOG, 'lanes', 'lanes one instruction does: min(vector width, natural width) (0 when not vectorized)'),
  f('log2_natural_lanes', LOG, 'lanes', "the target's natural vector width for the stage's type, vectorized or not (loops left scalar ran faster with the wider target)"),
  f('log2_unroll', 'log2(max(1,v))', 'iterations', 'product of the unrolled loop extents (0 when none)'),
  f('log2_parallel_tasks', LOG, 'tasks', 'parallel tasks per realization (0 when serial)'),
  f('log2_tasks_per_thread', LOG, 'tasks', 'parallel tasks per realization / threads'),
  f('log2_enclosing_parallel_tasks', LOG, 'tasks', 'parallel iterations of the consumer loops around its compute level'),
  f('thread_utilization', 'ratio', '-', 'tasks / (threads x rounds) over own and enclosing parallel loops (1/threads when serial)'),
  // Innermost-loop strides (direct call sites; 0 when inlined).
  f('inner_loads_dense', 'raw', 'call sites', 'loads that step one element along the first dimension per innermost iteration'),
  f('inner_loads_strided', 'raw', 'call sites', 'loads that step further (another dimension, a scale, a gather) per innermost iteration'),
  f('inner_loads_invariant', 'raw', 'call sites', 'loads that stay at one address over the innermost loop'),
  f('inner_store_strided', 'flag', '-', 'the store steps further than one element of the first dimension per innermost iteration'),
  f('inner_store_invariant', 'flag', '-', 'the store stays at one address over the innermost loop (a reduction into one point)'),
  // Vector loads through an inlined boundary condition (0 when inlined or not vectorized).
  f('inner_loads_clamped', 'raw', 'loads', 'loads per point through an inlined boundary condition whose clamped index moves with the vectorized loop (gathers where the clamp stays)'),
  f('clamped_edge_share', 'ratio', '-', 'share of points in the edge iterations of the outermost loop along the vectorized dimension, where loop partitioning leaves the clamp'),
  // Runtime modulo of mirror_interior / repeat_image left in the steady state (0 when inlined).
  f('inner_loads_modulo', 'raw', 'loads', 'loads per point through an inlined mirror_interior or repeat_image at a nonzero offset along its first dimension walked by the innermost loop: Halide 14 keeps their select and runtime modulo in every iteration'),
  // Memory traffic and footprint.
  f('log2_bytes_read_per_point', LOG, 'bytes', 'bytes loaded per point'),
  f('log2_bytes_read', LOG, 'bytes', 'bytes loaded over the pipeline (points computed x per point)'),
  f('log2_bytes_written', LOG, 'bytes', 'bytes stored over the pipeline (0 when inlined)'),
  f('log2_bytes_read_per_realization', LOG, 'bytes', 'bytes loaded by one realization'),
  f('log2_bytes_written_per_realization', LOG, 'bytes', 'bytes stored by one realization'),
  f('log2_storage_bytes', LOG, 'bytes', 'bytes of one allocation of the Func'),
  f('log2_working_set_bytes', LOG, 'bytes', 'own region plus regions read in one realization'),
  f('working_set_fits_l1', 'flag', '-', 'working set <= L1 data cache (32 KiB)'),
  f('working_set_fits_l2', 'flag', '-', 'working set <= L2 cache (1 MiB)'),
  f('working_set_fits_llc', 'flag', '-', 'working set <= last-level cache share (16 MiB)'),
  f('log2_arith_intensity', LOG, 'ops/byte', 'arithmetic ops per byte loaded'),
  f('log2_ops_computed', LOG, 'ops', 'arithmetic ops per point x points computed'),
  // What could not be computed (the matching features above are 0).
  f('unknown_points', 'flag', '-', 'points computed or required unknown (missing estimate)'),
  f('unknown_loops', 'flag', '-', 'some loop extent unknown'),
  f('unknown_memory', 'flag', '-', 'storage or working set unknown'),
  f('schedule_unresolved', 'flag', '-', 'a directive or placement could not be applied as written'),
];

export const GLOBAL_FEATURES: readonly FeatureSpec[] = [
  f('threads', 'raw', 'threads', 'threads the pipeline runs with'),
  f('cores', 'raw', 'cores', 'cores of the machine'),
  f('num_stages', 'raw', 'count', 'stages (nodes) in the pipeline'),
  f('num_realized_stages', 'raw', 'count', 'stages that are not inlined'),
  f('log2_total_points', LOG, 'points', 'points computed by all realized stages'),
  f('log2_total_ops', LOG, 'ops', 'ops of all realized stages'),
  f('log2_total_bytes', LOG, 'bytes', 'bytes loaded and stored by all realized stages'),
  f('log2_input_bytes', LOG, 'bytes', 'bytes of the Input buffers (estimates)'),
  f('log2_output_points', LOG, 'points', 'points of the outputs (estimates)'),
  f('any_unknown', 'flag', '-', 'some stage has an unknown quantity'),
];

export const STAGE_FEATURE_NAMES: readonly string[] = STAGE_FEATURES.map((s) => s.name);
export const GLOBAL_FEATURE_NAMES: readonly string[] = GLOBAL_FEATURES.map((s) => s.name);

/** Cache sizes the working-set features compare against (per core, the collection machine's class). */
export const CACHE_BYTES = { l1: 32 * 1024, l2: 1024 * 1024, llc: 16 * 1024 * 1024 };
/** Native vector width assumed when the graph's target is not known (AVX2's); else the target's (featurize.ts). */
export const VECTOR_BYTES = 32;

export const log2p = (v: number): number => Math.log2(1 + Math.max(0, v));
