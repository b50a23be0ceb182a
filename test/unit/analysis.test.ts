// The analysis layer on real parses: required regions, loop nests, realizations and the per-stage
// quantities the featurizer builds on, for corpus generators and small generators written inline.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extract } from '../../server/src/halide/extract';
import type { GeneratorGraph } from '../../server/src/halide/graph';
import { INNERMOST } from '../../server/src/analysis/loopnest';
import { analyze, type Analysis } from '../../server/src/analysis/index';
import { computeBounds, propagate, requiredRegions, type DimRange } from '../../server/src/analysis/bounds';
import { RegionQuery } from '../../server/src/analysis/regionQuery';
import { evalInterval } from '../../server/src/analysis/interval';
import { indexGraph } from '../../server/src/analysis/graphIndex';
import { CORPUS, corpusFiles } from '../paths';

function corpus(name: string): GeneratorGraph {
  return extract(fs.readFileSync(path.join(CORPUS, `${name}.cpp`), 'utf8')).generators[0];
}

function gen(body: string, members = ''): GeneratorGraph {
  const text = `#include "Halide.h"
using namespace Halide;
namespace {
class G : public Halide::Generator<G> {
public:
  GeneratorParam<int> levels{"levels", 3};
  Input<Buffer<uint8_t>> input{"input", 2};
  Input<float> gain{"gain"};
  Output<Buffer<float>> output{"output", 2};
  Var x{"x"}, y{"y"}, xi{"xi"}, yi{"yi"}, xo{"xo"}, yo{"yo"}, t{"t"};
${members}
  void generate() {
${body}
  }
};
}
HALIDE_REGISTER_GENERATOR(G, g)
`;
  const graph = extract(text);
  assert.equal(graph.generators.length, 1);
  return graph.generators[0];
}

const dims = (r: DimRange[] | undefined) => r?.map((d) => [d.min, d.extent]);
const stage = (a: Analysis, id: string) => a.stages.find((s) => s.stage === id)!;
const func = (a: Analysis, f: string) => a.funcs.find((x) => x.func === f)!;
const loops = (a: Analysis, id: string) => stage(a, id).loops.map((l) => `${l.name}:${l.extent}:${l.kind}`);

const SEPARABLE = `Func bx{"bx"};
    bx(x, y) = cast<float>(input(x - 1, y)) + cast<float>(input(x, y)) + cast<float>(input(x + 1, y));
    output(x, y) = bx(x, y - 1) + bx(x, y) + bx(x, y + 1);
    input.set_estimates({{0, 1024}, {0, 512}});
    output.set_estimates({{0, 1024}, {0, 512}});
    output.tile(x, y, xo, yo, xi, yi, 64, 32).vectorize(xi, 8).parallel(yo);`;

test('blur3x3: blur_x needs a one-row halo each side; the boundary reads only inside the input', () => {
  const b = computeBounds(corpus('blur3x3'));
  assert.deepEqual(dims(b.regions.output), [[0, 1536], [0, 2560]]);
  assert.deepEqual(dims(b.regions.blur_y), [[0, 1536], [0, 2560]]);
  assert.deepEqual(dims(b.regions.blur_x), [[0, 1536], [-1, 2562]]);
  assert.deepEqual(dims(b.regions.clamped), [[-1, 1538], [-1, 2562]]);
  // repeat_edge clamps its reads: the input is needed over exactly its estimate.
  assert.deepEqual(dims(b.regions.input), [[0, 1536], [0, 2560]]);
  assert.equal(b.stages['blur_x.0'].points, 1536 * 2562);
  assert.deepEqual(b.stages['blur_x.0'].vars.y, { min: -1, extent: 2562 });
});

test('blur3x3 hand schedule: tiles, vector and parallel loops, blur_x recomputed per tile', () => {
  const a = analyze(corpus('blur3x3'));
  assert.deepEqual(loops(a, 'output.0'), ['x.xi.v0:16:vectorized', 'x.xi.xi:16:serial', 'y.yi:32:serial', 'x.x:6:serial', 'y.y:80:parallel']);
  const out = stage(a, 'output.0');
  assert.equal(out.vectorWidth, 16);
  assert.equal(out.parallelTasks, 80);
  assert.equal(out.innermostExtent, 16);
  assert.deepEqual(out.inlined, ['blur_y']);
  const bx = func(a, 'blur_x');
  assert.deepEqual(bx.computeLevel, { func: 'output', stage: 'output.0', loop: 'x.x', index: 3 });
  assert.equal(bx.realizations, 6 * 80, 'one realization per 256x32 tile');
  assert.deepEqual(dims(bx.region), [[0, 256], [-1, 34]]);
  const s = stage(a, 'blur_x.0');
  assert.equal(s.pointsComputed, 480 * 256 * 34);
  assert.ok(Math.abs(s.recomputeFactor! - (480 * 256 * 34) / (1536 * 2562)) < 1e-12);
  assert.ok(s.recomputeFactor! > 1);
  assert.equal(s.vectorWidth, 16);
  assert.deepEqual(s.inlined.sort(), ['clamped', 'lambda_0', 'repeat_edge']);
  // clamped is inlined into blur_x: evaluated at every computed blur_x point, three times.
  assert.equal(stage(a, 'clamped.0').pointsComputed, 3 * s.pointsComputed!);
  assert.equal(s.storageBytes, 256 * 34 * 2);
});

test('downsample and upsample: strides and divisions map regions', () => {
  const g = gen(`Func down{"down"}, up{"up"};
    down(x, y) = cast<float>(input(2 * x - 1, y)) + cast<float>(input(2 * x + 1, y));
    up(x, y) = down(x / 2, y) + down(x / 2 + 1, y);
    output(x, y) = up(x, y);
    output.set_estimates({{0, 64}, {0, 8}});`);
  const b = computeBounds(g);
  assert.deepEqual(dims(b.regions.up), [[0, 64], [0, 8]]);
  assert.deepEqual(dims(b.regions.down), [[0, 33], [0, 8]]);
  assert.deepEqual(dims(b.regions.input), [[-1, 67], [0, 8]]);

  const u = computeBounds(corpus('upsample_downsample'));
  assert.deepEqual(dims(u.regions.down_x), [[-1, 770], [-3, 2566], [0, 3]]);
  assert.deepEqual(dims(u.regions.down_y), [[-1, 770], [-1, 1282], [0, 3]]);
  // (y/2) - 1 + 2*(y%2) with y%2 in [0, 1]: rows -1 .. 1280 of up_x.
  assert.deepEqual(dims(u.regions.up_x), [[0, 1536], [-1, 1282], [0, 3]]);
  assert.deepEqual(dims(u.regions.clamped), [[-3, 1542], [-3, 2566], [0, 3]]);
});

test('upsample_downsample: store_at outside compute_at slides instead of recomputing', () => {
  const a = analyze(corpus('upsample_downsample'));
  const f = func(a, 'up_x');
  assert.equal(f.computeLevel?.loop, 'y.yi');
  assert.equal(f.storeLevel?.loop, 'y.yo');
  assert.deepEqual(dims(f.region), [[0, 1536], [-1, 2], [0, 1]]);
  assert.deepEqual(dims(f.storeRegion), [[0, 1536], [-1, 18], [0, 1]]);
  const s = stage(a, 'up_x.0');
  assert.equal(s.realizations, 32 * 80 * 3);
  assert.equal(s.pointsComputed, 80 * 3 * 1536 * 18, 'one 18-row storage window per yo strip and channel');
  assert.ok(s.pointsComputed! < s.realizations! * s.pointsPerRealization!);
  assert.deepEqual(loops(a, 'down_y.0'), ['x.v1:8:vectorized', 'x.x:97:serial', 'y.v0:16:serial', 'y.y:81:parallel', 'c:3:serial']);
});

test('histogram scatter: the update covers the clamp range whatever the output needs', () => {
  const b = computeBounds(corpus('histogram'));
  assert.deepEqual(dims(b.regions.hist), [[0, 256]]);
  assert.deepEqual(dims(b.regions.input), [[0, 1536], [0, 2560]]);
  assert.equal(b.stages['hist.1'].points, 1536 * 2560, 'RDom over input.width() x input.height()');

  const g = gen(`Func hist{"hist"}; Var i{"i"};
    RDom r(0, input.width(), 0, input.height(), "r");
    hist(i) = 0.0f;
    hist(clamp(cast<int>(input(r.x, r.y)) / 4, 0, 63)) += 1.0f;
    output(x, y) = hist(x + y);
    input.set_estimates({{0, 640}, {0, 480}});
    output.set_estimates({{0, 8}, {0, 8}});`);
  const s = computeBounds(g);
  assert.deepEqual(dims(s.regions.hist), [[0, 64]], 'footprint of the scatter, wider than the 15 bins read');
});

test('RDom extents: constants, GeneratorParams and buffer estimates; RVars loop innermost', () => {
  const g = gen(`Func f{"f"};
    RDom r(0, levels, -1, 3, "r");
    f(x, y) = 0.0f;
    f(x, y) += cast<float>(input(x + r.x, y + r.y));
    output(x, y) = f(x, y);
    output.set_estimates({{0, 100}, {0, 50}});`);
  const a = analyze(g);
  assert.deepEqual(dims(a.bounds.regions.input), [[0, 102], [-1, 52]]);
  assert.equal(a.bounds.stages['f.1'].points, 100 * 50 * 3 * 3);
  // A Func with updates cannot be inlined: unscheduled, Halide computes it at the innermost loop of
  // its consumer (checked with Halide 14's print_loop_nest: produce f inside output's innermost x).
  assert.deepEqual(func(a, 'f').placement.compute, { kind: 'at', func: 'output', var: INNERMOST });
  assert.equal(func(a, 'f').realizations, 100 * 50);
  assert.deepEqual(loops(a, 'f.1'), ['r$x:3:serial', 'r$y:3:serial', 'x:1:serial', 'y:1:serial']);
  assert.equal(stage(a, 'f.1').innermostExtent, 3);
  // Scheduled at root, it loops over the whole region once.
  const root = analyze(gen(`Func f{"f"};
    RDom r(0, levels, -1, 3, "r");
    f(x, y) = 0.0f;
    f(x, y) += cast<float>(input(x + r.x, y + r.y));
    output(x, y) = f(x, y);
    f.compute_root();
    output.set_estimates({{0, 100}, {0, 50}});`));
  assert.deepEqual(loops(root, 'f.1'), ['r$x:3:serial', 'r$y:3:serial', 'x:100:serial', 'y:50:serial']);
});

test('separable blur, tile + compute_at: one realization per tile, halo rows recomputed', () => {
  const at = analyze(gen(`${SEPARABLE}\n    bx.compute_at(output, xo).vectorize(x, 8);`));
  const f = func(at, 'bx');
  assert.equal(f.computeLevel?.loop, 'x.xo');
  assert.equal(f.realizations, (1024 / 64) * (512 / 32));
  assert.deepEqual(dims(f.region), [[0, 64], [-1, 34]]);
  const s = stage(at, 'bx.0');
  assert.equal(s.pointsPerRealization, 64 * 34);
  assert.ok(Math.abs(s.recomputeFactor! - (256 * 64 * 34) / (1024 * 514)) < 1e-12);
  assert.ok(s.recomputeFactor! > 1);
  assert.equal(s.workingSetBytes, 64 * 34 * 4 + 66 * 34 * 1, 'its tile plus the input rows it reads');

  const root = analyze(gen(`${SEPARABLE}\n    bx.compute_root();`));
  assert.equal(stage(root, 'bx.0').realizations, 1);
  assert.equal(stage(root, 'bx.0').recomputeFactor, 1);

  // Computed per output pixel: three rows of one column each time.
  const pix = analyze(gen(`${SEPARABLE}\n    bx.compute_at(output, xi);`));
  assert.equal(stage(pix, 'bx.0').realizations, 1024 * 512 / 8);
  assert.deepEqual(dims(func(pix, 'bx').region), [[0, 8], [-1, 3]], 'the vectorized lane group inside xi');
  assert.ok(stage(pix, 'bx.0').recomputeFactor! > 2.9);
});

test('loop nest: split, fuse, reorder and factors follow Halide names; widths from directives', () => {
  const a = analyze(gen(`output(x, y) = cast<float>(input(x, y));
    output.set_estimates({{0, 256}, {0, 64}});
    output.split(x, xo, xi, 32).vectorize(xi, 8).unroll(xi).fuse(xo, y, t).parallel(t, 4);`));
  assert.deepEqual(loops(a, 'output.0'), ['x.xi.v0:8:vectorized', 'x.xi.xi:4:unrolled', 'x.xo.t.v1:4:serial', 'x.xo.t.t:128:parallel']);
  const s = stage(a, 'output.0');
  assert.equal(s.vectorWidth, 8);
  assert.equal(s.unrollFactor, 4);
  assert.equal(s.parallelTasks, 128);
  assert.equal(s.pointsPerRealization, 256 * 64);

  const r = analyze(gen(`output(x, y) = cast<float>(input(x, y));
    output.set_estimates({{0, 100}, {0, 64}});
    output.tile(x, y, xi, yi, 16, 16).reorder(yi, xi, y, x).unroll(yi, 2);`));
  assert.deepEqual(loops(r, 'output.0'), ['y.yi.v0:2:unrolled', 'y.yi.yi:8:serial', 'x.xi:16:serial', 'y.y:4:serial', 'x.x:7:serial']);
  assert.equal(stage(r, 'output.0').pointsPerRealization, 2 * 8 * 16 * 4 * 7, 'split tails round up');
});

test('inlined calls Halide would CSE are counted once: shared stencil taps, a squared value, repeated loads', () => {
  // fa(x) is reached from fb(x - 1) and fb(x + 1) (taps x - 2, x, x + 2, x shared): 3 bodies, not 4.
  const chain = analyze(gen(`Func fa{"fa"}, fb{"fb"};
    fa(x, y) = cast<float>(input(x, y)) * 2.0f;
    fb(x, y) = fa(x - 1, y) + fa(x + 1, y);
    output(x, y) = fb(x - 1, y) + fb(x + 1, y);
    output.set_estimates({{0, 100}, {0, 50}});`));
  const out = stage(chain, 'output.0');
  assert.deepEqual(out.ops.load, { uint8: 3 }, 'one input load per distinct tap');
  assert.equal(out.ops.mul.float32, 3);
  assert.equal(out.ops.cast.float32, 3);
  assert.equal(out.ops.add.float32, 3, 'two fb bodies and the output sum');
  assert.deepEqual(out.inlined.sort(), ['fa', 'fb']);

  // A value used twice at the same point (x + 1 - 1 is x): sqrt once; an input read twice: one load.
  const square = analyze(gen(`Func v{"v"};
    v(x, y) = sqrt(cast<float>(input(x, y)));
    output(x, y) = v(x, y) * v(x + 1 - 1, y) + cast<float>(input(x, y));
    output.set_estimates({{0, 100}, {0, 50}});`));
  const sq = stage(square, 'output.0');
  assert.deepEqual(sq.ops.load, { uint8: 1 });
  assert.equal(sq.ops.math_sqrt.float32, 1);
  assert.equal(sq.ops.cast.float32, 2, 'casts are not call sites: only calls are shared');

  // Different points are different values: nothing is shared.
  const taps = analyze(gen(`Func v{"v"};
    v(x, y) = sqrt(cast<float>(input(x, y)));
    output(x, y) = v(x, y) + v(x, y + 1) + v(2 * x, y);
    output.set_estimates({{0, 100}, {0, 50}});`));
  assert.equal(stage(taps, 'output.0').ops.math_sqrt.float32, 3);
  assert.deepEqual(stage(taps, 'output.0').ops.load, { uint8: 3 });
});

test('default schedule: Funcs inline into their consumers with their ops and loads', () => {
  const a = analyze(gen(`Func fa{"fa"}, fb{"fb"};
    fa(x, y) = cast<float>(input(x, y)) * 2.0f;
    fb(x, y) = fa(x, y) + fa(x + 1, y);
    output(x, y) = fb(x, y) * gain;
    output.set_estimates({{0, 100}, {0, 50}});`));
  assert.deepEqual(a.funcs.map((f) => [f.func, f.placement.compute.kind]), [['output', 'root'], ['fb', 'inline'], ['fa', 'inline']]);
  const out = stage(a, 'output.0');
  assert.deepEqual(out.inlined, ['fb', 'fa']);
  assert.deepEqual(out.ops.load, { uint8: 2 }, 'loads of fb and fa replaced by the two input loads');
  assert.equal(out.ops.mul.float32, 3);
  assert.equal(out.ops.cast.float32, 2);
  assert.equal(out.bytesReadPerPoint, 2);
  assert.equal(out.bytesWrittenPerPoint, 4);
  assert.equal(stage(a, 'fa.0').pointsComputed, 2 * 100 * 50);
  assert.deepEqual(stage(a, 'fa.0').loops, []);
  assert.deepEqual(dims(a.bounds.regions.fa), [[0, 101], [0, 50]]);
});

test('data-dependent indices read the whole extent: type range, then the input estimate', () => {
  const a = computeBounds(gen(`Func lut{"lut"}, idx{"idx"}; Var i{"i"};
    lut(i) = cast<float>(i) * 0.5f;
    idx(x, y) = cast<int>(input(x, y)) * 3;
    output(x, y) = lut(cast<int>(input(x, y))) + table(idx(x, y));
    input.set_estimates({{0, 64}, {0, 64}});
    table.set_estimates({{0, 1024}});
    output.set_estimates({{0, 64}, {0, 64}});`, '  Input<Buffer<float>> table{"table", 1};'));
  assert.deepEqual(dims(a.regions.lut), [[0, 256]], 'a uint8 index covers 0..255');
  assert.deepEqual(dims(a.regions.table), [[0, 1024]], 'an int32 index: the whole estimate');
});

test('interval arithmetic: floor division, Euclidean mod, clamp, casts and buffer accessors', () => {
  const ix = indexGraph(gen(`output(x, y) = cast<float>(input(x, y));
    input.set_estimates({{0, 640}, {0, 480}});`));
  const env = { ...ix.base, vars: new Map([['x', { lo: -3, hi: 5, float: false }]]) };
  const v = (name: string) => ({ op: 'var' as const, name });
  const c = (value: number) => ({ op: 'const' as const, value });
  const ev = (e: Parameters<typeof evalInterval>[0]) => { const r = evalInterval(e, env); return [r.lo, r.hi]; };
  assert.deepEqual(ev({ op: 'div', args: [v('x'), c(2)] }), [-2, 2]);
  assert.deepEqual(ev({ op: 'mod', args: [v('x'), c(4)] }), [0, 3]);
  assert.deepEqual(ev({ op: 'clamp', args: [{ op: 'opaque', text: 'f(x)' }, c(0), c(9)] }), [0, 9]);
  assert.deepEqual(ev({ op: 'cast', type: 'uint8', args: [v('x')] }), [0, 255], 'wraps: the whole type');
  assert.deepEqual(ev({ op: 'opaque', text: 'input.height()' }), [480, 480]);
  assert.deepEqual(ev({ op: 'opaque', text: 'input.dim(0).max()' }), [639, 639]);
  assert.deepEqual(ev({ op: 'div', args: [c(1), v('gain')] }), [-Infinity, Infinity], 'no estimate for gain');
});

test('bilateral_grid: bound() fixes a dimension; float index math uses scalar estimates', () => {
  const b = computeBounds(corpus('bilateral_grid'));
  assert.deepEqual(dims(b.regions.blury)?.[3], [0, 2]);
  // z = int(clamp(v, 0, 1) * (1 / r_sigma)) with r_sigma ~ 0.1: 0..10, plus 1 for the lerp.
  assert.deepEqual(dims(b.regions.blury)?.[2], [0, 12]);
  assert.deepEqual(dims(b.regions.histogram)?.[2], [-2, 16]);
  assert.deepEqual(dims(b.regions.blury)?.slice(0, 2), [[0, 193], [0, 321]], 'x/8 and x/8 + 1 on a 1536x2560 image');
});

test('unknown estimates give nulls, never exceptions; the result is plain JSON', () => {
  const a = analyze(gen(`Func f{"f"};
    f(x, y) = cast<float>(input(x, y));
    output(x, y) = f(x, y) + f(x, y + 1);
    f.compute_at(output, y);`));
  assert.deepEqual(dims(a.bounds.regions.output), [[null, null], [null, null]]);
  assert.equal(stage(a, 'output.0').pointsComputed, null);
  assert.equal(func(a, 'f').computeLevel?.loop, 'y');
  assert.deepEqual(JSON.parse(JSON.stringify(a)), a);
  for (const name of ['blur3x3', 'local_laplacian', 'camera_pipe_lite', 'interpolate']) {
    const r = analyze(corpus(name));
    assert.deepEqual(JSON.parse(JSON.stringify(r)), r, name);
    assert.ok(r.stages.length > 0 && r.funcs.every((f) => f.notes.length === 0), name);
  }
});

test('per-realization regions on demand equal propagating the seed through the whole graph', () => {
  const files = [...corpusFiles(), ...['rp_1', 'rp_17', 'rp_42', 'rp_99'].map((n) => path.join(CORPUS, 'random', `${n}.cpp`))];
  for (const file of files) {
    const g = extract(fs.readFileSync(file, 'utf8')).generators[0];
    const ix = indexGraph(g);
    const global = requiredRegions(ix);
    const funcs = ix.order.filter((f) => global.has(f));
    // One seed per Func (as stageQuantities asks), and two seeds at once (as a tile reading two producers).
    const seeds = [...funcs.map((f) => [f]), funcs.slice(0, 2)].map((names) => new Map(names.map((f) => [f, global.get(f)!])));
    for (const seed of seeds) {
      const all = propagate(ix, seed);
      const query = new RegionQuery(ix, seed);
      // Producers first, then the rest: the answer must not depend on what was asked before.
      for (const name of [...[...ix.order].reverse(), ...ix.inputs.keys()]) {
        assert.deepStrictEqual(query.get(name), all.get(name), `${path.basename(file)}: ${name} seeded by ${[...seed.keys()]}`);
      }
    }
  }
});
