// An extern stage (define_extern) in Halide's own graph: its definition is undef(), so the Funcs it
// reads used to look unused. They are its producers now, in Halide's order of the pipeline's Funcs,
// realized for it; the search leaves the extern's own loops alone, and Halide accepts the suggestion.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CostModel } from '../../server/src/model/index';
import { suggestSchedule } from '../../server/src/search/suggest';
import { halideFuncOrder } from '../../server/src/search/scheduleHeader';
import { buildGenGen, type BuildContext } from '../../server/src/toolchain/build';
import { compiledGraph } from '../../server/src/toolchain/compiledGraph';
import { generateLibrary } from '../../server/src/toolchain/generate';
import { locateHalide } from '../../server/src/toolchain/halide';
import { buildSchedulePlugin, reportedFuncOrder } from '../../server/src/toolchain/schedulePlugin';
import { hostTarget } from '../../server/src/toolchain/target';
import { compileGenerator } from '../../server/src/toolchain/workerBuild';
import { ROOT } from '../paths';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'extern_stage.cpp');
const CACHE = path.join(ROOT, '.cache', 'halide-lens');

test('a Func read only by an extern stage is its producer, realized for it, and the suggestion compiles', async () => {
  const ctx: BuildContext = { tc: locateHalide(), cacheDir: CACHE };
  const target = (await hostTarget(ctx)).target;
  const g = (await compiledGraph(FIXTURE, undefined, { cacheDir: CACHE, target })).generators[0];
  assert.equal(g.funcs.find((f) => f.name === 'ext')?.extern, 'halide_lens_test_extern');
  assert.ok(g.edges.some((e) => e.producer === 'pre' && e.consumer === 'ext.0'), JSON.stringify(g.edges));
  assert.ok(halideFuncOrder(g).includes('pre'), 'in the pipeline\'s function order');

  const model = new CostModel();
  await model.load();
  try {
    const s = await suggestSchedule(model, g, { threads: 2, budgetMs: 30_000, maxCandidates: 60, seed: 1, from: 'scratch', target });
    assert.deepEqual(s.steps.filter((d) => d.func === 'ext'), [], 'the extern\'s loops are its C code\'s');
    assert.ok(s.steps.some((d) => d.func === 'pre' && (d.name === 'compute_root' || d.name === 'compute_at')), 'realized for the extern, not inlined');
    // Halide applies the .schedule.h as written (GenGen with a one-function autoscheduler plugin).
    const plugin = await buildSchedulePlugin(ctx, [{ generator: 'extern_stage', text: s.scheduleHeader }]);
    const objs = await compileGenerator(ctx, FIXTURE, {});
    const gen = await buildGenGen(ctx, 'extern_stage', objs.map((o) => o.objectPath));
    const lib = await generateLibrary(ctx, gen, 'extern_stage', { target, timeoutMs: 120_000, plugin: { path: plugin.path, name: plugin.names.get('extern_stage')! } });
    const halide = reportedFuncOrder(fs.readFileSync(lib.schedule!, 'utf8'));
    assert.equal(halide.indexOf('pre'), halideFuncOrder(g).indexOf('pre'), `get_func index of pre: Halide's order ${halide.join(', ')}`);
  } finally {
    await model.dispose();
  }
});
