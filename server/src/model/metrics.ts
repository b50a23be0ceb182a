// The evaluation metrics of training/metrics.py, for the checks that run without Python: CI
// reproduces the committed model's test metrics with these, so both must stay the same formulas.

/** The q-quantile by the nearest rank below (NaN for no values); the data summary and the benchmarks use it. */
export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
}

export function mape(pred: number[], truth: number[]): number {
  let s = 0;
  for (let i = 0; i < pred.length; i++) s += Math.abs(pred[i] - truth[i]) / truth[i];
  return s / pred.length;
}

/** Kendall's tau-b: tied pairs in either list count as neither concordant nor discordant. */
export function kendallTauB(a: number[], b: number[]): number {
  let s = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = i + 1; j < a.length; j++) {
      const da = Math.sign(a[i] - a[j]);
      const db = Math.sign(b[i] - b[j]);
      s += da * db;
      if (da !== 0) na++;
      if (db !== 0) nb++;
    }
  }
  return na > 0 && nb > 0 ? s / Math.sqrt(na * nb) : NaN;
}

/** MAPE over all samples and tau averaged over pipelines with two or more samples. */
export function scoreByPipeline(rows: { pipeline: string; pred: number; truth: number }[]): { n: number; mape: number; tau: number } {
  const groups = new Map<string, { pred: number[]; truth: number[] }>();
  for (const r of rows) {
    const g = groups.get(r.pipeline) ?? { pred: [], truth: [] };
    g.pred.push(r.pred);
    g.truth.push(r.truth);
    groups.set(r.pipeline, g);
  }
  const taus = [...groups.values()].filter((g) => g.pred.length > 1).map((g) => kendallTauB(g.pred, g.truth)).filter((t) => !Number.isNaN(t));
  return {
    n: rows.length,
    mape: mape(rows.map((r) => r.pred), rows.map((r) => r.truth)),
    tau: taus.length ? taus.reduce((x, y) => x + y, 0) / taus.length : NaN,
  };
}
