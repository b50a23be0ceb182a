// Hover on a schedule directive over the protocol: the pipeline's predicted total as written, without
// the directive and with the other placements, from the real server and the committed model.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { corpus, lineOf, uriOf, withServer } from './lspClient';

test('hover on compute_at: the total as written, without it (inlined) and at root instead', () => withServer(async (c) => {
  const uri = uriOf('blur3x3.cpp');
  const text = corpus('blur3x3.cpp');
  await c.open(uri, text);
  await c.until('predictions', () => ['ready', 'failed'].includes(c.latestStatus()?.model.state ?? '') && c.refreshes > 0);
  const line = lineOf(text, 'blur_x.compute_at(output, x)');
  const h = await c.hover(uri, { line, character: text.split('\n')[line].indexOf('compute_at') + 2 });
  assert.ok(h, 'a hover');
  const md = h.contents.value;
  assert.match(md, /\*\*`blur_x\.compute_at\(output, x\)`\*\* — what if/);
  assert.match(md, /\| as written \| [\d.]+ (ms|µs|s) \|/);
  assert.match(md, /\| without it \(blur_x inlined\) \| [\d.]+ (ms|µs|s) \| [\d.]+% (slower|faster) \|/);
  assert.match(md, /\| blur_x\.compute_root\(\) instead \| [\d.]+ (ms|µs|s) \| [\d.]+% (slower|faster) \|/);
  // A Func name on the same line still gets the Func's hover.
  const f = await c.hover(uri, { line, character: text.split('\n')[line].indexOf('blur_x') + 1 });
  assert.match(f!.contents.value, /\*\*Func `blur_x`\*\*/);
}, { settings: { compiledGraph: 'never', calibration: { enabled: false } } }));
