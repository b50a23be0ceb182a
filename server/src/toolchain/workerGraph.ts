// A generator's graph as Halide itself reports it, asked of a running bench worker: the pipeline its
// generator builds with these GeneratorParams and no schedule (what the autoschedulers see). Real
// generators often set their estimates only there, and the static reading is not exact for all of them.
import type { GeneratorGraph } from '../halide/graph';
import { dumpToGenerator } from './dumpToGraph';
import type { BenchWorker } from './worker';
import type { ScheduleOnlyResult } from './workerProtocol';

export interface WorkerGraphRequest {
  generator: string;
  params: Record<string, string>;
  /** Fill in the estimates the generator lacks, as the collector measures realworld samples. */
  guessEstimates?: boolean;
}

/** The graph, or why there is none (the worker's error, no dump, a dump we cannot convert). */
export async function workerGraph(worker: BenchWorker, req: WorkerGraphRequest, sourceText: string, timeoutMs: number): Promise<GeneratorGraph | string> {
  const r = await worker.request({
    generator: req.generator, params: req.params, schedule: { kind: 'directives', directives: [] }, schedule_only: true, dump: true,
    ...(req.guessEstimates ? { guess_estimates: true } : {}),
  }, { timeoutMs });
  if (!r.ok) return r.error.split('\n')[0].slice(0, 200);
  const dump = (r as unknown as ScheduleOnlyResult).dump;
  if (!dump) return 'the worker returned no pipeline dump';
  try {
    return dumpToGenerator(dump, { text: sourceText, params: req.params }).graph;
  } catch (err) {
    return (err as Error).message.split('\n')[0];
  }
}
