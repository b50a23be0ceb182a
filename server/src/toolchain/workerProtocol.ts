// The bench worker's wire protocol (native/bench_worker.cpp): one JSON line per request and per
// response. Plain types only, shared by the client (worker.ts) and the collector that builds requests.
import type { PipelineDump } from './dumpFormat';
import type { Autoscheduler } from './halide';

export type TailStrategyName =
  | 'RoundUp' | 'GuardWithIf' | 'Predicate' | 'PredicateLoads' | 'PredicateStores' | 'ShiftInwards' | 'Auto';
export type MemoryTypeName = 'Auto' | 'Heap' | 'Stack' | 'Register' | 'LockedCache';

/** One argument of a scheduling directive. Vars are matched by name, as Halide does. */
export type DirectiveArg =
  | { var: string }
  | { rvar: string }
  | { int: number }
  | { float: number }
  | { tail: TailStrategyName }
  | { memory: MemoryTypeName }
  | { func: string }
  | { list: DirectiveArg[] }
  | { bool: boolean };

/**
 * Directive names the worker implements. Stage directives (any stage): split,
 * fuse, tile (6..9 args or list forms), reorder (vars or one list), rename,
 * vectorize/unroll/parallel (var[, factor[, tail]]), serial, atomic([bool]),
 * allow_race_conditions, compute_with(func, var), prefetch(func|input, var[, offset]).
 * Func directives (stage 0 only): compute_root, compute_inline, compute_at(func, var),
 * store_root, store_at(func, var), store_in(memory), bound(var, min, extent),
 * bound_extent(var, extent), align_bounds(var, mod[, rem]), reorder_storage(vars | list),
 * align_storage(var, n), fold_storage(var, n[, fold_forward]), async, memoize.
 */
export type DirectiveName =
  | 'split' | 'fuse' | 'tile' | 'reorder' | 'rename' | 'vectorize' | 'unroll' | 'parallel' | 'serial'
  | 'atomic' | 'allow_race_conditions' | 'compute_with' | 'prefetch'
  | 'compute_root' | 'compute_inline' | 'compute_at' | 'store_root' | 'store_at' | 'store_in' | 'bound'
  | 'bound_extent' | 'align_bounds' | 'reorder_storage' | 'align_storage' | 'fold_storage' | 'async' | 'memoize';

export interface WorkerDirective {
  /** Halide Func name as a fresh process names it ("blur_x"; "blur_x$3" is found too). */
  func: string;
  /** 0 = pure definition, k + 1 = update(k). */
  stage: number;
  name: DirectiveName | (string & {});
  args: DirectiveArg[];
}

export type WorkerSchedule =
  /** The generator's own schedule (auto_schedule=false). */
  | { kind: 'hand' }
  /**
   * The generator built for an autoscheduler (auto_schedule=true skips a hand branch it guards), then
   * these, in order; with reset_schedule, what it schedules unguarded is cleared first.
   */
  | { kind: 'directives'; directives: WorkerDirective[] }
  /** An autoscheduler plugin; env is set around auto_schedule() only (HL_BEAM_SIZE, HL_SEED, ...). */
  | { kind: 'autoscheduler'; name: Autoscheduler; env?: Record<string, string> };

export interface BenchRequest {
  /** Assigned by the client when missing. */
  id?: string;
  cmd?: 'bench';
  /** Registered generator name. */
  generator: string;
  /** GeneratorParams, key=value. */
  params?: Record<string, string | number | boolean>;
  schedule: WorkerSchedule;
  /** Halide thread pool size; 0 or absent = Halide's default (the number of cores). */
  threads?: number;
  /** Timed repetitions (default 7); the median of them is the sample. */
  reps?: number;
  /** Each repetition loops the pipeline until it has run this long (default 20 ms). */
  min_rep_ms?: number;
  /** Stop adding repetitions once warm-up + repetitions exceed this (default 20000). */
  max_total_ms?: number;
  /** Return Adams2019's featurization (base64) when it ran. */
  featurize?: boolean;
  /**
   * Also return the pipeline as scheduled, in pipeline_dump's format (dumpFormat.ts): the exact graph
   * a sample measured, for generators the static front end can't read.
   */
  dump?: boolean;
  /**
   * Guess the estimates the generator leaves unset (outputs and input buffers at about a million
   * elements, scalars at their defaults) instead of refusing it; the response lists each guess.
   */
  guess_estimates?: boolean;
  /**
   * The directives name unnamed Funcs as a fresh process does (f0, f1 ... in construction order, as
   * the static front end and GenGen name them); the worker maps them to its own build's names. Leave
   * unset for names taken from the worker's own pipeline dump.
   */
  fresh_names?: boolean;
  /**
   * Directives are the whole schedule: clear the generator's own first (reset_schedule.h), as the
   * worker always does before an autoscheduler, which Halide refuses on stages already scheduled.
   */
  reset_schedule?: boolean;
  /** Only run the schedule step and return its source (a ScheduleOnlyResult): no compile, no timing. */
  schedule_only?: boolean;
  /**
   * Hard limit the worker enforces by killing the benchmarking child (fork mode;
   * the worker stays up). Set by the client from the request's timeout.
   */
  timeout_ms?: number;
}

export interface PingRequest {
  id?: string;
  cmd: 'ping';
}

export type WorkerRequest = BenchRequest | PingRequest;

/** Fields the client adds to every response. */
interface ClientFields {
  /** Send-to-response wall time in the client (includes fork, queueing excluded). */
  wall_ms: number;
}

/** The answer to a schedule_only request. */
export interface ScheduleOnlyResult extends ClientFields {
  id: string;
  ok: true;
  schedule_only: true;
  schedule_ms: number;
  schedule_source: string | null;
  adams2019_cost: number | null;
  /** When the request set `dump`. */
  dump?: PipelineDump;
  /** The estimates guessed, when the request set `guess_estimates` ("output f: 1024x1024x?"). */
  guessed_estimates?: string[];
}

export interface BenchResult extends ClientFields {
  id: string;
  ok: true;
  generator: string;
  schedule_kind: WorkerSchedule['kind'];
  /** Pipeline::compile_jit. */
  compile_ms: number;
  /** auto_schedule() or applying the directives; ~0 for hand schedules. */
  schedule_ms: number;
  /** Creating the generator and building its pipeline. */
  build_ms: number;
  /** Warm-up plus timed repetitions. */
  bench_ms: number;
  /** The untimed warm-up run (includes first-touch of buffers, thread pool start). */
  first_run_ms: number;
  /** Per-iteration ms of every timed repetition, in order (all kept). */
  times_ms: number[];
  /** CPU time / wall time of each repetition (parallel to times_ms): below `threads` = contention or serial code. */
  cpu_per_rep: number[];
  median_ms: number;
  min_ms: number;
  max_ms: number;
  /** (max - min) / median. */
  spread: number;
  /** Thread pool size in force (after Halide's clamping / default). */
  threads: number;
  iterations_per_rep: number;
  /** CPU time / wall time over the timed repetitions: ~threads when the machine was free. */
  cpu_utilization: number;
  /** OS threads of the benchmarking process after the run (main + pool workers). */
  os_threads: number;
  /** max_total_ms cut the repetitions short. */
  truncated: boolean;
  /** The autoscheduler's schedule as C++ source (null for hand/directives). */
  schedule_source: string | null;
  /** Adams2019's predicted cost ("Best cost: X" on its stderr). */
  adams2019_cost: number | null;
  /** Adams2019's featurization, base64, when featurize was set. */
  featurization: string | null;
  /** The pipeline as scheduled, when the request set `dump`. */
  dump?: PipelineDump;
  /** The estimates guessed, when the request set `guess_estimates` ("output f: 1024x1024x?"). */
  guessed_estimates?: string[];
  /** [1-minute load average] read just before timing. */
  load: number[];
  /** Extents of each output buffer. */
  output_shapes: number[][];
  /** Whole request inside the worker. */
  total_ms: number;
}

export interface PingResult extends ClientFields {
  id: string;
  ok: true;
  generators: string[];
  target: string;
  pid: number;
  /** Requests run in a forked child (fresh Halide state per request). */
  fork: boolean;
}

export interface WorkerFailure extends ClientFields {
  id: string;
  ok: false;
  error: string;
  /** The benchmarking child (fork mode) died; the worker itself lives on. */
  crashed?: boolean;
  /**
   * The request ran out of time. In fork mode the worker killed the benchmarking
   * child and lives on; otherwise (or if it didn't answer) the client killed the
   * worker, which is restarted for the next request.
   */
  timed_out?: boolean;
  /** Last lines the worker wrote to stderr during this request (on failures). */
  stderr_tail?: string;
}

export type BenchResponse = BenchResult | WorkerFailure;
export type PingResponse = PingResult | WorkerFailure;
