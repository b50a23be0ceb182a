// `halide-lens profile` on every corpus generator: the real toolchain with Halide's profiler.
// The report's Funcs must be the graph's, times non-negative and summing to the total, and the
// profiled time per run must agree with RunGen's own timing of the same binary.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { extract } from '../../server/src/halide/extract';
import { parseProfilerReport, profileGenerator } from '../../server/src/toolchain/profile';
import { summarizeProfile } from '../../server/src/toolchain/profileSummary';
import { readProvenance } from '../../server/src/collect/realworld';
import { corpusFiles, REALWORLD, ROOT } from '../paths';

const CACHE = path.join(ROOT, '.cache', 'halide-lens');

test('the profiler report of Halide 14 is parsed', () => {
  const text = [
    'blur3x3  BEST_TIME_MSEC_PER_ITER  1.47219',
    'halide_print: blur3x3',
    ' total time: 2452.404297 ms  samples: 2154  runs: 1433  time/run: 1.711378 ms',
    ' average threads used: 1.943825',
    ' heap allocations: 686880  peak heap usage: 34816 bytes',
    'halide_print:   overhead:              0.003ms   (0%)    threads: 1.000 ',
    'halide_print:   halide_malloc:         0.012ms   (0%)    threads: 2.000 ',
    'halide_print:   output:                0.316ms   (18%)   threads: 1.847 ',
    'halide_print:   blur_x:                1.372ms   (80%)   threads: 1.967  peak: 34816    num: 686880    avg: 17408',
  ].join('\n');
  const r = parseProfilerReport(text)!;
  assert.equal(r.pipeline, 'blur3x3');
  assert.equal(r.totalMs, 1.711378);
  assert.equal(r.runs, 1433);
  assert.deepEqual(r.funcs.map((f) => [f.func, f.ms, f.share, f.peakBytes]), [['output', 0.316, 0.18, null], ['blur_x', 1.372, 0.8, 34816]]);
  // "overhead" (samples outside every Func) appears only on some runs; it is not a stage.
  assert.deepEqual(r.runtime.map((f) => f.func), ['overhead', 'halide_malloc']);
  assert.equal(parseProfilerReport('no report here'), null);
  // A pipeline without parallel loops prints no threads column.
  const serial = parseProfilerReport(['halide_print: h', ' total time: 7.5 ms  samples: 7  runs: 5  time/run: 1.512350 ms',
    'halide_print:   hist:                  1.512ms   (100%)   peak: 1024     num: 3         avg: 1024',
    'halide_print:   output:                0.000ms   (0%)    '].join('\n'))!;
  assert.deepEqual(serial.funcs.map((f) => [f.func, f.ms, f.threads, f.peakBytes]), [['hist', 1.512, 1, 1024], ['output', 0, 1, null]]);
});

for (const file of corpusFiles()) {
  const name = path.basename(file, '.cpp');
  test(`profile ${name}`, async () => {
    const g = extract(fs.readFileSync(file, 'utf8')).generators[0];
    const result = await profileGenerator(file, { generator: name, threads: 2, minTimeS: 0.2, cacheDir: CACHE });
    const s = summarizeProfile(result, g);
    assert.deepEqual(s.unmatched, [], 'every profiled Func is a Func of our graph');
    assert.ok(s.rows.length > 0);
    assert.ok(s.rows.every((r) => r.ms >= 0 && r.threads >= 0));
    assert.ok(s.rows.some((r) => r.ms > 0));
    const sum = s.rows.reduce((a, r) => a + r.ms, 0) + result.report.runtime.reduce((a, r) => a + r.ms, 0);
    assert.ok(Math.abs(sum - s.totalMs) <= 0.05 * s.totalMs + 0.01, `funcs sum to ${sum} ms, total ${s.totalMs} ms`);
    // Same binary, RunGen's own clock: the profiler's per-run time is within a factor of it.
    assert.ok(s.bestMsPerIter !== null && s.bestMsPerIter > 0);
    const ratio = s.totalMs / s.bestMsPerIter!;
    assert.ok(ratio > 0.5 && ratio < 3, `profiled ${s.totalMs} ms vs benchmark ${s.bestMsPerIter} ms`);
  });
}

test('profile reports a missing toolchain and a compile error clearly', () => {
  const cli = path.join(ROOT, 'dist', 'server.js');
  const missing = spawnSync(process.execPath, [cli, 'profile', 'corpus/blur3x3.cpp'], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, HALIDE_ROOT: '/nonexistent/halide' },
  });
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /Halide toolchain not found.*apt-get install libhalide14-0-dev/s);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-profile-'));
  const broken = path.join(dir, 'broken.cpp');
  fs.writeFileSync(broken, fs.readFileSync(path.join(ROOT, 'corpus', 'brighten.cpp'), 'utf8').replace(/void generate\(\) \{/, 'void generate() {\n        int oops = undefined_thing;'));
  const r = spawnSync(process.execPath, [cli, 'profile', broken], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, HALIDE_LENS_CACHE: CACHE },
  });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /broken\.cpp:\d+:\d+: error: .*undefined_thing/);
});

test('a generator without estimates is profiled at guessed sizes, each named, and its own estimates are never overridden', async () => {
  // The corpus blur3x3 with its estimates taken out: RunGen's --estimate_all alone refuses it.
  const text = fs.readFileSync(path.join(ROOT, 'corpus', 'blur3x3.cpp'), 'utf8').split('\n').filter((l) => !/set_estimate/.test(l)).join('\n');
  assert.notEqual(text, fs.readFileSync(path.join(ROOT, 'corpus', 'blur3x3.cpp'), 'utf8'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-sizes-'));
  try {
    const file = path.join(dir, 'blur3x3_unsized.cpp');
    fs.writeFileSync(file, text);
    const g = extract(text).generators[0];
    const result = await profileGenerator(file, { generator: 'blur3x3', threads: 2, minTimeS: 0.1, cacheDir: CACHE, graph: g });
    const outputs = g.outputs.map((o) => `output ${o.name}: ${o.dims === 3 ? '1024x1024x3' : '1024x1024'}`);
    assert.deepEqual(result.guessedSizes.filter((s) => s.startsWith('output')), outputs);
    // The input is given the extents the prediction guesses for it, not RunGen's bounds query.
    assert.deepEqual(result.guessedSizes.filter((s) => s.startsWith('input')), ['input input: 1024x1024']);
    assert.ok(result.runGenArgs.includes('input=random:0:[1024,1024]'), JSON.stringify(result.runGenArgs));
    assert.ok(result.report.totalMs > 0);

    // Without its boundary condition the blur reads its input at -1..1024: RunGen widens the given
    // buffer to what the bounds query asks (as the bench worker grows one), so the guess still runs.
    const bare = text.replace('BoundaryConditions::repeat_edge(input)(x, y)', 'input(x, y)');
    assert.notEqual(bare, text);
    const bareFile = path.join(dir, 'blur3x3_unbounded.cpp');
    fs.writeFileSync(bareFile, bare);
    const b = await profileGenerator(bareFile, { generator: 'blur3x3', threads: 2, minTimeS: 0.1, cacheDir: CACHE, graph: extract(bare).generators[0] });
    assert.deepEqual(b.guessedSizes.filter((s) => s.startsWith('input')), ['input input: 1024x1024']);
    assert.ok(b.runGenArgs.includes('input=random:0:[1024,1024]'), JSON.stringify(b.runGenArgs));
    assert.ok(b.report.totalMs > 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  // Outputs estimated, the input not: --estimate_all would leave the input to the bounds query; it
  // gets the prediction's guess instead, and the output keeps its author's extents.
  const half = fs.readFileSync(path.join(ROOT, 'corpus', 'blur3x3.cpp'), 'utf8').split('\n').filter((l) => !/input\.set_estimates/.test(l)).join('\n');
  const halfDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-sizes-'));
  try {
    const file = path.join(halfDir, 'blur3x3_inputs_unsized.cpp');
    fs.writeFileSync(file, half);
    const h = await profileGenerator(file, { generator: 'blur3x3', threads: 2, minTimeS: 0.1, cacheDir: CACHE, graph: extract(half).generators[0] });
    assert.deepEqual(h.guessedSizes, ['input input: 1024x1024']);
    assert.deepEqual(h.runGenArgs, ['input=random:0:[1024,1024]']);
    assert.ok(h.report.totalMs > 0);
  } finally {
    fs.rmSync(halfDir, { recursive: true, force: true });
  }
  // A generator with estimates is run at them: nothing guessed.
  const own = await profileGenerator(path.join(ROOT, 'corpus', 'blur3x3.cpp'), { generator: 'blur3x3', threads: 2, minTimeS: 0.1, cacheDir: CACHE, graph: extract(fs.readFileSync(path.join(ROOT, 'corpus', 'blur3x3.cpp'), 'utf8')).generators[0] });
  assert.deepEqual(own.guessedSizes, []);
  assert.deepEqual(own.runGenArgs, []);
});

test('a generator written by others is profiled as its own build needs it', { skip: !fs.existsSync(REALWORLD) && 'no ../shared/realworld' }, async () => {
  // Input<Func> declared without a type or rank: Halide asks for `linear.type` and `linear.dim`;
  // each is given (float32, 2) and named, instead of the profile failing.
  const srgb = path.join(REALWORLD, 'halide-v14__apps_linear_blur__linear_to_srgb_generator.cpp');
  const r = await profileGenerator(srgb, { generator: 'linear_to_srgb', threads: 2, minTimeS: 0.1, cacheDir: CACHE, graph: extract(fs.readFileSync(srgb, 'utf8')).generators[0] });
  assert.deepEqual([...r.guessedParams].sort(), ['linear.dim=2', 'linear.type=float32']);
  assert.ok(r.report.funcs.some((f) => f.func === 'srgb' && f.ms > 0));
  // A GeneratorParam the caller gives is not guessed over.
  const typed = await profileGenerator(srgb, { generator: 'linear_to_srgb', threads: 2, minTimeS: 0.1, cacheDir: CACHE, params: { 'linear.type': 'float32', 'linear.dim': '2' } });
  assert.deepEqual(typed.guessedParams, []);

  // Its header from the repository's include folder (Element.h, not beside the file). The static
  // reading knows its estimates (n x n, n a member set in generate(): 16), so nothing is guessed and
  // RunGen runs at the generator's own sizes.
  const poc = path.join(REALWORLD, 'halide-elements__poc_generator.cc');
  const support = readProvenance(REALWORLD).find((e) => e.file === path.basename(poc))!;
  await assert.rejects(profileGenerator(poc, { generator: 'poc', threads: 2, minTimeS: 0.1, cacheDir: CACHE }), /Element\.h/);
  const read = extract(fs.readFileSync(poc, 'utf8')).generators[0];
  assert.deepEqual(read.inputs.map((i) => i.estimates.map((e) => e?.extent)), [[16, 16], [16, 16]]);
  const p = await profileGenerator(poc, { generator: 'poc', threads: 2, minTimeS: 0.1, cacheDir: CACHE, includeDirs: support.includeDirs, graph: read });
  assert.deepEqual([p.runGenArgs, p.guessedSizes], [[], []]);
  assert.ok(p.report.totalMs > 0);
  // A reading without them guesses, and the extents the header's schedule constrains (16) replace the guess.
  const unknown = (ios: typeof read.inputs) => ios.map((i) => ({ ...i, estimates: i.estimates.map(() => null) }));
  const blind = { ...read, inputs: unknown(read.inputs), outputs: unknown(read.outputs) };
  const q = await profileGenerator(poc, { generator: 'poc', threads: 2, minTimeS: 0.1, cacheDir: CACHE, includeDirs: support.includeDirs, graph: blind });
  assert.ok(q.runGenArgs.includes('intpu1=random:0:[16,16]'), JSON.stringify(q.runGenArgs));
  assert.ok(q.guessedSizes.some((g) => /^input intpu1: 16x16 .*constrains/.test(g)), JSON.stringify(q.guessedSizes));
});

test('profile --schedule measures a suggested NAME.schedule.h, not the schedule in the source', () => {
  const cli = path.join(ROOT, 'dist', 'server.js');
  const env = { ...process.env, HALIDE_LENS_CACHE: CACHE };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-profile-schedule-'));
  try {
    const file = path.join(ROOT, 'corpus', 'camera_pipe_lite.cpp');
    const sug = spawnSync(process.execPath, [cli, 'suggest', file, '--from', 'scratch', '--budget-ms', '1500', '--seed', '1', '--threads', '2', '--json'], { cwd: ROOT, encoding: 'utf8', env });
    assert.equal(sug.status, 0, sug.stderr);
    const s = JSON.parse(sug.stdout) as { scheduleHeader: string; steps: { func: string; name: string }[] };
    const header = path.join(dir, 'camera_pipe_lite.schedule.h');
    fs.writeFileSync(header, s.scheduleHeader);
    const profile = (args: string[]) => {
      const r = spawnSync(process.execPath, [cli, 'profile', file, '--threads', '2', '--json', ...args], { cwd: ROOT, encoding: 'utf8', env });
      assert.equal(r.status, 0, r.stderr);
      return JSON.parse(r.stdout) as { rows: { func: string; ms: number }[]; inlined: string[] };
    };
    const measured = profile(['--schedule', header]);
    // The Funcs timed are the ones the suggestion computes (root or inside a consumer) and the output.
    const g = extract(fs.readFileSync(file, 'utf8')).generators[0];
    const realized = new Set([...g.outputs.map((o) => o.name), ...s.steps.filter((d) => d.name === 'compute_root' || d.name === 'compute_at').map((d) => d.func)]);
    assert.deepEqual(measured.rows.map((r) => r.func).sort(), [...realized].sort());
    assert.deepEqual([...measured.inlined].sort(), g.funcs.map((f) => f.name).filter((f) => !realized.has(f)).sort());
    // The source's own schedule realizes other Funcs: the file above was what ran.
    const hand = profile([]);
    assert.notDeepEqual(hand.rows.map((r) => r.func).sort(), measured.rows.map((r) => r.func).sort());

    const both = spawnSync(process.execPath, [cli, 'profile', file, '--schedule', header, '--autoscheduler', 'adams2019'], { cwd: ROOT, encoding: 'utf8', env });
    assert.equal(both.status, 2);
    assert.match(both.stderr, /exclude each other/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('profile --schedule on a generator that schedules unconditionally: the file is the whole schedule', () => {
  // The source tiles its output and computes blur_x and blur_y inside it, unguarded; the file below
  // computes only row_sum at root and leaves the blurs inlined. Applied on top of the source's
  // schedule, the blurs would still be realized (or a re-split would fail inside Halide).
  const cli = path.join(ROOT, 'dist', 'server.js');
  const env = { ...process.env, HALIDE_LENS_CACHE: CACHE };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-profile-reset-'));
  try {
    const header = path.join(dir, 'scheduled_always.schedule.h');
    fs.writeFileSync(header, `#include "Halide.h"
inline void apply_schedule_scheduled_always(::Halide::Pipeline pipeline, ::Halide::Target target) {
    using namespace Halide;
    Func output = pipeline.outputs()[0];
    Var x("x"), y("y"), xo("xo"), xi("xi");
    output.split(x, xo, xi, 32).vectorize(xi, 8).parallel(y);
    for (const auto &kv : Internal::find_transitive_calls(output.function())) {
        if (kv.first == "row_sum") Func(kv.second).compute_root();
    }
}
`);
    const file = path.join(ROOT, 'test', 'fixtures', 'scheduled_always.cpp');
    const r = spawnSync(process.execPath, [cli, 'profile', file, '--threads', '2', '--json', '--schedule', header], { cwd: ROOT, encoding: 'utf8', env });
    assert.equal(r.status, 0, r.stderr);
    const measured = JSON.parse(r.stdout) as { rows: { func: string }[]; inlined: string[] };
    assert.deepEqual(measured.rows.map((x) => x.func).sort(), ['output', 'row_sum']);
    assert.deepEqual([...measured.inlined].sort(), ['blur_x', 'blur_y']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('profile --autoscheduler on a generator that schedules unconditionally: the autoscheduler gets the algorithm alone', () => {
  // Halide's autoschedulers refuse a pipeline already split and placed (the fixture tiles its output
  // and computes blur_y inside it); profile hands them the algorithm with that schedule cleared.
  const cli = path.join(ROOT, 'dist', 'server.js');
  const env = { ...process.env, HALIDE_LENS_CACHE: CACHE };
  const file = path.join(ROOT, 'test', 'fixtures', 'scheduled_always.cpp');
  const r = spawnSync(process.execPath, [cli, 'profile', file, '--threads', '2', '--json', '--autoscheduler', 'mullapudi2016'], { cwd: ROOT, encoding: 'utf8', env });
  assert.equal(r.status, 0, r.stderr);
  const measured = JSON.parse(r.stdout) as { rows: { func: string; ms: number }[] };
  assert.ok(measured.rows.some((x) => x.func === 'output' && x.ms >= 0), r.stdout);
});
