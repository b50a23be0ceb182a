// Featurizer benchmark: featurize() (analysis included) on corpus generators and synthetic chains.
// Prints numbers; asserts nothing. Run: npx tsc -b && node out/bench/features.bench.js
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extract } from '../server/src/halide/extract';
import { analyze } from '../server/src/analysis/index';
import { featurize } from '../server/src/features/index';
import { syntheticGenerator } from '../test/synthetic';

function median(fn: () => void, iterations: number): number {
  for (let i = 0; i < 5; i++) fn(); // warm-up
  const xs: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return xs.sort((a, b) => a - b)[xs.length >> 1];
}

function benchOne(label: string, text: string, schedule?: string): void {
  const g = extract(text, { schedule }).generators[0];
  const feat = median(() => featurize(g, { threads: 8 }), 40);
  const ana = median(() => analyze(g), 40);
  console.log(`${label.padEnd(28)} ${String(g.stages.length).padStart(4)} stages  featurize ${feat.toFixed(2).padStart(7)} ms  (analysis alone ${ana.toFixed(2)} ms)`);
}

const corpus = path.resolve(__dirname, '..', '..', 'corpus');
console.log(`Halide Lens featurizer benchmark (node ${process.version}), median of 40`);
for (const name of ['blur3x3', 'harris_corners', 'camera_pipe_lite', 'local_laplacian']) {
  const file = path.join(corpus, `${name}.cpp`);
  if (fs.existsSync(file)) benchOne(`corpus/${name}`, fs.readFileSync(file, 'utf8'));
}
// Everything inlined: the worst case for the walks through inlined call chains (clamp.ts, modulo.ts);
// before their memo keys were normalised this took 12.9 s and 390 MB.
const laplacian = path.join(corpus, 'local_laplacian.cpp');
if (fs.existsSync(laplacian)) benchOne('local_laplacian, all inline', fs.readFileSync(laplacian, 'utf8'), '// naive: inline\n');
for (const n of [20, 50, 100]) benchOne(`synthetic ${n}-stage chain`, syntheticGenerator(n));
