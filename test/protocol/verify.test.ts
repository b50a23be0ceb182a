// "Verify suggested schedule on this machine" over the protocol: offered beside the suggestion in a
// trusted workspace only; it compiles and times the buffer and the buffer with the suggestion applied
// with the real toolchain, reports both, and the suggest action's title then says what was measured.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { VERIFY_COMMAND } from '../../server/src/lsp/protocol';
import type { VerifyResponse } from '../../server/src/lsp/verifySession';
import { corpus, lineOf, LspClient, uriOf, withServer, type Rng } from './lspClient';

interface Action { title: string; kind?: string; disabled?: { reason: string }; command?: { command: string; arguments: unknown[] } }

async function actionsAt(c: LspClient, uri: string, line: number): Promise<Action[]> {
  const range: Rng = { start: { line, character: 4 }, end: { line, character: 4 } };
  return c.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['refactor.rewrite'], triggerKind: 1 } });
}

async function ready(c: LspClient): Promise<void> {
  await c.until('model state', () => ['ready', 'failed'].includes(c.latestStatus()?.model.state ?? '') && true);
}

test('trusted: verify the suggestion, see both measurements, and the title says what was measured', () => withServer(async (c) => {
  await ready(c);
  const uri = uriOf('blur3x3.cpp');
  const text = corpus('blur3x3.cpp');
  await c.open(uri, text);
  const line = lineOf(text, 'class Blur3x3') + 2;
  const actions = await actionsAt(c, uri, line);
  const suggest = actions.find((a) => a.title.startsWith('Suggest schedule'));
  assert.ok(suggest && !suggest.disabled, JSON.stringify(actions));
  const verify = actions.find((a) => a.command?.command === VERIFY_COMMAND);
  assert.ok(verify, 'a verify action beside the suggestion');
  const r: VerifyResponse = await c.request('workspace/executeCommand', { command: VERIFY_COMMAND, arguments: verify.command!.arguments });
  assert.equal(r.ok, true, r.message);
  assert.ok(r.currentMs! > 0 && r.suggestedMs! > 0, JSON.stringify(r));
  assert.match(r.message, /measured .* on this machine \([\d.]+x; the model predicted [\d.]+x\)/);
  const after = await actionsAt(c, uri, line);
  const titled = after.find((a) => a.title.startsWith('Suggest schedule'))!;
  assert.match(titled.title, /measured [\d.]+x (faster )?here|measured [\d.]+x here: slower/);
  assert.ok(!after.some((a) => a.command?.command === VERIFY_COMMAND), 'not offered again for the same version');
  await c.until('not busy', () => c.latestStatus()?.busy.length === 0);
}, { settings: { compiledGraph: 'never', calibration: { enabled: false } } }));

test('untrusted: no verify action, and the command refuses with the reason', () => withServer(async (c) => {
  await ready(c);
  const uri = uriOf('blur3x3.cpp');
  const text = corpus('blur3x3.cpp');
  await c.open(uri, text);
  await c.until('untrusted status', () => c.latestStatus()?.trusted === false);
  const actions = await actionsAt(c, uri, lineOf(text, 'class Blur3x3') + 2);
  assert.ok(!actions.some((a) => a.command?.command === VERIFY_COMMAND));
  const r: VerifyResponse = await c.request('workspace/executeCommand', { command: VERIFY_COMMAND, arguments: [{ uri, generator: 'blur3x3' }] });
  assert.equal(r.ok, false);
  assert.match(r.message, /untrusted workspace/);
}, { init: { workspaceTrusted: false }, settings: { compiledGraph: 'never', calibration: { enabled: false } } }));
