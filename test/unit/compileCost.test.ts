// The code size the search keeps suggestions within (search/compileCost), on real parses of
// sobel_edges with its schedule rewritten. Its order follows what was measured here (session 33,
// `node dist/server.js profile FILE`, compile and run, AMD EPYC, AVX-512 target): the hand schedule
// 9 s; everything inlined into an output tiled 128x4 (default tails), 64 wide: 11 s, 16 wide with
// rows unrolled 4: 12 s, 64 wide and unrolled 4: 37 s (with GuardWithIf tails, as the search
// writes them: 22 s, 20 s and 185 s).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/analysis/index';
import { extract } from '../../server/src/halide/extract';
import { CODE_BUDGET, maxCodeSize, stageCodeSizes } from '../../server/src/search/compileCost';
import { CORPUS } from '../paths';

const AVX512 = 'x86-64-linux-avx-avx2-avx512-avx512_cannonlake-avx512_skylake-f16c-fma-sse41';
const HAND = [
  'output.split(y, yo, yi, 64).parallel(yo).vectorize(x, 16);',
  'gray.store_at(output, yo).compute_at(output, yi).vectorize(x, 16);',
  'magnitude.compute_at(output, yi).vectorize(x, 8);',
];

/** sobel_edges' largest stage code size with its manual schedule replaced by `schedule` (null: as written). */
function sobel(schedule: string | null, target = AVX512): { max: number; output: number } {
  let text = fs.readFileSync(path.join(CORPUS, 'sobel_edges.cpp'), 'utf8');
  if (schedule !== null) {
    for (const line of HAND) {
      assert.ok(text.includes(line), `sobel_edges.cpp no longer has ${line}`);
      text = text.replace(line, line === HAND[0] ? schedule : '');
    }
  }
  const g = extract(text, { target }).generators[0];
  const a = analyze(g);
  return { max: maxCodeSize(g, a, target), output: stageCodeSizes(g, a, target).get('output.0')! };
}

const inlined = (lanes: number, unroll: boolean) =>
  `Var xo, xi, yo2, yi2; output.tile(x, y, xo, yo2, xi, yi2, 128, 4).parallel(yo2).vectorize(xi, ${lanes})${unroll ? '.unroll(yi2)' : ''};`;

test('unrolled copies multiply the code; lanes past a native vector split each op, and each lane of a clamped gather counts', () => {
  const v16 = sobel(inlined(16, false)).output, v64 = sobel(inlined(64, false)).output;
  const v16u = sobel(inlined(16, true)).output, v64u = sobel(inlined(64, true)).output;
  assert.equal(v16u, 4 * v16);
  assert.equal(v64u, 4 * v64);
  // Inlined whole, sobel_edges gathers every input load through repeat_edge's clamp: 4x the lanes,
  // 4x those units; its arithmetic (uint8 one vector at 64 lanes, int16 two, float four) less than 4x.
  assert.ok(v64 > 3 * v16 && v64 < 4 * v16, `${v64} vs ${v16}`);
  // On AVX2 the same 64 lanes split every op into twice the vectors (the gathers stay per lane).
  const avx2 = sobel(inlined(64, false), 'x86-64-linux-avx-avx2-f16c-fma-sse41').output;
  assert.ok(avx2 > v64, `${avx2} vs ${v64}`);
  // The order of the measured compile times: the hand schedule the smallest, 64 wide unrolled the largest.
  const hand = sobel(null).max;
  assert.ok(hand < v16 && v16 < v64u, `hand ${hand}, v16 ${v16}, v64 unrolled ${v64u}`);
});

test('the budget lets through every hand schedule the corpus compiles in CI, and not the slowest sobel_edges measured', () => {
  for (const f of fs.readdirSync(CORPUS).filter((n) => n.endsWith('.cpp'))) {
    const text = fs.readFileSync(path.join(CORPUS, f), 'utf8');
    for (const g of extract(text, { target: AVX512 }).generators) {
      const size = maxCodeSize(g, analyze(g), AVX512);
      assert.ok(size <= CODE_BUDGET, `${f}: ${size}`);
    }
  }
  assert.ok(sobel(inlined(64, true)).max > CODE_BUDGET);
  assert.ok(sobel(inlined(64, false)).max < CODE_BUDGET && sobel(inlined(16, true)).max < CODE_BUDGET);
});

test('only the Funcs asked about count: a user\'s own stages are theirs to keep', () => {
  const text = fs.readFileSync(path.join(CORPUS, 'sobel_edges.cpp'), 'utf8');
  const g = extract(text, { target: AVX512 }).generators[0];
  const a = analyze(g);
  assert.equal(maxCodeSize(g, a, AVX512, () => false), 0);
  assert.equal(maxCodeSize(g, a, AVX512, (f) => f === 'output'), stageCodeSizes(g, a, AVX512).get('output.0'));
});
