// "Suggest schedule" over the protocol, from the real server and the committed cost model: the action
// on a generator carries the predicted speed-up, its edit changes only the schedule (comments kept),
// the edited text predicts what the suggestion said, the .schedule.h offered beside it has Halide 14's
// layout and predicts the same, a broken file gets no edit, and the budget and cancellation hold.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../paths';
import { STAGE_COSTS_REQUEST } from '../../server/src/lsp/protocol';
import { applyEdits, CancellationTokenSource, corpus, lineOf, LspClient, uriOf, withServer, type Rng, type TextEditLike } from './lspClient';

type DocumentChange = { kind: 'create'; uri: string; options?: unknown } | { textDocument: { uri: string; version: number | null }; edits: TextEditLike[] };
interface Action {
  title: string; kind?: string; disabled?: { reason: string }; data?: { predictedMs: number; currentMs: number };
  edit?: { changes: Record<string, TextEditLike[]>; documentChanges?: DocumentChange[] };
}

const SETTINGS = { compiledGraph: 'never', calibration: { enabled: false } };

async function ready(c: LspClient): Promise<void> {
  const s = await c.until('model state', () => {
    const last = c.latestStatus();
    return last && (last.model.state === 'ready' || last.model.state === 'failed') && last;
  });
  assert.equal(s.model.state, 'ready', `the cost model did not load: ${s.model.error}`);
}

/** Code actions at a line; `automatic`: as an editor asks by itself on a cursor move (triggerKind 2). */
function actionsAt(c: LspClient, uri: string, line: number, cancel?: CancellationTokenSource, automatic = false): Promise<Action[]> {
  const range: Rng = { start: { line, character: 4 }, end: { line, character: 4 } };
  const context = { diagnostics: [], only: automatic ? undefined : ['refactor.rewrite'], triggerKind: automatic ? 2 : 1 };
  return c.request('textDocument/codeAction', { textDocument: { uri }, range, context }, cancel?.token);
}

const suggestion = (as: Action[]) => as.find((a) => a.title.startsWith('Suggest schedule'));

/** Offset of a position in a text. */
function offset(text: string, p: { line: number; character: number }): number {
  return text.split('\n').slice(0, p.line).reduce((a, l) => a + l.length + 1, 0) + p.character;
}

for (const [file, cls] of [['blur3x3.cpp', 'class Blur3x3'], ['brighten.cpp', 'class Brighten'], ['gaussian_blur.cpp', 'class GaussianBlur']] as const) {
  test(`${file}: the suggestion's edit changes only the schedule and predicts what its title says`, () => withServer(async (c) => {
    await ready(c);
    const { uri, text } = await c.openCorpus(file);
    const t0 = Date.now();
    const a = suggestion(await actionsAt(c, uri, lineOf(text, cls) + 2));
    const first = Date.now() - t0;
    console.log(`# ${file}: ${a?.title} ${a?.disabled?.reason ?? ''} in ${first} ms`);
    assert.ok(a, 'a suggest action on the generator');
    if (a.disabled) { assert.match(a.disabled.reason, /nothing predicted faster/); return; }
    assert.equal(a.kind, 'refactor.rewrite');
    const m = /^Suggest schedule \(predicted ([\d.]+)x faster\)$/.exec(a.title);
    assert.ok(m, a.title);
    const { predictedMs, currentMs } = a.data!;
    assert.ok(Math.abs(Number(m[1]) - currentMs / predictedMs) < 0.051, `${a.title} vs ${currentMs}/${predictedMs}`);

    // The same version and generator: answered from the cache, the same edit.
    const t1 = Date.now();
    const again = suggestion(await actionsAt(c, uri, lineOf(text, cls)));
    assert.deepEqual(again, a);
    assert.ok(Date.now() - t1 < Math.max(300, first / 2), `the second request searched again (${Date.now() - t1} ms, first ${first} ms)`);

    const edits = a.edit!.changes[uri];
    assert.equal(edits.length, 1);
    const e = edits[0];
    const after = applyEdits(text, edits);
    const start = offset(text, e.range.start);
    const end = offset(text, e.range.end);
    assert.equal(after.slice(0, start), text.slice(0, start), 'text before the schedule unchanged');
    assert.equal(after.slice(start + e.newText.length), text.slice(end), 'text after the schedule unchanged');
    // Comments outside the replaced range survive (byte for byte, above); inside it, ours say what it is.
    const comments = text.split('\n').filter((l) => l.trim().startsWith('//'));
    for (const l of comments) if (!text.slice(start, end).includes(l)) assert.ok(after.includes(l), `comment kept: ${l}`);
    assert.match(e.newText, /^\s*\/\/ Suggested by Halide Lens: predicted/);
    // Indented like the statements around it.
    const indent = /^\s*/.exec(text.split('\n')[e.range.start.line] || text.split('\n')[e.range.start.line - 1])![0];
    for (const l of e.newText.split('\n').filter(Boolean)) assert.ok(l.startsWith(indent), `indented as the file: ${JSON.stringify(l)}`);

    // The server's reading of the edited text predicts what the suggestion said.
    const before = c.refreshes;
    await c.change(uri, { text: after });
    await c.until('a refresh after new predictions', () => c.refreshes > before);
    const got = await c.request(STAGE_COSTS_REQUEST, { uri });
    const t = got!.generators[0].predictedTotalMs!;
    assert.ok(Math.abs(t - predictedMs) / predictedMs < 0.01, `re-analysed total ${t} ms vs suggested ${predictedMs} ms`);
    assert.deepEqual(c.latestDiagnostics(uri).filter((d) => d.code === 'syntax-error'), []);
  }, { settings: SETTINGS }));
}

test('pointwise_chain.cpp: the suggestion is also offered as pointwise_chain.schedule.h (Halide 14\'s layout), predicting what the edit does', () => withServer(async (c) => {
  await ready(c);
  const file = 'pointwise_chain.cpp';
  const { uri, text } = await c.openCorpus(file);
  const as = await actionsAt(c, uri, lineOf(text, 'if (!auto_schedule)'));
  const a = suggestion(as);
  assert.ok(a && !a.disabled && a.edit, `an enabled suggestion: ${JSON.stringify(a)}`);
  const h = as.find((x) => x.title.startsWith('Write suggested schedule to'));
  assert.ok(h, `a .schedule.h action beside it: ${as.map((x) => x.title).join(' | ')}`);
  // Same numbers as the suggestion: "Write suggested schedule to NAME.schedule.h (predicted 1.2x faster)".
  assert.equal(h.title, `Write suggested schedule to pointwise_chain.schedule.h${a.title.slice('Suggest schedule'.length)}`);
  assert.equal(h.kind, 'refactor.rewrite');
  // It creates the file beside the generator and leaves the generator's text alone.
  const hUri = uriOf('pointwise_chain.schedule.h');
  assert.equal(h.edit?.changes, undefined);
  const [create, write, ...rest] = h.edit!.documentChanges!;
  assert.deepEqual(rest, []);
  assert.deepEqual(create, { kind: 'create', uri: hUri, options: { overwrite: true } });
  assert.ok(write && 'textDocument' in write, JSON.stringify(write));
  assert.deepEqual(write.textDocument, { uri: hUri, version: null });
  assert.equal(write.edits.length, 1);
  assert.deepEqual(write.edits[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  const header = write.edits[0].newText;
  assert.match(header, /^#ifndef pointwise_chain_SCHEDULE_H\n#define pointwise_chain_SCHEDULE_H\n/);
  assert.match(header, /\n#include "Halide\.h"\n/);
  assert.match(header, /\ninline void apply_schedule_pointwise_chain\(\n {4}::Halide::Pipeline pipeline,\n {4}::Halide::Target target\n\) \{\n/);
  assert.match(header, /Func output = pipeline\.get_func\(\d+\);/);
  assert.match(header, /\n#endif {2}\/\/ pointwise_chain_SCHEDULE_H\n$/);
  const threads = Number(/with machine_params=(\d+),/.exec(header)?.[1]);
  assert.ok(threads >= 1, header);

  // Applied to the unedited generator (auto_schedule=true), it predicts what the suggestion said, as the edit does.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'halide-lens-schedule-h-'));
  try {
    fs.writeFileSync(path.join(dir, 'pointwise_chain.schedule.h'), header);
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'server.js'), 'predict', path.join(ROOT, 'corpus', file),
      '--schedule', path.join(dir, 'pointwise_chain.schedule.h'), '--threads', String(threads), '--json'], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.status, 0, r.stderr);
    const { totalMs } = JSON.parse(r.stdout) as { totalMs: number };
    const { predictedMs, currentMs } = a.data!;
    assert.ok(Math.abs(totalMs - predictedMs) / predictedMs < 0.01, `.schedule.h predicts ${totalMs} ms, the suggestion ${predictedMs} ms (current ${currentMs} ms)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, { settings: SETTINGS }));

test('the class name\'s hover explains the suggestion\'s main choices in plain words, once the user asked for it', () => withServer(async (c) => {
  await ready(c);
  const file = 'pointwise_chain.cpp';
  const { uri, text } = await c.openCorpus(file);
  const line = lineOf(text, 'class PointwiseChain');
  const at = { line, character: text.split('\n')[line].indexOf('PointwiseChain') + 3 };
  // Before the Refactor menu asked: no search, no suggestion hover.
  assert.equal(await c.hover(uri, at), null);
  const a = suggestion(await actionsAt(c, uri, lineOf(text, 'if (!auto_schedule)')));
  assert.ok(a && !a.disabled && a.edit, JSON.stringify(a));
  const { explanation } = a.data as unknown as { explanation: string[] };
  assert.ok(explanation.length > 0);
  const h = await c.hover(uri, at);
  const value = h?.contents.value ?? '';
  console.log(`# hover:\n${value}`);
  assert.match(value, /^\*\*Suggested schedule\*\* for pointwise_chain: predicted [\d.]+ (ms|µs) \(now [\d.]+ (ms|µs)\), [\d.]+x faster/);
  // The speed-up is the title's; each Func's choices are a line of words, not C++.
  assert.ok(value.includes(`${/([\d.]+)x faster/.exec(a.title)![1]}x faster`), `${value} vs ${a.title}`);
  for (const l of explanation) {
    assert.ok(value.includes(`- ${l}\n`), `hover lists "${l}"`);
    assert.match(l, /^\w+(\.update\(\d+\))?: [a-z]/);
    assert.doesNotMatch(l, /\.\w+\(|TailStrategy|;/, 'plain words, not schedule code');
  }
  // They are the comments the edit writes above the code.
  for (const l of explanation) assert.ok(a.edit!.changes[uri][0].newText.includes(`// ${l}\n`), l);
  assert.deepEqual((h as { range?: Rng } | null)?.range, { start: { line, character: at.character - 3 }, end: { line, character: at.character - 3 + 'PointwiseChain'.length } });
}, { settings: SETTINGS }));

test('a NAME.schedule.h already beside the generator: the action says it replaces that file', () => withServer(async (c) => {
  await ready(c);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'halide-lens-replace-h-'));
  try {
    const text = corpus('pointwise_chain.cpp');
    fs.writeFileSync(path.join(dir, 'pointwise_chain.cpp'), text);
    fs.writeFileSync(path.join(dir, 'pointwise_chain.schedule.h'), '// the user\'s own schedule file\n');
    const uri = pathToFileURL(path.join(dir, 'pointwise_chain.cpp')).href;
    await c.open(uri, text);
    const as = await actionsAt(c, uri, lineOf(text, 'if (!auto_schedule)'));
    const a = suggestion(as);
    assert.ok(a?.edit, as.map((x) => x.title).join(' | '));
    assert.deepEqual(as.filter((x) => x.title.startsWith('Write suggested schedule to')), []);
    const h = as.find((x) => x.title.startsWith('Replace pointwise_chain.schedule.h with suggested schedule'));
    assert.ok(h, as.map((x) => x.title).join(' | '));
    assert.equal(h.title, `Replace pointwise_chain.schedule.h with suggested schedule${a.title.slice('Suggest schedule'.length)}`);
    assert.deepEqual(h.edit!.documentChanges![0], { kind: 'create', uri: pathToFileURL(path.join(dir, 'pointwise_chain.schedule.h')).href, options: { overwrite: true } });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, { settings: SETTINGS }));

test('a client that cannot create files is not offered the .schedule.h', () => withServer(async (c) => {
  await ready(c);
  const file = 'pointwise_chain.cpp';
  const { uri, text } = await c.openCorpus(file);
  const as = await actionsAt(c, uri, lineOf(text, 'if (!auto_schedule)'));
  assert.ok(suggestion(as)?.edit, as.map((x) => x.title).join(' | '));
  assert.deepEqual(as.filter((x) => x.title.startsWith('Write suggested schedule to')), []);
}, { settings: SETTINGS, capabilities: { workspace: { configuration: true } } }));

test('the editor asking by itself (cursor moves) never starts a search; it gets the suggestion once the user asked for it', () => withServer(async (c) => {
  await ready(c);
  const uri = uriOf('brighten.cpp');
  const text = corpus('brighten.cpp');
  await c.open(uri, text);
  const line = lineOf(text, 'class Brighten') + 3;
  assert.equal(suggestion(await actionsAt(c, uri, line, undefined, true)), undefined);
  const asked = suggestion(await actionsAt(c, uri, line));
  assert.ok(asked);
  assert.deepEqual(suggestion(await actionsAt(c, uri, line, undefined, true)), asked);
  // Outside the generator: nothing.
  assert.equal(suggestion(await actionsAt(c, uri, lineOf(text, 'using namespace Halide'))), undefined);
}, { settings: SETTINGS }));

test('no edit while the file has syntax errors: a disabled action says why', () => withServer(async (c) => {
  await ready(c);
  const uri = uriOf('blur3x3.cpp');
  const text = corpus('blur3x3.cpp');
  await c.open(uri, text);
  const line = lineOf(text, 'blur_x(x, y) =');
  const old = text.split('\n')[line];
  await c.change(uri, { range: { start: { line, character: 0 }, end: { line, character: old.length } }, text: old.replace(') / 3;', ' / (') });
  const as = await actionsAt(c, uri, lineOf(text, 'class Blur3x3'));
  const a = suggestion(as);
  console.log(`# broken file: ${JSON.stringify(as)}`);
  if (a) {
    assert.equal(a.edit, undefined);
    assert.match(a.disabled?.reason ?? '', /syntax errors/);
  }
}, { settings: SETTINGS }));

test('budget and cancellation: a 100 ms budget answers quickly, a cancelled request stops its search', async () => {
  await withServer(async (c) => {
    await ready(c);
    const uri = uriOf('camera_pipe_lite.cpp');
    const text = corpus('camera_pipe_lite.cpp');
    await c.open(uri, text);
    const t0 = Date.now();
    const as = await actionsAt(c, uri, lineOf(text, 'class CameraPipeLite') + 2);
    const ms = Date.now() - t0;
    console.log(`# 100 ms budget: ${suggestion(as)?.title} ${suggestion(as)?.disabled?.reason ?? ''} in ${ms} ms`);
    assert.ok(suggestion(as), 'an answer (an action, or a disabled one saying why)');
    assert.ok(ms < 2000, `a 100 ms budget answered in ${ms} ms`);
  }, { settings: { ...SETTINGS, suggest: { budgetMs: 100 } } });

  await withServer(async (c) => {
    await ready(c);
    // local_laplacian: its whole search takes seconds (8.5 s here), camera_pipe_lite's about 200 ms,
    // which raced the cancellation below and sometimes finished first.
    const uri = uriOf('local_laplacian.cpp');
    const text = corpus('local_laplacian.cpp');
    await c.open(uri, text);
    const cancel = new CancellationTokenSource();
    const t0 = Date.now();
    const pending = actionsAt(c, uri, lineOf(text, 'class LocalLaplacian') + 2, cancel).catch((): Action[] => []);
    setTimeout(() => cancel.cancel(), 150);
    await pending;
    const ms = Date.now() - t0;
    // Stopped, not finished: a search cut short offers nothing (the next request searches again).
    assert.deepEqual(await pending, []);
    assert.ok(ms < 5000, `the cancelled request (budget 10 s) answered in ${ms} ms`);
  }, { settings: { ...SETTINGS, suggest: { budgetMs: 10_000 } } });
});
