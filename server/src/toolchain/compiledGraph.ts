// The compiled graph: Halide itself reports the pipeline. The generator is compiled (cached by content
// hash), linked with native/pipeline_dump.cpp, run with a timeout, and its JSON becomes a StageGraph
// with origin 'compiled' (dumpToGraph.ts). Each step that fails says which step it was and ends with
// the tool's last lines, so an editor or the CLI can show why.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type GraphDiagnostic, type StageGraph, STAGE_GRAPH_VERSION } from '../halide/graph';
import { BuildContext, BuildError, compileObject, linkExecutable, sha256 } from './build';
import type { PipelineDump } from './dumpFormat';
import { dumpToGenerator } from './dumpToGraph';
import { type Autoscheduler, locateHalide, pluginPath } from './halide';
import { defaultCacheDir } from './profile';
import { withAskedParams } from './generate';
import { describeFailure, run } from './run';
import { hostTarget } from './target';
import { compileGenerator, compileNative, nativeSource } from './workerBuild';

export type CompiledGraphStep = 'locate' | 'target' | 'compile' | 'schedule' | 'link' | 'run' | 'parse';

export class CompiledGraphError extends Error {
  constructor(readonly step: CompiledGraphStep, message: string, readonly detail: string = '') {
    super(`compiled graph: ${step} failed: ${message}${detail ? `\n${detail}` : ''}`);
    this.name = 'CompiledGraphError';
  }
}

export interface CompiledGraphOptions {
  /** GeneratorParams, as GenGen takes them. */
  params?: Record<string, string>;
  /** Halide target string; default: the sanitized host target. */
  target?: string;
  /** An autoscheduler's NAME.schedule.h to apply instead of the generator's own schedule. */
  schedulePath?: string;
  /**
   * Schedule with this autoscheduler instead (the generator's estimates; machine 2 cores, 1 MiB LLC;
   * Adams2019 greedy, beam 1, so it takes seconds): the graph is the one it scheduled, and the
   * `.schedule.h` it wrote comes back with the dumps.
   */
  autoscheduler?: Autoscheduler;
  /** Extra -I directories; the file's own directory is always searched. */
  includeDirs?: string[];
  /** Other C++ files the generator needs linked (helpers it calls), compiled like it. */
  extraSources?: string[];
  signal?: AbortSignal;
  /** For running the dumper (default 60 s); builds have their own limits (build.ts). */
  timeoutMs?: number;
  /** The static front end's graph of the same file: source ranges and C++ names by Halide name. */
  staticGraph?: StageGraph;
  halideRoot?: string | null;
  cacheDir?: string;
  uri?: string;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/** The names a file registers with HALIDE_REGISTER_GENERATOR, in order. */
export function registeredGenerators(text: string): string[] {
  return [...text.matchAll(/HALIDE_REGISTER_GENERATOR\s*\(\s*[\w:]+\s*,\s*"?(\w+)"?/g)].map((m) => m[1]);
}

/** The last lines of a tool's output that say something. */
export function lastLines(text: string, n = 6): string {
  return text.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim()).slice(-n).join('\n');
}

async function step<T>(name: CompiledGraphStep, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof CompiledGraphError) throw e;
    const err = e as Error & { stderr?: string };
    const first = err.message.split('\n')[0];
    throw new CompiledGraphError(name, first, err instanceof BuildError ? lastLines(err.stderr) : '');
  }
}

/**
 * A translation unit that applies `schedulePath` through the dumper's weak hook: a GenGen `-e schedule`
 * file (it defines apply_schedule_NAME), or the bare body an autoscheduler returns (`Func f =
 * pipeline.get_func(3); ...`), included inside the hook.
 */
async function scheduleObject(ctx: BuildContext, schedulePath: string): Promise<string> {
  const text = fs.readFileSync(schedulePath, 'utf8');
  const fn = /inline\s+void\s+(apply_schedule_\w+)\s*\(/.exec(text)?.[1];
  if (!fn && !/pipeline\.get_func\(/.test(text)) {
    throw new CompiledGraphError('schedule', `${schedulePath} is not an autoscheduler's schedule (no apply_schedule_NAME, no pipeline.get_func)`);
  }
  const abs = path.resolve(schedulePath);
  const src = path.join(ctx.cacheDir, 'src', `apply-${sha256(abs, text).slice(0, 16)}.cpp`);
  const hook = 'void halide_lens_apply_schedule(Halide::Pipeline pipeline, const Halide::Target &target)';
  const body = fn
    ? `#include "Halide.h"\n#include ${JSON.stringify(abs)}\n${hook} { ${fn}(pipeline, target); }\n`
    : `#include "Halide.h"\n${hook} {\n  using namespace Halide;\n  (void)target;\n#include ${JSON.stringify(abs)}\n}\n`;
  fs.mkdirSync(path.dirname(src), { recursive: true });
  if (!fs.existsSync(src)) fs.writeFileSync(src, body);
  return (await compileObject(ctx, src, { dependencies: [abs] })).objectPath;
}

/** Halide's own account of `generatorName` (every registered generator when undefined) as a StageGraph. */
export async function compiledGraph(cppPath: string, generatorName: string | undefined, opts: CompiledGraphOptions = {}): Promise<StageGraph> {
  return (await compiledGraphAndDumps(cppPath, generatorName, opts)).graph;
}

/** compiledGraph, with the dumps it was made from (one per generator, in the graph's order). */
export async function compiledGraphAndDumps(
  cppPath: string, generatorName: string | undefined, opts: CompiledGraphOptions = {},
): Promise<{ graph: StageGraph; dumps: PipelineDump[]; schedules: (string | null)[] }> {
  const text = fs.readFileSync(cppPath, 'utf8');
  const registered = registeredGenerators(text);
  const names = generatorName ? [generatorName] : registered;
  if (names.length === 0) throw new CompiledGraphError('locate', `${cppPath} registers no generator (HALIDE_REGISTER_GENERATOR)`);
  const tc = await step('locate', async () => locateHalide(opts.halideRoot));
  const ctx: BuildContext = { tc, cacheDir: opts.cacheDir ?? defaultCacheDir(), signal: opts.signal };
  const target = opts.target ?? (await step('target', async () => (await hostTarget(ctx)).target));

  const [dumper, objs] = await step('compile', () => Promise.all([
    compileNative(ctx, nativeSource('pipeline_dump.cpp')),
    compileGenerator(ctx, cppPath, opts),
  ]));
  const objects = [dumper.objectPath, ...objs.map((o) => o.objectPath)];
  if (opts.schedulePath) objects.push(await step('schedule', () => scheduleObject(ctx, opts.schedulePath!)));
  const exe = await step('link', () => linkExecutable(ctx, `${path.basename(cppPath).replace(/\W/g, '_')}.pipeline_dump`, objects));

  const graph: StageGraph = { version: STAGE_GRAPH_VERSION, uri: opts.uri ?? cppPath, generators: [], diagnostics: [] };
  const dumps: PipelineDump[] = [];
  const schedules: (string | null)[] = [];
  const params = Object.entries(opts.params ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const name of names) {
    const auto = opts.autoscheduler;
    const schedOut = auto ? path.join(ctx.cacheDir, 'schedules', `${name}.${auto}.${sha256(text, target, params.join(' ')).slice(0, 12)}.schedule.h`) : null;
    if (schedOut) fs.mkdirSync(path.dirname(schedOut), { recursive: true });
    const env: NodeJS.ProcessEnv = { ...process.env };
    if (auto === 'adams2019') {
      env.HL_BEAM_SIZE = '1';
      delete env.HL_WEIGHTS_DIR; // a stale weights dir breaks the built-in model
    }
    const autoArgs = auto && schedOut ? ['-a', auto, '-p', pluginPath(tc, auto), '-s', schedOut] : [];
    const r = await run(exe.exePath, ['-g', name, '-t', target, ...autoArgs, ...params], { timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, signal: opts.signal, env });
    if (r.code !== 0) throw new CompiledGraphError('run', `${describeFailure(`pipeline_dump -g ${name}`, r)}`, lastLines(r.stderr));
    // The JSON is the dumper's last line: a generator may print to stdout while it builds.
    const line = r.stdout.trimEnd().split('\n').reverse().find((l) => l.startsWith('{"generator"'));
    let dump: PipelineDump;
    try {
      dump = JSON.parse(line ?? r.stdout) as PipelineDump;
    } catch (e) {
      throw new CompiledGraphError('parse', `pipeline_dump printed invalid JSON: ${(e as Error).message}`, lastLines(r.stdout));
    }
    dumps.push(dump);
    schedules.push(schedOut && fs.existsSync(schedOut) ? fs.readFileSync(schedOut, 'utf8') : null);
    const staticGraph = opts.staticGraph?.generators.find((g) => g.registeredName === name);
    const { graph: g, notes } = dumpToGenerator(structuredClone(dump), { staticGraph, text, params: opts.params });
    graph.generators.push(g);
    graph.diagnostics.push(...notes.map((message): GraphDiagnostic => ({
      severity: 'info', code: 'compiled-unrepresented', message: `${name}: ${message} (Halide applies it; the StageGraph has no directive for it)`, range: g.range,
    })));
  }
  return { graph, dumps, schedules };
}

/**
 * compiledGraphAndDumps, adding each parameter Halide asks for and trying again (GenGen refuses
 * untyped, unranked or unsized Inputs and Outputs and names what it needs); the params it took.
 */
export async function compiledGraphAskingParams(
  cppPath: string, generatorName: string, opts: CompiledGraphOptions = {},
): Promise<{ graph: StageGraph; dumps: PipelineDump[]; schedules: (string | null)[]; params: Record<string, string> }> {
  const textOf = (err: unknown) => (err instanceof CompiledGraphError ? `${err.message}\n${err.detail}` : null);
  const { value, params } = await withAskedParams(opts.params, textOf, (p) => compiledGraphAndDumps(cppPath, generatorName, { ...opts, params: p }));
  return { ...value, params };
}
