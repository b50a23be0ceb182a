// Idioms of real generators the static front end reads as Halide 14 builds them: helpers whose
// bodies live in a header's companion source, Halide's implicit `_`, inline reductions given a
// name, and the order GCC evaluates a call's arguments in (which decides Halide's `$n` names).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { extract } from '../../server/src/halide/extract';
import { analyze } from '../../server/src/analysis/index';
import { fileIncludeResolver } from '../../server/src/halide/includes';
import type { StageGraph } from '../../server/src/halide/graph';

/** A generator with a 3-D uint8 input around a generate() body (and any free functions before it). */
function generator(name: string, generate: string, before = '', includes = ''): string {
  return `#include "Halide.h"
${includes}
using namespace Halide;
${before}
class ${name} : public Generator<${name}> {
public:
  Input<Buffer<uint8_t, 3>> input{"input"};
  Output<Buffer<uint8_t, 3>> output{"output"};
  Var x{"x"}, y{"y"};
  void generate() {
${generate}
  }
};
HALIDE_REGISTER_GENERATOR(${name}, ${name.toLowerCase()})
`;
}

const edges = (g: StageGraph) => g.generators[0].edges.map((e) => `${e.producer}->${e.consumer}`).sort();
const pure = (g: StageGraph) => g.generators[0].stages.filter((s) => s.index === 0).map((s) => `${s.func}(${s.pureVars.join(',')})`);

test('companion sources: a helper declared in a header and defined in the .cc beside it is expanded', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-companion-'));
  try {
    fs.writeFileSync(path.join(dir, 'common.h'), `#pragma once
#include "Halide.h"
namespace common {
void halve(Halide::Func input, Halide::Func result);
}
`);
    fs.writeFileSync(path.join(dir, 'common.cc'), `#include "common.h"
namespace common {
void halve(Halide::Func input, Halide::Func result) {
  Halide::Var x("x"), y("y");
  Halide::Func h("h");
  h(x, y, Halide::_) = input(x, y, Halide::_) / 2;
  result(x, y, Halide::_) = h(x, y, Halide::_);
}
}
`);
    const text = generator('Comp', '    common::halve(input, output);', '', '#include "common.h"');
    const file = path.join(dir, 'comp.cpp');
    const g = extract(text, { uri: file, includes: fileIncludeResolver() });
    assert.deepEqual(edges(g), ['h->output.0', 'input->h.0']);
    // `_` is the input's remaining dimension: Halide's implicit Var _0, on both sides.
    assert.deepEqual(pure(g), ['h(x,y,_0)', 'output(x,y,_0)']);
    // Without the companion the helper has no body: nothing defines the output.
    fs.rmSync(path.join(dir, 'common.cc'));
    assert.deepEqual(extract(text, { uri: file, includes: fileIncludeResolver() }).generators[0].edges, []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('implicit `_`: as many Vars as the widest call on the right leaves over', () => {
  const g = extract(generator('Imp', `
    Func a("a"), b("b");
    a(x, _) = input(x, 0, _) + 1;
    b(_) = a(x, _) * 2 + input(x, y, _);
    output(x, y, _) = b(_) + input(x, y, _);`), { uri: 'imp.cpp' });
  assert.deepEqual(pure(g), ['a(x,_0)', 'b(_0)', 'output(x,y,_0)']);
});

test('inline reductions given a name take it; a helper\'s default name argument too', () => {
  const g = extract(generator('Named', `
    RDom r(0, 3);
    output(x, y, _) = cast<uint8_t>(sum(input(x, y, r) * 2, "total") + norm(input(x, r, _)));`,
  'inline Expr norm(Expr in, const std::string &prefix = "norm") { return sqrt(sum(in * in, prefix + "_sum")); }'), { uri: 'named.cpp' });
  const funcs = g.generators[0].funcs.map((f) => f.name).sort();
  assert.deepEqual(funcs, ['norm_sum', 'output', 'total']);
  assert.ok(edges(g).includes('input->norm_sum.1'), edges(g).join(' '));
});

test('a call\'s arguments are read right to left, as GCC evaluates them: Funcs they make are named in that order', () => {
  const g = extract(generator('Order', `
    RDom r(-1, 3);
    Func prev("prev"), next("next");
    prev(x, y, _) = input(x, y, _);
    next(x, y, _) = input(x, y, _) + 1;
    output(x, y, _) = max(maximum(prev(x + r, y, _)), maximum(next(x + r, y, _)));`), { uri: 'order.cpp' });
  const e = edges(g);
  assert.ok(e.includes('next->maximum.1') && e.includes('prev->maximum$1.1'), e.join(' '));
});

test('switch on a value known at generation time runs the case taken, falling through to its break', () => {
  const text = (mode: string) => generator('Sw', `
    Func f("f");
    switch ((Mode)mode) {
    case Mode::Copy:
      f(x, y, _) = input(x, y, _);
      break;
    case Mode::Flip:
      f(x, y, _) = input(y, x, _);
    case Mode::Twice: {
      f(x, y, _) = f(x, y, _) * 2;
      break;
    }
    default:
      f(x, y, _) = input(x, y, _) + 1;
    }
    output(x, y, _) = f(x, y, _);`,
  'enum class Mode { Copy, Flip, Twice, Other };').replace('Var x{"x"}', `GeneratorParam<Mode> mode{"mode", Mode::${mode}, {{"copy", Mode::Copy}, {"flip", Mode::Flip}, {"twice", Mode::Twice}, {"other", Mode::Other}}};\n  Var x{"x"}`);
  const read = (mode: string) => {
    const g = extract(text(mode), { uri: 'sw.cpp' });
    return g.generators[0].stages.map((s) => `${s.id}:${s.calls.map((c) => `${c.callee}(${c.args.join(',')})`).join(' ')}`);
  };
  assert.deepEqual(read('Copy'), ['f.0:input(x,y,_0)', 'output.0:f(x,y,_0)']);
  // Flip falls through into Twice's update.
  assert.deepEqual(read('Flip'), ['f.0:input(y,x,_0)', 'f.1:f(x,y,_0)', 'output.0:f(x,y,_0)']);
  assert.deepEqual(read('Other'), ['f.0:input(x,y,_0)', 'output.0:f(x,y,_0)']);
});

test('define_extern: one pure stage over _0.._n-1 that reads the Funcs it takes at its own coordinates', () => {
  const g = extract(generator('Ext', `
    Func pre("pre"), ext("ext");
    pre(x, y, _) = input(x, y, _) * 2;
    ext.define_extern("blur", {pre, input.dim(0).extent()}, UInt(8), 3);
    output(x, y, _) = ext(x, y, _);
    ext.compute_root();`), { uri: 'ext.cpp' });
  const gen = g.generators[0];
  assert.deepEqual(gen.funcs.map((f) => f.name).sort(), ['ext', 'output', 'pre']);
  assert.deepEqual(pure(g).sort(), ['ext(_0,_1,_2)', 'output(x,y,_0)', 'pre(x,y,_0)']);
  assert.deepEqual(edges(g), ['ext->output.0', 'input->pre.0', 'pre->ext.0']);
  assert.deepEqual(gen.stages.find((s) => s.id === 'ext.0')?.calls.map((c) => `${c.callee}(${c.args.join(',')})`), ['pre(_0,_1,_2)']);
  assert.equal(gen.funcs.find((f) => f.name === 'ext')?.extern, 'blur');
});

test('a pointer or reference to an Input or Func is that Input or Func (`Input<...> *in = &a; (*in)(x, y)`)', () => {
  const g = extract(generator('Ptr', `
    Input<Buffer<uint8_t, 3>> *in = &input;
    auto &out = output;
    Func t("t");
    t(x, y, _) = BoundaryConditions::repeat_edge(*in)(x, y, _);
    out(x, y, _) = t(x, y, _) + (*in)(x, y, _);`), { uri: 'ptr.cpp' });
  assert.deepEqual(g.generators[0].inputs.map((i) => i.name), ['input']);
  assert.deepEqual(edges(g), ['input->lambda_0.0', 'input->output.0', 'lambda_0->repeat_edge.0', 'repeat_edge->t.0', 't->output.0']);
});

test('a member function declared in the class (`Func down(Func f, Func &t);`) constructs no Func; Funcs made later keep Halide\'s numbers', () => {
  const text = `#include "Halide.h"
using namespace Halide;
class Base {
public:
  Func down(Func f, Func &tmp);
  Func up(Func f);
  Var v_x{"x"}, v_y{"y"};
};
class Mem : public Generator<Mem>, public Base {
public:
  Input<Buffer<uint8_t, 2>> input{"input"};
  Output<Buffer<uint8_t, 2>> output{"output"};
  void generate() {
    Func a;
    a(v_x, v_y) = input(v_x, v_y);
    Func clamped = BoundaryConditions::repeat_edge(a, {{0, 10}, {0, 10}});
    output(v_x, v_y) = clamped(v_x, v_y);
  }
};
HALIDE_REGISTER_GENERATOR(Mem, mem)
`;
  const g = extract(text, { uri: 'mem.cpp' });
  assert.deepEqual(edges(g), ['f0->repeat_edge.0', 'input->f0.0', 'repeat_edge->output.0']);
  // A boundary condition's Vars are the source's pure Vars by their Halide names (`v_x` is x).
  assert.deepEqual(pure(g), ['f0(x,y)', 'repeat_edge(x,y)', 'output(x,y)']);
});

test('copy_to_device / copy_to_host make the Func Halide\'s buffer copy, an extern stage reading its source', () => {
  const g = extract(generator('Copy', `
    Func work("work");
    work(x, y, _) = input(x, y, _) * 2;
    output(x, y, _) = work(x, y, _);
    output.copy_to_device();`), { uri: 'copy.cpp' });
  assert.deepEqual(g.generators[0].funcs.map((f) => f.name).sort(), ['output', 'work']);
  assert.deepEqual(edges(g), ['input->work.0', 'work->output.0']);
  assert.equal(g.generators[0].funcs.find((f) => f.name === 'output')?.extern, 'halide_buffer_copy');
});

test('GeneratorInput / GeneratorOutput are Input / Output; a builtin overloaded only for the file\'s own type (cos(FixedN)) stays the builtin on Exprs', () => {
  const text = `#include "Halide.h"
using namespace Halide;
template<int NB> struct FixedN { Expr v; };
template<int NB> FixedN<NB> to_fixed(Expr x) { return FixedN<NB>{x}; }
template<int NB> FixedN<NB> cos(const FixedN<NB> &x) { return to_fixed<NB>(cos(x.v)); }
class Long : public Generator<Long> {
public:
  GeneratorInput<Buffer<float>> input{"input", 2};
  GeneratorInput<float> angle{"angle", 0.0f};
  GeneratorOutput<Buffer<float>> output{"output", 2};
  Var x{"x"}, y{"y"};
  void generate() {
    Expr c = cos(angle * 3.14159f);
    output(x, y) = input(x, y) * c;
  }
};
HALIDE_REGISTER_GENERATOR(Long, long_gen)
`;
  const g = extract(text, { uri: 'long.cpp' });
  const gen = g.generators[0];
  assert.deepEqual(gen.inputs.map((i) => i.name), ['input', 'angle']);
  assert.deepEqual(gen.outputs.map((o) => o.name), ['output']);
  assert.deepEqual(edges(g), ['input->output.0']);
  assert.deepEqual(g.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message), []);
});

test('overloads with the same argument count: the one whose parameter types the arguments fit (template type deduced once, Var takes a Var)', () => {
  const g = extract(generator('Ovl', `
    Func fwd("fwd");
    fwd(x, y, _) = input(x, y, _);
    output(x, y, _) = pick(fwd, scale, x, y);`,
  `template <typename In> Expr pick(const In &a, const In &b, const Halide::Var &x, const Halide::Var &y) { Func two("two"); two(x, y, _) = a(x, y, _) + b(x, y, _); return two(x, y, _); }
template <typename In> Expr pick(const In &f, const Halide::Expr &s, const Halide::Var &x, const Halide::Var &y) { Func one("one"); one(x, y, _) = f(x, y, _) * s; return one(x, y, _); }`)
    .replace('Output<Buffer<uint8_t, 3>> output{"output"};', 'Output<Buffer<uint8_t, 3>> output{"output"};\n  Input<float> scale{"scale"};'), { uri: 'ovl.cpp' });
  assert.deepEqual(edges(g), ['fwd->one.0', 'input->fwd.0', 'one->output.0']);
});

test('`Func helper();` declares a function (no Func is constructed): later unnamed Funcs keep Halide\'s numbers', () => {
  const g = extract(generator('Decl', `
    Func a;
    a(x, y, _) = input(x, y, _);
    output(x, y, _) = a(x, y, _);`).replace('Var x{"x"}', 'Func helper();\n  Var x{"x"}'), { uri: 'decl.cpp' });
  assert.deepEqual(edges(g), ['f0->output.0', 'input->f0.0']);
});

test('compute_at / store_at given a LoopLevel: root(), inlined(), LoopLevel(g, y), or a local chosen at generation time', () => {
  const read = (shallow: boolean) => {
    const g = extract(generator('Lvl', `
    Func a("a"), b("b");
    a(x, y, _) = input(x, y, _);
    b(x, y, _) = a(x, y, _) + 1;
    output(x, y, _) = b(x, y, _);
    LoopLevel at = ${shallow} ? LoopLevel::root() : LoopLevel(output, y);
    a.compute_at(at);
    b.compute_at(LoopLevel(output, y)).store_at(LoopLevel::root());`), { uri: 'lvl.cpp' });
    return g.generators[0].schedule.map((d) => `${d.func}.${d.name}(${d.args.join(',')})`);
  };
  assert.deepEqual(read(true), ['a.compute_root()', 'b.compute_at(output,y)', 'b.store_root()']);
  assert.deepEqual(read(false), ['a.compute_at(output,y)', 'b.compute_at(output,y)', 'b.store_root()']);
});

test('a helper\'s arguments are read right to left too: unnamed Funcs made in them are numbered in that order', () => {
  const g = extract(generator('HelperOrder', `
    output(x, y, _) = blend(twice(input), twice(input))(x, y, _);`,
  `Func twice(Func in) { Func t; Var a, b; t(a, b, _) = in(a, b, _) * 2; return t; }
Func blend(Func p, Func q) { Func r("r"); Var a, b; r(a, b, _) = p(a, b, _) - q(a, b, _); return r; }`), { uri: 'ho.cpp' });
  const r = g.generators[0].stages.find((s) => s.func === 'r')!;
  // q (the right argument) is made first: f0; p second: f1.
  assert.deepEqual(r.calls.map((c) => c.callee), ['f1', 'f0']);
});

test('a generator registered by a type alias (`using Inference = Model<false>;`) is the class template it names, with its arguments', () => {
  const text = `#include "Halide.h"
using namespace Halide;
template<bool training>
class Model : public Generator<Model<training>> {
public:
  Input<Buffer<float>> input{"input", 2};
  Output<Buffer<float>> output{"output", 2};
  Var x{"x"}, y{"y"};
  void generate() {
    if (training) output(x, y) = input(x, y) * 2.0f;
    else output(x, y) = input(x, y);
  }
};
using Inference = Model<false>;
typedef Model<true> Training;
HALIDE_REGISTER_GENERATOR(Inference, model_inference)
HALIDE_REGISTER_GENERATOR(Training, model_training)
`;
  const g = extract(text, { uri: 'alias.cpp' });
  assert.deepEqual(g.generators.map((x) => x.registeredName), ['model_inference', 'model_training']);
  const ops = g.generators.map((x) => Object.keys(x.stages[0].ops).includes('mul'));
  assert.deepEqual(ops, [false, true]);
});

test('an inline reduction is an update without a pure definition: it takes unnamed Vars\' names (one per free Var, and one more)', () => {
  const g = extract(generator('RedVars', `
    RDom r(0, 3);
    Func k("k");
    k(x, y, _) = input(x, y, _);
    Expr s = sum(k(x, y + r, _), "s");
    Var a, b;
    output(a, b, _) = k(a, b, _);`), { uri: 'rv.cpp' });
  // sum over x, y, _0 takes v0..v3; a, b are then v4, v5.
  assert.deepEqual(pure(g), ['k(x,y,_0)', 'output(v4,v5,_0)']);
});

test('static_cast<bool>/<int> of a GeneratorParam decides a branch at generation time; an Expr\'s type() is its own', () => {
  // As blas_l1's `if (static_cast<bool>(scale_x_) && static_cast<bool>(add_to_y_))`.
  const text = (scale: boolean) => generator('Sc', `
    Func f("f");
    if (static_cast<bool>(scale_x) && static_cast<int>(2.7f) == 2) {
      f(x, y, _) = input(x, y, _) * 2;
    } else {
      f(x, y, _) = input(y, x, _);
    }
    Expr e = cast<float>(f(x, y, _));
    if (e.type().is_float()) {
      output(x, y, _) = cast<uint8_t>(e);
    } else {
      output(x, y, _) = f(x, y, _);
    }`).replace('Var x{"x"}', `GeneratorParam<bool> scale_x{"scale_x", ${scale}};\n  Var x{"x"}`);
  const read = (scale: boolean) => {
    const r = extract(text(scale), { uri: 'sc.cpp' });
    const diags = r.diagnostics ?? [];
    assert.deepEqual(diags.filter((d) => /first branch/.test(d.message)).map((d) => d.message), [], 'every condition decided');
    return r.generators[0].stages.map((s) => `${s.id}:${s.calls.map((c) => `${c.callee}(${c.args.join(',')})`).join(' ')}`);
  };
  assert.deepEqual(read(true), ['f.0:input(x,y,_0)', 'output.0:f(x,y,_0)']);
  assert.deepEqual(read(false), ['f.0:input(y,x,_0)', 'output.0:f(x,y,_0)']);
});

test('braced construction (`Tuple{a, b}`, `Expr{e}`, `std::vector<Expr>{...}`) builds what the call with parentheses would', () => {
  // As compositing's `return Tuple{c};` and proximal's braced RDoms and containers.
  const text = generator('Br', `
    Func f("f"), g("g"), h("h");
    f(x, y, _) = Tuple{input(x, y, _) + 1, input(y, x, _)};
    Expr e = Expr{cast<uint16_t>(f(x, y, _)[1])};
    std::vector<Expr> parts = std::vector<Expr>{e, input(x, y, _)};
    g(x, y, _) = parts[0] + parts[1];
    output(x, y, _) = cast<uint8_t>(g(x, y, _) + f(x, y, _)[0]);`);
  const r = extract(text, { uri: 'br.cpp' });
  assert.deepEqual(r.diagnostics.filter((d) => /not read|not understood/.test(d.message)).map((d) => d.message), []);
  const f = r.generators[0].stages.find((s) => s.id === 'f.0')!;
  assert.equal(f.types.length, 2, 'f is a Tuple of two values');
  assert.deepEqual(r.generators[0].stages.map((s) => `${s.id}:${s.calls.map((c) => `${c.callee}(${c.args.join(',')})`).join(' ')}`),
    ['f.0:input(x,y,_0) input(y,x,_0)', 'g.0:f(x,y,_0) input(x,y,_0)', 'output.0:g(x,y,_0) f(x,y,_0)']);
});

test('most vexing parse: `RDom tail(n * v, n);` over local values builds the RDom; a declared function stays a declaration', () => {
  // As blas_l1's `RDom tail(size_vecs * vec_size, size_tail);`, which a parser reads as a function
  // with parameters `size_vecs *vec_size` and `size_tail`.
  const text = generator('Vx', `
    Func helper(Func f, Expr &e);
    Expr n = input.width() / 8;
    const int v = 8;
    RDom tail(n * v,
              n);
    Func s("s");
    s(x) = 0;
    s(x) += input(tail, x, 0);
    s.update(0).unscheduled();
    output(x, y, _) = cast<uint8_t>(s(x));`);
  const r = extract(text, { uri: 'vx.cpp' });
  assert.deepEqual(r.diagnostics.filter((d) => d.severity !== 'info' || /directive/.test(d.message)).map((d) => d.message), []);
  const g = r.generators[0];
  assert.deepEqual(g.rdoms.map((d) => d.dims.map((x) => `${x.minText}..${x.extentText}`)), [['n * v..n']]);
  assert.deepEqual(g.stages.find((s) => s.id === 's.1')!.calls.map((c) => `${c.callee}(${c.args.join(',')})`), ['s(x)', 'input(tail,x,0)']);
  assert.deepEqual(g.funcs.map((f) => f.name).sort(), ['output', 's']);
});

test('`auto r = RDom{...}` and `auto v = Halide::Var("v")` declare the RDom or Var they construct', () => {
  // As sara's LocalExtremum.hpp writes `const auto r = RDom{-1, 3, -1, 3};`.
  const text = generator('Ad', `
    const auto r = RDom{-1, 3, -1, 3};
    auto k = Halide::RDom(0, 4, "k");
    auto c = Halide::Var("c");
    Func m("m");
    m(x, y, c) = cast<uint16_t>(0);
    m(x, y, c) = max(m(x, y, c), input(x + r.x, y + r.y, c));
    m(x, y, c) += cast<uint16_t>(input(x, y, k));
    output(x, y, c) = cast<uint8_t>(m(x, y, c));`);
  const r = extract(text, { uri: 'ad.cpp' });
  assert.deepEqual(r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message), []);
  const g = r.generators[0];
  assert.deepEqual(g.rdoms.map((d) => d.dims.map((x) => `${x.minText}..${x.extentText}`)), [['-1..3', '-1..3'], ['0..4']]);
  assert.deepEqual(g.stages.find((s) => s.id === 'm.1')!.rvars.map((v) => v.name.replace(/^r\d+/, 'r')).sort(), ['r$x', 'r$y']);
  assert.deepEqual(g.stages.find((s) => s.id === 'm.2')!.rvars.map((v) => v.name), ['k$x']);
  assert.deepEqual(g.stages.find((s) => s.id === 'output.0')!.pureVars, ['x', 'y', 'c']);
});

test('the file\'s own functions of plain values decide branches at generation time, for the target read for', () => {
  // As hannk's `use_8bit_multiply(target)` and common_halide's `get_register_count(target)`.
  const before = `
bool use_8bit(const Target &target) { return target.arch != Target::X86 || target.has_feature(Target::AVX512_SapphireRapids); }
int register_count(const Target &target) {
  switch (target.arch) {
  case Target::X86:
    return target.features_any_of({Target::AVX512_Skylake, Target::AVX512_Cannonlake}) ? 32 : 16;
  default:
    return 16;
  }
}`;
  const text = generator('Gt', `
    Func wide("wide"), narrow("narrow");
    if (use_8bit(target)) { narrow(x, y, _) = input(x, y, _); } else { wide(x, y, _) = cast<int16_t>(input(x, y, _)); }
    if (register_count(get_target()) < 32 && wide.dimensions() == 3) {
      output(x, y, _) = cast<uint8_t>(wide(x, y, _) / 2);
    } else {
      output(x, y, _) = cast<uint8_t>(wide(x, y, _));
    }`, before);
  const read = (target: string) => {
    const r = extract(text, { uri: 'gt.cpp', target });
    assert.deepEqual(r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message), [], target);
    return r.generators[0].stages.map((s) => `${s.id}:${Object.keys(s.ops).join(',')}`);
  };
  // x86 without SapphireRapids: the 16-bit path; 16 registers without AVX-512: the halving branch.
  assert.deepEqual(read('x86-64-linux-avx-avx2'), ['wide.0:load,cast', 'output.0:load,div,cast']);
  assert.deepEqual(read('x86-64-linux-avx-avx2-avx512-avx512_skylake'), ['wide.0:load,cast', 'output.0:load,cast']);
});

test('range-for over a std::vector the generator filled (numbers, pairs) runs its body per element', () => {
  // As hannk's conv: `for (auto i : tile_sizes) { const int tile_c = i.first; ... }`.
  const text = generator('Rf', `
    std::vector<std::pair<int, int>> sizes;
    for (int t = 2; t >= 1; t /= 2) sizes.emplace_back(t * 16, t);
    std::vector<int> shifts = {1, 2};
    Func cur("cur");
    cur(x, y, _) = cast<uint16_t>(input(x, y, _));
    for (auto i : sizes) {
      Func next;
      next(x, y, _) = cur(x + i.second, y, _) + cur(x, y + i.first, _);
      cur = next;
    }
    for (int k : shifts) {
      Func next;
      next(x, y, _) = cur(x + k, y, _);
      cur = next;
    }
    output(x, y, _) = cast<uint8_t>(cur(x, y, _));`);
  const r = extract(text, { uri: 'rf.cpp' });
  assert.deepEqual(r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message), []);
  // The offsets each call reads at (x and y), as the front end folded them.
  const off = (e: { op: string; args?: unknown[]; value?: number }): number => (e.op === 'add' ? off((e.args as typeof e[])[1]) : e.op === 'const' ? e.value! : 0);
  const calls = r.generators[0].stages.filter((s) => s.id !== 'cur.0' && s.id !== 'output.0').map((s) => s.calls.map((c) => c.argExprs.slice(0, 2).map(off).join(',')).join(' '));
  assert.deepEqual(calls, ['2,0 0,32', '1,0 0,16', '1,0', '2,0']);
});

test('`f.args().size()` is a defined Func\'s dimensions, a loop bound known at generation time', () => {
  // As linear_blur's `for (size_t i = 2; i < srgb.args().size(); ++i) srgb.set_estimate(srgb.args()[i], 0, C);`.
  const text = generator('Ar', `
    Func f("f");
    f(x, y, _) = input(x, y, _);
    int n = 0;
    for (size_t i = 0; i < f.args().size(); ++i) n += 10;
    output(x, y, _) = f(x + n, y, _);`);
  const r = extract(text, { uri: 'ar.cpp' });
  assert.deepEqual(r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message), []);
  const call = r.generators[0].stages.find((s) => s.id === 'output.0')!.calls[0];
  assert.deepEqual(call.argExprs[0], { op: 'add', args: [{ op: 'var', name: 'x' }, { op: 'const', value: 30 }] });
});

test('std::tie, structured bindings and a helper returning a std::tuple bind each part', () => {
  // As ProxImaL's `std::tie(v_list[i], z_list[i], u_list[i]) = iterate(...)` and `const auto [r, s] = ...`.
  const before = `
Var u("u"), v("v"), w("w");
std::tuple<Func, Expr> step(Func in, int k) {
  Func out;
  out(u, v, w) = in(u + k, v, w);
  return {out, Expr(k)};
}`;
  const text = generator('Tp', `
    Func f("f"), g("g");
    f(x, y, _) = input(x, y, _);
    g(x, y, _) = input(x, y, _) / 2;
    Func h, k;
    std::tie(h, k) = std::make_pair(g, f);
    std::vector<Func> fs(2);
    Expr shift;
    std::tie(fs[0], shift) = step(h, 3);
    const auto [s, t] = step(k, 5);
    output(x, y, _) = fs[0](x, y + shift, _) + s(x, y + t, _);`, before);
  const r = extract(text, { uri: 'tp.cpp' });
  assert.deepEqual(r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message), []);
  const stages = r.generators[0].stages;
  // fs[0] is step's Func over h (= g), s its Func over k (= f); the shifts are the tuples' Exprs.
  const out = stages.find((st) => st.id === 'output.0')!;
  const producers = out.calls.map((c) => stages.find((st) => st.func === c.callee)!.calls[0].callee);
  assert.deepEqual(producers, ['g', 'f']);
  assert.deepEqual(out.calls.map((c) => c.argExprs[1]), [
    { op: 'add', args: [{ op: 'var', name: 'y' }, { op: 'const', value: 3 }] },
    { op: 'add', args: [{ op: 'var', name: 'y' }, { op: 'const', value: 5 }] },
  ]);
});

test('a C++ functional cast (`float(n)`, `uint16_t(e)`) is a number of that type, or a cast', () => {
  const text = generator('Fc', `
    const int n = 3;
    Func f("f");
    f(x, y, _) = uint16_t(input(x, y, _)) * float(n);
    output(x, y, _) = cast<uint8_t>(f(x, y, _));`);
  const r = extract(text, { uri: 'fc.cpp' });
  assert.deepEqual(r.diagnostics.filter((d) => /not understood|not read/.test(d.message)).map((d) => d.message), []);
  const f = r.generators[0].stages.find((s) => s.id === 'f.0')!;
  assert.deepEqual(f.types, ['float32']);
  assert.ok(Object.keys(f.ops).some((k) => /cast/.test(k)), JSON.stringify(f.ops));
});

test('a generation-time counter in an Expr (`in(x, idx++)`) reads its value and moves on', () => {
  // As Adams2019's cost model reads one feature plane per `schedule_features(n, idx++, w)`.
  const text = generator('Ctr', `
    int idx = 0;
    Expr a = input(x, y, idx++);
    Expr b = input(x, y, idx++);
    Expr c = input(x, y, ++idx);
    output(x, y, _) = a + b + c + idx;`);
  const r = extract(text, { uri: 'ctr.cpp' });
  assert.deepEqual(r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message), []);
  const out = r.generators[0].stages.find((s) => s.id === 'output.0')!;
  assert.deepEqual(out.calls.map((c) => c.argExprs[2]), [{ op: 'const', value: 0 }, { op: 'const', value: 1 }, { op: 'const', value: 3 }]);
});

test('std::find and std::distance over a list of constants pick the branch a generator takes', () => {
  // ResNet-50's find_index: a block gets its projection shortcut when it is in a list of blocks.
  const text = generator('Find', `
    std::vector<Func> layers;
    Func prev = input;
    for (int i = 0; i < 4; i++) {
      Func f("layer_" + std::to_string(i));
      int k = find_index(i, blocks);
      if (k >= 0) f(x, y, _) = prev(x, y, _) + k;
      else f(x, y, _) = prev(x, y, _) * 2;
      int n = (int)std::count(blocks.begin(), blocks.end(), i);
      if (n == 1) f.compute_root();
      prev = f;
    }
    output(x, y, _) = prev(x, y, _);`, `
const std::vector<int> blocks{0, 2};
int find_index(int value, std::vector<int> vec) {
  std::vector<int>::iterator it = std::find(vec.begin(), vec.end(), value);
  if (it == vec.end()) return -1;
  return std::distance(vec.begin(), it);
}`);
  const r = extract(text, { uri: 'find.cpp' });
  assert.deepEqual(r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message), []);
  const g = r.generators[0];
  // Blocks 0 and 2 add (k = 0, 1); blocks 1 and 3 multiply.
  const op = (f: string) => Object.keys(g.stages.find((s) => s.id === `${f}.0`)!.ops).join();
  assert.match(op('layer_0'), /add/);
  assert.match(op('layer_1'), /mul/);
  assert.match(op('layer_2'), /add/);
  assert.match(op('layer_3'), /mul/);
  const roots = g.schedule.filter((d) => d.name === 'compute_root' && d.applies).map((d) => d.func).sort();
  assert.deepEqual(roots, ['layer_0', 'layer_2']);
});

test('a Func handle bound to an Input and rebound layer by layer (`Func x = input; x = layer(x);`)', () => {
  const text = generator('Rebind', `
    Func prev = input;
    for (int i = 0; i < 3; i++) {
      Func f("layer_" + std::to_string(i));
      f(x, y, _) = prev(x, y, _) + 1;
      prev = f;
    }
    output(x, y, _) = prev(x, y, _);`);
  const r = extract(text, { uri: 'rebind.cpp' });
  assert.deepEqual(r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message), []);
  assert.deepEqual(edges(r), ['input->layer_0.0', 'layer_0->layer_1.0', 'layer_1->layer_2.0', 'layer_2->output.0']);
});

test('an Expr parameter bound to a scalar Input and reassigned (`fx = cast<int>(fx * 65536)`) is an Expr from then on', () => {
  // mediapipe's resize_bilinear_int: the scale arrives as an Input<float> and is made fixed-point.
  const text = `#include "Halide.h"
using namespace Halide;
void resize(Func input, Func result, Expr fx) {
  Var x{"x"}, y{"y"};
  fx = cast<int>(fx * 65536);
  Expr xi = cast<int>(x * fx / 65536);
  result(x, y, _) = input(xi, y, _);
}
class Resize : public Generator<Resize> {
public:
  Input<Buffer<uint8_t, 3>> input{"input"};
  Input<float> scale{"scale"};
  Output<Func> output{"output", UInt(8), 3};
  void generate() { resize(BoundaryConditions::repeat_edge(input), output, scale); }
};
HALIDE_REGISTER_GENERATOR(Resize, resize)
`;
  const r = extract(text, { uri: 'resize.cpp' });
  assert.deepEqual(r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message), []);
  // The index counts the reassignment's multiply as well as `x * fx` (the Input alone would be one).
  const out = r.generators[0].stages.find((s) => s.func === 'output')!;
  const muls = Object.values(out.ops.mul ?? {}).reduce((a, b) => a + b, 0);
  assert.equal(muls, 2, JSON.stringify(out.ops));
});

test('a Func called with a list of Vars (`f(f.args())`, a std::vector<Var>) reads as a call over those Vars', () => {
  const g = extract(generator('ListArgs', `
    Func f("f"), t("t"), s("s");
    f(x, y, c) = input(x, y, c) * 2;
    std::vector<Var> swapped(f.args());
    std::swap(swapped[0], swapped[1]);
    t(swapped) = f(f.args());
    std::vector<Var> vs = {x, y, c};
    s(x, y, c) = t(vs);
    output(x, y, c) = s(x, y, c);`).replace('Var x{"x"}, y{"y"};', 'Var x{"x"}, y{"y"}, c{"c"};'), { uri: 'list.cpp' });
  const gen = g.generators[0];
  const call = (func: string) => gen.stages.find((st) => st.func === func)!.calls[0];
  assert.deepEqual(pure(g).slice(0, 2), ['f(x,y,c)', 't(y,x,c)']);
  assert.deepEqual(call('t').args, ['x', 'y', 'c']);
  assert.deepEqual(call('t').argExprs, [{ op: 'var', name: 'x' }, { op: 'var', name: 'y' }, { op: 'var', name: 'c' }]);
  assert.deepEqual(call('s').args, ['x', 'y', 'c']);
});

test('a Func called with a list of Exprs reads as a call over them; a builtin the file overloads for its own type takes the overload', () => {
  // As sar-app's complex numbers: a plane index prepended to a std::vector<Expr> (`inner(idx)`), and
  // `abs(Cplx)` (the file's own, from the real and imaginary parts) beside Halide's abs.
  const before = `
struct Cplx {
  Expr re, im, both;
  Cplx(Func f, Var k, std::vector<Expr> at) {
    std::vector<Expr> ri = {Expr(0)};
    std::vector<Expr> ii = {Expr(1)};
    std::vector<Expr> bi = {k};
    for (auto e : at) { ri.push_back(e); ii.push_back(e); bi.push_back(e); }
    re = f(ri);
    im = f(ii);
    both = f(bi);
  }
};
static inline Expr abs(Cplx a) { return sqrt(a.re * a.re + a.im * a.im); }`;
  const g = extract(generator('ExprList', `
    Var k("k");
    Func z("z"), m("m");
    z(k, x, y) = cast<float>(input(x, y, 0)) * 2;
    std::vector<Expr> at = {x + 1, y};
    m(x, y) = abs(Cplx(z, k, at)) + abs(cast<float>(input(x, y, 0)));
    output(x, y, _) = cast<uint8_t>(m(x, y));`, before), { uri: 'exprlist.cpp' });
  const m = g.generators[0].stages.find((s) => s.id === 'm.0')!;
  assert.deepEqual(m.pureVars, ['x', 'y'], 'the unread third list (over k) adds no Var');
  const zCalls = m.calls.filter((c) => c.callee === 'z');
  assert.deepEqual([...new Set(zCalls.map((c) => c.args.join(',')))].sort(), ['0,ri[1],y', '1,ii[1],y']);
  assert.deepEqual(zCalls[0].argExprs.slice(1), [{ op: 'add', args: [{ op: 'var', name: 'x' }, { op: 'const', value: 1 }] }, { op: 'var', name: 'y' }]);
  assert.equal(m.ops.math_sqrt ? Object.values(m.ops.math_sqrt)[0] : 0, 1, JSON.stringify(m.ops));
  assert.equal(Object.values(m.ops.abs ?? {})[0], 1, 'Halide\'s abs on the plain Expr');
});

test('unnamed Vars and RDoms take the names Halide 14 gives them after definitions, reductions and directives', () => {
  // Halide's VarOrRVar default-makes the half it is not given, an RDom its four member RVars, and
  // definitions hold their Vars as VarOrRVar: each takes a name from the counters. The expected names
  // are the ones Halide 14's own pipeline dump of this generator reports (iir_blur and lens_blur
  // declare `Var xo, yo` after such directives; every RDom without a name is numbered this way).
  const g = extract(generator('Names', `
    Func a("a"), b("b"), m("m");
    a(x, y) = cast<float>(input(x, y, 0));
    RDom r(0, 3);
    a(x, y) += input(x + r, y, 0);
    a.update().reorder(x, r);
    a.compute_root().vectorize(x, 8).parallel(y, 4);
    Var t;
    b(t, y) = a(t, y) + sum(a(t + r, y));
    RDom q(0, 2);
    m(x, y) = 0.f;
    m(x, y) += b(x + q, y);
    Var c("c");
    output(x, y, c) = cast<uint8_t>(m(x, y));`), { uri: 'names.cpp' });
  const show = g.generators[0].stages.map((s) => `${s.id}(${s.pureVars.join(',')})[${s.rvars.map((v) => v.name).join(',')}]`);
  assert.deepEqual(show, ['a.0(x,y)[]', 'a.1(x,y)[r9$x]', 'sum.0(v4,y)[]', 'sum.1(v4,y)[r9$x]', 'b.0(v4,y)[]', 'm.0(x,y)[]', 'm.1(x,y)[r40$x]', 'output.0(x,y,c)[]']);
});

test('unnamed RVars take Halide\'s names; `Func(output).tile({...}, {...}, {...})` shapes the output (depthwise_separable_conv)', () => {
  // Names as Halide 14's pipeline dump of this generator reports them (checked with test/halide/compare.ts).
  const g = extract(generator('RVarNames', `
    Func a("a"), m("m");
    a(x, y) = cast<float>(input(x, y, 0));
    RDom r(0, 8);
    m(x, y) = 0.f;
    m(x, y) += a(x + r, y);
    Var c("c"), xi, yi;
    output(x, y, c) = cast<uint8_t>(m(x, y));
    RVar ro, ri;
    m.compute_at(output, x).update().split(r, ro, ri, 4);
    a.compute_at(m, ro);
    Func(output).tile({x, y}, {xi, yi}, {8, 4});`), { uri: 'rvarnames.cpp' }).generators[0];
  const split = g.schedule.find((d) => d.name === 'split')!;
  assert.deepEqual(split.values.slice(0, 3).map((v) => (v.kind === 'var' ? v.name : v.kind)), ['r9$x', 'r17', 'r18']);
  assert.deepEqual(g.schedule.find((d) => d.func === 'a' && d.name === 'compute_at')!.values[1], { kind: 'var', name: 'r17', rvar: true });
  const out = analyze({ ...g, outputs: g.outputs.map((o) => ({ ...o, estimates: [0, 1, 2].map(() => ({ min: 0, extent: 64, range: o.range })) })) })
    .stages.find((q) => q.stage === 'output.0')!;
  assert.deepEqual(out.loops.map((l) => l.extent), [8, 4, 8, 16, 64]);
});

test('a load used as an index is bounded by the clamp its Func\'s definition applies (function value bounds, lens_blur)', () => {
  const g = extract(generator('ValueBounds', `
    Func a("a"), off("off"), pair("pair"), g("g"), h("h");
    a(x, y) = input(x, y, 0) * 2;
    off(x, y) = clamp(cast<int>(input(x, y, 1)) - 128, -4, 4);
    pair(x, y) = {clamp(cast<int>(input(x, y, 2)), -2, 2), cast<int>(input(x, y, 0))};
    g(x, y) = a(x + off(x, y), y) + a(x, y + pair(x, y)[0]);
    h(x, y) = a(x + pair(x, y)[1], y);
    output(x, y, _) = cast<uint8_t>(g(x, y));`), { uri: 'valuebounds.cpp' }).generators[0];
  const withSize = { ...g, outputs: g.outputs.map((o) => ({ ...o, estimates: [0, 1, 2].map(() => ({ min: 0, extent: 64, range: o.range })) })) };
  const a = analyze(withSize);
  // x + [-4, 4] over [0, 64), and y + [-2, 2]: a is needed over [-4, 68) x [-2, 66).
  assert.deepEqual(a.bounds.regions.a.map((d) => [d.min, d.extent]), [[-4, 72], [-2, 68]]);
  // The unclamped component bounds nothing (h is not used by the output; its call stays opaque).
  const hCall = g.stages.find((s) => s.id === 'h.0')?.calls.find((c) => c.callee === 'a');
  assert.equal(hCall, undefined, 'h is not reached from the output');
});

test('a sub-generator made with create<T>() and apply(...) adds its stages; a LoopLevel it is given later places them (camera_pipe)', () => {
  // As camera_pipe's Demosaic: an Input<Func> bound by apply(), an Output<Func> the caller reads, and a
  // GeneratorParam<LoopLevel> the caller sets after apply() ran the sub-generator's schedule.
  const g = extract(`#include "Halide.h"
using namespace Halide;
class Inner : public Halide::Generator<Inner> {
public:
  GeneratorParam<LoopLevel> out_at{"out_at", LoopLevel::inlined()};
  Input<Func> src{"src", Float(32), 2};
  Output<Func> output{"output", Float(32), 2};
  void generate() {
    Func t;
    t(x, y) = src(x, y) * 2.f + src(x + 1, y);
    output(x, y) = t(x, y) + 1.f;
  }
  void schedule() { output.compute_at(out_at).vectorize(x, 8); }
private:
  Var x{"x"}, y{"y"};
};
class Outer : public Halide::Generator<Outer> {
public:
  Input<Buffer<float, 2>> input{"input"};
  Output<Buffer<float, 2>> result{"result"};
  void generate() {
    Func a("a");
    a(x, y) = input(x, y) + 3.f;
    auto inner = create<Inner>();
    inner->apply(a);
    result(x, y) = inner->output(x, y) * 2.f;
    Expr rows = 8;
    rows = (rows / 2) * 2;
    result.compute_root().split(y, y, yi, rows / 2).parallel(y);
    inner->out_at.set({result, y});
  }
private:
  Var x{"x"}, y{"y"}, yi{"yi"};
};
HALIDE_REGISTER_GENERATOR(Outer, outer)
`, { uri: 'sub.cpp', generator: 'outer' });
  const gen = g.generators.find((x) => x.registeredName === 'outer')!;
  assert.deepEqual(g.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message), []);
  assert.deepEqual(gen.stages.map((s) => `${s.id}<-${s.calls.map((c) => c.callee).join(',')}`), ['a.0<-input', 'f0.0<-a,a', 'output.0<-f0', 'result.0<-output']);
  assert.deepEqual(gen.inputs.map((i) => i.name), ['input'], 'the sub-generator\'s Input is not the pipeline\'s');
  const at = gen.schedule.find((d) => d.func === 'output' && d.name.startsWith('compute'))!;
  assert.deepEqual([at.name, at.values], ['compute_at', [{ kind: 'func', name: 'result' }, { kind: 'var', name: 'y', rvar: false }]]);
  // An Expr of constants is a split factor known at generation time.
  assert.deepEqual(gen.schedule.find((d) => d.name === 'split')!.values[3], { kind: 'int', value: 4 });
});

test('`using_autoscheduler()` passed to a helper is the generation-time bool (Halide 15+ iir_blur)', () => {
  const before = `
Var u("u"), v("v");
Func blurred(Func in, bool skip_schedule) {
  Func b("b");
  b(u, v) = in(u, v) + in(u + 1, v);
  if (!skip_schedule) b.compute_root().vectorize(u, 8);
  return b;
}`;
  const g = extract(generator('UsingAuto', `
    Func in("in");
    in(x, y) = input(x, y, 0);
    Func b = blurred(in, using_autoscheduler());
    output(x, y, _) = b(x, y);`, before), { uri: 'usingauto.cpp' });
  assert.deepEqual(g.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message), []);
  assert.deepEqual(g.generators[0].schedule.filter((d) => d.func === 'b' && d.applies).map((d) => d.name), ['compute_root', 'vectorize']);
});

test('a table of structs indexed by an enum GeneratorParam, with a function pointer member (resize\'s kernel_info)', () => {
  const g = extract(`#include "Halide.h"
using namespace Halide;
enum InterpolationType { Box, Linear, Cubic };
Expr kernel_box(Expr x) { return select(abs(x) <= 0.5f, 1.0f, 0.0f); }
Expr kernel_linear(Expr x) { return select(abs(x) < 1.0f, 1.0f - abs(x), 0.0f); }
struct KernelInfo { const char *name; int taps; Expr (*kernel)(Expr); };
static KernelInfo kernel_info[] = {{"box", 1, kernel_box}, {"linear", 2, kernel_linear}, {"cubic", 4, kernel_box}};
class Table : public Generator<Table> {
public:
  GeneratorParam<InterpolationType> interpolation_type{"interpolation_type", Linear, {{"box", Box}, {"linear", Linear}, {"cubic", Cubic}}};
  Input<Buffer<float, 2>> input{"input"};
  Output<Buffer<float, 2>> output{"output"};
  Var x{"x"}, y{"y"};
  void generate() {
    RDom r(0, kernel_info[interpolation_type].taps);
    const KernelInfo &info = kernel_info[interpolation_type];
    Func k("k");
    k(x) = info.kernel(cast<float>(x) - 0.5f);
    output(x, y) = sum(input(x + r, y) * k(r));
  }
};
HALIDE_REGISTER_GENERATOR(Table, table)
`, { uri: 'table.cpp', params: { interpolation_type: 'cubic' } });
  const gen = g.generators[0];
  assert.deepEqual(g.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message), []);
  assert.deepEqual(gen.rdoms[0].dims[0].extent, { op: 'const', value: 4 }, 'Cubic is entry 2: four taps');
  const k = gen.stages.find((s) => s.id === 'k.0')!;
  assert.ok(k.ops.select && k.ops.abs, `the kernel function's body is k's value: ${JSON.stringify(k.ops)}`);
});

test('a wrapper made in a directive\'s argument (`compute_at(f.in(), y)`) is that wrapper Func', () => {
  const g = extract(generator('InArg', `
    Func a("a"), b("b");
    a(x, y) = input(x, y, 0) * 2;
    b(x, y) = a(x, y) + 1;
    output(x, y, _) = b(x, y);
    b.in().compute_root();
    a.compute_at(b.in(), y);`), { uri: 'inarg.cpp' });
  const at = g.generators[0].schedule.find((d) => d.func === 'a' && d.name === 'compute_at')!;
  assert.deepEqual(at.values[0], { kind: 'func', name: 'b_global_wrapper$0' });
  assert.deepEqual(g.generators[0].funcs.filter((f) => f.name.includes('wrapper')).map((f) => f.name), ['b_global_wrapper$0']);
});

test('C math on generation-time numbers folds (max_filter\'s `ceilf(logf(radius) / logf(2)) + 1` slices)', () => {
  const g = extract(generator('CMath', `
    const int radius = 26;
    const int slices = (int)(ceilf(logf(radius) / logf(2))) + 1;
    const int taps = (int)sqrtf(16.0f);
    RDom r(0, slices, 0, taps);
    Func f("f");
    f(x, y) = 0;
    f(x, y) += input(x + r.x, y + r.y, 0);
    output(x, y, _) = cast<uint8_t>(f(x, y));`), { uri: 'cmath.cpp' });
  assert.deepEqual(g.generators[0].rdoms[0].dims.map((d) => [d.min, d.extent]), [[{ op: 'const', value: 0 }, { op: 'const', value: 6 }], [{ op: 'const', value: 0 }, { op: 'const', value: 4 }]]);
});

test('a helper returning a braced std::vector, and a braced list assigned to a vector or an object member, are lists (resnet50 shapes)', () => {
  const g = extract(`#include "Halide.h"
using namespace Halide;
struct Tensor { Func f; std::vector<int> shape; };
class Shapes : public Generator<Shapes> {
public:
  Input<Buffer<float, 2>> w{"w"};
  Input<Buffer<float, 1>> in{"in"};
  Output<Buffer<float, 1>> output{"output"};
  Var c{"c"};
  std::vector<int> shape_of(int a, int b) { int k = a * 2; return {k, b, 1}; }
  void generate() {
    Tensor t; t.f = in; t.shape = shape_of(8, 3);
    Tensor u; u.shape = {5, 1, 1};
    std::vector<int> s; s = {7, 2};
    RDom r(0, t.shape[0], 0, u.shape[0], 0, s[0]);
    Func fc("fc");
    fc(c) = 0.f;
    fc(c) += w(c, r.x + r.y + r.z) * t.f(r.x);
    output(c) = fc(c);
  }
};
HALIDE_REGISTER_GENERATOR(Shapes, shapes)
`, { uri: 'shapes.cpp' });
  assert.deepEqual(g.generators[0].rdoms[0].dims.map((d) => d.extent), [{ op: 'const', value: 16 }, { op: 'const', value: 5 }, { op: 'const', value: 7 }]);
});

test('`f(args) += e` without a pure definition: Halide\'s implicit pure stage keeps a Var\'s or an RVar\'s name and takes a new Var for any other argument', () => {
  // Checked against Halide 14: it default-makes one Var per argument (v0, v1 for h), keeps the name of
  // an argument that is a variable (r.x's, y), makes a new Var for each other (g's v5 after v3, v4 and
  // h's update Var v2), and a scalar Input keeps the default-made one.
  const g = extract(`#include "Halide.h"
using namespace Halide;
class ImpA : public Generator<ImpA> {
public:
  Input<Buffer<float>> input{"input", 2};
  Input<int> p{"p"};
  Output<Buffer<float>> output{"output", 2};
  void generate() {
    Var x("x"), y("y");
    RDom r(0, 8);
    Func h("h");
    h(r.x, y) += input(r.x, y);
    Func g("g");
    g(r.x + 1, y) += input(r.x, y);
    Func k("k");
    k(x, cast<int>(input(x, r.x)), y) += 1.0f;
    Func q("q");
    q(p, y) += input(3, y);
    output(x, y) = h(x, y) + g(x, y) + k(x, 0, y) + q(x, y);
  }
};
HALIDE_REGISTER_GENERATOR(ImpA, imp_a)
`, { uri: 'imp_a.cpp' });
  const rv = g.generators[0].rdoms[0].dims[0].name;
  assert.deepEqual(pure(g), [`h(${rv},y)`, 'g(v5,y)', 'k(x,v10,y)', 'q(v12,y)', 'output(x,y)']);
});

test('object-like #define constants, in the file or a header it includes, size array Inputs and RDoms; function-like macros and guards are not values', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-macros-'));
  try {
    fs.writeFileSync(path.join(dir, 'sizes.h'), `#ifndef SIZES_H
#define SIZES_H
#define N_TAPS (N_W * 2 - 1)  // defined before what it names
#define N_W 2
#define TWICE(a) ((a) * 2)
#endif
`);
    const text = `#include "Halide.h"
#include "sizes.h"
using namespace Halide;
#define N_W 3
class Macros : public Generator<Macros> {
public:
  Input<Func[N_W]> w{"w", Float(32), 1};
  Input<Buffer<float>[N_TAPS]> b{"b", 1};
  Output<Buffer<float>> output{"output", 1};
  void generate() {
    Var x("x");
    RDom r(0, N_TAPS);
    output(x) = w[N_W - 1](x) + b[4](x + r.x) * 0.f;
  }
};
HALIDE_REGISTER_GENERATOR(Macros, macros)
`;
    const g = extract(text, { uri: path.join(dir, 'macros.cpp'), includes: fileIncludeResolver() });
    assert.deepEqual(g.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message), []);
    // The file's N_W (3) wins over the header's (2); N_TAPS is computed from it.
    assert.deepEqual(g.generators[0].rdoms[0].dims.map((d) => d.extent), [{ op: 'const', value: 5 }]);
    assert.deepEqual(edges(g), ['b_4->output.0', 'w_2->output.0']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('`RDom r(filter);` over an Input buffer (parsed as a declaration whose parameter type is `filter`) has the buffer\'s dimensions', () => {
  // Checked against Halide 14: the 2-D domain's update takes two unnamed Vars (v0, v1), so g's
  // implicit pure stage is over v4 (v2 and v3 default-made, a new one for its non-Var argument).
  const g = extract(`#include "Halide.h"
using namespace Halide;
class RDomOver : public Generator<RDomOver> {
public:
  Input<Buffer<float>> input{"input", 2};
  Input<Buffer<float>> filter{"filter", 2};
  Output<Buffer<float>> output{"output", 2};
  void generate() {
    Var x("x"), y("y");
    RDom r(filter);
    Func f("f");
    f(x, y) = 0.f;
    f(x, y) += input(x + r.x, y + r.y) * filter(r.x, r.y);
    RDom s(0, 4);
    Func g("g");
    g(cast<int>(input(s.x, 0)), y) += 1.f;
    output(x, y) = f(x, y) + g(x, y);
  }
};
HALIDE_REGISTER_GENERATOR(RDomOver, rdom_over)
`, { uri: 'rdom_over.cpp' });
  assert.deepEqual(g.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message), []);
  assert.deepEqual(g.generators[0].rdoms[0].dims.map((d) => d.extentText), ['filter.dim(0).extent()', 'filter.dim(1).extent()']);
  assert.deepEqual(pure(g), ['f(x,y)', 'g(v4,y)', 'output(x,y)']);
});

test('a namespace-scope number initialized and never assigned again (`int block = 3;`, no const) is read as its value', () => {
  const text = generator('Glob', `    Var c("c");
    Func blur("blur");
    blur(x, y, c) = input(x, y, c) + input(x + block, y, c);
    output(x, y, c) = cast<uint8_t>(blur(x, y, c) * gain);
    if (block > 2) { blur.compute_root(); } else { blur.compute_at(output, y); }
    if (mode == 1) { output.parallel(y); }`, `namespace {
int block = 3;
float gain = 0.5f;
int mode = 0;
void set_mode(int m) { mode = m; }
}`);
  const g = extract(text, { uri: 'glob.cpp' });
  const gen = g.generators[0];
  assert.deepEqual(gen.stages.map((s) => s.id).sort(), ['blur.0', 'output.0']);
  assert.deepEqual(gen.edges.map((e) => `${e.producer}->${e.consumer}`).sort(), ['blur->output.0', 'input->blur.0']);
  assert.deepEqual(gen.schedule.filter((d) => d.applies).map((d) => `${d.func}.${d.name}(${d.args.join(', ')})`), ['blur.compute_root()', 'output.parallel(y)']);
  // `mode` is assigned in set_mode(): not a constant, so its branch stays a question.
  assert.deepEqual(g.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message), ['condition is not known at generation time: only the first branch is read']);
  // An array a helper writes an element of is no constant either.
  const table = generator('Tab', `    output(x, y) = input(x, y);
    if (sizes[0] > 2) { output.parallel(y); }`, `namespace {
int sizes[2] = {3, 4};
void grow() { sizes[0] = 1; }
}`);
  assert.match(extract(table, { uri: 'tab.cpp' }).diagnostics.map((d) => d.message).join('\n'), /condition is not known at generation time/);
});
