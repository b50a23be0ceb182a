// Beam search over the schedule space, consumers first, scored by the cost model in batches. Every
// candidate is a complete schedule (undecided Funcs take the default choice), so the search is
// anytime: when the budget runs out the best schedule scored so far is the answer. Deterministic
// for a seed whenever it finishes, or stops on its work or candidate budget, before the clock.
import { type Analysis, analyze } from '../analysis/index';
import type { StageQuantities } from '../analysis/quantities';
import type { GeneratorGraph } from '../halide/graph';
import type { CostModel } from '../model/costModel';
import { predictGenerators } from '../model/predict';
import { candidateWork, SearchBudget, type StoppedBy } from './budget';
import { CODE_BUDGET, stageCodeSizes } from './compileCost';
import type { ScheduleStep } from './printer';
import { mulberry32 } from './prng';
import { scheduledGraph, searchedSteps } from './lower';
import { defaultChoice, DECIDED_INLINE_CAP, INLINE_CAP, inlinedSize, optionsFor, rootDefault, SERIAL_ROOT_MAX_POINTS, type SearchLimits } from './options';
import { computePoints, isSearched, type Choice, type Space } from './space';

export interface BeamOptions {
  /** performance.now() time to stop by (a backstop when `work` or `maxCandidates` is set). */
  deadline: number;
  /** Work to spend (search/budget.ts candidateWork units): the deterministic budget. */
  work?: number;
  seed: number;
  beamWidth?: number;
  /** At most this many choices per Func per beam entry (a seeded sample of them beyond it). */
  maxOptions?: number;
  /** Stop after scoring this many candidates (a deterministic bound, unlike time). */
  maxCandidates?: number;
  signal?: AbortSignal;
  /** Extra complete schedules to score first (baselines), as choices. */
  seeds?: Map<string, Choice>[];
  /** How many candidates to return in `ranked` (default 5). */
  keep?: number;
  /**
   * Caution: candidates are ranked by ms * exp(caution * sd), sd the ensemble members' standard
   * deviation of ln(total). A search against a learned model finds the schedules it is wrongly
   * optimistic about, and those are where its members disagree. 0 ranks by the mean alone.
   */
  caution?: number;
  /** After a pass that finishes early, search again with twice the width while the budget (time or maxCandidates) allows. */
  widen?: boolean;
  /** Other caps than the defaults (DEFAULT_LIMITS): for comparing them in bench:search. */
  limits?: Partial<SearchLimits>;
}

export const DEFAULT_LIMITS: SearchLimits = { rolloutCap: INLINE_CAP, decidedCap: DECIDED_INLINE_CAP, codeBudget: CODE_BUDGET, serialRootMax: SERIAL_ROOT_MAX_POINTS };

/**
 * The space searched and the limits it is searched within; `fitted` memoizes fitCodeBudget by the
 * rollout's schedule, which the beam and refine() meet again and again.
 */
interface Searching { space: Space; limits: SearchLimits; fitted: Map<string, Map<string, Choice> | null> }

/** `ms`: the predicted total; `score`: what candidates are ranked by (ms, raised by the members' disagreement). */
export interface Scored { choices: Map<string, Choice>; steps: ScheduleStep[]; ms: number; score: number }
export interface BeamResult {
  best: Scored; seeds: Scored[]; evaluated: number; complete: boolean;
  /** What ended the search: its work, candidate or clock budget, or nothing left to try. */
  stoppedBy: StoppedBy;
  /** Work units spent (search/budget.ts). */
  workSpent: number;
  /** Candidates to measure, the best first, then other structures predicted close to it (pickCandidates). */
  ranked: Scored[];
}

const MAX_BATCH = 24;
/** The widest beam widening goes to (Adams2019's beam). */
const MAX_WIDTH = 32;

function key(choices: Map<string, Choice>): string {
  return JSON.stringify([...choices].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Undecided Funcs take the default choice, producers first, except that a Func whose inlined
 * expression would grow past the rollout's cap is computed at root: inlining a deep stencil chain
 * multiplies its terms per level. Null when a decided inline breaks DECIDED_INLINE_CAP or the code
 * budget (the candidate is not a schedule to suggest), unless `repair` computes it at root.
 */
function complete(sp: Searching, decided: Map<string, Choice>, repair = false): Map<string, Choice> | null {
  const { space, limits } = sp;
  const out = new Map(decided);
  const size = new Map<string, number>();
  for (const f of [...space.funcs].reverse()) {
    const own = inlinedSize(f, out, size);
    size.set(f.name, own);
    if (!isSearched(f) || out.has(f.name)) {
      if (out.get(f.name)?.place.kind === 'inline' && own > limits.decidedCap) {
        if (!repair) return null;
        out.set(f.name, rootDefault(f, space.threads));
        size.set(f.name, 1);
      }
      continue;
    }
    const c = defaultChoice(f, space.threads);
    out.set(f.name, c.place.kind === 'inline' && own > limits.rolloutCap ? rootDefault(f, space.threads) : c);
  }
  // What may move depends on what was decided, not only on the schedule the rollout made of it.
  const k = `${repair}|${[...decided.keys()].sort().join()}|${key(out)}`;
  if (!sp.fitted.has(k)) sp.fitted.set(k, fitCodeBudget(sp, decided, out, size, repair));
  return sp.fitted.get(k)!;
}

/**
 * A complete schedule's verdict, made once while fitting it to the code budget: its graph with the
 * analysis the featurizer reuses (none when the analysis cannot read it: the featurizer says why),
 * or null when a stage the search scheduled is still over the budget (only a repaired seed can be).
 */
type Verdict = { graph: GeneratorGraph; analysis?: Analysis } | null;
const VERDICTS = new WeakMap<Map<string, Choice>, Verdict>();

/** Rounds of moving inlined Funcs to root before a schedule over the code budget is given up. */
const MAX_BUDGET_ROUNDS = 6;

/** The schedule's graph, its analysis and its searched stages over the code budget. */
function checkCode({ space, limits }: Searching, choices: Map<string, Choice>): { graph: GeneratorGraph; analysis?: Analysis; over: StageQuantities[] } {
  const graph = scheduledGraph(space, searchedSteps(space, choices));
  let analysis: Analysis;
  try {
    analysis = analyze(graph);
  } catch {
    return { graph, over: [] };
  }
  const sizes = stageCodeSizes(graph, analysis, space.target);
  const searched = (f: string): boolean => {
    const fs = space.byName.get(f);
    return fs === undefined || isSearched(fs);
  };
  return { graph, analysis, over: analysis.stages.filter((q) => (sizes.get(q.stage) ?? 0) > limits.codeBudget && searched(q.func)) };
}

/**
 * Keeps every stage the search schedules within CODE_BUDGET: while one is over it, the biggest Func
 * inlined into it that the rollout (not the beam) chose to inline is computed at root instead, as
 * the term cap does; a decided inline is moved only under `repair`. Null when that cannot bring it
 * under (the decided choices themselves are too big to compile in seconds).
 */
function fitCodeBudget(sp: Searching, decided: Map<string, Choice>, out: Map<string, Choice>, size: Map<string, number>, repair: boolean): Map<string, Choice> | null {
  const { space } = sp;
  for (let round = 0; ; round++) {
    const c = checkCode(sp, out);
    if (!c.over.length) {
      VERDICTS.set(out, { graph: c.graph, analysis: c.analysis });
      return out;
    }
    let moved = false;
    for (const q of round < MAX_BUDGET_ROUNDS ? c.over : []) {
      const movable = q.inlined.filter((f) => out.get(f)?.place.kind === 'inline' && (repair || !decided.has(f)) && space.byName.has(f));
      if (!movable.length) continue;
      const biggest = movable.reduce((a, b) => ((size.get(b) ?? 0) > (size.get(a) ?? 0) ? b : a));
      out.set(biggest, rootDefault(space.byName.get(biggest)!, space.threads));
      size.set(biggest, 1);
      moved = true;
    }
    if (moved) continue;
    if (!repair) return null;
    VERDICTS.set(out, null);
    return out;
  }
}

/**
 * What score() hands the model: the verdict fitCodeBudget made (every complete schedule has one),
 * released once taken, since a scored candidate's score is cached.
 */
function takeVerdict(sp: Searching, choices: Map<string, Choice>): Verdict {
  let v = VERDICTS.get(choices);
  if (v === undefined) {
    const c = checkCode(sp, choices);
    v = c.over.length ? null : { graph: c.graph, analysis: c.analysis };
  }
  VERDICTS.delete(choices);
  return v;
}

function shuffle<T>(xs: T[], r: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

/**
 * `k` of a Func's choices: the first of each placement (inline, root with the default shape, the
 * first compute_at), then a seeded sample of the rest, so that a narrow budget still weighs every
 * kind of placement.
 */
function sampleOptions(all: Choice[], k: number, r: () => number): Choice[] {
  const firsts = all.filter((c, i) => all.findIndex((d) => d.place.kind === c.place.kind) === i);
  const rest = all.filter((c) => !firsts.includes(c));
  return [...firsts, ...shuffle(rest, r)].slice(0, Math.max(k, firsts.length));
}

export async function beamSearch(model: CostModel, space: Space, opts: BeamOptions): Promise<BeamResult> {
  const sp: Searching = { space, limits: { ...DEFAULT_LIMITS, ...opts.limits }, fitted: new Map() };
  // Batches sized to the budget left (work, candidates, or by the clock at the measured cost per
  // candidate), so a big pipeline does not overrun it by a whole batch.
  const budget = new SearchBudget({ deadline: opts.deadline, work: opts.work, maxCandidates: opts.maxCandidates });
  const r = mulberry32(opts.seed * 2654435761 + 1);
  let width = opts.beamWidth ?? 3;
  const caution = opts.caution ?? 0;
  let maxOptions = opts.maxOptions ?? 12;
  const cache = new Map<string, Scored>();
  const top: { best: Scored | null } = { best: null };
  const stop = () => budget.exhausted();
  const check = () => { if (opts.signal?.aborted) throw opts.signal.reason ?? new Error('search cancelled'); };

  /** Scores complete schedules (cached by choices), in batches, until the budget is spent. */
  const score = async (list: Map<string, Choice>[], all = false): Promise<(Scored | null)[]> => {
    const out: (Scored | null)[] = list.map((c) => cache.get(key(c)) ?? null);
    const todo = list.map((_, i) => i).filter((i) => !out[i]);
    for (let k = 0; k < todo.length;) {
      check();
      if (k > 0 && !all && stop()) break;
      const n = all ? list.length : Math.max(1, Math.min(MAX_BATCH, budget.counted || budget.msPer > 0 ? Math.floor(budget.affordable()) : MAX_BATCH));
      const idx = todo.slice(k, k + n);
      k += idx.length;
      const t0 = performance.now();
      const steps = idx.map((i) => searchedSteps(space, list[i]));
      const inputs = idx.map((i) => takeVerdict(sp, list[i]));
      const fit = inputs.flatMap((inp) => (inp ? [inp] : []));
      const preds = await predictGenerators(model, fit, space.threads);
      const res = inputs.map((inp) => (inp ? preds[fit.indexOf(inp)] : null));
      check();
      budget.msPer = (performance.now() - t0) / idx.length;
      idx.forEach((i, j) => {
        const p = res[j];
        // Past the code budget: Halide would take minutes to compile it, and the model never saw its like.
        const ms = p?.ok && Number.isFinite(p.prediction.totalMs) ? p.prediction.totalMs : Infinity;
        const sd = p?.ok ? p.prediction.confidence?.logSd ?? 0 : 0;
        const sc: Scored = { choices: list[i], steps: steps[j], ms, score: ms * Math.exp(caution * sd) };
        cache.set(key(list[i]), sc);
        out[i] = sc;
        budget.charge(candidateWork(space, list[i]));
        if (!top.best || sc.score < top.best.score) top.best = sc;
      });
    }
    return out;
  };

  // The baselines are always scored (a naive inline past the inline cap computed at root instead),
  // so the answer is never predicted slower than any of them.
  const starts = [new Map<string, Choice>(), ...(opts.seeds ?? [])].map((s) => complete(sp, s, true)!);
  const seeds = (await score(starts, true)).filter((s): s is Scored => s !== null);
  if (opts.maxCandidates === undefined) ({ width, maxOptions } = fitToBudget(space, width, maxOptions, budget.affordable()));
  /** One pass of the beam over every searched Func at `w` entries; false when the budget cut it short. */
  const pass = async (w: number): Promise<boolean> => {
    let beam: { decided: Map<string, Choice>; score: number }[] = [{ decided: new Map(), score: seeds[0]?.score ?? Infinity }];
    for (const f of space.funcs) {
      if (!isSearched(f)) continue;
      if (stop()) return false;
      const cands: Map<string, Choice>[] = [];
      for (const b of beam) {
        let opts2 = optionsFor(f, space, b.decided, sp.limits.serialRootMax);
        if (opts2.length > maxOptions) opts2 = sampleOptions(opts2, maxOptions, r);
        for (const c of opts2) cands.push(new Map(b.decided).set(f.name, c));
      }
      const full = cands.map((c) => complete(sp, c));
      const ok = cands.filter((_, i) => full[i] !== null);
      const scored = await score(full.filter((c): c is Map<string, Choice> => c !== null));
      const ranked = ok
        .map((decided, i) => ({ decided, score: scored[i]?.score ?? NaN }))
        .filter((c) => !Number.isNaN(c.score))
        .sort((a, b) => a.score - b.score);
      if (ranked.length < ok.length) return false;
      const next: typeof beam = [];
      const seen = new Set<string>();
      for (const c of ranked) {
        const k = key(c.decided);
        if (seen.has(k)) continue;
        seen.add(k);
        next.push(c);
        if (next.length >= w) break;
      }
      // Beside the best w, the best of each placement of f none of them has: a narrow beam otherwise
      // fills with one placement whose rollout scores well now and whose producers then go wrong
      // (camera_pipe_lite: demosaiced at the output's rows, 4x worse once its producers were decided,
      // while the tiled root that wins had been dropped).
      const kinds = new Set(next.map((c) => c.decided.get(f.name)?.place.kind));
      for (const c of ranked) {
        const kind = c.decided.get(f.name)?.place.kind;
        if (kinds.has(kind)) continue;
        kinds.add(kind);
        next.push(c);
      }
      if (!next.length) return false;
      beam = next;
    }
    return true;
  };
  // Anytime: a pass that finishes well within the budget is followed by a wider one (scores are
  // cached, so it pays only for new candidates) while the last pass's cost, doubled, still fits.
  const first = budget.candidates;
  const finished = await pass(width);
  if (finished) await refine(sp, top, score, stop, check);
  if (finished && opts.widen) {
    let last = budget.candidates - first;
    while (width < MAX_WIDTH && budget.affordable() >= 2 * last) {
      const before = budget.candidates;
      width *= 2;
      if (!(await pass(width))) break;
      await refine(sp, top, score, stop, check);
      last = Math.max(1, budget.candidates - before);
    }
  }
  if (!top.best) throw new Error('the cost model scored no schedule');
  const ranked = pickCandidates([...cache.values()], opts.keep ?? 5);
  return { best: top.best, seeds, evaluated: budget.candidates, complete: finished, ranked, stoppedBy: budget.stoppedBy, workSpent: budget.spent };
}

/**
 * Beam width and options per entry that let every searched Func have its turn within the candidates
 * the budget affords (from the measured time per candidate). A Func the beam never reaches takes the
 * rollout default, and on a big pipeline (a 40-stage pyramid featurizes in ~30 ms) that was most of
 * the schedule: narrower and greedier beats wide and unfinished.
 */
export function fitToBudget(space: Space, width: number, maxOptions: number, affordable: number): { width: number; maxOptions: number } {
  const funcs = space.funcs.filter(isSearched).length;
  const perFunc = funcs ? affordable / funcs : Infinity;
  if (perFunc >= width * maxOptions) return { width, maxOptions };
  const w = Math.max(1, Math.min(width, Math.floor(perFunc / 4)));
  return { width: w, maxOptions: Math.max(2, Math.min(maxOptions, Math.floor(perFunc / w))) };
}

/** Predicted within this factor of the best, a schedule of another structure is worth measuring. */
const DIVERSE_WITHIN = 2;

/** Where each Func is computed (inline, root, or at which loop), the structure loop shapes vary within. */
function structure(c: Scored): string {
  return JSON.stringify([...c.choices].map(([f, ch]) => [f, ch.place.kind === 'at' ? `${ch.place.host}.${ch.place.loop}` : ch.place.kind]).sort());
}

/**
 * The candidates to measure: the best, then the best of each other structure predicted within
 * DIVERSE_WITHIN of it, then the rest by score; distinct by what would be written (two choice sets
 * can print the same directives). Five variants of one structure measure the model's favourite
 * placement five times; when that placement is the model's blind spot, they all lose together.
 */
export function pickCandidates(all: Scored[], keep: number): Scored[] {
  const sorted = all.filter((x) => Number.isFinite(x.score)).sort((a, b) => a.score - b.score);
  const out: Scored[] = [];
  const printed = new Set<string>();
  const structures = new Set<string>();
  const take = (c: Scored): void => {
    const k = JSON.stringify(c.steps);
    if (out.length >= keep || printed.has(k)) return;
    printed.add(k);
    structures.add(structure(c));
    out.push(c);
  };
  if (sorted.length) take(sorted[0]);
  for (const c of sorted) if (c.score <= DIVERSE_WITHIN * sorted[0].score && !structures.has(structure(c))) take(c);
  for (const c of sorted) take(c);
  return out;
}

/** Every compute_at names a loop where its Func may still be computed (computePoints). */
function consistent(space: Space, choices: Map<string, Choice>): boolean {
  for (const [name, c] of choices) {
    if (c.place.kind !== 'at') continue;
    const at = c.place;
    if (!computePoints(space, space.byName.get(name)!, choices).some((p) => p.host === at.host && p.loop === at.loop)) return false;
  }
  return true;
}

/**
 * With the budget left after the beam, coordinate descent: each Func's choices again with every
 * other Func fixed at the best schedule, until a full pass improves nothing or time is up.
 */
async function refine(
  sp: Searching, top: { best: Scored | null }, score: (l: Map<string, Choice>[]) => Promise<(Scored | null)[]>,
  stop: () => boolean, check: () => void,
): Promise<void> {
  const { space } = sp;
  let improved = true;
  while (improved && !stop()) {
    improved = false;
    for (const f of space.funcs) {
      if (!isSearched(f) || stop()) continue;
      check();
      const base = top.best!.choices;
      const before = top.best!.score;
      const cands = optionsFor(f, space, base, sp.limits.serialRootMax)
        .map((c) => complete(sp, new Map(base).set(f.name, c)))
        .filter((c): c is Map<string, Choice> => c !== null && consistent(space, c));
      await score(cands);
      if (top.best!.score < before) improved = true;
    }
  }
}
