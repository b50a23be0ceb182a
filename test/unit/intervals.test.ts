// Interval rules for index expressions Halide's bounds inference sees through: float coordinates
// rounded back to ints (resize, warp), clamps, min/max, selects, abs, likely, integer div/mod,
// checked on real parses through the required regions they give (and against hand-computed ends).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extract } from '../../server/src/halide/extract';
import type { GeneratorGraph, IndexExpr } from '../../server/src/halide/graph';
import { computeBounds, type DimRange } from '../../server/src/analysis/bounds';
import { evalInterval } from '../../server/src/analysis/interval';
import { indexGraph } from '../../server/src/analysis/graphIndex';
import { featurize, STAGE_FEATURE_NAMES } from '../../server/src/features/index';
import { CORPUS } from '../paths';

/** A generator reading `input` (uint8, 2-D, 1000 x 500 estimate) into `output` (float, 2-D). */
function gen(body: string, outW = 1000, outH = 500): GeneratorGraph {
  const text = `#include "Halide.h"
using namespace Halide;
class G : public Halide::Generator<G> {
public:
  Input<Buffer<uint8_t>> input{"input", 2};
  Input<float> scale{"scale"};
  Output<Buffer<float>> output{"output", 2};
  Var x{"x"}, y{"y"};
  Func f{"f"}, g{"g"};
  void generate() {
    f(x, y) = cast<float>(input(x, y));
${body}
    input.set_estimates({{0, 1000}, {0, 500}});
    scale.set_estimate(0.5f);
    output.set_estimates({{0, ${outW}}, {0, ${outH}}});
  }
};
HALIDE_REGISTER_GENERATOR(G, g)
`;
  const graph = extract(text);
  assert.equal(graph.generators.length, 1);
  return graph.generators[0];
}

/** [min, max] per dimension of a Func's required region (null where unknown). */
function region(g: GeneratorGraph, func: string): [number | null, number | null][] | undefined {
  const r: DimRange[] | undefined = computeBounds(g).regions[func];
  return r?.map((d) => [d.min, d.min === null || d.extent === null ? null : d.min + d.extent - 1]);
}

test('resize: cast<int>(floor((x + 0.5f) * s - 0.5f)) and its + 1 neighbour', () => {
  const g = gen(`    Expr sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
    Expr ix = cast<int32_t>(floor(sx));
    Expr sy = (cast<float>(y) + 0.5f) * 1.5f - 0.5f;
    Expr iy = cast<int>(floor(sy));
    output(x, y) = lerp(f(ix, iy), f(ix + 1, iy + 1), sx - cast<float>(ix));`);
  // x in [0, 999]: sx in [-0.125, 749.125] -> [-1, 749], +1 -> 750.
  // y in [0, 499]: sy in [0.25, 748.75] -> [0, 748], +1 -> 749.
  assert.deepEqual(region(g, 'f'), [[-1, 750], [0, 749]]);
});

test('ceil, round (half to even), trunc and float division by a constant', () => {
  const g = gen(`    output(x, y) = f(cast<int>(ceil(cast<float>(x) / 3.0f)), cast<int>(round(cast<float>(y) * 0.5f + 0.5f)))
      + f(cast<int>(trunc(cast<float>(x) * 0.1f - 2.0f)), 0);`);
  // ceil(x/3) for x in [0, 999]: [0, 333]; trunc(x*0.1 - 2) in [-2, 97] (towards zero: -1.9 -> -1 at x=1, -2 at x=0).
  // round(y*0.5 + 0.5) for y in [0, 499]: [round(0.5), round(250)] = [0, 250] (0.5 rounds to even 0).
  assert.deepEqual(region(g, 'f'), [[-2, 333], [0, 250]]);
});

test('sqrt, exp and log: a Gaussian\'s taps sized at run time from a sigma, and indices through them', () => {
  // sigma = 2 * sqrt(1 / scale^2 - 0.99) for scale 0.5: 2 * sqrt(3.01) = 3.4699...; radius ceil(3 * sigma) = 11.
  const g = gen(`    Expr sigma = 2.0f * sqrt(1.0f / (scale * scale) - 0.99f);
    Expr radius = cast<int>(ceil(3.0f * sigma));
    RDom r(-radius, 2 * radius + 1);
    g(x, y) = 0.0f;
    g(x, y) += f(x + r, y);
    output(x, y) = g(x, y) + f(cast<int>(exp(cast<float>(x) * 0.01f)), cast<int>(log(cast<float>(y) * 100.0f + 1.0f)) * 100);`);
  // g over x in [0, 999] reads f at [-11, 1010]; exp(x / 100) in [1, e^9.99 = 21807.3] -> [1, 21807];
  // log(100 y + 1) in [0, log 49901 = 10.82] -> [0, 10], times 100 -> [0, 1000].
  assert.deepEqual(region(g, 'f'), [[-11, 21807], [0, 1000]]);
  const ix: IndexExpr = { op: 'sqrt', args: [{ op: 'var', name: 'v' }] };
  const r = evalInterval(ix, { vars: new Map([['v', { lo: -4, hi: 16, float: false }]]), scalars: new Map(), buffers: new Map(), types: new Map() });
  assert.deepEqual([r.lo, r.hi], [0, 4], 'sqrt below 0 is its domain\'s edge');
});

test('a float scalar input and a float GeneratorParam scale an index as reals, not integers', () => {
  const text = `#include "Halide.h"
using namespace Halide;
class G : public Halide::Generator<G> {
public:
  GeneratorParam<float> ratio{"ratio", 2.0f};
  Input<Buffer<float>> input{"input", 2};
  Input<float> scale{"scale"};
  Output<Buffer<float>> output{"output", 2};
  Var x{"x"}, y{"y"};
  void generate() {
    output(x, y) = input(cast<int>(floor(cast<float>(x) * scale)), cast<int>(floor(cast<float>(y) / ratio + 0.75f)));
    input.set_estimates({{0, 100}, {0, 100}});
    scale.set_estimate(0.5f);
    output.set_estimates({{0, 101}, {0, 101}});
  }
};
HALIDE_REGISTER_GENERATOR(G, g)
`;
  const g = extract(text).generators[0];
  // x in [0, 100] * 0.5 -> [0, 50]; y / 2.0 + 0.75 in [0.75, 50.75] -> [0, 50].
  assert.deepEqual(region(g, 'input'), [[0, 50], [0, 50]]);
});

test('warp: a data-dependent float coordinate is bounded only by its clamp', () => {
  const g = gen(`    g(x, y) = f(x, y) * 0.5f;
    Expr sx = cast<float>(x) + g(x, y) * 4.0f;
    Expr ix = clamp(cast<int32_t>(floor(sx)), 0, 998);
    output(x, y) = lerp(f(ix, y), f(ix + 1, y), clamp(sx - cast<float>(ix), 0.0f, 1.0f));`);
  assert.deepEqual(region(g, 'f'), [[0, 999], [0, 499]], 'clamp to [0, 998], +1');
  // Without the clamp the index is data dependent: unbounded, so f falls back to its whole extent.
  const h = gen(`    output(x, y) = f(cast<int>(floor(cast<float>(x) + f(x, y))), y);`);
  const ix = indexGraph(h);
  const call = ix.stagesOf.get('output')![0].calls.find((c) => c.args[0].includes('floor'))!;
  const env = { ...ix.base, vars: new Map([['x', { lo: 0, hi: 999, float: false }], ['y', { lo: 0, hi: 499, float: false }]]) };
  const r = evalInterval(call.argExprs[0], env);
  assert.deepEqual([r.lo, r.hi], [-Infinity, Infinity]);
});

test('min, max, select (union of branches, or the one a known condition picks), abs, absd, likely', () => {
  const g = gen(`    Func a{"a"}, b{"b"}, c{"c"};
    a(x, y) = f(x, y);
    b(x, y) = f(x, y);
    c(x, y) = f(x, y);
    output(x, y) = a(select(x < 500, x * 2, 1999 - x), likely(min(max(y - 3, 0), 499)))
      + b(abs(x - 100), select(y > 1000, 5000, y / 4))
      + c(absd(x, 3), y % 7);`);
  // select(x < 500, 2x, 1999 - x): union of [0, 1998] and [1000, 1999]; min(max(y - 3, 0), 499): [0, 496].
  assert.deepEqual(region(g, 'a'), [[0, 1999], [0, 496]]);
  // abs(x - 100), x in [0, 999]: [0, 899] as Halide bounds it (its lower bound is 0 unless a point).
  // y > 1000 is false for every y in [0, 499]: only y / 4, [0, 124], not the 5000 branch.
  assert.deepEqual(region(g, 'b'), [[0, 899], [0, 124]]);
  // absd(x, 3) = abs(x - 3): [0, 996]; y % 7: [0, 6].
  assert.deepEqual(region(g, 'c'), [[0, 996], [0, 6]]);
});

test('select conditions: comparisons, && || ! on known and unknown values', () => {
  const ix = indexGraph(gen('    output(x, y) = f(x, y);'));
  const env = { ...ix.base, vars: new Map([['x', { lo: 0, hi: 9, float: false }]]) };
  const v: IndexExpr = { op: 'var', name: 'x' };
  const c = (value: number): IndexExpr => ({ op: 'const', value });
  const sel = (cond: IndexExpr): [number, number] => {
    const r = evalInterval({ op: 'select', args: [cond, c(100), c(-100)] }, env);
    return [r.lo, r.hi];
  };
  assert.deepEqual(sel({ op: 'lt', args: [v, c(10)] }), [100, 100]);
  assert.deepEqual(sel({ op: 'le', args: [c(10), v] }), [-100, -100]);
  assert.deepEqual(sel({ op: 'lt', args: [v, c(5)] }), [-100, 100]);
  assert.deepEqual(sel({ op: 'and', args: [{ op: 'lt', args: [v, c(10)] }, { op: 'ne', args: [c(3), c(4)] }] }), [100, 100]);
  assert.deepEqual(sel({ op: 'or', args: [{ op: 'eq', args: [v, c(20)] }, { op: 'opaque', text: 'f(x, y) > 0' }] }), [-100, 100]);
  assert.deepEqual(sel({ op: 'not', args: [{ op: 'eq', args: [v, c(20)] }] }), [100, 100]);
});

test('float constants are float32, as Halide folds them', () => {
  const ix = indexGraph(gen('    output(x, y) = f(x, y);'));
  // 0.1f is 0.100000001490116...; 10 * 0.1f rounds to exactly 1 in float32.
  const e: IndexExpr = { op: 'floor', args: [{ op: 'mul', args: [{ op: 'const', value: 10 }, { op: 'const', value: 0.1, float: true }] }] };
  const r = evalInterval(e, ix.base);
  assert.deepEqual([r.lo, r.hi], [1, 1]);
  // An integer-valued float literal divides as a real: 7 / 2.0f = 3.5, not 3.
  const d = evalInterval({ op: 'div', args: [{ op: 'const', value: 7 }, { op: 'const', value: 2, float: true }] }, ix.base);
  assert.deepEqual([d.lo, d.hi], [3.5, 3.5]);
});

test('an inline reduction is called at its free Vars, so its region and its producers are bounded', () => {
  const g = gen(`    RDom r(0, 8);
    g(x, y) = sum(f(x + r, y)) / 8.0f;
    output(x, y) = g(x, y);`);
  assert.deepEqual(region(g, 'sum'), [[0, 999], [0, 499]]);
  assert.deepEqual(region(g, 'f'), [[0, 1006], [0, 499]]);
});

test('random pipelines with resize, warp and inline reductions have no unknown points', () => {
  const k = STAGE_FEATURE_NAMES.indexOf('unknown_points');
  for (const name of ['rp_10', 'rp_104', 'rp_143', 'rp_215']) {
    const text = fs.readFileSync(path.join(CORPUS, 'random', `${name}.cpp`), 'utf8');
    const pf = featurize(extract(text).generators[0], { threads: 4 });
    assert.deepEqual(pf.stages.filter((s) => s.x[k] > 0).map((s) => s.name), [], name);
  }
});
