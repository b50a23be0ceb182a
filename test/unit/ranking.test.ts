// The ranking metrics the model is judged by (model/ranking.ts), on cases worked out by hand.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { closeCalls, scoreRanking, spreadOfPipelines } from '../../server/src/model/ranking';

const rows = (pipeline: string, pairs: [number, number][]) => pairs.map(([truth, pred]) => ({ pipeline, truth, pred }));

test('pairs closer than 1.2x are noise and not scored; a tie in the prediction counts half', () => {
  // a: 1 vs 1.1 (noise), 1 vs 3 and 1.1 vs 3 scored; the model ranks 3 first (wrong twice).
  const s = scoreRanking([...rows('a', [[1, 2], [1.1, 2], [3, 1]]), ...rows('b', [[1, 5], [2, 5]])]);
  assert.equal(s.pairs, 3);
  assert.equal(s.pairwiseAccuracy, 0.5 / 3);
});

test('top-1 regret: the measured time of the predicted fastest over the fastest, geometric mean over pipelines', () => {
  const s = scoreRanking([...rows('a', [[1, 3], [2, 1], [4, 2]]), ...rows('b', [[1, 1], [8, 2]])]);
  // a picks the 2 ms schedule (2x), b picks the right one (1x): sqrt(2).
  assert.ok(Math.abs(s.top1Regret - Math.SQRT2) < 1e-12);
  assert.equal(s.top5Regret, 1);
  // Spreads 4x, 8x and 2x: the median is 4x.
  assert.equal(spreadOfPipelines([...rows('a', [[1, 3], [2, 1], [4, 2]]), ...rows('b', [[1, 1], [8, 2]]), ...rows('c', [[3, 1], [6, 1]])]), 4);
});

test('one scale per machine: totals off by a constant factor are exact after it; a factor beyond 4x is counted', () => {
  const exact = scoreRanking(rows('a', [[1, 10], [2, 20], [4, 40]]));
  assert.ok(Math.abs(exact.scale - 0.1) < 1e-12);
  assert.ok(exact.mapeScaled < 1e-12);
  assert.equal(exact.offBy4x, 0);
  const off = scoreRanking(rows('a', [[1, 1], [1, 1], [1, 1], [1, 100]]));
  assert.equal(off.offBy4x, 1);
  assert.ok(off.worstFactor > 4);
});

test('close calls: pairs we predict within 5% of each other, and how both scorers order them', () => {
  const r = (pipeline: string, truth: number, pred: number, other: number) => ({ pipeline, truth, pred, other });
  // a: 1 vs 2 predicted 1.00 vs 1.02 (close, ours right, other wrong); 1 vs 4 and 2 vs 4 not close.
  // b: 1 vs 1.1 is noise, never scored, however close.
  const s = closeCalls([r('a', 1, 1.0, 3), r('a', 2, 1.02, 2), r('a', 4, 2, 5), r('b', 1, 1, 1), r('b', 1.1, 1, 2)]);
  assert.deepEqual(s, { pairs: 3, close: 1, oursCorrect: 1, otherCorrect: 0 });
  // A predicted tie counts half for ours.
  assert.equal(closeCalls([r('c', 1, 1, 1), r('c', 3, 1, 2)]).oursCorrect, 0.5);
});
