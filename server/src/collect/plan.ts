// What to measure: which pipelines (corpus and random) and which schedules for each, as a
// deterministic list, so an interrupted collection resumes exactly where it stopped.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GeneratorGraph } from '../halide/graph';
import type { WorkerSchedule } from '../toolchain/workerProtocol';
import type { ScheduleSourceKind } from './dataset';
import { randomPipeline } from './randomPipeline';
import { SIZE_VARIANTS, variantFile, variantPath } from './variants';
import { SAMPLER_ROUND, roundSeed, sampleSchedule } from './sampler';
import { printSchedule } from '../search/printer';
import { isRealworld, readProvenance, realworldDir, realworldEntryOf, realworldId } from './realworld';

export interface PipelineSpec {
  id: string;
  generator: string;
  file: string;
  params: Record<string, string>;
  /** Realworld generators: their repository's headers and helper sources (realworld.ts). */
  includeDirs?: string[];
  extraSources?: string[];
}

export interface ScheduleSpec {
  source: ScheduleSourceKind;
  seed: number | null;
  schedule: WorkerSchedule;
  /** Printed schedule for our own sampler's schedules (read back by the front end before use). */
  text: string | null;
}

export interface PlanOptions {
  randomPipelines: number;
  adamsProbes: number;
  randomSchedules: number;
  /** Random pipelines shaped like real ones (REAL_SHAPED), after the uniform ones. */
  realShapedPipelines?: number;
  /** Also (only, with `realworldOnly`) the realworld group from this folder (realworld.ts). */
  realworldDir?: string;
  realworldOnly?: boolean;
  /** Schedules the cost-model search ranks best, per corpus or random pipeline outside the test split (searchSpecs.ts). */
  searchSchedules?: number;
}

export const DEFAULT_PLAN: PlanOptions = { randomPipelines: 320, adamsProbes: 16, randomSchedules: 16 };

/** Random pipelines shaped like real ones (`random/rs_N`): 3 to 120 stages, drawn log-uniformly. */
export const REAL_SHAPED = { minStages: 3, maxStages: 120, stageDistribution: 'log' } as const;

/**
 * The generator source a pipeline id names: `corpus/NAME`, `corpus/NAME@VARIANT`, `random/NAME` or
 * `realworld/FILE-STEM/GENERATOR` (in realworldDir(root)).
 */
export function pipelineSource(root: string, pipeline: string): string {
  if (isRealworld(pipeline)) return realworldEntryOf(realworldDir(root), pipeline).entry.path;
  const [kind, name] = pipeline.split('/', 2);
  // Size variants are files of their own (variants.ts); they share the base's split.
  if (kind === 'corpus' && name.includes('@')) return variantPath(root, name);
  if (kind === 'corpus') return path.join(root, 'corpus', `${name}.cpp`);
  if (kind === 'random') return path.join(root, 'corpus', 'random', `${name}.cpp`);
  throw new Error(`unknown pipeline id '${pipeline}'`);
}

/**
 * Corpus generators, the same at smaller sizes (`corpus/NAME@half`, corpus/variants/), then random
 * pipelines whose sources are written to corpus/random/.
 */
export function pipelinesPlan(root: string, opts: PlanOptions): PipelineSpec[] {
  const realworld = opts.realworldDir ? realworldPlan(opts.realworldDir) : [];
  if (opts.realworldOnly) return realworld;
  return [...corpusPlan(root, opts), ...realworld];
}

/**
 * Every realworld generator. Most set no estimates (their authors size buffers at run time): the
 * worker guesses what is missing and each sample records the guesses (Sample.guessedEstimates).
 * GeneratorParams Halide asks for are found when the pipeline is built (collector.ts).
 */
function realworldPlan(dir: string): PipelineSpec[] {
  return readProvenance(dir).flatMap((e) => e.generators.map((g) => ({
    id: realworldId(e, g), generator: g, file: e.path, params: {}, includeDirs: e.includeDirs, extraSources: e.extraSources,
  })));
}

function corpusPlan(root: string, opts: PlanOptions): PipelineSpec[] {
  const corpus = path.join(root, 'corpus');
  const names = fs.readdirSync(corpus).filter((f) => f.endsWith('.cpp')).sort().map((f) => f.replace(/\.cpp$/, ''));
  const out: PipelineSpec[] = names.map((name) => ({ id: `corpus/${name}`, generator: name, file: pipelineSource(root, `corpus/${name}`), params: {} }));
  for (const name of names) {
    for (const v of SIZE_VARIANTS) {
      const file = variantFile(root, name, v);
      if (file) out.push({ id: `corpus/${name}@${v.name}`, generator: name, file, params: {} });
    }
  }
  fs.mkdirSync(path.join(corpus, 'random'), { recursive: true });
  for (let seed = 1; seed <= opts.randomPipelines; seed++) {
    const name = `rp_${seed}`;
    const file = pipelineSource(root, `random/${name}`);
    // Written once and kept: a later change to the generator code must not change old pipelines.
    if (!fs.existsSync(file)) fs.writeFileSync(file, randomPipeline(seed, name).source);
    out.push({ id: `random/${name}`, generator: name, file, params: {} });
  }
  for (let seed = 1; seed <= (opts.realShapedPipelines ?? 0); seed++) {
    const name = `rs_${seed}`;
    const file = pipelineSource(root, `random/${name}`);
    if (!fs.existsSync(file)) fs.writeFileSync(file, randomPipeline(seed, name, REAL_SHAPED).source);
    out.push({ id: `random/${name}`, generator: name, file, params: {} });
  }
  return out;
}

/**
 * A realworld pipeline's schedules: its authors', every autoscheduler's and Adams2019 probes. (Our
 * sampler's schedules are printed as code that the static front end must read back, which it does
 * not do exactly for every realworld generator yet.)
 */
export function realworldSchedulesPlan(opts: PlanOptions): ScheduleSpec[] {
  return autoschedulerSpecs(opts);
}

/** The authors' schedule, then every autoscheduler's, then Adams2019 probes. */
function autoschedulerSpecs(opts: PlanOptions): ScheduleSpec[] {
  const out: ScheduleSpec[] = [{ source: 'hand', seed: null, schedule: { kind: 'hand' }, text: null }];
  out.push({ source: 'mullapudi2016', seed: null, schedule: { kind: 'autoscheduler', name: 'mullapudi2016' }, text: null });
  out.push({ source: 'li2018', seed: null, schedule: { kind: 'autoscheduler', name: 'li2018' }, text: null });
  out.push({ source: 'adams2019-beam', seed: null, schedule: { kind: 'autoscheduler', name: 'adams2019', env: { HL_BEAM_SIZE: '4' } }, text: null });
  for (let k = 1; k <= opts.adamsProbes; k++) {
    // Dropout from near-greedy to very random, so probes span good and bad schedules.
    const dropout = String([100, 90, 75, 50, 25, 10, 5, 1][k % 8]);
    out.push({
      source: 'adams2019-probe', seed: k,
      schedule: { kind: 'autoscheduler', name: 'adams2019', env: { HL_BEAM_SIZE: '1', HL_RANDOM_DROPOUT: dropout, HL_SEED: String(k) } }, text: null,
    });
  }
  return out;
}

/** A pipeline's schedules: its own, naive ones, every autoscheduler, Adams2019 probes, ours. */
export function schedulesPlan(graph: GeneratorGraph, opts: PlanOptions): ScheduleSpec[] {
  const out: ScheduleSpec[] = [];
  if (graph.schedule.some((d) => d.branch !== 'auto' && d.source === 'source')) out.push({ source: 'hand', seed: null, schedule: { kind: 'hand' }, text: null });
  for (const mode of ['inline', 'root'] as const) {
    out.push({ source: `naive-${mode}`, seed: null, schedule: { kind: 'directives', directives: [] }, text: printSchedule(sampleSchedule(graph, mode), `naive: ${mode}`) });
  }
  out.push(...autoschedulerSpecs(opts).slice(1));
  // Round 2's shapes (sampler.ts) first, a quarter as many: for the pipelines measured before, they
  // are what a resumed collection adds.
  const seeds = [
    ...Array.from({ length: Math.ceil(opts.randomSchedules / 4) }, (_, k) => roundSeed(SAMPLER_ROUND, k + 1)),
    ...Array.from({ length: opts.randomSchedules }, (_, k) => roundSeed(1, k + 1)),
  ];
  for (const k of seeds) {
    out.push({ source: 'random', seed: k, schedule: { kind: 'directives', directives: [] }, text: printSchedule(sampleSchedule(graph, 'random', k), `random schedule, seed ${k}`) });
  }
  return out;
}
