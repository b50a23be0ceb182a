// Compiled-graph latency: Halide itself reports the pipeline (toolchain/compiledGraph.ts). Cold is a
// fresh build cache (the generator and the dumper compiled, linked and run); cached is the same text
// again (only the dumper runs). The time a user waits after a pause in typing when the static reading
// is incomplete. Needs the Halide toolchain; says so and skips otherwise.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compiledGraph } from '../server/src/toolchain/compiledGraph';
import { locateHalide } from '../server/src/toolchain/halide';
import { quantile } from './stats';

async function main(): Promise<void> {
  try {
    locateHalide();
  } catch (e) {
    console.log(`skipped: ${(e as Error).message.split('\n')[0]}`);
    return;
  }
  const root = path.resolve(__dirname, '..', '..');
  const files = ['corpus/blur3x3.cpp', 'corpus/local_laplacian.cpp'];
  console.log(`Halide Lens compiled-graph benchmark (node ${process.version}, ${os.cpus().length} cores)`);
  for (const rel of files) {
    const file = path.join(root, rel);
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-compiled-bench-'));
    try {
      const t0 = performance.now();
      const g = await compiledGraph(file, undefined, { cacheDir });
      const cold = performance.now() - t0;
      const cached: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        await compiledGraph(file, undefined, { cacheDir });
        cached.push(performance.now() - t);
      }
      const stages = g.generators.reduce((n, x) => n + x.stages.length, 0);
      console.log(`${rel.padEnd(28)} ${String(stages).padStart(3)} stages  cold ${(cold / 1000).toFixed(2).padStart(6)} s  cached p50 ${quantile(cached, 0.5).toFixed(0).padStart(5)} ms  max ${Math.max(...cached).toFixed(0).padStart(5)} ms`);
    } finally {
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  }
}

void main();
