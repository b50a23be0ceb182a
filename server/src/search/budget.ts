// What a search may spend. The clock alone made answers differ run to run (batches followed it: a
// loaded machine searched less), so a search counts work instead: each candidate costs what
// analysing and featurizing it costs, estimated from the candidate itself, and the clock is only a
// backstop. Where the machine is as fast as the one calibrated, a search stops on its work budget
// and the same seed gives the same suggestion.
import { isSearched, type Choice, type Space } from './space';

/**
 * Work units one budget millisecond buys. Calibrated here (session 34, AMD EPYC, 2 cores, AVX-512):
 * 400-candidate searches of the 169 corpus and realworld generators cost 0.075 ms per unit of
 * `candidateWork` on a weighted fit; the biggest (pyramids, resnet50, motioncam's demosaic) ran
 * 1.1-1.5x over it, and run to run the machine varies by 10-20%. At 8.5 units per ms one of 169
 * 3-s searches (interpolate) still met the clock; at 7.5 every one ended by its work budget (2.1-2.6
 * s) or finished, and predicted as well as the clock-bound search did (geomean 1.00x).
 */
export const WORK_PER_MS = 7.5;

/**
 * The work of analysing and featurizing one candidate, in units of one stage: every stage of the
 * graph is indexed and featurized (inlined ones too), plus a fixed cost per candidate, plus each call
 * a realized stage makes (its regions are queried per realization). Fitted on the same searches: per
 * candidate 0.136 ms + 0.075 ms per stage + 0.0039 ms per call of a realized stage.
 */
export function candidateWork(space: Space, choices: Map<string, Choice>): number {
  let calls = 0;
  for (const f of space.funcs) {
    // Unsearched Funcs are placed by the user's schedule: counted as realized.
    if (isSearched(f) && choices.get(f.name)?.place.kind === 'inline') continue;
    for (const s of f.stages) calls += s.calls.length;
  }
  return 1.8 + space.g.stages.length + calls / 19;
}

export type StoppedBy = 'finished' | 'work' | 'candidates' | 'clock';

export interface BudgetLimits {
  /** performance.now() time to stop by: a backstop when `work` is set. */
  deadline: number;
  /** Work units (candidateWork) to spend: deterministic. */
  work?: number;
  /** Candidates to score: deterministic. */
  maxCandidates?: number;
}

export class SearchBudget {
  /** Work units spent so far (candidateWork of every candidate scored). */
  spent = 0;
  candidates = 0;
  /** Measured ms per candidate, for sizing batches by the clock when no deterministic budget is set. */
  msPer = 0;
  private hit: StoppedBy | null = null;

  constructor(private readonly limits: BudgetLimits) {}

  /** Whether sizing follows a count (work or candidates) rather than the clock. */
  get counted(): boolean {
    return this.limits.work !== undefined || this.limits.maxCandidates !== undefined;
  }

  charge(work: number): void {
    this.candidates++;
    this.spent += work;
  }

  exhausted(): boolean {
    const { work, maxCandidates, deadline } = this.limits;
    if (work !== undefined && this.spent >= work) this.hit ??= 'work';
    else if (maxCandidates !== undefined && this.candidates >= maxCandidates) this.hit ??= 'candidates';
    else if (performance.now() > deadline) this.hit ??= 'clock';
    return this.hit !== null;
  }

  /** Why the search stopped early, or 'finished'. */
  get stoppedBy(): StoppedBy {
    return this.hit ?? 'finished';
  }

  /** Candidates the budget left still affords: at the mean work so far when counting, else at msPer. */
  affordable(): number {
    const { work, maxCandidates, deadline } = this.limits;
    let n = Infinity;
    if (work !== undefined) n = Math.min(n, (work - this.spent) / (this.candidates ? this.spent / this.candidates : 1));
    if (maxCandidates !== undefined) n = Math.min(n, maxCandidates - this.candidates);
    if (!this.counted) n = (deadline - performance.now()) / Math.max(this.msPer, 1e-3);
    return Math.max(0, n);
  }
}
