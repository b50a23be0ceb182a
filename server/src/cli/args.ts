// Argument parsing shared by every `halide-lens` command: flags with values, boolean flags,
// repeated --param NAME=VALUE, positionals. Usage mistakes are UsageError (exit code 2).
import * as fs from 'node:fs';
import { cpuTarget } from '../toolchain/target';

export class UsageError extends Error {}

export interface Parsed { positional: string[]; flags: Map<string, string | true>; params: Record<string, string> }

/** Flags that take a value (`--flag VALUE` or `--flag=VALUE`); any other `--flag` is boolean. */
export const VALUE_FLAGS = new Set([
  '--generator', '--schedule', '--param', '--threads', '--autoscheduler', '--minutes', '--pipeline-minutes', '--max-samples', '--pipelines',
  '--random-pipelines', '--data', '--remeasure', '--model', '--out', '--machine', '--include', '--budget-ms', '--seed',
  '--schedule-h', '--from', '--target', '--realworld', '--probes', '--group', '--real-shaped', '--search', '--search-model', '--sources', '--replay',
  '--replay-count', '--pair-target',
]);

export function parseArgs(argv: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const params: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    // Split at the first '=' only: `--param=scale=2` keeps `scale=2` whole.
    const [k, v] = a.split(/=(.*)/s, 2);
    if (!VALUE_FLAGS.has(k)) {
      flags.set(a, true);
      continue;
    }
    const value = v ?? argv[++i];
    if (value === undefined) throw new UsageError(`${k} needs a value`);
    if (k === '--param') {
      const eq = value.indexOf('=');
      if (eq <= 0) throw new UsageError(`--param wants NAME=VALUE, not '${value}'`);
      params[value.slice(0, eq)] = value.slice(eq + 1);
    }
    flags.set(k, value);
  }
  return { positional, flags, params };
}

export function checkFlags(p: Parsed, allowed: string[]): void {
  for (const k of p.flags.keys()) if (!allowed.includes(k)) throw new UsageError(`unknown option ${k}`);
}

/** --threads N (a positive integer), or the given default. */
export function threadsFlag(p: Parsed): number | undefined;
export function threadsFlag(p: Parsed, dflt: number): number;
export function threadsFlag(p: Parsed, dflt?: number): number | undefined {
  const t = p.flags.get('--threads');
  if (t === undefined) return dflt;
  const n = Number(t);
  if (!Number.isInteger(n) || n < 1) throw new UsageError('--threads wants a positive integer');
  return n;
}

export function readFile(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read ${what} '${file}': ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/**
 * --target: the Halide target string `if (get_target()...)` and `natural_vector_size` are decided
 * for; by default this machine's (the target the toolchain compiles for here).
 */
export function targetFlag(p: Parsed): string | undefined {
  const t = p.flags.get('--target');
  if (t === undefined) return cpuTarget();
  if (typeof t !== 'string' || !/^[a-z0-9_]+-\d+-[a-z0-9_]+(-[a-z0-9_]+)*$/.test(t)) throw new UsageError('--target takes a Halide target string, e.g. x86-64-linux-avx-avx2');
  return t;
}
