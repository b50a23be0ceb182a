// The CLI as a user runs it: the bundled dist/server.js in a child process.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../paths';
import { STAGE_GRAPH_VERSION } from '../../server/src/halide/graph';

const CLI = path.join(ROOT, 'dist', 'server.js');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('graph --json prints a versioned stage graph', () => {
  const r = run('graph', 'corpus/blur3x3.cpp', '--json');
  assert.equal(r.code, 0, r.stderr);
  const g = JSON.parse(r.stdout);
  assert.equal(g.version, STAGE_GRAPH_VERSION);
  assert.equal(g.generators[0].registeredName, 'blur3x3');
  assert.ok(g.generators[0].stages.some((s: { id: string }) => s.id === 'blur_x.0'));
});

test('graph --dot prints a Graphviz digraph with producer -> consumer edges', () => {
  const r = run('graph', 'corpus/blur3x3.cpp', '--dot');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^digraph halide \{/);
  assert.match(r.stdout, /"0:blur_x\.0" -> "0:blur_y\.0"/);
});

test('graph text output lists stages and the schedule', () => {
  const r = run('graph', 'corpus/blur3x3.cpp');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /stage blur_y\.0/);
  assert.match(r.stdout, /\.compute_at\(output, x\)/);
});

test('--generator selects by registered name and fails clearly on an unknown one', () => {
  assert.equal(run('graph', 'corpus/blur3x3.cpp', '--generator', 'blur3x3', '--json').code, 0);
  const r = run('graph', 'corpus/blur3x3.cpp', '--generator', 'nope');
  assert.equal(r.code, 1);
  assert.match(r.stderr, /no generator named 'nope'/);
});

test('--schedule applies an autoscheduler header', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-cli-'));
  const header = path.join(dir, 'blur3x3.schedule.h');
  fs.writeFileSync(header, `inline void apply_schedule_blur3x3(::Halide::Pipeline pipeline, ::Halide::Target target) {
    using ::Halide::Func; using ::Halide::Var;
    Func output = pipeline.get_func(4);
    Func blur_y = pipeline.get_func(3);
    Var x(output.get_schedule().dims()[0].var);
    Var y(output.get_schedule().dims()[1].var);
    output.compute_root().parallel(y);
    blur_y.compute_at(output, y).vectorize(x);
}`);
  const r = run('graph', 'corpus/blur3x3.cpp', '--schedule', header, '--json');
  assert.equal(r.code, 0, r.stderr);
  const g = JSON.parse(r.stdout).generators[0];
  assert.equal(g.autoSchedule, true);
  assert.deepEqual(g.schedule.filter((d: { source: string }) => d.source === 'schedule.h').map((d: { func: string; name: string }) => `${d.func}.${d.name}`),
    ['output.compute_root', 'output.parallel', 'blur_y.compute_at', 'blur_y.vectorize']);
  assert.ok(g.schedule.filter((d: { branch: string }) => d.branch === 'manual').every((d: { applies: boolean }) => !d.applies));
});

test('--schedule: what the front end cannot read in a schedule header is reported on the header, at its own lines', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-cli-'));
  const header = path.join(dir, 'blur3x3.schedule.h');
  const lines = [
    'inline void apply_schedule_blur3x3(::Halide::Pipeline pipeline, ::Halide::Target target) {',
    '    using ::Halide::Func;',
    '    Func output = pipeline.get_func(4);',
    '    output.compute_root();',
    '    Func ghost = pipeline.get_func(17);',
    '    ghost.compute_root();',
    '}',
  ];
  fs.writeFileSync(header, lines.join('\n'));
  const r = run('graph', 'corpus/blur3x3.cpp', '--schedule', header);
  assert.equal(r.code, 0, r.stderr);
  const reported = r.stdout.split('\n').filter((l) => /\[unknown-func\]$/.test(l));
  assert.ok(reported.length > 0, r.stdout);
  for (const l of reported) {
    const m = /^(.*):(\d+):\d+: warning: /.exec(l);
    assert.ok(m && path.resolve(ROOT, m[1]) === header, `on the header, not the generator: ${l}`);
    assert.match(lines[Number(m![2]) - 1], /ghost/, `at the header's own line: ${l}`);
  }
  const json = JSON.parse(run('graph', 'corpus/blur3x3.cpp', '--schedule', header, '--json').stdout);
  assert.ok(json.diagnostics.filter((d: { code: string }) => d.code === 'unknown-func').every((d: { uri?: string }) => d.uri && path.resolve(ROOT, d.uri) === header));
});

test('usage errors exit 2, missing files exit 1, both with a message', () => {
  const none = run();
  assert.equal(none.code, 2);
  assert.match(none.stdout, /usage: halide-lens/);
  const bad = run('graph', 'corpus/blur3x3.cpp', '--frobnicate');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown option --frobnicate/);
  const missing = run('graph', 'corpus/does_not_exist.cpp');
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /cannot read generator 'corpus\/does_not_exist.cpp': ENOENT/);
  assert.equal(run('help').code, 0);
  // A schedule source collect does not know is a usage error before anything is built or measured.
  const sources = run('collect', '--sources', 'search,handwritten', '--data', path.join(os.tmpdir(), 'halide-lens-no-data'));
  assert.equal(sources.code, 2);
  assert.match(sources.stderr, /--sources: unknown source handwritten; one of hand, .*search/);
});

test('predict fails loudly when no stage was read (helpers in a header it cannot find), rather than print 0 ms', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-cli-'));
  const file = path.join(dir, 'helpers_elsewhere.cpp');
  fs.writeFileSync(file, `#include "Halide.h"
#include <our/pipeline/helpers.hpp>
using namespace Halide;
class Elsewhere : public Generator<Elsewhere> {
public:
  Input<Buffer<float>> input{"input", 2};
  Output<Buffer<float>> output{"output", 2};
  our::Blur blur;
  void generate() { blur.generate(input, output); }
};
HALIDE_REGISTER_GENERATOR(Elsewhere, elsewhere)
`);
  const r = run('predict', file);
  assert.equal(r.code, 1, r.stdout);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /elsewhere: no stages were read, so there is nothing to predict/);
  assert.match(r.stderr, /--exact/);
});

test('--param overrides a GeneratorParam default, as GenGen does', () => {
  const stages = (args: string[]) => JSON.parse(run('graph', 'corpus/local_laplacian.cpp', '--json', ...args).stdout).generators[0].stages.length;
  const base = stages([]);
  const fewer = stages(['--param', 'pyramid_levels=4']);
  assert.ok(fewer < base, `${fewer} < ${base}`);
  const bad = run('graph', 'corpus/local_laplacian.cpp', '--param', 'oops');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--param wants NAME=VALUE/);
});

test('suggest: predicted current and suggested totals, the schedule code, and a .schedule.h the front end reads back', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-suggest-'));
  const out = path.join(dir, 'blur3x3.schedule.h');
  const r = run('suggest', 'corpus/blur3x3.cpp', '--budget-ms', '1500', '--seed', '1', '--threads', '2', '--from', 'scratch',
    '--target', 'x86-64-linux-avx-avx2', '--schedule-h', out, '--json');
  assert.equal(r.code, 0, r.stderr);
  const j = JSON.parse(r.stdout);
  assert.equal(j.generator, 'blur3x3');
  assert.ok(j.predictedMs > 0 && j.currentMs > 0 && j.speedup > 0);
  // A schedule, or the statement that none (everything inlined) is predicted fastest: measured here, blur3x3
  // all inlined (1.30 ms) beats its hand schedule (1.86 ms).
  assert.match(j.code, /blur_y|output|every Func is inlined/);
  assert.equal(fs.readFileSync(out, 'utf8'), j.scheduleHeader);
  const p = run('predict', 'corpus/blur3x3.cpp', '--schedule', out, '--threads', '2', '--target', 'x86-64-linux-avx-avx2', '--json');
  assert.equal(p.code, 0, p.stderr);
  assert.ok(Math.abs(JSON.parse(p.stdout).totalMs - j.predictedMs) < 1e-6 * j.predictedMs + 1e-9);
  const text = run('suggest', 'corpus/blur3x3.cpp', '--budget-ms', '200', '--threads', '2');
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /current schedule +[\d.]+ ms\n +suggestion +[\d.]+ ms +\([\d.]+x predicted\)/);
  assert.equal(run('suggest', 'corpus/blur3x3.cpp', '--budget-ms', 'soon').code, 2);
});
