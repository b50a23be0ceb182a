// Predictions in the editor over the protocol, from the real server and the committed cost model:
// code lenses with the predicted total, inlay hints with ms and share after each stage that move
// after a schedule edit, hover with the quantities behind them, settings, and stale results dropped.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { STAGE_COSTS_REQUEST } from '../../server/src/lsp/protocol';
import { corpus, lineOf, LspClient, uriOf, withServer, type Hint } from './lspClient';

const MS = /^[\d.]+ (ms|µs|s|ns) · (\d+|<1)%$/;

/** Wait for the predictions of the document's current version (the server asks for a refresh when they land). */
async function freshHints(c: LspClient, uri: string, refreshesBefore: number): Promise<Hint[]> {
  await c.until('a refresh after new predictions', () => c.refreshes > refreshesBefore);
  return c.hints(uri);
}

async function ready(c: LspClient): Promise<void> {
  const s = await c.until('model state', () => {
    const last = c.latestStatus();
    return last && (last.model.state === 'ready' || last.model.state === 'failed') && last;
  });
  assert.equal(s.model.state, 'ready', `the cost model did not load: ${s.model.error}`);
}

test('lens and hints: predicted total on the generator, ms and share after each realized stage, moving after a schedule edit', () => withServer(async (c) => {
  await ready(c);
  const uri = uriOf('blur3x3.cpp');
  const text = corpus('blur3x3.cpp');
  let before = c.refreshes;
  await c.open(uri, text);
  const hints = await freshHints(c, uri, before);

  const lenses = await c.lenses(uri);
  assert.equal(lenses.length, 2);
  assert.equal(lenses[0].range.start.line, lineOf(text, 'class Blur3x3'));
  // The committed model is an ensemble with a confidence calibration: the lens says how far to trust it.
  const total = /^Predicted ([\d.]+) (ms|µs|s) ±\d+% \(\d+ threads?\)$/.exec(lenses[0].command!.title);
  assert.ok(total, lenses[0].command!.title);
  assert.match(lenses[0].command!.tooltip ?? '', /^(high|medium|low) confidence: /);
  assert.equal(lenses[1].command!.title, 'Profile on this machine');
  assert.ok(!lenses.some((l) => /Suggest/.test(l.command!.title)), 'schedule suggestions are not offered yet');

  const at = (needle: string) => hints.find((h) => h.position.line === lineOf(text, needle));
  for (const def of ['blur_x(x, y) =', 'output(x, y) =']) {
    const h = at(def);
    assert.ok(h, `a hint after ${def}: ${JSON.stringify(hints)}`);
    assert.match(h.label, MS);
    assert.equal(h.position.character, text.split('\n')[h.position.line].length);
  }
  // Inlined stages have no time of their own (as in Halide's profiler): their work is in output's.
  for (const def of ['blur_y(x, y) =', 'clamped(x, y) =']) assert.equal(at(def), undefined, `no hint after the inlined ${def}`);
  const shares = hints.map((h) => /(\d+|<1)%$/.exec(h.label)![1]).map((s) => (s === '<1' ? 0.5 : Number(s)));
  const sum = shares.reduce((a, b) => a + b, 0);
  assert.ok(sum >= 97 && sum <= 103, `shares add up to the pipeline: ${sum}`);

  // Schedule edit: blur_x computed at root instead of inside output's tiles.
  const line = lineOf(text, 'blur_x.compute_at(output, x)');
  const old = text.split('\n')[line];
  before = c.refreshes;
  const d = await c.change(uri, { range: { start: { line, character: 0 }, end: { line, character: old.length } }, text: old.replace('compute_at(output, x)', 'compute_root()') });
  assert.deepEqual(d, []);
  const after = await freshHints(c, uri, before);
  const label = (hs: Hint[], needle: string) => hs.find((h) => h.position.line === lineOf(text, needle))?.label;
  assert.notEqual(label(after, 'blur_x(x, y) ='), label(hints, 'blur_x(x, y) ='), 'blur_x\'s prediction moves');
  const lensAfter = (await c.lenses(uri))[0].command!.title;
  assert.notEqual(lensAfter, lenses[0].command!.title, 'the total moves');

  // The graph view's data agrees with the lens.
  const costs = await c.request(STAGE_COSTS_REQUEST, { uri });
  assert.ok(costs, 'the document is open');
  assert.ok(costs.generators[0].stages.every((s) => s.predictedMs !== null && s.predictedMs > 0));
  const t = costs.generators[0].predictedTotalMs;
  assert.ok(t !== null && t >= 1 && lensAfter.startsWith(`Predicted ${t.toPrecision(3)} ms`), `${lensAfter} vs ${t}`);
}));

test('hover on a Func: predicted time of each stage and the quantities that drive it, in words', () => withServer(async (c) => {
  await ready(c);
  const uri = uriOf('blur3x3.cpp');
  const text = corpus('blur3x3.cpp');
  const before = c.refreshes;
  await c.open(uri, text);
  await freshHints(c, uri, before);
  const line = lineOf(text, 'blur_x.compute_at');
  const h = await c.hover(uri, { line, character: text.split('\n')[line].indexOf('blur_x') + 2 });
  const md = h!.contents.value;
  assert.match(md, /\*\*Func `blur_x`\*\*/);
  assert.match(md, /`blur_x\.0` \(pure definition\) — predicted [\d.]+ (ns|µs|ms|s) \(\d+% of the pipeline\)/);
  assert.match(md, /computed at output's loop x/);
  assert.match(md, /computes 4\.18M points — 6\.2% more than needed/);
  assert.match(md, /vectorized 16 wide/);
  assert.match(md, /reads 6 B and writes 2 B per point/);
  assert.match(md, /folds in the inlined clamped/);
  // Not on a Func: no hover.
  assert.equal(await c.hover(uri, { line: lineOf(text, '#include'), character: 2 }), null);
}));

test('settings: the hint format and the minimum share come from the client configuration', () => withServer(async (c) => {
  await ready(c);
  const uri = uriOf('local_laplacian.cpp');
  const text = corpus('local_laplacian.cpp');
  let before = c.refreshes;
  await c.open(uri, text);
  const all = await freshHints(c, uri, before);
  assert.ok(all.length > 3, `${all.length} hints`);
  c.settings = { inlayHints: { format: 'takes {share}', minSharePercent: 10 } };
  before = c.refreshes;
  await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  const few = await freshHints(c, uri, before);
  assert.ok(few.length < all.length, `${few.length} of ${all.length} hints reach 10%`);
  for (const h of few) {
    const m = /takes (\d+)%$/.exec(h.label);
    assert.ok(m && Number(m[1]) >= 10, h.label);
  }
}));

test('a burst of edits: the hints end up those of the final text (results of older versions are dropped)', () => withServer(async (c) => {
  await ready(c);
  const uri = uriOf('unsharp_burst.cpp');
  const text = corpus('unsharp_mask.cpp');
  await c.open(uri, text);
  // Type a schedule change one character at a time, without waiting.
  const line = lineOf(text, 'if (!auto_schedule)');
  const insert = 'output.compute_root(); ';
  const lineText = text.split('\n')[line];
  const col = lineText.length - lineText.trimStart().length;
  for (let i = 0; i < insert.length; i++) {
    c.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 + i },
      contentChanges: [{ range: { start: { line, character: col + i }, end: { line, character: col + i } }, text: insert[i] }],
    });
  }
  const last = 1 + insert.length;
  await c.until('diagnostics of the last version', () => c.diagnostics.get(uri)?.some((d) => d.version === last));
  const finalText = text.split('\n').map((l, i) => (i === line ? l.slice(0, col) + insert + l.slice(col) : l)).join('\n');
  // The same text opened fresh gives the reference predictions (the model is deterministic).
  const ref = uriOf('unsharp_reference.cpp');
  await c.open(ref, finalText);
  // Both settle on the same numbers; a kept stale result would keep them apart until the timeout.
  const key = (hs: Hint[]) => JSON.stringify(hs.map((h) => [h.position, h.label]));
  let a: Hint[] = [], b: Hint[] = [];
  for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
    [a, b] = [await c.hints(uri), await c.hints(ref)];
    if (a.length > 0 && key(a) === key(b)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.ok(a.length > 0, 'predictions arrived');
  assert.equal(key(a), key(b));
}));

test('a generator without estimates is predicted at guessed sizes, the same as with those sizes written, and the lens names them', () => withServer(async (c) => {
  await ready(c);
  const lines = corpus('brighten.cpp').split('\n');
  const unsized = lines.filter((l) => !/input\.dim|output\.dim/.test(l)).join('\n');
  // The guess for a 3-D buffer (halide/sizing.ts, as the bench worker guesses): 1024x1024x3.
  const written = lines.map((l) => l.replace(/(dim\([01]\)\.set_estimate\(0, )\d+/, '$11024')).join('\n');
  const total = async (name: string, text: string) => {
    const uri = uriOf(name);
    const before = c.refreshes;
    await c.open(uri, text);
    await freshHints(c, uri, before);
    return (await c.lenses(uri))[0].command!.title;
  };
  const guessed = await total('brighten_sizes.cpp', unsized);
  const explicit = await total('brighten_1024.cpp', written);
  assert.match(guessed, /^Predicted [\d.]+ (ns|µs|ms|s) .* — at guessed sizes \(no estimates\): output output: 1024x1024x3; input input: 1024x1024x3$/, guessed);
  assert.equal(/^Predicted (\S+ \S+)/.exec(guessed)![1], /^Predicted (\S+ \S+)/.exec(explicit)![1], `${guessed}\n${explicit}`);
}));
