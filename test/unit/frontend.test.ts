// The front end on small real generators, one construct at a time.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { extract } from '../../server/src/halide/extract';
import type { GeneratorGraph } from '../../server/src/halide/graph';

function gen(body: string, members = ''): GeneratorGraph {
  const text = `#include "Halide.h"
using namespace Halide;
namespace {
class G : public Halide::Generator<G> {
public:
  GeneratorParam<int> levels{"levels", 3};
  GeneratorParam<float> sigma{"sigma", 1.5f};
  Input<Buffer<uint8_t>> input{"input", 2};
  Input<float> gain{"gain"};
  Output<Buffer<float>> output{"output", 2};
  Var x{"x"}, y{"y"}, xi{"xi"}, yi{"yi"}, xo{"xo"}, yo{"yo"};
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

const stageIds = (g: GeneratorGraph) => g.stages.map((s) => s.id).sort();
const producers = (g: GeneratorGraph, stage: string) =>
  [...new Set(g.stages.find((s) => s.id === stage)!.calls.map((c) => c.callee))].sort();

test('interface: params, inputs, outputs, types, registration', () => {
  const g = gen('output(x, y) = cast<float>(input(x, y)) * gain;');
  assert.equal(g.registeredName, 'g');
  assert.deepEqual(g.params.map((p) => [p.name, p.value]), [['levels', 3], ['sigma', 1.5]]);
  assert.deepEqual(g.inputs.map((i) => [i.name, i.kind, i.type, i.dims]), [['input', 'buffer', 'uint8', 2], ['gain', 'scalar', 'float32', 0]]);
  assert.deepEqual(g.outputs.map((o) => [o.name, o.type, o.dims]), [['output', 'float32', 2]]);
  const s = g.stages[0];
  assert.equal(s.ops.cast.float32, 1);
  assert.equal(s.ops.mul.float32, 1);
  assert.equal(s.ops.load.uint8, 1);
});

test('estimates: set_estimates, dim(i).set_estimate and scalar set_estimate', () => {
  const g = gen(`output(x, y) = cast<float>(input(x, y));
    input.set_estimates({{0, 1536}, {0, 2560}});
    output.dim(0).set_estimate(0, 1024);
    output.dim(1).set_estimate(0, levels * 100);
    gain.set_estimate(1.0f / 8.0f);`);
  assert.deepEqual(g.inputs[0].estimates.map((e) => [e!.min, e!.extent]), [[0, 1536], [0, 2560]]);
  assert.deepEqual(g.outputs[0].estimates.map((e) => [e!.min, e!.extent]), [[0, 1024], [0, 300]]);
  assert.equal(g.inputs[1].scalarEstimate, 0.125);
  assert.ok(g.inputs[0].estimates[0]!.range.start.line > 0);
});

test('separable stencil with a boundary condition: stages and edges', () => {
  const g = gen(`Func clamped = BoundaryConditions::repeat_edge(input);
    Func blur_x("blur_x");
    blur_x(x, y) = (clamped(x - 1, y) + clamped(x, y) + clamped(x + 1, y)) / 3;
    output(x, y) = cast<float>(blur_x(x, y - 1) + blur_x(x, y + 1));`);
  // As in Halide 14: the buffer is wrapped in a lambda, and repeat_edge reads the wrapper.
  assert.deepEqual(stageIds(g), ['blur_x.0', 'lambda_0.0', 'output.0', 'repeat_edge.0']);
  assert.deepEqual(producers(g, 'blur_x.0'), ['repeat_edge']);
  assert.deepEqual(producers(g, 'repeat_edge.0'), ['lambda_0']);
  assert.deepEqual(producers(g, 'lambda_0.0'), ['input']);
  const bx = g.stages.find((s) => s.id === 'blur_x.0')!;
  assert.equal(bx.calls.length, 3);
  assert.deepEqual(bx.argExprs, [{ op: 'var', name: 'x' }, { op: 'var', name: 'y' }]);
  assert.deepEqual(bx.calls[0].argExprs[0], { op: 'sub', args: [{ op: 'var', name: 'x' }, { op: 'const', value: 1 }] });
  const edge = g.edges.find((e) => e.producer === 'repeat_edge')!;
  assert.equal(edge.calls, 3);
  assert.deepEqual(edge.args, [['x - 1', 'y'], ['x', 'y'], ['x + 1', 'y']]);
  assert.equal(edge.argExprs.length, 3);
});

test('a boundary condition over an Output wraps it in a lambda, as over a buffer; over a Func it does not', () => {
  const g = gen(`output(x, y) = cast<float>(input(x, y));
    Func padded = BoundaryConditions::repeat_edge(output);
    Func inner("inner");
    inner(x, y) = output(x, y) * 2.0f;
    Func padded_inner = BoundaryConditions::mirror_image(inner, {{0, 64}, {0, 64}});
    edges(x, y) = padded(x + 1, y) - padded(x - 1, y) + padded_inner(x, y);`, '  Output<Buffer<float>> edges{"edges", 2};');
  // Output<Buffer> is no Func: Halide 14 takes the func_like template, lambda(_, output(_)).
  assert.deepEqual(producers(g, 'repeat_edge.0'), ['lambda_0']);
  assert.deepEqual(producers(g, 'lambda_0.0'), ['output']);
  assert.deepEqual(g.stages.find((s) => s.id === 'repeat_edge.0')!.args, ['_0', '_1']);
  // A plain Func takes the Func overload: read directly, its own Var names.
  assert.deepEqual(producers(g, 'mirror_image.0'), ['inner']);
  assert.deepEqual(g.stages.find((s) => s.id === 'mirror_image.0')!.args, ['x', 'y']);
});

test('updates: +=, RDom reductions, implicit pure stage, update(n) directives', () => {
  const g = gen(`Func hist("hist"), total("total"), acc("acc");
    RDom r(0, 1536, 0, 2560, "r");
    hist(x) = 0;
    hist(clamp(cast<int>(input(r.x, r.y)), 0, 255)) += 1;
    total() = 0.0f;
    total() += cast<float>(hist(r.x));
    acc(x) += 1.0f;
    output(x, y) = cast<float>(hist(x)) / total() + acc(x);
    hist.compute_root();
    hist.update(0).parallel(y).vectorize(x, 8);`);
  assert.deepEqual(stageIds(g), ['acc.0', 'acc.1', 'hist.0', 'hist.1', 'output.0', 'total.0', 'total.1']);
  const h1 = g.stages.find((s) => s.id === 'hist.1')!;
  assert.equal(h1.kind, 'update');
  assert.deepEqual(h1.rvars.map((r) => r.name), ['r$x', 'r$y']);
  assert.deepEqual(producers(g, 'hist.1'), ['hist', 'input']);
  assert.equal(g.stages.find((s) => s.id === 'acc.0')!.origin, 'implicit');
  assert.equal(g.rdoms[0].dims[1].extentText, '2560');
  const upd = g.schedule.filter((d) => d.func === 'hist' && d.stage === 1).map((d) => d.name);
  assert.deepEqual(upd, ['update', 'parallel', 'vectorize']);
  assert.deepEqual(g.schedule.filter((d) => d.func === 'hist' && d.stage === 0).map((d) => d.name), ['compute_root']);
});

test('pyramids: Func arrays built in loops over a GeneratorParam are unrolled and named', () => {
  const g = gen(`std::vector<Func> down(levels);
    down[0] = Func("down_0");
    down[0](x, y) = cast<float>(input(x, y));
    for (int j = 1; j < levels; j++) {
      down[j] = Func("down_" + std::to_string(j));
      down[j](x, y) = (down[j - 1](2 * x, y) + down[j - 1](2 * x + 1, y)) * 0.5f;
    }
    output(x, y) = down[levels - 1](x, y);
    for (int j = 0; j < levels; j++) down[j].compute_root();`);
  assert.deepEqual(stageIds(g), ['down_0.0', 'down_1.0', 'down_2.0', 'output.0']);
  assert.deepEqual(producers(g, 'down_2.0'), ['down_1']);
  assert.deepEqual(producers(g, 'output.0'), ['down_2']);
  assert.equal(g.schedule.filter((d) => d.name === 'compute_root').length, 3);
  const c = g.stages.find((s) => s.id === 'down_1.0')!.calls[0];
  assert.deepEqual(c.argExprs[0], { op: 'mul', args: [{ op: 'const', value: 2 }, { op: 'var', name: 'x' }] });
});

test('member Func arrays with a constant size', () => {
  const g = gen(`for (int i = 0; i < 4; i++) {
      if (i == 0) stage[i](x, y) = cast<float>(input(x, y));
      else stage[i](x, y) = stage[i - 1](x, y) * sigma;
    }
    output(x, y) = stage[3](x, y);`, '  Func stage[4];');
  // Unnamed Funcs are Halide's f0, f1, ... in construction order (checked against Halide 14's own names).
  assert.deepEqual(stageIds(g), ['f0.0', 'f1.0', 'f2.0', 'f3.0', 'output.0']);
});

test('Expr locals carry their calls and ops into the stage that uses them', () => {
  const g = gen(`Expr sum = 0.0f;
    for (int dy = -1; dy <= 1; dy++) sum += cast<float>(input(x, y + dy));
    Expr avg = sum / 3.0f;
    output(x, y) = avg;`);
  const s = g.stages[0];
  assert.equal(s.calls.length, 3);
  assert.equal(s.ops.add.float32, 3);
  assert.equal(s.ops.div.float32, 1);
  assert.deepEqual(s.calls.map((c) => c.args[1]), ['y + dy', 'y + dy', 'y + dy']);
  assert.deepEqual(s.calls.map((c) => c.argExprs[1]), [-1, 0, 1].map((v) => ({ op: 'add', args: [{ op: 'var', name: 'y' }, { op: 'const', value: v }] })));
});

test('lambda, inline reductions and select', () => {
  const g = gen(`Func sq = lambda(x, y, cast<float>(input(x, y)) * cast<float>(input(x, y)));
    RDom k(-2, 5, "k");
    output(x, y) = select(x > 10, sum(sq(x + k, y)), 0.0f);`);
  const lam = g.funcs.find((f) => f.kind === 'lambda')!;
  const red = g.funcs.find((f) => f.kind === 'reduction')!;
  assert.ok(lam && red);
  assert.equal(red.stages.length, 2);
  assert.deepEqual(producers(g, 'output.0'), [red.name]);
  assert.deepEqual(producers(g, `${red.name}.1`), [lam.name, red.name].sort());
  assert.equal(g.stages.find((s) => s.id === 'output.0')!.ops.select.float32, 1);
});

test('schedule branches: manual vs auto, with and without auto_schedule', () => {
  const body = `Func f("f");
    f(x, y) = cast<float>(input(x, y));
    output(x, y) = f(x, y);
    if (auto_schedule) {
      input.set_estimates({{0, 100}, {0, 100}});
    } else {
      output.tile(x, y, xo, yo, xi, yi, 64, 32).vectorize(xi, 8).parallel(yo);
      f.compute_at(output, xo);
    }
    f.store_in(MemoryType::Stack);`;
  const g = gen(body);
  const byName = Object.fromEntries(g.schedule.map((d) => [d.name, d]));
  assert.equal(byName.tile.branch, 'manual');
  assert.equal(byName.tile.applies, true);
  assert.equal(byName.store_in.branch, 'always');
  assert.deepEqual(byName.tile.args, ['x', 'y', 'xo', 'yo', 'xi', 'yi', '64', '32']);
  assert.deepEqual(g.inputs[0].estimates.map((e) => e!.extent), [100, 100]);
  const text = `class G : public Halide::Generator<G> { public:
    Input<Buffer<uint8_t>> input{"input", 2}; Output<Buffer<float>> output{"output", 2};
    Var x{"x"}, y{"y"}, xi{"xi"}, yi{"yi"}, xo{"xo"}, yo{"yo"};
    void generate() { ${body} } };`;
  const auto = extract(text, { autoSchedule: true }).generators[0];
  assert.equal(auto.schedule.find((d) => d.name === 'tile')!.applies, false);
  assert.equal(auto.schedule.find((d) => d.name === 'store_in')!.applies, true);
});

test('GPU directives are read but marked as not modelled', () => {
  const g = gen(`output(x, y) = cast<float>(input(x, y));
    output.gpu_tile(x, y, xo, yo, xi, yi, 16, 16);
    output.vectorize(x, 8);`);
  assert.equal(g.schedule.find((d) => d.name === 'gpu_tile')!.modelled, false);
  assert.equal(g.schedule.find((d) => d.name === 'vectorize')!.modelled, true);
});

test('helper functions that build Funcs are expanded at each call', () => {
  const text = `#include "Halide.h"
using namespace Halide;
Func blur(Func in, Var x, Var y, const std::string &name) {
  Func b(name);
  b(x, y) = (in(x - 1, y) + in(x, y) + in(x + 1, y)) / 3.0f;
  return b;
}
class G : public Halide::Generator<G> { public:
  Input<Buffer<float>> input{"input", 2}; Output<Buffer<float>> output{"output", 2};
  Var x{"x"}, y{"y"};
  void generate() {
    Func a = blur(input, x, y, "a");
    Func b = blur(a, x, y, "b");
    output(x, y) = b(x, y);
  }
};`;
  const g = extract(text).generators[0];
  assert.deepEqual(stageIds(g), ['a.0', 'b.0', 'output.0']);
  assert.deepEqual(producers(g, 'a.0'), ['input']);
  assert.deepEqual(producers(g, 'b.0'), ['a']);
});

test('an autoscheduler schedule.h is mapped onto the generator by Func name', () => {
  const src = `class G : public Halide::Generator<G> { public:
    Input<Buffer<uint8_t>> input{"input", 2}; Output<Buffer<float>> output{"output", 2};
    Var x{"x"}, y{"y"};
    void generate() { Func f("f"); f(x, y) = cast<float>(input(x, y)); output(x, y) = f(x, y) + f(x + 1, y);
      if (!auto_schedule) { f.compute_root(); } } };`;
  const header = `#ifndef g_SCHEDULE_H
inline void apply_schedule_g(::Halide::Pipeline pipeline, ::Halide::Target target) {
    using ::Halide::Func;
    using ::Halide::Var;
    Func output = pipeline.get_func(1);
    Func f = pipeline.get_func(0);
    Var x(output.get_schedule().dims()[0].var);
    Var xi("xi");
    Var y(output.get_schedule().dims()[1].var);
    output
        .split(x, x, xi, 8, TailStrategy::ShiftInwards)
        .vectorize(xi)
        .compute_root()
        .parallel(y);
    f
        .store_at(output, y)
        .compute_at(output, x);
}
#endif`;
  const g = extract(src, { schedule: header }).generators[0];
  const fromHeader = g.schedule.filter((d) => d.source === 'schedule.h');
  assert.deepEqual(fromHeader.map((d) => `${d.func}.${d.name}`), ['output.split', 'output.vectorize', 'output.compute_root', 'output.parallel', 'f.store_at', 'f.compute_at']);
  assert.equal(g.schedule.find((d) => d.name === 'compute_root' && d.source === 'source')!.applies, false);
});

test('misparsed pure definitions `f(x, y) = 0;` are recovered', () => {
  const g = gen(`Func f("f");
    f(x, y) = 0;
    f(x, y) += cast<float>(input(x, y));
    output(x, y) = f(x, y);`);
  assert.deepEqual(stageIds(g), ['f.0', 'f.1', 'output.0']);
  assert.equal(g.stages.find((s) => s.id === 'f.0')!.origin, 'source');
});

test('unknown constructs become diagnostics on a partial graph, never exceptions', () => {
  const graph = extract(`class G : public Halide::Generator<G> { public:
    Output<Buffer<float>> output{"output", 2}; Var x{"x"}, y{"y"};
    void generate() {
      output(x, y) = mystery(x) + undefined_func(x, y);
      nothere.compute_root();
      for (int i = 0; i < n_unknown; i++) { output(x, y) += 1; }
      output(x, y) = 
  `);
  assert.equal(graph.generators.length, 1);
  const codes = graph.diagnostics.map((d) => d.code);
  assert.ok(codes.includes('syntax-error'), codes.join(','));
  assert.ok(codes.includes('unknown-func') || codes.includes('unread-construct'), codes.join(','));
  for (const d of graph.diagnostics) assert.ok(d.range.start.line >= 0);
});

test('directive arguments are typed: Vars, RVars, Funcs, folded constants, enums, lists', () => {
  const g = gen(`Func f("f");
    RDom r(0, 10, "r");
    f(x, y) = 0.0f;
    f(x, y) += cast<float>(input(x + r, y));
    output(x, y) = f(x, y);
    f.compute_at(output, yo).split(x, xo, xi, levels * 4, TailStrategy::RoundUp).reorder({xi, xo, y});
    f.update(0).unroll(r).vectorize(x, 8).store_in(MemoryType::Stack);`);
  const v = (name: string) => g.schedule.find((d) => d.name === name)!.values;
  assert.deepEqual(v('compute_at'), [{ kind: 'func', name: 'output' }, { kind: 'var', name: 'yo', rvar: false }]);
  assert.deepEqual(v('split'), [
    { kind: 'var', name: 'x', rvar: false }, { kind: 'var', name: 'xo', rvar: false }, { kind: 'var', name: 'xi', rvar: false },
    { kind: 'int', value: 12 }, { kind: 'enum', type: 'TailStrategy', value: 'RoundUp' },
  ]);
  assert.deepEqual(v('reorder'), [{ kind: 'list', items: ['xi', 'xo', 'y'].map((name) => ({ kind: 'var', name, rvar: false })) }]);
  assert.deepEqual(v('unroll'), [{ kind: 'var', name: 'r$x', rvar: true }]);
  assert.deepEqual(v('store_in'), [{ kind: 'enum', type: 'MemoryType', value: 'Stack' }]);
});

test('an RDom declared as a member and given its domain later', () => {
  const g = gen(`r = RDom(0, 5, 0, levels, "r");
    Func s("s");
    s(x, y) = 0.0f;
    s(x, y) += cast<float>(input(x + r.x, y + r.y));
    output(x, y) = s(x, y);`, '  RDom r;');
  assert.equal(g.rdoms.length, 1);
  assert.deepEqual(g.rdoms[0].dims.map((d) => [d.name, d.minText, d.extentText]), [['r$x', '0', '5'], ['r$y', '0', 'levels']]);
  assert.deepEqual(g.rdoms[0].dims[1].extent, { op: 'const', value: 3 });
  assert.deepEqual(g.stages.find((s) => s.id === 's.1')!.rvars.map((r) => r.name), ['r$x', 'r$y']);
});
