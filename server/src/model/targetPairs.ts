// Does a prediction move the way the machine does when only the target changes? One schedule source
// measured for two targets on the same hardware (say AVX2 and AVX-512) is a pair; it agrees when the
// measured and the predicted narrow/wide ratios point the same way, or both stay within the band
// (a change smaller than the noise is "no change"). Used by `rank --across-targets` and bench:targets.

/** Ratios within 10% of 1 count as no change. */
export const NO_CHANGE_BAND = 1.1;

/**
 * Measured ratios past 1.2x are past the noise: two measurements of one schedule differ by 17% on
 * average here (collect --remeasure), and ranking scores pairs more than 1.2x apart for the same reason.
 */
export const NOISE_BAND = 1.2;

/** 1: the narrow target is slower (the wide one faster), -1: faster, 0: within the band. */
export function direction(ratio: number): -1 | 0 | 1 {
  return ratio > NO_CHANGE_BAND ? 1 : ratio < 1 / NO_CHANGE_BAND ? -1 : 0;
}

export interface TargetPair {
  /** Narrow target's time over the wide one's, measured and predicted. */
  measured: number;
  predicted: number;
}

export interface TargetPairScore {
  pairs: number;
  /** Same direction, counting "within the band" as a direction. */
  agree: number;
  /** Pairs whose measured ratio left the band, and of those, the ones predicted the same way. */
  moved: number;
  movedAgree: number;
  /** Same sign of change at all, however small. */
  sameSign: number;
  /**
   * Pairs measured more than NOISE_BAND apart, and of those, the ones whose prediction changes the same
   * way by any amount: a model may be right about the direction and modest about the size.
   */
  pastNoise: number;
  pastNoiseSameSign: number;
  geomeanMeasured: number;
  geomeanPredicted: number;
}

/** The prediction changes the same way as the measurement, by any amount. */
const sameWay = (p: { measured: number; predicted: number }) => Math.sign(Math.log(p.measured)) === Math.sign(Math.log(p.predicted));
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, x) => a + x, 0) / xs.length : NaN);
const geomean = (xs: readonly number[]) => Math.exp(mean(xs.map(Math.log)));

export function scoreTargetPairs(pairs: readonly TargetPair[]): TargetPairScore {
  const moved = pairs.filter((p) => direction(p.measured) !== 0);
  const pastNoise = pairs.filter((p) => Math.abs(Math.log(p.measured)) > Math.log(NOISE_BAND));
  return {
    pairs: pairs.length,
    agree: pairs.filter((p) => direction(p.measured) === direction(p.predicted)).length,
    moved: moved.length,
    movedAgree: moved.filter((p) => direction(p.predicted) === direction(p.measured)).length,
    sameSign: pairs.filter(sameWay).length,
    pastNoise: pastNoise.length,
    pastNoiseSameSign: pastNoise.filter(sameWay).length,
    geomeanMeasured: geomean(pairs.map((p) => p.measured)),
    geomeanPredicted: geomean(pairs.map((p) => p.predicted)),
  };
}

/** One line for a report: "55 pairs: agree 29 (53%); …". */
export function describeTargetPairs(s: TargetPairScore): string {
  const pct = (k: number, n: number) => (n ? `${Math.round((100 * k) / n)}%` : '-');
  return `${s.pairs} pairs: agree ${s.agree} (${pct(s.agree, s.pairs)}); of the ${s.moved} that moved more than ` +
    `${Math.round((NO_CHANGE_BAND - 1) * 100)}% when measured, predicted the same way: ${s.movedAgree} (${pct(s.movedAgree, s.moved)}); ` +
    `same sign of change at all: ${s.sameSign} (${pct(s.sameSign, s.pairs)}); of the ${s.pastNoise} measured more than ` +
    `${NOISE_BAND}x apart (past the noise), predicted to change the same way: ${s.pastNoiseSameSign} (${pct(s.pastNoiseSameSign, s.pastNoise)}); geomean narrow/wide: measured ${s.geomeanMeasured.toFixed(3)}, ` +
    `predicted ${s.geomeanPredicted.toFixed(3)}`;
}

/** How far the measured direction itself repeats: one schedule's pair timed back to back twice. */
export interface Repeatability {
  /** Schedules with two back-to-back pairs. */
  items: number;
  /** Correlation of ln(narrow/wide) between the two runs. */
  correlation: number;
  /** Runs measured past the noise band (each item counts once per run), and of those, the ones the other run puts the same way. */
  pastNoise: number;
  repeated: number;
  /** Items past the band the same way in both runs: the direction the machine really shows. */
  bothPast: number;
  /** Of those, predicted the same way: all, where the wide target won, where the narrow one won. */
  bothPastPredicted: number;
  wideFaster: number;
  wideFasterPredicted: number;
  narrowFaster: number;
  narrowFasterPredicted: number;
}

/** The noise floor of the across-targets score, from items measured twice (two pairs each, any order). */
export function repeatability(twice: readonly [TargetPair, TargetPair][]): Repeatability {
  const L = Math.log(NOISE_BAND);
  const xs = twice.map(([a]) => Math.log(a.measured));
  const ys = twice.map(([, b]) => Math.log(b.measured));
  const [mx, my] = [mean(xs), mean(ys)];
  const cov = mean(xs.map((x, i) => (x - mx) * (ys[i] - my)));
  const sd = (v: number[], m: number) => Math.sqrt(mean(v.map((x) => (x - m) ** 2)));
  let pastNoise = 0;
  let repeated = 0;
  for (let i = 0; i < twice.length; i++) {
    for (const [p, q] of [[xs[i], ys[i]], [ys[i], xs[i]]]) {
      if (Math.abs(p) <= L) continue;
      pastNoise++;
      if (Math.sign(p) === Math.sign(q)) repeated++;
    }
  }
  const both = twice.filter((_, i) => Math.abs(xs[i]) > L && Math.abs(ys[i]) > L && Math.sign(xs[i]) === Math.sign(ys[i]));
  const wide = both.filter(([a]) => a.measured > 1);
  const narrow = both.filter(([a]) => a.measured < 1);
  const predictedSo = (ps: typeof both) => ps.filter(([a]) => sameWay(a)).length;
  return {
    items: twice.length, correlation: twice.length > 1 ? cov / (sd(xs, mx) * sd(ys, my)) : NaN, pastNoise, repeated,
    bothPast: both.length, bothPastPredicted: predictedSo(both),
    wideFaster: wide.length, wideFasterPredicted: predictedSo(wide), narrowFaster: narrow.length, narrowFasterPredicted: predictedSo(narrow),
  };
}

/** One paragraph for a report. */
export function describeRepeatability(r: Repeatability): string {
  const pct = (k: number, n: number) => (n ? `${Math.round((100 * k) / n)}%` : '-');
  return `Noise floor: ${r.items} schedules timed back to back twice; ln(narrow/wide) correlates ${r.correlation.toFixed(2)} between the runs; ` +
    `of the ${r.pastNoise} runs past ${NOISE_BAND}x, the other run goes the same way in ${r.repeated} (${pct(r.repeated, r.pastNoise)}). ` +
    `Past ${NOISE_BAND}x the same way in both runs: ${r.bothPast}, predicted the same way ${r.bothPastPredicted} (${pct(r.bothPastPredicted, r.bothPast)}): ` +
    `where the wide target won ${r.wideFasterPredicted} of ${r.wideFaster}, where the narrow one won ${r.narrowFasterPredicted} of ${r.narrowFaster}.`;
}
