// `halide-lens features`: one generator's feature vectors (table or JSON), or the training cache
// for every sample in data/ (bulk mode). Own argument parsing: its flags are its own business.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { extract } from '../halide/extract';
import { featurize, GLOBAL_FEATURE_NAMES, STAGE_FEATURE_NAMES, type PipelineFeatures } from '../features/index';
import { featurizeDataset } from '../features/bulk';

export const FEATURES_USAGE = `  features FILE.cpp [--generator NAME] [--param NAME=VALUE ...] [--schedule FILE.schedule.h]
        [--threads N] [--json]
        per-stage feature vectors of the cost model (models/FEATURES.md), as a table or JSON
  features --data DIR --out FILE.jsonl.gz [--threads-from-sample | --threads N]
        featurize every sample in DIR (resumable) into the training cache`;

export class FeaturesUsageError extends Error {}

const VALUE = new Set(['--generator', '--param', '--schedule', '--threads', '--data', '--out']);
const BOOL = new Set(['--json', '--threads-from-sample']);

interface Args { file?: string; flags: Map<string, string | true>; params: Record<string, string> }

function parse(argv: string[]): Args {
  const a: Args = { flags: new Map(), params: {} };
  for (let i = 0; i < argv.length; i++) {
    const [k, inline] = argv[i].split(/=(.*)/s, 2);
    if (VALUE.has(k)) {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new FeaturesUsageError(`${k} needs a value`);
      if (k === '--param') {
        const eq = v.indexOf('=');
        if (eq <= 0) throw new FeaturesUsageError(`--param wants NAME=VALUE, not '${v}'`);
        a.params[v.slice(0, eq)] = v.slice(eq + 1);
      }
      a.flags.set(k, v);
    } else if (BOOL.has(argv[i])) a.flags.set(argv[i], true);
    else if (argv[i].startsWith('--')) throw new FeaturesUsageError(`unknown option ${argv[i]}`);
    else if (a.file === undefined) a.file = argv[i];
    else throw new FeaturesUsageError(`unexpected argument '${argv[i]}'`);
  }
  return a;
}

function threadsOf(a: Args): number {
  const t = a.flags.get('--threads');
  if (t === undefined) return os.availableParallelism();
  const n = Number(t);
  if (!Number.isInteger(n) || n < 1) throw new FeaturesUsageError('--threads wants a positive integer');
  return n;
}

const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(2));

/** Features as rows, stages as columns (six per block so lines stay readable). */
export function featuresTable(pf: PipelineFeatures): string {
  const out = [`generator ${pf.generator}: ${pf.stages.length} stages, ${pf.edges.length} edges, schema v${pf.schema}`];
  const w = Math.max(...STAGE_FEATURE_NAMES.map((n) => n.length));
  for (let b = 0; b < pf.stages.length; b += 6) {
    const cols = pf.stages.slice(b, b + 6);
    const width = cols.map((s) => Math.max(8, s.name.length));
    out.push('', ''.padEnd(w) + cols.map((s, i) => '  ' + s.name.padStart(width[i])).join(''));
    STAGE_FEATURE_NAMES.forEach((n, k) => out.push(n.padEnd(w) + cols.map((s, i) => '  ' + fmt(s.x[k]).padStart(width[i])).join('')));
  }
  out.push('', 'globals: ' + GLOBAL_FEATURE_NAMES.map((n, k) => `${n}=${fmt(pf.globals[k])}`).join(' '));
  out.push('edges: ' + pf.edges.map(([p, c]) => `${pf.stages[p].name} -> ${pf.stages[c].name}`).join(', '));
  for (const wn of pf.warnings) out.push(`warning: ${wn}`);
  return out.join('\n');
}

export async function featuresCommand(argv: string[], out: (s: string) => void): Promise<number> {
  const a = parse(argv);
  const data = a.flags.get('--data');
  if (typeof data === 'string') {
    const dest = a.flags.get('--out');
    if (typeof dest !== 'string') throw new FeaturesUsageError('features --data needs --out FILE.jsonl.gz');
    if (a.file) throw new FeaturesUsageError('features --data takes no FILE');
    const r = featurizeDataset({
      root: process.cwd(), dataDir: path.resolve(data), out: path.resolve(dest),
      threadsFromSample: a.flags.has('--threads-from-sample'), threads: threadsOf(a),
      log: (s) => process.stderr.write(s + '\n'),
    });
    const skipped = Object.values(r.skipped).reduce((n, k) => n + k, 0);
    out(`features: ${r.total} samples, ${r.kept} kept from ${dest}, ${r.written} featurized (${r.withWarnings} with warnings), ${skipped} skipped, ${(r.ms / 1000).toFixed(1)} s`);
    for (const [why, n] of Object.entries(r.skipped)) out(`  skipped ${n}: ${why}`);
    return 0;
  }
  if (!a.file) throw new FeaturesUsageError('features needs FILE.cpp, or --data DIR --out FILE');
  const text = fs.readFileSync(a.file, 'utf8');
  const sched = a.flags.get('--schedule');
  const generator = a.flags.get('--generator');
  const graph = extract(text, {
    uri: a.file, params: a.params,
    schedule: typeof sched === 'string' ? fs.readFileSync(sched, 'utf8') : undefined,
    generator: typeof generator === 'string' ? generator : undefined,
  });
  if (graph.generators.length !== 1) {
    const names = graph.generators.map((g) => g.registeredName ?? g.className).join(', ');
    if (!graph.generators.length) throw new Error(`no Halide::Generator found in ${a.file}`);
    throw new FeaturesUsageError(`${a.file} has several generators, choose one with --generator (${names})`);
  }
  const pf = featurize(graph.generators[0], { threads: threadsOf(a) });
  out(a.flags.has('--json') ? JSON.stringify(pf, null, 2) : featuresTable(pf));
  return 0;
}
