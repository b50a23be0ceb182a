// The analysis worker as the server drives it, on real corpus generators with the real model: results
// per version, newer versions cancelling older work, the time budget (stopped at a step boundary by the
// worker, or from outside when a job never reaches one), and the worker replaced without losing the
// other documents.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../paths';
import { syntheticGenerator } from '../synthetic';
import { AnalysisHost, type HostEvents } from '../../server/src/lsp/analysisHost';
import type { DocumentAnalysis, DocumentPredictions, JobOutcome } from '../../server/src/lsp/workerMessages';
import type { ModelStatus } from '../../server/src/model/index';

interface End { uri: string; version: number; outcome: JobOutcome; phase?: string; error?: string }

/** A host and everything it reported, with a way to wait for a report. */
function recorder(opts: ConstructorParameters<typeof AnalysisHost>[1] = {}) {
  const seen = { begins: [] as [string, number][], analyses: [] as DocumentAnalysis[], predictions: [] as DocumentPredictions[], ends: [] as End[], models: [] as ModelStatus[], logs: [] as string[] };
  let wake: () => void = () => undefined;
  const events: HostEvents = {
    model: (s) => { seen.models.push(s); wake(); },
    begin: (uri, version) => { seen.begins.push([uri, version]); wake(); },
    analysis: (r) => { seen.analyses.push(r); wake(); },
    predictions: (r) => { seen.predictions.push(r); wake(); },
    end: (uri, version, outcome, info) => { seen.ends.push({ uri, version, outcome, phase: info.phase, error: info.error }); wake(); },
    log: (m) => { seen.logs.push(m); wake(); },
  };
  const host = new AnalysisHost(events, opts);
  const until = async (what: string, pred: () => boolean, ms = 60_000) => {
    const deadline = Date.now() + ms;
    while (!pred()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(seen.ends)} ${seen.logs.join('; ')}`);
      await new Promise<void>((r) => { wake = r; setTimeout(r, 50); });
    }
  };
  return { host, seen, until };
}

const corpus = (f: string) => fs.readFileSync(path.join(ROOT, 'corpus', f), 'utf8');

test('analysis worker: a version is read, diagnosed and predicted off the event loop; a newer version cancels an older one', async () => {
  const { host, seen, until } = recorder();
  try {
    const text = corpus('blur3x3.cpp');
    host.open('file:///blur.cpp', 1, () => text);
    host.analyze('file:///blur.cpp', 2, 10_000);
    await until('v1', () => seen.ends.length === 1);
    assert.equal(seen.ends[0].outcome, 'done', JSON.stringify(seen.ends[0]));
    const a = seen.analyses[0];
    assert.equal(a.version, 1);
    assert.deepEqual(a.generators.map((g) => g.key), ['blur3x3']);
    assert.ok(JSON.parse(a.generators[0].quantitiesJson!).length > 0, 'the analysis travels with the views');
    const graph = await host.graph('file:///blur.cpp');
    assert.equal(graph!.version, 1);
    assert.equal(JSON.parse(graph!.json).generators[0].stages.length, a.generators[0].graph.stages.length, 'the whole graph, from the worker');
    const p = seen.predictions[0].generators.blur3x3;
    assert.ok(p.ok && p.prediction.totalMs > 0 && p.prediction.threads === 2, JSON.stringify(p));

    // While the worker is busy with a big document, requests for v2 and v3 of this one coalesce: v3 runs.
    host.open('file:///big.cpp', 1, () => syntheticGenerator(600));
    host.analyze('file:///big.cpp', 2, 30_000);
    host.change('file:///blur.cpp', 2, [{ text: text.replace('blur_y.compute_root()', 'blur_y.compute_inline()') }]);
    host.analyze('file:///blur.cpp', 2, 10_000);
    host.change('file:///blur.cpp', 3, [{ start: 0, end: 0, text: '// edited\n' }]);
    host.analyze('file:///blur.cpp', 2, 10_000);
    await until('big v1 and blur v3', () => seen.ends.length === 3);
    assert.deepEqual(seen.ends.slice(1).map((e) => [e.uri.slice(8), e.version, e.outcome]), [['big.cpp', 1, 'done'], ['blur.cpp', 3, 'done']]);
    assert.deepEqual(seen.analyses.filter((x) => x.uri.endsWith('blur.cpp')).map((x) => x.version), [1, 3], 'v2 was never read');

    // An edit while a version runs stops it at its next step: the big document's graph takes ~100 ms.
    const started = seen.ends.length;
    host.change('file:///big.cpp', 2, [{ start: 0, end: 0, text: '// edited\n' }]);
    host.analyze('file:///big.cpp', 2, 30_000);
    await until('big v2 starting', () => seen.begins.some(([u, v]) => u.endsWith('big.cpp') && v === 2));
    host.change('file:///big.cpp', 3, [{ start: 0, end: 0, text: '// again\n' }]);
    host.analyze('file:///big.cpp', 2, 30_000);
    await until('big v3', () => seen.ends.some((e) => e.uri.endsWith('big.cpp') && e.version === 3));
    const bigEnds = seen.ends.slice(started).map((e) => [e.version, e.outcome]);
    assert.deepEqual(bigEnds, [[2, 'cancelled'], [3, 'done']]);
    assert.ok(!seen.predictions.some((p) => p.uri.endsWith('big.cpp') && p.version === 2), 'no predictions for a cancelled version');
  } finally {
    host.dispose();
  }
});

test('analysis worker: a document over its budget stops at a step boundary and the next document still gets its analysis', async () => {
  const { host, seen, until } = recorder();
  try {
    host.open('file:///big.cpp', 1, () => syntheticGenerator(400));
    host.open('file:///brighten.cpp', 1, () => corpus('brighten.cpp'));
    host.analyze('file:///big.cpp', 2, 50);
    host.analyze('file:///brighten.cpp', 2, 10_000);
    await until('both', () => seen.ends.length === 2);
    const big = seen.ends.find((e) => e.uri === 'file:///big.cpp')!;
    assert.equal(big.outcome, 'over-budget');
    assert.ok(big.phase && big.phase !== 'stopped', `stopped by the worker itself, in ${big.phase}`);
    assert.equal(seen.ends.find((e) => e.uri === 'file:///brighten.cpp')!.outcome, 'done');
    assert.ok(seen.predictions.some((p) => p.uri === 'file:///brighten.cpp'));
  } finally {
    host.dispose();
  }
});

test('analysis worker: a job that never reaches a step boundary is stopped from outside, and the documents carry over into a new worker', async () => {
  // A worker that starts every job and never ends it, standing in for an input the analysis loops on.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'halide-lens-worker-'));
  const script = path.join(dir, 'stuck.js');
  fs.writeFileSync(script, `
    const { parentPort } = require('node:worker_threads');
    const docs = new Set();
    parentPort.on('message', (m) => {
      if (m.type === 'open') docs.add(m.uri);
      if (m.type === 'analyze') {
        parentPort.postMessage({ type: 'begin', uri: m.uri, version: m.version, gen: m.gen, budgetMs: m.budgetMs });
        if (m.uri.includes('stuck')) for (;;) {}
        parentPort.postMessage({ type: 'end', uri: m.uri, version: m.version, gen: m.gen, outcome: docs.has(m.uri) ? 'done' : 'failed', ms: 0 });
      }
    });`);
  const { host, seen, until } = recorder({ script });
  try {
    host.open('file:///stuck.cpp', 1, () => 'x');
    host.open('file:///other.cpp', 1, () => 'y');
    host.analyze('file:///stuck.cpp', 1, 100);
    host.analyze('file:///other.cpp', 1, 100);
    await until('the stuck job and the other one', () => seen.ends.length === 2, 10_000);
    assert.deepEqual(seen.ends.map((e) => [e.uri, e.outcome, e.phase ?? null]), [
      ['file:///stuck.cpp', 'over-budget', 'stopped'],
      ['file:///other.cpp', 'done', null],
    ], 'the other document was reopened in the new worker and its analysis replayed');
    assert.ok(seen.logs.some((l) => /replaced/.test(l)));
    assert.equal(host.has('file:///stuck.cpp'), false, 'not retried until the next edit');
  } finally {
    host.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
