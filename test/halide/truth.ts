// Compiler-side ground truth for the parser tests: what Halide 14 itself says
// about a generator (via server/src/toolchain/native/pipeline_dump.cpp), and whether the generator really
// compiles and runs. No test-framework calls here; tests import these.
//
// Results are cached under <repo>/.cache/halide-truth keyed by a hash of the
// generator source, the dumper source and its headers, the scheduler and the Halide install,
// so reruns are instant.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { BuildContext, buildGenGen, compileObject, linkExecutable, sha256 } from '../../server/src/toolchain/build';
import { generateLibrary, linkRunGen, runBenchmark } from '../../server/src/toolchain/generate';
import { Autoscheduler, locateHalide, pluginPath } from '../../server/src/toolchain/halide';
import { describeFailure, run } from '../../server/src/toolchain/run';
import { hostTarget } from '../../server/src/toolchain/target';
import { compileNative, localIncludes, nativeSource } from '../../server/src/toolchain/workerBuild';

export type ScheduleSource = 'hand' | Autoscheduler;

// The dump format is the product's (toolchain/dumpFormat.ts).
export type { CallJson, DimJson, FuncJson, InputJson, LoopLevelJson, PipelineDump, RangeJson, SplitJson, StageJson } from '../../server/src/toolchain/dumpFormat';
import type { PipelineDump } from '../../server/src/toolchain/dumpFormat';

export interface TruthOptions {
  /** Generator params (key=value on the command line). */
  params?: Record<string, string>;
  /** Extra environment, e.g. { HL_RANDOM_DROPOUT: '50', HL_SEED: '1' } (undefined deletes). */
  env?: Record<string, string | undefined>;
  /** Per-step timeout; default 120 s. */
  timeoutMs?: number;
  /** Ignore cached results. */
  fresh?: boolean;
  halideRoot?: string;
  signal?: AbortSignal;
}

export interface Truth {
  dump: PipelineDump;
  /** Autoschedulers only: the schedule.h written by -s, and its text. */
  schedulePath?: string;
  scheduleText?: string;
  /** pipeline_dump's stderr (Halide warnings, Adams2019's search log). */
  stderr: string;
  cached: boolean;
  /** Wall time of this call, and of the uncached steps it ran. */
  ms: number;
  steps: Record<string, number>;
}

export class TruthError extends Error {
  constructor(message: string, readonly stderr: string) {
    super(message);
    this.name = 'TruthError';
  }
}

const DEFAULT_TIMEOUT_MS = 120_000;

function repoRoot(): string {
  // Works from the .ts source (test/halide), from compiled out/test/halide,
  // and from a build elsewhere when run inside the repo.
  for (const start of [__dirname, process.cwd()]) {
    for (let d = start; d !== path.dirname(d); d = path.dirname(d)) {
      if (fs.existsSync(path.join(d, 'test', 'halide', 'truth.ts'))) return d;
    }
  }
  throw new Error(`cannot find the repository root above ${__dirname} or ${process.cwd()}`);
}

function context(opts: TruthOptions): { ctx: BuildContext; cacheDir: string; dumper: string; includeDirs: string[] } {
  const root = repoRoot();
  const cacheDir = path.join(root, '.cache', 'halide-truth');
  const tc = locateHalide(opts.halideRoot);
  return {
    ctx: { tc, cacheDir: path.join(cacheDir, 'build'), signal: opts.signal },
    cacheDir,
    // The product's dumper (toolchain/native): its headers sit beside it.
    dumper: nativeSource('pipeline_dump.cpp'),
    includeDirs: [],
  };
}

/** Child env: Adams2019 fast and on built-in weights, then caller overrides. */
function childEnv(source: ScheduleSource, extra: TruthOptions['env']): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (source === 'adams2019') {
    env.HL_BEAM_SIZE = '1'; // greedy search: seconds instead of minutes
    delete env.HL_WEIGHTS_DIR; // a stale weights dir breaks the built-in model
  }
  for (const [k, v] of Object.entries(extra ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

function envKey(env: NodeJS.ProcessEnv): string {
  return Object.keys(env).filter((k) => k.startsWith('HL_')).sort().map((k) => `${k}=${env[k]}`).join('\n');
}

interface CacheEntry {
  ok: boolean;
  dump?: PipelineDump;
  error?: string;
  stderr: string;
  scheduleText?: string;
}

/**
 * What Halide knows about `generatorName` (registered in `cppPath`) after
 * scheduling it by hand or with an autoscheduler. Failures of the dumper are
 * cached too (they are deterministic), except timeouts and cancellations.
 */
export async function getTruth(
  generatorName: string,
  cppPath: string,
  scheduleSource: ScheduleSource,
  options: TruthOptions = {},
): Promise<Truth> {
  const start = performance.now();
  const { ctx, cacheDir, dumper, includeDirs } = context(options);
  const target = (await hostTarget(ctx)).target;
  const env = childEnv(scheduleSource, options.env);
  const params = Object.entries(options.params ?? {}).map(([k, v]) => `${k}=${v}`).sort();
  const key = sha256(
    fs.readFileSync(cppPath), fs.readFileSync(dumper), ...localIncludes(dumper, includeDirs).map((h) => fs.readFileSync(h)), scheduleSource,
    params.join(' '), envKey(env), ctx.tc.fingerprint, target,
  ).slice(0, 20);
  const base = path.join(cacheDir, 'dumps', `${generatorName}.${scheduleSource}.${key}`);
  const entryPath = `${base}.json`;
  const schedulePath = scheduleSource === 'hand' ? undefined : `${base}.schedule.h`;

  const finish = (e: CacheEntry, cached: boolean, steps: Record<string, number>): Truth => {
    if (!e.ok || !e.dump) throw new TruthError(e.error ?? 'pipeline_dump failed', e.stderr);
    return {
      dump: e.dump, schedulePath, scheduleText: e.scheduleText, stderr: e.stderr,
      cached, ms: performance.now() - start, steps,
    };
  };
  if (!options.fresh && fs.existsSync(entryPath)) {
    return finish(JSON.parse(fs.readFileSync(entryPath, 'utf8')) as CacheEntry, true, {});
  }

  const steps: Record<string, number> = {};
  const obj = await compileObject(ctx, cppPath);
  if (!obj.cached) steps.compile = obj.ms;
  const dumperObj = await compileNative(ctx, dumper, includeDirs);
  const exe = await linkExecutable(ctx, `${generatorName}.pipeline_dump`, [dumperObj.objectPath, obj.objectPath]);
  if (!exe.cached) steps.link = exe.ms;

  const args = ['-g', generatorName, '-t', target];
  if (scheduleSource !== 'hand' && schedulePath) {
    args.push('-a', scheduleSource, '-p', pluginPath(ctx.tc, scheduleSource), '-s', schedulePath);
  }
  args.push(...params);
  fs.mkdirSync(path.dirname(entryPath), { recursive: true });
  const r = await run(exe.exePath, args, { env, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, signal: options.signal });
  steps.dump = r.ms;
  const entry: CacheEntry = { ok: false, stderr: r.stderr };
  if (r.code === 0) {
    try {
      entry.dump = JSON.parse(r.stdout) as PipelineDump;
      entry.ok = true;
      if (schedulePath && fs.existsSync(schedulePath)) entry.scheduleText = fs.readFileSync(schedulePath, 'utf8');
    } catch (e) {
      entry.error = `pipeline_dump printed invalid JSON: ${(e as Error).message}`;
    }
  } else {
    const last = r.stderr.trim().split('\n').slice(-4).join(' | ');
    entry.error = `${generatorName} [${scheduleSource}]: ${describeFailure('pipeline_dump', r)}: ${last}`;
  }
  if (!r.timedOut && !r.cancelled) {
    const tmp = `${entryPath}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, JSON.stringify(entry));
    fs.renameSync(tmp, entryPath);
  }
  return finish(entry, false, steps);
}

export interface RunOnceOptions extends TruthOptions {
  /** Schedule with an autoscheduler instead of the generator's own schedule. */
  scheduleSource?: ScheduleSource;
  /** Extra RunGen arguments (e.g. scalar inputs). */
  runArgs?: string[];
}

export interface RunOnceResult {
  ok: boolean;
  /** The benchmark's output (or the failing step's, prefixed by the step). */
  stdout: string;
  stderr: string;
  /** Wall time of the whole call. */
  ms: number;
  steps: Record<string, number>;
  bestMsPerIter?: number;
  target?: string;
}

/**
 * GenGen-compile the generator, emit a static library for the (sanitized)
 * host target, link it with RunGenMain and run one minimal benchmark on
 * estimate-sized random inputs. Never throws for build/run failures.
 */
export async function compileAndRunOnce(
  generatorName: string,
  cppPath: string,
  options: RunOnceOptions = {},
): Promise<RunOnceResult> {
  const start = performance.now();
  const steps: Record<string, number> = {};
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const source = options.scheduleSource ?? 'hand';
  const fail = (step: string, e: unknown): RunOnceResult => {
    const err = e as Error & { stderr?: string; result?: { stderr: string } };
    const stderr = err.stderr ?? err.result?.stderr ?? '';
    return { ok: false, stdout: '', stderr: `[${step}] ${err.message}\n${stderr}`, ms: performance.now() - start, steps };
  };

  let step = 'locate';
  try {
    const { ctx } = context(options);
    step = 'target';
    const target = (await hostTarget(ctx)).target;
    step = 'compile';
    const obj = await compileObject(ctx, cppPath);
    if (!obj.cached) steps.compile = obj.ms;
    step = 'link-generator';
    const gen = await buildGenGen(ctx, generatorName, [obj.objectPath]);
    if (!gen.cached) steps.linkGenerator = gen.ms;
    step = 'generate';
    const lib = await generateLibrary(ctx, gen, generatorName, {
      target,
      autoscheduler: source === 'hand' ? undefined : source,
      params: options.params,
      env: childEnv(source, options.env),
      timeoutMs,
      fresh: options.fresh,
    });
    if (!lib.cached) steps.generate = lib.ms;
    step = 'link-rungen';
    const exe = await linkRunGen(ctx, generatorName, lib);
    if (!exe.cached) steps.linkRunGen = exe.ms;
    step = 'run';
    const r = await runBenchmark(exe.exePath, { args: options.runArgs, timeoutMs, signal: options.signal });
    steps.run = r.ms;
    const ok = r.code === 0;
    return {
      ok,
      stdout: r.stdout,
      stderr: ok ? r.stderr : `[run] ${describeFailure(path.basename(exe.exePath), r)}\n${r.stderr}`,
      ms: performance.now() - start,
      steps,
      bestMsPerIter: r.bestMsPerIter,
      target,
    };
  } catch (e) {
    return fail(step, e);
  }
}
