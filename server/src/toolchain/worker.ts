// The measurement engine's client: a long-lived bench_worker process per set
// of generators (native/bench_worker.cpp) that JIT-compiles and benchmarks one
// schedule per request, ~1 s per sample instead of a GenGen + link + RunGen
// cycle. Requests are JSON lines, one in flight at a time; a request that runs
// past its timeout kills the worker (it is restarted for the next request), and
// a crashed worker is restarted the same way.

import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { MACHINE_PARAMS } from './generate';
import { memoryCapBytes, overCapMessage, watchMemory } from './memoryWatch';
import { defaultEnv, killTree, tail, track, untrack } from './workerProcess';
import type { BenchRequest, BenchResponse, PingRequest, PingResponse, WorkerRequest } from './workerProtocol';

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
  /** Resident memory the worker and its request's child may reach (default memoryCapBytes()). */
  memoryCapBytes?: number;
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
  unwatch?: () => void;
}

const STDERR_TAIL_BYTES = 16 * 1024;
const QUIT_GRACE_MS = 5000;

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
    const proc = spawn(this.exe, this.args, {
      env: this.opts.env ?? defaultEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true, // own group: a timeout kill takes the forked child along
    });
    this.spawns++;
    this.stdoutBuf = '';
    track(proc);
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
      untrack(proc);
      if (this.proc === proc) this.proc = null;
      if (this.current?.proc === proc) {
        const c = this.current;
        this.finish({ id: c.req.id, ok: false, error: `worker failed to start: ${e.message}`, wall_ms: performance.now() - c.start });
      }
    });
    // 'close' (not 'exit'): stdout/stderr are drained by then, so a response
    // written just before dying is still seen and the stderr tail is complete.
    proc.on('close', (code: number | null, signal: NodeJS.Signals | null) => {
      untrack(proc);
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
    // An autoscheduler or a benchmark past the memory cap: the worker goes (the next request starts
    // a new one) and the request says why.
    const capBytes = this.opts.memoryCapBytes ?? memoryCapBytes();
    if (proc.pid !== undefined) {
      c.unwatch = watchMemory(proc.pid, capBytes, (rssBytes) => {
        if (this.current !== c) return;
        this.finish({
          id: c.req.id, ok: false, error: `out of memory: the worker was stopped: ${overCapMessage(rssBytes, capBytes)}`,
          stderr_tail: tail(this.requestStderr, 20), wall_ms: performance.now() - c.start,
        });
        this.kill(proc);
      });
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
    c.unwatch?.();
    this.settle(c, r);
    // Next request on a fresh tick, so callers see this response first.
    setImmediate(() => this.pump());
  }
}
