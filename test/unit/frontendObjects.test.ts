// C++ the static front end runs as generation time does, beyond Funcs and Exprs: objects of the
// file's own classes (value classes with operators, component structs with methods), standard
// containers of Halide values, Func and Expr handles passed by reference, and preprocessor
// conditionals around statements. Each written the way real generators (../shared/realworld) do.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { extract } from '../../server/src/halide/extract';
import type { StageGraph } from '../../server/src/halide/graph';

function generator(name: string, generate: string, before = '', members = ''): string {
  return `#include "Halide.h"
using namespace Halide;
${before}
class ${name} : public Generator<${name}> {
public:
  Input<Buffer<float, 2>> input{"input"};
  Output<Buffer<float, 2>> output{"output"};
  Var x{"x"}, y{"y"};
${members}
  void generate() {
${generate}
  }
};
HALIDE_REGISTER_GENERATOR(${name}, ${name.toLowerCase()})
`;
}

const edges = (g: StageGraph) => g.generators[0].edges.map((e) => `${e.producer}->${e.consumer}`).sort();
const funcs = (g: StageGraph) => g.generators[0].funcs.map((f) => `${f.name}:${f.stages.length}`).sort();
const quiet = (g: StageGraph) => g.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message);

test('a value class wrapping a Tuple: constructors, free operators and its conversion to Tuple define Funcs as the C++ does', () => {
  const g = extract(generator('Cplx', `
    Complex a(input(x, y), 0.0f);
    Complex b = acc(x, y - 1);
    acc(x, y) = a * a + b;
    output(x, y) = magnitude(acc(x, y));`, `
class Complex {
  Tuple t;
public:
  Complex(Expr re, Expr im) : t(re, im) {}
  Complex(FuncRef f) : t(Tuple(f)) {}
  Expr real() const { return t[0]; }
  Expr imag() const { return t[1]; }
  operator Tuple() const { return t; }
};
Complex operator+(const Complex &a, const Complex &b) { return Complex(a.real() + b.real(), a.imag() + b.imag()); }
Complex operator*(const Complex &a, const Complex &b) { return Complex(a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real()); }
Expr magnitude(Complex c) { return c.real() * c.real() + c.imag() * c.imag(); }`, '  Func acc{"acc"};'), { uri: 'cplx.cpp' });
  assert.deepEqual(funcs(g), ['acc:1', 'output:1']);
  assert.deepEqual(edges(g), ['acc->acc.0', 'acc->output.0', 'input->acc.0']);
  assert.equal(g.generators[0].stages.find((s) => s.func === 'acc')!.types.length, 2);
  assert.deepEqual(quiet(g), []);
});

test('a component struct: its member Funcs and Vars, its generate() and schedule() methods called on a generator member', () => {
  const g = extract(generator('Comp', `
    blur.generate(input, output);
    blur.schedule(output);`, `
struct Blur {
  Func tmp{"tmp"};
  Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
  template <typename In, typename Out> void generate(In &in, Out &out) {
    tmp(x, y) = in(x - 1, y) + in(x + 1, y);
    out(x, y) = tmp(x, y - 1) + tmp(x, y + 1);
  }
  template <typename Out> void schedule(Out &out) {
    out.split(y, yo, yi, 8);
    tmp.compute_at(out, yo);
  }
};`, '  Blur blur;'), { uri: 'comp.cpp' });
  assert.deepEqual(edges(g), ['input->tmp.0', 'tmp->output.0']);
  const at = g.generators[0].schedule.find((d) => d.func === 'tmp' && d.name === 'compute_at');
  assert.deepEqual(at?.args, ['output', 'yo']);
});

test('containers: a pyramid of Func pairs built by a helper, returned, indexed and scheduled; an Expr array', () => {
  const g = extract(generator('Pyr', `
    std::vector<std::pair<Func, Func>> p = build(input, 2);
    Expr c[2];
    c[0] = p[2].second(x, y);
    c[1] = p.back().first(x, y);
    output(x, y) = c[0] + c[1];
    p[1].second.compute_root();`, `
std::vector<std::pair<Func, Func>> build(Func in, int levels) {
  std::vector<std::pair<Func, Func>> out;
  Var x("x"), y("y");
  out.push_back(std::make_pair(in, in));
  for (int l = 1; l <= levels; l++) {
    Func down("down" + std::to_string(l)), mid("mid" + std::to_string(l));
    mid(x, y) = out[l - 1].second(2 * x, y);
    down(x, y) = mid(x, 2 * y);
    out.push_back({mid, down});
  }
  return out;
}`), { uri: 'pyr.cpp' });
  assert.deepEqual(edges(g), ['down1->mid2.0', 'down2->output.0', 'input->mid1.0', 'mid1->down1.0', 'mid2->down2.0', 'mid2->output.0']);
  assert.ok(g.generators[0].schedule.some((d) => d.func === 'down1' && d.name === 'compute_root'));
});

test('a Func& parameter rebound in a helper is the caller\'s Func; an Expr& parameter assigned is the caller\'s Expr', () => {
  const g = extract(generator('Refs', `
    Func inter("inter");
    Expr e;
    step(inter, e, input);
    output(x, y) = inter(x, y) + e;`, `
void step(Func &intermediate, Expr &out, Func in) {
  Var x("x"), y("y");
  Func blur("blur");
  blur(x, y) = in(x, y) * 2;
  intermediate = blur;
  out = in(0, 0);
}`), { uri: 'refs.cpp' });
  assert.deepEqual(funcs(g), ['blur:1', 'output:1']);
  assert.deepEqual(edges(g), ['blur->output.0', 'input->blur.0', 'input->output.0']);
});

test('#ifdef / #if around statements and around switch cases take the branch the file\'s #defines select', () => {
  const g = extract(generator('Pre', `
    Func a("a");
    a(x, y) = input(x, y);
    output(x, y) = a(x, y);
#ifdef FAST
    a.compute_root();
#else
    a.compute_at(output, y);
#endif
    switch (mode) {
    case 0:
#if defined(EXTRA)
    case 2:
#endif
      output.vectorize(x, 8);
      break;
    default:
      output.parallel(y);
    }`, '#define EXTRA', '  GeneratorParam<int> mode{"mode", 2};'), { uri: 'pre.cpp' });
  const names = g.generators[0].schedule.filter((d) => d.applies).map((d) => `${d.func}.${d.name}`);
  assert.deepEqual(names, ['a.compute_at', 'output.vectorize']);
});

test('update definitions over an RDom take one unnamed Var per dimension (define_update); maximum/argmin take no others', () => {
  const g = extract(generator('Upd', `
    Var a, b;
    RDom r(0, 4, 0, 4);
    Func f;
    f(a, b) = 0.0f;
    f(a, b) += input(r.x, r.y);
    RDom s(0, 3);
    Expr m = maximum(input(x, s));
    Var p;
    output(p, y) = f(p, y) + m;`), { uri: 'upd.cpp' });
  // a, b are v0, v1; f's update takes v2, v3 (r has two dimensions); maximum's update over s v4; p is v5.
  assert.deepEqual(g.generators[0].stages.find((s) => s.func === 'output')!.pureVars, ['v5', 'y']);
});

test('a local lambda helper runs where it is called; a member of a class deriving from GeneratorInput<T> is an Input', () => {
  const g = extract(generator('Lam', `
    Func a("a");
    a(x, y) = input(x, y) * w(x);
    output(x, y) = a(x, y);
    auto sched = [&](Func f, Func consumer) {
      f.compute_at(consumer, y);
    };
    sched(a, output);`, `
struct Weight : public GeneratorInput<Buffer<float>> {
  Weight(const std::string &name, int dim) : GeneratorInput<Buffer<float>>(name, dim) {}
};`, '  Weight w{"w", 1};'), { uri: 'lam.cpp' });
  assert.deepEqual(g.generators[0].inputs.map((i) => i.name), ['input', 'w']);
  assert.deepEqual(edges(g), ['a->output.0', 'input->a.0', 'w->a.0']);
  assert.ok(g.generators[0].schedule.some((d) => d.func === 'a' && d.name === 'compute_at' && d.applies));
});

test('`obj.f.defined()` of a component\'s member Func decides a branch at generation time', () => {
  const read = (defineFirst: boolean) => extract(generator('Def', `
    ${defineFirst ? 'blur.tmp(x, y) = input(x, y);' : ''}
    if (blur.tmp.defined()) {
      output(x, y) = blur.tmp(x, y);
    } else {
      output(x, y) = input(y, x);
    }`, `
struct Blur {
  Func tmp{"tmp"};
  Var x{"x"}, y{"y"};
};`, '  Blur blur;'), { uri: 'def.cpp' });
  for (const first of [true, false]) {
    const g = read(first);
    assert.deepEqual(g.diagnostics.filter((d) => /condition/.test(d.message)).map((d) => d.message), []);
    assert.deepEqual(edges(g), first ? ['input->tmp.0', 'tmp->output.0'] : ['input->output.0']);
  }
});

test('an array of the file own structs (`Tensor conv[3]`) is filled by a loop and read back element by element', () => {
  // As ResNet-50's generator keeps each block's layers in `Tensor br2a_conv[16]` and chains them.
  const g = extract(generator('Layers', `
    Tensor layer[3];
    Tensor in;
    in.f = input;
    in.name = "in";
    Tensor src;
    for (int i = 0; i < 3; i++) {
      if (i == 0) {
        src = in;
      } else {
        src = layer[i - 1];
      }
      layer[i] = scale(src, i + 1, "layer" + std::to_string(i));
    }
    output(x, y) = layer[2].f(x, y);`, `
struct Tensor {
  Func f;
  std::string name;
};
Tensor scale(const Tensor &t, int k, const std::string &name) {
  Var x, y;
  Tensor out;
  out.f = Func(name);
  out.f(x, y) = t.f(x, y) * k;
  out.name = name;
  return out;
}`), { uri: 'layers.cpp' });
  assert.deepEqual(quiet(g), []);
  assert.deepEqual(funcs(g), ['layer0:1', 'layer1:1', 'layer2:1', 'output:1']);
  assert.deepEqual(edges(g), ['input->layer0.0', 'layer0->layer1.0', 'layer1->layer2.0', 'layer2->output.0']);
});
