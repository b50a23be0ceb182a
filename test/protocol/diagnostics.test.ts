// Initialize, open/edit and diagnostics over stdio, against the real server and corpus generators:
// capabilities, status notifications, schedule directives naming unknown Funcs or loops, missing
// estimates and their quick fix (placed in schedule() or generate()).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyEdits, corpus, lineOf, LspClient, uriOf, withServer, type Diag, type TextEditLike } from './lspClient';

interface Action { title: string; kind: string; diagnostics: Diag[]; edit: { changes: Record<string, TextEditLike[]> } }

const codes = (d: Diag[]) => d.map((x) => x.code);

test('initialize announces the LSP features and the status notification reports the toolchain and model', async () => {
  const c = new LspClient();
  try {
    const init = await c.initialize();
    const caps = init.capabilities as Record<string, unknown> & { executeCommandProvider: { commands: string[] }; codeActionProvider: { codeActionKinds: string[] } };
    assert.equal(caps.textDocumentSync, 2, 'incremental sync');
    assert.ok(caps.inlayHintProvider);
    assert.ok(caps.codeLensProvider);
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual(caps.codeActionProvider.codeActionKinds, ['quickfix', 'refactor.rewrite']);
    assert.deepEqual(caps.executeCommandProvider.commands, ['halide-lens.profile', 'halide-lens.verifySuggestion']);
    const s = await c.until('a settled status', () => {
      const last = c.latestStatus();
      return last && last.toolchain.state !== 'unknown' && last.model.state !== 'loading' && last.model.state !== 'unloaded' && last;
    });
    assert.equal(s.toolchain.state, 'found', 'Halide 14 is installed here');
    assert.equal(s.toolchain.version, '14');
    assert.equal(s.trusted, true);
    // Either the model answers, or the status says why it cannot.
    if (s.model.state === 'failed') assert.ok(s.model.error && s.model.error.length > 10, JSON.stringify(s.model));
    else assert.equal(s.model.state, 'ready');
  } finally {
    await c.close();
  }
});

test('edits: unknown Funcs and loops in schedule directives are reported on their lines, and go away when fixed', () => withServer(async (c) => {
  const uri = uriOf('blur3x3.cpp');
  const text = corpus('blur3x3.cpp');
  assert.deepEqual(await c.open(uri, text), []);

  // A Func that does not exist (the front end reports it).
  const line = lineOf(text, 'blur_x.compute_at');
  const col = text.split('\n')[line].indexOf('blur_x');
  let d = await c.change(uri, { range: { start: { line, character: col }, end: { line, character: col + 6 } }, text: 'blur_q' });
  assert.deepEqual(codes(d), ['unknown-func']);
  assert.equal(d[0].range.start.line, line);

  // Back, then vectorize blur_x over yi: a Var of the generator, but not a loop of blur_x.
  d = await c.change(uri, { range: { start: { line, character: col }, end: { line, character: col + 6 } }, text: 'blur_x' });
  assert.deepEqual(d, []);
  const vline = lineOf(text, '.vectorize(x, 16);');
  const vcol = text.split('\n')[vline].indexOf('x, 16');
  d = await c.change(uri, { range: { start: { line: vline, character: vcol }, end: { line: vline, character: vcol + 1 } }, text: 'yi' });
  assert.deepEqual(codes(d), ['unknown-loop'], JSON.stringify(d));
  assert.equal(d[0].range.start.line, vline);
  assert.equal(d[0].range.end.line, vline);
  assert.match(d[0].message, /'yi' is not a loop of blur_x/);

  // compute_at a loop the consumer does not have.
  d = await c.change(uri, { range: { start: { line: vline, character: vcol }, end: { line: vline, character: vcol + 2 } }, text: 'x' });
  assert.deepEqual(d, []);
  const cline = lineOf(text, 'blur_x.compute_at(output, x)');
  const ccol = text.split('\n')[cline].indexOf('x)');
  d = await c.change(uri, { range: { start: { line: cline, character: ccol }, end: { line: cline, character: ccol + 1 } }, text: 'c' });
  // `c` is no Var of the generator at all: the front end says so.
  assert.ok(codes(d).includes('unknown-name'), JSON.stringify(d));
}));

/** The corpus text with every estimate statement removed. */
function withoutEstimates(text: string): string {
  return text.split('\n').filter((l) => !/set_estimate/.test(l)).join('\n');
}

async function quickFix(c: LspClient, uri: string, diags: Diag[]): Promise<Action> {
  const missing = diags.filter((d) => d.code === 'missing-estimates');
  const actions = await c.request<Action[]>('textDocument/codeAction', {
    textDocument: { uri }, range: missing[0].range, context: { diagnostics: missing },
  }) ;
  assert.equal(actions.length, 1, JSON.stringify(actions));
  assert.equal(actions[0].kind, 'quickfix');
  return actions[0];
}

test('missing estimates: a warning on each input and output, and a quick fix in generate() before the schedule', () => withServer(async (c) => {
  const uri = uriOf('brighten_noest.cpp');
  const text = withoutEstimates(corpus('brighten.cpp'));
  const diags = await c.open(uri, text);
  const missing = diags.filter((d) => d.code === 'missing-estimates');
  assert.deepEqual(missing.map((d) => d.range.start.line), [lineOf(text, 'Input<Buffer<uint8_t>> input'), lineOf(text, 'Input<int32_t> amount'), lineOf(text, 'Output<Buffer<uint8_t>> output')]);
  assert.match(missing[0].message, /Input 'input' has no estimates/);

  const fix = await quickFix(c, uri, diags);
  assert.match(fix.title, /input, amount, output/);
  const edits = fix.edit.changes[uri];
  assert.equal(edits.length, 1);
  // brighten keeps its schedule in generate(), under `if (!auto_schedule)`: the estimates go just before it.
  assert.equal(edits[0].range.start.line, lineOf(text, 'if (!auto_schedule)'));
  const fixed = applyEdits(text, edits);
  assert.match(fixed, /input\.set_estimates\(\{\{0, 1024\}, \{0, 1024\}, \{0, 3\}\}\);/);
  assert.match(fixed, /amount\.set_estimate\(1\);/);
  assert.match(fixed, /output\.set_estimates\(\{\{0, 1024\}, \{0, 1024\}, \{0, 3\}\}\);/);
  const after = await c.change(uri, { text: fixed });
  assert.deepEqual(after, [], 'no diagnostics once the estimates are in');
}));

test('missing estimates: the quick fix goes into schedule() and reuses the estimates another buffer has', () => withServer(async (c) => {
  const uri = uriOf('blur3x3_noest.cpp');
  const original = corpus('blur3x3.cpp');
  // Drop only the input's estimates: the output keeps {{0, 1536}, {0, 2560}}.
  const text = original.split('\n').filter((l) => !/input\.set_estimates/.test(l)).join('\n');
  const diags = await c.open(uri, text);
  assert.deepEqual(codes(diags), ['missing-estimates']);
  const fix = await quickFix(c, uri, diags);
  const edits = fix.edit.changes[uri];
  assert.equal(edits[0].range.start.line, lineOf(text, 'output.set_estimates'), 'first statement of schedule()');
  const fixed = applyEdits(text, edits);
  assert.match(fixed, /void schedule\(\) \{\n\s+\/\/ Estimates[^\n]*\n\s+input\.set_estimates\(\{\{0, 1536\}, \{0, 2560\}\}\);/);
  assert.deepEqual(await c.change(uri, { text: fixed }), []);
}));
