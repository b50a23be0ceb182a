// How well predictions rank one pipeline's schedules, the measure that matters to a user choosing
// between schedules: ordering of pairs whose measured times differ by more than the noise, the regret
// of trusting the top-ranked schedule, and (second) the error of the total after one scale per machine.
import { quantile } from './metrics';

export interface RankedSample { pipeline: string; truth: number; pred: number }

export interface RankingScore {
  samples: number;
  pipelines: number;
  /** Pairs within a pipeline whose measured times differ by more than `minRatio`. */
  pairs: number;
  /** Share of those pairs the predictions order correctly (a tie counts half). */
  pairwiseAccuracy: number;
  /** Geometric mean over pipelines (2+ samples) of: measured time of the predicted-fastest / fastest measured. */
  top1Regret: number;
  /** The same for the best of the 5 predicted fastest. */
  top5Regret: number;
  /** exp(mean log(truth / pred)): the one factor per machine that best aligns the totals. */
  scale: number;
  /** Mean absolute percentage error of the totals after `scale`. */
  mapeScaled: number;
  /** Samples whose scaled total is off by more than 4x either way, and the worst factor. */
  offBy4x: number;
  worstFactor: number;
}

const geomean = (xs: number[]): number => (xs.length ? Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length) : NaN);

export function byPipeline<T extends { pipeline: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.pipeline, [...(out.get(r.pipeline) ?? []), r]);
  return out;
}

function regret(rows: RankedSample[], k: number): number {
  const best = Math.min(...rows.map((r) => r.truth));
  const picked = [...rows].sort((a, b) => a.pred - b.pred).slice(0, k);
  return Math.min(...picked.map((r) => r.truth)) / best;
}

export function scoreRanking(rows: readonly RankedSample[], minRatio = 1.2): RankingScore {
  const groups = [...byPipeline(rows).values()];
  let pairs = 0, correct = 0;
  for (const g of groups) {
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) {
        const [a, b] = g[i].truth <= g[j].truth ? [g[i], g[j]] : [g[j], g[i]];
        if (b.truth <= a.truth * minRatio) continue;
        pairs++;
        correct += a.pred < b.pred ? 1 : a.pred === b.pred ? 0.5 : 0;
      }
    }
  }
  const multi = groups.filter((g) => g.length >= 2);
  const finite = rows.filter((r) => r.pred > 0 && Number.isFinite(r.pred) && r.truth > 0);
  const scale = geomean(finite.map((r) => r.truth / r.pred));
  const factors = finite.map((r) => Math.max((r.pred * scale) / r.truth, r.truth / (r.pred * scale)));
  return {
    samples: rows.length, pipelines: groups.length, pairs,
    pairwiseAccuracy: pairs ? correct / pairs : NaN,
    top1Regret: geomean(multi.map((g) => regret(g, 1))),
    top5Regret: geomean(multi.map((g) => regret(g, 5))),
    scale,
    mapeScaled: finite.length ? finite.reduce((a, r) => a + Math.abs(r.pred * scale - r.truth) / r.truth, 0) / finite.length : NaN,
    offBy4x: factors.filter((f) => f > 4).length,
    worstFactor: factors.length ? Math.max(...factors) : NaN,
  };
}

/** Median ratio slowest / fastest measured schedule per pipeline: how much there is to rank. */
export function spreadOfPipelines(rows: readonly RankedSample[]): number {
  const ratios = [...byPipeline(rows).values()].filter((g) => g.length >= 2).map((g) => Math.max(...g.map((r) => r.truth)) / Math.min(...g.map((r) => r.truth)));
  return ratios.length ? quantile(ratios, 0.5) : NaN;
}

export interface CloseCallScore {
  /** Pairs > minRatio apart, measured, that both scorers rank, and of those the ones we predict within `closeRatio`. */
  pairs: number; close: number;
  /** Correct orderings on the close pairs: ours, and the other scorer's (a tie counts half). */
  oursCorrect: number; otherCorrect: number;
}

/**
 * Where a loss to another scorer comes from: pairs our predictions put within `closeRatio` of each
 * other are ones the features barely tell apart (near coin flips), unlike a confident wrong order.
 */
export function closeCalls(rows: readonly (RankedSample & { other: number })[], closeRatio = 1.05, minRatio = 1.2): CloseCallScore {
  const s: CloseCallScore = { pairs: 0, close: 0, oursCorrect: 0, otherCorrect: 0 };
  const right = (fast: number, slow: number) => (fast < slow ? 1 : fast === slow ? 0.5 : 0);
  for (const g of byPipeline(rows).values()) {
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) {
        const [a, b] = g[i].truth <= g[j].truth ? [g[i], g[j]] : [g[j], g[i]];
        if (b.truth <= a.truth * minRatio) continue;
        s.pairs++;
        if (Math.max(a.pred / b.pred, b.pred / a.pred) >= closeRatio) continue;
        s.close++;
        s.oursCorrect += right(a.pred, b.pred);
        s.otherCorrect += right(a.other, b.other);
      }
    }
  }
  return s;
}
