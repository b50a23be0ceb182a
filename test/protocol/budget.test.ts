// A document too big for its analysis budget, over the protocol with the real server: the overrun is a
// diagnostic on that document and a status entry, never a frozen editor. While the worker is still busy
// with it, hover and hints on another document answer from that document's finished analysis.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { syntheticGenerator } from '../synthetic';
import { corpus, lineOf, uriOf, withServer } from './lspClient';

const BUDGET_MS = 300;

test('a document over its analysis budget gets a diagnostic and a status entry; hover and hints on another document answer meanwhile', () => withServer(async (c) => {
  await c.until('the model', () => ['ready', 'failed'].includes(c.latestStatus()?.model.state ?? ''));
  const small = uriOf('brighten.cpp');
  const smallText = corpus('brighten.cpp');
  let before = c.refreshes;
  await c.open(small, smallText);
  await c.until('predictions of brighten', () => c.refreshes > before);
  await c.until('the server idle', () => c.latestStatus()?.busy.length === 0);

  // About a second of worker time for its graph alone: well past the budget.
  const big = uriOf('chain2000.cpp');
  const bigText = syntheticGenerator(2000);
  const t0 = Date.now();
  const statusesBefore = c.statuses.length;
  void c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: big, languageId: 'cpp', version: 1, text: bigText } });
  await c.until('the big document being analysed', () => c.statuses.slice(statusesBefore).some((s) => s.busy.includes('analyzing')));

  const line = lineOf(smallText, 'output(x, y');
  const hoverAt = { line, character: smallText.split('\n')[line].indexOf('output') + 1 };
  const answered: Record<string, number> = {};
  const hover = c.hover(small, hoverAt).then((h) => { answered.hover = Date.now(); return h; });
  const hints = c.hints(small).then((h) => { answered.hints = Date.now(); return h; });
  const overrun = await c.until('the over-budget diagnostic', () => c.diagnostics.get(big)?.at(-1)?.diagnostics.find((d) => d.code === 'analysis-over-budget'), 60_000);
  const overrunAt = Date.now();
  const [h, hs] = await Promise.all([hover, hints]);

  assert.match(h?.contents.value ?? '', /\*\*Func `output`\*\*/, 'hover from brighten\'s finished analysis');
  assert.ok(hs.length > 0, 'hints from brighten\'s finished analysis');
  assert.ok(answered.hover < overrunAt && answered.hints < overrunAt,
    `hover (+${answered.hover - t0} ms) and hints (+${answered.hints - t0} ms) answered while the big document was still being analysed (its overrun came at +${overrunAt - t0} ms)`);
  assert.match(overrun.message, new RegExp(`budget ${BUDGET_MS} ms, halideLens\\.analysis\\.budgetMs`));
  await c.until('the status naming the document', () => c.latestStatus()?.overBudget.includes(big));

  // Cut down to something small: analysed within budget, the diagnostic and the status entry go.
  await c.change(big, { text: smallText.replace('Brighten', 'Brighten2').replace('brighten)', 'brighten2)') });
  await c.until('the over-budget diagnostic gone', () => !c.latestDiagnostics(big).some((d) => d.code === 'analysis-over-budget'));
  await c.until('the status entry gone', () => c.latestStatus()?.overBudget.length === 0);
  assert.deepEqual(c.logs.filter((l) => /failed/.test(l)), [], 'no handler failed');
}, { settings: { analysis: { budgetMs: BUDGET_MS } } }));
