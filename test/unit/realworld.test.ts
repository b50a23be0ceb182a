// The static front end on real generators written by others (../shared/realworld): what this suite
// checks it reads, it must keep reading. Namespace-scope Vars are the first such construct.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extract } from '../../server/src/halide/extract';
import { realworldFiles, REALWORLD } from '../paths';

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
  return `#include "Halide.h"
using namespace Halide;
${before}
class ${name} : public Generator<${name}> {
public:
  Input<Buffer<float>> input{"input", 2};
  Output<Buffer<float>> output{"output", 2};
  Var x{"x"}, y{"y"}, xi{"xi"}, yi{"yi"};
  void generate() {
${generate}
  }
};
HALIDE_REGISTER_GENERATOR(${name}, ${name.toLowerCase()})
`;
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
