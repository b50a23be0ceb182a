// Suggest a schedule for one generator: build the space (keeping what the user wrote, or from
// nothing), score the current schedule and the naive baselines, beam-search the rest, and print the
// best as C++ schedule code and as a .schedule.h.
import { type Directive, type GeneratorGraph, generatorKey } from '../halide/graph';
import { withGuessedEstimates } from '../halide/sizing';
import type { CostModel } from '../model/costModel';
import { predictGenerators } from '../model/predict';
import { beamSearch } from './beam';
import { type StoppedBy, WORK_PER_MS } from './budget';
import { rootDefault, type SearchLimits } from './options';
import { keptSteps, scheduledGraph } from './lower';
import { printSchedule, type ScheduleStep } from './printer';
import { printScheduleHeader } from './scheduleHeader';
import { buildSpace, isSearched, ROOT_SHAPE, NO_UPDATE, type Choice, type Space, type StartFrom } from './space';

export const DEFAULT_BUDGET_MS = 3000;
export const DEFAULT_CAUTION = 0;

export interface SuggestOptions {
  threads: number;
  /** Halide target string: its natural vector width sets the vector lanes tried; also written in the .schedule.h. */
  target?: string;
  /** The time budget: it sets the work budget (below), and the clock stops a search that overruns it. */
  budgetMs?: number;
  /**
   * Work to spend (search/budget.ts units; default budgetMs x WORK_PER_MS): what makes a search
   * deterministic for a seed. Infinity leaves the clock alone to stop it.
   */
  work?: number;
  seed?: number;
  /** Default: keep the user's schedule when there is one, else start from nothing. */
  from?: StartFrom;
  beamWidth?: number;
  maxCandidates?: number;
  signal?: AbortSignal;
  /** How many alternatives to keep (default 5). */
  keep?: number;
  /** Rank by the prediction raised by the ensemble's disagreement (BeamOptions.caution); default DEFAULT_CAUTION. */
  caution?: number;
  /** Spend the budget left after a finished pass on wider passes (BeamOptions.widen). */
  widen?: boolean;
  /** Caps other than the defaults (BeamOptions.limits). */
  limits?: Partial<SearchLimits>;
}

export interface SuggestResult {
  generator: string;
  /** Sizes the search assumed where the generator sets no estimates (halide/sizing.ts). */
  guessedSizes: string[];
  threads: number;
  from: StartFrom;
  /** Predicted total ms of the schedule in the source (null when the model cannot score it). */
  currentMs: number | null;
  baselines: { allInlineMs: number; allRootMs: number };
  predictedMs: number;
  /** Every step the suggestion consists of: the user's kept directives (outside always-applied code) and the searched ones. */
  steps: ScheduleStep[];
  /** The scheduled graph the prediction is for. */
  graph: GeneratorGraph;
  code: string;
  scheduleHeader: string;
  /** Funcs the generator's unconditional schedule already split (printScheduleHeader's `presplit`), to print other steps. */
  presplit: string[];
  /**
   * The best few distinct schedules predicted (the suggestion first), each complete as the
   * suggestion is: candidates to measure on this machine before choosing (`--verify`).
   */
  alternatives: { predictedMs: number; steps: ScheduleStep[]; code: string; scheduleHeader: string }[];
  evaluated: number;
  /** False when the budget ran out before every Func was decided. */
  complete: boolean;
  /** What ended the search; 'clock' means the answer depends on the machine's speed and load. */
  stoppedBy: StoppedBy;
  /** Work units the search spent (search/budget.ts): against elapsedMs, this machine's rate. */
  workSpent: number;
  elapsedMs: number;
}

const d2s = (d: Directive) => `${d.func}${d.stage ? `.update(${d.stage - 1})` : ''}.${d.name}(${d.args.join(', ')})`;

/**
 * Whole-pipeline starting points: everything inlined or at root as Halide leaves it (the baselines
 * the user sees), and everything at root vectorized and parallel, a schedule no search should lose to.
 */
function naive(space: Space, mode: 'inline' | 'root' | 'root-shaped'): Map<string, Choice> {
  const out = new Map<string, Choice>();
  for (const f of space.funcs) {
    if (!isSearched(f)) continue;
    if (mode === 'root-shaped') out.set(f.name, rootDefault(f, space.threads));
    else out.set(f.name, { place: mode === 'inline' && f.canInline ? { kind: 'inline' } : { kind: 'root' }, shape: ROOT_SHAPE, upd: NO_UPDATE });
  }
  return out;
}

/** Argument positions that must be numbers for Halide (split factors, vector widths ...). */
const NUMERIC: Record<string, number[]> = { split: [3], vectorize: [1], unroll: [1], parallel: [1] };

/**
 * Whether the user's directive can be written back as it was read: a value the front end could not
 * pin down (an expression, or a local it took for a Var, as `vectorize(x, v)` with `v` computed by
 * natural_vector_size) would print as something else.
 */
function reprintable(d: Directive): boolean {
  if (d.name === 'update') return true;
  if (d.values.some((v) => v.kind === 'expr')) return false;
  return (NUMERIC[d.name] ?? []).every((i) => d.values[i] === undefined || d.values[i].kind === 'int' || d.values[i].kind === 'enum');
}

export async function suggestSchedule(model: CostModel, unsized: GeneratorGraph, opts: SuggestOptions): Promise<SuggestResult> {
  const start = performance.now();
  // Searched at guessed sizes where the generator sets no estimates, as it is predicted.
  const { graph: g, guessed } = withGuessedEstimates(unsized);
  const mine = g.schedule.filter((d) => d.applies && d.source === 'source' && d.branch !== 'always');
  const keepable = mine.every(reprintable);
  if (opts.from === 'source' && !keepable) {
    const bad = mine.find((d) => !reprintable(d))!;
    throw new Error(`cannot keep the source's schedule: ${d2s(bad)} has an argument the front end could not evaluate; use --from scratch`);
  }
  const from = opts.from ?? (mine.length && keepable ? 'source' : 'scratch');
  const space = buildSpace(g, { threads: opts.threads, target: opts.target, from });
  const [current] = await predictGenerators(model, [{ graph: g }], opts.threads);
  const budgetMs = opts.budgetMs ?? DEFAULT_BUDGET_MS;
  const work = opts.work ?? budgetMs * WORK_PER_MS;
  const res = await beamSearch(model, space, {
    deadline: start + budgetMs, work: Number.isFinite(work) ? work : undefined, seed: opts.seed ?? 0, beamWidth: opts.beamWidth,
    maxCandidates: opts.maxCandidates, signal: opts.signal, seeds: [naive(space, 'inline'), naive(space, 'root'), naive(space, 'root-shaped')], keep: opts.keep,
    caution: opts.caution ?? DEFAULT_CAUTION, widen: opts.widen, limits: opts.limits,
  });
  const steps = [...keptSteps(space, false), ...res.best.steps];
  const presplit = new Set(space.funcs.filter((f) => f.fixed?.some((d) => d.branch === 'always')).map((f) => f.name));
  const target = opts.target ?? 'host';
  return {
    generator: generatorKey(g),
    threads: opts.threads,
    from,
    currentMs: current.ok ? current.prediction.totalMs : null,
    baselines: { allInlineMs: res.seeds[1]?.ms ?? Infinity, allRootMs: res.seeds[2]?.ms ?? Infinity },
    predictedMs: res.best.ms,
    steps,
    graph: scheduledGraph(space, res.best.steps),
    code: printSchedule(steps, `suggested by Halide Lens: predicted ${res.best.ms.toFixed(3)} ms at ${opts.threads} thread(s)`),
    scheduleHeader: printScheduleHeader(g, steps, { target, threads: opts.threads, presplit }),
    presplit: [...presplit],
    alternatives: [res.best, ...res.ranked.filter((c) => c !== res.best)].slice(0, opts.keep ?? 5).map((c) => {
      const all = [...keptSteps(space, false), ...c.steps];
      return {
        predictedMs: c.ms, steps: all,
        code: printSchedule(all, `suggested by Halide Lens: predicted ${c.ms.toFixed(3)} ms at ${opts.threads} thread(s)`),
        scheduleHeader: printScheduleHeader(g, all, { target, threads: opts.threads, presplit }),
      };
    }),
    evaluated: res.evaluated,
    complete: res.complete,
    stoppedBy: res.stoppedBy,
    workSpent: res.workSpent,
    guessedSizes: guessed,
    elapsedMs: performance.now() - start,
  };
}
