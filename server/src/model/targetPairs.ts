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
const geomean = (xs: number[]) => (xs.length ? Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length) : NaN);

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
