// The data collector: for each planned pipeline, one bench worker process measures every planned
// schedule that data/ does not hold yet. Honest timing: the median of 7 repetitions with all of
// them kept, one schedule at a time on an otherwise idle machine (the worker's fork is the only
// thing running while it times), a load check before each sample and a re-measurement when the
// repetitions disagree. Append-only output, resumable, throughput printed.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import { extract } from '../halide/extract';
import type { GeneratorGraph } from '../halide/graph';
import { compileObject, type BuildContext } from '../toolchain/build';
import { compiledGraphAskingParams } from '../toolchain/compiledGraph';
import { locateHalide } from '../toolchain/halide';
import { hostTarget, runnableTarget } from '../toolchain/target';
import type { BenchWorker } from '../toolchain/worker';
import { compileGenerator, launchWorker } from '../toolchain/workerBuild';
import { workerGraph } from '../toolchain/workerGraph';
import type { BenchRequest, BenchResponse, BenchResult, ScheduleOnlyResult } from '../toolchain/workerProtocol';
import { DatasetWriter, describeMachines, machineCounts, readDumps, readFailures, readMachines, readSamples, recordMachine, SAMPLE_VERSION, splitOf, type Sample } from './dataset';
import { machineFingerprint, type MachineFingerprint } from '../toolchain/machine';
import { loadPerCore, waitForIdle } from './idle';
import { DEFAULT_PLAN, pipelinesPlan, realworldSchedulesPlan, schedulesPlan, type PipelineSpec, type PlanOptions, type ScheduleSpec } from './plan';
import { isRealworld } from './realworld';
import { toWorkerDirectives, UnsupportedDirective } from '../toolchain/workerDirectives';
import { replayPlan } from './replay';
import { updateSplits } from './summary';
import { CostModel } from '../model/costModel';
import { searchSeed, searchSeedBase, searchSpecs } from './searchSpecs';
import { staleMeasurement, WINDOWS_SIZED } from './trainingCache';
import { key, PROBE_TIMEOUTS, probeTimeoutsOf, settledFailures } from './failures';

export interface CollectOptions {
  root: string;
  dataDir: string;
  cacheDir: string;
  plan?: PlanOptions;
  maxSamples?: number;
  minutes?: number;
  /**
   * Time budget per pipeline per run: a slow pipeline (big images, long compiles) yields to the
   * next one, and a later run resumes its remaining schedules. More pipelines per hour.
   */
  pipelineMinutes?: number;
  /** Only pipelines whose id matches. */
  filter?: RegExp;
  threads?: number;
  /** How long to wait for other work to leave the cores before timing anyway (flagged). */
  idleWaitMs?: number;
  /**
   * Append even though every sample in dataDir comes from other machines. Off by default: one
   * CPU's labels mixed into another's corrupt the training set (the same schedule runs 24% slower
   * on one of our 2-core machines than on the other).
   */
  newMachine?: boolean;
  /**
   * Compile for this target instead of the host's (one with fewer instruction sets, e.g. AVX2 on an
   * AVX-512 machine): the same hardware's run times for a narrower ISA, recorded under their own id
   * with the host's id as their `hardware`, so that they train beside the host's samples.
   */
  target?: string;
  /** The model whose search picks schedules (plan.searchSchedules); default the shipped one. */
  searchModel?: string;
  /**
   * Measure only schedules of these sources (`--sources search`: a new round of the search's picks
   * without the dozens of other schedules per pipeline a machine has not measured yet).
   */
  sources?: ReadonlySet<string>;
  /** Measure again the schedules this machine id measured (replay.ts), instead of the plan's. */
  replay?: string;
  log?: (line: string) => void;
}

const SPREAD_LIMIT = 0.2;

/** A schedule that needs longer than this to compile and run 8 times is recorded as a timeout. */
const REQUEST_TIMEOUT_MS = 25_000;
/** Realworld pipelines are bigger: Adams2019's beam and the JIT compile take longer. */
const REALWORLD_TIMEOUT_MS = 120_000;
export const hash = (text: string) => crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);

interface Progress { measured: number; failed: number; duplicates: number; start: number }

function scheduleText(spec: ScheduleSpec, r: BenchResult): string | null {
  return spec.text ?? r.schedule_source ?? null;
}

/** The autoscheduler's text must be readable by our front end; report how completely. */
function parsedCompletely(source: string, text: string | null, spec: ScheduleSpec): boolean {
  if (text === null || spec.schedule.kind === 'hand') return true;
  const g = extract(source, { schedule: text });
  return !g.diagnostics.some((d) => d.severity !== 'info');
}

/**
 * Repetitions that disagree are not to be trusted as they are. (CPU share is recorded but is no
 * test of contention: a serial schedule uses one core of two however idle the machine is; the idle
 * check before timing is what keeps other work off the cores.)
 */
function contended(r: BenchResult): boolean {
  return r.spread > SPREAD_LIMIT;
}

async function measure(worker: BenchWorker, req: BenchRequest, timeoutMs: number): Promise<BenchResponse> {
  const first = await worker.request(req, { timeoutMs });
  if (!first.ok) return first;
  // Repetitions that disagree, or a busy machine: measure again and keep the steadier run.
  if (contended(first)) {
    const second = await worker.request(req, { timeoutMs });
    if (second.ok && (contended(first) ? second.spread < first.spread || !contended(second) : false)) return second;
  }
  return first;
}

/** Called when this machine has no samples in dataDir: stop before measuring if others have (see newMachine). */
function refuseForeignData(existing: readonly Sample[], machine: MachineFingerprint, opts: CollectOptions): void {
  if (opts.newMachine || existing.length === 0) return;
  // This hardware under its own target: the same machine.
  if (machine.hardware && existing.some((s) => s.machine === machine.hardware)) return;
  throw new Error(
    `${opts.dataDir} holds samples from ${describeMachines(machineCounts(existing), readMachines(opts.dataDir))}, none from this machine ` +
    `${machine.id} (${machine.cpu}, ${machine.cores} cores, ${machine.target}). Run times from two machines do not ` +
    `compare, and appending would mix them in one training set. Collect into another directory with --data DIR, ` +
    `or pass --new-machine to add this machine's samples on purpose (training then needs --machine ID).`);
}

export async function collect(opts: CollectOptions): Promise<Progress> {
  const log = opts.log ?? ((s: string) => process.stderr.write(s + '\n'));
  const plan = opts.plan ?? DEFAULT_PLAN;
  const tc = locateHalide();
  const ctx: BuildContext = { tc, cacheDir: opts.cacheDir };
  const host = (await hostTarget(ctx)).target;
  const machine = machineFingerprint(opts.target ? runnableTarget(opts.target, host) : host, host);
  const existing = readSamples(opts.dataDir);
  // A sample whose run was not what its dump describes is measured again.
  const dumps = existing.some((s) => isRealworld(s.pipeline) && s.date < WINDOWS_SIZED) ? readDumps(opts.dataDir) : null;
  const mine = existing.filter((s) => s.machine === machine.id && !(dumps?.has(s.id) && staleMeasurement(s, dumps.get(s.id)!)));
  if (mine.length === 0) refuseForeignData(existing, machine, opts);
  if (recordMachine(opts.dataDir, machine).differentCpu) {
    log(`collect: warning: machine id ${machine.id} (${machine.cpu}) has measured on more than one CPU (data/machines.json cpusSeen): ` +
      `the id hashes the CPU's name, cores and target only, and run times from different silicon may not compare`);
  }
  const done = new Set(mine.map((s) => key(s.pipeline, s.schedule.source, s.schedule.seed)));
  const failures = readFailures(opts.dataDir);
  for (const k of settledFailures(failures, machine.id)) done.add(k);
  const probeTimeouts = probeTimeoutsOf(failures, machine.id);
  const seenText = new Set(mine.map((s) => `${s.pipeline}|${s.schedule.textHash}`));
  const writer = new DatasetWriter(opts.dataDir, machine);
  const progress: Progress = { measured: 0, failed: 0, duplicates: 0, start: Date.now() };
  const deadline = opts.minutes ? progress.start + opts.minutes * 60_000 : Infinity;
  const enough = () => Date.now() > deadline || (opts.maxSamples !== undefined && progress.measured >= opts.maxSamples);
  log(`collect: machine ${machine.id} (${machine.cpu}, ${machine.cores} cores, target ${machine.target}${machine.hardware ? `; the hardware of ${machine.hardware}` : ''}), ` +
    `${existing.length} samples already in ${opts.dataDir}`);
  const stop = () => { writer.close(); };
  const report = () => {
    const hours = (Date.now() - progress.start) / 3.6e6;
    log(`collect: ${progress.measured} samples measured, ${progress.failed} failed, ${progress.duplicates} duplicate schedules skipped, ` +
      `${(progress.measured / Math.max(hours, 1e-9)).toFixed(0)} samples/hour`);
  };
  // Stopping by signal keeps what was measured (flush the buffered samples first) and still reports
  // the throughput: long runs usually end this way.
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => { stop(); report(); process.exit(sig === 'SIGINT' ? 130 : 143); });
  const pipelines = pipelinesPlan(opts.root, plan);
  // Every planned pipeline gets its split before it is measured, stored in the repo, never changed.
  const splits = updateSplits(opts.dataDir, pipelines.map((p) => p.id));
  const replay = opts.replay ? replayPlan(existing, opts.replay) : null;
  const search = plan.searchSchedules ? { model: new CostModel({ modelPath: opts.searchModel }), splits, seedBase: searchSeedBase(opts.searchModel) } : null;
  try {
    for (const p of pipelines) {
      if (enough()) break;
      if ((opts.filter && !opts.filter.test(p.id)) || (replay && !replay.has(p.id))) continue;
      await collectPipeline(p, { ctx, machine, plan, done, seenText, writer, progress, enough, log, threads: opts.threads ?? machine.cores, idleWaitMs: opts.idleWaitMs ?? 120_000, replay: replay?.get(p.id),
        pipelineBudgetMs: opts.pipelineMinutes ? opts.pipelineMinutes * 60_000 : Infinity, search, sources: opts.sources, probeTimeouts: probeTimeouts.get(p.id) ?? 0 });
    }
  } finally {
    stop();
  }
  report();
  return progress;
}

interface PipelineContext {
  ctx: BuildContext; machine: MachineFingerprint; plan: PlanOptions; done: Set<string>; seenText: Set<string>;
  writer: DatasetWriter; progress: Progress; enough: () => boolean; log: (s: string) => void; threads: number;
  idleWaitMs: number;
  /** How long one pipeline may take in this run (Infinity: no budget). */
  pipelineBudgetMs: number;
  /** Adams2019 probes of this pipeline that timed out on this machine in earlier runs. */
  probeTimeouts: number;
  /** The model whose search picks schedules to measure (plan.searchSchedules), and the splits that keep it off the test split. */
  search: { model: CostModel; splits: Parameters<typeof splitOf>[1]; seedBase: number } | null;
  /** CollectOptions.sources. */
  sources?: ReadonlySet<string>;
  /** The schedules to measure instead of the plan's (CollectOptions.replay). */
  replay?: ScheduleSpec[];
}

/**
 * Random probes often land on a schedule already measured. Ask the worker for the schedule alone
 * (the search takes milliseconds) and skip the compile and benchmark when it is a duplicate.
 */
async function duplicateProbe(worker: BenchWorker, req: BenchRequest, pipeline: string, spec: ScheduleSpec, c: PipelineContext): Promise<boolean> {
  const r = await worker.request({ ...req, schedule_only: true, featurize: false, dump: false }, { timeoutMs: isRealworld(pipeline) ? REALWORLD_TIMEOUT_MS : REQUEST_TIMEOUT_MS });
  if (!r.ok) return false; // the full request will fail the same way and record why
  const text = (r as unknown as ScheduleOnlyResult).schedule_source;
  if (text === null) return false;
  const th = hash(text);
  if (!c.seenText.has(`${pipeline}|${th}`)) return false;
  recordDuplicate(pipeline, spec, th, c);
  return true;
}

/**
 * An autoscheduler probe that landed on a schedule we have: not a new sample, and recorded so
 * that a resumed collection does not run the probe again.
 */
function recordDuplicate(pipeline: string, spec: ScheduleSpec, textHash: string, c: PipelineContext): void {
  c.progress.duplicates++;
  c.done.add(key(pipeline, spec.source, spec.seed));
  c.writer.failures.append({ pipeline, source: spec.source, seed: spec.seed, machine: c.machine.id, error: `duplicate schedule ${textHash}`, date: new Date().toISOString() });
}

/**
 * A realworld generator, built as Halide builds it, with the GeneratorParams Halide asks for. (Many
 * set their estimates only under `auto_schedule`: whether they have them shows when the worker runs.)
 */
async function prepareRealworld(p: PipelineSpec, c: PipelineContext): Promise<{ params: Record<string, string>; objects: string[] } | string> {
  const opts = { includeDirs: p.includeDirs, extraSources: p.extraSources, cacheDir: c.ctx.cacheDir, timeoutMs: 60_000, target: c.machine.target };
  let built;
  try {
    built = await compiledGraphAskingParams(p.file, p.generator, { ...opts, params: p.params });
  } catch (err) {
    return `Halide does not build it: ${(err as Error).message.split('\n')[0].slice(0, 200)}`;
  }
  // Built as the compiled graph builds it, so these objects come from its cache.
  const objs = await compileGenerator(c.ctx, p.file, p);
  return { params: built.params, objects: objs.map((o) => o.objectPath) };
}

/**
 * The search's best few for one pipeline (searchSpecs.ts), those not measured yet. Pick seeds the
 * search cannot offer (it failed, there was no graph to search, or it found fewer distinct schedules)
 * are recorded as failures, so a resumed run does not build and search the pipeline again for them.
 */
async function searchPicks(graph: GeneratorGraph | string, p: PipelineSpec, c: PipelineContext): Promise<ScheduleSpec[]> {
  const s = c.search!;
  const count = c.plan.searchSchedules ?? 0;
  const found = typeof graph === 'string' ? { specs: [], error: `no graph to search: ${graph}` }
    : await searchSpecs(s.model, graph, { count, threads: c.threads, target: c.machine.target, seedBase: s.seedBase });
  const error = found.error ?? `the search offered ${found.specs.length} distinct schedules of ${count}`;
  if (found.error) c.log(`collect: ${p.id}: the search found nothing to measure: ${found.error}`);
  const offered = new Set(found.specs.map((spec) => spec.seed));
  for (let k = 0; k < count; k++) {
    const seed = searchSeed(s.seedBase, k);
    if (offered.has(seed) || c.done.has(key(p.id, 'search', seed))) continue;
    c.writer.failures.append({ pipeline: p.id, source: 'search', seed, machine: c.machine.id, error: error.slice(0, 500), date: new Date().toISOString() });
    c.done.add(key(p.id, 'search', seed));
  }
  return found.specs.filter((spec) => !c.done.has(key(p.id, spec.source, spec.seed)));
}

async function collectPipeline(p: PipelineSpec, c: PipelineContext): Promise<void> {
  const deadline = Date.now() + c.pipelineBudgetMs; // the build counts against the budget too
  const source = fs.readFileSync(p.file, 'utf8');
  const realworld = isRealworld(p.id);
  let todo: ScheduleSpec[];
  const searchKeys = c.search && splitOf(p.id, c.search.splits) !== 'test'
    ? Array.from({ length: c.plan.searchSchedules ?? 0 }, (_, k) => key(p.id, 'search', searchSeed(c.search!.seedBase, k))) : [];
  const wantSearch = searchKeys.some((k) => !c.done.has(k));
  if (realworld) {
    todo = realworldSchedulesPlan(c.plan);
  } else {
    const graph = extract(source, { params: p.params, target: c.machine.target }).generators[0] as GeneratorGraph | undefined;
    if (!graph) {
      c.log(`collect: ${p.id}: the front end finds no generator, skipped`);
      return;
    }
    todo = c.replay ?? schedulesPlan(graph, c.plan);
    if (wantSearch && !c.replay) todo.push(...(await searchPicks(graph, p, c)));
  }
  todo = todo.filter((s) => !c.done.has(key(p.id, s.source, s.seed)) && (!c.sources || c.sources.has(s.source)));
  // A realworld generator's search needs its built graph: it runs once the worker is up.
  if (todo.length === 0 && !(realworld && wantSearch)) return;
  let worker: BenchWorker;
  try {
    let objects: string[];
    if (realworld) {
      const prep = await prepareRealworld(p, c);
      if (typeof prep === 'string') {
        c.log(`collect: ${p.id}: ${prep}, skipped`);
        return;
      }
      p = { ...p, params: prep.params };
      objects = prep.objects;
    } else {
      objects = [(await compileObject(c.ctx, p.file)).objectPath];
    }
    worker = await launchWorker(c.ctx, objects, p.generator, { target: c.machine.target });
  } catch (err) {
    c.log(`collect: ${p.id}: cannot build (${(err as Error).message.split('\n')[0]}), skipped`);
    return;
  }
  const t0 = Date.now();
  let n = 0;
  let probeTimeouts = c.probeTimeouts;
  try {
    if (realworld && wantSearch) {
      // Searched on Halide's own graph, at the estimates its samples are measured at.
      const graph = await workerGraph(worker, { generator: p.generator, params: p.params, guessEstimates: true }, source, REALWORLD_TIMEOUT_MS);
      todo.push(...(await searchPicks(graph, p, c)));
    }
    for (const spec of todo) {
      if (c.enough()) break;
      if (Date.now() > deadline) {
        c.log(`collect: ${p.id}: out of its time budget, the rest waits for a later run`);
        break;
      }
      const textHash = spec.text !== null ? hash(spec.text) : null;
      if (textHash && c.seenText.has(`${p.id}|${textHash}`)) {
        c.progress.duplicates++;
        continue;
      }
      let schedule = spec.schedule;
      if (spec.text !== null && !realworld) {
        // Measure what the front end reads from the printed text, nothing else. (A realworld pick's
        // directives were searched on Halide's graph, which the front end may not read exactly.)
        try {
          const read = extract(source, { schedule: spec.text, params: p.params, target: c.machine.target }).generators[0];
          schedule = { kind: 'directives', directives: toWorkerDirectives(read.schedule.filter((d) => d.source === 'schedule.h')) };
        } catch (err) {
          if (!(err instanceof UnsupportedDirective)) throw err;
          c.progress.failed++;
          continue;
        }
      }
      const req: BenchRequest = {
        generator: p.generator, params: p.params, schedule, threads: c.threads, reps: 7, min_rep_ms: 20,
        max_total_ms: 20_000, featurize: spec.schedule.kind === 'autoscheduler' && spec.schedule.name === 'adams2019',
        // Realworld samples carry Halide's own report of what they measured: the static front end
        // does not read every one of those generators exactly.
        dump: realworld,
        guess_estimates: realworld,
        // Static reads name unnamed Funcs as a fresh process does; realworld picks use the dump's names.
        fresh_names: !realworld,
      };
      if (spec.source === 'adams2019-probe' && probeTimeouts >= PROBE_TIMEOUTS) {
        // Recorded, so a later run does not try it either.
        c.progress.failed++;
        c.writer.failures.append({ pipeline: p.id, source: spec.source, seed: spec.seed, machine: c.machine.id, error: `timeout (skipped: ${probeTimeouts} Adams2019 probes of this pipeline timed out)`, date: new Date().toISOString() });
        continue;
      }
      if (spec.source === 'adams2019-probe' && await duplicateProbe(worker, req, p.id, spec, c)) continue;
      // The worker idles between requests, so anything busy now is someone else's work.
      const busy = await waitForIdle(c.idleWaitMs);
      const r = await measure(worker, req, realworld ? REALWORLD_TIMEOUT_MS : REQUEST_TIMEOUT_MS);
      if (!r.ok) {
        c.progress.failed++;
        if (spec.source === 'adams2019-probe' && r.timed_out && ++probeTimeouts === PROBE_TIMEOUTS) {
          c.log(`collect: ${p.id}: ${PROBE_TIMEOUTS} Adams2019 probes timed out; its other probes are skipped`);
        }
        // Compile errors, invalid schedules, timeouts and crashes all repeat: record, don't retry.
        c.writer.failures.append({ pipeline: p.id, source: spec.source, seed: spec.seed, machine: c.machine.id, error: r.error.slice(0, 500), date: new Date().toISOString() });
        c.log(`collect: ${p.id} ${spec.source}${spec.seed !== null ? `#${spec.seed}` : ''}: ${r.error.split('\n')[0].slice(0, 200)}`);
        continue;
      }
      const text = scheduleText(spec, r);
      const th = text !== null ? hash(text) : 'hand';
      if (!spec.text && c.seenText.has(`${p.id}|${th}`)) {
        recordDuplicate(p.id, spec, th, c);
        continue;
      }
      c.seenText.add(`${p.id}|${th}`);
      const id = hash(`${p.id}|${spec.source}|${spec.seed}|${c.machine.id}|${Date.now()}|${Math.random()}`);
      const sample: Sample = {
        v: SAMPLE_VERSION, id, pipeline: p.id, generator: p.generator, params: p.params, sourceHash: hash(source),
        schedule: { source: spec.source, seed: spec.seed, text, textHash: th },
        threads: r.threads, cpuUtilization: r.cpu_utilization, medianMs: r.median_ms, timesMs: r.times_ms, spread: r.spread, compileMs: r.compile_ms,
        adams2019Cost: r.adams2019_cost, hasFeaturization: Boolean(r.featurization), loadPerCore: (r.load[0] ?? loadPerCore() * c.machine.cores) / c.machine.cores,
        busyBefore: busy, parsedCompletely: parsedCompletely(source, text, spec), machine: c.machine.id, date: new Date().toISOString(),
        ...(r.guessed_estimates?.length ? { guessedEstimates: r.guessed_estimates } : {}),
      };
      c.writer.samples.append(sample);
      if (r.featurization) c.writer.features.append({ id, featurization: r.featurization });
      if (r.dump) c.writer.dumps.append({ id, dump: r.dump });
      c.done.add(key(p.id, spec.source, spec.seed));
      c.progress.measured++;
      n++;
    }
  } finally {
    await worker.close();
  }
  const secs = (Date.now() - t0) / 1000;
  c.log(`collect: ${p.id}: ${n} samples in ${secs.toFixed(0)} s (total ${c.progress.measured}, ${c.progress.failed} failed)`);
}
