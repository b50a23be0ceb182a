// Command dispatch and argument parsing for `halide-lens`. Exit codes: 0 ok, 1 failure, 2 usage.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extract } from '../halide/extract';
import { graphDot, graphText } from './format';
import { startStdioServer } from '../lsp/main';

const USAGE = `usage: halide-lens <command> [options]

commands:
  graph FILE.cpp [--generator NAME] [--param NAME=VALUE ...] [--schedule FILE.schedule.h]
        [--auto-schedule] [--json|--dot]
        read a Halide generator and print its stage graph
  lsp --stdio
        run the language server over standard input/output
  help  print this text

exit codes: 0 success, 1 the input could not be read, 2 bad usage`;

export class UsageError extends Error {}

interface Parsed { positional: string[]; flags: Map<string, string | true>; params: Record<string, string> }

const VALUE_FLAGS = new Set(['--generator', '--schedule', '--param']);

export function parseArgs(argv: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const params: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [k, v] = a.split('=', 2);
      if (VALUE_FLAGS.has(k)) {
        const value = v ?? argv[++i];
        if (value === undefined) throw new UsageError(`${k} needs a value`);
        if (k === '--param') {
          const eq = value.indexOf('=');
          if (eq <= 0) throw new UsageError(`--param wants NAME=VALUE, not '${value}'`);
          params[value.slice(0, eq)] = value.slice(eq + 1);
        }
        flags.set(k, value);
      } else flags.set(k, true);
    } else positional.push(a);
  }
  return { positional, flags, params };
}

function readFile(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read ${what} '${file}': ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

function checkFlags(p: Parsed, allowed: string[]): void {
  for (const k of p.flags.keys()) if (!allowed.includes(k)) throw new UsageError(`unknown option ${k}`);
}

async function graphCommand(p: Parsed, out: (s: string) => void): Promise<number> {
  checkFlags(p, ['--generator', '--param', '--schedule', '--auto-schedule', '--json', '--dot']);
  const file = p.positional[0];
  if (!file) throw new UsageError('graph needs a FILE.cpp');
  if (p.flags.has('--json') && p.flags.has('--dot')) throw new UsageError('choose one of --json and --dot');
  const text = readFile(file, 'generator');
  const schedulePath = p.flags.get('--schedule');
  const schedule = typeof schedulePath === 'string' ? readFile(schedulePath, 'schedule') : undefined;
  const generator = p.flags.get('--generator');
  const graph = extract(text, {
    uri: path.relative(process.cwd(), file) || file,
    schedule,
    autoSchedule: p.flags.has('--auto-schedule'),
    generator: typeof generator === 'string' ? generator : undefined,
    params: p.params,
  });
  if (typeof generator === 'string' && graph.generators.length === 0) {
    throw new Error(`no generator named '${generator}' in ${file}`);
  }
  out(p.flags.has('--json') ? JSON.stringify(graph, null, 2) : p.flags.has('--dot') ? graphDot(graph) : graphText(graph));
  return graph.generators.length > 0 ? 0 : 1;
}

export async function runCli(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s + '\n')): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'graph':
        return await graphCommand(parseArgs(rest), out);
      case 'lsp': {
        startStdioServer();
        return 0;
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`halide-lens: ${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
}
