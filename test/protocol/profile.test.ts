// "Profile on this machine" over the protocol, with the real Halide 14 toolchain on corpus generators:
// measured times in hints, lenses and hover, the profile kept for calibration, compile errors on
// their lines, cancellation, and the refusal in an untrusted workspace.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../paths';
import { TRUST_NOTIFICATION, type ProfileResponse } from '../../server/src/lsp/protocol';
import { CancellationTokenSource, corpus, lineOf, uriOf, withServer } from './lspClient';

// The corpus file itself: its text equals the disk, so the server compiles it in place (and the
// toolchain's cache may already hold it).
const BRIGHTEN = pathToFileURL(path.join(ROOT, 'corpus', 'brighten.cpp')).toString();

test('profile brighten: measured time per Func in the result, inlay hints, lens and hover; kept for calibration', () => withServer(async (c) => {
  const text = corpus('brighten.cpp');
  await c.open(BRIGHTEN, text);
  const before = await c.hints(BRIGHTEN);
  assert.ok(!before.some((h) => h.label.includes('⏱')), 'nothing measured yet');

  const r = await c.profile(BRIGHTEN, 'brighten', undefined, 'profile-1');
  assert.equal(r.ok, true, r.message);
  assert.equal(r.generator, 'brighten');
  assert.equal(r.version, 1);
  // brighten inlines widened and brightened: the profiler times only the output.
  assert.deepEqual(r.summary!.rows.map((x) => x.func), ['output']);
  assert.deepEqual(r.summary!.rows[0].stages, ['output.0']);
  assert.deepEqual(r.summary!.inlined.sort(), ['brightened', 'widened']);
  assert.ok(r.summary!.totalMs > 0);
  assert.match(r.message, /^brighten: [\d.]+ (ms|µs) per run/);

  // Standard work-done progress on our token: begin, the toolchain's steps, end.
  const steps = c.progress.filter((p) => p.token === 'profile-1').map((p) => p.value);
  assert.equal(steps[0].kind, 'begin');
  assert.equal(steps.at(-1)!.kind, 'end');
  assert.ok(steps.some((s) => s.message === 'running with the profiler'), JSON.stringify(steps));

  const outputLine = lineOf(text, 'output(x, y, c) =');
  const hints = await c.hints(BRIGHTEN);
  const measured = hints.filter((h) => h.label.includes('⏱'));
  assert.equal(measured.length, 1, JSON.stringify(hints));
  assert.equal(measured[0].position.line, outputLine);
  assert.equal(measured[0].position.character, text.split('\n')[outputLine].length, 'after the definition');
  assert.match(measured[0].label, /⏱ [\d.]+ (ms|µs)/);

  const lenses = await c.lenses(BRIGHTEN);
  assert.match(lenses[0].command!.title, / · measured [\d.]+ (ms|µs)$/);
  const hover = await c.hover(BRIGHTEN, { line: outputLine, character: 9 });
  assert.match(hover!.contents.value, /`output\.0` \(pure definition\)[^\n]*measured [\d.]+ (ms|µs)/);
  const hw = await c.hover(BRIGHTEN, { line: lineOf(text, 'widened(x, y, c) ='), character: 9 });
  assert.match(hw!.contents.value, /inlined, so its cost is inside its consumers/);

  // Kept in the storage directory the client gave.
  const stored = JSON.parse(fs.readFileSync(path.join(c.storageDir, 'calibration.json'), 'utf8'));
  const profiles = Object.values(stored.machines as Record<string, { profiles: { generator: string; measuredTotalMs: number }[] }>)[0].profiles;
  assert.equal(profiles.length, 1);
  assert.equal(profiles[0].generator, 'brighten');
  assert.equal(profiles[0].measuredTotalMs, r.summary!.totalMs);

  // A schedule edit: the measured time stays, marked as being for the text before the edit.
  const vline = lineOf(text, '.vectorize(x, 32)');
  const vcol = text.split('\n')[vline].indexOf('32');
  await c.change(BRIGHTEN, { range: { start: { line: vline, character: vcol }, end: { line: vline, character: vcol + 2 } }, text: '16' });
  const stale = (await c.hints(BRIGHTEN)).filter((h) => h.label.includes('⏱'));
  assert.match(stale[0].label, /\(before edits\)/);

  // The same through workspace/executeCommand, as an editor without our client runs it (the
  // edited text is not on disk, so the server compiles a copy of the buffer).
  const viaCommand = await c.request<ProfileResponse>('workspace/executeCommand', { command: 'halide-lens.profile', arguments: [{ uri: BRIGHTEN }] });
  assert.equal(viaCommand.ok, true, viaCommand.message);
  assert.equal(viaCommand.version, 2);
  const fresh = (await c.hints(BRIGHTEN)).filter((h) => h.label.includes('⏱'));
  assert.doesNotMatch(fresh[0].label, /before edits/);
  const again = JSON.parse(fs.readFileSync(path.join(c.storageDir, 'calibration.json'), 'utf8'));
  assert.equal((Object.values(again.machines)[0] as { profiles: unknown[] }).profiles.length, 2);

  // Calibration: every profile pairs the model's prediction of the profiled text with the measured
  // times; from 3 pairs on, predictions are rescaled, and each result says how far they were off.
  const cal = (x: ProfileResponse) => { assert.ok(x.calibration, 'a calibration report'); return x.calibration; };
  assert.ok(cal(r).before, 'the model predicted the profiled version');
  assert.match(r.message, /Predictions were typically off × [\d.]+ per Func/);
  const third = await c.profile(BRIGHTEN, 'brighten');
  assert.equal(cal(third).fittedOn, 3);
  assert.notEqual(cal(third).factor, 1);
  assert.equal(cal(third).after, null, 'no calibration was in force before it');
  const fourth = await c.profile(BRIGHTEN, 'brighten');
  assert.ok(cal(fourth).after, 'out-of-sample error with the calibration fitted on the earlier profiles');
  assert.match(fourth.message, /with the calibration before this profile × [\d.]+/);
  assert.match((await c.lenses(BRIGHTEN))[0].command!.title, /^Predicted [\d.]+ (ns|µs|ms|s) ±\d+% \(\d+ threads?, calibrated × [\d.]+\)/);
  const calibrated = await c.hover(BRIGHTEN, { line: outputLine, character: 9 });
  assert.match(calibrated!.contents.value, /Calibrated for this machine: model × [\d.]+, fitted on 4 measured Func times/);
  await c.until('status with calibration', () => c.latestStatus()?.calibration?.pairs === 4);
}, { settings: { profile: { minTimeSeconds: 0.2 } } }));

test('profile from the editor: a generator without estimates runs its input at the size the prediction guesses', () => withServer(async (c) => {
  const uri = uriOf('brighten_unsized.cpp');
  await c.open(uri, corpus('brighten.cpp').split('\n').filter((l) => !/(input|output)\.dim/.test(l)).join('\n'));
  const r = await c.profile(uri, 'brighten');
  assert.equal(r.ok, true, r.message);
  // Given by shape from the worker's graph, not left to RunGen's bounds query.
  assert.deepEqual(r.summary!.guessedSizes.filter((g) => g.startsWith('input')), ['input input: 1024x1024x3']);
}, { settings: { profile: { minTimeSeconds: 0.1 } } }));

test('profile: compile errors land on their lines and an edit retires them', () => withServer(async (c) => {
  const uri = uriOf('brighten_broken.cpp');
  const lines = corpus('brighten.cpp').split('\n');
  const at = lines.findIndex((l) => l.includes('Var x{"x"}'));
  lines.splice(at + 1, 0, '        int broken = "not a number";');
  const text = lines.join('\n');
  await c.open(uri, text);
  const r = await c.profile(uri);
  assert.equal(r.ok, false);
  assert.equal(r.error!.step, 'compile');
  assert.ok(r.diagnostics >= 1);
  const d = await c.until('compile diagnostics', () => c.latestDiagnostics(uri).filter((x) => x.code === 'compile-error').length > 0 && c.latestDiagnostics(uri));
  const compile = d.filter((x) => x.code === 'compile-error');
  assert.equal(compile[0].range.start.line, at + 1, JSON.stringify(compile));
  assert.match(compile[0].message, /invalid conversion|cannot convert/);
  assert.equal(compile[0].severity, 1);

  const after = await c.change(uri, { range: { start: { line: at + 1, character: 0 }, end: { line: at + 2, character: 0 } }, text: '' });
  assert.ok(!after.some((x) => x.code === 'compile-error'), JSON.stringify(after));
}));

test('profile: an error Halide raises while generating goes on the generator, with Halide\'s message', () => withServer(async (c) => {
  const uri = uriOf('brighten_update.cpp');
  const text = corpus('brighten.cpp').replace('.vectorize(x, 32);', '.vectorize(x, 32);\n            output.update(0).vectorize(x, 8);');
  const diags = await c.open(uri, text);
  // Our own check sees it before any compile.
  assert.deepEqual(diags.map((d) => d.code), ['unknown-stage']);
  assert.equal(diags[0].range.start.line, lineOf(text, 'output.update(0)'));
  const r = await c.profile(uri);
  assert.equal(r.ok, false);
  assert.equal(r.error!.step, 'generate');
  assert.match(r.message, /Call to update with index larger than last defined update stage for Func "output"/);
  const d = await c.until('generate diagnostic', () => c.latestDiagnostics(uri).find((x) => x.code === 'generate-error'));
  assert.equal(d.range.start.line, lineOf(text, 'class Brighten'));
}));

test('profile: cancelling stops the toolchain and says so', () => withServer(async (c) => {
  const uri = uriOf('brighten_cancel.cpp');
  // A fresh comment: the compile cache cannot already hold this text.
  const text = `// run ${Date.now()} ${Math.random()}\n${corpus('brighten.cpp')}`;
  await c.open(uri, text);
  const cancel = new CancellationTokenSource();
  const pending = c.profile(uri, undefined, cancel, 'cancel-1');
  await c.until('profile started', () => c.progress.some((p) => p.token === 'cancel-1' && p.value.kind === 'begin'));
  cancel.cancel();
  const r = await pending;
  assert.equal(r.ok, false);
  assert.equal(r.error!.step, 'cancelled', r.message);
  assert.ok(c.progress.some((p) => p.token === 'cancel-1' && p.value.kind === 'end'));
  await c.until('not busy', () => c.latestStatus()?.busy.length === 0);
}));

test('untrusted workspace: profiling refused with the reason, until trust is granted', () => withServer(async (c) => {
  const text = corpus('brighten.cpp');
  await c.open(BRIGHTEN, text);
  await c.until('untrusted status', () => c.latestStatus()?.trusted === false);
  const lens = (await c.lenses(BRIGHTEN))[1];
  assert.equal(lens.command!.title, 'Profile on this machine (needs a trusted workspace)');
  const r = await c.profile(BRIGHTEN);
  assert.equal(r.ok, false);
  assert.equal(r.error!.step, 'trust');
  assert.match(r.message, /untrusted workspace.*compiles this generator and runs/);

  await c.conn.sendNotification(TRUST_NOTIFICATION, { trusted: true });
  await c.until('trusted status', () => c.latestStatus()?.trusted === true);
  assert.equal((await c.lenses(BRIGHTEN))[1].command!.title, 'Profile on this machine');
}, { init: { workspaceTrusted: false } }));
