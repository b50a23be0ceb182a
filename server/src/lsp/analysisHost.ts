// The server's side of the analysis worker: mirrors each open document into it, asks for analyses,
// writes every document's latest version where the worker checks it (cancellation), and enforces the
// time budget from outside: a job that does not end within its budget (plus a grace for the step it
// is in) has its worker terminated and replaced, and the other documents carry on in the new one.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ModelStatus } from '../model/index';
import type { SuggestOutcome } from './suggestAction';
import type { DocumentAnalysis, DocumentPredictions, FromWorker, JobOutcome, TextChange, ToWorker, WhatIfResult, WorkerOptions } from './workerMessages';

/** Beyond its budget a job gets this long to reach a step boundary and stop itself. */
export const HARD_STOP_GRACE_MS = 1000;
const MAX_SLOTS = 4096;
/** Crashes in a minute after which the worker is not restarted again. */
const MAX_CRASHES = 5;

export interface HostEvents {
  model(status: ModelStatus): void;
  begin(uri: string, version: number): void;
  analysis(result: DocumentAnalysis): void;
  predictions(result: DocumentPredictions): void;
  /** `live`: for the document as it is open now (not an earlier opening of the same uri). */
  end(uri: string, version: number, outcome: JobOutcome, info: { phase?: string; ms: number; error?: string; live: boolean }): void;
  log(message: string): void;
}

type Analyze = Extract<ToWorker, { type: 'analyze' }>;
interface Mirror { version: number; gen: number; text: () => string; compiled?: { hash: string; json: string } }

export class AnalysisHost {
  private worker: Worker | null = null;
  private readonly versions = new SharedArrayBuffer(4 * MAX_SLOTS);
  private readonly versionView = new Int32Array(this.versions);
  private readonly slots = new Map<string, number>();
  private readonly freeSlots: number[] = Array.from({ length: MAX_SLOTS }, (_, i) => MAX_SLOTS - 1 - i);
  private readonly docs = new Map<string, Mirror>();
  /** Jobs sent and not ended, by document: replayed into a replacement worker. */
  private readonly jobs = new Map<string, Analyze>();
  private running: { uri: string; version: number; gen: number; timer: NodeJS.Timeout; started: number } | null = null;
  private crashes: number[] = [];
  private generations = 0;
  private graphRequests = new Map<number, (r: { version: number; json: string } | null) => void>();
  private nextGraphRequest = 0;
  private suggestRequests = new Map<number, (r: SuggestOutcome | null) => void>();
  private whatIfRequests = new Map<number, (r: WhatIfResult | null) => void>();
  private disposed = false;

  constructor(private readonly events: HostEvents, private readonly opts: { modelPath?: string; modelUnavailable?: string; script?: string } = {}) {
    this.start();
  }

  open(uri: string, version: number, text: () => string): void {
    const slot = this.freeSlots.pop();
    if (slot !== undefined) this.slots.set(uri, slot);
    this.docs.set(uri, { version, gen: ++this.generations, text });
    this.setVersion(uri, version);
    this.post({ type: 'open', uri, version, text: text() });
  }

  change(uri: string, version: number, changes: TextChange[]): void {
    const d = this.docs.get(uri);
    if (!d) return;
    d.version = version;
    this.setVersion(uri, version);
    this.post({ type: 'change', uri, version, changes });
  }

  close(uri: string): void {
    const slot = this.slots.get(uri);
    if (slot !== undefined) { Atomics.store(this.versionView, slot, -1); this.freeSlots.push(slot); }
    this.slots.delete(uri);
    this.docs.delete(uri);
    this.jobs.delete(uri);
    this.post({ type: 'close', uri });
  }

  analyze(uri: string, threads: number, budgetMs: number, target?: string): void {
    const d = this.docs.get(uri);
    if (!d) return;
    const job: Analyze = { type: 'analyze', uri, version: d.version, threads, budgetMs, slot: this.slots.get(uri) ?? -1, gen: d.gen, target };
    this.jobs.set(uri, job);
    this.post(job);
  }

  /** The StageGraph of the document's latest finished analysis, as JSON (null: none yet, or the worker was replaced). */
  graph(uri: string): Promise<{ version: number; json: string } | null> {
    const d = this.docs.get(uri);
    if (!d || !this.worker) return Promise.resolve(null);
    const id = ++this.nextGraphRequest;
    return new Promise((resolve) => {
      this.graphRequests.set(id, resolve);
      this.post({ type: 'graph', id, uri, gen: d.gen });
    });
  }

  /**
   * A schedule search for one generator of the document at its current version, in the worker
   * (null: no analysis of this version yet, or the worker was replaced). `cancelled` stops it;
   * `peek` only asks for a search already made.
   */
  suggest(uri: string, generator: string, threads: number, budgetMs: number, peek: boolean, cancelled?: { onCancellationRequested(f: () => void): unknown }): Promise<SuggestOutcome | null> {
    const d = this.docs.get(uri);
    if (!d || !this.worker) return Promise.resolve(null);
    const id = ++this.nextGraphRequest;
    return new Promise((resolve) => {
      this.suggestRequests.set(id, resolve);
      cancelled?.onCancellationRequested(() => this.post({ type: 'cancel-suggest', id }));
      this.post({ type: 'suggest', id, uri, gen: d.gen, version: d.version, generator, threads, budgetMs, peek });
    });
  }

  /** What-if of the schedule directive at a position, on the document's latest analysis (null: none there). */
  whatIf(uri: string, line: number, character: number, threads: number): Promise<WhatIfResult | null> {
    const d = this.docs.get(uri);
    if (!d || !this.worker) return Promise.resolve(null);
    const id = ++this.nextGraphRequest;
    return new Promise((resolve) => {
      this.whatIfRequests.set(id, resolve);
      this.post({ type: 'whatif', id, uri, gen: d.gen, line, character, threads });
    });
  }

  /** Halide's compiled graph of the document's text with `hash` (kept across worker restarts). */
  setCompiled(uri: string, hash: string, json: string | null): void {
    const d = this.docs.get(uri);
    if (!d) return;
    d.compiled = json === null ? undefined : { hash, json };
    this.post({ type: 'compiled', uri, hash, json });
  }

  /** An analysis of the document is queued or running. */
  has(uri: string): boolean { return this.jobs.has(uri); }

  dispose(): void {
    this.disposed = true;
    this.clearRunning();
    this.dropGraphRequests();
    void this.worker?.terminate();
    this.worker = null;
  }

  private setVersion(uri: string, version: number): void {
    const slot = this.slots.get(uri);
    if (slot !== undefined) Atomics.store(this.versionView, slot, version);
  }

  private post(m: ToWorker): void {
    this.worker?.postMessage(m);
  }

  /** Graph requests the old worker will never answer. */
  private dropGraphRequests(): void {
    const pending = [...this.graphRequests.values(), ...this.suggestRequests.values(), ...this.whatIfRequests.values()];
    this.graphRequests.clear();
    this.suggestRequests.clear();
    this.whatIfRequests.clear();
    pending.forEach((resolve) => resolve(null));
  }

  private start(): void {
    this.dropGraphRequests();
    const workerData: WorkerOptions = { role: 'halide-lens-analysis', versions: this.versions, modelPath: this.opts.modelPath, modelUnavailable: this.opts.modelUnavailable };
    // Bundled (dist/) and compiled (out/) layouts both put the worker script beside this module.
    // A large young generation: an analysis allocates many short-lived objects, and with V8's default
    // (16 MB semi-spaces) a third of the worker's time went to scavenges and the old-space collections
    // their promotions cause (measured on a 50-stage chain: 822 ms of 2951; with 32 MB, 302 of 2346).
    const w = new Worker(this.opts.script ?? path.join(__dirname, 'analysisWorker.js'), {
      workerData, stdout: false, stderr: false, resourceLimits: { maxYoungGenerationSizeMb: 96 },
    });
    this.worker = w;
    w.on('message', (m: FromWorker) => { if (this.worker === w) this.receive(m); });
    w.on('error', (err) => this.events.log(`analysis worker failed: ${err.stack ?? err.message}`));
    w.on('exit', (code) => { if (this.worker === w && !this.disposed) this.crashed(code); });
    // Documents and the analyses still owed carry over into a new worker.
    for (const [uri, d] of this.docs) {
      this.post({ type: 'open', uri, version: d.version, text: d.text() });
      if (d.compiled) this.post({ type: 'compiled', uri, ...d.compiled });
    }
    for (const job of this.jobs.values()) this.post(job);
  }

  /** Results of a document's earlier generation (closed and reopened since) go nowhere. */
  private live(uri: string, gen: number): boolean {
    return this.docs.get(uri)?.gen === gen;
  }

  private receive(m: FromWorker): void {
    switch (m.type) {
      case 'model': this.events.model(m.status); break;
      case 'begin': {
        this.clearRunning();
        const timer = setTimeout(() => this.overrun(), m.budgetMs + HARD_STOP_GRACE_MS);
        this.running = { uri: m.uri, version: m.version, gen: m.gen, timer, started: Date.now() };
        this.events.begin(m.uri, m.version);
        break;
      }
      case 'analysis': if (this.live(m.result.uri, m.gen)) this.events.analysis(m.result); break;
      case 'predictions': if (this.live(m.result.uri, m.gen)) this.events.predictions(m.result); break;
      case 'graph': {
        const resolve = this.graphRequests.get(m.id);
        this.graphRequests.delete(m.id);
        resolve?.(m.json !== null && m.version !== null ? { version: m.version, json: m.json } : null);
        break;
      }
      case 'whatif': {
        const resolve = this.whatIfRequests.get(m.id);
        this.whatIfRequests.delete(m.id);
        resolve?.(m.result);
        break;
      }
      case 'suggest': {
        const resolve = this.suggestRequests.get(m.id);
        this.suggestRequests.delete(m.id);
        resolve?.(m.outcome);
        break;
      }
      case 'end': {
        if (this.running?.uri === m.uri && this.running.version === m.version && this.running.gen === m.gen) this.clearRunning();
        this.settle(m);
        this.events.end(m.uri, m.version, m.outcome, { phase: m.phase, ms: m.ms, error: m.error, live: this.live(m.uri, m.gen) });
        break;
      }
    }
  }

  /** That job is owed no more (a newer one for the same document stays owed). */
  private settle(j: { uri: string; version: number; gen: number }): void {
    const job = this.jobs.get(j.uri);
    if (job?.version === j.version && job.gen === j.gen) this.jobs.delete(j.uri);
  }

  private clearRunning(): void {
    if (this.running) clearTimeout(this.running.timer);
    this.running = null;
  }

  /** The running job never reached a step boundary: stop its thread, carry on in a new one. */
  private overrun(): void {
    const r = this.running;
    if (!r) return;
    this.running = null;
    // Not retried until its next edit: it would only run past its budget again.
    this.settle(r);
    const old = this.worker;
    this.worker = null;
    void old?.terminate();
    this.events.log(`analysis of ${r.uri} v${r.version} ran past its budget; its worker was stopped and replaced`);
    this.events.end(r.uri, r.version, 'over-budget', { phase: 'stopped', ms: Date.now() - r.started, live: this.live(r.uri, r.gen) });
    this.start();
  }

  private crashed(code: number): void {
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < 60_000), now];
    const r = this.running;
    this.clearRunning();
    if (r) {
      // The job that was running may be what crashed it: not retried until its next edit.
      this.settle(r);
      this.events.end(r.uri, r.version, 'failed', { ms: now - r.started, error: `the analysis worker exited (code ${code})`, live: this.live(r.uri, r.gen) });
    }
    if (this.crashes.length > MAX_CRASHES) {
      this.events.log(`the analysis worker exited ${this.crashes.length} times in a minute; not restarting it`);
      this.worker = null;
      this.dropGraphRequests();
      this.events.model({ state: 'failed', error: 'the analysis worker keeps crashing; restart the server' });
      return;
    }
    this.events.log(`the analysis worker exited (code ${code}); restarting it`);
    this.start();
  }
}
