// The Halide target to compile for. "host" is not good enough: Halide 14 sets
// avx512_sapphirerapids on any CPU with AVX512-BF16 (e.g. AMD Zen 4), and LLVM's
// sapphirerapids CPU emits AVX512-FP16 (vmovw) -> SIGILL at run time. So we ask
// Halide for the host target and drop features /proc/cpuinfo doesn't back.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { BuildContext, compileObject, linkExecutable } from './build';
import { describeFailure, run } from './run';

/** Halide x86 feature -> /proc/cpuinfo flags it needs (all of them). */
export const X86_REQUIREMENTS: Record<string, string[]> = {
  sse41: ['sse4_1'],
  avx: ['avx'],
  avx2: ['avx2'],
  fma: ['fma'],
  fma4: ['fma4'],
  f16c: ['f16c'],
  avx512: ['avx512f', 'avx512cd'],
  avx512_knl: ['avx512pf', 'avx512er'],
  avx512_skylake: ['avx512vl', 'avx512bw', 'avx512dq'],
  avx512_cannonlake: ['avx512ifma', 'avx512vbmi'],
  avx512_sapphirerapids: ['avx512_bf16', 'avx512_vnni', 'avx512_fp16'],
};

export function readCpuFlags(cpuinfo = '/proc/cpuinfo'): Set<string> | null {
  try {
    const m = /^flags\s*:(.*)$/m.exec(fs.readFileSync(cpuinfo, 'utf8'));
    return m ? new Set(m[1].trim().split(/\s+/)) : null;
  } catch {
    return null;
  }
}

export interface SanitizedTarget {
  target: string;
  dropped: string[];
}

/** Removes x86 features the CPU lacks; other targets pass through unchanged. */
export function sanitizeTarget(target: string, cpuFlags: Set<string> | null): SanitizedTarget {
  const parts = target.split('-');
  if (!cpuFlags || parts[0] !== 'x86') return { target, dropped: [] };
  const kept: string[] = [];
  const dropped: string[] = [];
  parts.forEach((p, i) => {
    const need = i >= 3 ? X86_REQUIREMENTS[p] : undefined; // x86-64-linux-<features>
    if (need && !need.every((f) => cpuFlags.has(f))) dropped.push(p);
    else kept.push(p);
  });
  return { target: kept.join('-'), dropped };
}

/**
 * A target to run on this machine other than its own (collect --target): the same architecture, bit
 * width and OS, and no instruction set the host target lacks, so that what it compiles runs here. Throws,
 * saying why, when it would not.
 */
export function runnableTarget(requested: string, host: string): string {
  const [arch, bits, os, ...features] = requested.trim().split('-');
  const [hArch, hBits, hOs, ...hFeatures] = host.split('-');
  if (arch !== hArch || bits !== hBits || os !== hOs) {
    throw new Error(`target ${requested} is not this machine's kind (${hArch}-${hBits}-${hOs}): its code would not run here`);
  }
  const missing = features.filter((f) => f in X86_REQUIREMENTS && !hFeatures.includes(f));
  if (missing.length) throw new Error(`target ${requested} asks for ${missing.join(', ')}, which this machine's target ${host} lacks`);
  return [arch, bits, os, ...features].join('-');
}

/**
 * This machine's x86 target as Halide would detect it, from /proc/cpuinfo alone (no toolchain, no
 * process): the features whose CPU flags are all present. Undefined off x86 Linux or without cpuinfo.
 * The front end reads `get_target()` questions and `natural_vector_size` for it by default.
 */
export function cpuTarget(cpuinfo = '/proc/cpuinfo'): string | undefined {
  // The CPU does not change under a running process: the server asks at every edit, read once.
  if (cpuinfo === '/proc/cpuinfo') return (thisCpu ??= { target: readCpuTarget(cpuinfo) }).target;
  return readCpuTarget(cpuinfo);
}

let thisCpu: { target: string | undefined } | undefined;

function readCpuTarget(cpuinfo: string): string | undefined {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  const flags = readCpuFlags(cpuinfo);
  if (!flags) return undefined;
  const features = Object.entries(X86_REQUIREMENTS).filter(([, need]) => need.every((f) => flags.has(f))).map(([name]) => name);
  return ['x86', '64', 'linux', ...features.sort()].join('-');
}

const PROBE_SOURCE = `#include "Halide.h"
#include <cstdio>
int main() { std::printf("%s\\n", Halide::get_host_target().to_string().c_str()); }
`;

let cached: Promise<SanitizedTarget> | undefined;

/**
 * Host target as Halide sees it, sanitized. Uses Debian's get_host_target tool
 * when present, else builds a three-line probe against the install.
 */
export function hostTarget(ctx: BuildContext): Promise<SanitizedTarget> {
  if (!cached) {
    cached = detect(ctx).catch((e: unknown) => {
      cached = undefined; // don't remember failures
      throw e;
    });
  }
  return cached;
}

async function detect(ctx: BuildContext): Promise<SanitizedTarget> {
  let exe = path.join(ctx.tc.pluginDir, 'get_host_target');
  if (!fs.existsSync(exe)) {
    const src = path.join(ctx.cacheDir, 'src', 'host_target_probe.cpp');
    fs.mkdirSync(path.dirname(src), { recursive: true });
    if (!fs.existsSync(src) || fs.readFileSync(src, 'utf8') !== PROBE_SOURCE) fs.writeFileSync(src, PROBE_SOURCE);
    const obj = await compileObject(ctx, src);
    exe = (await linkExecutable(ctx, 'host_target_probe', [obj.objectPath])).exePath;
  }
  const r = await run(exe, [], { timeoutMs: 30_000, signal: ctx.signal });
  const raw = r.stdout.trim().split('\n').pop() ?? '';
  if (r.code !== 0 || !raw) throw new Error(`cannot determine the host target: ${describeFailure(exe, r)}`);
  return sanitizeTarget(raw, readCpuFlags());
}
