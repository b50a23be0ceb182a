// Thousands of random edits of corpus and real-world generators sent to the real server over stdio, with requests
// interleaved: the server stays alive, answers every request in bounded time without errors (other than
// cancellations), keeps its text in step with the client's (its stage graph equals a fresh parse of the
// client's text), never logs a handler failure, and its memory does not keep growing.
// Reproduce a failure with the printed FUZZ_SEED (and FUZZ_EDITS); the edits are a function of the seed.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { extract } from '../../server/src/halide/extract';
import { pick, randomEdit, rng } from '../random';
import { REALWORLD } from '../paths';
import { STAGE_COSTS_REQUEST, STAGE_GRAPH_REQUEST } from '../../server/src/lsp/protocol';
import { CancellationTokenSource, corpus, LspClient, uriOf, withDeadline, type Diag, type Hint, type Lens, type Pos } from './lspClient';
import { cpuTarget } from '../../server/src/toolchain/target';

const SEED = Number(process.env.FUZZ_SEED ?? 5151);
const EDITS = Number(process.env.FUZZ_EDITS ?? 4000);
/** No answer in this long is a hang. */
const HANG_MS = 20_000;
const FILES = ['local_laplacian.cpp', 'bilateral_grid.cpp', 'camera_pipe_lite.cpp', 'histogram_equalize.cpp', 'conv_layer.cpp', 'iir_blur.cpp'];
/** Real generators written by others (../shared/realworld), in the styles our corpus does not have. */
const REALWORLD_FILES = [
  'halide-v14__apps_hannk__conv_generator.cpp', 'halide-v14__apps_resnet_50__Resnet50Generator.cpp', 'mediapipe__rgb_yuv_generator.cc',
  'sara__DominantGradientOrientationsGeneratorV2.cpp', 'autokernel__op_gen.cpp', 'halide-v14__test_generator__pyramid_generator.cpp',
].filter((f) => fs.existsSync(path.join(REALWORLD, f)));
/** JSON-RPC codes of a request the client cancelled or whose document moved on: expected. */
const EXPECTED_ERRORS = new Set([-32800, -32801]);

const CHARS = ['a', 'x', 'y', '_', '0', '9', ' ', ' ', '\n', '\t', '(', ')', '{', '}', '[', ']', ';', ',', '.', '"', '\'', '\\', '#', '/', '*', '<', '>', '=', '+', '-', 'é', 'µ', '→', '😀'];
const MORE_TOKENS = [
  '{', '}', '}}', '{{', '(', ')))', '/*', '*/', '"unterminated', 'R"(', '#if 0\n', '#endif\n', 'template <typename T>', '::',
  'Func g("g");', 'Var v;', 'RDom r(0, 10);', 'g(x, y) = g(x - 1, y);', 'g(r.x, y) += 1;', '.update(7)', '.compute_with(', '.rfactor(',
  'Expr e = x * 99999999999;', '1e308', '-0', 'x / 0', 'select(', 'clamp(', 'Buffer<uint8_t>', 'Input<Func>', 'Output<Func[]>',
  'generate() {', 'schedule() {', 'if (auto_schedule) {', 'HALIDE_REGISTER_GENERATOR(', 'class Z : public Halide::Generator<Z> {',
];
const NUMBERS = ['0', '1', '-1', '3', '16', '4096', '2147483648', '99999999999999999999', '1.5', '0x10'];

interface Edit { start: number; end: number; newText: string }
interface Logged { uri: string; version: number; kind: string; edits: Edit[] }

/** Nudge an offset off the low half of a surrogate pair (an editor never splits a character). */
function snap(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return at > 0 && c >= 0xdc00 && c <= 0xdfff ? at - 1 : at;
}

function positionAt(text: string, offset: number): Pos {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, character: offset - start };
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

/** One random edit: typing, deleting, tokens, line surgery, pasted schedule lines, numbers, braces, truncation. */
function fuzzEdit(r: () => number, text: string, scheduleLines: string[]): { kind: string; edit: Edit } {
  const at = snap(text, Math.floor(r() * (text.length + 1)));
  const starts = lineStarts(text);
  const lineStart = starts[Math.floor(r() * starts.length)];
  const k = r();
  if (k < 0.22) return { kind: 'type', edit: { start: at, end: at, newText: pick(r, CHARS) } };
  if (k < 0.36) return { kind: 'backspace', edit: { start: snap(text, Math.max(0, at - 1)), end: at, newText: '' } };
  if (k < 0.46) return { kind: 'token', edit: { start: at, end: at, newText: pick(r, MORE_TOKENS) } };
  if (k < 0.56) return { kind: 'paste-schedule', edit: { start: lineStart, end: lineStart, newText: pick(r, scheduleLines) + '\n' } };
  if (k < 0.64) {
    const nums = [...text.matchAll(/\d+(\.\d+)?f?/g)];
    if (nums.length) {
      const m = pick(r, nums);
      return { kind: 'number', edit: { start: m.index!, end: m.index! + m[0].length, newText: pick(r, NUMBERS) } };
    }
  }
  if (k < 0.7) {
    // Cut a block: from a brace to somewhere after it (unbalances the braces left behind).
    const open = text.indexOf('{', at);
    if (open !== -1) return { kind: 'cut-block', edit: { start: open, end: snap(text, Math.min(text.length, open + 1 + Math.floor(r() * 400))), newText: '' } };
  }
  if (k < 0.74) {
    // Move a line to another place.
    const i = Math.floor(r() * starts.length);
    const line = text.slice(starts[i], starts[i + 1] ?? text.length);
    return { kind: 'paste-line', edit: { start: lineStart, end: lineStart, newText: line.endsWith('\n') ? line : line + '\n' } };
  }
  // test/random.ts: delete a span, insert a token, duplicate or drop a line, truncate (the last one rarely).
  let e = randomEdit(r, text);
  if (e.end === text.length && e.newText === '' && e.end - e.start > 40 && r() < 0.7) e = randomEdit(r, text);
  return { kind: 'random', edit: { start: snap(text, e.start), end: snap(text, e.end), newText: e.newText } };
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

test(`fuzz: ${EDITS} random edits of corpus and realworld generators with requests interleaved (seed ${SEED})`, { timeout: 600_000 }, async () => {
  const r = rng(SEED);
  const c = new LspClient();
  const originals = new Map([
    ...FILES.map((f): [string, string] => [uriOf(`fuzz/${f}`), corpus(f)]),
    ...REALWORLD_FILES.map((f): [string, string] => [uriOf(`fuzz/realworld/${f}`), fs.readFileSync(path.join(REALWORLD, f), 'utf8')]),
  ]);
  const texts = new Map(originals);
  const versions = new Map<string, number>();
  const scheduleLines = [...originals.values()].flatMap((t) => t.split('\n').filter((l) => /\.(compute_|store_|vectorize|parallel|split|tile|reorder|unroll|fuse|bound)/.test(l)));
  const history: Logged[] = [];
  const pending: Promise<void>[] = [];
  const failures: string[] = [];
  const counts = { edits: 0, requests: 0, cancelled: 0, resets: 0, reopens: 0, settles: 0, graphChecks: 0, multi: 0 };
  const kinds = new Map<string, number>();
  const rss: { edits: number; mb: number }[] = [];
  const diagnosticsSeen = new Map<string, number>();
  const t0 = Date.now();

  const where = () => `FUZZ_SEED=${SEED} FUZZ_EDITS=${EDITS}, after ${counts.edits} edits`;
  /** A failure message with what reproduces it; the texts (and the one a request saw) are written to a temp dir. */
  const report = (msg: string, seen?: { uri: string; text: string }, extra: Record<string, string> = {}) => {
    const last = history.slice(-12).map((h) => `  ${h.uri.replace(/^.*\//, '')} v${h.version} ${h.kind}: ${JSON.stringify(h.edits).slice(0, 300)}`).join('\n');
    const dump = fs.mkdtempSync(path.join(os.tmpdir(), 'halide-lens-fuzz-'));
    for (const [uri, t] of texts) fs.writeFileSync(path.join(dump, uri.replace(/^.*\//, '')), t);
    if (seen) fs.writeFileSync(path.join(dump, `request-saw-${seen.uri.replace(/^.*\//, '')}`), seen.text);
    for (const [file, content] of Object.entries(extra)) fs.writeFileSync(path.join(dump, file), content);
    const stderr = c.stderr.split('\n').filter((l) => !/^\s*\d+: 0x/.test(l)).join('\n').slice(-2000);
    return `${msg}\n${where()}; texts in ${dump}\nlast edits:\n${last}\nserver stderr:\n${stderr}`;
  };

  /** Send a request; its answer (or error, or silence) is checked when the burst ends. */
  const ask = (method: string, params: unknown, check?: (result: unknown) => string | null, cancel = false) => {
    counts.requests++;
    const uri = (params as { textDocument?: { uri: string }; uri?: string }).textDocument?.uri ?? (params as { uri: string }).uri;
    const textAtRequest = texts.get(uri)!;
    const source = cancel ? new CancellationTokenSource() : undefined;
    const answered = c.request<unknown>(method, params, source?.token);
    if (source) { source.cancel(); counts.cancelled++; }
    pending.push(withDeadline(answered, HANG_MS, () => `HANG: no answer to ${method} in ${HANG_MS / 1000} s`).then((res) => {
      const bad = check?.(res) ?? null;
      if (bad) failures.push(report(`${method}: ${bad}`, { uri, text: textAtRequest }));
    }, (err: Error & { code?: number }) => {
      if (err.code !== undefined && EXPECTED_ERRORS.has(err.code)) return;
      failures.push(report(`${method} failed: ${err.message}`, { uri, text: textAtRequest }));
    }));
    return textAtRequest;
  };

  const inDoc = (text: string, p: Pos) => {
    const lines = text.split('\n');
    return p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
  };

  const randomRequest = (uri: string) => {
    const text = texts.get(uri)!;
    const lines = text.split('\n');
    const pos = (): Pos => {
      const line = Math.floor(r() * lines.length);
      return { line, character: Math.floor(r() * (lines[line].length + 1)) };
    };
    const cancel = r() < 0.05;
    const k = r();
    if (k < 0.3) {
      const a = pos(), b = pos();
      const [start, end] = a.line <= b.line ? [a, b] : [b, a];
      const whole = r() < 0.5;
      ask('textDocument/inlayHint', { textDocument: { uri }, range: whole ? { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } } : { start, end } }, (res) => {
        // Hints are computed from the graph of the text the request saw: each sits at the end of a line of it.
        for (const h of (res as Hint[] | null) ?? []) {
          if (!inDoc(text, h.position) || h.position.character !== lines[h.position.line].length) return `hint outside its text: ${JSON.stringify(h.position)} (${lines.length} lines)`;
          if (!h.label) return 'hint without a label';
        }
        return null;
      }, cancel);
    } else if (k < 0.5) {
      ask('textDocument/codeLens', { textDocument: { uri } }, (res) => {
        for (const l of (res as Lens[] | null) ?? []) if (!inDoc(text, l.range.start) || !l.command?.title) return `bad lens ${JSON.stringify(l)}`;
        return null;
      }, cancel);
    } else if (k < 0.7) {
      ask('textDocument/hover', { textDocument: { uri }, position: pos() }, undefined, cancel);
    } else if (k < 0.85) {
      const a = pos();
      const diagnostics = (c.latestDiagnostics(uri) as Diag[]).slice(0, 5);
      ask('textDocument/codeAction', { textDocument: { uri }, range: { start: a, end: a }, context: { diagnostics } }, undefined, cancel);
    } else if (k < 0.93) {
      ask(STAGE_COSTS_REQUEST.method, { uri }, undefined, cancel);
    } else {
      ask(STAGE_GRAPH_REQUEST.method, { uri }, undefined, cancel);
    }
  };

  const sendEdits = async (uri: string, kind: string, edits: Edit[]) => {
    // LSP applies the changes of one notification in order, each against the text the previous left.
    const changes: { range: { start: Pos; end: Pos }; text: string }[] = [];
    let text = texts.get(uri)!;
    for (const e of edits) {
      changes.push({ range: { start: positionAt(text, e.start), end: positionAt(text, e.end) }, text: e.newText });
      text = text.slice(0, e.start) + e.newText + text.slice(e.end);
    }
    const version = versions.get(uri)! + 1;
    versions.set(uri, version);
    texts.set(uri, text);
    history.push({ uri, version, kind, edits });
    if (history.length > 50) history.shift();
    counts.edits += edits.length;
    kinds.set(kind, (kinds.get(kind) ?? 0) + edits.length);
    await c.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  };

  /** Wait (bounded) for the diagnostics of the document's current version: the analysis ran to the end. */
  const analysed = async (uri: string) => {
    const v = versions.get(uri)!;
    await c.until(`diagnostics of ${uri} v${v} (HANG: the analysis did not finish in ${HANG_MS / 1000} s)`,
      () => c.diagnostics.get(uri)?.some((d) => d.version === v), HANG_MS);
  };

  const drain = async () => {
    await Promise.all(pending.splice(0));
    if (failures.length) throw new Error(failures[0]);
    if (c.exitedWith) throw new Error(report(`the server died: ${c.exitedWith}`));
    const handlerFailures = c.logs.filter((l) => /^halide-lens: (\w+ failed|unhandled rejection)/.test(l));
    if (handlerFailures.length) throw new Error(report(`the server logged a handler failure:\n${handlerFailures[0].slice(0, 2000)}`));
    // Every diagnostic published since the last look lies inside the text of its version (or one near it).
    for (const [uri, list] of c.diagnostics) {
      const from = diagnosticsSeen.get(uri) ?? 0;
      diagnosticsSeen.set(uri, list.length);
      for (const d of list.slice(from)) {
        for (const x of d.diagnostics) {
          if (x.range.start.line < 0 || x.range.end.line < x.range.start.line || (x.range.end.line === x.range.start.line && x.range.end.character < x.range.start.character)) {
            throw new Error(report(`bad diagnostic range on ${uri} v${d.version}: ${JSON.stringify(x)}`));
          }
        }
      }
    }
  };

  /** Quiet until the server is idle; its graph must equal a fresh parse of the client's text. */
  const settle = async (checkGraphs: boolean) => {
    counts.settles++;
    for (const uri of texts.keys()) await analysed(uri);
    await c.until('the server going idle', () => c.latestStatus()?.busy.length === 0, HANG_MS);
    await new Promise((res) => setTimeout(res, 300));
    if (!checkGraphs) return;
    for (const [uri, text] of texts) {
      const served = await withDeadline(c.request(STAGE_GRAPH_REQUEST, { uri }), HANG_MS, () => `HANG: no answer to the stage graph of ${uri} in ${HANG_MS / 1000} s`);
      // Read for the server's default target (this machine's), as the server reads it.
      const fresh = JSON.parse(JSON.stringify(extract(text, { uri, target: cpuTarget() })));
      try {
        assert.deepEqual(served, fresh);
      } catch {
        throw new Error(report(`the server's stage graph of ${uri} v${versions.get(uri)} differs from a fresh parse of the client's text ` +
          '(the texts are out of step?); both graphs are beside the texts: served-graph.json, fresh-graph.json', undefined,
          { 'served-graph.json': JSON.stringify(served, null, 1), 'fresh-graph.json': JSON.stringify(fresh, null, 1) }));
      }
      counts.graphChecks++;
    }
  };

  try {
    await c.initialize();
    await c.until('the model loading', () => ['ready', 'failed'].includes(c.latestStatus()?.model.state ?? ''));
    for (const [uri, text] of originals) {
      await c.open(uri, text);
      versions.set(uri, 1);
    }
    await settle(false);
    const opened = rssMb(c.proc.pid!);
    const uris = [...originals.keys()];
    let nextCheck = 1000;
    while (counts.edits < EDITS) {
      const uri = pick(r, uris);
      const burst = 1 + Math.floor(r() * 12);
      for (let i = 0; i < burst && counts.edits < EDITS; i++) {
        const text = texts.get(uri)!;
        const original = originals.get(uri)!;
        const roll = r();
        if (roll < 0.01 || text.length < original.length * 0.3 || text.length > original.length * 3) {
          // Select all and paste the original back (a full-text change).
          counts.resets++;
          const version = versions.get(uri)! + 1;
          versions.set(uri, version);
          texts.set(uri, original);
          history.push({ uri, version, kind: 'reset', edits: [] });
          counts.edits++;
          await c.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: original }] });
        } else if (roll < 0.015) {
          // Close and reopen (predictions may be in flight).
          counts.reopens++;
          await c.notify('textDocument/didClose', { textDocument: { uri } });
          if (r() < 0.5) randomRequest(uri);
          const version = versions.get(uri)! + 1;
          versions.set(uri, version);
          counts.edits++;
          history.push({ uri, version, kind: 'reopen', edits: [] });
          await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cpp', version, text } });
        } else if (roll < 0.06) {
          // Several changes in one notification (multi-cursor typing, a rename).
          counts.multi++;
          let t = text;
          const edits: Edit[] = [];
          for (let j = 1 + Math.floor(r() * 3); j >= 0; j--) {
            const e = fuzzEdit(r, t, scheduleLines).edit;
            edits.push(e);
            t = t.slice(0, e.start) + e.newText + t.slice(e.end);
          }
          await sendEdits(uri, 'multi', edits);
        } else {
          const { kind, edit } = fuzzEdit(r, text, scheduleLines);
          await sendEdits(uri, kind, [edit]);
        }
        if (r() < 0.25) randomRequest(uri);
      }
      // Half the bursts end in a pause long enough for the debounce: analysis and predictions run.
      if (r() < 0.5) await analysed(uri);
      if (r() < 0.3) randomRequest(uri);
      await drain();
      if (counts.edits >= nextCheck) {
        await settle(true);
        rss.push({ edits: counts.edits, mb: rssMb(c.proc.pid!) });
        nextCheck += 1000;
      }
    }
    await settle(true);
    rss.push({ edits: counts.edits, mb: rssMb(c.proc.pid!) });
    await drain();
    assert.equal(c.exitedWith, null, 'the server is alive');

    const warnings = c.logs.filter((l) => /analysis of .* failed/.test(l)).length;
    const secs = ((Date.now() - t0) / 1000).toFixed(0);
    console.log(`fuzz: seed ${SEED}, ${counts.edits} edits (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}; ${counts.resets} resets, ${counts.reopens} reopens) ` +
      `on ${originals.size} files (${REALWORLD_FILES.length} from ../shared/realworld), ${counts.requests} requests (${counts.cancelled} cancelled), ${counts.graphChecks} graph checks, ${warnings} analysis warnings, ${secs} s`);
    console.log(`fuzz: server RSS ${opened.toFixed(0)} MB with the files open, then ${rss.map((x) => `${x.mb.toFixed(0)} MB @${x.edits}`).join(', ')}`);
    // Memory: after the first thousand edits the server has warmed up; the rest must not keep growing.
    // Generous (V8 collects lazily and RSS seldom shrinks), but a leak per edit would blow through it.
    const first = rss[0].mb, last = rss[rss.length - 1].mb;
    assert.ok(last < first * 1.5 + 50, `server RSS grew from ${first.toFixed(0)} MB to ${last.toFixed(0)} MB (${where()})`);
    // And no single text may cost hundreds of MB (a size read from the text and allocated as is).
    const peak = Math.max(...rss.map((x) => x.mb));
    assert.ok(peak < opened + 300, `server RSS reached ${peak.toFixed(0)} MB (${opened.toFixed(0)} MB with the files open; ${where()})`);
  } catch (err) {
    console.error(`fuzz failed with FUZZ_SEED=${SEED} FUZZ_EDITS=${EDITS} after ${counts.edits} edits`);
    const msg = (err as Error).message;
    if (!msg.includes('FUZZ_SEED=')) throw new Error(report(msg));
    throw err;
  } finally {
    await c.close();
  }
});
