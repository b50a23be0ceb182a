// Running a generator binary (GenGen) to get a static library, linking it with
// Halide's RunGenMain into a benchmark binary, and running that. This is the
// path the "profile" command takes; truth tests use it to prove a generator
// actually compiles and runs.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { BuildContext, compileObject, compileRunGenMain, ExeResult, linkExecutable, sha256 } from './build';
import { Autoscheduler, AUTOSCHEDULER_REGISTERED_NAME, pluginPath } from './halide';
import { describeFailure, run, RunResult } from './run';

/** Same machine model pipeline_dump uses: 2 cores, 1 MiB LLC, balance 40. */
export const MACHINE_PARAMS = '2,1048576,40';

export interface GenerateOptions {
  target: string;
  autoscheduler?: Autoscheduler;
  /** Another autoscheduler plugin (e.g. one that applies a .schedule.h): its .so and registered name. */
  plugin?: { path: string; name: string };
  /** Generator params, key=value. */
  params?: Record<string, string>;
  /** Full child environment (autoscheduler knobs such as HL_BEAM_SIZE live here). */
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** Regenerate even if a cached result exists (e.g. random dropout without HL_SEED). */
  fresh?: boolean;
}

export interface GeneratedLibrary {
  dir: string;
  staticLib: string;
  header: string;
  registration: string;
  /** The autoscheduler's schedule (NAME.schedule.h), when one ran. */
  schedule?: string;
  cached: boolean;
  ms: number;
}

export class GenerateError extends Error {
  constructor(message: string, readonly result: RunResult) {
    super(message);
    this.name = 'GenerateError';
  }
}

/** Environment variables that change what an autoscheduler produces. */
const SCHEDULER_ENV = /^HL_/;

function relevantEnv(env: NodeJS.ProcessEnv): string {
  return Object.keys(env)
    .filter((k) => SCHEDULER_ENV.test(k))
    .sort()
    .map((k) => `${k}=${env[k] ?? ''}`)
    .join('\n');
}

/** generator -e static_library,h,registration[,schedule] into cacheDir/gen/NAME-KEY/. */
export async function generateLibrary(
  ctx: BuildContext,
  generator: ExeResult,
  name: string,
  opts: GenerateOptions,
): Promise<GeneratedLibrary> {
  const env = opts.env ?? process.env;
  const params = Object.entries(opts.params ?? {}).map(([k, v]) => `${k}=${v}`);
  const emit = ['static_library', 'h', 'registration'];
  const args = ['-g', name, '-f', name, '-n', name, '-t', '0'];
  const plugin = opts.plugin ?? (opts.autoscheduler ? { path: pluginPath(ctx.tc, opts.autoscheduler), name: AUTOSCHEDULER_REGISTERED_NAME[opts.autoscheduler] } : null);
  if (plugin) {
    emit.push('schedule');
    args.push('-p', plugin.path, '-s', plugin.name);
    params.push('auto_schedule=true', `machine_params=${MACHINE_PARAMS}`);
  }
  args.push('-e', emit.join(','), `target=${opts.target}`, ...params);

  const key = sha256(path.basename(generator.exePath), args.join(' '), relevantEnv(env)).slice(0, 20);
  const dir = path.join(ctx.cacheDir, 'gen', `${name}-${key}`);
  const files = (d: string): Omit<GeneratedLibrary, 'cached' | 'ms'> => ({
    dir: d,
    staticLib: path.join(d, `${name}.a`),
    header: path.join(d, `${name}.h`),
    registration: path.join(d, `${name}.registration.cpp`),
    schedule: plugin ? path.join(d, `${name}.schedule.h`) : undefined,
  });
  if (!opts.fresh && fs.existsSync(dir)) return { ...files(dir), cached: true, ms: 0 };

  // Generate into a private directory, then rename: a half-written dir never
  // looks like a cache hit.
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  fs.mkdirSync(tmp, { recursive: true });
  const r = await run(generator.exePath, ['-o', tmp, ...args], {
    env,
    timeoutMs: opts.timeoutMs ?? 300_000,
    signal: ctx.signal,
  });
  if (r.code !== 0) {
    fs.rmSync(tmp, { recursive: true, force: true });
    const last = r.stderr.trim().split('\n').slice(-3).join(' | ');
    throw new GenerateError(`generator ${name}: ${describeFailure(path.basename(generator.exePath), r)}: ${last}`, r);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(tmp, dir);
  return { ...files(dir), cached: false, ms: r.ms };
}

/** RunGenMain.o + NAME.registration.cpp + NAME.a -> benchmark binary. */
export async function linkRunGen(ctx: BuildContext, name: string, lib: GeneratedLibrary): Promise<ExeResult> {
  const main = await compileRunGenMain(ctx);
  const reg = await compileObject(ctx, lib.registration, {
    flags: ['-std=c++17', '-O1', '-g0', '-fdiagnostics-color=never'],
  });
  // The static library carries the Halide runtime; libHalide itself is not needed.
  return linkExecutable(ctx, `${name}.rungen`, [main.objectPath, reg.objectPath, lib.staticLib], {
    withHalide: false,
    libs: ['-lpthread', '-ldl'],
  });
}

export interface BenchmarkOptions {
  /** RunGen's --benchmark_min_time in seconds; 0 = the fewest samples RunGen allows. */
  minTimeS?: number;
  /** Extra RunGen arguments, e.g. scalar inputs 'gain=2'. */
  args?: string[];
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface BenchmarkResult extends RunResult {
  /** Parsed from --parsable_output's BEST_TIME_MSEC_PER_ITER. */
  bestMsPerIter?: number;
}

/** Runs the benchmark on estimate-sized random inputs (--estimate_all). */
export async function runBenchmark(exe: string, opts: BenchmarkOptions = {}): Promise<BenchmarkResult> {
  const args = [
    '--estimate_all',
    '--benchmarks=all',
    `--benchmark_min_time=${opts.minTimeS ?? 0}`,
    '--parsable_output',
    ...(opts.args ?? []),
  ];
  const r: BenchmarkResult = await run(exe, args, {
    env: opts.env,
    timeoutMs: opts.timeoutMs ?? 120_000,
    signal: opts.signal,
  });
  const m = /BEST_TIME_MSEC_PER_ITER\s+([0-9.eE+-]+)/.exec(r.stdout);
  if (m) r.bestMsPerIter = Number(m[1]);
  return r;
}

/**
 * The GeneratorParam (and the value we give it) a generator's error text asks for, if any: an
 * Input<Func> or Input<Buffer<>> declared without a type or dimensions (`input.type` = float32).
 */
export function paramAskedIn(text: string): [string, string] | null {
  const m = /(Type|Dimensions|ArraySize) (?:is|are) (?:not defined|unspecified) for (?:Input|Output) ?'([^']+)'/.exec(text);
  if (!m) return null;
  return [`${m[2]}.${{ Type: 'type', Dimensions: 'dim', ArraySize: 'size' }[m[1]]}`, m[1] === 'Type' ? 'float32' : '2'];
}

/**
 * Runs `run` with the params given, adding each GeneratorParam Halide asks for (paramAskedIn of the
 * failure's text, from `textOf`; null for a failure that is not Halide's) and running again. A param
 * the caller gave is never guessed over: the failure is thrown as it is.
 */
export async function withAskedParams<T>(
  given: Record<string, string> | undefined, textOf: (err: unknown) => string | null, run: (params: Record<string, string>) => Promise<T>,
): Promise<{ value: T; params: Record<string, string>; guessed: string[] }> {
  const params = { ...given };
  const guessed: string[] = [];
  for (;;) {
    try {
      return { value: await run({ ...params }), params, guessed };
    } catch (err) {
      const text = textOf(err);
      const asked = text === null ? null : paramAskedIn(text);
      if (!asked || asked[0] in params || guessed.length >= 8) throw err;
      params[asked[0]] = asked[1];
      guessed.push(`${asked[0]}=${asked[1]}`);
    }
  }
}
