// `npm run bench:search`: the schedule search against the authors' schedules and Halide's
// autoschedulers, measured in one run on this machine (never compare timings across runs). For the
// corpus pipelines of the test split and the realworld generators with estimates: the run time of
// the hand schedule, Mullapudi2016, Li2018, Adams2019 (beam --adams-beam, capped by --timeout-s), our
// suggestion from the model alone (--budget-ms) and verified (the fastest measured of the best 5),
// the model-only suggestion ranked with caution (--caution K: the prediction raised by the ensemble
// members' disagreement) and the model-only suggestion of another model (--compare-model PATH: the
// previous model, say; --model PATH searches the other columns with a candidate model instead of the
// shipped one), each timed by the same bench worker; geometric means against the hand
// schedule; search times; failures by kind. Slow (minutes per pipeline): not part of `npm run bench`.
//
//   node out/bench/search.js [--pipelines REGEX] [--budget-ms 3000] [--adams-beam 32] [--timeout-s 300] [--model PATH] [--caution K] [--compare-model PATH] [--compare-widen] [--compare-limits ROLLOUT,DECIDED,CODE[,SERIAL_ROOT_MAX]] [--show-suggestions]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { extract } from '../server/src/halide/extract';
import type { GeneratorGraph } from '../server/src/halide/graph';
import { CostModel } from '../server/src/model/index';
import { toDirective } from '../server/src/search/lower';
import { DEFAULT_LIMITS } from '../server/src/search/beam';
import type { ScheduleStep } from '../server/src/search/printer';
import { DEFAULT_CAUTION, suggestSchedule } from '../server/src/search/suggest';
import type { BuildContext } from '../server/src/toolchain/build';
import { compiledGraphAskingParams } from '../server/src/toolchain/compiledGraph';
import { hostTarget } from '../server/src/toolchain/target';
import { compileGenerator, launchWorker } from '../server/src/toolchain/workerBuild';
import { toWorkerDirectives } from '../server/src/toolchain/workerDirectives';
import type { BenchWorker } from '../server/src/toolchain/worker';
import type { WorkerSchedule } from '../server/src/toolchain/workerProtocol';
import { workerGraph } from '../server/src/toolchain/workerGraph';
import { benchContext, benchPipelines, type BenchPipeline } from './pipelines';

const ROOT = path.resolve(__dirname, '..', '..');
const arg = (name: string, dflt: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const FILTER = new RegExp(arg('--pipelines', '.'));
const BUDGET_MS = Number(arg('--budget-ms', '3000'));
const ADAMS_BEAM = arg('--adams-beam', '32');
const TIMEOUT_MS = Number(arg('--timeout-s', '300')) * 1000;
/** The cautious search's caution (SuggestOptions.caution), beside the default's, in the same run. */
const CAUTION = Number(arg('--caution', String(DEFAULT_CAUTION)));
/** The model the suggested, verified and cautious columns search with (default: the shipped one). */
const MODEL = arg('--model', '');
/** Another cost model whose model-only suggestion is timed beside ours, by the same search code in the same run. */
const COMPARE_MODEL = arg('--compare-model', '');
/** The compared column searches with widening (SuggestOptions.widen): the shipped model unless --compare-model. */
const COMPARE_WIDEN = process.argv.includes('--compare-widen');
/**
 * The compared column searches within other caps (SearchLimits: rollout inline terms, decided inline
 * terms, code budget, and optionally the most points of a parallelizable root Func offered serial).
 */
const COMPARE_LIMITS = ((v) => {
  if (!v) return undefined;
  const [rolloutCap, decidedCap, codeBudget, serial] = v.split(',').map(Number);
  const serialRootMax = serial ?? DEFAULT_LIMITS.serialRootMax;
  if (![rolloutCap, decidedCap, codeBudget, serialRootMax].every((n) => n > 0)) throw new Error(`--compare-limits takes three or four positive numbers (Infinity allowed): ${v}`);
  return { rolloutCap, decidedCap, codeBudget, serialRootMax };
})(arg('--compare-limits', ''));
/** Print each model-only suggestion's code under its row (diagnosing where the search loses). */
const SHOW = process.argv.includes('--show-suggestions');
const SOURCES = ['hand', 'mullapudi2016', 'li2018', 'adams2019', 'suggested', 'verified', 'cautious', 'compared'] as const;
type Source = (typeof SOURCES)[number];

type Job = BenchPipeline;
interface Row { id: string; code?: string; ms: Partial<Record<Source, number>>; searchMs: Partial<Record<Source, number>>; failures: Partial<Record<Source, string>> }

const jobs = (): Job[] => benchPipelines(ROOT, FILTER);

/** The search's steps as the bench worker's directives. */
function stepsToWorker(steps: ScheduleStep[]): WorkerSchedule {
  return { kind: 'directives', directives: toWorkerDirectives(steps.map(toDirective)) };
}

const kind = (error: string) => error.replace(/\/[^\s:]*\//g, '').replace(/\d+/g, 'N').slice(0, 70);

async function runJob(j: Job, ctx: BuildContext, model: CostModel, other: CostModel | null, threads: number, target: string): Promise<Row> {
  const row: Row = { id: j.id, ms: {}, searchMs: {}, failures: {} };
  const fail = (s: Source, why: string) => { row.failures[s] = why.split('\n')[0].slice(0, 200); };
  let params: Record<string, string> = {};
  let graph: GeneratorGraph | undefined;
  try {
    if (j.realworld) {
      // The GeneratorParams Halide asks for; the graph comes from the worker below.
      params = (await compiledGraphAskingParams(j.file, j.generator, { includeDirs: j.includeDirs, extraSources: j.extraSources, cacheDir: ctx.cacheDir, target })).params;
    } else {
      graph = extract(fs.readFileSync(j.file, 'utf8'), { uri: j.file, target }).generators[0];
    }
  } catch (err) {
    for (const s of SOURCES) fail(s, `build: ${(err as Error).message}`);
    return row;
  }
  const objs = await compileGenerator(ctx, j.file, j);
  const worker: BenchWorker = await launchWorker(ctx, objs.map((o) => o.objectPath), j.generator, { target });
  if (j.realworld) {
    // Halide's own graph as the autoschedulers see it (auto_schedule=true, no schedule): many real
    // generators set their estimates only there, and the static reading is not exact for all of them.
    const built = await workerGraph(worker, { generator: j.generator, params }, fs.readFileSync(j.file, 'utf8'), TIMEOUT_MS);
    if (typeof built === 'string') for (const s of ['suggested', 'verified'] as const) fail(s, `no pipeline graph: ${built}`);
    else graph = built;
  }
  const time = async (s: Source, schedule: WorkerSchedule): Promise<number | null> => {
    // Corpus graphs are static reads (fresh-process names); realworld ones the worker's own dump.
    const r = await worker.request({ generator: j.generator, params, schedule, threads, reps: 5, min_rep_ms: 10, max_total_ms: 10_000, fresh_names: !j.realworld }, { timeoutMs: TIMEOUT_MS });
    if (!r.ok) { fail(s, r.error); return null; }
    if (schedule.kind === 'autoscheduler') row.searchMs[s] = r.schedule_ms;
    return Math.min(...r.times_ms);
  };
  try {
    for (const s of ['hand', 'mullapudi2016', 'li2018', 'adams2019'] as const) {
      const schedule: WorkerSchedule = s === 'hand' ? { kind: 'hand' }
        : { kind: 'autoscheduler', name: s, env: s === 'adams2019' ? { HL_BEAM_SIZE: ADAMS_BEAM } : undefined };
      const ms = await time(s, schedule);
      if (ms !== null) row.ms[s] = ms;
    }
    if (graph) try {
      const r = await suggestSchedule(model, graph, { threads, target, budgetMs: BUDGET_MS, seed: 1, from: 'scratch', keep: 5 });
      row.searchMs.suggested = r.elapsedMs;
      if (SHOW) row.code = r.code;
      const measured: number[] = [];
      for (const [i, alt] of r.alternatives.entries()) {
        const ms = await time(i === 0 ? 'suggested' : 'verified', stepsToWorker(alt.steps));
        if (ms === null) continue;
        if (i === 0) row.ms.suggested = ms;
        measured.push(ms);
      }
      if (measured.length) row.ms.verified = Math.min(...measured);
    } catch (err) {
      fail('suggested', (err as Error).message);
    }
    /** Another model-only suggestion (another ranking or model), timed as column `s`. */
    const modelOnly = async (s: 'cautious' | 'compared', m: CostModel, caution?: number, widen?: boolean): Promise<void> => {
      try {
        const r = await suggestSchedule(m, graph!, { threads, target, budgetMs: BUDGET_MS, seed: 1, from: 'scratch', keep: 1, caution, widen, limits: s === 'compared' ? COMPARE_LIMITS : undefined });
        row.searchMs[s] = r.elapsedMs;
        const ms = await time(s, stepsToWorker(r.steps));
        if (ms !== null) row.ms[s] = ms;
      } catch (err) {
        fail(s, (err as Error).message);
      }
    };
    if (graph && CAUTION !== DEFAULT_CAUTION) await modelOnly('cautious', model, CAUTION);
    if (graph && other) await modelOnly('compared', other, undefined, COMPARE_WIDEN);
  } finally {
    await worker.close();
  }
  return row;
}

const geomean = (xs: number[]) => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
const fmt = (ms: number | undefined) => (ms === undefined ? '-' : ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3));

async function main(): Promise<void> {
  const ctx = benchContext();
  if (!ctx) return;
  const target = (await hostTarget(ctx)).target;
  const threads = os.availableParallelism();
  const model = new CostModel({ modelPath: MODEL || undefined });
  // --compare-widen or --compare-limits alone searches with the same model: one session, not a second copy of it.
  const other = COMPARE_MODEL ? new CostModel({ modelPath: COMPARE_MODEL }) : COMPARE_WIDEN || COMPARE_LIMITS ? model : null;
  const list = jobs();
  console.log(`Halide Lens schedule search against the autoschedulers: ${list.length} pipelines, one run, ${os.cpus()[0]?.model.trim()} (${threads} cores), target ${target}`);
  console.log(`model: ${MODEL || 'the shipped one (models/cost_model.onnx)'}`);
  console.log(`suggested: the model's best from scratch in ${BUDGET_MS} ms; verified: the fastest measured of its best 5; cautious: the model's best ranked by prediction x exp(${CAUTION} x members' sd)${CAUTION === DEFAULT_CAUTION ? ' (not run: --caution K)' : ''}; compared: ${other ? `the model-only suggestion of ${COMPARE_MODEL || 'the same model'}${COMPARE_WIDEN ? ', widening the beam while the budget lasts' : ''}${COMPARE_LIMITS ? `, within limits ${JSON.stringify(COMPARE_LIMITS, (_, v) => (v === Infinity ? "Infinity" : v))}` : ''}` : 'not run (--compare-model PATH, --compare-widen, --compare-limits)'}; Adams2019 beam ${ADAMS_BEAM}; each timed 5 times (fastest kept), ${TIMEOUT_MS / 1000} s cap per schedule\n`);
  console.log(`| pipeline | ${SOURCES.join(' ms | ')} ms | wall |`);
  console.log(`| --- | ${SOURCES.map(() => '---:').join(' | ')} | ---: |`);
  const rows: Row[] = [];
  // Stopped early (SIGINT/SIGTERM): the summary of the pipelines measured so far.
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => { console.log(`\n(stopped by ${sig} after ${rows.length} of ${list.length} pipelines)`); summary(rows); process.exit(0); });
  for (const j of list) {
    const t0 = performance.now();
    const r = await runJob(j, ctx, model, other, threads, target);
    rows.push(r);
    console.log(`| ${r.id} | ${SOURCES.map((s) => fmt(r.ms[s])).join(' | ')} | ${((performance.now() - t0) / 1000).toFixed(0)} s |`);
    if (r.code) console.log(r.code.split('\n').filter((l) => !/^R?Var /.test(l)).map((l) => `    ${l}`).join('\n'));
  }
  summary(rows);
  await model.dispose();
  if (other !== model) await other?.dispose();
}

/** Run times at least this long are steady between runs (microsecond pipelines are not). */
const STEADY_MS = 0.05;

function summary(rows: Row[]): void {
  console.log(`\n| against the hand schedule (geomean of ratios; < 1 is faster) | pipelines | ratio | median search time |`);
  console.log('| --- | ---: | ---: | ---: |');
  for (const s of SOURCES.slice(1)) {
    const both = rows.filter((r) => r.ms.hand !== undefined && r.ms[s] !== undefined);
    const times = rows.map((r) => r.searchMs[s]).filter((x): x is number => x !== undefined).sort((a, b) => a - b);
    console.log(`| ${s} | ${both.length} | ${both.length ? geomean(both.map((r) => r.ms[s]! / r.ms.hand!)).toFixed(2) + 'x' : '-'} | ${times.length ? `${fmt(times[Math.floor(times.length / 2)])} ms` : '-'} |`);
  }
  const ours = rows.filter((r) => r.ms.suggested !== undefined && r.ms.adams2019 !== undefined);
  if (ours.length) console.log(`\nsuggested / Adams2019 on the ${ours.length} pipelines both ran: ${geomean(ours.map((r) => r.ms.suggested! / r.ms.adams2019!)).toFixed(2)}x; verified / Adams2019: ${geomean(ours.filter((r) => r.ms.verified !== undefined).map((r) => r.ms.verified! / r.ms.adams2019!)).toFixed(2)}x`);
  // A pipeline of a few microseconds swings 2x between runs and moves a geomean of ~20 by 4%.
  const timed = ours.filter((r) => r.ms.adams2019! >= STEADY_MS);
  if (timed.length && timed.length < ours.length) console.log(`suggested / Adams2019 on the ${timed.length} where Adams2019 takes at least ${STEADY_MS} ms: ${geomean(timed.map((r) => r.ms.suggested! / r.ms.adams2019!)).toFixed(2)}x; verified / Adams2019: ${geomean(timed.filter((r) => r.ms.verified !== undefined).map((r) => r.ms.verified! / r.ms.adams2019!)).toFixed(2)}x`);
  for (const s of ['cautious', 'compared'] as const) {
    const both = rows.filter((r) => r.ms[s] !== undefined && r.ms.suggested !== undefined);
    if (!both.length) continue;
    const withAdams = both.filter((r) => r.ms.adams2019 !== undefined);
    console.log(`${s} / suggested on the ${both.length} pipelines both ran: ${geomean(both.map((r) => r.ms[s]! / r.ms.suggested!)).toFixed(2)}x` +
      (withAdams.length ? `; ${s} / Adams2019 on ${withAdams.length}: ${geomean(withAdams.map((r) => r.ms[s]! / r.ms.adams2019!)).toFixed(2)}x` : ''));
  }
  const failures = new Map<string, number>();
  for (const r of rows) for (const [s, why] of Object.entries(r.failures)) failures.set(`${s}: ${kind(why!)}`, (failures.get(`${s}: ${kind(why!)}`) ?? 0) + 1);
  if (failures.size) {
    console.log('\nfailures by kind:');
    for (const [k, n] of [...failures].sort((a, b) => b[1] - a[1])) console.log(`- ${n} × ${k}`);
  }
}

void main().catch((err) => { console.error(err); process.exit(1); });
