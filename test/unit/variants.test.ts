// Corpus size variants: the estimates a variant's generator declares, as the front end reads them.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extract } from '../../server/src/halide/extract';
import type { GeneratorGraph, IOInfo } from '../../server/src/halide/graph';
import { scaleEstimates } from '../../server/src/collect/variants';
import { pipelineSource } from '../../server/src/collect/plan';
import { CORPUS, ROOT, corpusFiles } from '../paths';

const extents = (io: IOInfo) => io.estimates.map((e) => e?.extent ?? null);
const read = (text: string): GeneratorGraph => extract(text).generators[0];

test('a half-size variant halves image extents and keeps channels and scalar estimates', () => {
  const text = fs.readFileSync(path.join(CORPUS, 'brighten.cpp'), 'utf8');
  const g = read(text);
  const half = read(scaleEstimates(text, 0.5)!);
  assert.deepEqual(extents(g.outputs[0]), [2560, 1536, 3]);
  assert.deepEqual(extents(half.outputs[0]), [1280, 768, 3]);
  assert.deepEqual(extents(half.inputs.find((i) => i.name === 'input')!), [1280, 768, 3]);
  assert.equal(half.inputs.find((i) => i.name === 'amount')!.scalarEstimate, g.inputs.find((i) => i.name === 'amount')!.scalarEstimate);
});

test('set_estimates lists are scaled pair by pair; small extents stay', () => {
  const out = scaleEstimates('input.set_estimates({{0, 1536}, {0, 2560}, {0, 3}});\nw.set_estimates({{0, 3}, {-1, 64}});', 0.25);
  assert.equal(out, 'input.set_estimates({{0, 384}, {0, 640}, {0, 3}});\nw.set_estimates({{0, 3}, {-1, 64}});');
});

test('a lookup table read at data-dependent indices keeps its size', () => {
  const text = fs.readFileSync(path.join(CORPUS, 'lut_gather.cpp'), 'utf8');
  const g = read(scaleEstimates(text, 0.5)!);
  assert.deepEqual(extents(g.inputs.find((i) => i.name === 'table')!), [1024, 3]);
  assert.deepEqual(extents(g.inputs.find((i) => i.name === 'input')!), [768, 1280, 3]);
});

test('a generator whose estimates are all small or symbolic has no variant', () => {
  assert.equal(scaleEstimates('x.set_estimates({{0, N}, {0, N}}); y.dim(0).set_estimate(0, hidden);', 0.5), null);
});

test('every corpus variant keeps the same stages and reads completely', () => {
  let variants = 0;
  for (const file of corpusFiles()) {
    const text = fs.readFileSync(file, 'utf8');
    const scaled = scaleEstimates(text, 0.25);
    if (scaled === null) continue;
    const base = read(text);
    const v = extract(scaled);
    assert.deepEqual(v.diagnostics.filter((d) => d.severity === 'error'), [], file);
    assert.deepEqual(v.generators[0].stages.map((s) => s.id), base.stages.map((s) => s.id), file);
    variants++;
  }
  assert.ok(variants >= 20, `only ${variants} corpus generators have literal estimates to scale`);
});

test('a variant pipeline id names its own file under corpus/variants/', () => {
  assert.equal(pipelineSource(ROOT, 'corpus/brighten@half'), path.join(ROOT, 'corpus', 'variants', 'brighten@half.cpp'));
  assert.equal(pipelineSource(ROOT, 'corpus/brighten'), path.join(ROOT, 'corpus', 'brighten.cpp'));
});
