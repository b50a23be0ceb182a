// The target a generator is read for decides its vector widths: `natural_vector_size` in every form
// real generators write it, answered as Halide 14's Target::natural_vector_size answers, and this
// machine's target (from /proc/cpuinfo) as the default of the CLI and the editor.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { extract } from '../../server/src/halide/extract';
import { naturalLanes } from '../../server/src/halide/target';
import { cpuTarget } from '../../server/src/toolchain/target';
import { fileIncludeResolver } from '../../server/src/halide/includes';
import { realworldFiles } from '../paths';

const AVX2 = 'x86-64-linux-avx-avx2-f16c-fma-sse41';
const AVX512 = 'x86-64-linux-avx-avx2-avx512-avx512_cannonlake-avx512_skylake-f16c-fma-sse41';

const GENERATOR = `#include "Halide.h"
using namespace Halide;
void vec(Func f, Var x, const Target &t) { f.vectorize(x, t.natural_vector_size<double>()); }
class V : public Generator<V> {
public:
  Input<Buffer<uint8_t>> input{"input", 2};
  Output<Buffer<float>> output{"output", 2};
  Var x{"x"}, y{"y"};
  void generate() {
    Func a("a"), b("b"), c("c"), d("d"), e("e");
    a(x, y) = input(x, y);
    b(x, y) = a(x, y) * 2;
    c(x, y) = cast<float>(b(x, y));
    d(x, y) = c(x, y) + 1;
    e(x, y) = d(x, y) * 2;
    output(x, y) = e(x, y);
    a.compute_root().vectorize(x, natural_vector_size<uint8_t>());
    b.compute_root().vectorize(x, natural_vector_size(UInt(16)));
    c.compute_root().vectorize(x, this->natural_vector_size(output.type()));
    d.compute_root().vectorize(x, get_target().natural_vector_size<float>() * 2);
    e.compute_root();
    vec(e, x, get_target());
    output.vectorize(x, Halide::Internal::GeneratorBase::natural_vector_size(input.type()));
  }
};
HALIDE_REGISTER_GENERATOR(V, v)
`;

function widths(target?: string): Record<string, number | string> {
  const g = extract(GENERATOR, { uri: 'v.cpp', target }).generators[0];
  const out: Record<string, number | string> = {};
  for (const d of g.schedule) if (d.name === 'vectorize') out[d.func] = d.values[1].kind === 'int' ? d.values[1].value : d.values[1].kind;
  return out;
}

test('natural_vector_size: the generator\'s, this->, qualified, the target\'s and a helper\'s Target, for each type', () => {
  assert.deepEqual(widths(AVX512), { a: 64, b: 32, c: 16, d: 32, e: 8, output: 64 });
  assert.deepEqual(widths(AVX2), { a: 32, b: 16, c: 8, d: 16, e: 4, output: 32 });
  assert.deepEqual(widths('x86-64-linux-sse41'), { a: 16, b: 8, c: 4, d: 8, e: 2, output: 16 });
  assert.deepEqual(widths('arm-64-linux'), { a: 16, b: 8, c: 4, d: 8, e: 2, output: 16 });
  // No target: an x86 CPU whose SIMD is not known, so no width is made up.
  assert.ok(Object.values(widths()).every((w) => typeof w === 'string'));
});

test('natural lanes follow Halide 14: AVX-512 float needs AVX512F, integers AVX512BW (skylake), AVX integers stay 128-bit', () => {
  assert.equal(naturalLanes('x86-64-linux-avx-avx2-avx512', 'float32'), 16);
  assert.equal(naturalLanes('x86-64-linux-avx-avx2-avx512', 'int16'), 16);
  assert.equal(naturalLanes('x86-64-linux-avx', 'float32'), 8);
  assert.equal(naturalLanes('x86-64-linux-avx', 'uint8'), 16);
  assert.equal(naturalLanes('hexagon-32-noos-hvx', 'uint8'), 128);
  assert.equal(naturalLanes('hexagon-32-noos-hvx', 'float32'), 1);
});

test('this machine\'s target from /proc/cpuinfo: the features whose flags are all there', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpuinfo-'));
  const write = (flags: string) => { const f = path.join(dir, 'cpuinfo'); fs.writeFileSync(f, `processor\t: 0\nflags\t\t: ${flags}\n`); return f; };
  try {
    const base = 'fpu sse sse2 ssse3 sse4_1 sse4_2 avx f16c fma avx2';
    if (process.platform === 'linux' && process.arch === 'x64') {
      assert.equal(cpuTarget(write(base)), AVX2);
      // Zen 4/5: AVX512-BF16 and VNNI but no FP16, so not sapphirerapids (Halide 14 would emit FP16 there).
      assert.equal(cpuTarget(write(`${base} avx512f avx512cd avx512vl avx512bw avx512dq avx512ifma avx512vbmi avx512_bf16 avx512_vnni`)), AVX512);
      assert.equal(cpuTarget(path.join(dir, 'missing')), undefined);
    } else {
      assert.equal(cpuTarget(write(base)), undefined);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('realworld: vector widths written with natural_vector_size are read, and double from AVX2 to AVX-512', () => {
  let doubled = 0, resolved = 0, unresolvedWithout = 0;
  for (const file of realworldFiles()) {
    const text = fs.readFileSync(file, 'utf8');
    if (!text.includes('natural_vector_size')) continue;
    const read = (target?: string) => {
      const m = new Map<string, { kind: string; value?: number }>();
      for (const g of extract(text, { uri: path.basename(file), target, includes: fileIncludeResolver([]) }).generators) {
        for (const d of g.schedule) if (d.name === 'vectorize' && d.values[1]) m.set(`${g.className}:${d.func}:${d.range.start.line}:${d.range.start.character}`, d.values[1] as { kind: string; value?: number });
      }
      return m;
    };
    const none = read(), avx2 = read(AVX2), avx512 = read(AVX512);
    for (const [k, v] of avx2) {
      if (none.get(k)?.kind !== 'int') unresolvedWithout++;
      if (v.kind !== 'int') continue;
      resolved++;
      const w = avx512.get(k);
      assert.ok(w?.kind === 'int' && (w.value === v.value || w.value === 2 * v.value!), `${path.basename(file)} ${k}: ${v.value} on AVX2, ${JSON.stringify(w)} on AVX-512`);
      if (w.value === 2 * v.value!) doubled++;
    }
  }
  // Measured on ../shared/realworld: 61 of 118 resolved widths double, 66 were unknown without a target.
  assert.ok(doubled >= 50, `${doubled} widths double`);
  assert.ok(unresolvedWithout >= 50 && resolved >= 100, `${resolved} resolved, ${unresolvedWithout} unknown without a target`);
});
