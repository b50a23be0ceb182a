// Building our native programs (bench_worker.cpp, native/pipeline_dump.cpp) with the install's
// Halide, and launching a bench worker: build it, find the target, start the client (worker.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BuildContext, compileObject, ExeResult, GENERATOR_FLAGS, linkExecutable, ObjectResult } from './build';
import { hostTarget } from './target';
import { BenchWorker, type WorkerOptions } from './worker';

/** -O2: the worker's own code (JSON, buffer fill) is trivial, but it's one compile per install. */
export const BENCH_WORKER_FLAGS = ['-std=c++17', '-O2', '-g0', '-fdiagnostics-color=never'];

const NATIVE_REL = path.join('server', 'src', 'toolchain', 'native');

/** A file of native/ (bench_worker.cpp, pipeline_dump.cpp) from the source tree, out/ or dist/ (searches upwards). */
export function nativeSource(file: string): string {
  const candidates: string[] = [path.join(__dirname, 'native', file)];
  for (const start of [__dirname, process.cwd()]) {
    for (let d = start; d !== path.dirname(d); d = path.dirname(d)) candidates.push(path.join(d, NATIVE_REL, file));
  }
  const hit = candidates.find((c) => fs.existsSync(c));
  if (!hit) throw new Error(`cannot find ${path.join(NATIVE_REL, file)} above ${__dirname} or ${process.cwd()}`);
  return hit;
}

export function benchWorkerSource(): string {
  return nativeSource('bench_worker.cpp');
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
 * A user's generator source and its helper sources -> object files, built as Halide's generators
 * are (GENERATOR_FLAGS), with -I its own folder and `includeDirs`; a header edit rebuilds.
 */
export function compileGenerator(ctx: BuildContext, file: string, opts: { includeDirs?: string[]; extraSources?: string[] } = {}): Promise<ObjectResult[]> {
  const includeDirs = [path.dirname(path.resolve(file)), ...(opts.includeDirs ?? []).map((d) => path.resolve(d))];
  const flags = [...GENERATOR_FLAGS, ...includeDirs.map((d) => `-I${d}`)];
  return Promise.all([file, ...(opts.extraSources ?? [])].map((src) => compileObject(ctx, src, { flags, dependencies: localIncludes(src, includeDirs) })));
}

/**
 * One of our native programs (bench_worker.cpp, native/pipeline_dump.cpp) -> object file.
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
