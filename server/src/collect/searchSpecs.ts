// The cost model's own picks as schedules to measure. A search against a learned model finds the
// schedules the model is wrongly optimistic about, and random or autoscheduler samples rarely land
// there: measuring the search's best few and training on them is how the model learns its blind
// spots (Adams et al. 2019 train on their own beam's samples for the same reason). Test-split
// pipelines get none, so the test split still says how the search does on pipelines never measured.
import type { GeneratorGraph } from '../halide/graph';
import type { CostModel } from '../model/costModel';
import { suggestSchedule } from '../search/suggest';
import type { ScheduleSpec } from './plan';

/** Search budget per pipeline: the editor's default, so the picks are the ones a user would get. */
const BUDGET_MS = 3000;

/**
 * Up to `count` distinct schedules the search ranks best for `graph` from scratch (the best, then the
 * best of other placements, as `--verify` measures them), as printed code the collector reads back.
 * A search that fails (a graph it cannot score) gives none, and says why.
 */
export async function searchSpecs(
  model: CostModel, graph: GeneratorGraph, opts: { count: number; threads: number; target: string },
): Promise<{ specs: ScheduleSpec[]; error?: string }> {
  if (opts.count <= 0) return { specs: [] };
  try {
    const res = await suggestSchedule(model, graph, { threads: opts.threads, target: opts.target, from: 'scratch', seed: 0, keep: opts.count, budgetMs: BUDGET_MS });
    const specs = res.alternatives.map((alt, k): ScheduleSpec => ({
      source: 'search', seed: k + 1, schedule: { kind: 'directives', directives: [] }, text: alt.code,
    }));
    return { specs };
  } catch (err) {
    return { specs: [], error: (err as Error).message.split('\n')[0] };
  }
}
