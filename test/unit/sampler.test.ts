// Random schedules: printed as C++ and read back by the front end, they must mean what was sampled.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { extract } from '../../server/src/halide/extract';
import { roundSeed, sampleSchedule, sampleWidths, type SamplerMode } from '../../server/src/collect/sampler';
import { printSchedule } from '../../server/src/search/printer';
import { randomPipeline } from '../../server/src/collect/randomPipeline';
import { corpusFiles } from '../paths';

test('sampled schedules round-trip through the printer and the front end', () => {
  let checked = 0;
  for (const file of corpusFiles()) {
    const text = fs.readFileSync(file, 'utf8');
    const g = extract(text).generators[0];
    for (const [mode, seeds] of [['inline', [0]], ['root', [0]], ['random', [1, 2, 3, 4, 5, 1001, 1002, 1003]]] as [SamplerMode, number[]][]) {
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
  assert.ok(checked >= 25 * 10);
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

test('compute_at only names loops of the host stage that makes every call (Halide rejects the rest)', () => {
  let placed = 0, viaUpdate = 0;
  for (let seed = 1; seed <= 60; seed++) {
    const g = extract(randomPipeline(seed, 'rp').source).generators[0];
    for (let k = 1; k <= 6; k++) {
      for (const step of sampleSchedule(g, 'random', k).filter((s) => s.name === 'compute_at')) {
        const [host, at] = step.values.map((v) => ('name' in v ? v.name : ''));
        const hostStages = g.stages.filter((s) => s.func === host).sort((a, b) => a.index - b.index);
        const last = hostStages[hostStages.length - 1];
        const callers = new Set(g.edges.filter((e) => e.producer === step.func).map((e) => e.consumer));
        // Every stage of the host that calls the producer is the last one...
        for (const s of hostStages) if (callers.has(s.id)) assert.equal(s.index, last.index, `${g.className} seed ${k}: ${step.func} used by ${s.id}`);
        // ...and an update's loops are its own Vars: stage 0's tile loops (yo) are not among them.
        if (last.index > 0) {
          assert.ok(last.pureVars.includes(at), `${g.className} seed ${k}: ${step.func}.compute_at(${host}, ${at})`);
          viaUpdate++;
        }
        placed++;
      }
    }
  }
  assert.ok(placed > 50, `only ${placed} compute_at placements sampled`);
  assert.ok(viaUpdate > 0, 'no placement inside an update stage was sampled');
});

test('random vector widths follow the target\'s natural width for the Func\'s type', () => {
  const avx512 = 'x86-64-linux-avx-avx2-avx512-avx512_skylake-f16c-fma-sse41';
  const avx2 = 'x86-64-linux-avx-avx2-f16c-fma-sse41';
  // Floats on AVX-512 draw what they always drew; uint8 draws up to the 64 lanes the search tries.
  assert.deepEqual(sampleWidths(avx512, 'float32'), [4, 8, 8, 16, 16, 32]);
  assert.deepEqual(sampleWidths(avx512, 'uint8'), [16, 32, 32, 64, 64, 64]);
  assert.deepEqual(sampleWidths(avx2, 'float32'), [2, 4, 4, 8, 8, 16]);
  // An unknown target keeps the old widths rather than guessing.
  assert.deepEqual(sampleWidths(undefined, 'uint8'), [4, 8, 8, 16, 16, 32]);
  // A uint8 pipeline read for AVX-512 samples 64-lane vectors somewhere over a few seeds.
  const file = corpusFiles().find((f) => f.endsWith('box_filter_2d.cpp'))!;
  const g = extract(fs.readFileSync(file, 'utf8'), { target: avx512 }).generators[0];
  const widths = new Set([1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => sampleSchedule(g, 'random', seed).filter((s) => s.name === 'vectorize').map((s) => s.values[1])));
  assert.ok([...widths].some((w) => w.kind === 'int' && w.value === 64), JSON.stringify([...widths]));
});

test('round 2 draws what round 1 never did: nested compute_at, reductions per consumer tile, unrolled and register-blocked reductions', () => {
  const graphs = [
    ...corpusFiles().map((f) => extract(fs.readFileSync(f, 'utf8')).generators[0]),
    ...Array.from({ length: 40 }, (_, i) => extract(randomPipeline(i + 1, 'rp').source).generators[0]),
  ];
  const seen = { nested: 0, reductionAt: 0, unrolledR: 0, block: 0 };
  let round1Changed = 0;
  for (const g of graphs) {
    const rvarsOf = new Set(g.stages.filter((s) => s.rvars.length).map((s) => s.func));
    for (let k = 1; k <= 8; k++) {
      const steps = sampleSchedule(g, 'random', roundSeed(2, k));
      const at = new Map(steps.filter((s) => s.name === 'compute_at').map((s) => [s.func, (s.values[0] as { name: string }).name]));
      for (const [f, host] of at) {
        // A host that is not f's consumer: f went out to the loops of its consumer's own host.
        const consumers = new Set(g.edges.filter((e) => e.producer === f).map((e) => g.stages.find((s) => s.id === e.consumer)!.func));
        if (!consumers.has(host)) seen.nested++;
        if (rvarsOf.has(f)) {
          seen.reductionAt++;
          // Only reductions whose every update writes one point of its own Vars (no scans).
          for (const st of g.stages.filter((s) => s.func === f)) assert.equal(st.pureVars.length, st.args.length, `${g.className}: ${f} at ${host} is a scan`);
        }
      }
      if (steps.some((s) => s.name === 'unroll' && s.values[0].kind === 'var' && s.values[0].rvar)) seen.unrolledR++;
      if (steps.some((s) => s.name === 'reorder' && s.stage > 0 && s.values.findIndex((v) => v.kind === 'var' && v.rvar) === 2 && s.values.length > 3)) seen.block++;
    }
    // Round 1 is drawn as it always was: seeds 1..1000 never take round 2's shapes.
    for (let k = 1; k <= 4; k++) {
      const steps = sampleSchedule(g, 'random', k);
      if (steps.some((s) => s.name === 'reorder' || s.name === 'split' || (s.name === 'unroll' && s.values[0].kind === 'var' && s.values[0].rvar))) round1Changed++;
    }
  }
  assert.equal(round1Changed, 0);
  for (const [k, n] of Object.entries(seen)) assert.ok(n > 0, `round 2 never drew ${k}: ${JSON.stringify(seen)}`);
});
