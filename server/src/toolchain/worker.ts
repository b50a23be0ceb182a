// The measurement engine's client: a long-lived bench_worker process per set
// of generators (native/bench_worker.cpp) that JIT-compiles and benchmarks one
// schedule per request, ~1 s per sample instead of a GenGen + link + RunGen
// cycle. Requests are JSON lines, one in flight at a time; a request that runs
// past its timeout kills the worker (it is restarted for the next request), and
// a crashed worker is restarted the same way.

import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BuildContext, compileObject, ExeResult, linkExecutable, ObjectResult } from './build';
import { MACHINE_PARAMS } from './generate';
import { Autoscheduler } from './halide';
import { hostTarget } from './target';

// ------------------------------------------------------------ protocol ----

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
  /** A clean pipeline (auto_schedule=true skips the hand branch), then these, in order. */
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

// ---------------------------------------------------------------- build ----

/** -O2: the worker's own code (JSON, buffer fill) is trivial, but it's one compile per install. */
export const BENCH_WORKER_FLAGS = ['-std=c++17', '-O2', '-g0', '-fdiagnostics-color=never'];

const WORKER_SOURCE_REL = path.join('server', 'src', 'toolchain', 'native', 'bench_worker.cpp');

/** native/bench_worker.cpp from the source tree, out/ or dist/ (searches upwards). */
export function benchWorkerSource(): string {
  const candidates: string[] = [path.join(__dirname, 'native', 'bench_worker.cpp')];
  for (const start of [__dirname, process.cwd()]) {
    for (let d = start; d !== path.dirname(d); d = path.dirname(d)) candidates.push(path.join(d, WORKER_SOURCE_REL));
  }
  const hit = candidates.find((c) => fs.existsSync(c));
  if (!hit) throw new Error(`cannot find ${WORKER_SOURCE_REL} above ${__dirname} or ${process.cwd()}`);
  return hit;
}

/** The folder of our native headers (json.h, the worker's parts): beside bench_worker.cpp. */
export function nativeDir(): string {
  return path.dirname(benchWorkerSource());
}

/**
 * The headers `source` includes with quotes that exist in its own folder or in `includeDirs`,
 * transitively, in first-seen order. ("Halide.h" is not among them: it lives elsewhere.)
 */
export function localIncludes(source: string, includeDirs: string[] = []): string[] {
  const found: string[] = [];
  const visit = (file: string): void => {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^[ \t]*#[ \t]*include[ \t]*"([^"]+)"/gm)) {
      const hit = [path.dirname(file), ...includeDirs].map((d) => path.resolve(d, m[1])).find((p) => fs.existsSync(p));
      if (hit && !found.includes(hit)) {
        found.push(hit);
        visit(hit);
      }
    }
  };
  visit(source);
  return found;
}

/**
 * One of our native programs (bench_worker.cpp, test/halide/pipeline_dump.cpp) -> object file.
 * compileObject's cache key covers the source text and the flags but not the headers it
 * includes, so their names and contents are hashed into a define that nothing reads: editing a
 * header changes the flags, hence the key, hence a rebuild.
 */
export function compileNative(ctx: BuildContext, source: string, includeDirs: string[] = []): Promise<ObjectResult> {
  const flags = [...BENCH_WORKER_FLAGS, ...includeDirs.map((d) => `-I${d}`)];
  return compileObject(ctx, source, { flags, dependencies: localIncludes(source, includeDirs) });
}

export interface BuildWorkerOptions {
  /** bench_worker.cpp to use (default: benchWorkerSource()); its headers are read from beside it. */
  source?: string;
}

/** bench_worker.cpp (compiled once per install, cached) linked with self-registering generator objects. */
export async function buildWorker(
  ctx: BuildContext,
  generatorObjects: string[],
  name: string,
  opts: BuildWorkerOptions = {},
): Promise<ExeResult> {
  const main = await compileNative(ctx, opts.source ?? benchWorkerSource());
  return linkExecutable(ctx, `${name}.bench_worker`, [main.objectPath, ...generatorObjects]);
}

// --------------------------------------------------------------- client ----

export interface WorkerOptions {
  /** Directory of libautoschedule_*.so (HalideToolchain.pluginDir). Default: the worker's Debian default. */
  pluginDir?: string;
  /** MachineParams for the autoschedulers (default MACHINE_PARAMS, as GenGen runs use). */
  machineParams?: string;
  /** Run each request in a forked child (default true): fresh Func names, crash isolation. */
  fork?: boolean;
  /** Worker environment. Default: process.env without HL_* (requests carry their own knobs). */
  env?: NodeJS.ProcessEnv;
  /** Per-request timeout when request() is not given one (default 300 s). */
  timeoutMs?: number;
  /**
   * Fork mode: the worker enforces the timeout itself (killing only the
   * benchmarking child); the client kills the whole worker only if no answer
   * comes this long after the timeout (default 5 s).
   */
  timeoutGraceMs?: number;
  /** Receives the worker's stderr (logs, autoscheduler output) as it arrives. */
  onStderr?: (text: string) => void;
}

export interface RequestOptions {
  timeoutMs?: number;
  /** Aborting a queued request drops it; aborting a running one kills (and later restarts) the worker. */
  signal?: AbortSignal;
}

interface Pending {
  req: WorkerRequest & { id: string };
  opts: RequestOptions;
  resolve: (r: BenchResponse | PingResponse) => void;
  onAbort?: () => void;
}

interface InFlight extends Pending {
  start: number;
  timer?: NodeJS.Timeout;
  proc: ChildProcess;
}

const STDERR_TAIL_BYTES = 16 * 1024;
const QUIT_GRACE_MS = 5000;
const live = new Set<ChildProcess>();
let exitHookInstalled = false;

function killTree(proc: ChildProcess, sig: NodeJS.Signals = 'SIGKILL'): void {
  if (proc.pid === undefined) return;
  try {
    process.kill(-proc.pid, sig); // own process group: the worker and any forked child
  } catch {
    try {
      proc.kill(sig);
    } catch {
      // already gone
    }
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const p of live) killTree(p);
  });
}

function tail(text: string, maxLines = 40): string {
  const lines = text.trimEnd().split('\n');
  return lines.slice(-maxLines).join('\n');
}

function defaultEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('HL_')) env[k] = v;
  return env;
}

export class BenchWorker {
  private proc: ChildProcess | null = null;
  private stdoutBuf = '';
  private recentStderr = '';
  private requestStderr = '';
  private current: InFlight | null = null;
  private readonly queue: Pending[] = [];
  private seq = 0;
  private spawns = 0;
  private closing = false;
  private closed = false;
  /** Whether the worker runs requests in forked children (its ping says; it may refuse to fork). */
  private forks: boolean;
  private readonly args: string[];

  private constructor(
    readonly exe: string,
    readonly target: string,
    private readonly opts: WorkerOptions,
  ) {
    this.args = ['--target', target, '--machine-params', opts.machineParams ?? MACHINE_PARAMS];
    if (opts.pluginDir) this.args.push('--plugin-dir', opts.pluginDir);
    if (opts.fork === false) this.args.push('--no-fork');
    this.forks = opts.fork !== false;
  }

  /** Starts the worker and waits for it to answer a ping (rejects if it can't). */
  static async start(exe: string, target: string, opts: WorkerOptions = {}): Promise<BenchWorker> {
    const w = new BenchWorker(exe, target, opts);
    const r = await w.ping({ timeoutMs: opts.timeoutMs ?? 60_000 });
    if (!r.ok) {
      await w.close({ force: true });
      throw new Error(`bench worker ${path.basename(exe)} did not start: ${r.error}${r.stderr_tail ? `\n${r.stderr_tail}` : ''}`);
    }
    w.generators = r.generators;
    w.forks = r.fork;
    return w;
  }

  /** Registered generators, from the start-up ping. */
  generators: string[] = [];

  /** How many times the worker process was (re)started after the first. */
  get restarts(): number {
    return Math.max(0, this.spawns - 1);
  }

  /** The last ~16 KB the worker (any incarnation) wrote to stderr. */
  get stderrTail(): string {
    return this.recentStderr;
  }

  /** pid of the running worker process, if any. */
  get pid(): number | undefined {
    return this.proc?.pid;
  }

  ping(opts: RequestOptions = {}): Promise<PingResponse> {
    return this.request({ cmd: 'ping' }, opts) as Promise<PingResponse>;
  }

  request(req: BenchRequest, opts?: RequestOptions): Promise<BenchResponse>;
  request(req: PingRequest, opts?: RequestOptions): Promise<PingResponse>;
  request(req: WorkerRequest, opts: RequestOptions = {}): Promise<BenchResponse | PingResponse> {
    const id = req.id ?? `r${++this.seq}`;
    return new Promise((resolve) => {
      const fail = (error: string): void => resolve({ id, ok: false, error, wall_ms: 0 });
      if (this.closing || this.closed) return fail('worker closed');
      if (opts.signal?.aborted) return fail('cancelled');
      const p: Pending = { req: { ...req, id }, opts, resolve };
      if (opts.signal) {
        p.onAbort = () => this.abort(p);
        opts.signal.addEventListener('abort', p.onAbort, { once: true });
      }
      this.queue.push(p);
      this.pump();
    });
  }

  /**
   * Stops the worker. Queued requests fail with 'worker closed'; the one in
   * flight finishes first unless force is set (then it fails too).
   */
  async close(opts: { force?: boolean } = {}): Promise<void> {
    if (this.closed) return;
    this.closing = true;
    for (const p of this.queue.splice(0)) this.settle(p, { id: p.req.id, ok: false, error: 'worker closed', wall_ms: 0 });
    if (this.current) {
      if (opts.force) {
        const c = this.current;
        this.finish({ id: c.req.id, ok: false, error: 'worker closed', wall_ms: performance.now() - c.start });
        killTree(c.proc);
      } else {
        await new Promise<void>((done) => {
          const wait = (): void => (this.current ? void setTimeout(wait, 10) : done());
          wait();
        });
      }
    }
    this.closed = true;
    const proc = this.proc;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    await new Promise<void>((done) => {
      const timer = setTimeout(() => killTree(proc), opts.force ? 0 : QUIT_GRACE_MS);
      proc.once('exit', () => {
        clearTimeout(timer);
        done();
      });
      try {
        proc.stdin?.end(JSON.stringify({ id: 'quit', cmd: 'quit' }) + '\n');
      } catch {
        killTree(proc);
      }
    });
  }

  // ------------------------------------------------------------ internals --

  private spawnProcess(): ChildProcess {
    installExitHook();
    const proc = spawn(this.exe, this.args, {
      env: this.opts.env ?? defaultEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true, // own group: a timeout kill takes the forked child along
    });
    this.spawns++;
    this.stdoutBuf = '';
    live.add(proc);
    proc.stdout?.setEncoding('utf8');
    proc.stderr?.setEncoding('utf8');
    proc.stdout?.on('data', (chunk: string) => this.onStdout(proc, chunk));
    proc.stderr?.on('data', (chunk: string) => {
      this.recentStderr = (this.recentStderr + chunk).slice(-STDERR_TAIL_BYTES);
      this.requestStderr = (this.requestStderr + chunk).slice(-STDERR_TAIL_BYTES);
      this.opts.onStderr?.(chunk);
    });
    proc.stdin?.on('error', () => {
      // EPIPE when the worker died; its 'exit' handler reports that.
    });
    proc.on('error', (e: Error) => {
      live.delete(proc);
      if (this.proc === proc) this.proc = null;
      if (this.current?.proc === proc) {
        const c = this.current;
        this.finish({ id: c.req.id, ok: false, error: `worker failed to start: ${e.message}`, wall_ms: performance.now() - c.start });
      }
    });
    // 'close' (not 'exit'): stdout/stderr are drained by then, so a response
    // written just before dying is still seen and the stderr tail is complete.
    proc.on('close', (code: number | null, signal: NodeJS.Signals | null) => {
      live.delete(proc);
      if (this.proc === proc) this.proc = null;
      if (this.current?.proc === proc) {
        const c = this.current;
        const how = signal ? `killed by ${signal}` : `exit code ${code}`;
        const stderr = tail(this.requestStderr, 20);
        this.finish({
          id: c.req.id,
          ok: false,
          error: `worker crashed: ${how}${stderr ? `: ${tail(stderr, 3).replace(/\n/g, ' | ')}` : ''}`,
          stderr_tail: stderr,
          wall_ms: performance.now() - c.start,
        });
      }
    });
    return proc;
  }

  private onStdout(proc: ChildProcess, chunk: string): void {
    if (proc !== this.proc) return;
    this.stdoutBuf += chunk;
    let nl: number;
    while ((nl = this.stdoutBuf.indexOf('\n')) >= 0) {
      const line = this.stdoutBuf.slice(0, nl).trim();
      this.stdoutBuf = this.stdoutBuf.slice(nl + 1);
      if (!line) continue;
      let msg: unknown;
      try {
        msg = JSON.parse(line);
      } catch {
        this.opts.onStderr?.(`[bench worker stdout, not JSON] ${line}\n`);
        continue;
      }
      const c = this.current;
      const m = msg as { id?: unknown; ok?: unknown };
      if (!c || typeof m !== 'object' || m === null || m.id !== c.req.id || typeof m.ok !== 'boolean') {
        this.opts.onStderr?.(`[bench worker: unexpected response] ${line.slice(0, 200)}\n`);
        continue;
      }
      const r = { ...(msg as BenchResponse), wall_ms: performance.now() - c.start };
      if (!r.ok) r.stderr_tail = tail(this.requestStderr, 20);
      this.finish(r);
    }
  }

  private pump(): void {
    if (this.current || this.closed) return;
    const next = this.queue.shift();
    if (!next) return;
    if (!this.proc) {
      this.proc = this.spawnProcess();
    }
    const proc = this.proc;
    this.requestStderr = '';
    const c: InFlight = { ...next, start: performance.now(), proc };
    this.current = c;
    const timeoutMs = next.opts.timeoutMs ?? this.opts.timeoutMs ?? 300_000;
    const limited = timeoutMs > 0 && Number.isFinite(timeoutMs);
    let line = next.req as WorkerRequest;
    let clientMs = timeoutMs;
    if (limited && next.req.cmd !== 'ping' && this.forks) {
      // The worker kills just the benchmarking child at timeoutMs and answers
      // {ok:false, error:'timeout'}; the client timer is the backstop.
      line = { ...(next.req as BenchRequest), timeout_ms: timeoutMs };
      clientMs = timeoutMs + (this.opts.timeoutGraceMs ?? 5000);
    }
    if (limited) {
      c.timer = setTimeout(() => {
        if (this.current !== c) return;
        this.finish({
          id: c.req.id,
          ok: false,
          error: 'timeout',
          timed_out: true,
          stderr_tail: tail(this.requestStderr, 20),
          wall_ms: performance.now() - c.start,
        });
        this.kill(proc);
      }, clientMs);
    }
    proc.stdin?.write(JSON.stringify(line) + '\n');
  }

  /** Kills a worker process; the next request starts a new one. */
  private kill(proc: ChildProcess): void {
    if (this.proc === proc) this.proc = null;
    killTree(proc);
  }

  private abort(p: Pending): void {
    const i = this.queue.indexOf(p);
    if (i >= 0) {
      this.queue.splice(i, 1);
      this.settle(p, { id: p.req.id, ok: false, error: 'cancelled', wall_ms: 0 });
      return;
    }
    const c = this.current;
    if (c && c.req === p.req) {
      this.finish({ id: c.req.id, ok: false, error: 'cancelled', wall_ms: performance.now() - c.start });
      this.kill(c.proc);
    }
  }

  private settle(p: Pending, r: BenchResponse | PingResponse): void {
    if (p.onAbort) p.opts.signal?.removeEventListener('abort', p.onAbort);
    p.resolve(r);
  }

  private finish(r: BenchResponse | PingResponse): void {
    const c = this.current;
    if (!c) return;
    this.current = null;
    if (c.timer) clearTimeout(c.timer);
    this.settle(c, r);
    // Next request on a fresh tick, so callers see this response first.
    setImmediate(() => this.pump());
  }
}

export interface LaunchOptions extends WorkerOptions {
  /** Target string; default: the sanitized host target (never plain "host"). */
  target?: string;
}

/** buildWorker + the sanitized host target + BenchWorker.start, with the install's plugin dir. */
export async function launchWorker(
  ctx: BuildContext,
  generatorObjects: string[],
  name: string,
  opts: LaunchOptions = {},
): Promise<BenchWorker> {
  const exe = await buildWorker(ctx, generatorObjects, name);
  const target = opts.target ?? (await hostTarget(ctx)).target;
  return BenchWorker.start(exe.exePath, target, { pluginDir: ctx.tc.pluginDir, ...opts });
}
