// The data collector: for each planned pipeline, one bench worker process measures every planned
// schedule that data/ does not hold yet. Honest timing: the median of 7 repetitions with all of
// them kept, one schedule at a time on an otherwise idle machine (the worker's fork is the only
// thing running while it times), a load check before each sample and a re-measurement when the
// repetitions disagree. Append-only output, resumable, throughput printed.
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
import type { BenchRequest, BenchResponse, ScheduleOnlyResult } from '../toolchain/workerProtocol';
import { readDumps, readSamples, splitOf } from './dataset';
import { machineFingerprint, type MachineFingerprint } from '../toolchain/machine';
import { waitForIdle } from './idle';
import { DEFAULT_PLAN, pipelinesPlan, realworldSchedulesPlan, schedulesPlan, type PipelineSpec, type PlanOptions, type ScheduleSpec } from './plan';
import { isRealworld } from './realworld';
import { toWorkerDirectives, UnsupportedDirective } from '../toolchain/workerDirectives';
import { replayPlan } from './replay';
import { updateSplits } from './summary';
import { CostModel } from '../model/costModel';
import { searchSeed, searchSeedBase, searchSpecs } from './searchSpecs';
import { staleMeasurement, WINDOWS_SIZED } from './trainingCache';
import { key, PROBE_TIMEOUTS } from './failures';
import { openLeg, refuseForeignData, type Leg } from './leg';
import { hash, measure, recordFailure, recordSample, textHashOf } from './measureSample';

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
  /** Schedules replayed per pipeline (replay.ts REPLAY_PER_PIPELINE by default). */
  replayCount?: number;
  /**
   * Time every replayed schedule for this target too, right before or after the main one (a second
   * worker, the order alternating), so that a pair of targets has no drift between runs in it: on
   * one host the same schedule ran 5-15% apart between runs a quarter of an hour apart. Needs replay.
   */
  pairTarget?: string;
  log?: (line: string) => void;
}

/** A schedule that needs longer than this to compile and run 8 times is recorded as a timeout. */
const REQUEST_TIMEOUT_MS = 25_000;
/** Realworld pipelines are bigger: Adams2019's beam and the JIT compile take longer. */
const REALWORLD_TIMEOUT_MS = 120_000;
interface Progress { measured: number; failed: number; duplicates: number; start: number }

export async function collect(opts: CollectOptions): Promise<Progress> {
  const log = opts.log ?? ((s: string) => process.stderr.write(s + '\n'));
  const plan = opts.plan ?? DEFAULT_PLAN;
  const tc = locateHalide();
  const ctx: BuildContext = { tc, cacheDir: opts.cacheDir };
  const host = (await hostTarget(ctx)).target;
  const machine = machineFingerprint(opts.target ? runnableTarget(opts.target, host) : host, host);
  const pairMachine = opts.pairTarget ? machineFingerprint(runnableTarget(opts.pairTarget, host), host) : null;
  if (pairMachine && !opts.replay) {
    throw new Error('--pair-target needs --replay MACHINE: only replayed schedules are one code for both targets (an autoscheduler or our sampler sizes vectors by the target)');
  }
  if (pairMachine?.id === machine.id) throw new Error(`--pair-target ${opts.pairTarget} is the target measured anyway (${machine.target}): pass a narrower one`);
  const existing = readSamples(opts.dataDir);
  // A sample whose run was not what its dump describes is measured again.
  const dumps = existing.some((s) => isRealworld(s.pipeline) && s.date < WINDOWS_SIZED) ? readDumps(opts.dataDir) : null;
  const mineOf = (m: MachineFingerprint) => existing.filter((s) => s.machine === m.id && !(dumps?.has(s.id) && staleMeasurement(s, dumps.get(s.id)!)));
  const mine = mineOf(machine);
  if (mine.length === 0) refuseForeignData(existing, machine, opts.dataDir, opts.newMachine);
  const leg = openLeg(opts.dataDir, machine, mine, log);
  const pair = pairMachine ? openLeg(opts.dataDir, pairMachine, mineOf(pairMachine), log) : null;
  const progress: Progress = { measured: 0, failed: 0, duplicates: 0, start: Date.now() };
  const deadline = opts.minutes ? progress.start + opts.minutes * 60_000 : Infinity;
  const enough = () => Date.now() > deadline || (opts.maxSamples !== undefined && progress.measured >= opts.maxSamples);
  log(`collect: machine ${machine.id} (${machine.cpu}, ${machine.cores} cores, target ${machine.target}${machine.hardware ? `; the hardware of ${machine.hardware}` : ''}), ` +
    `${pairMachine ? `each schedule timed back to back with ${pairMachine.id} (target ${pairMachine.target}), ` : ''}${existing.length} samples already in ${opts.dataDir}`);
  const stop = () => { leg.writer.close(); pair?.writer.close(); };
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
  const replay = opts.replay ? replayPlan(existing, opts.replay, opts.replayCount) : null;
  const search = plan.searchSchedules ? { model: new CostModel({ modelPath: opts.searchModel }), splits, seedBase: searchSeedBase(opts.searchModel) } : null;
  try {
    for (const p of pipelines) {
      if (enough()) break;
      if ((opts.filter && !opts.filter.test(p.id)) || (replay && !replay.has(p.id))) continue;
      await collectPipeline(p, { ctx, leg, pair, plan, progress, enough, log, threads: opts.threads ?? machine.cores, idleWaitMs: opts.idleWaitMs ?? 120_000, replay: replay?.get(p.id),
        pipelineBudgetMs: opts.pipelineMinutes ? opts.pipelineMinutes * 60_000 : Infinity, search, sources: opts.sources });
    }
  } finally {
    stop();
  }
  report();
  return progress;
}

interface PipelineContext {
  ctx: BuildContext; leg: Leg; plan: PlanOptions; progress: Progress; enough: () => boolean; log: (s: string) => void; threads: number;
  /** The second target's leg (CollectOptions.pairTarget), or null. */
  pair: Leg | null;
  idleWaitMs: number;
  /** How long one pipeline may take in this run (Infinity: no budget). */
  pipelineBudgetMs: number;
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
  if (!c.leg.seenText.has(`${pipeline}|${th}`)) return false;
  recordDuplicate(pipeline, spec, th, c);
  return true;
}

/**
 * An autoscheduler probe that landed on a schedule we have: not a new sample, and recorded so
 * that a resumed collection does not run the probe again.
 */
function recordDuplicate(pipeline: string, spec: ScheduleSpec, textHash: string, c: PipelineContext): void {
  c.progress.duplicates++;
  c.leg.done.add(key(pipeline, spec.source, spec.seed));
  recordFailure(c.leg, pipeline, spec.source, spec.seed, `duplicate schedule ${textHash}`);
}

/**
 * A realworld generator, built as Halide builds it, with the GeneratorParams Halide asks for. (Many
 * set their estimates only under `auto_schedule`: whether they have them shows when the worker runs.)
 */
async function prepareRealworld(p: PipelineSpec, c: PipelineContext): Promise<{ params: Record<string, string>; objects: string[] } | string> {
  const opts = { includeDirs: p.includeDirs, extraSources: p.extraSources, cacheDir: c.ctx.cacheDir, timeoutMs: 60_000, target: c.leg.machine.target };
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
    : await searchSpecs(s.model, graph, { count, threads: c.threads, target: c.leg.machine.target, seedBase: s.seedBase });
  const error = found.error ?? `the search offered ${found.specs.length} distinct schedules of ${count}`;
  if (found.error) c.log(`collect: ${p.id}: the search found nothing to measure: ${found.error}`);
  const offered = new Set(found.specs.map((spec) => spec.seed));
  for (let k = 0; k < count; k++) {
    const seed = searchSeed(s.seedBase, k);
    if (offered.has(seed) || c.leg.done.has(key(p.id, 'search', seed))) continue;
    recordFailure(c.leg, p.id, 'search', seed, error);
    c.leg.done.add(key(p.id, 'search', seed));
  }
  return found.specs.filter((spec) => !c.leg.done.has(key(p.id, spec.source, spec.seed)));
}

async function collectPipeline(p: PipelineSpec, c: PipelineContext): Promise<void> {
  const deadline = Date.now() + c.pipelineBudgetMs; // the build counts against the budget too
  const source = fs.readFileSync(p.file, 'utf8');
  const realworld = isRealworld(p.id);
  let todo: ScheduleSpec[];
  const searchKeys = c.search && splitOf(p.id, c.search.splits) !== 'test'
    ? Array.from({ length: c.plan.searchSchedules ?? 0 }, (_, k) => key(p.id, 'search', searchSeed(c.search!.seedBase, k))) : [];
  const wantSearch = searchKeys.some((k) => !c.leg.done.has(k));
  if (realworld) {
    todo = realworldSchedulesPlan(c.plan);
  } else {
    const graph = extract(source, { params: p.params, target: c.leg.machine.target }).generators[0] as GeneratorGraph | undefined;
    if (!graph) {
      c.log(`collect: ${p.id}: the front end finds no generator, skipped`);
      return;
    }
    todo = c.replay ?? schedulesPlan(graph, c.plan);
    if (wantSearch && !c.replay) todo.push(...(await searchPicks(graph, p, c)));
  }
  // A pair is measured in one run or not at all: an item either leg has is left out.
  todo = todo.filter((s) => [c.leg, c.pair].every((l) => !l?.done.has(key(p.id, s.source, s.seed))) && (!c.sources || c.sources.has(s.source)));
  // A realworld generator's search needs its built graph: it runs once the worker is up.
  if (todo.length === 0 && !(realworld && wantSearch)) return;
  let worker: BenchWorker;
  let pairWorker: BenchWorker | null = null;
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
    worker = await launchWorker(c.ctx, objects, p.generator, { target: c.leg.machine.target });
    if (c.pair) pairWorker = await launchWorker(c.ctx, objects, p.generator, { target: c.pair.machine.target }).catch(async (err) => { await worker.close(); throw err; });
  } catch (err) {
    c.log(`collect: ${p.id}: cannot build (${(err as Error).message.split('\n')[0]}), skipped`);
    return;
  }
  const t0 = Date.now();
  let n = 0;
  let probeTimeouts = c.leg.probeTimeouts.get(p.id) ?? 0;
  try {
    if (realworld && wantSearch) {
      // Searched on Halide's own graph, at the estimates its samples are measured at.
      const graph = await workerGraph(worker, { generator: p.generator, params: p.params, guessEstimates: true }, source, REALWORLD_TIMEOUT_MS);
      todo.push(...(await searchPicks(graph, p, c)));
    }
    for (const [i, spec] of todo.entries()) {
      if (c.enough()) break;
      if (Date.now() > deadline) {
        c.log(`collect: ${p.id}: out of its time budget, the rest waits for a later run`);
        break;
      }
      const textHash = spec.text !== null ? hash(spec.text) : null;
      if (textHash && [c.leg, c.pair].some((l) => l?.seenText.has(`${p.id}|${textHash}`))) {
        c.progress.duplicates++;
        continue;
      }
      const request = (target: string): BenchRequest | null => {
        const schedule = realworld ? spec.schedule : scheduleRead(source, spec, p, target);
        return schedule && {
          generator: p.generator, params: p.params, schedule, threads: c.threads, reps: 7, min_rep_ms: 20,
          max_total_ms: 20_000, featurize: spec.schedule.kind === 'autoscheduler' && spec.schedule.name === 'adams2019',
          // Realworld samples carry Halide's own report of what they measured: the static front end
          // does not read every one of those generators exactly.
          dump: realworld,
          guess_estimates: realworld,
          // Static reads name unnamed Funcs as a fresh process does; realworld picks use the dump's names.
          fresh_names: !realworld,
          // A realworld pick is a whole schedule: not laid over the authors' (many schedule unconditionally).
          reset_schedule: realworld && schedule.kind === 'directives',
        };
      };
      const req = request(c.leg.machine.target);
      if (!req) {
        c.progress.failed++;
        continue;
      }
      if (spec.source === 'adams2019-probe' && probeTimeouts >= PROBE_TIMEOUTS) {
        // Recorded, so a later run does not try it either.
        c.progress.failed++;
        recordFailure(c.leg, p.id, spec.source, spec.seed, `timeout (skipped: ${probeTimeouts} Adams2019 probes of this pipeline timed out)`);
        continue;
      }
      if (spec.source === 'adams2019-probe' && await duplicateProbe(worker, req, p.id, spec, c)) continue;
      const timeoutMs = realworld ? REALWORLD_TIMEOUT_MS : REQUEST_TIMEOUT_MS;
      if (pairWorker) {
        const pairReq = request(c.pair!.machine.target);
        const sides = [{ leg: c.leg, worker, req }, { leg: c.pair!, worker: pairWorker, req: pairReq ?? req }];
        n += await measurePair(i % 2 === 0 ? sides : sides.reverse(), p, source, spec, timeoutMs, c);
        continue;
      }
      // The worker idles between requests, so anything busy now is someone else's work.
      const busy = await waitForIdle(c.idleWaitMs);
      const r = await measure(worker, req, timeoutMs);
      if (!r.ok) {
        if (spec.source === 'adams2019-probe' && r.timed_out && ++probeTimeouts === PROBE_TIMEOUTS) {
          c.log(`collect: ${p.id}: ${PROBE_TIMEOUTS} Adams2019 probes timed out; its other probes are skipped`);
        }
        failed(c.leg, r, p, spec, c);
        continue;
      }
      const th = textHashOf(spec, r);
      if (!spec.text && c.leg.seenText.has(`${p.id}|${th}`)) {
        recordDuplicate(p.id, spec, th, c);
        continue;
      }
      recordSample(c.leg, p, source, spec, r, busy);
      c.progress.measured++;
      n++;
    }
  } finally {
    await worker.close();
    await pairWorker?.close();
  }
  const secs = (Date.now() - t0) / 1000;
  c.log(`collect: ${p.id}: ${n} samples in ${secs.toFixed(0)} s (total ${c.progress.measured}, ${c.progress.failed} failed)`);
}

/**
 * What the front end reads from a printed schedule, nothing else, as the worker's directives; null
 * when a directive has no worker form. (Realworld picks are not read: their directives were searched
 * on Halide's graph, which the front end may not read exactly.)
 */
function scheduleRead(source: string, spec: ScheduleSpec, p: PipelineSpec, target: string): BenchRequest['schedule'] | null {
  if (spec.text === null) return spec.schedule;
  try {
    const read = extract(source, { schedule: spec.text, params: p.params, target }).generators[0];
    return { kind: 'directives', directives: toWorkerDirectives(read.schedule.filter((d) => d.source === 'schedule.h')) };
  } catch (err) {
    if (!(err instanceof UnsupportedDirective)) throw err;
    return null;
  }
}

/** Compile errors, invalid schedules, timeouts and crashes all repeat: recorded, not retried. */
function failed(leg: Leg, r: BenchResponse & { ok: false }, p: PipelineSpec, spec: ScheduleSpec, c: PipelineContext): void {
  c.progress.failed++;
  recordFailure(leg, p.id, spec.source, spec.seed, r.error);
  c.log(`collect: ${p.id} ${spec.source}${spec.seed !== null ? `#${spec.seed}` : ''}${c.pair ? ` (${leg.machine.id})` : ''}: ${r.error.split('\n')[0].slice(0, 200)}`);
}

/**
 * One schedule timed for both targets back to back (`sides` in the order to time them: the caller
 * alternates it, so that neither target always goes first). Both samples share a pair id; a side
 * that fails is recorded as failed and the other side's sample stands alone.
 */
async function measurePair(
  sides: { leg: Leg; worker: BenchWorker; req: BenchRequest }[], p: PipelineSpec, source: string, spec: ScheduleSpec, timeoutMs: number, c: PipelineContext,
): Promise<number> {
  const timed = [];
  for (const side of sides) {
    const busy = await waitForIdle(c.idleWaitMs);
    timed.push({ ...side, busy, r: await measure(side.worker, side.req, timeoutMs) });
  }
  const pair = timed.every((t) => t.r.ok) ? hash(`${p.id}|${spec.source}|${spec.seed}|pair|${Date.now()}|${Math.random()}`) : undefined;
  let n = 0;
  for (const { leg, r, busy } of timed) {
    if (!r.ok) {
      failed(leg, r, p, spec, c);
      continue;
    }
    recordSample(leg, p, source, spec, r, busy, pair);
    c.progress.measured++;
    n++;
  }
  return n;
}
