// Cost model benchmark: the latency of one prediction (features + inference) by pipeline size, and
// the scoring throughput of batches, the way a schedule search calls the model.
import { performance } from 'node:perf_hooks';
import { extract } from '../server/src/halide/extract';
import { featurize } from '../server/src/features/index';
import { CostModel } from '../server/src/model/index';
import { syntheticGenerator } from '../test/synthetic';
import { fmt, measureAsync } from './stats';

async function main(): Promise<void> {
  // One inference thread, as the language server runs it.
  const model = new CostModel({ threads: 1 });
  await model.load();
  console.log('predict latency: parse is excluded, features + inference are included (1 inference thread)');
  for (const n of [5, 20, 50, 200]) {
    const g = extract(syntheticGenerator(n)).generators[0];
    const stages = g.stages.length;
    const feats: number[] = [];
    const infer: number[] = [];
    const both = await measureAsync(async () => {
      const t0 = performance.now();
      const f = featurize(g, { threads: 2 });
      const t1 = performance.now();
      await model.predict([{ generator: 'chain', features: f, threads: 2 }]);
      feats.push(t1 - t0);
      infer.push(performance.now() - t1);
    }, n >= 200 ? 30 : 60);
    console.log(`  ${String(n).padStart(3)}-stage chain (${stages} stages): total ${fmt(both)} | features ${fmt(feats)} | inference ${fmt(infer)}`);
  }
  console.log('batch scoring throughput (features precomputed, as a search scores many candidate schedules)');
  for (const n of [20, 50]) {
    const f = featurize(extract(syntheticGenerator(n)).generators[0], { threads: 2 });
    for (const b of [1, 16, 64, 256]) {
      const items = Array.from({ length: b }, () => ({ generator: 'chain', features: f, threads: 2 }));
      const t = await measureAsync(() => model.predict(items), b >= 256 ? 5 : 15, 2);
      const per = t.reduce((a, c) => a + c, 0) / t.length;
      console.log(`  ${n}-stage, batch ${String(b).padStart(3)}: ${(1000 * b / per).toFixed(0).padStart(6)} schedules/s (${per.toFixed(1)} ms per batch)`);
    }
  }
  await model.dispose();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
