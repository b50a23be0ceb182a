// The label noise floor: measure a random subset of samples again, later, exactly as they were
// measured the first time, and compare the two. No model can agree with the labels better than
// the labels agree with themselves.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { extract } from '../halide/extract';
import { compileObject, type BuildContext } from '../toolchain/build';
import { locateHalide } from '../toolchain/halide';
import { hostTarget } from '../toolchain/target';
import type { BenchWorker } from '../toolchain/worker';
import { launchWorker } from '../toolchain/workerBuild';
import type { BenchRequest } from '../toolchain/workerProtocol';
import { bestMs, PartWriter, readSamples, type Sample } from './dataset';
import { isRealworld } from './realworld';
import { machineFingerprint } from '../toolchain/machine';
import { DEFAULT_PLAN, pipelineSource, schedulesPlan } from './plan';
import { toWorkerDirectives } from '../toolchain/workerDirectives';
import { mulberry32 } from './prng';
// The model report's definition (tau-b), so the noise floor and the models are scored alike.
import { kendallTauB } from '../model/metrics';

export interface Remeasure { id: string; medianMs: number; timesMs: number[]; spread: number; cpuUtilization: number; date: string }


export function readRemeasures(dataDir: string): Remeasure[] {
  const dir = path.join(dataDir, 'noise');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl.gz')).sort().flatMap((f) =>
    zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Remeasure));
}

/** Re-measure `count` samples not re-measured yet, chosen at random (seeded), grouped by pipeline. */
export async function remeasure(opts: { root: string; dataDir: string; cacheDir: string; count: number; seed?: number; log?: (s: string) => void }): Promise<number> {
  const log = opts.log ?? ((s: string) => process.stderr.write(s + '\n'));
  const tc = locateHalide();
  const ctx: BuildContext = { tc, cacheDir: opts.cacheDir };
  const { target } = await hostTarget(ctx);
  const machine = machineFingerprint(target);
  const done = new Set(readRemeasures(opts.dataDir).map((r) => r.id));
  const r = mulberry32(opts.seed ?? 1);
  // Realworld samples are measured at guessed sizes with their support headers (collector.ts): not here.
  const pool = readSamples(opts.dataDir).filter((s) => s.machine === machine.id && !done.has(s.id) && !isRealworld(s.pipeline));
  const chosen = pool.map((s) => [r(), s] as const).sort((a, b) => a[0] - b[0]).slice(0, opts.count).map(([, s]) => s);
  const writer = new PartWriter<Remeasure>(path.join(opts.dataDir, 'noise'), machine.id);
  const byPipeline = new Map<string, Sample[]>();
  for (const s of chosen) byPipeline.set(s.pipeline, [...(byPipeline.get(s.pipeline) ?? []), s]);
  let n = 0;
  // Stopping by signal keeps what was measured (the writer buffers 100 lines).
  const onSignal = (sig: NodeJS.Signals) => { writer.flush(); process.exit(sig === 'SIGINT' ? 130 : 143); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    for (const [pipeline, samples] of byPipeline) {
      const file = pipelineSource(opts.root, pipeline);
      if (!fs.existsSync(file)) continue;
      const source = fs.readFileSync(file, 'utf8');
      const graph = extract(source).generators[0];
      const plan = schedulesPlan(graph, DEFAULT_PLAN);
      let worker: BenchWorker | null = null;
      try {
        worker = await launchWorker(ctx, [(await compileObject(ctx, file)).objectPath], samples[0].generator);
        for (const s of samples) {
          const spec = plan.find((p) => p.source === s.schedule.source && p.seed === s.schedule.seed);
          if (!spec) continue;
          const schedule = spec.text !== null && s.schedule.text !== null
            ? { kind: 'directives' as const, directives: toWorkerDirectives(extract(source, { schedule: s.schedule.text }).generators[0].schedule.filter((d) => d.source === 'schedule.h')) }
            : spec.schedule;
          const req: BenchRequest = { generator: s.generator, params: s.params, schedule, threads: s.threads, reps: 7, min_rep_ms: 20, max_total_ms: 20_000, fresh_names: true };
          const res = await worker.request(req, { timeoutMs: 240_000 });
          if (!res.ok) continue;
          writer.append({ id: s.id, medianMs: res.median_ms, timesMs: res.times_ms, spread: res.spread, cpuUtilization: res.cpu_utilization, date: new Date().toISOString() });
          n++;
        }
      } catch (err) {
        // One pipeline that no longer builds does not end the run.
        log(`remeasure: ${pipeline}: ${(err as Error).message.split('\n')[0].slice(0, 200)}, skipped`);
      } finally {
        await worker?.close();
      }
      log(`remeasure: ${n} of ${chosen.length}`);
    }
  } finally {
    writer.flush();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
  return n;
}

export interface NoiseFloor { pairs: number; mape: number; medianApe: number; meanTau: number; pairwiseAccuracy: number; pipelines: number }

/** Agreement between first and second measurements: MAPE and within-pipeline ranking. */
export function noiseFloor(samples: Sample[], again: Remeasure[]): NoiseFloor {
  const byId = new Map(samples.map((s) => [s.id, s]));
  const pairs = again.filter((r) => byId.has(r.id)).map((r) => ({ s: byId.get(r.id)!, r }));
  const apes = pairs.map(({ s, r }) => Math.abs(bestMs(r) - bestMs(s)) / bestMs(s));
  const groups = new Map<string, { a: number; b: number }[]>();
  for (const { s, r } of pairs) groups.set(s.pipeline, [...(groups.get(s.pipeline) ?? []), { a: bestMs(s), b: bestMs(r) }]);
  const taus: number[] = [];
  let agree = 0;
  let total = 0;
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    taus.push(kendallTauB(g.map((x) => x.a), g.map((x) => x.b)));
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) {
        if (g[i].a === g[j].a) continue;
        total++;
        if (Math.sign(g[i].a - g[j].a) === Math.sign(g[i].b - g[j].b)) agree++;
      }
    }
  }
  const sorted = [...apes].sort((x, y) => x - y);
  return {
    pairs: pairs.length,
    mape: apes.reduce((x, y) => x + y, 0) / Math.max(apes.length, 1),
    medianApe: sorted[Math.floor(sorted.length / 2)] ?? NaN,
    meanTau: taus.reduce((x, y) => x + y, 0) / Math.max(taus.length, 1),
    pairwiseAccuracy: total ? agree / total : NaN,
    pipelines: taus.length,
  };
}
