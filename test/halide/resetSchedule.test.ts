// Autoscheduling a generator that schedules unconditionally. Halide's autoschedulers refuse a
// pipeline whose stages are already split or placed, and most generators people write schedule
// without `if (!using_autoscheduler())`: the bench worker clears the schedule first
// (native/reset_schedule.h), keeping the estimates and the outputs' bounds. The authors' schedule
// still runs as "hand".
import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { BuildContext, compileObject } from '../../server/src/toolchain/build';
import { HalideNotFoundError, locateHalide } from '../../server/src/toolchain/halide';
import { hostTarget } from '../../server/src/toolchain/target';
import type { FuncJson, PipelineDump } from '../../server/src/toolchain/dumpFormat';
import { BenchWorker } from '../../server/src/toolchain/worker';
import { buildWorker } from '../../server/src/toolchain/workerBuild';
import type { BenchRequest, BenchResult } from '../../server/src/toolchain/workerProtocol';
import { ROOT } from '../paths';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'scheduled_always.cpp');
const CACHE = path.join(ROOT, '.cache', 'halide-lens');

let worker: BenchWorker | undefined;
let skip: string | false = false;

before(async () => {
  let c: BuildContext;
  try {
    c = { tc: locateHalide(), cacheDir: CACHE };
  } catch (e) {
    if (!(e instanceof HalideNotFoundError)) throw e;
    skip = 'Halide 14 is not installed';
    return;
  }
  const [gen, host] = await Promise.all([compileObject(c, FIXTURE), hostTarget(c)]);
  const exe = (await buildWorker(c, [gen.objectPath], 'scheduled_always')).exePath;
  worker = await BenchWorker.start(exe, host.target, { pluginDir: c.tc.pluginDir, timeoutMs: 180_000 });
}, { timeout: 300_000 });

after(async () => {
  await worker?.close();
});

async function run(schedule: BenchRequest['schedule'], extra: Partial<BenchRequest> = {}): Promise<BenchResult & { dump: PipelineDump }> {
  assert.ok(worker, 'worker started');
  const r = await worker.request({ generator: 'scheduled_always', schedule, threads: 2, reps: 2, min_rep_ms: 1, dump: true, ...extra });
  assert.ok(r.ok, `${JSON.stringify(schedule)}: ${'error' in r ? r.error : ''}`);
  const res = r as BenchResult;
  assert.ok(res.dump, 'the pipeline as scheduled');
  assert.ok(res.min_ms > 0);
  return res as BenchResult & { dump: PipelineDump };
}

const func = (d: PipelineDump, name: string): FuncJson => {
  const f = d.funcs.find((g) => g.name === name);
  assert.ok(f, `${name} in ${d.funcs.map((g) => g.name).join(', ')}`);
  return f;
};
const loops = (f: FuncJson, stage = 0) => f.stages[stage].dims.map((d) => `${d.var}:${d.for}`);
const scheduled = (d: PipelineDump) => d.funcs.filter((f) => f.stages.some((s) => s.splits.length > 0 || s.dims.some((x) => x.for !== 'serial')));

test('the authors\' schedule is what "hand" measures, and what directives are laid over unless reset', { timeout: 120_000 }, async (t) => {
  if (skip) return t.skip(skip);
  for (const r of [await run({ kind: 'hand' }), await run({ kind: 'directives', directives: [] })]) {
    assert.deepEqual(scheduled(r.dump).map((f) => f.name).sort(), ['blur_x', 'blur_y', 'output', 'row_sum']);
    assert.equal(func(r.dump, 'output').stages[0].specializations, 1);
  }
});

test('reset_schedule gives directives the algorithm alone: Halide\'s own loops, estimates kept', { timeout: 120_000 }, async (t) => {
  if (skip) return t.skip(skip);
  const { dump } = await run({ kind: 'directives', directives: [] }, { reset_schedule: true });
  assert.deepEqual(scheduled(dump).map((f) => f.name), []);
  for (const f of dump.funcs) assert.equal(f.compute, f.is_output ? f.compute : 'inline', `${f.name} placed`);
  assert.deepEqual(loops(func(dump, 'blur_x')), ['x:serial', 'y:serial']);
  // The update's loops as Halide defines them: the RVar innermost (still an RVar), then the pure Var.
  const update = func(dump, 'row_sum').stages[1];
  assert.deepEqual(update.dims.map((d) => [d.var, d.is_rvar]), [['r$x', true], ['y', false]]);
  assert.ok(!func(dump, 'output').stages[0].specializations, 'specializations dropped');
  assert.deepEqual([...new Set(func(dump, 'output').estimates?.map((e) => `${e.var}:${e.extent}`))].sort(), ['x:1024', 'y:1024']);
  // An output's bound is the size it promises; a bound inside the pipeline is a schedule (Mullapudi2016 refuses it).
  assert.deepEqual(func(dump, 'output').bounds?.map((b) => [b.var, b.extent]), [['x', '1024']]);
  assert.ok(!func(dump, 'row_sum').bounds?.length, JSON.stringify(func(dump, 'row_sum').bounds));
});

for (const name of ['adams2019', 'mullapudi2016', 'li2018'] as const) {
  test(`${name} schedules a generator that schedules unconditionally, and its schedule runs`, { timeout: 300_000 }, async (t) => {
    if (skip) return t.skip(skip);
    const r = await run({ kind: 'autoscheduler', name }, { featurize: name === 'adams2019' });
    assert.ok(r.schedule_source && r.schedule_source.length > 0, 'its schedule as source');
    if (name === 'adams2019') assert.ok(r.featurization, 'Adams2019 featurized its own pick');
    // What ran is the autoscheduler's alone: none of the authors' split names survive.
    const splitNames = r.dump.funcs.flatMap((f) => f.stages.flatMap((s) => s.splits.flatMap((sp) => [sp.outer, sp.inner])));
    for (const mine of ['r_outer', 'r_inner', 'tile_x', 'tile_y']) assert.ok(!splitNames.includes(mine), `${mine} is the authors' split`);
  });
}
