// `halide-lens features`: one generator's feature vectors (table or JSON), or the training cache
// for every sample in data/ (bulk mode).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { extract } from '../halide/extract';
import { featurize, GLOBAL_FEATURE_NAMES, STAGE_FEATURE_NAMES, type PipelineFeatures } from '../features/index';
import { featurizeDataset } from '../collect/trainingCache';
import { checkFlags, parseArgs, targetFlag, threadsFlag, UsageError, type Parsed } from './args';
import { type GeneratorGraph, generatorKey } from '../halide/graph';
import { withGuessedEstimates } from '../halide/sizing';
import { exactGenerator } from './exact';
import { originLabel } from './format';

export const FEATURES_USAGE = `  features FILE.cpp [--generator NAME] [--param NAME=VALUE ...] [--schedule FILE.schedule.h]
        [--target TARGET] [--threads N] [--exact [--include DIR]] [--json]
        per-stage feature vectors of the cost model (models/FEATURES.md), as a table or JSON
  features --data DIR --out FILE.jsonl.gz [--threads-from-sample | --threads N] [--machine ID | --all-hardware]
        featurize every sample in DIR (resumable) into the training cache: one hardware's (the one with
        the most samples, or --machine's), or with --all-hardware every hardware's, each line naming its own
        (training/train.py then ranks within one hardware and learns a scale per hardware)`;

const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(2));

/** Features as rows, stages as columns (six per block so lines stay readable). */
export function featuresTable(pf: PipelineFeatures, origin: GeneratorGraph['origin'] = 'static'): string {
  const out = [`generator ${pf.generator}: ${pf.stages.length} stages, ${pf.edges.length} edges, schema v${pf.schema} [${originLabel({ origin })}]`];
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
  const p: Parsed = parseArgs(argv);
  checkFlags(p, ['--generator', '--param', '--schedule', '--target', '--threads', '--data', '--out', '--json', '--threads-from-sample', '--machine', '--all-hardware', '--exact', '--include']);
  if (p.positional.length > 1) throw new UsageError(`unexpected argument '${p.positional[1]}'`);
  const a = { file: p.positional[0] as string | undefined, flags: p.flags, params: p.params };
  const data = a.flags.get('--data');
  if (typeof data === 'string') {
    const dest = a.flags.get('--out');
    const machine = a.flags.get('--machine');
    if (typeof dest !== 'string') throw new UsageError('features --data needs --out FILE.jsonl.gz');
    if (a.file) throw new UsageError('features --data takes no FILE');
    if (machine !== undefined && a.flags.has('--all-hardware')) throw new UsageError('--machine picks one hardware; --all-hardware takes every one');
    const r = featurizeDataset({
      root: process.cwd(), dataDir: path.resolve(data), out: path.resolve(dest),
      threadsFromSample: a.flags.has('--threads-from-sample'), threads: threadsFlag(p, os.availableParallelism()),
      machine: typeof machine === 'string' ? machine : undefined, allHardware: a.flags.has('--all-hardware'),
      log: (s) => process.stderr.write(s + '\n'),
    });
    const skipped = Object.values(r.skipped).reduce((n, k) => n + k, 0);
    out(`features: ${r.total} samples, ${r.kept} kept from ${dest}, ${r.written} featurized (${r.withWarnings} with warnings), ${skipped} skipped, ${(r.ms / 1000).toFixed(1)} s`);
    for (const [why, n] of Object.entries(r.skipped)) out(`  skipped ${n}: ${why}`);
    return 0;
  }
  if (!a.file) throw new UsageError('features needs FILE.cpp, or --data DIR --out FILE');
  const text = fs.readFileSync(a.file, 'utf8');
  const sched = a.flags.get('--schedule');
  const generator = a.flags.get('--generator');
  const graph = extract(text, {
    uri: a.file, params: a.params,
    schedule: typeof sched === 'string' ? fs.readFileSync(sched, 'utf8') : undefined,
    generator: typeof generator === 'string' ? generator : undefined, target: targetFlag(p),
  });
  if (graph.generators.length !== 1) {
    const names = graph.generators.map(generatorKey).join(', ');
    if (!graph.generators.length) throw new Error(`no Halide::Generator found in ${a.file}`);
    throw new UsageError(`${a.file} has several generators, choose one with --generator (${names})`);
  }
  const g = a.flags.has('--exact')
    ? await exactGenerator(a.file, p, graph.generators[0], graph, typeof sched === 'string' ? sched : undefined)
    : graph.generators[0];
  // At the sizes a prediction assumes: guessed where the generator sets no estimates.
  const { graph: sized, guessed } = withGuessedEstimates(g);
  const pf = featurize(sized, { threads: threadsFlag(p, os.availableParallelism()) });
  if (guessed.length) pf.warnings.unshift(`sizes guessed (no estimates): ${guessed.join('; ')}`);
  out(a.flags.has('--json') ? JSON.stringify({ ...pf, origin: g.origin }, null, 2) : featuresTable(pf, g.origin));
  return 0;
}
