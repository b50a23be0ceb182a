// The analysis worker (a worker_thread): it keeps a syntax tree per open document, and for each
// version the server asks about it reads the graph, analyses it, publishes diagnostics and views,
// then predicts. Newer versions cancel older work at the next step boundary (the server writes each
// document's latest version into shared memory); a job past its budget stops there too. A job that
// never reaches a boundary is ended from outside: the server terminates this thread.
import * as fs from 'node:fs';
import * as os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { generatorKey, type StageGraph } from '../halide/graph';
import { ParsedDocument } from '../halide/parser';
import { CostModel, predictGenerators } from '../model/index';
import { analyzeDocument } from './documentAnalysis';
import { SuggestRunner } from './suggestRunner';
import { directiveAt, directiveText, whatIfVariants } from '../search/whatIf';
import { textHash, type DocumentPredictions, type FromWorker, type GeneratorPrediction, type JobOutcome, type TextChange, type ToWorker, type WhatIfResult, type WorkerOptions } from './workerMessages';

type Job = Extract<ToWorker, { type: 'analyze' }>;

class Stop extends Error {
  constructor(readonly outcome: JobOutcome, readonly phase: string) { super(`${outcome} in ${phase}`); }
}

function applyChanges(doc: ParsedDocument, changes: TextChange[]): void {
  for (const c of changes) {
    if ('start' in c) doc.applyEdits([{ start: c.start, end: c.end, newText: c.text }]);
    else doc.setText(c.text);
  }
}

/**
 * Background priority for this thread only (Linux: setpriority on a thread id renices that thread):
 * analysis is background work, and on a 2-core machine the editor's event loop, the user's builds and
 * profiles should get the cores first.
 */
function lowerThreadPriority(): void {
  try {
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) os.setPriority(tid, 10);
  } catch {
    // not Linux, or not allowed: the thread keeps the server's priority
  }
}

function runWorker(port: NonNullable<typeof parentPort>, opts: WorkerOptions): void {
  lowerThreadPriority();
  const post = (m: FromWorker) => port.postMessage(m);
  const versions = new Int32Array(opts.versions);
  const docs = new Map<string, ParsedDocument>();
  const queue = new Map<string, Job>();
  /** The StageGraph of each document's latest analysis, for the graph view. */
  const graphs = new Map<string, { gen: number; version: number; graph: StageGraph; target?: string }>();
  /** Halide's compiled graph of a document, for the text with this hash. */
  const compiled = new Map<string, { hash: string; graph: StageGraph }>();
  let draining = false;

  // One inference thread: the editor shares the machine with the user's builds and profiles.
  const model = opts.modelUnavailable ? null : new CostModel({ modelPath: opts.modelPath, threads: 1 });
  if (model) {
    post({ type: 'model', status: { state: 'loading' } });
    model.load().catch(() => undefined).finally(() => post({ type: 'model', status: model.status() }));
  } else post({ type: 'model', status: { state: 'failed', error: opts.modelUnavailable } });

  const suggestions = new SuggestRunner(() => model, docs, graphs, (m) => post(m));

  const predict = async (job: Job, run: ReturnType<typeof analyzeDocument>): Promise<DocumentPredictions> => {
    const generators: Record<string, GeneratorPrediction> = {};
    const keys = run.result.generators.map((g) => g.key);
    if (!model) keys.forEach((k) => { generators[k] = { ok: false, error: opts.modelUnavailable ?? 'no model' }; });
    else {
      // The sized graphs the analyses are of: the featurizer reuses them instead of analyzing again.
      const inputs = run.sized.map((graph, i) => ({ graph, analysis: run.analyses[i] }));
      const outcomes = await predictGenerators(model, inputs, job.threads);
      outcomes.forEach((o, i) => { generators[keys[i]] = o; });
    }
    return { uri: job.uri, version: job.version, threads: job.threads, generators };
  };

  const runJob = async (job: Job): Promise<void> => {
    const doc = docs.get(job.uri);
    if (!doc) return;
    const t0 = performance.now();
    const superseded = () => job.slot >= 0 && Atomics.load(versions, job.slot) !== job.version;
    const check = (phase: string) => {
      if (superseded()) throw new Stop('cancelled', phase);
      if (performance.now() - t0 > job.budgetMs) throw new Stop('over-budget', phase);
    };
    const end = (outcome: JobOutcome, phase?: string, error?: string) =>
      post({ type: 'end', uri: job.uri, version: job.version, gen: job.gen, outcome, phase, error, ms: performance.now() - t0 });
    post({ type: 'begin', uri: job.uri, version: job.version, gen: job.gen, budgetMs: job.budgetMs });
    try {
      check('start');
      const c = compiled.get(job.uri);
      const run = analyzeDocument(doc, job.uri, job.version, check, c && c.hash === textHash(doc.text) ? c.graph : undefined, job.target);
      graphs.set(job.uri, { gen: job.gen, version: job.version, graph: run.graph, target: job.target });
      post({ type: 'analysis', gen: job.gen, result: run.result });
      check('features');
      const predictions = await predict(job, run);
      // Finished work is kept even past the budget; only a newer version makes it worthless.
      if (superseded()) throw new Stop('cancelled', 'prediction');
      post({ type: 'predictions', gen: job.gen, result: predictions });
      end('done');
    } catch (err) {
      if (err instanceof Stop) end(err.outcome, err.phase);
      else end('failed', undefined, (err as Error).stack ?? String(err));
    }
  };

  const drain = async () => {
    if (draining) return;
    draining = true;
    try {
      for (let next = queue.values().next(); !next.done; next = queue.values().next()) {
        queue.delete(next.value.uri);
        await runJob(next.value);
        // Let edits and newer requests in before the next job.
        await new Promise((r) => setImmediate(r));
      }
    } finally {
      draining = false;
    }
  };

  /** The directive under the cursor, without it and with its alternatives, predicted in one batch. */
  const whatIf = async (m: Extract<ToWorker, { type: 'whatif' }>): Promise<WhatIfResult | null> => {
    const read = graphs.get(m.uri);
    if (!read || read.gen !== m.gen || !model) return null;
    const g = read.graph.generators.find((x) => x.range.start.line <= m.line && m.line <= x.range.end.line);
    const d = g ? directiveAt(g, { line: m.line, character: m.character }) : null;
    if (!g || !d) return null;
    const variants = whatIfVariants(g, d);
    const outs = await predictGenerators(model, [{ graph: g }, ...variants.map((v) => ({ graph: v.graph }))], m.threads);
    const total = (i: number) => { const o = outs[i]; return o.ok ? o.prediction.totalMs : null; };
    return { generator: generatorKey(g), directive: directiveText(d), range: d.range, baseMs: total(0), rows: variants.map((v, i) => ({ label: v.label, totalMs: total(i + 1) })) };
  };

  port.on('message', (m: ToWorker) => {
    try {
      if (m.type === 'open') { docs.set(m.uri, new ParsedDocument(m.text)); suggestions.moved(m.uri, m.version); }
      else if (m.type === 'change') { const d = docs.get(m.uri); if (d) applyChanges(d, m.changes); suggestions.moved(m.uri, m.version); }
      else if (m.type === 'suggest') void suggestions.run(m);
      else if (m.type === 'whatif') void whatIf(m).then((result) => post({ type: 'whatif', id: m.id, result }), () => post({ type: 'whatif', id: m.id, result: null }));
      else if (m.type === 'cancel-suggest') suggestions.cancel(m.id);
      else if (m.type === 'close') { suggestions.moved(m.uri, null); docs.delete(m.uri); queue.delete(m.uri); graphs.delete(m.uri); compiled.delete(m.uri); }
      else if (m.type === 'compiled') {
        if (m.json === null) compiled.delete(m.uri);
        else compiled.set(m.uri, { hash: m.hash, graph: JSON.parse(m.json) as StageGraph });
      }
      else if (m.type === 'graph') {
        const g = graphs.get(m.uri);
        const mine = g && g.gen === m.gen ? g : null;
        post({ type: 'graph', id: m.id, version: mine?.version ?? null, json: mine ? JSON.stringify(mine.graph) : null });
      }
      else if (m.type === 'analyze') {
        queue.delete(m.uri);
        queue.set(m.uri, m);
        void drain();
      }
    } catch (err) {
      if (m.type === 'graph') post({ type: 'graph', id: m.id, version: null, json: null });
      else if (m.type === 'suggest') post({ type: 'suggest', id: m.id, outcome: null });
      else if (m.type === 'whatif') post({ type: 'whatif', id: m.id, result: null });
      else if (m.type === 'cancel-suggest') return;
      else post({ type: 'end', uri: m.uri, version: -1, gen: -1, outcome: 'failed', ms: 0, error: (err as Error).stack ?? String(err) });
    }
  });
}

if (parentPort && (workerData as { role?: string } | undefined)?.role === 'halide-lens-analysis') runWorker(parentPort, workerData as WorkerOptions);
