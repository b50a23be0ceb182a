// The language server over stdio, as an editor starts it: initialize, open, edit, diagnostics.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { ROOT } from '../paths';

test('initialize, didOpen, didChange and diagnostics over stdio', async () => {
  const proc = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const diagnostics: { uri: string; diagnostics: { code: string; message: string; range: { start: { line: number } } }[] }[] = [];
  const waiters: (() => void)[] = [];
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    diagnostics.push(p);
    waiters.splice(0).forEach((w) => w());
  });
  const nextDiagnostics = () => new Promise<void>((resolve) => waiters.push(resolve));
  conn.listen();
  try {
    const init = await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} }) as { capabilities: { textDocumentSync: number } };
    assert.equal(init.capabilities.textDocumentSync, 2);
    await conn.sendNotification('initialized', {});
    const uri = 'file:///corpus/blur3x3.cpp';
    const text = fs.readFileSync(path.join(ROOT, 'corpus', 'blur3x3.cpp'), 'utf8');
    let got = nextDiagnostics();
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cpp', version: 1, text } });
    await got;
    assert.deepEqual(diagnostics.at(-1)!.diagnostics, []);
    const graph = await conn.sendRequest('halideLens/stageGraph', { uri }) as { generators: { stages: { id: string }[] }[] };
    assert.ok(graph.generators[0].stages.some((s) => s.id === 'blur_y.0'));

    // Schedule a Func that does not exist: a diagnostic on that line.
    const line = text.split('\n').findIndex((l) => l.includes('blur_x.compute_at'));
    got = nextDiagnostics();
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line, character: 12 }, end: { line, character: 18 } }, text: 'blur_q' }],
    });
    await got;
    const d = diagnostics.at(-1)!.diagnostics;
    assert.equal(d.length, 1, JSON.stringify(d));
    assert.equal(d[0].code, 'unknown-func');
    assert.equal(d[0].range.start.line, line);
  } finally {
    conn.dispose();
    proc.kill();
  }
});
