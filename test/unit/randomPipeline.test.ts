// The random pipeline generator: deterministic, varied, and readable by our own front end.
// (Halide compiles of these are checked outside the unit tests; they take minutes.)
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomPipeline } from '../../server/src/collect/randomPipeline';
import { REAL_SHAPED } from '../../server/src/collect/plan';
import { extract } from '../../server/src/halide/extract';
import { CORPUS } from '../paths';

const SEEDS = Array.from({ length: 50 }, (_, i) => i + 1);

test('deterministic for a seed; different seeds give different pipelines', () => {
  for (const seed of [1, 7, 123456, 0xdeadbeef]) {
    const a = randomPipeline(seed, 'rp');
    const b = randomPipeline(seed, 'rp');
    assert.equal(a.source, b.source);
    assert.equal(a.stages, b.stages);
    assert.deepEqual(a.kinds, b.kinds);
  }
  const sources = new Set(SEEDS.map((s) => randomPipeline(s, 'rp').source));
  assert.equal(sources.size, SEEDS.length);
});

// The committed corpus/random/rp_N.cpp are never rewritten (collect/plan.ts) and measured samples
// refer to them: the generator must still write them byte for byte (every 16th, to stay quick).
test('regenerates committed random pipelines byte-identically', () => {
  for (let seed = 1; seed <= 320; seed += 16) {
    const file = path.join(CORPUS, 'random', `rp_${seed}.cpp`);
    const committed = fs.readFileSync(file);
    const source = Buffer.from(randomPipeline(seed, `rp_${seed}`).source, 'utf8');
    assert.ok(source.equals(committed), `rp_${seed}.cpp differs from randomPipeline(${seed}, 'rp_${seed}').source`);
  }
});

test('follows the corpus conventions', () => {
  const p = randomPipeline(3, 'my_pipe');
  assert.equal(p.name, 'my_pipe');
  assert.match(p.source, /^namespace \{$/m);
  assert.match(p.source, /^HALIDE_REGISTER_GENERATOR\(\w+, my_pipe\)$/m);
  assert.match(p.source, /void schedule\(\) \{[\s\S]*if \(!auto_schedule\) \{/);
  assert.match(p.source, /output\.set_estimates\(/);
  // Every Func and Var is named with its own identifier.
  for (const m of p.source.matchAll(/\b(\w+)\{"(\w+)"/g)) assert.equal(m[1], m[2]);
  for (const m of p.source.matchAll(/\b(\w+) = RDom\([^"]*"(\w+)"\)/g)) assert.equal(m[1], m[2]);
  assert.throws(() => randomPipeline(1, 'not-an-identifier'));
});

test('variety: stage kinds and sizes over 50 seeds', () => {
  const kinds = new Set<string>();
  const counts: number[] = [];
  for (const seed of SEEDS) {
    const p = randomPipeline(seed, `rp_${seed}`);
    p.kinds.forEach((k) => kinds.add(k));
    counts.push(p.stages);
    assert.ok(p.stages >= 3 && p.stages <= 20, `seed ${seed}: ${p.stages} stages`);
  }
  assert.ok(kinds.size >= 8, `only ${kinds.size} kinds: ${[...kinds].join(', ')}`);
  assert.ok(Math.min(...counts) <= 6 && Math.max(...counts) >= 16, `stage counts ${Math.min(...counts)}..${Math.max(...counts)}`);
  assert.ok(new Set(counts).size >= 8);
  // Fan-out: some pipelines read one value from two stages.
  const fanOut = SEEDS.filter((seed) => {
    const g = extract(randomPipeline(seed, 'rp').source).generators[0];
    const readers = new Map<string, Set<string>>();
    for (const e of g.edges) {
      const func = e.consumer.replace(/\.\d+$/, '');
      if (func !== e.producer) (readers.get(e.producer) ?? readers.set(e.producer, new Set()).get(e.producer)!).add(func);
    }
    return [...readers.values()].some((s) => s.size >= 2);
  });
  assert.ok(fanOut.length >= 10, `only ${fanOut.length} pipelines with fan-out`);
});

test('the front end reads 50 seeds cleanly, with the stated stage count', () => {
  for (const seed of SEEDS) {
    const p = randomPipeline(seed, `rp_${seed}`);
    const graph = extract(p.source);
    const bad = graph.diagnostics.filter((d) => d.severity !== 'info');
    assert.deepEqual(bad.map((d) => `${d.code}: ${d.message} (line ${d.range.start.line + 1})`), [], `seed ${seed}`);
    assert.equal(graph.generators.length, 1, `seed ${seed}`);
    const g = graph.generators[0];
    assert.equal(g.registeredName, `rp_${seed}`);
    assert.equal(g.stages.length, p.stages, `seed ${seed}: stage count`);
    assert.equal(g.outputs.length, 1);
    assert.ok(g.outputs[0].estimates.every((e) => e !== null && e.extent !== null), `seed ${seed}: output estimates`);
    for (const i of g.inputs) {
      if (i.kind === 'buffer') assert.ok(i.estimates.length === i.dims && i.estimates.every((e) => e?.extent), `seed ${seed}: ${i.name} estimates`);
      else assert.notEqual(i.scalarEstimate, null);
    }
    assert.ok(g.schedule.some((d) => d.branch === 'manual'), `seed ${seed}: a hand schedule`);
  }
});

test('minStages and maxStages bound the stage count', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    assert.equal(randomPipeline(seed, 'rp', { minStages: 2, maxStages: 2 }).stages, 2);
    const big = randomPipeline(seed, 'rp', { minStages: 25, maxStages: 30 });
    assert.ok(big.stages >= 25 && big.stages <= 30, `${big.stages}`);
    const graph = extract(big.source);
    assert.deepEqual(graph.diagnostics.filter((d) => d.severity !== 'info'), []);
    assert.equal(graph.generators[0].stages.length, big.stages);
  }
});

test('real-shaped random pipelines: log-uniform 3-120 stages, a long tail of big ones, each read by the front end as generated', () => {
  const sizes: number[] = [];
  for (let seed = 1; seed <= 30; seed++) {
    const p = randomPipeline(seed, `rs_${seed}`, REAL_SHAPED);
    const read = extract(p.source);
    assert.equal(read.generators[0].stages.length, p.stages, `rs_${seed}`);
    assert.deepEqual(read.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message), [], `rs_${seed}`);
    sizes.push(p.stages);
  }
  sizes.sort((a, b) => a - b);
  assert.ok(sizes[0] >= 3 && sizes[sizes.length - 1] <= 125, sizes.join(' '));
  assert.ok(sizes.filter((n) => n >= 40).length >= 3, `few big pipelines: ${sizes.join(' ')}`);
  assert.ok(sizes.filter((n) => n <= 10).length >= 5, `few small pipelines: ${sizes.join(' ')}`);
});
