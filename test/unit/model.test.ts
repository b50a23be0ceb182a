// The committed cost model: it loads, matches the featurizer's schema, scores real generators with
// every kind of schedule, and still reproduces the test-split metrics recorded when it was trained.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { extract } from '../../server/src/halide/extract';
import { featurize, FEATURE_SCHEMA_VERSION, STAGE_FEATURE_NAMES, type PipelineFeatures } from '../../server/src/features/index';
import { featurizeDataset } from '../../server/src/collect/trainingCache';
import { checkMeta, CostModel, pack, predictGraph, scoreByPipeline, SchemaMismatchError } from '../../server/src/model/index';
import { ROOT, corpusFiles } from '../paths';

const META = path.join(ROOT, 'models', 'cost_model.json');
const model = new CostModel();

function graphOf(file: string, schedule?: string) {
  return extract(fs.readFileSync(file, 'utf8'), { uri: file, schedule }).generators[0];
}

test('the committed model description matches the featurizer schema', () => {
  const meta = checkMeta(JSON.parse(fs.readFileSync(META, 'utf8')), META);
  assert.equal(meta.schema, FEATURE_SCHEMA_VERSION);
  assert.deepEqual(meta.stageFeatures, STAGE_FEATURE_NAMES);
  assert.ok(meta.metrics, 'cost_model.json carries the test-split metrics');
});

test('a description from another schema is refused with a message saying what differs', () => {
  const meta = JSON.parse(fs.readFileSync(META, 'utf8'));
  assert.throws(() => checkMeta({ ...meta, schema: meta.schema + 1 }, 'm.json'), (e: Error) => e instanceof SchemaMismatchError && /schema/.test(e.message));
  const names = [...meta.stageFeatures];
  names[3] = 'renamed';
  assert.throws(() => checkMeta({ ...meta, stageFeatures: names }, 'm.json'), /feature 3 is "renamed"/);
});

test('a missing model is a clear, sticky failure', async () => {
  const m = new CostModel({ modelPath: path.join(os.tmpdir(), 'no-such-model.onnx') });
  await assert.rejects(m.load(), /cost model unavailable: .*does not exist/);
  assert.equal(m.status().state, 'failed');
  await assert.rejects(m.predict([]), /unavailable/);
});

test('packing pads stages and keeps producer -> consumer edges as adj[consumer][producer]', () => {
  const f = (n: number, edges: [number, number][]): PipelineFeatures => ({
    schema: 1, generator: 'g', globals: [1, 2], warnings: [], edges,
    stages: Array.from({ length: n }, (_, k) => ({ func: `f${k}`, stage: 0, name: `f${k}`, x: [k, k + 0.5] })),
  });
  const p = pack([f(2, [[0, 1]]), f(3, [[0, 2], [1, 2]])], 2, 2);
  assert.equal(p.stages, 3);
  assert.deepEqual(Array.from(p.mask), [1, 1, 0, 1, 1, 1]);
  assert.equal(p.adj[(0 * 3 + 1) * 3 + 0], 1);
  assert.equal(p.adj[(0 * 3 + 0) * 3 + 1], 0);
  assert.equal(p.adj[(1 * 3 + 2) * 3 + 1], 1);
  assert.deepEqual(Array.from(p.x.subarray(3 * 2, 3 * 2 + 2)), [0, 0.5]);
});

test('every corpus generator gets positive, finite per-stage predictions that sum to the total', async () => {
  for (const file of corpusFiles()) {
    const g = graphOf(file);
    const p = await predictGraph(model, g, 2);
    assert.ok(p.stages.length > 0, file);
    assert.ok(p.stages.every((s) => Number.isFinite(s.ms) && s.ms >= 0), file);
    const sum = p.stages.reduce((a, s) => a + s.ms, 0);
    assert.ok(Math.abs(sum - p.totalMs) <= 1e-6 * Math.max(1, p.totalMs), file);
    assert.ok(p.totalMs > 0, file);
  }
});

test('the prediction follows the schedule: hand, autoscheduler output and naive schedules differ', async () => {
  const file = path.join(ROOT, 'corpus', 'local_laplacian.cpp');
  const hand = await predictGraph(model, graphOf(file), 2);
  const naive = graphOf(file);
  naive.schedule = [];
  const plain = await predictGraph(model, naive, 2);
  assert.notEqual(hand.totalMs.toFixed(6), plain.totalMs.toFixed(6));
  const one = await predictGraph(model, graphOf(file), 1);
  assert.notEqual(hand.totalMs.toFixed(6), one.totalMs.toFixed(6), 'thread count is an input');
});

test('a batch predicts the same as one at a time', async () => {
  const feats = ['blur3x3', 'local_laplacian', 'histogram'].map((n) => featurize(graphOf(path.join(ROOT, 'corpus', `${n}.cpp`)), { threads: 2 }));
  const batch = await model.predict(feats.map((f) => ({ generator: f.generator, features: f, threads: 2 })));
  for (const [i, f] of feats.entries()) {
    const [alone] = await model.predict([{ generator: f.generator, features: f, threads: 2 }]);
    assert.ok(Math.abs(alone.totalMs - batch[i].totalMs) <= 1e-4 * alone.totalMs, f.generator);
  }
});

test('the committed model reproduces its recorded test-split metrics', async () => {
  const meta = JSON.parse(fs.readFileSync(META, 'utf8'));
  const ids = new Set<string>(meta.testIds);
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hl-model-')), 'features.jsonl.gz');
  featurizeDataset({ root: ROOT, dataDir: path.join(ROOT, 'data'), out, threadsFromSample: true, threads: 2, filter: (s) => ids.has(s.id) });
  const lines = zlib.gunzipSync(fs.readFileSync(out)).toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.equal(lines.length, ids.size, 'every test sample of the model is in data/ and featurizes');
  assert.ok(lines.every((l) => typeof l[meta.label] === 'number'), `cost_model.json's label "${meta.label}" is a field of every cache line`);
  const preds = await model.predict(lines.map((l) => ({ generator: l.generator, features: l, threads: l.threads })));
  const score = scoreByPipeline(lines.map((l, i) => ({ pipeline: l.pipeline, pred: preds[i].totalMs, truth: l[meta.label] })));
  assert.ok(Math.abs(score.mape - meta.metrics.mape) <= 0.01 * meta.metrics.mape + 1e-4, `MAPE ${score.mape} vs recorded ${meta.metrics.mape}`);
  assert.ok(Math.abs(score.tau - meta.metrics.tau) <= 0.01, `tau ${score.tau} vs recorded ${meta.metrics.tau}`);
  // The ONNX members' spread puts test samples in the bands evaluate.py counted from the members'
  // own predictions (float32 against float64 may move a sample across an edge, hence the slack).
  assert.ok(meta.confidence, 'cost_model.json carries the confidence calibration');
  for (const b of meta.confidence.bands) {
    const n = preds.filter((p) => p.confidence?.band === b.band).length;
    assert.ok(Math.abs(n - b.test.samples) <= 0.01 * b.test.samples + 2, `${b.band} confidence: ${n} test samples vs recorded ${b.test.samples}`);
  }
});
