import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { probeTimeoutsOf, PROBE_TIMEOUTS, settledFailures } from '../../server/src/collect/failures';
import type { FailureRecord } from '../../server/src/collect/dataset';

// Error texts as Halide wrote them into data/failed.
const GROWABLE = 'Halide: Error: Input buffer input is accessed at -1023, which is before the min (-992) in dimension 0';
const REJECTED = 'Halide: Error: Func f2 cannot be scheduled to be computed at f5.s1.r0$x';
const rec = (pipeline: string, seed: number, error: string, machine = 'm1'): FailureRecord =>
  ({ pipeline, source: 'adams2019-probe', seed, machine, error, date: '2026-11-22T00:00:00Z' });

test('a failure of a kind the worker now fixes is retried once, then settled', () => {
  const once = settledFailures([rec('random/rp_12', 1, GROWABLE)], 'm1');
  assert.equal(once.size, 0, 'first failure of a fixed kind is retried');
  const twice = settledFailures([rec('random/rp_12', 1, GROWABLE), rec('random/rp_12', 1, GROWABLE)], 'm1');
  assert.deepEqual([...twice], ['random/rp_12|adams2019-probe|1']);
});

test('other failures are settled at once, and only for the machine that saw them', () => {
  const s = settledFailures([rec('random/rp_3', 2, REJECTED), rec('random/rp_4', 2, REJECTED, 'other')], 'm1');
  assert.deepEqual([...s], ['random/rp_3|adams2019-probe|2']);
});

test('probe timeouts recorded on this machine are counted per pipeline; other machines and errors are not', () => {
  const rec = (pipeline: string, source: string, error: string, machine = 'm1') => ({ pipeline, source, seed: 1, machine, error, date: '' });
  const counts = probeTimeoutsOf([
    rec('realworld/a/post', 'adams2019-probe', 'timeout'), rec('realworld/a/post', 'adams2019-probe', 'timeout'),
    rec('realworld/a/post', 'adams2019-probe', 'timeout', 'm2'), rec('realworld/a/post', 'adams2019-beam', 'timeout'),
    rec('realworld/b/x', 'adams2019-probe', 'generator crashed'),
  ], 'm1');
  assert.deepEqual([...counts], [['realworld/a/post', 2]]);
  assert.ok(counts.get('realworld/a/post')! >= PROBE_TIMEOUTS, 'two recorded timeouts skip the rest of its probes');
});
