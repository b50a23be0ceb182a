// `npm run bench:targets`: does the model move the way the machine does when the vector width
// changes? Each pipeline (the corpus test split and the realworld generators with estimates) is
// compiled for this machine's AVX-512 target and for the same target without AVX-512 (AVX2: half the
// vector width), each with its hand schedule and Mullapudi2016's (which asks the target for its vector
// width), and timed here by one bench worker per target, in one run. Halide reports each pipeline as
// scheduled, and the model predicts it for the target it was compiled for. A pair agrees when the
// measured and the predicted AVX2/AVX-512 ratios point the same way, or both stay within 10%.
//
//   node out/bench/targets.js [--pipelines REGEX] [--reps 7]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CostModel } from '../server/src/model/index';
import { predictGraph } from '../server/src/model/predict';
import { describeTargetPairs, direction, NO_CHANGE_BAND, scoreTargetPairs } from '../server/src/model/targetPairs';
import type { BuildContext } from '../server/src/toolchain/build';
import { compiledGraphAskingParams } from '../server/src/toolchain/compiledGraph';
import { dumpToGenerator } from '../server/src/toolchain/dumpToGraph';
import { hostTarget } from '../server/src/toolchain/target';
import type { BenchWorker } from '../server/src/toolchain/worker';
import { compileGenerator, launchWorker } from '../server/src/toolchain/workerBuild';
import type { WorkerSchedule } from '../server/src/toolchain/workerProtocol';
import { benchContext, benchPipelines, type BenchPipeline } from './pipelines';

const ROOT = path.resolve(__dirname, '..', '..');
const arg = (name: string, dflt: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const FILTER = new RegExp(arg('--pipelines', '.'));
const REPS = Number(arg('--reps', '7'));
const TIMEOUT_MS = 300_000;
const SCHEDULES: { name: string; schedule: WorkerSchedule }[] = [
  { name: 'hand', schedule: { kind: 'hand' } },
  { name: 'mullapudi2016', schedule: { kind: 'autoscheduler', name: 'mullapudi2016' } },
];

type Job = BenchPipeline;
interface Pair { id: string; schedule: string; measured: [number, number]; predicted: [number, number] }

const jobs = (): Job[] => benchPipelines(ROOT, FILTER);

/** The host target without its AVX-512 features: the same machine with half the vector width. */
export function withoutAvx512(target: string): string {
  return target.split('-').filter((f, i) => i < 3 || !f.startsWith('avx512')).join('-');
}

/** Times one schedule on one worker and predicts the pipeline Halide reports for it. */
async function measure(worker: BenchWorker, j: Job, params: Record<string, string>, schedule: WorkerSchedule, model: CostModel, threads: number, text: string): Promise<{ ms: number; predicted: number } | string> {
  const r = await worker.request({ generator: j.generator, params, schedule, threads, reps: REPS, min_rep_ms: 10, max_total_ms: 10_000, dump: true }, { timeoutMs: TIMEOUT_MS });
  if (!r.ok) return r.error.split('\n')[0].slice(0, 120);
  if (!r.dump) return 'no pipeline dump returned';
  const graph = dumpToGenerator(r.dump, { text, params }).graph;
  return { ms: Math.min(...r.times_ms), predicted: (await predictGraph(model, graph, threads)).totalMs };
}

async function runJob(j: Job, ctx: BuildContext, targets: [string, string], model: CostModel, threads: number, failures: string[]): Promise<Pair[]> {
  let params: Record<string, string> = {};
  if (j.realworld) params = (await compiledGraphAskingParams(j.file, j.generator, { includeDirs: j.includeDirs, extraSources: j.extraSources, cacheDir: ctx.cacheDir, target: targets[1] })).params;
  const text = fs.readFileSync(j.file, 'utf8');
  const objs = await compileGenerator(ctx, j.file, j);
  const got = new Map<string, ({ ms: number; predicted: number } | string)[]>();
  for (const target of targets) {
    const worker = await launchWorker(ctx, objs.map((o) => o.objectPath), j.generator, { target });
    try {
      for (const s of SCHEDULES) {
        const list = got.get(s.name) ?? [];
        list.push(await measure(worker, j, params, s.schedule, model, threads, text));
        got.set(s.name, list);
      }
    } finally {
      await worker.close();
    }
  }
  const pairs: Pair[] = [];
  for (const [name, [a, b]] of got) {
    if (typeof a === 'string' || typeof b === 'string') { failures.push(`${j.id} ${name}: ${typeof a === 'string' ? a : b}`); continue; }
    pairs.push({ id: j.id, schedule: name, measured: [a.ms, b.ms], predicted: [a.predicted, b.predicted] });
  }
  return pairs;
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3));

async function main(): Promise<void> {
  const ctx = benchContext();
  if (!ctx) return;
  const host = (await hostTarget(ctx)).target;
  if (!host.includes('avx512')) {
    console.log(`skipped: this machine's target (${host}) has no AVX-512 to compare AVX2 against`);
    return;
  }
  const targets: [string, string] = [withoutAvx512(host), host];
  const threads = os.availableParallelism();
  const model = new CostModel({});
  const list = jobs();
  console.log(`AVX2 vs AVX-512 on one machine, one run: ${list.length} pipelines x ${SCHEDULES.map((s) => s.name).join(', ')}; ${os.cpus()[0]?.model.trim()} (${threads} cores), ${new Date().toISOString()}`);
  console.log(`AVX2: ${targets[0]}\nAVX-512: ${targets[1]}\nfastest of ${REPS} runs; ratio = AVX2 / AVX-512 (> 1: AVX-512 faster); agree: same direction, or both within ${Math.round((NO_CHANGE_BAND - 1) * 100)}%\n`);
  console.log('| pipeline | schedule | AVX2 ms | AVX-512 ms | measured ratio | predicted ratio | agree |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | :---: |');
  const pairs: Pair[] = [];
  const failures: string[] = [];
  for (const j of list) {
    try {
      for (const p of await runJob(j, ctx, targets, model, threads, failures)) {
        pairs.push(p);
        const m = p.measured[0] / p.measured[1], q = p.predicted[0] / p.predicted[1];
        console.log(`| ${p.id} | ${p.schedule} | ${fmt(p.measured[0])} | ${fmt(p.measured[1])} | ${m.toFixed(2)} | ${q.toFixed(2)} | ${direction(m) === direction(q) ? 'yes' : 'no'} |`);
      }
    } catch (err) {
      failures.push(`${j.id}: ${(err as Error).message.split('\n')[0].slice(0, 160)}`);
    }
  }
  console.log(`\n${describeTargetPairs(scoreTargetPairs(pairs.map((p) => ({ measured: p.measured[0] / p.measured[1], predicted: p.predicted[0] / p.predicted[1] }))))}`);
  if (failures.length) console.log(`\nfailures (${failures.length}):\n${failures.map((f) => `- ${f}`).join('\n')}`);
  await model.dispose();
}

if (require.main === module) void main().catch((err) => { console.error(err); process.exit(1); });
