// Ground truth from the compiler: every corpus generator is compiled with the real Halide 14
// toolchain and run once, and the stage graph our front end reads must equal what Halide itself
// reports for that pipeline, with the hand schedule and with each autoscheduler's schedule.h.
import { before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extract } from '../../server/src/halide/extract';
import { CORPUS, corpusFiles } from '../paths';
import { compareGraph } from './compare';
import { compileAndRunOnce, getTruth, type ScheduleSource } from './truth';

const SOURCES: ScheduleSource[] = ['hand', 'adams2019', 'mullapudi2016', 'li2018'];
const files = corpusFiles();
const summary: string[] = [];

// Tests run one at a time; build and dump every generator up front on both cores instead
// (results land in the on-disk cache the tests then read). Failures surface in the tests.
before(async () => {
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const name = path.basename(file, '.cpp');
      await compileAndRunOnce(name, file).catch(() => undefined);
      for (const source of SOURCES) await getTruth(name, file, source).catch(() => undefined);
    }
  };
  await Promise.all([worker(), worker()]);
});

for (const file of files) {
  const name = path.basename(file, '.cpp');
  test(`${name}: compiles with Halide 14 and runs once`, async () => {
    const r = await compileAndRunOnce(name, file);
    assert.ok(r.ok, `${name} did not run:\n${r.stderr.slice(-2000)}`);
  });
  for (const source of SOURCES) {
    test(`${name}: front end equals Halide (${source} schedule)`, async () => {
      const truth = await getTruth(name, file, source);
      const text = fs.readFileSync(file, 'utf8');
      const graph = extract(text, { uri: file, schedule: source === 'hand' ? undefined : truth.scheduleText });
      assert.equal(graph.generators.length, 1);
      const g = graph.generators[0];
      const mismatches = compareGraph(g, truth.dump);
      const unread = graph.diagnostics.filter((d) => d.severity !== 'info');
      summary.push(`${name.padEnd(22)} ${source.padEnd(14)} ${String(g.stages.length).padStart(3)} stages ${String(g.schedule.filter((d) => d.source === 'schedule.h').length).padStart(3)} directives from schedule.h  ${mismatches.length ? 'MISMATCH' : 'ok'}`);
      assert.deepEqual(unread, [], `front-end diagnostics on ${name}`);
      assert.deepEqual(mismatches, [], `${name} (${source}) differs from Halide:\n${JSON.stringify(mismatches, null, 1)}`);
    });
  }
}

test('summary', () => {
  console.log(summary.sort().join('\n'));
  assert.ok(files.length >= 25);
});

test('GeneratorParams given on the command line change the graph as they change Halide\'s', async () => {
  const file = files.find((f) => f.endsWith('local_laplacian.cpp'))!;
  const params = { pyramid_levels: '4' };
  const truth = await getTruth('local_laplacian', file, 'hand', { params });
  const g = extract(fs.readFileSync(file, 'utf8'), { params }).generators[0];
  assert.deepEqual(compareGraph(g, truth.dump), []);
  assert.ok(g.funcs.length < extract(fs.readFileSync(file, 'utf8')).generators[0].funcs.length);
});

// Random pipelines wrap Funcs (not only buffers) in boundary conditions; Halide names those
// Funcs' Vars after the wrapped Func's, and the collector's schedules must use the same names.
test('random pipelines with boundary conditions over Funcs equal Halide (Var names included)', async () => {
  for (const name of ['rp_11', 'rp_36', 'rp_47']) {
    const file = path.join(CORPUS, 'random', `${name}.cpp`);
    const text = fs.readFileSync(file, 'utf8');
    assert.match(text, /BoundaryConditions::\w+\(\w+, [^)]*\{\{/, `${name} still wraps a Func`);
    const truth = await getTruth(name, file, 'hand');
    const g = extract(text, { uri: file }).generators[0];
    assert.deepEqual(compareGraph(g, truth.dump), [], name);
  }
});
