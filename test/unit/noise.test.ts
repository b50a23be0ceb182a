// Noise-floor statistics on hand-made measurement pairs.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { noiseFloor, type Remeasure } from '../../server/src/collect/noise';
import { kendallTauB } from '../../server/src/model/metrics';
import type { Sample } from '../../server/src/collect/dataset';

test('Kendall tau: identical order 1, reversed -1, one swap in four items 2/3', () => {
  assert.equal(kendallTauB([1, 2, 3, 4], [10, 20, 30, 40]), 1);
  assert.equal(kendallTauB([1, 2, 3, 4], [4, 3, 2, 1]), -1);
  assert.ok(Math.abs(kendallTauB([1, 2, 3, 4], [2, 1, 3, 4]) - 4 / 6) < 1e-12);
});

test('noise floor compares each sample with its re-measurement, ranking within pipelines', () => {
  // Each measurement is its fastest repetition; the median (99) must not be what is compared.
  const s = (id: string, pipeline: string, ms: number) => ({ id, pipeline, medianMs: 99, timesMs: [ms * 1.3, ms, ms * 1.1] }) as Sample;
  const r = (id: string, ms: number) => ({ id, medianMs: 99, timesMs: [ms, ms * 2] }) as Remeasure;
  const samples = [s('a', 'p', 1), s('b', 'p', 2), s('c', 'p', 4), s('d', 'q', 10), s('e', 'q', 11)];
  const again = [r('a', 1.1), r('b', 1.8), r('c', 4), r('d', 12), r('e', 11), r('zz', 5)];
  const n = noiseFloor(samples, again);
  assert.equal(n.pairs, 5);
  assert.ok(Math.abs(n.mape - (0.1 + 0.1 + 0 + 0.2 + 0) / 5) < 1e-12);
  assert.equal(n.pipelines, 2);
  // p keeps its order (tau 1); q swaps (tau -1).
  assert.equal(n.meanTau, 0);
  assert.equal(n.pairwiseAccuracy, 3 / 4);
});
