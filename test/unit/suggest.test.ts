// The schedule search on real corpus generators with the real cost model: seeded determinism, the
// time budget, cancellation, never worse than the naive baselines (as predicted), and what it
// prints (C++ code and a .schedule.h) is read back by the front end as exactly the directives scored.
import { after, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extract } from '../../server/src/halide/extract';
import { CostModel } from '../../server/src/model/index';
import { suggestSchedule, type SuggestResult } from '../../server/src/search/suggest';
import { halideFuncOrder } from '../../server/src/search/scheduleHeader';
import { fitToBudget, pickCandidates } from '../../server/src/search/beam';
import { DECIDED_INLINE_CAP, inlinedSize, optionsFor, rootDefault } from '../../server/src/search/options';
import { CODE_BUDGET, maxCodeSize } from '../../server/src/search/compileCost';
import { analyze } from '../../server/src/analysis/index';
import { blockOf, buildSpace, computePoints, isSearched, NO_UPDATE, parallelLoop, updateLoops, vectorLanes, type Choice } from '../../server/src/search/space';
import { lowerChoice } from '../../server/src/search/lower';
import { CORPUS, REALWORLD, realworldIncludes } from '../paths';

const model = new CostModel();
after(() => model.dispose());
const AVX512 = 'x86-64-linux-avx-avx2-avx512';

function graphOf(name: string, schedule?: string) {
  const text = fs.readFileSync(path.join(CORPUS, `${name}.cpp`), 'utf8');
  return { text, graph: extract(text, { schedule }) };
}

const readBack = (d: { func: string; stage: number; name: string; values: unknown }) => ({ func: d.func, stage: d.stage, name: d.name, values: d.values });

test('deterministic for a seed (a search that finishes within its budget)', async () => {
  const g = graphOf('blur3x3').graph.generators[0];
  const run = () => suggestSchedule(model, g, { threads: 2, target: AVX512, budgetMs: 60_000, seed: 7, from: 'scratch', maxCandidates: 400 });
  const a = await run(), b = await run();
  assert.equal(a.code, b.code);
  assert.equal(a.predictedMs, b.predictedMs);
  assert.equal(a.scheduleHeader, b.scheduleHeader);
});

test('a search its work budget cuts short is deterministic too; the clock stops one only when no count does', async () => {
  // local_laplacian: 88 stages, far more candidates than 3,000 units (~30) buy.
  const g = graphOf('local_laplacian').graph.generators[0];
  const run = () => suggestSchedule(model, g, { threads: 2, target: AVX512, budgetMs: 60_000, work: 3000, seed: 2, from: 'scratch' });
  const a = await run(), b = await run();
  assert.equal(a.stoppedBy, 'work');
  assert.equal(a.complete, false);
  assert.equal(a.code, b.code);
  assert.equal(a.evaluated, b.evaluated);
  const clock = await suggestSchedule(model, g, { threads: 2, target: AVX512, budgetMs: 150, work: Infinity, seed: 2, from: 'scratch' });
  assert.equal(clock.stoppedBy, 'clock');
  const small = await suggestSchedule(model, graphOf('blur3x3').graph.generators[0], { threads: 2, target: AVX512, seed: 2, from: 'scratch' });
  assert.equal(small.stoppedBy, 'finished', 'a small pipeline is searched to the end within the default budget');
});

test('the parallel loop is the outermost with several tasks per thread, not an image\'s 3 channels', () => {
  assert.equal(parallelLoop([['c', 3], ['y', 2560]], 2), 'y');
  assert.equal(parallelLoop([['b', 4], ['y', 112], ['x', 112]], 2), 'y');
  // Nothing long enough: the outermost with one task per thread, else none.
  assert.equal(parallelLoop([['c', 3], ['y', 3]], 2), 'c');
  assert.equal(parallelLoop([['c', 1]], 2), null);
  assert.equal(parallelLoop([['n', 16], ['y', 100]], 2), 'n');
});

test('a tiled 4-D tensor is parallel over its rows, not over the tile loop nested inside them', () => {
  // depthwise_conv's output is (c, x, y, b) = 32 x 112 x 112 x 4: tiling (c, x) leaves y and b outside xo.
  const space = buildSpace(graphOf('depthwise_conv').graph.generators[0], { threads: 2, target: AVX512, from: 'scratch' });
  const out = space.byName.get('output')!;
  const steps = lowerChoice(out, { place: { kind: 'root' }, shape: { vec: 16, tile: [32, 4], par: true, unroll: false }, upd: { vec: 0, par: false, pureInside: false } }, 2);
  assert.deepEqual(steps.filter((s) => s.name === 'parallel').map((s) => s.values[0]), [{ kind: 'var', name: 'y', rvar: false }]);
  // A 2-D image keeps its tile rows parallel.
  const blur = buildSpace(graphOf('blur3x3').graph.generators[0], { threads: 2, target: AVX512, from: 'scratch' });
  const bo = blur.funcs.find((f) => f.isOutput)!;
  const bsteps = lowerChoice(bo, { place: { kind: 'root' }, shape: { vec: 16, tile: [64, 16], par: true, unroll: false }, upd: { vec: 0, par: false, pureInside: false } }, 2);
  assert.deepEqual(bsteps.filter((s) => s.name === 'parallel').map((s) => s.values[0]), [{ kind: 'var', name: `${bo.pure[1]}o`, rvar: false }]);
});

test('a serial-root limit (SearchLimits.serialRootMax) keeps big parallelizable root Funcs parallel and lets small ones be serial', () => {
  const blur = buildSpace(graphOf('blur3x3').graph.generators[0], { threads: 2, target: AVX512, from: 'scratch' });
  const LIMIT = 1 << 16;
  for (const f of blur.funcs.filter((g) => isSearched(g))) {
    const roots = optionsFor(f, blur, new Map(), LIMIT).filter((c) => c.place.kind === 'root');
    assert.ok(roots.length > 0 && roots.every((c) => c.shape.par), f.name);
    // The same Func over 64 x 32 points: a fork and join may cost more than the work, serial is offered.
    const small = { ...f, extents: [64, 32] };
    assert.ok(optionsFor(small, blur, new Map(), LIMIT).some((c) => c.place.kind === 'root' && !c.shape.par && c.shape.vec > 0), f.name);
    // The default space offers it at any size.
    assert.ok(optionsFor(f, blur, new Map()).some((c) => c.place.kind === 'root' && !c.shape.par), f.name);
  }
});

test('no producer is computed at a loop outside its host\'s parallel loop, where it would run on one core', () => {
  // depthwise_conv: output (c, x, y, b) tiled over (c, x) runs its rows y in parallel inside the batch
  // loop b; padded at b would be computed serially once per image (it ran 1.7 ms; at the rows, 0.5).
  const space = buildSpace(graphOf('depthwise_conv').graph.generators[0], { threads: 2, target: AVX512, from: 'scratch' });
  const noUpd = { vec: 0, par: false, pureInside: false };
  const tiled = (par: boolean): Choice => ({ place: { kind: 'root' }, shape: { vec: 16, tile: [32, 4], par, unroll: false }, upd: noUpd });
  const padded = space.byName.get('padded')!;
  // depthwise (a reduction: never inlined) in the output's channel tiles; padded at that loop or outside it.
  const inTiles: Choice = { place: { kind: 'at', host: 'output', loop: 'co' }, shape: { vec: 16, tile: null, par: false, unroll: false }, upd: noUpd };
  const pts = (par: boolean) => computePoints(space, padded, new Map([['output', tiled(par)], ['depthwise', inTiles]])).map((p) => p.loop);
  assert.deepEqual(pts(true), ['co', 'xo', 'y']);
  // Without a parallel loop every loop encloses the same serial work: all are offered.
  assert.deepEqual(pts(false), ['co', 'xo', 'y', 'b']);
});

test('a producer may be computed at its consumer\'s loops (consumer at root), or at the root loops enclosing where its consumer is computed', () => {
  // box_filter_2d: clamped -> box_sum (a reduction over 5x5 taps) -> output.
  const space = buildSpace(graphOf('box_filter_2d').graph.generators[0], { threads: 2, target: AVX512, from: 'scratch' });
  const noUpd = { vec: 0, par: false, pureInside: false };
  const tiled: Choice = { place: { kind: 'root' }, shape: { vec: 64, tile: [256, 16], par: true, unroll: false }, upd: noUpd };
  const at = (host: string, loop: string): Choice => ({ place: { kind: 'at', host, loop }, shape: { vec: 32, tile: null, par: false, unroll: false }, upd: noUpd });
  const clamped = space.byName.get('clamped')!;
  const pts = (choices: [string, Choice][]) => computePoints(space, clamped, new Map(choices)).map((p) => `${p.host}.${p.loop}`);
  // box_sum at root: only its own loops (the update's, which is what reads clamped).
  assert.deepEqual(pts([['output', tiled], ['box_sum', tiled]]), ['box_sum.x', 'box_sum.y']);
  // box_sum at the output's tile column loop: that loop and the tile rows outside it (not box_sum's
  // own loops: a chain of Funcs each inside the next is not searched).
  assert.deepEqual(pts([['output', tiled], ['box_sum', at('output', 'xo')]]), ['output.xo', 'output.yo']);
  // ... at the tile rows: not the column loop inside them.
  assert.deepEqual(pts([['output', tiled], ['box_sum', at('output', 'yo')]]), ['output.yo']);
  // box_sum inlined is impossible (it has an update); undecided: nowhere yet.
  assert.deepEqual(pts([['output', tiled]]), []);
  // The options offered when box_sum sits in the output's tiles include the output's loops.
  const opts = optionsFor(clamped, space, new Map([['output', tiled], ['box_sum', at('output', 'xo')]]));
  assert.ok(opts.some((c) => c.place.kind === 'at' && c.place.host === 'output' && c.place.loop === 'yo'));
});

test('a small constant reduction is unrolled under the vectorized pure loop; one sized by a buffer is not', () => {
  const pool = buildSpace(graphOf('max_pool').graph.generators[0], { threads: 2, target: AVX512, from: 'scratch' });
  const pooled = pool.byName.get('pooled')!;
  assert.deepEqual([...pooled.unrollableUpdates], [1]);
  const steps = lowerChoice(pooled, { place: { kind: 'root' }, shape: { vec: 16, tile: null, par: true, unroll: false }, upd: { vec: 16, par: true, pureInside: false, unrollR: true } }, 2);
  const upd = steps.filter((s) => s.stage === 1).map((s) => `${s.name}(${s.values.map((v) => ('name' in v ? v.name : 'value' in v ? v.value : '')).join(',')})`);
  assert.deepEqual(upd.slice(0, 2), ['unroll(r$x)', 'unroll(r$y)']);
  assert.ok(upd.includes('vectorize(x,16,TailStrategy)') || upd.some((u) => u.startsWith('vectorize(x,16')), upd.join(' '));
  assert.ok(optionsFor(pooled, pool, new Map()).some((c) => c.upd.unrollR));
  // matmul reduces over a whole buffer dimension: never unrolled whole.
  const mm = buildSpace(graphOf('matmul').graph.generators[0], { threads: 2, target: AVX512, from: 'scratch' });
  for (const f of mm.funcs) {
    if (!f.hasUpdates) continue;
    assert.equal(f.unrollableUpdates.size, 0, f.name);
    assert.ok(!optionsFor(f, mm, new Map()).some((c) => c.upd.unrollR), f.name);
  }
});

test('a reduction over two pure Vars may be register-blocked: split, moved inside the RVars, vectorized and unrolled', () => {
  const mm = buildSpace(graphOf('matmul').graph.generators[0], { threads: 2, target: AVX512, from: 'scratch' });
  const prod = mm.byName.get('prod')!;
  const blocked = (cs: Choice[]) => [...new Set(cs.filter((c) => c.upd.block).map((c) => `${c.place.kind}:${c.upd.block!.join("x")}`))];
  // At root and inside the output's tiles, one vector (16 floats) by 4 or 8 rows, or two vectors by 4.
  assert.deepEqual(blocked(optionsFor(prod, mm, new Map())).sort(), ['root:16x4', 'root:16x8', 'root:32x4']);
  const tiled: Choice = { place: { kind: 'root' }, shape: { vec: 16, tile: [64, 16], par: true, unroll: false }, upd: { vec: 0, par: false, pureInside: false } };
  assert.ok(blocked(optionsFor(prod, mm, new Map([['output', tiled]]))).includes('at:32x4'));
  const show = (s: { name: string; values: { kind: string }[] }) => `${s.name}(${s.values.map((v) => ('name' in v ? v.name : 'value' in v ? v.value : '')).join(',')})`;
  const steps = lowerChoice(prod, { place: { kind: 'root' }, shape: { vec: 16, tile: null, par: true, unroll: false }, upd: { vec: 16, par: true, pureInside: false, block: [32, 4] } }, 2);
  assert.deepEqual(steps.filter((s) => s.stage === 1).map(show), [
    'split(j,jo,ji,32,GuardWithIf)', 'split(i,io,ii,4,GuardWithIf)', 'reorder(ji,ii,k$x,jo,io)',
    'vectorize(ji,16)', 'unroll(ji)', 'unroll(ii)', 'parallel(io)',
  ]);
  // A producer read by a blocked update is computed at the block's outer loops: the split Vars are gone.
  const upd = (block?: [number, number]) => ({ vec: 16, par: true, pureInside: false, block });
  assert.deepEqual(updateLoops(prod, prod.stages[1], upd()), ['j', 'i']);
  assert.deepEqual(updateLoops(prod, prod.stages[1], upd([16, 4])), ['jo', 'io']);
  // A small constant window (box_filter_2d's 5x5) is unrolled whole, never blocked.
  const box = buildSpace(graphOf('box_filter_2d').graph.generators[0], { threads: 2, target: AVX512, from: 'scratch' });
  const boxSum = box.byName.get('box_sum')!;
  assert.equal(blockOf(boxSum, boxSum.stages[1], upd([16, 4])), null);
  assert.deepEqual(blocked(optionsFor(boxSum, box, new Map())), []);
  // A reduction over one pure Var (a row sum) has no block.
  const hist = buildSpace(graphOf('pointwise_chain').graph.generators[0], { threads: 2, target: AVX512, from: 'scratch' });
  for (const f of hist.funcs) assert.deepEqual(blocked(optionsFor(f, hist, new Map())), [], f.name);
});

test('a budget that affords few candidates narrows the beam so that every Func still gets its turn', () => {
  const g = graphOf('local_laplacian').graph.generators[0];
  const space = buildSpace(g, { threads: 2, target: AVX512, from: 'scratch' });
  const funcs = space.funcs.filter(isSearched).length;
  assert.ok(funcs > 10, `local_laplacian searches ${funcs} Funcs`);
  // Plenty: the beam as asked.
  assert.deepEqual(fitToBudget(space, 3, 12, funcs * 100), { width: 3, maxOptions: 12 });
  // 20 candidates a Func: three entries of six options fit.
  assert.deepEqual(fitToBudget(space, 3, 12, funcs * 20), { width: 3, maxOptions: 6 });
  // 6 a Func: one entry (greedy), six options; 1 a Func: still two options (a choice at all).
  assert.deepEqual(fitToBudget(space, 3, 12, funcs * 6), { width: 1, maxOptions: 6 });
  assert.deepEqual(fitToBudget(space, 3, 12, funcs), { width: 1, maxOptions: 2 });
});

test('the budget is respected: a 200 ms search returns in under 2 s', async () => {
  for (const name of ['camera_pipe_lite', 'nl_means', 'unsharp_mask']) {
    const g = graphOf(name).graph.generators[0];
    const t0 = performance.now();
    const r = await suggestSchedule(model, g, { threads: 2, target: AVX512, budgetMs: 200, seed: 1, from: 'scratch' });
    const ms = performance.now() - t0;
    assert.ok(ms < 2000, `${name}: ${ms.toFixed(0)} ms for a 200 ms budget (${r.evaluated} scored)`);
    assert.ok(Number.isFinite(r.predictedMs));
  }
});

test('widening spends a budget a narrow beam leaves unused on wider passes, and never predicts worse', async () => {
  const g = graphOf('unsharp_mask').graph.generators[0];
  // A candidate cap, not the clock, bounds both searches: under CI load a 2 s budget once left no room to widen.
  const opts = { threads: 2, target: AVX512, budgetMs: 120_000, maxCandidates: 1500, seed: 3, from: 'scratch' as const };
  const narrow = await suggestSchedule(model, g, opts);
  const wide = await suggestSchedule(model, g, { ...opts, widen: true });
  assert.ok(wide.evaluated > narrow.evaluated, `${wide.evaluated} scored widening, ${narrow.evaluated} without`);
  assert.ok(wide.predictedMs <= narrow.predictedMs * (1 + 1e-9), `${wide.predictedMs} > ${narrow.predictedMs}`);
  assert.ok(wide.complete);
});

test('cancellation: an aborted search rejects with the signal\'s reason', async () => {
  const g = graphOf('camera_pipe_lite').graph.generators[0];
  const ac = new AbortController();
  const reason = new Error('stop now');
  setTimeout(() => ac.abort(reason), 30);
  const t0 = performance.now();
  await assert.rejects(suggestSchedule(model, g, { threads: 2, target: AVX512, budgetMs: 60_000, seed: 1, from: 'scratch', signal: ac.signal }), (e) => e === reason);
  assert.ok(performance.now() - t0 < 5000);
});

const results = new Map<string, SuggestResult>();
async function suggested(name: string): Promise<SuggestResult> {
  if (!results.has(name)) {
    const g = graphOf(name).graph.generators[0];
    results.set(name, await suggestSchedule(model, g, { threads: 2, target: AVX512, budgetMs: 400, seed: 1, from: 'scratch' }));
  }
  return results.get(name)!;
}
const NAMES = ['blur3x3', 'conv_layer', 'histogram', 'iir_blur', 'stencil_chain', 'unsharp_mask', 'matmul', 'softmax'];

test('the suggestion is predicted no slower than everything inlined or everything at root', async () => {
  for (const name of NAMES) {
    const r = await suggested(name);
    assert.ok(r.predictedMs <= r.baselines.allInlineMs, `${name}: ${r.predictedMs} > all-inline ${r.baselines.allInlineMs}`);
    assert.ok(r.predictedMs <= r.baselines.allRootMs, `${name}: ${r.predictedMs} > all-root ${r.baselines.allRootMs}`);
  }
});

test('the printed C++ and the .schedule.h read back as the directives that were scored', async () => {
  for (const name of NAMES) {
    const r = await suggested(name);
    const scored = r.graph.schedule.filter((d) => d.source === 'schedule.h').map(readBack);
    assert.deepEqual(r.steps.map(readBack), scored, name);
    for (const [what, text] of [['code', r.code], ['.schedule.h', r.scheduleHeader]]) {
      const back = graphOf(name, text).graph;
      assert.deepEqual(back.diagnostics.filter((d) => d.severity !== 'info'), [], `${name} ${what}:\n${text}`);
      const read = back.generators[0].schedule.filter((d) => d.source === 'schedule.h' && d.name !== 'update').map(readBack);
      assert.deepEqual(read, scored, `${name} ${what}`);
    }
  }
});

test('the .schedule.h has the layout of Halide 14\'s autoschedulers', async () => {
  const r = await suggested('conv_layer');
  const h = r.scheduleHeader;
  assert.match(h, /^#ifndef conv_layer_SCHEDULE_H\n#define conv_layer_SCHEDULE_H\n/);
  assert.match(h, /inline void apply_schedule_conv_layer\(\n {4}::Halide::Pipeline pipeline,\n {4}::Halide::Target target\n\) \{/);
  // Funcs by Halide's get_func index (bias_im, filter_im, input_im, conv, output), Vars from their dims.
  assert.deepEqual(halideFuncOrder(graphOf('conv_layer').graph.generators[0]), ['bias_im', 'filter_im', 'input_im', 'conv', 'output']);
  assert.match(h, /Func output = pipeline\.get_func\(4\);/);
  assert.match(h, /Var x\(output\.get_schedule\(\)\.dims\(\)\[0\]\.var\);/);
  assert.match(h, /#endif {2}\/\/ conv_layer_SCHEDULE_H\n$/);
});

test('the search vectorizes at the target\'s natural width (targetVectors.test.ts), 16 bytes where the target is unknown, float32 for an unknown type', () => {
  assert.equal(vectorLanes('x86-64-linux-avx-avx2-avx512-avx512_skylake', 'uint8'), 64);
  assert.equal(vectorLanes('x86-64-linux-avx-avx2-avx512-avx512_skylake', null), 16);
  assert.equal(vectorLanes(undefined, 'float32'), 4);
  assert.equal(vectorLanes(undefined, 'float64'), 2);
  assert.equal(vectorLanes(undefined, 'uint8'), 16);
});

test('starting from the source keeps what the user wrote and fills in the rest', async () => {
  const { graph } = graphOf('conv_layer');
  const g = graph.generators[0];
  const r = await suggestSchedule(model, g, { threads: 2, target: AVX512, budgetMs: 300, seed: 1 });
  assert.equal(r.from, 'source');
  const mine = g.schedule.filter((d) => d.applies && d.name !== 'update').map(readBack);
  assert.deepEqual(r.steps.slice(0, mine.length).map(readBack), mine);
});

test('a source schedule the front end cannot write back as read is not kept: the default start is then from scratch', async () => {
  const text = `#include "Halide.h"
using namespace Halide;
class Vec : public Generator<Vec> {
public:
  Input<Buffer<float>> input{"input", 2};
  Output<Buffer<float>> output{"output", 2};
  Var x{"x"}, y{"y"};
  void generate() {
    output(x, y) = input(x, y) * 2.0f;
    input.set_estimates({{0, 1024}, {0, 1024}});
    output.set_estimates({{0, 1024}, {0, 1024}});
    if (!auto_schedule) {
      const int v = natural_vector_size<float>();
      output.vectorize(x, v).parallel(y);
    }
  }
};
HALIDE_REGISTER_GENERATOR(Vec, vec)
`;
  const g = extract(text).generators[0];
  const vec = g.schedule.find((d) => d.name === 'vectorize');
  assert.ok(vec);
  if (vec.values[1]?.kind === 'int') return; // the front end evaluates it now: nothing to refuse
  const r = await suggestSchedule(model, g, { threads: 2, target: AVX512, budgetMs: 300, seed: 1 });
  assert.equal(r.from, 'scratch');
  await assert.rejects(suggestSchedule(model, g, { threads: 2, target: AVX512, budgetMs: 300, seed: 1, from: 'source' }), /cannot keep the source's schedule: output\.vectorize\(x, v\)/);
});

test('the candidates to measure: the best, then the best of each other placement predicted within 2x, then the rest', () => {
  const root = { place: { kind: 'root' as const }, shape: { vec: 16, tile: null, par: true, unroll: false }, upd: { vec: 0, par: false, pureInside: false } };
  const inline = { ...root, place: { kind: 'inline' as const } };
  const at = { ...root, place: { kind: 'at' as const, host: 'out', loop: 'y' } };
  const cand = (name: string, score: number, place: typeof root | typeof inline | typeof at, vec = 16) => ({
    choices: new Map([['f', { ...place, shape: { ...place.shape, vec } }]]), steps: [{ func: 'f', stage: 0, name, values: [] }], ms: score, score,
  });
  const all = [
    cand('root16', 1.0, root), cand('root8', 1.1, root, 8), cand('root32', 1.2, root, 32),
    cand('inline', 1.5, inline), cand('at', 2.5, at), cand('dup-of-root16', 1.05, root),
  ];
  all[5].steps = all[0].steps; // prints the same directives as the best
  const picked = pickCandidates(all, 4).map((c) => c.steps[0].name);
  // 'at' is more than 2x the best: it waits behind the other root variants.
  assert.deepEqual(picked, ['root16', 'inline', 'root8', 'root32']);
  assert.deepEqual(pickCandidates(all, 10).map((c) => c.steps[0].name), ['root16', 'inline', 'root8', 'root32', 'at']);
});

/**
 * brightroom's process_raw writes `output.reorder(c, x, y).unroll(c)` outside its manual branch (an
 * interleaved RGB output) and leaves the rest to that branch. The search keeps the order and shapes
 * the loops on top, as the authors' own manual branch does: vectorize x, parallelize y. (Before, any
 * Func with a kept directive was left alone: a 4000x6000 output ran serial and scalar.)
 */
test('an output the generator orders outside the manual branch is vectorized and parallelized on top of that order', { skip: !fs.existsSync(path.join(REALWORLD, 'brightroom__generator.cpp')) && 'no ../shared/realworld' }, async () => {
  const file = path.join(REALWORLD, 'brightroom__generator.cpp');
  const text = fs.readFileSync(file, 'utf8');
  const read = (schedule?: string) => extract(text, { uri: file, includes: realworldIncludes(file), generator: 'process_raw_generator', schedule }).generators[0];
  const g = read();
  const space = buildSpace(g, { threads: 2, target: AVX512, from: 'scratch' });
  const out = space.funcs.find((f) => f.isOutput)!;
  assert.deepEqual(out.onTop, { order: ['c', 'x', 'y'], unrolled: ['c'] });
  const shapes = optionsFor(out, space, new Map()).map((c) => `${c.place.kind} vec ${c.shape.vec} par ${c.shape.par}`);
  assert.equal(shapes[0], 'root vec 16 par true', shapes.join(', '));
  assert.ok(!optionsFor(out, space, new Map()).some((c) => c.place.kind === 'inline' || c.shape.tile), 'its placement and loop order stay');
  const r = await suggestSchedule(model, g, { threads: 2, target: AVX512, budgetMs: 60_000, seed: 1, from: 'scratch', maxCandidates: 200 });
  for (const s of r.steps.filter((x) => x.func === out.name)) {
    const loop = (s.values[0] as { name: string }).name;
    assert.ok((s.name === 'vectorize' && loop === 'x') || (s.name === 'parallel' && loop === 'y'), `${s.name}(${loop})`);
  }
  // Written into the manual branch, it reads back as the steps scored, beside the kept order.
  const back = read(r.code);
  assert.deepEqual(back.schedule.filter((d) => d.source === 'schedule.h' && d.name !== 'update').map(readBack), r.steps.map(readBack));
  assert.deepEqual(back.schedule.filter((d) => d.func === out.name && d.branch === 'always').map((d) => d.name), ['reorder', 'unroll']);
});

test('no suggestion inlines a Func past the cap, or hands a stage more code than the budget: stencil_chain inlined whole is 8.8M terms', async () => {
  const g = graphOf('stencil_chain').graph.generators[0];
  const r = await suggestSchedule(model, g, { threads: 2, target: AVX512, budgetMs: 60_000, seed: 3, from: 'scratch', maxCandidates: 300 });
  const space = buildSpace(g, { threads: 2, target: AVX512, from: 'scratch' });
  // A Func the suggestion gives no compute_root/compute_at is inlined (outputs are at root).
  const placed = new Set(r.steps.filter((s) => s.name === 'compute_root' || s.name === 'compute_at').map((s) => s.func));
  const choices = new Map<string, Choice>();
  for (const f of space.funcs) {
    const inline = f.canInline && !placed.has(f.name);
    choices.set(f.name, { place: inline ? { kind: 'inline' } : { kind: 'root' }, shape: { vec: 0, tile: null, par: false, unroll: false }, upd: NO_UPDATE });
  }
  const sizes = new Map<string, number>();
  for (const f of [...space.funcs].reverse()) sizes.set(f.name, inlinedSize(f, choices, sizes));
  for (const f of space.funcs) {
    if (choices.get(f.name)!.place.kind === 'inline') assert.ok(sizes.get(f.name)! <= DECIDED_INLINE_CAP, `${f.name}: ${sizes.get(f.name)} terms inlined`);
  }
  assert.ok(maxCodeSize(r.graph, analyze(r.graph), AVX512) <= CODE_BUDGET);
  // Whole, it would be far past the cap: the cap is what kept it out.
  const all = new Map<string, Choice>([...choices].map(([n, c]) => [n, space.byName.get(n)!.canInline ? { ...c, place: { kind: 'inline' } } : c]));
  const whole = new Map<string, number>();
  for (const f of [...space.funcs].reverse()) whole.set(f.name, inlinedSize(f, all, whole));
  assert.ok(Math.max(...whole.values()) > 10 * DECIDED_INLINE_CAP);
});

const DENOISE = path.join(REALWORLD, 'motioncam__DenoiseGenerator.cpp');
test('a search allowed to inline without the term cap stays within the code budget (motioncam forward_transform, sobel_edges)', { skip: !fs.existsSync(DENOISE) && 'no ../shared/realworld' }, async () => {
  // Before its transposes were read (session 38), forward_transform had no bounds: the unbounded search
  // inlined its wavelet levels into one stage of 166k ops per point and the model predicted 0.027 ms.
  const g = extract(fs.readFileSync(DENOISE, 'utf8'), { target: AVX512 }).generators.find((x) => x.registeredName === 'forward_transform_generator')!;
  // With decided inlines allowed to 100k terms, only the budget bounds the code.
  const opts = { threads: 2, target: AVX512, budgetMs: 60_000, seed: 1, from: 'scratch' as const, maxCandidates: 120, limits: { decidedCap: 100_000 } };
  const r = await suggestSchedule(model, g, opts);
  const size = maxCodeSize(r.graph, analyze(r.graph), AVX512);
  assert.ok(size > 0 && size <= CODE_BUDGET, `${size}`);
  assert.ok(r.predictedMs > 10, `${r.predictedMs} ms: a pipeline that measures 85 ms by its authors' schedule`);
  // sobel_edges inlined and vectorized wide is code Halide takes minutes to compile (search/compileCost.ts):
  // without the budget the search goes there, with it not.
  const sobel = graphOf('sobel_edges').graph.generators[0];
  const within = await suggestSchedule(model, sobel, opts);
  const free = await suggestSchedule(model, sobel, { ...opts, limits: { decidedCap: 100_000, codeBudget: Infinity } });
  assert.ok(maxCodeSize(within.graph, analyze(within.graph), AVX512) <= CODE_BUDGET);
  assert.ok(maxCodeSize(free.graph, analyze(free.graph), AVX512) > CODE_BUDGET);
});

test('an output other stages read (a pyramid level) is never offered a compute_at: Halide computes outputs at root', { skip: !fs.existsSync(DENOISE) && 'no ../shared/realworld' }, () => {
  const g = extract(fs.readFileSync(DENOISE, 'utf8'), { target: AVX512 }).generators.find((x) => x.registeredName === 'forward_transform_generator')!;
  const space = buildSpace(g, { threads: 2, target: AVX512, from: 'scratch' });
  const decided = new Map<string, Choice>();
  for (const f of space.funcs) if (!f.isOutput) decided.set(f.name, rootDefault(f, 2));
  const fed = space.funcs.filter((f) => f.isOutput && f.callers.size > 0);
  assert.equal(fed.length, 5, 'levels 0-4 feed the next level');
  for (const f of fed) {
    const places = optionsFor(f, space, decided).map((c) => c.place.kind);
    assert.ok(places.length > 0 && places.every((k) => k === 'root'), `${f.name}: ${[...new Set(places)]}`);
  }
});
