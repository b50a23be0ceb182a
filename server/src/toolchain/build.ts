// Compiling generators and the programs built around them (GenGen,
// pipeline_dump, RunGen). Outputs live in a content-addressed cache: the key
// hashes the source text, the flags, the compiler and the Halide install, so a
// rebuild happens exactly when one of them changes.

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Diagnostic, formatDiagnostic, parseGccDiagnostics } from './diagnostics';
import { compileFlags, HalideToolchain, linkFlags } from './halide';
import { describeFailure, Limiter, run } from './run';

export interface BuildContext {
  tc: HalideToolchain;
  /** Root of the artifact cache (obj/ and bin/ are created below it). */
  cacheDir: string;
  /** C++ compiler driver (default g++). */
  cxx?: string;
  signal?: AbortSignal;
}

export class BuildError extends Error {
  constructor(message: string, readonly diagnostics: Diagnostic[], readonly stderr: string) {
    super(message);
    this.name = 'BuildError';
  }
}

export interface ObjectResult {
  objectPath: string;
  key: string;
  cached: boolean;
  ms: number;
  /** Warnings (errors throw BuildError). Empty when served from cache. */
  diagnostics: Diagnostic[];
}

export interface ExeResult {
  exePath: string;
  cached: boolean;
  ms: number;
}

// libHalide14 is built with RTTI (it exports typeinfo), so generators need no
// -fno-rtti; -O0 because a generator runs once, and Halide.h parsing dominates
// anyway. C++17 is what Halide 14's headers require.
export const GENERATOR_FLAGS = ['-std=c++17', '-O0', '-g0', '-fdiagnostics-color=never'];
const TOOL_FLAGS = ['-std=c++17', '-O2', '-g0', '-fdiagnostics-color=never'];
const COMPILE_TIMEOUT_MS = 300_000;
const LINK_TIMEOUT_MS = 120_000;

/** Two cores: more parallel g++ (each ~300 MB for Halide.h) only thrashes. */
const compiles = new Limiter(2);
const inflight = new Map<string, Promise<unknown>>();
const compilerVersions = new Map<string, Promise<string>>();

export function sha256(...parts: Array<string | Buffer>): string {
  const h = crypto.createHash('sha256');
  for (const p of parts) {
    h.update(p);
    h.update('\0');
  }
  return h.digest('hex');
}

/** Same key in flight twice (e.g. four schedulers, one generator) -> one build. */
function once<T>(key: string, make: () => Promise<T>): Promise<T> {
  const existing = inflight.get(key);
  if (existing) return existing as Promise<T>;
  const p = make().finally(() => inflight.delete(key));
  inflight.set(key, p);
  return p;
}

function compilerVersion(cxx: string): Promise<string> {
  let v = compilerVersions.get(cxx);
  if (!v) {
    v = run(cxx, ['--version'], { timeoutMs: 30_000 }).then((r) => {
      if (r.code !== 0) throw new BuildError(describeFailure(cxx, r), [], r.stderr);
      return r.stdout.split('\n')[0];
    });
    compilerVersions.set(cxx, v);
  }
  return v;
}

function exists(p: string): boolean {
  try {
    fs.accessSync(p);
    return true;
  } catch {
    return false;
  }
}

/** Writers race across processes; rename() makes the final file appear whole. */
function tempFor(final: string): string {
  return `${final}.tmp-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
}

function stem(file: string): string {
  return path.basename(file).replace(/\.[^.]*$/, '').replace(/[^\w.-]/g, '_');
}

export interface CompileOptions {
  flags?: string[];
  timeoutMs?: number;
  /** Other files the object depends on (local headers): their contents join the cache key. */
  dependencies?: string[];
}

/** source.cpp -> cacheDir/obj/<stem>-<key>.o (flags default to GENERATOR_FLAGS). */
export async function compileObject(ctx: BuildContext, source: string, opts: CompileOptions = {}): Promise<ObjectResult> {
  const cxx = ctx.cxx ?? 'g++';
  const flags = [...(opts.flags ?? GENERATOR_FLAGS), ...compileFlags(ctx.tc)];
  const text = fs.readFileSync(source);
  const deps = (opts.dependencies ?? []).flatMap((d) => [path.basename(d), fs.readFileSync(d)]);
  const key = sha256(text, ...deps, flags.join(' '), ctx.tc.fingerprint, cxx, await compilerVersion(cxx)).slice(0, 20);
  const objectPath = path.join(ctx.cacheDir, 'obj', `${stem(source)}-${key}.o`);
  if (exists(objectPath)) return { objectPath, key, cached: true, ms: 0, diagnostics: [] };

  return once(objectPath, () =>
    compiles.run(async () => {
      fs.mkdirSync(path.dirname(objectPath), { recursive: true });
      const tmp = tempFor(objectPath);
      const r = await run(cxx, [...flags, '-c', path.resolve(source), '-o', tmp], {
        timeoutMs: opts.timeoutMs ?? COMPILE_TIMEOUT_MS,
        signal: ctx.signal,
      });
      const diagnostics = parseGccDiagnostics(r.stderr);
      if (r.code !== 0) {
        fs.rmSync(tmp, { force: true });
        const first = diagnostics.find((d) => d.severity === 'error');
        const why = first ? formatDiagnostic(first) : describeFailure(cxx, r);
        throw new BuildError(`compiling ${source} failed: ${why}`, diagnostics, r.stderr);
      }
      fs.renameSync(tmp, objectPath);
      return { objectPath, key, cached: false, ms: r.ms, diagnostics };
    }),
  );
}

export interface LinkOptions {
  /** Link against libHalide (default true). */
  withHalide?: boolean;
  /** Extra trailing linker arguments, e.g. ['-lpthread']. */
  libs?: string[];
  timeoutMs?: number;
}

/** Objects/archives/sources -> cacheDir/bin/<name>-<key>; the key hashes input contents. */
export async function linkExecutable(
  ctx: BuildContext,
  name: string,
  inputs: string[],
  opts: LinkOptions = {},
): Promise<ExeResult> {
  const cxx = ctx.cxx ?? 'g++';
  const libs = [...(opts.withHalide === false ? [] : linkFlags(ctx.tc)), ...(opts.libs ?? [])];
  const key = sha256(
    ...inputs.map((f) => fs.readFileSync(f)),
    libs.join(' '),
    ctx.tc.fingerprint,
    await compilerVersion(cxx),
  ).slice(0, 20);
  const exePath = path.join(ctx.cacheDir, 'bin', `${name}-${key}`);
  if (exists(exePath)) return { exePath, cached: true, ms: 0 };

  return once(exePath, () =>
    compiles.run(async () => {
      fs.mkdirSync(path.dirname(exePath), { recursive: true });
      const tmp = tempFor(exePath);
      const r = await run(cxx, ['-std=c++17', '-fdiagnostics-color=never', ...inputs, '-o', tmp, ...libs], {
        timeoutMs: opts.timeoutMs ?? LINK_TIMEOUT_MS,
        signal: ctx.signal,
      });
      if (r.code !== 0) {
        fs.rmSync(tmp, { force: true });
        const diagnostics = parseGccDiagnostics(r.stderr);
        const first = diagnostics.find((d) => d.severity === 'error');
        throw new BuildError(
          `linking ${name} failed: ${first ? formatDiagnostic(first) : describeFailure(cxx, r)}`,
          diagnostics,
          r.stderr,
        );
      }
      fs.renameSync(tmp, exePath);
      return { exePath, cached: false, ms: r.ms };
    }),
  );
}

/** A generator binary: Halide's GenGen.cpp main + the generators' objects. */
export async function buildGenGen(ctx: BuildContext, name: string, generatorObjects: string[]): Promise<ExeResult> {
  const main = await compileObject(ctx, path.join(ctx.tc.toolsDir, 'GenGen.cpp'), { flags: GENERATOR_FLAGS });
  return linkExecutable(ctx, `${name}.generator`, [main.objectPath, ...generatorObjects]);
}

/**
 * RunGenMain.cpp, compiled once per Halide install. HALIDE_NO_PNG/JPEG drop
 * halide_image_io's libpng/libjpeg dependency; we only feed it random buffers.
 */
export function compileRunGenMain(ctx: BuildContext): Promise<ObjectResult> {
  return compileObject(ctx, path.join(ctx.tc.toolsDir, 'RunGenMain.cpp'), {
    flags: [...TOOL_FLAGS, '-DHALIDE_NO_PNG', '-DHALIDE_NO_JPEG', `-I${ctx.tc.toolsDir}`],
  });
}
