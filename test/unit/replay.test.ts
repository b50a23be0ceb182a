import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readSamples } from '../../server/src/collect/dataset';
import { REPLAY_PER_PIPELINE, replayPlan } from '../../server/src/collect/replay';
import { extract } from '../../server/src/halide/extract';
import { ROOT } from '../paths';

// The committed data: the machine that measured the most corpus and random pipelines.
const samples = readSamples(path.join(ROOT, 'data'));
const counts = new Map<string, number>();
for (const s of samples) if (!s.pipeline.startsWith('realworld/')) counts.set(s.machine, (counts.get(s.machine) ?? 0) + 1);
const from = [...counts].sort((a, b) => b[1] - a[1])[0][0];

test('a replay measures the same code again: the authors\' schedule and our printed ones, never an autoscheduler\'s', () => {
  const plan = replayPlan(samples, from);
  assert.ok(plan.size > 50, `${plan.size} pipelines`);
  for (const [pipeline, specs] of plan) {
    assert.ok(!pipeline.startsWith('realworld/'), pipeline);
    assert.ok(specs.length > 0 && specs.length <= REPLAY_PER_PIPELINE, pipeline);
    assert.equal(new Set(specs.map((s) => `${s.source}|${s.seed}`)).size, specs.length, `${pipeline}: one spec per plan item`);
    // The authors' and naive schedules come before random picks.
    const firstRandom = specs.findIndex((s) => s.source === 'random' || s.source === 'search');
    if (firstRandom >= 0) assert.ok(specs.slice(firstRandom).every((s) => s.source === 'random' || s.source === 'search'), pipeline);
    for (const s of specs) {
      assert.ok(['hand', 'naive-inline', 'naive-root', 'random', 'search'].includes(s.source), s.source);
      if (s.source === 'hand') assert.deepEqual([s.schedule, s.text], [{ kind: 'hand' }, null]);
      else assert.ok(s.text && s.schedule.kind === 'directives', `${pipeline} ${s.source}#${s.seed} carries its text`);
    }
  }
  // The same plan twice (a resumed replay picks the same items).
  assert.deepEqual([...replayPlan(samples, from)], [...plan]);
});

test('a replayed text reads back as directives with the widths it was measured with, whatever the target', () => {
  const plan = replayPlan(samples, from);
  const [pipeline, specs] = [...plan].find(([p, ss]) => p.startsWith('corpus/') && !p.includes('@') && ss.some((s) => s.source === 'random'))!;
  const spec = specs.find((s) => s.source === 'random')!;
  const file = path.join(ROOT, 'corpus', `${pipeline.slice('corpus/'.length)}.cpp`);
  const widths = (target: string) => extract(fs.readFileSync(file, 'utf8'), { schedule: spec.text!, target }).generators[0].schedule
    .filter((d) => d.source === 'schedule.h' && d.name === 'vectorize').map((d) => JSON.stringify(d.args));
  assert.deepEqual(widths('x86-64-linux-avx-avx2-f16c-fma-sse41'), widths('x86-64-linux-avx-avx2-avx512-avx512_skylake-f16c-fma-sse41'));
});

test('replaying a machine the data does not hold fails with what it needs', () => {
  assert.throws(() => replayPlan(samples, 'no-such-machine'), /--replay no-such-machine: the data holds no schedules of that machine/);
});
