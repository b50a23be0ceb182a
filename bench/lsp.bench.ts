// The language server as an editor sees it, over stdio: the time from an edit of a schedule line to
// fresh inlay hints (p50/p95 by generator size; the first 100 edits after opening a file apart from the ones
// after them, once V8 has optimized the analysis), then an hour of scripted editing replayed fast while
// the server's resident memory is sampled. Numbers only, no assertions.
//
// "Fresh" means: the server has asked for a refresh after the predictions of the edited version landed
// (workspace/inlayHint/refresh; it drops results of versions that are no longer the latest), and the
// inlayHint request that follows has answered. That is what an editor shows the user.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver-protocol/node';
import { analyze } from '../server/src/analysis';
import { mulberry32 } from '../server/src/collect/prng';
import { featurize } from '../server/src/features/index';
import { extractEditing } from '../server/src/halide/extract';
import { ParsedDocument } from '../server/src/halide/parser';
import { CostModel } from '../server/src/model/index';
import { SERVER_STATS_REQUEST, STATUS_NOTIFICATION } from '../server/src/lsp/protocol';
import { ANALYSIS_DELAY_MS } from '../server/src/lsp/server';
import { quantile } from './stats';
import { syntheticGenerator } from '../test/synthetic';

const ROOT = path.resolve(__dirname, '..', '..');
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

interface Pos { line: number; character: number }
interface Hint { position: Pos; label: string }

/** Offset of a position in a text (as the server computes it). */
function offsetOf(text: string, p: Pos): number {
  let o = 0;
  for (let l = 0; l < p.line; l++) o = text.indexOf('\n', o) + 1;
  return o + p.character;
}

function positionOf(text: string, offset: number): Pos {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** One server process and the documents this client holds open in it. */
class Server {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  readonly storage = fs.mkdtempSync(path.join(os.tmpdir(), 'halide-lens-bench-'));
  hintRefreshes = 0;
  modelState = 'unloaded';
  busy: string[] = [];
  errors: string[] = [];
  /** When set, every refresh is answered as an editor does: hints and lenses re-requested. */
  onRefresh: (() => void) | null = null;
  private texts = new Map<string, string>();
  private versions = new Map<string, number>();
  private waiters: (() => void)[] = [];

  constructor() {
    // LSP_BENCH_SERVER: another build's server.js, to compare before/after on the same machine in one run.
    const script = process.env.LSP_BENCH_SERVER ?? path.join(ROOT, 'dist', 'server.js');
    this.proc = spawn(process.execPath, [script, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (d) => this.errors.push(String(d)));
    this.proc.on('exit', (code, signal) => { this.errors.push(`server exited: ${code ?? signal}`); this.wake(); });
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    this.conn.onRequest('workspace/inlayHint/refresh', () => {
      this.hintRefreshes++;
      this.onRefresh?.();
      this.wake();
      return null;
    });
    this.conn.onRequest('workspace/codeLens/refresh', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onNotification(STATUS_NOTIFICATION, (s) => {
      this.modelState = s.model.state;
      this.busy = s.busy;
      this.wake();
    });
    this.conn.onNotification('window/logMessage', (m: { type: number; message: string }) => {
      if (m.type === 1) this.errors.push(m.message);
    });
    this.conn.onNotification('textDocument/publishDiagnostics', () => undefined);
    this.conn.onNotification('window/showMessage', () => undefined);
    this.conn.listen();
  }

  private wake(): void {
    this.waiters.splice(0).forEach((w) => w());
  }

  async until(what: string, pred: () => boolean, timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pred()) {
      if (this.proc.exitCode !== null || this.proc.signalCode !== null) throw new Error(`server died waiting for ${what}: ${this.errors.join('\n').slice(-2000)}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, 50);
        this.waiters.push(() => { clearTimeout(t); r(); });
      });
    }
  }

  async start(): Promise<void> {
    await this.conn.sendRequest('initialize', {
      processId: process.pid, rootUri: null,
      capabilities: {
        workspace: { configuration: true, inlayHint: { refreshSupport: true }, codeLens: { refreshSupport: true } },
        textDocument: { inlayHint: {}, codeLens: {}, hover: { contentFormat: ['markdown'] } },
      },
      initializationOptions: { storageDir: this.storage },
    });
    await this.conn.sendNotification('initialized', {});
    await this.until('the cost model', () => this.modelState === 'ready' || this.modelState === 'failed');
    if (this.modelState !== 'ready') throw new Error('the cost model did not load; the latencies would mean nothing');
  }

  text(uri: string): string {
    return this.texts.get(uri)!;
  }

  async open(uri: string, text: string): Promise<Hint[]> {
    this.texts.set(uri, text);
    this.versions.set(uri, 1);
    const before = this.hintRefreshes;
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cpp', version: 1, text } });
    await this.until(`first predictions of ${uri}`, () => this.hintRefreshes > before);
    return this.hints(uri);
  }

  /** Replace [start, end) of the text (offsets) as one incremental change. */
  async edit(uri: string, start: number, end: number, newText: string): Promise<void> {
    const text = this.texts.get(uri)!;
    const version = this.versions.get(uri)! + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, text.slice(0, start) + newText + text.slice(end));
    await this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: positionOf(text, start), end: positionOf(text, end) }, text: newText }],
    });
  }

  hints(uri: string): Promise<Hint[]> {
    return this.conn.sendRequest('textDocument/inlayHint', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: this.text(uri).split('\n').length, character: 0 } },
    }) as Promise<Hint[]>;
  }

  lenses(uri: string): Promise<unknown> {
    return this.conn.sendRequest('textDocument/codeLens', { textDocument: { uri } });
  }

  /** Resident memory of the server process, in MB. */
  rssMb(): number {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${this.proc.pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  }

  /** The longest event-loop stall in the server since the last call (null: a server without the request). */
  async stall(): Promise<{ loopMs: number; gcMs: number; p99Ms: number } | null> {
    try {
      const r = await this.conn.sendRequest(SERVER_STATS_REQUEST, { reset: true });
      return { loopMs: r.eventLoop.maxMs, gcMs: r.gc.maxMs, p99Ms: r.eventLoop.p99Ms };
    } catch {
      return null;
    }
  }

  /** Debounce over, nothing predicting. */
  async settle(): Promise<void> {
    await sleep(ANALYSIS_DELAY_MS + 100);
    await this.until('the server to go idle', () => this.busy.length === 0);
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), sleep(2000)]);
      await this.conn.sendNotification('exit');
    } catch {
      // already gone
    }
    await Promise.race([new Promise((r) => this.proc.once('exit', r)), sleep(3000)]);
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill();
    this.conn.dispose();
    fs.rmSync(this.storage, { recursive: true, force: true });
  }
}

/** Offsets of the numbers in the schedule's vectorize/split/parallel/tile calls that can be edited. */
function scheduleFactors(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\.(vectorize|split|parallel|tile)\(([^()]*)\)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const args = m[2];
    const num = /(\d+)\s*$/.exec(args);
    if (!num) continue;
    const start = m.index + m[1].length + 2 + num.index;
    out.push({ start, end: start + num[1].length });
  }
  return out;
}

const FACTORS = ['2', '4', '8', '16', '32'];
const key = (hs: Hint[]) => JSON.stringify(hs.map((h) => [h.position.line, h.label]));

interface Latency { name: string; cold: number[]; ms: number[]; changed: number; stall: { loopMs: number; gcMs: number; p99Ms: number } | null }

/**
 * The first `warm` edits after opening are timed apart ("cold"): V8 is still optimizing the front end,
 * analysis and featurizer for this document's shapes, which takes on the order of a hundred analyses.
 * The edits after them are what a user who has been editing for a minute sees, and the stall is theirs.
 */
async function latency(s: Server, name: string, text: string, edits: number, warm: number, seed: number): Promise<Latency> {
  const uri = `file:///halide-lens-bench/${name}.cpp`;
  let prev = await s.open(uri, text);
  await s.settle();
  const r = mulberry32(seed);
  const ms: number[] = [];
  const cold: number[] = [];
  let changed = 0;
  for (let i = -warm; i < edits; i++) {
    if (i === 0) await s.stall();
    const spots = scheduleFactors(s.text(uri));
    const spot = spots[Math.floor(r() * spots.length)];
    const old = s.text(uri).slice(spot.start, spot.end);
    const choices = FACTORS.filter((f) => f !== old);
    const before = s.hintRefreshes;
    const t0 = performance.now();
    await s.edit(uri, spot.start, spot.end, choices[Math.floor(r() * choices.length)]);
    await s.until(`fresh hints after edit ${i}`, () => s.hintRefreshes > before);
    const hints = await s.hints(uri);
    const t = performance.now() - t0;
    if (i >= 0) {
      ms.push(t);
      if (key(hints) !== key(prev)) changed++;
    } else cold.push(t);
    prev = hints;
    await s.settle();
    await sleep(20 + r() * 60);
  }
  // Read before the close: the stall is the one the edits and their analyses caused.
  const stall = await s.stall();
  await s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return { name, cold, ms, changed, stall };
}

// ---------------------------------------------------------------- the scripted hour of editing

const SNIPPETS = [
  's[IDX].compute_root();', 's[IDX].compute_at(output, xo).vectorize(x, 16);', 's[IDX].split(y, yo, yi, 8).parallel(yo);',
  's[IDX].reorder(y, x);', 's[IDX].store_root().compute_at(output, yo);', 's[IDX].unroll(x, 2);', '// try tiling here',
];

interface Session { edits: number; analyses: number; samples: { t: number; edits: number; mb: number }[]; seconds: number }

/**
 * One hour of typing as 3,600 edits (one per second of typing time), replayed with short gaps: bursts
 * of keystrokes with typing-speed gaps between them (the debounce keeps cancelling), then a pause in
 * which the server analyses and predicts, as when the user stops to look. The edits: schedule factors
 * retyped, new schedule lines typed a character at a time (half-typed lines get analysed) and then
 * backspaced or undone, whole lines cut and pasted back, undo of factor edits. The text keeps coming
 * back to the generator it started from, so memory should not grow with it.
 */
async function session(s: Server, text: string, total: number, seed: number): Promise<Session> {
  const uri = 'file:///halide-lens-bench/session.cpp';
  await s.open(uri, text);
  await s.settle();
  const r = mulberry32(seed);
  const samples: Session['samples'] = [];
  const t0 = performance.now();
  let edits = 0;
  let analyses = 0;
  const undo: { start: number; end: number; oldText: string }[] = [];
  // As an editor does: a refresh re-requests the hints and lenses of the visible document.
  s.onRefresh = () => { void s.hints(uri).catch(() => undefined); void s.lenses(uri).catch(() => undefined); };
  const sample = () => samples.push({ t: (performance.now() - t0) / 1000, edits, mb: s.rssMb() });
  sample();
  const type = async (ch: string, at: number) => { await s.edit(uri, at, at, ch); edits++; await sleep(8 + r() * 10); };
  const backspace = async (at: number) => { await s.edit(uri, at - 1, at, ''); edits++; await sleep(8 + r() * 10); };
  let nextSample = 50;
  while (edits < total) {
    const kind = r();
    const cur = s.text(uri);
    if (kind < 0.35) {
      // Retype a factor (select the number, type the new one); remember it for undo.
      const spots = scheduleFactors(cur);
      const spot = spots[Math.floor(r() * spots.length)];
      const next = FACTORS[Math.floor(r() * FACTORS.length)];
      undo.push({ start: spot.start, end: spot.start + next.length, oldText: cur.slice(spot.start, spot.end) });
      await s.edit(uri, spot.start, spot.end, next);
      edits++;
    } else if (kind < 0.5 && undo.length) {
      // Undo the latest factor edits, newest first.
      for (let n = 1 + Math.floor(r() * 3); n > 0 && undo.length; n--) {
        const u = undo.pop()!;
        await s.edit(uri, u.start, u.end, u.oldText);
        edits++;
      }
    } else if (kind < 0.85) {
      // Type a schedule line after an existing one, pausing mid-line now and then (the server sees a
      // half-typed line), then take it back with backspace or with one undo.
      const lines = [...cur.matchAll(/^ *s\[(\d+)\]\.[^\n]*;\n/gm)];
      const m = lines[Math.floor(r() * lines.length)];
      let at = m.index! + m[0].length;
      const start = at;
      const snippet = '      ' + SNIPPETS[Math.floor(r() * SNIPPETS.length)].replace('IDX', m[1]) + '\n';
      const stopAt = r() < 0.3 ? Math.floor(r() * snippet.length) : snippet.length;
      for (let i = 0; i < stopAt && edits < total; i++) {
        await type(snippet[i], at++);
        if (r() < 0.04) {
          await sleep(ANALYSIS_DELAY_MS + 40);
          analyses++;
        }
      }
      if (r() < 0.5) {
        while (at > start) await backspace(at--);
      } else {
        await s.edit(uri, start, at, '');
        edits++;
      }
    } else {
      // Cut a schedule line and paste it back.
      const lines = [...cur.matchAll(/^ *s\[\d+\][^\n]*\n/gm)];
      const m = lines[Math.floor(r() * lines.length)];
      await s.edit(uri, m.index!, m.index! + m[0].length, '');
      await sleep(30);
      await s.edit(uri, m.index!, m.index!, m[0]);
      edits += 2;
    }
    // Stop and look now and then: the debounce runs out and the server analyses and predicts.
    if (r() < 0.6) {
      await sleep(ANALYSIS_DELAY_MS + 30 + r() * 60);
      analyses++;
    } else await sleep(15 + r() * 20);
    if (edits >= nextSample) {
      sample();
      nextSample += 50;
    }
  }
  await s.settle();
  await sleep(1000);
  sample();
  s.onRefresh = null;
  if (s.text(uri) === text) await s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return { edits, analyses, samples, seconds: (performance.now() - t0) / 1000 };
}

/**
 * Where the time after the debounce goes: the same steps the server takes for one schedule edit, timed
 * one by one in this process (incremental reparse and stage graph; the analysis behind the diagnostics;
 * the features, which run their own analysis; inference on one thread). The reparse happens when the
 * change arrives, inside the debounce.
 */
async function breakdown(text: string): Promise<string> {
  const doc = new ParsedDocument(text);
  const model = await sharedModel();
  const t: Record<'reparse' | 'graph' | 'analysis' | 'features' | 'inference', number[]> = { reparse: [], graph: [], analysis: [], features: [], inference: [] };
  for (let i = 0; i < 12; i++) {
    const spot = scheduleFactors(doc.text)[i % 3];
    const t0 = performance.now();
    doc.applyEdits([{ start: spot.start, end: spot.end, newText: doc.text.slice(spot.start, spot.end) === '8' ? '16' : '8' }]);
    const tree = doc.tree;
    const tp = performance.now();
    const g = extractEditing(tree, doc.text, { uri: 'bench' }).generators[0];
    const t1 = performance.now();
    analyze(g);
    const t2 = performance.now();
    const f = featurize(g, { threads: 2 });
    const t3 = performance.now();
    await model.predict([{ generator: 'bench', features: f, threads: 2 }]);
    const t4 = performance.now();
    if (i < 2) continue;
    t.reparse.push(tp - t0);
    t.graph.push(t1 - tp);
    t.analysis.push(t2 - t1);
    t.features.push(t3 - t2);
    t.inference.push(t4 - t3);
  }
  const med = (xs: number[]) => quantile(xs, 0.5);
  const after = med(t.graph) + med(t.analysis) + med(t.features) + med(t.inference);
  return `${Object.entries(t).map(([k, xs]) => `${k} ${med(xs).toFixed(1)}`).join(', ')} ms; after the debounce (all but the reparse, done on didChange) ${after.toFixed(1)} ms`;
}

let model: CostModel | null = null;
async function sharedModel(): Promise<CostModel> {
  if (!model) {
    model = new CostModel({ threads: 1 });
    await model.load();
  }
  return model;
}

async function main(): Promise<void> {
  const EDITS = Number(process.env.LSP_BENCH_EDITS ?? 40);
  const WARM = Number(process.env.LSP_BENCH_WARM_EDITS ?? 100);
  const SESSION = Number(process.env.LSP_BENCH_SESSION_EDITS ?? 3600);
  console.log(`edit → fresh inlay hints over stdio (didChange of a schedule factor → refresh → inlayHint answered); each edit follows a pause, so the server analyses it at once (bursts of typing wait ${ANALYSIS_DELAY_MS} ms after their last keystroke)`);
  const s = new Server();
  try {
    await s.start();
    const cases: [string, string, number][] = [
      ['chain20', syntheticGenerator(20), EDITS], ['chain50', syntheticGenerator(50), EDITS],
      ['chain100', syntheticGenerator(100), EDITS], ['chain200', syntheticGenerator(200), Math.ceil(EDITS / 2)],
      ['local_laplacian', fs.readFileSync(path.join(ROOT, 'corpus', 'local_laplacian.cpp'), 'utf8'), EDITS],
    ];
    for (const [i, [name, text, n]] of cases.entries()) {
      const l = await latency(s, name, text, n, WARM, 100 + i);
      const p50 = quantile(l.ms, 0.5), p95 = quantile(l.ms, 0.95);
      console.log(`  ${name.padEnd(16)} first ${l.cold.length} edits after opening: p50 ${quantile(l.cold, 0.5).toFixed(1)} ms  p95 ${quantile(l.cold, 0.95).toFixed(1)} ms`);
      console.log(`  ${''.padEnd(16)} ${String(l.ms.length).padStart(3)} edits after them: p50 ${p50.toFixed(1).padStart(7)} ms  p95 ${p95.toFixed(1).padStart(7)} ms` +
        `  | event loop: longest stall ${l.stall === null ? 'n/a' : `${l.stall.loopMs.toFixed(1)} ms (p99 ${l.stall.p99Ms.toFixed(1)} ms, longest GC pause ${l.stall.gcMs.toFixed(1)} ms)`}  | hints moved after ${l.changed}/${l.ms.length} edits`);
      console.log(`  ${''.padEnd(16)} server work per edit, in this process (medians): ${await breakdown(text)}`);
    }
    console.log('  targets: p95 <= 25 ms for the 50-stage chain; no event-loop stall over 10 ms for the 200-stage chain (2-core machine: numbers are noisy)');

    const ses = await session(s, syntheticGenerator(50), SESSION, 7);
    const mbs = ses.samples.map((x) => x.mb);
    const mid = ses.samples.find((x) => x.edits >= ses.edits / 2)!;
    const end = ses.samples[ses.samples.length - 1];
    console.log(`scripted hour of editing (50-stage chain): ${ses.edits} edits, ${ses.analyses} pauses long enough for analysis, replayed in ${ses.seconds.toFixed(0)} s`);
    console.log(`  server RSS: start ${mbs[0].toFixed(1)} MB, peak ${Math.max(...mbs).toFixed(1)} MB, end ${end.mb.toFixed(1)} MB (settled); ` +
      `second half ${mid.mb.toFixed(1)} → ${end.mb.toFixed(1)} MB (${end.mb - mid.mb >= 0 ? '+' : ''}${(end.mb - mid.mb).toFixed(1)} MB)`);
    const marks = [0.25, 0.5, 0.75].map((q) => ses.samples[Math.floor(q * (ses.samples.length - 1))]);
    console.log(`  RSS along the way: ${marks.map((x) => `${x.edits} edits ${x.mb.toFixed(0)} MB`).join(', ')}`);
    const errors = s.errors.filter((e) => !/^server exited/.test(e));
    if (errors.length) console.log(`  server errors logged: ${errors.length}; first: ${errors[0].slice(0, 300)}`);
  } finally {
    await s.stop();
    await model?.dispose();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
