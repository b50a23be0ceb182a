// Generators built from a library of the authors' own helpers (Halide-elements style): helpers that
// share Halide builtins' names, explicit specializations, free `schedule(...)` helpers, RDom
// predicates and generation-time loops stepping by shifts. Each test fails on the reading before it.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generatorAround } from '../synthetic';
import { extract } from '../../server/src/halide/extract';
import { fileIncludeResolver } from '../../server/src/halide/includes';
import { ParsedDocument } from '../../server/src/halide/parser';
import { analyzeDocument } from '../../server/src/lsp/documentAnalysis';
import { pathToFileURL } from 'node:url';
import type { StageGraph } from '../../server/src/halide/graph';

/** A generator with 2-D uint8 input and output around a generate() body, after `before` at namespace scope. */
function generator(name: string, generate: string, before = ''): string {
  return generatorAround(name, `  Input<Buffer<uint8_t>> input{"input", 2};
  Input<Buffer<uint8_t>> roi{"roi", 2};
  Output<Buffer<uint8_t>> output{"output", 2};
  Var x{"x"}, y{"y"};`, generate, before);
}

const gen = (g: StageGraph) => g.generators[0];
const edges = (g: StageGraph) => gen(g).edges.map((e) => `${e.producer}->${e.consumer}`).sort();
const warnings = (g: StageGraph) => g.diagnostics.filter((d) => d.severity === 'warning' || d.severity === 'error').map((d) => d.message);
const placement = (g: StageGraph, func: string) => gen(g).schedule.filter((d) => d.func === func && d.applies && d.name !== 'update').map((d) => d.name);

const LIBRARY = `
namespace Lib {
template<typename T>
Func min(GeneratorInput<Buffer<T>> &a, GeneratorInput<Buffer<T>> &b, const bool auto_schedule = false) {
  Var x, y;
  Func d("lib_min");
  d(x, y) = min(a(x, y), b(x, y));
  return d;
}
template<int N>
struct Fixed { Expr v; };
template<int N>
Fixed<N> select(Expr c, const Fixed<N> &t, const Fixed<N> &f) { return Fixed<N>{select(c, t.v, f.v)}; }

Func &schedule(Func &f, const std::vector<int> &shape) { f.compute_root(); return f; }
template<typename T>
GeneratorInput<Buffer<T>> &schedule(GeneratorInput<Buffer<T>> &in, const std::vector<int> &shape) { return in; }
}
using namespace Lib;
`;

test("a helper sharing a builtin's name is not taken for Exprs its parameters cannot bind (min over buffers, select over a class)", () => {
  const g = extract(generator('Shadow', `
    Func a("a");
    a(x, y) = min(input(x, y) + 1, cast<uint8_t>(200));
    output(x, y) = select(x < 4, a(x, y), input(x, y));`, LIBRARY), { uri: 'shadow.cpp' });
  assert.deepEqual(edges(g), ['a->output.0', 'input->a.0', 'input->output.0']);
  assert.ok(!gen(g).stages.some((s) => s.func === 'lib_min'), 'the library min is not run');
  assert.deepEqual(warnings(g), []);
});

test('a free schedule(Func &, shape) helper returning a reference is run, picked over the Input overload by argument kind', () => {
  const g = extract(generator('Sched', `
    Func a("a");
    a(x, y) = input(x, y) * 2;
    schedule(a, {64, 64});
    output(x, y) = a(x, y) + 1;`, LIBRARY), { uri: 'sched.cpp' });
  assert.deepEqual(placement(g, 'a'), ['compute_root']);
});

test('an explicit specialization is taken when the call names its template argument', () => {
  const before = `
template<typename T>
Func halve(Func in) { return Func(); }
template<>
Func halve<uint8_t>(Func in) {
  Var x, y;
  Func h("halved_u8");
  h(x, y) = in(x, y) / 2;
  return h;
}
template<typename T>
class Spec : public Generator<Spec<T>> {
public:
  Input<Buffer<T>> input{"input", 2};
  Output<Buffer<T>> output{"output", 2};
  void generate() {
    Var x("x"), y("y");
    output(x, y) = halve<T>(input)(x, y);
  }
};
HALIDE_REGISTER_GENERATOR(Spec<uint8_t>, spec_u8)
`;
  const g = extract(`#include "Halide.h"\nusing namespace Halide;\n${before}`, { uri: 'spec.cpp' });
  assert.deepEqual(edges(g), ['halved_u8->output.0', 'input->halved_u8.0']);
});

test("an RDom's where() predicate makes the stages reducing over it load what it loads", () => {
  const g = extract(generator('Where', `
    RDom r(0, 64, 0, 48, "r");
    r.where(roi(r.x, r.y) != 0);
    Func total("total");
    total(x) = sum(cast<uint32_t>(input(r.x, r.y)));
    output(x, y) = cast<uint8_t>(total(x));`), { uri: 'where.cpp' });
  assert.ok(edges(g).includes('roi->sum.1'), edges(g).join(' '));
  assert.ok(edges(g).includes('input->sum.1'), edges(g).join(' '));
});

test('generation-time loops stepping by <<= and >>= run their real trip counts (a bitonic network)', () => {
  const g = extract(generator('Bitonic', `
    Func prev("p0"), next;
    prev(x, y) = input(x, y);
    int size = 8;
    for (int pass = 1; pass < size; pass <<= 1) {
      for (int chunk = pass; chunk > 0; chunk >>= 1) {
        next = Func("pass_" + std::to_string(pass) + "_" + std::to_string(chunk));
        next(x, y) = max(prev(x, y), prev(x + chunk, y));
        prev = next;
      }
    }
    output(x, y) = prev(x, y);`), { uri: 'bitonic.cpp' });
  // passes 1, 2, 4 with 1, 2 and 3 chunks: six Funcs, as Halide builds them.
  assert.deepEqual(gen(g).stages.filter((s) => s.func.startsWith('pass_')).map((s) => s.func),
    ['pass_1_1', 'pass_2_2', 'pass_2_1', 'pass_4_4', 'pass_4_2', 'pass_4_1']);
  assert.deepEqual(warnings(g), []);
});

test('a counter assigned something unknown is forgotten: the loop stops with a warning instead of running stale', () => {
  const g = extract(generator('Stale', `
    Func f("f");
    f(x, y) = input(x, y);
    for (int i = 1; i < 100; i = input.dim(0).extent()) {
      f(x, y) += 1;
    }
    output(x, y) = f(x, y);`), { uri: 'stale.cpp' });
  assert.ok(gen(g).stages.filter((s) => s.func === 'f').length <= 2);
  assert.ok(warnings(g).some((m) => /loop bound is not a compile-time constant/.test(m)), warnings(g).join(' | '));
});

test('an Input converted to a Func (a Func parameter, `Func s = input`) meets a boundary condition as a Func: no lambda wrapper', () => {
  const before = `
Func padded(Func src, int w, int h) {
  Func clamped = BoundaryConditions::repeat_edge(src, {{0, w}, {0, h}});
  Var x("x"), y("y");
  Func out("out");
  out(x, y) = clamped(x - 1, y) + clamped(x + 1, y);
  return out;
}
Func padded(GeneratorInput<Buffer<uint8_t>> &in, int w, int h) {
  Func s = in;
  return padded(s, w, h);
}`;
  const g = extract(generator('Conv', '    output(x, y) = padded(input, 64, 48)(x, y);', before), { uri: 'conv.cpp' });
  assert.deepEqual(edges(g), ['input->repeat_edge.0', 'out->output.0', 'repeat_edge->out.0']);
});

test("a static member function of the file's class template (`Fixed<N>::make(x)`) is run, not the free function of its name", () => {
  const before = `
template<int N>
struct Fixed {
  Expr v;
  static Fixed<N> make(Expr x) { return Fixed<N>{cast<int32_t>(x) << N}; }
};
template<int N>
Fixed<N> make(Expr x) { return Fixed<N>::make(x); }
template<int N>
Expr value_of(const Fixed<N> &f) { return f.v >> N; }`;
  const g = extract(generator('Static', '    output(x, y) = cast<uint8_t>(value_of(make<4>(input(x, y))));', before), { uri: 'static.cpp' });
  assert.deepEqual(edges(g), ['input->output.0']);
  assert.ok(!warnings(g).some((m) => /nests deeper/.test(m)), warnings(g).join(' | '));
});

test('a number member set in generate() bounds a loop; a helper returning the Func it scheduled heads a directive chain', () => {
  const g = extract(`#include "Halide.h"
using namespace Halide;
Func &schedule(Func &f, const std::vector<int> &shape) { f.compute_root(); return f; }
class Steps : public Generator<Steps> {
public:
  GeneratorParam<int32_t> n_{"n", 3};
  Input<Buffer<float>> input{"input", 2};
  Output<Buffer<float>> output{"output", 2};
  void generate() {
    n = static_cast<int32_t>(n_);
    Func prev("step_0");
    prev(c, x) = input(c, x);
    for (int j = 0; j < n; ++j) {
      Func next("step_" + std::to_string(j + 1));
      next(c, x) = prev(c, x) * 2;
      schedule(next, {2, 64}).unroll(c);
      prev = next;
    }
    output(c, x) = prev(c, x);
  }
private:
  Var c{"c"}, x{"x"};
  int32_t n;
};
HALIDE_REGISTER_GENERATOR(Steps, steps)
`, { uri: 'steps.cpp' });
  assert.deepEqual(gen(g).stages.map((s) => s.func).filter((f) => f.startsWith('step_')), ['step_0', 'step_1', 'step_2', 'step_3']);
  assert.deepEqual(placement(g, 'step_2'), ['compute_root', 'unroll']);
});

test("`::schedule(f, ...)` names the file's global helper, not the library's; flat boundary bounds and lambda(_, f(_)) keep their dimensions", () => {
  const before = `
Func &schedule(Func &f, const std::vector<int> &shape) { f.compute_root(); return f; }`;
  const g = extract(generator('Flat', `
    Func ce = BoundaryConditions::constant_exterior(input, 0, 0, 64, 0, 48);
    Func copy = lambda(_, ce(_));
    Func a("a");
    a(x, y) = copy(x - 1, y) + copy(x + 1, y);
    ::schedule(a, {64, 48}).parallel(y);
    output(x, y) = a(x, y);`, before), { uri: 'flat.cpp' });
  const stage = (f: string) => gen(g).stages.find((s) => s.func === f)!;
  assert.deepEqual(stage('repeat_edge').pureVars, ['_0', '_1']);
  assert.deepEqual(stage('lambda_1').pureVars, ['_0', '_1']);
  assert.deepEqual(placement(g, 'a'), ['compute_root', 'parallel']);
});

test('a local lambda returning std::pair / std::tuple by `return {a, b}` feeds structured bindings', () => {
  const g = extract(generator('Sort', `
    auto cs = [](Expr a, Expr b) -> std::pair<Expr, Expr> {
      return {min(a, b), max(a, b)};
    };
    auto sort3 = [&cs](Expr a, Expr b, Expr c) -> std::tuple<Expr, Expr, Expr> {
      auto [lo1, hi1] = cs(a, b);
      auto [lo2, hi2] = cs(hi1, c);
      auto [lo3, med] = cs(lo1, lo2);
      return {lo3, med, hi2};
    };
    Func clamped = BoundaryConditions::repeat_edge(input);
    auto [lo, med, hi] = sort3(clamped(x - 1, y), clamped(x, y), clamped(x + 1, y));
    output(x, y) = med;`), { uri: 'sort.cpp' });
  assert.deepEqual(warnings(g), []);
  assert.deepEqual(edges(g), ['input->lambda_0.0', 'lambda_0->repeat_edge.0', 'repeat_edge->output.0']);
  const out = gen(g).stages.find((s) => s.func === 'output')!;
  assert.ok(out.calls.length >= 3 && out.calls.every((c) => c.callee === 'repeat_edge'), 'the median reads the neighbours');
});

test('rfactor makes the intermediate Func: it does the work (with the splits made before), the update folds it', () => {
  const g = extract(generator('RFactor', `
    RDom r(0, 128, 0, 96, "r");
    Func acc("acc");
    acc() = 0.0f;
    acc() += cast<float>(input(r.x, r.y));
    output(x, y) = cast<uint8_t>(acc());
    RVar rxo, rxi;
    Var lane("lane");
    acc.update(0).split(r.x, rxo, rxi, 4);
    Func partial = acc.update(0).rfactor(rxi, lane);
    partial.compute_root().vectorize(lane, 4);
    partial.update(0).reorder(lane, rxo, r.y).vectorize(lane, 4);`), { uri: 'rfactor.cpp' });
  for (const e of ['acc_intm->acc.1', 'acc_intm->acc_intm.1', 'input->acc_intm.1', 'acc->output.0']) assert.ok(edges(g).includes(e), `${e} in ${edges(g).join(' ')}`);
  assert.ok(!edges(g).includes('input->acc.1'), 'the update no longer reads the input');
  const intm = gen(g).stages.filter((s) => s.func === 'acc_intm');
  assert.deepEqual(intm.map((s) => s.pureVars), [['lane'], ['lane']]);
  const on = (stage: number) => gen(g).schedule.filter((d) => d.func === 'acc_intm' && d.stage === stage && d.applies && d.name !== 'update').map((d) => d.name);
  // The split that made rxi is spent on r.x = rxo * 4 + lane.
  assert.deepEqual(on(1), ['reorder', 'vectorize']);
  assert.deepEqual(on(0), ['compute_root', 'vectorize']);
  assert.ok(!gen(g).schedule.some((d) => d.func === 'acc' && d.stage === 1), 'the split went with the work');
});

test('HALIDE_REGISTER_GENERATOR written without a semicolon before a block comment and another generator is no syntax error', () => {
  const one = (n: string) => `class ${n} : public Generator<${n}> {
public:
  Input<Buffer<uint8_t>> input{"input", 2};
  Output<Buffer<uint8_t>> output{"output", 2};
  void generate() { Var x("x"), y("y"); output(x, y) = input(x, y); }
};`;
  const g = extract(`#include "Halide.h"
using namespace Halide;
${one('A')}

HALIDE_REGISTER_GENERATOR(A, gen_a)

// =====
/**
 * The second one.
 */
${one('B')}
HALIDE_REGISTER_GENERATOR(B, gen_b)
`, { uri: 'two.cpp' });
  assert.deepEqual(g.diagnostics.filter((d) => d.code === 'syntax-error'), []);
  assert.deepEqual(g.generators.map((x) => x.registeredName), ['gen_a', 'gen_b']);
});

test('a run-time check that throws (`if (!ok) throw_error(msg);`) is passed quietly: the generator was built', () => {
  const before = `
void throw_error(const char *msg) { throw std::runtime_error(msg); }
void check(bool ok, const char *msg) { if (!ok) { throw_error(msg); } }`;
  const g = extract(generator('Checks', `
    check(input.dimensions() == 2, "needs 2-D input");
    if (input.type() != UInt(8)) throw std::runtime_error("needs uint8");
    output(x, y) = input(x, y) + 1;`, before), { uri: 'checks.cpp' });
  assert.deepEqual(g.diagnostics.filter((d) => d.code !== 'unused-func').map((d) => d.message), []);
  assert.deepEqual(edges(g), ['input->output.0']);
});

test('a macro at namespace scope (HalideExtern_5) and #if lines inside a braced list are no syntax errors; real ones still are', () => {
  const g = extract(`#include "Halide.h"
namespace Ext {
HalideExtern_2(int, sleeper, int, int)
}
using namespace Halide;
enum class Sched { CPU, GPU, Dist };
class M : public Generator<M> {
public:
  GeneratorParam<Sched> sched{"schedule", Sched::CPU, {{"cpu", Sched::CPU},
#if defined(WITH_DISTRIBUTE)
                                                      {"dist", Sched::Dist},
#endif
                                                      {"gpu", Sched::GPU}}};
  Input<Buffer<int>> input{"input", 2};
  Output<Buffer<int>> output{"output", 2};
  void generate() { Var x("x"), y("y"); output(x, y) = Ext::sleeper(input(x, y), 1); }
};
HALIDE_REGISTER_GENERATOR(M, m)
`, { uri: 'macro.cpp' });
  assert.deepEqual(g.diagnostics.filter((d) => d.code === 'syntax-error'), []);
  assert.deepEqual(edges(g), ['input->output.0']);
  const broken = extract(generator('Broken', '    output(x, y) = input(x, y) +;'), { uri: 'broken.cpp' });
  assert.ok(broken.diagnostics.some((d) => d.code === 'syntax-error'));
});

test('a generator class defined in an included header and registered in the file is read, marked as defined there', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-header-gen-'));
  try {
    fs.writeFileSync(path.join(dir, 'halve.hpp'), `#pragma once
#include "Halide.h"
using namespace Halide;
class Halve : public Generator<Halve> {
public:
  Input<Buffer<uint8_t>> input{"input", 2};
  Output<Buffer<uint8_t>> output{"output", 2};
  void generate() { Var x("x"), y("y"); Func h("h"); h(x, y) = input(x, y) / 2; output(x, y) = h(x, y); }
};
class Unregistered : public Generator<Unregistered> {
public:
  Output<Buffer<uint8_t>> output{"output", 2};
  void generate() { Var x("x"), y("y"); output(x, y) = cast<uint8_t>(x + y); }
};
`);
    const file = path.join(dir, 'halve.cpp');
    const text = '#include "halve.hpp"\n\nHALIDE_REGISTER_GENERATOR(Halve, halve)\n';
    const g = extract(text, { uri: file, includes: fileIncludeResolver() });
    assert.deepEqual(g.generators.map((x) => x.registeredName), ['halve']);
    assert.deepEqual(edges(g), ['h->output.0', 'input->h.0']);
    assert.equal(path.basename(g.generators[0].definedIn ?? ''), 'halve.hpp');
    // The editor places hints and edits by range: it says where the class is instead of misplacing them.
    const run = analyzeDocument(new ParsedDocument(text), pathToFileURL(file).href, 1, () => undefined);
    assert.deepEqual(run.result.generators, []);
    const note = run.result.diagnostics.find((d) => d.code === 'generator-in-header');
    assert.ok(note && note.range.start.line === 2 && /halve\.hpp/.test(String(note.message)), JSON.stringify(run.result.diagnostics));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('rfactor names its RVar as directives do (`r.y` of a member RDom assigned in generate)', () => {
  const g = extract(`#include "Halide.h"
using namespace Halide;
class Moments : public Generator<Moments> {
public:
  Input<Buffer<uint8_t>> input{"input", 2};
  Output<Buffer<float>> output{"output", 0};
  void generate() {
    r = RDom(0, 64, 0, 48, "r");
    m() = 0.0f;
    m() += cast<float>(input(r.x, r.y));
    output() = m();
  }
  void schedule() {
    Func part = m.update().rfactor(r.y, ry);
    part.compute_root().parallel(ry);
  }
private:
  Func m{"m"};
  RDom r;
  Var ry{"ry"};
};
HALIDE_REGISTER_GENERATOR(Moments, moments)
`, { uri: 'moments.cpp' });
  assert.deepEqual(warnings(g), []);
  for (const e of ['m_intm->m.1', 'input->m_intm.1']) assert.ok(edges(g).includes(e), `${e} in ${edges(g).join(' ')}`);
  assert.deepEqual(placement(g, 'm_intm'), ['compute_root', 'parallel']);
});

test('rfactor of the outer half of a split in the same chain, and `Func w = f.in();` as a value', () => {
  const g = extract(generator('MaxGray', `
    RDom r(0, 64, 0, 48, "r");
    Func mx("mx");
    mx() = cast<uint8_t>(0);
    mx() = max(mx(), input(r.x, r.y));
    output(x, y) = input(x, y) / max(mx(), 1);
    RVar ryo, ryi;
    Func part = mx.update().split(r.y, ryo, ryi, 8).rfactor(ryo, y);
    Func part_in = part.in();
    part_in.compute_root().parallel(y);
    part.compute_at(part_in, y);`), { uri: 'maxgray.cpp' });
  assert.deepEqual(warnings(g), []);
  const wrapper = gen(g).funcs.map((f) => f.name).find((n) => n.startsWith('mx_intm_global_wrapper'));
  assert.ok(wrapper, gen(g).funcs.map((f) => f.name).join(' '));
  for (const e of [`${wrapper}->mx.1`, `mx_intm->${wrapper}.0`, 'input->mx_intm.1']) assert.ok(edges(g).includes(e), `${e} in ${edges(g).join(' ')}`);
  assert.deepEqual(placement(g, wrapper!), ['compute_root', 'parallel']);
});

test('`sorteds.back().compute_root()`: a container element heads a directive chain', () => {
  const g = extract(generator('Passes', `
    std::vector<Func> passes;
    Func prev("p0");
    prev(x, y) = input(x, y);
    for (int i = 1; i <= 3; i++) {
      Func next("p" + std::to_string(i));
      next(x, y) = prev(x, y) + prev(x + 1, y);
      passes.push_back(next);
      prev = next;
    }
    output(x, y) = prev(x, y);
    passes.back().compute_root();
    passes.front().compute_root().parallel(y);`), { uri: 'passes.cpp' });
  assert.deepEqual(warnings(g), []);
  const funcs = gen(g).funcs.map((f) => f.name);
  const last = funcs.find((n) => n.startsWith('p3'))!;
  const first = funcs.find((n) => n.startsWith('p1'))!;
  assert.deepEqual(placement(g, last), ['compute_root']);
  assert.deepEqual(placement(g, first), ['compute_root', 'parallel']);
});

test('`layers[k](x, y) = 0;` (which parses as a pure virtual declaration of an array) defines the element', () => {
  const g = extract(generator('Layers', `
    std::vector<Func> cnt(2);
    for (int k = 0; k < 2; k++) {
      cnt[k] = Func("cnt_" + std::to_string(k));
      cnt[k](x, y) = 0;
      cnt[k](x, y) = max(cnt[k](x, y), cast<int>(input(x + k, y)));
    }
    output(x, y) = cast<uint8_t>(cnt[0](x, y) + cnt[1](x, y));`), { uri: 'layers.cpp' });
  assert.deepEqual(warnings(g), []);
  assert.deepEqual(gen(g).stages.filter((s) => s.func.startsWith('cnt_')).map((s) => `${s.id}:${s.origin}`), ['cnt_0.0:source', 'cnt_0.1:source', 'cnt_1.0:source', 'cnt_1.1:source']);
});

test("Halide's Internal rewrites of an Expr (common_subexpression_elimination, simplify) are their argument", () => {
  const g = extract(generator('Cse', `
    Expr e = Internal::common_subexpression_elimination(input(x, y) + input(x, y));
    output(x, y) = Internal::simplify(e + roi(x, y));`), { uri: 'cse.cpp' });
  assert.deepEqual(warnings(g), []);
  assert.deepEqual(edges(g), ['input->output.0', 'roi->output.0']);
});

test("an object of the file's class template built from a braced list (`Fx<FB>{x << FB}`) is constructed, not an unknown call", () => {
  const before = `
template<int FB>
struct Fx {
  Expr v;
  Fx<FB> operator+(const Fx<FB> &o) const { return Fx<FB>{v + o.v}; }
};
template<int FB>
Fx<FB> to_fx(Expr x) { return Fx<FB>{cast<int32_t>(x) << FB}; }
template<int FB>
Expr from_fx(const Fx<FB> &f) { return f.v >> FB; }`;
  const g = extract(generator('Fixed', `
    Fx<4> a = to_fx<4>(input(x, y));
    Fx<4> b = to_fx<4>(roi(x, y));
    output(x, y) = cast<uint8_t>(from_fx(a + b));`, before), { uri: 'fixed.cpp' });
  assert.deepEqual(warnings(g), []);
  assert.deepEqual(edges(g), ['input->output.0', 'roi->output.0']);
  assert.ok(!('call_unknown' in gen(g).stages[0].ops), JSON.stringify(gen(g).stages[0].ops));
});

test("a class's static constexpr members are constants inside its methods and static member functions", () => {
  const before = `
struct Orientation {
  static constexpr auto two_pi = 6.2831853f;
  static constexpr int bins = 8;
  Expr bin(Expr angle) const { return cast<int>(angle * bins / two_pi); }
  static Expr wrap(Expr a) { return select(a < 0, a + two_pi, a); }
};`;
  const g = extract(generator('Bins', `
    Orientation o;
    output(x, y) = cast<uint8_t>(o.bin(Orientation::wrap(cast<float>(input(x, y)))));`, before), { uri: 'bins.cpp' });
  assert.deepEqual(warnings(g), []);
  assert.deepEqual(edges(g), ['input->output.0']);
});

test('a boundary condition over another made in place (`repeat_image(constant_exterior(input, 0), {...})`)', () => {
  const g = extract(generator('Nested', `
    Func padded("padded");
    padded = BoundaryConditions::repeat_image(BoundaryConditions::constant_exterior(input, 0), {{0, 64}, {0, 48}});
    output(x, y) = padded(x + 3, y - 2);`), { uri: 'nested.cpp' });
  assert.deepEqual(warnings(g), []);
  assert.ok(edges(g).includes('constant_exterior->repeat_image.0'), edges(g).join(' '));
  assert.ok(edges(g).includes('repeat_image->output.0'), edges(g).join(' '));
});

test('a helper returning its Funcs by name in a std::map: the caller reads, defines and schedules them through the map', () => {
  // Checked against Halide 14: each `m[key]` on a new key default-makes a Func first (f0, f1), so the
  // Func the caller defines through `parts["scaled"]` is f1.
  const g = extract(`#include "Halide.h"
using namespace Halide;
Var x("x"), y("y");
template <typename In>
std::map<std::string, Func> blur_parts(const In &input) {
  Func clamped("clamped");
  clamped(x, y) = input(clamp(x, 0, 63), clamp(y, 0, 63));
  Func blur("blur");
  blur(x, y) = clamped(x - 1, y) + clamped(x + 1, y);
  std::map<std::string, Func> parts;
  parts["input"] = clamped;
  parts.insert({"blur", blur});
  return parts;
}
class MapParts : public Generator<MapParts> {
public:
  Input<Buffer<float>> input{"input", 2};
  Output<Buffer<float>> output{"output", 2};
  void generate() {
    std::map<std::string, Func> parts = blur_parts(input);
    Func blur = parts["blur"];
    parts["scaled"](x, y) = blur(x, y) * 0.5f;
    output(x, y) = parts["scaled"](x, y) + parts.at("input")(x, y);
    parts.at("input").compute_root();
    for (auto &kv : parts) kv.second.compute_root();
    output.parallel(y);
  }
};
HALIDE_REGISTER_GENERATOR(MapParts, map_parts)
`, { uri: 'map_parts.cpp' });
  assert.deepEqual(warnings(g), []);
  assert.deepEqual(gen(g).stages.map((s) => `${s.id}(${s.args.join(',')})`), ['clamped.0(x,y)', 'blur.0(x,y)', 'f1.0(x,y)', 'output.0(x,y)']);
  assert.deepEqual(edges(g), ['blur->f1.0', 'clamped->blur.0', 'clamped->output.0', 'f1->output.0', 'input->clamped.0']);
  for (const f of ['clamped', 'blur', 'f1']) assert.deepEqual(placement(g, f), ['compute_root'], f);
});

test('std::map entries: braced initialization, emplace, insert of an existing key (kept), erase, size(), and a copy left alone', () => {
  const g = extract(generator('MapOps', `    Func a("a"), b("b"), c("c");
    a(x, y) = input(x, y);
    b(x, y) = a(x, y) + 1;
    c(x, y) = a(x, y) * 2;
    std::map<std::string, Func> m{{"first", a}, {"second", b}};
    m.emplace("third", c);
    m.insert(std::make_pair(std::string("first"), c));
    std::map<std::string, Func> copy = m;
    copy.erase("second");
    const int n = m.size();
    RDom r(0, n);
    output(x, y) = m["first"](x, y) + m["second"](x, y) + cast<uint8_t>(r.x);
    m["third"].compute_root();
    copy["first"].compute_at(output, y);
    output(x, y) += m.at("third")(x, y);`), { uri: 'map_ops.cpp' });
  assert.deepEqual(warnings(g), []);
  assert.deepEqual(gen(g).rdoms[0].dims.map((d) => d.extent), [{ op: 'const', value: 3 }]);
  assert.deepEqual(edges(g), ['a->b.0', 'a->c.0', 'a->output.0', 'b->output.0', 'c->output.1', 'input->a.0', 'output->output.1']);
  assert.deepEqual(placement(g, 'c'), ['compute_root']);
  assert.deepEqual(placement(g, 'a'), ['compute_at']);
});

test('target: without a target, only CPU instruction-set features are unknown; Debug, Profile and the like are "no", as on Halide\'s host target', () => {
  // Halide 14's host target carries CPU features only (the sanitized host target the toolchain compiles for).
  const text = generatorAround('Feat', `  Input<Buffer<float>> input{"input", 2};
  Output<Buffer<float>> output{"output", 2};
  Var x{"x"}, y{"y"};`, `    Func blur("blur");
    blur(x, y) = input(x, y) + input(x + 1, y);
    output(x, y) = blur(x, y) * 2.0f;
    if (get_target().has_feature(Target::Debug) || get_target().has_feature(Target::Profile)) {
      blur.compute_root();
    } else {
      blur.compute_at(output, y);
    }
    if (get_target().has_feature(Target::AVX2)) {
      output.vectorize(x, 8);
    }`);
  const read = (target?: string) => {
    const g = extract(text, { uri: 'feat.cpp', target });
    const gen = g.generators[0];
    return {
      stages: gen.stages.map((s) => s.id).sort(),
      edges: gen.edges.map((e) => `${e.producer}->${e.consumer}`).sort(),
      schedule: gen.schedule.filter((d) => d.applies).map((d) => `${d.func}.${d.name}(${d.args.join(', ')})`),
      unknown: g.diagnostics.filter((d) => /condition is not known/.test(d.message)).map((d) => d.range.start.line + 1),
    };
  };
  const avx2Line = text.split('\n').findIndex((l) => l.includes('Target::AVX2')) + 1;
  const host = read();
  assert.deepEqual(host.stages, ['blur.0', 'output.0']);
  assert.deepEqual(host.edges, ['blur->output.0', 'input->blur.0']);
  assert.deepEqual(host.schedule, ['blur.compute_at(output, y)', 'output.vectorize(x, 8)']);
  assert.deepEqual(host.unknown, [avx2Line]);
  assert.deepEqual(read('x86-64-linux-avx-avx2-debug').schedule, ['blur.compute_root()', 'output.vectorize(x, 8)']);
  assert.deepEqual(read('x86-64-linux-profile').schedule, ['blur.compute_root()']);
});
