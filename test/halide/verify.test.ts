// suggest --verify: the current schedule and the best few candidates compiled and timed on this
// machine with the real toolchain; the suggestion is the fastest measured, with its measured speed-up.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/cli';
import { verifySchedules } from '../../server/src/toolchain/verify';
import type { WorkerDirective } from '../../server/src/toolchain/workerProtocol';
import { CORPUS, REALWORLD, ROOT } from '../paths';

const EDGE = path.join(REALWORLD, 'halide-v14__apps_HelloAndroidCamera2__edge_detect_generator.cpp');

test('suggest --verify measures the current schedule and each candidate, and suggests the fastest measured', async () => {
  let text = '';
  const code = await runCli(['suggest', path.join(CORPUS, 'blur3x3.cpp'), '--verify', '--budget-ms', '1500', '--seed', '1', '--threads', '2', '--json'], (s) => { text += s; });
  assert.equal(code, 0, text);
  const r = JSON.parse(text);
  const rows = r.verified as { label: string; predictedMs: number | null; measuredMs: number | null; error: string | null }[];
  assert.equal(rows[0].label, 'current schedule');
  assert.ok(rows.length >= 2, 'at least one candidate');
  for (const row of rows) assert.ok(row.error === null && row.measuredMs! > 0, JSON.stringify(row));
  assert.equal(rows.length - 1, r.alternatives.length, 'every alternative was measured (none dropped unread)');
  // No bench worker outlives the command.
  const left = spawnSync('pgrep', ['-f', 'blur3x3.bench_worker'], { encoding: 'utf8' });
  assert.equal(left.stdout.trim(), '');
});

test('suggest --verify in text: measured beside predicted, and the code of the fastest measured candidate', async () => {
  let text = '';
  assert.equal(await runCli(['suggest', path.join(CORPUS, 'blur3x3.cpp'), '--verify', '--budget-ms', '1000', '--seed', '2', '--threads', '2'], (s) => { text += s; }), 0);
  assert.match(text, /verified on this machine/);
  assert.match(text, /current schedule\s+predicted [\d.]+ ms\s+measured [\d.]+ ms/);
  const current = Number(/current schedule\s+predicted [\d.]+ ms\s+measured ([\d.]+) ms/.exec(text)![1]);
  const measured = [...text.matchAll(/(candidate \d+)\s+predicted [\d.]+ ms\s+measured ([\d.]+) ms/g)].map((m) => ({ label: m[1], ms: Number(m[2]) }));
  const fastest = measured.reduce((a, b) => (b.ms < a.ms ? b : a));
  const pick = /suggestion: (candidate \d+), ([\d.]+)x measured/.exec(text);
  if (fastest.ms === current) {
    // A printed tie with the current schedule: either outcome is right, but it is said.
    assert.ok(pick || /no candidate measured faster than the current schedule here: keep it/.test(text), text);
  } else if (fastest.ms < current) {
    // The pick is the fastest measured candidate. Times are printed rounded, so candidates that
    // print the same time tie: the pick must be one of those printed fastest.
    assert.ok(pick, text);
    const tied = measured.filter((m) => m.ms === fastest.ms).map((m) => m.label);
    assert.ok(tied.includes(pick[1]), `${pick[1]} not among the fastest printed (${tied.join(', ')}):\n${text}`);
  } else {
    assert.equal(pick, null);
    assert.match(text, /no candidate measured faster than the current schedule here: keep it/);
  }
});

test('suggest --verify on a real generator with unnamed Funcs and Vars and no estimates: every candidate is measured', { skip: !fs.existsSync(EDGE) && 'no ../shared/realworld' }, async () => {
  // HelloAndroidCamera2's edge_detect: `Func gx;`, `Var x, y;` (Halide names them f<N>, v<N> from
  // process-wide counters, which the bench worker has moved on) and no estimates (sizes guessed).
  let text = '';
  const code = await runCli(['suggest', EDGE, '--verify', '--budget-ms', '800', '--seed', '1', '--threads', '2', '--json'], (s) => { text += s; });
  assert.equal(code, 0, text);
  const r = JSON.parse(text);
  assert.ok(r.guessedSizes.some((g: string) => /^output result: 1024x1024$/.test(g)), JSON.stringify(r.guessedSizes));
  const rows = r.verified as { label: string; measuredMs: number | null; error: string | null }[];
  assert.ok(rows.length >= 2, 'at least one candidate');
  for (const row of rows) assert.ok(row.error === null && row.measuredMs! > 0, JSON.stringify(row));
});

test('verification measures a candidate on the algorithm alone, not laid over a schedule the generator sets unconditionally', async () => {
  // The fixture splits row_sum's RVar r$x outside any `if (!using_autoscheduler())`. A candidate that
  // splits r$x itself is a whole schedule: laid over the generator's, r$x would be gone already.
  const fixture = path.join(ROOT, 'test', 'fixtures', 'scheduled_always.cpp');
  const split: WorkerDirective = { func: 'row_sum', stage: 1, name: 'split', args: [{ rvar: 'r$x' }, { rvar: 'ro' }, { rvar: 'ri' }, { int: 8 }] };
  const rows = await verifySchedules(fixture, 'scheduled_always', [
    { label: 'current schedule', predictedMs: null, schedule: { kind: 'hand' } },
    { label: 'candidate 1', predictedMs: null, schedule: { kind: 'directives', directives: [split] } },
  ], { threads: 2, reps: 2 });
  for (const row of rows) assert.ok(row.error === null && row.measuredMs! > 0, JSON.stringify(row));
});
