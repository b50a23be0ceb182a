// Verification of schedule suggestions on this machine: the current schedule and each candidate are
// JIT-compiled and timed by one bench worker, one after another, so the user sees measured
// speed-ups beside the predicted ones before accepting anything. Cancellable; the worker is always
// closed (no process left behind).
import type { BuildContext } from './build';
import { locateHalide } from './halide';
import { defaultCacheDir } from './profile';
import type { BenchWorker } from './worker';
import { compileGenerator, launchWorker } from './workerBuild';
import type { WorkerSchedule } from './workerProtocol';

export interface VerifyCandidate {
  label: string;
  /** The cost model's total, for the report. */
  predictedMs: number | null;
  schedule: WorkerSchedule;
}

export interface VerifiedCandidate extends VerifyCandidate {
  /** Fastest of the timed repetitions (as the training labels), null when it failed. */
  measuredMs: number | null;
  /** (max - min) / median of the repetitions: how steady the machine was. */
  spread: number | null;
  error: string | null;
}

export interface VerifyOptions {
  params?: Record<string, string>;
  threads: number;
  includeDirs?: string[];
  extraSources?: string[];
  cacheDir?: string;
  halideRoot?: string | null;
  target?: string;
  signal?: AbortSignal;
  /** Per candidate: compile and timing (default 60 s). */
  timeoutMs?: number;
  /** Timed repetitions per candidate (default 5). */
  reps?: number;
  onProgress?: (done: number, total: number, label: string) => void;
}

export async function verifySchedules(file: string, generator: string, candidates: VerifyCandidate[], opts: VerifyOptions): Promise<VerifiedCandidate[]> {
  const tc = locateHalide(opts.halideRoot);
  const ctx: BuildContext = { tc, cacheDir: opts.cacheDir ?? defaultCacheDir(), signal: opts.signal };
  const objs = await compileGenerator(ctx, file, opts);
  const worker: BenchWorker = await launchWorker(ctx, objs.map((o) => o.objectPath), generator, { target: opts.target });
  const out: VerifiedCandidate[] = [];
  try {
    for (const c of candidates) {
      if (opts.signal?.aborted) throw opts.signal.reason ?? new Error('verification cancelled');
      opts.onProgress?.(out.length, candidates.length, c.label);
      const r = await worker.request({
        generator, params: opts.params, schedule: c.schedule, threads: opts.threads, reps: opts.reps ?? 5, min_rep_ms: 10, max_total_ms: 10_000,
        // Sizes the generator leaves unestimated are guessed as the prediction guessed them (halide/sizing.ts).
        guess_estimates: true,
        // Candidates are read by the static front end: unnamed Funcs named as a fresh process names them.
        fresh_names: true,
        // A candidate is a whole schedule: measured on the algorithm alone, not over the one the
        // generator sets unconditionally (which "hand", the current schedule, measures).
        reset_schedule: c.schedule.kind === 'directives',
      }, { timeoutMs: opts.timeoutMs ?? 60_000, signal: opts.signal });
      out.push(r.ok
        ? { ...c, measuredMs: Math.min(...r.times_ms), spread: r.spread, error: null }
        : { ...c, measuredMs: null, spread: null, error: r.error.split('\n')[0].slice(0, 300) });
    }
    opts.onProgress?.(out.length, candidates.length, 'done');
  } finally {
    await worker.close({ force: Boolean(opts.signal?.aborted) });
  }
  return out;
}
