// Process running for the toolchain: compilers, generators, autoschedulers and
// benchmarks. Each child gets its own process group so a timeout or a cancel
// also kills whatever it forked (g++ -> cc1plus, GenGen -> nothing left behind).

import { spawn } from 'node:child_process';
import { memoryCapBytes, overCapMessage, watchMemory } from './memoryWatch';

export interface RunOptions {
  /** Kill the process group after this many ms (default: no timeout). */
  timeoutMs?: number;
  cwd?: string;
  /** Full environment for the child (default: inherit process.env). */
  env?: NodeJS.ProcessEnv;
  /** Aborting kills the process group. */
  signal?: AbortSignal;
  /** Output beyond this many bytes per stream is dropped (default 32 MiB). */
  maxOutputBytes?: number;
  /** Stop the process group when its resident memory passes this (default memoryCapBytes()). */
  memoryCapBytes?: number;
}

export interface RunResult {
  /** Exit code, or null if killed by a signal or never started. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
  cancelled: boolean;
  /** Stopped for passing the memory cap: the resident bytes seen and the cap. */
  outOfMemory?: { rssBytes: number; capBytes: number };
  /** Set when the process could not be started (e.g. ENOENT). */
  error?: string;
}

const KILL_GRACE_MS = 2000;
const live = new Set<number>();
let exitHookInstalled = false;

function killGroup(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pid, sig); // negative pid: the whole group
  } catch {
    // Group already gone.
  }
}

/** Children are detached (own group), so make sure they die with us. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const pid of live) killGroup(pid, 'SIGKILL');
  });
}

/** Runs cmd; never rejects: failures are reported in the result. */
export function run(cmd: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const start = performance.now();
  const cap = opts.maxOutputBytes ?? 32 * 1024 * 1024;
  installExitHook();

  return new Promise<RunResult>((resolve) => {
    const result: RunResult = {
      code: null, signal: null, stdout: '', stderr: '', ms: 0, timedOut: false, cancelled: false,
    };
    if (opts.signal?.aborted) {
      result.cancelled = true;
      resolve(result);
      return;
    }
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let errBytes = 0;
    child.stdout.on('data', (b: Buffer) => {
      if (outBytes < cap) out.push(b);
      outBytes += b.length;
    });
    child.stderr.on('data', (b: Buffer) => {
      if (errBytes < cap) err.push(b);
      errBytes += b.length;
    });

    let timer: NodeJS.Timeout | undefined;
    let graceTimer: NodeJS.Timeout | undefined;
    const stop = (why: 'timeout' | 'cancel' | 'memory'): void => {
      if (why === 'timeout') result.timedOut = true;
      else if (why === 'cancel') result.cancelled = true;
      if (child.pid === undefined) return;
      const pid = child.pid;
      killGroup(pid, 'SIGTERM');
      graceTimer = setTimeout(() => killGroup(pid, 'SIGKILL'), KILL_GRACE_MS);
    };
    if (opts.timeoutMs !== undefined && opts.timeoutMs > 0) {
      timer = setTimeout(() => stop('timeout'), opts.timeoutMs);
    }
    const onAbort = (): void => stop('cancel');
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    if (child.pid !== undefined) live.add(child.pid);
    const capBytes = opts.memoryCapBytes ?? memoryCapBytes();
    const unwatch = child.pid === undefined ? () => {} : watchMemory(child.pid, capBytes, (rssBytes) => {
      result.outOfMemory = { rssBytes, capBytes };
      stop('memory');
    });

    let settled = false;
    const finish = (): void => {
      if (settled) return;
      settled = true;
      unwatch();
      if (timer) clearTimeout(timer);
      if (graceTimer) clearTimeout(graceTimer);
      opts.signal?.removeEventListener('abort', onAbort);
      if (child.pid !== undefined) live.delete(child.pid);
      result.stdout = Buffer.concat(out).toString('utf8');
      result.stderr = Buffer.concat(err).toString('utf8');
      if (outBytes > cap) result.stdout += `\n[... ${outBytes - cap} bytes of stdout dropped]`;
      if (errBytes > cap) result.stderr += `\n[... ${errBytes - cap} bytes of stderr dropped]`;
      result.ms = performance.now() - start;
      resolve(result);
    };
    child.on('error', (e: Error) => {
      result.error = e.message;
      finish();
    });
    child.on('close', (code: number | null, sig: NodeJS.Signals | null) => {
      result.code = code;
      result.signal = sig;
      // The leader exited; sweep any grandchildren it left in the group.
      if (child.pid !== undefined && (result.timedOut || result.cancelled || result.outOfMemory)) killGroup(child.pid, 'SIGKILL');
      finish();
    });
  });
}

/** One-line summary of a failed run, for error messages. */
export function describeFailure(cmd: string, r: RunResult): string {
  if (r.error) return `${cmd}: could not start: ${r.error}`;
  if (r.timedOut) return `${cmd}: timed out after ${Math.round(r.ms)} ms`;
  if (r.outOfMemory) return `${cmd}: stopped after ${Math.round(r.ms)} ms: ${overCapMessage(r.outOfMemory.rssBytes, r.outOfMemory.capBytes)}`;
  if (r.cancelled) return `${cmd}: cancelled`;
  if (r.signal) return `${cmd}: killed by ${r.signal}`;
  return `${cmd}: exited with code ${r.code}`;
}

/** Caps how many jobs run at once (FIFO); used for g++ so 2 cores aren't oversubscribed. */
export class Limiter {
  private active = 0;
  private readonly queue: Array<() => void> = [];

  constructor(private readonly max: number) {}

  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) {
      await new Promise<void>((wake) => this.queue.push(wake));
    } else {
      this.active++;
    }
    try {
      return await job();
    } finally {
      const next = this.queue.shift();
      if (next) next(); // hand our slot straight to the next job
      else this.active--;
    }
  }
}
