// The static front end on real generators written by others (../shared/realworld): what this suite
// checks it reads, it must keep reading. Namespace-scope Vars are the first such construct.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatorAround } from '../synthetic';
import { extract } from '../../server/src/halide/extract';
import { analyze } from '../../server/src/analysis/index';
import { withGuessedEstimates } from '../../server/src/halide/sizing';
import * as os from 'node:os';
import { fileIncludeResolver } from '../../server/src/halide/includes';
import { realworldFiles, realworldIncludes, REALWORLD } from '../paths';

const files = realworldFiles().filter((f) => /Generator\s*</.test(fs.readFileSync(f, 'utf8')));

test('realworld: the generators are there (CI has ../shared beside the clone)', () => {
  assert.ok(files.length >= 50, `${files.length} generator files in ${REALWORLD}`);
});

test('realworld: Vars and RVars declared at namespace scope are known to every generator of the file', () => {
  let checked = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    // Declarations at the start of a line outside any class or function body (brace depth from namespaces only).
    const shared = new Set<string>();
    for (const m of text.matchAll(/^(?:static\s+)?(?:Halide::)?R?Var\s+([^;]+);/gm)) {
      for (const d of m[1].split(/,(?![^(]*\))/)) shared.add(d.trim().split(/[\s({]/)[0]);
    }
    if (shared.size === 0) continue;
    const g = extract(text, { uri: path.basename(file) });
    const unknown = g.diagnostics.filter((d) => d.code === 'unknown-name').map((d) => /^'([^']+)'/.exec(d.message)?.[1]).filter((n) => n && shared.has(n));
    assert.deepEqual([...new Set(unknown)], [], `${path.basename(file)}: namespace-scope Vars reported unknown`);
    checked++;
  }
  assert.ok(checked >= 3, `files with namespace-scope Vars: ${checked}`);
});

test('realworld: a free helper over namespace-scope Vars builds its stage (HelloPyTorch add)', () => {
  const file = files.find((f) => f.endsWith('apps_HelloPyTorch__add_generator.cpp'));
  assert.ok(file, 'fixture present');
  const g = extract(fs.readFileSync(file!, 'utf8'), { uri: 'add_generator.cpp', generator: 'add' }).generators[0];
  assert.deepEqual(g.stages.map((s) => `${s.id}(${s.args.join(',')})`), ['f_output.0(x,y,c,n)', 'output.0(x,y,c,n)']);
  assert.deepEqual(g.edges.map((e) => `${e.producer}->${e.consumer}`).sort(), ['f_output->output.0', 'input_a->f_output.0', 'input_b->f_output.0']);
});

test('realworld: reading never throws, and every file gets a graph', () => {
  for (const file of files) {
    const g = extract(fs.readFileSync(file, 'utf8'), { uri: path.basename(file) });
    assert.equal(g.uri, path.basename(file));
  }
});

/** A one-input, one-output float generator around a generate() body (and any free functions before it). */
function generator(name: string, generate: string, before = ''): string {
  return generatorAround(name, `  Input<Buffer<float>> input{"input", 2};
  Output<Buffer<float>> output{"output", 2};
  Var x{"x"}, y{"y"}, xi{"xi"}, yi{"yi"};`, generate, before);
}

const TARGETED = generator('T', `    output(x, y) = input(x, y) * 2.0f;
    if (get_target().has_gpu_feature()) {
      output.gpu_tile(x, y, xi, yi, 16, 16);
    } else if (get_target().has_feature(Target::AVX512)) {
      output.vectorize(x, 16);
    } else {
      output.vectorize(x, 8);
    }
    if (target.arch == Target::X86 && get_target().features_any_of({Target::HVX_v62, Target::HVX_v65})) {
      output.parallel(y);
    }
`);

function readFor(target?: string) {
  const g = extract(TARGETED, { uri: 't.cpp', target });
  const schedule = g.generators[0].schedule.filter((d) => d.applies).map((d) => `${d.name}(${d.args.join(', ')})`);
  const unknown = g.diagnostics.filter((d) => /condition is not known/.test(d.message)).map((d) => d.range.start.line + 1);
  return { schedule, unknown };
}

test('target: conditions on get_target() are decided for the target the generator is read for', () => {
  // No target given: a CPU (no GPU, no Hexagon); whether it has AVX-512 is not known, so that branch is flagged.
  const avx512Line = TARGETED.split('\n').findIndex((l) => l.includes('Target::AVX512')) + 1;
  assert.deepEqual(readFor(), { schedule: ['vectorize(x, 16)'], unknown: [avx512Line] });
  assert.deepEqual(readFor('x86-64-linux-avx-avx2'), { schedule: ['vectorize(x, 8)'], unknown: [] });
  assert.deepEqual(readFor('x86-64-linux-avx-avx2-avx512'), { schedule: ['vectorize(x, 16)'], unknown: [] });
  assert.deepEqual(readFor('x86-64-linux-cuda'), { schedule: ['gpu_tile(x, y, xi, yi, 16, 16)'], unknown: [] });
  assert.deepEqual(readFor('x86-64-linux-hvx_v65'), { schedule: ['vectorize(x, 8)', 'parallel(y)'], unknown: [] });
  assert.deepEqual(readFor('arm-64-linux-hvx_v65'), { schedule: ['vectorize(x, 8)'], unknown: [] });
});

test('realworld: no GPU or Hexagon question about the target is left unread', () => {
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const g = extract(text, { uri: path.basename(file) });
    const left = g.diagnostics.filter((d) => /condition is not known/.test(d.message) && /has_gpu_feature|has_feature\(Target::HVX|features_any_of\(\{(Halide::)?Target::HVX/.test(lines[d.range.start.line]));
    assert.deepEqual(left.map((d) => `${path.basename(file)}:${d.range.start.line + 1}`), []);
  }
});

test('auto: a boundary condition, lambda or helper bound with `auto` is the Func it makes, as with `Func f = ...`', () => {
  const g = extract(generator('A', `
    const auto clamped = BoundaryConditions::repeat_edge(input);
    auto twice = doubled(clamped, x, y);
    output(x, y) = twice(x - 1, y) + twice(x + 1, y);`,
  'Func doubled(Func f, Var x, Var y) { Func d("doubled"); d(x, y) = f(x, y) * 2; return d; }'), { uri: 'a.cpp' });
  const gen = g.generators[0];
  assert.deepEqual(gen.edges.map((e) => `${e.producer}->${e.consumer}`).sort(), ['doubled->output.0', 'input->lambda_0.0', 'lambda_0->repeat_edge.0', 'repeat_edge->doubled.0']);
  assert.deepEqual(g.diagnostics.filter((d) => d.severity !== 'info'), []);
});

const edgesOf = (g: ReturnType<typeof extract>) => g.generators[0].edges.map((e) => `${e.producer}->${e.consumer}`).sort();
const unread = (g: ReturnType<typeof extract>) => g.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message);

test('out-of-class members: generate() written as `void Cls::generate()`, helpers and Vars from a base class', () => {
  const text = `#include "Halide.h"
using namespace Halide;
class Base {
protected:
  Var v_x{"x"}, v_y{"y"};
  Func brighten(Func in, float k);
};
Func Base::brighten(Func in, float k) { Func b("bright"); b(v_x, v_y) = in(v_x, v_y) * k; return b; }
class Gen : public Generator<Gen>, public Base {
public:
  Input<Buffer<float>> input{"input", 2};
  Output<Buffer<float>> output{"output", 2};
  void generate();
  void schedule();
};
void Gen::generate() { output(v_x, v_y) = brighten(input, 2.0f)(v_x, v_y) + 1.0f; }
void Gen::schedule() { output.vectorize(v_x, 8); }
HALIDE_REGISTER_GENERATOR(Gen, gen)
`;
  const g = extract(text, { uri: 'gen.cpp' });
  assert.deepEqual(unread(g), []);
  assert.deepEqual(edgesOf(g), ['bright->output.0', 'input->bright.0']);
  assert.deepEqual(g.generators[0].schedule.map((d) => `${d.func}.${d.name}(${d.args.join(', ')})`), ['output.vectorize(v_x, 8)']);
  assert.deepEqual(g.generators[0].stages.map((s) => s.pureVars.join(',')), ['x,y', 'x,y']);
});

test('realworld: generators whose generate() is defined out of the class are read (mediapipe, motioncam)', () => {
  for (const [suffix, name] of [['mediapipe__rgb_yuv_generator.cc', 'RgbYuv'], ['motioncam__PostProcessGenerator.cpp', 'GuidedFilter']]) {
    const file = files.find((f) => f.endsWith(suffix));
    assert.ok(file, `${suffix} present`);
    const g = extract(fs.readFileSync(file!, 'utf8'), { uri: suffix, generator: name });
    assert.ok(g.generators[0].stages.length >= 2, `${name}: ${g.generators[0].stages.length} stages`);
    assert.deepEqual(g.diagnostics.filter((d) => d.code === 'no-generate' || d.code === 'unknown-name'), []);
  }
});

test('array Inputs and Outputs are one Input / Output per element, named as Halide names them (in_0, in_1)', () => {
  const g = extract(generator('Arr', `
    Func sum_of("sum_of");
    sum_of(x, y) = planes[0](x, y) + planes[1](x, y);
    outs[0](x, y) = sum_of(x, y);
    outs[1](x, y) = planes[2](x, y) * 2.0f;
    outs[0].set_estimates({{0, 64}, {0, 32}});`).replace('Output<Buffer<float>> output{"output", 2};',
    'Input<Buffer<float>[3]> planes{"planes", 2};\n  Output<Func[2]> outs{"outs", Float(32), 2};'), { uri: 'arr.cpp' });
  const gen = g.generators[0];
  assert.deepEqual(gen.inputs.map((i) => i.name), ['input', 'planes_0', 'planes_1', 'planes_2']);
  assert.deepEqual(gen.outputs.map((o) => o.name), ['outs_0', 'outs_1']);
  assert.deepEqual(gen.outputs[0].estimates.map((e) => e?.extent), [64, 32]);
  assert.deepEqual(edgesOf(g), ['planes_0->sum_of.0', 'planes_1->sum_of.0', 'planes_2->outs_1.0', 'sum_of->outs_0.0']);
});

test('unnamed Funcs and Vars get Halide\'s names: f0, f1 ... and v0 ... in construction order, members first', () => {
  // The names Halide 14 itself gave this pipeline (pipeline_dump): member f0, then a, arr[0..1], vec[0..1], b.
  const text = generator('Unn', `
    Func a;
    Func arr[2];
    std::vector<Func> vec(2);
    Var u;
    a(x, y) = input(x, y) * 2.0f;
    arr[0](x, y) = a(x, y) + 1.0f;
    arr[1](x, y) = arr[0](x, y) + 1.0f;
    vec[0](x, y) = arr[1](x, y);
    vec[1](x, u) = vec[0](x, u) + 3.0f;
    member(x, y) = vec[1](x, y);
    Func b;
    b(x, y) = member(x, y);
    output(x, y) = b(x, y);`).replace('Var x{"x"}', 'Func member;\n  Var x{"x"}');
  const gen = extract(text, { uri: 'unn.cpp' }).generators[0];
  assert.deepEqual(gen.stages.map((s) => `${s.func}(${s.pureVars.join(',')})`), ['f1(x,y)', 'f2(x,y)', 'f3(x,y)', 'f4(x,y)', 'f5(x,v0)', 'f0(x,y)', 'f6(x,y)', 'output(x,y)']);
});

test('Halide\'s integer intrinsics, random numbers and C math are read with their types; unqualified boundary conditions too', () => {
  const g = extract(generator('Fx', `
    Func u8("u8");
    u8(x, y) = cast<uint8_t>(input(x, y));
    Func c = constant_exterior(u8, 0, {{0, 100}, {0, 100}});
    output(x, y) = cast<float>(widening_mul(c(x, y), c(x + 1, y))) + cast<float>(rounding_shift_right(saturating_add(c(x, y), c(x, y)), 1))
                 + random_float() + sqrtf(2.0f) + static_cast<float>(3);`), { uri: 'fx.cpp' });
  assert.deepEqual(unread(g), []);
  const out = g.generators[0].stages.find((s) => s.func === 'output')!;
  assert.equal(out.ops.mul?.uint16, 1, 'widening_mul(u8, u8) is a u16 multiply');
  assert.equal(out.ops.shift?.uint8, 1);
  assert.equal(out.ops.add?.uint8, 1);
  // Halide 14 builds constant_exterior over a repeat_edge of the same Func, and renames a Func called
  // like its own unnamed ones (`u8`) to `u8$0`.
  assert.deepEqual(edgesOf(g), ['constant_exterior->output.0', 'input->u8$0.0', 'repeat_edge->constant_exterior.0', 'u8$0->repeat_edge.0']);
});

test('`output = f;` makes f the output under its own name, as Halide 14 reports it; a schedule of output schedules f', () => {
  const g = extract(generator('Asg', `
    Func blur("blur");
    blur(x, y) = input(x, y) + input(x + 1, y);
    Func other("other");
    other(x, y) = blur(x, y) * 2.0f;
    output = other;
    output.vectorize(x, 8);
    output.set_estimates({{0, 640}, {0, 480}});`), { uri: 'asg.cpp' });
  const gen = g.generators[0];
  assert.deepEqual(unread(g), []);
  assert.deepEqual(gen.outputs.map((o) => `${o.name}:${o.estimates.map((e) => e?.extent).join('x')}`), ['other:640x480']);
  assert.deepEqual(gen.funcs.map((f) => `${f.name}:${f.kind}`), ['blur:func', 'other:output']);
  assert.deepEqual(gen.schedule.map((d) => `${d.func}.${d.name}`), ['other.vectorize']);
});

test('wrapper Funcs: f.in(g), f.clone_in(g), f.in() and input.in() are the stages Halide makes, named as it names them', () => {
  const g = extract(generator('W', `
    Func f("f"), g("g"), h("h"), k("k");
    f(x, y) = input(x, y) * 2.0f;
    g(x, y) = f(x, y) + f(x + 1, y);
    h(x, y) = f(x, y) - g(x, y);
    k(x, y) = g(x, y) * h(x, y);
    output(x, y) = k(x, y) + f(x, y);
    f.compute_root();
    f.in(g).compute_at(g, y).vectorize(x, 8);
    f.clone_in(h).compute_at(h, y);
    g.in().compute_root();
    input.in().compute_root();`), { uri: 'w.cpp' });
  const gen = g.generators[0];
  assert.deepEqual(unread(g), []);
  assert.deepEqual(edgesOf(g), [
    'f->f_in_g$0.0', 'f->output.0', 'f_clone_in_h$0->h.0', 'f_in_g$0->g.0', 'g->g_global_wrapper$0.0', 'g_global_wrapper$0->h.0',
    'g_global_wrapper$0->k.0', 'h->k.0', 'input->input_im_global_wrapper$0.0', 'input_im_global_wrapper$0->f.0',
    'input_im_global_wrapper$0->f_clone_in_h$0.0', 'k->output.0',
  ]);
  assert.deepEqual(gen.schedule.filter((d) => d.func.includes('$')).map((d) => `${d.func}.${d.name}(${d.args.join(', ')})`), [
    'f_in_g$0.compute_at(g, y)', 'f_in_g$0.vectorize(x, 8)', 'f_clone_in_h$0.compute_at(h, y)', 'g_global_wrapper$0.compute_root()', 'input_im_global_wrapper$0.compute_root()',
  ]);
});

test('local headers: helpers, Vars and base classes from `#include "..."` are read; a header\'s diagnostics carry its uri', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-include-'));
  try {
    fs.writeFileSync(path.join(dir, 'helpers.h'), `#pragma once
#include "Halide.h"
namespace helpers {
static Halide::Var hx("x"), hy("y");
inline Halide::Func blur3(Halide::Func in) {
  Halide::Func b("blur3");
  b(hx, hy) = (in(hx - 1, hy) + in(hx, hy) + in(hx + 1, hy)) / 3.0f + not_known(hx);
  return b;
}
}
`);
    const text = generator('Inc', `    output(x, y) = helpers::blur3(input)(x, y);`).replace('#include "Halide.h"', '#include "Halide.h"\n#include "helpers.h"');
    const file = path.join(dir, 'inc.cpp');
    const g = extract(text, { uri: file, includes: fileIncludeResolver() });
    assert.deepEqual(edgesOf(g), ['blur3->output.0', 'input->blur3.0']);
    assert.deepEqual(g.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${path.basename(d.uri ?? '')}:${d.range.start.line + 1}`), ['helpers.h:7']);
    // Without a resolver the helper is unknown, as before.
    assert.ok(extract(text, { uri: file }).diagnostics.some((d) => /blur3/.test(d.message)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('realworld: generators whose helpers live in their repository\'s headers read them (support/ in ../shared/realworld)', () => {
  const file = files.find((f) => f.endsWith('brightroom__generator.cpp'));
  assert.ok(file, 'fixture present');
  const text = fs.readFileSync(file!, 'utf8');
  const without = extract(text, { uri: file });
  const withHeaders = extract(text, { uri: file, includes: realworldIncludes(file!) });
  const stages = (g: ReturnType<typeof extract>) => g.generators.reduce((n, x) => n + x.stages.length, 0);
  assert.ok(stages(withHeaders) > stages(without) + 5, `${stages(without)} -> ${stages(withHeaders)} stages`);
  assert.deepEqual(withHeaders.diagnostics.filter((d) => /brightroom::/.test(d.message)), []);
});

test('generation-time questions: enum GeneratorParams against their enumerators, Input types, Func::defined(), braced range-for', () => {
  const text = generator('Q', `
    Func f("f");
    if (input.type().is_float() && input.type().bits() == 32 && input.dimensions() == 2) f(x, y) = input(x, y);
    else f(x, y) = input(x, y) + 100.0f;
    if (layout == Layout::Planar) output(x, y) = f(x, y);
    else output(x, y) = f(x, y) * 2.0f;
    for (int i : {8, 4}) {
      if (f.defined()) output.vectorize(x, i);
    }
    for (Func g : {f, output}) g.compute_root();`).replace('public:', `public:
  enum class Layout { Planar, Interleaved };
  GeneratorParam<Layout> layout{"layout", Layout::Planar, {{"planar", Layout::Planar}, {"interleaved", Layout::Interleaved}}};`);
  const read = (params?: Record<string, string>) => {
    const g = extract(text, { uri: 'q.cpp', params });
    const gen = g.generators[0];
    return {
      unread: unread(g),
      ops: gen.stages.map((s) => Object.keys(s.ops).sort().join('+')),
      schedule: gen.schedule.filter((d) => d.applies).map((d) => `${d.func}.${d.name}(${d.values.map((v) => (v.kind === 'int' ? v.value : v.kind === 'var' ? v.name : v.kind)).join(', ')})`),
    };
  };
  assert.deepEqual(read(), { unread: [], ops: ['load', 'load'], schedule: ['output.vectorize(x, 8)', 'output.vectorize(x, 4)', 'f.compute_root()', 'output.compute_root()'] });
  assert.deepEqual(read({ layout: 'interleaved' }).ops, ['load', 'load+mul']);
});

test('helpers that compute Exprs are expanded inside expressions; overloads are told apart by argument count; the target passes into helpers', () => {
  const g = extract(generator('H', `
    Func g("g");
    g(x, y) = h::sq(input(x, y)) + 1.0f;
    output(x, y) = h::cube(g, x, y) + h::cube(g, x);
    h::schedule_it(output, get_target(), x);`, `namespace h {
Expr sq(Expr a) { return a * a; }
auto cube(const Func &f, const Expr &x, const Expr &y) { return f(x, y) * f(x, y) * f(x, y); }
auto cube(const Func &f, const Expr &x) { return f(x, 0) - 1.0f; }
void schedule_it(Func f, const Target &t, Var v) { if (t.has_gpu_feature()) f.gpu_blocks(v); else f.vectorize(v, 8); }
}`), { uri: 'h.cpp' });
  assert.deepEqual(unread(g), []);
  const [gs, out] = g.generators[0].stages;
  assert.deepEqual(gs.ops, { load: { float32: 2 }, mul: { float32: 1 }, add: { float32: 1 } });
  assert.equal(out.calls.length, 4);
  assert.equal(out.ops.sub?.float32, 1);
  assert.deepEqual(g.generators[0].schedule.map((d) => `${d.name}:${d.applies}`), ['vectorize:true']);
});

test('class templates registered for several types are one generator per registration, T bound to each type; namespaced classes by their namespace', () => {
  const text = `#include "Halide.h"
using namespace Halide;
namespace v1 {
template <typename T, int N>
class Scale : public Generator<Scale<T, N>> {
public:
  Input<Buffer<T>> input{"input", 2};
  Output<Buffer<T>> output{"output", 2};
  Var x{"x"}, y{"y"};
  void generate() { output(x, y) = input(x, y) * N; }
};
}
namespace v2 {
class Scale : public Halide::Generator<Scale> {
public:
  Input<Buffer<uint8_t>> input{"input", 2};
  Output<Buffer<uint8_t>> output{"output", 2};
  Var x{"x"}, y{"y"};
  void generate() { output(x, y) = input(x, y) / 2; }
};
}
HALIDE_REGISTER_GENERATOR(v1::Scale<float, 3>, scale_f32)
HALIDE_REGISTER_GENERATOR(v1::Scale<double, 5>,
                          scale_f64)
HALIDE_REGISTER_GENERATOR(v2::Scale, scale_u8)
`;
  const g = extract(text, { uri: 's.cpp' });
  assert.deepEqual(g.generators.map((x) => `${x.registeredName}:${x.inputs[0].type}:${JSON.stringify(x.stages[0].ops)}`), [
    'scale_f32:float32:{"load":{"float32":1},"mul":{"float32":1}}',
    'scale_f64:float64:{"load":{"float64":1},"mul":{"float64":1}}',
    'scale_u8:uint8:{"load":{"uint8":1},"div":{"uint8":1}}',
  ]);
  assert.equal(extract(text, { uri: 's.cpp', generator: 'scale_f64' }).generators.length, 1);
});

test('realworld: a Func transposed through `fT(argsT) = f(f.args())` is a call over Vars, and every stage has known bounds (motioncam forward_transform)', () => {
  const file = files.find((f) => f.endsWith('motioncam__DenoiseGenerator.cpp'));
  assert.ok(file, 'fixture present');
  const g = extract(fs.readFileSync(file!, 'utf8'), { uri: 'denoise.cpp', generator: 'forward_transform_generator' }).generators[0];
  const transposed = g.stages.filter((s) => /Transposed$/.test(s.func));
  assert.equal(transposed.length, 12);
  for (const s of transposed) assert.deepEqual(s.calls[0].args, [s.pureVars[1], s.pureVars[0], ...s.pureVars.slice(2)], s.id);
  const unknown = analyze(g).stages.filter((q) => q.pointsComputed === null).map((q) => q.stage);
  assert.deepEqual(unknown, []);
});

test('realworld: resnet50 layer shapes kept in a struct (a helper returning {c, w, h}) size its reductions: every stage has known bounds', () => {
  const file = files.find((f) => f.endsWith('apps_resnet_50__Resnet50Generator.cpp'));
  assert.ok(file, 'fixture present');
  const g = extract(fs.readFileSync(file!, 'utf8'), { uri: 'resnet50.cpp', generator: 'resnet50' }).generators[0];
  assert.ok(g.stages.length > 300, `${g.stages.length} stages`);
  const unknown = analyze(withGuessedEstimates(g).graph).stages.filter((q) => q.pointsComputed === null).map((q) => q.stage);
  assert.deepEqual(unknown, []);
});
