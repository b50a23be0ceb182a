// Random schedules: printed as C++ and read back by the front end, they must mean what was sampled.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { extract } from '../../server/src/halide/extract';
import { sampleSchedule, type SamplerMode } from '../../server/src/collect/sampler';
import { printSchedule } from '../../server/src/search/printer';
import { corpusFiles } from '../paths';

test('sampled schedules round-trip through the printer and the front end', () => {
  let checked = 0;
  for (const file of corpusFiles()) {
    const text = fs.readFileSync(file, 'utf8');
    const g = extract(text).generators[0];
    for (const [mode, seeds] of [['inline', [0]], ['root', [0]], ['random', [1, 2, 3, 4, 5]]] as [SamplerMode, number[]][]) {
      for (const seed of seeds) {
        const steps = sampleSchedule(g, mode, seed);
        const printed = printSchedule(steps, `${mode} seed ${seed}`);
        const back = extract(text, { schedule: printed });
        const bad = back.diagnostics.filter((d) => d.severity !== 'info');
        assert.deepEqual(bad, [], `${file} ${mode} ${seed}:\n${printed}`);
        const read = back.generators[0].schedule.filter((d) => d.source === 'schedule.h' && d.name !== 'update');
        assert.deepEqual(read.map((d) => ({ func: d.func, stage: d.stage, name: d.name, values: d.values })), steps, `${file} ${mode} ${seed}`);
        checked++;
      }
    }
  }
  assert.ok(checked >= 25 * 7);
});

test('naive modes: everything inlined that can be, or everything at root', () => {
  const file = corpusFiles().find((f) => f.endsWith('blur3x3.cpp'))!;
  const g = extract(fs.readFileSync(file, 'utf8')).generators[0];
  assert.deepEqual(sampleSchedule(g, 'inline'), []);
  const root = sampleSchedule(g, 'root');
  assert.deepEqual(root.map((s) => `${s.func}.${s.name}`).sort(), g.funcs.filter((f) => f.kind !== 'output').map((f) => `${f.name}.compute_root`).sort());
  // Different seeds give different random schedules.
  const texts = new Set([1, 2, 3, 4, 5, 6].map((s) => printSchedule(sampleSchedule(g, 'random', s))));
  assert.ok(texts.size >= 4);
});
