// "Profile on this machine": compile a generator with the real Halide toolchain for the host with
// Halide's sampling profiler (`-profile`), benchmark it on its estimated input sizes with RunGen,
// and read the profiler's per-Func report. Inlined Funcs are computed inside their consumers, so
// they have no time of their own; the report says which ones.
import * as os from 'node:os';
import * as path from 'node:path';
import type { GeneratorGraph } from '../halide/graph';
import { buildGenGen, type BuildContext } from './build';
import { compileGenerator } from './workerBuild';
import { GenerateError, generateLibrary, linkRunGen, runBenchmark, withAskedParams } from './generate';
import { describer, sizeFix, unestimatedInputs, withFix } from './runGenSizes';
import { AUTOSCHEDULER_REGISTERED_NAME, locateHalide, pluginPath, type Autoscheduler } from './halide';
import { hostTarget } from './target';
import { buildFromAlgorithmPlugin, buildSchedulePlugin } from './schedulePlugin';

export interface FuncProfile {
  /** Halide Func name as the profiler reports it. */
  func: string;
  /** Milliseconds per pipeline run, averaged over the profiled runs. */
  ms: number;
  /** Share of the pipeline's time, 0..1. */
  share: number;
  /** Average threads busy while this Func ran. */
  threads: number;
  peakBytes: number | null;
}

export interface ProfilerReport {
  pipeline: string;
  totalMs: number;
  runs: number;
  samples: number;
  averageThreads: number;
  funcs: FuncProfile[];
  /** Runtime entries (halide_malloc, halide_free, overhead) kept apart from the pipeline's Funcs. */
  runtime: FuncProfile[];
}

export class ProfileError extends Error {
  constructor(message: string, readonly step: 'compile' | 'generate' | 'link' | 'run' | 'parse') {
    super(message);
    this.name = 'ProfileError';
  }
}

const NUM = '([0-9.eE+-]+)';

/**
 * Entries that are not Funcs: the runtime's allocator calls, and slot 0, "overhead", which the
 * runtime prints only when a sample landed outside every Func (so it comes and goes between runs).
 */
function isRuntimeEntry(name: string): boolean {
  return name.startsWith('halide_') || name === 'overhead';
}

/** Parse Halide 14's profiler report (printed through halide_print on stdout at exit). */
export function parseProfilerReport(text: string): ProfilerReport | null {
  const lines = text.split('\n').map((l) => l.replace(/^halide_print:\s?/, ''));
  const head = lines.findIndex((l) => new RegExp(`^\\s*total time:\\s*${NUM} ms`).test(l));
  if (head < 1) return null;
  const total = new RegExp(`total time:\\s*${NUM} ms\\s+samples:\\s*(\\d+)\\s+runs:\\s*(\\d+)\\s+time/run:\\s*${NUM} ms`).exec(lines[head]);
  if (!total) return null;
  const threads = new RegExp(`average threads used:\\s*${NUM}`).exec(lines.slice(head, head + 3).join('\n'));
  const report: ProfilerReport = {
    pipeline: lines[head - 1].trim(),
    totalMs: Number(total[4]),
    runs: Number(total[3]),
    samples: Number(total[2]),
    averageThreads: threads ? Number(threads[1]) : 1,
    funcs: [],
    runtime: [],
  };
  // Pipelines with no parallel loop print neither the threads column nor the average line.
  const row = new RegExp(`^\\s+([^\\s:]+):\\s+${NUM}ms\\s+\\((\\d+)%\\)(?:\\s+threads:\\s*${NUM})?(?:\\s+peak:\\s*(\\d+))?`);
  for (const line of lines.slice(head + 1)) {
    const m = row.exec(line);
    if (!m) continue;
    const entry: FuncProfile = {
      func: m[1], ms: Number(m[2]), share: Number(m[3]) / 100, threads: m[4] !== undefined ? Number(m[4]) : 1,
      peakBytes: m[5] !== undefined ? Number(m[5]) : null,
    };
    (isRuntimeEntry(m[1]) ? report.runtime : report.funcs).push(entry);
  }
  return report;
}

export interface ProfileOptions {
  /** Registered generator name (HALIDE_REGISTER_GENERATOR's second argument). */
  generator: string;
  threads?: number;
  params?: Record<string, string>;
  autoscheduler?: Autoscheduler;
  /**
   * The text of a NAME.schedule.h (Halide's autoscheduler format, as `suggest --schedule-h` writes
   * it) to profile instead of the generator's own schedule: applied by a one-function plugin, so a
   * suggestion is measured per Func before it is pasted into the source.
   */
  scheduleFile?: string;
  /** Folders its `#include "..."` resolve against besides its own (a copy of an unsaved document: the document's folder). */
  includeDirs?: string[];
  /** Other sources linked into the generator (helpers it calls at generation time). */
  extraSources?: string[];
  halideRoot?: string | null;
  cacheDir?: string;
  /** Seconds RunGen keeps benchmarking (more = steadier numbers). */
  minTimeS?: number;
  signal?: AbortSignal;
  /** Called as each step starts, for progress reporting. */
  onStep?: (step: string) => void;
  /**
   * The generator as read (halide/): where it sets no estimates, its input buffers are run at the
   * sizes the prediction guesses for them. Without it they take RunGen's bounds query.
   */
  graph?: GeneratorGraph;
}

export interface ProfileResult {
  generator: string;
  target: string;
  threads: number;
  /** Sizes RunGen was given because the generator sets no estimates for them (runGenSizes.ts). */
  guessedSizes: string[];
  /** GeneratorParams Halide asked for that the caller did not give (`input.type=float32`). */
  guessedParams: string[];
  /** The arguments RunGen ran with beyond `--estimate_all` and the benchmark flags (those sizes). */
  runGenArgs: string[];
  /** RunGen's best time per iteration (profiler off is not measured separately). */
  bestMsPerIter: number | null;
  report: ProfilerReport;
}

export function defaultCacheDir(): string {
  return process.env.HALIDE_LENS_CACHE ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'halide-lens');
}

export async function profileGenerator(file: string, opts: ProfileOptions): Promise<ProfileResult> {
  const tc = locateHalide(opts.halideRoot);
  const ctx: BuildContext = { tc, cacheDir: opts.cacheDir ?? defaultCacheDir(), signal: opts.signal };
  const step = (s: string) => opts.onStep?.(s);
  const threads = opts.threads ?? os.availableParallelism();
  step('compile');
  // As every other build of a user's generator: -I its folder and the given ones, a header edit rebuilds.
  const objs = await compileGenerator(ctx, file, { includeDirs: opts.includeDirs, extraSources: opts.extraSources });
  const gen = await buildGenGen(ctx, opts.generator, objs.map((o) => o.objectPath));
  const { target } = await hostTarget(ctx);
  let plugin: { path: string; name: string } | undefined;
  if (opts.scheduleFile !== undefined) {
    if (opts.autoscheduler) throw new ProfileError('profile either a schedule file or an autoscheduler, not both', 'compile');
    const fn = /inline\s+void\s+apply_schedule_([A-Za-z_]\w*)\s*\(/.exec(opts.scheduleFile);
    if (!fn) throw new ProfileError('the schedule file has no `inline void apply_schedule_NAME(::Halide::Pipeline, ::Halide::Target)`', 'compile');
    step('compile schedule');
    const built = await buildSchedulePlugin(ctx, [{ generator: fn[1], text: opts.scheduleFile }]);
    plugin = { path: built.path, name: built.names.get(fn[1])! };
  } else if (opts.autoscheduler) {
    // On the algorithm alone: most generators schedule unguarded, and Halide's autoschedulers refuse that.
    step('compile schedule');
    plugin = await buildFromAlgorithmPlugin(ctx, { path: pluginPath(tc, opts.autoscheduler), name: AUTOSCHEDULER_REGISTERED_NAME[opts.autoscheduler] });
  }
  step('generate');
  const env = { ...process.env, HL_BEAM_SIZE: process.env.HL_BEAM_SIZE ?? '1' };
  // An Input<Func> without a type makes Halide ask for `NAME.type`: given one, and said so.
  const { value: lib, guessed: guessedParams } = await withAskedParams(opts.params, (err) => (err instanceof GenerateError ? err.message : null), (params) =>
    generateLibrary(ctx, gen, opts.generator!, { target: `${target}-profile`, params, autoscheduler: opts.autoscheduler, plugin, env }));
  step('link');
  const exe = await linkRunGen(ctx, opts.generator, lib);
  step('run');
  // A generator without estimates is run at guessed sizes (toolchain/runGenSizes.ts), named in the result.
  let sizes = { args: [] as string[], guessed: [] as string[] };
  const describe = describer(exe.exePath, opts.signal);
  const inputs = await unestimatedInputs(describe, opts.graph);
  if (inputs) sizes = withFix(sizes, inputs);
  let r;
  for (;;) {
    r = await runBenchmark(exe.exePath, {
      minTimeS: opts.minTimeS ?? 1,
      env: { ...process.env, HL_NUM_THREADS: String(threads) },
      signal: opts.signal,
      args: sizes.args,
    });
    const fix = r.code !== 0 ? await sizeFix(describe, r.stdout + '\n' + r.stderr, sizes.args, { graph: opts.graph }) : null;
    if (!fix) break;
    sizes = withFix(sizes, fix);
  }
  if (r.code !== 0) {
    throw new ProfileError(`the benchmark of ${opts.generator} failed (exit ${r.code ?? r.signal}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`, 'run');
  }
  const report = parseProfilerReport(r.stdout + '\n' + r.stderr);
  if (!report) throw new ProfileError(`no profiler report in the output of ${path.basename(exe.exePath)}`, 'parse');
  return { generator: opts.generator, target, threads, bestMsPerIter: r.bestMsPerIter ?? null, report, guessedSizes: sizes.guessed, guessedParams, runGenArgs: sizes.args };
}
