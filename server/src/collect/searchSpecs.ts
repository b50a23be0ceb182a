// The cost model's own picks as schedules to measure. A search against a learned model finds the
// schedules the model is wrongly optimistic about, and random or autoscheduler samples rarely land
// there: measuring the search's best few and training on them is how the model learns its blind
// spots (Adams et al. 2019 train on their own beam's samples for the same reason). Test-split
// pipelines get none, so the test split still says how the search does on pipelines never measured.
// Realworld generators get them too (searched on Halide's own graph of them): real code is where the
// search must not be fooled, and an out-of-fold model (`--realworld-train K/N`) drops a repository's
// samples whole, these with the rest.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import type { GeneratorGraph } from '../halide/graph';
import type { CostModel } from '../model/costModel';
import { resolveModelPaths } from '../model/files';
import { toDirective } from '../search/lower';
import { suggestSchedule } from '../search/suggest';
import { toWorkerDirectives } from '../toolchain/workerDirectives';
import type { ScheduleSpec } from './plan';

/** Search budget per pipeline: the editor's default, so the picks are the ones a user would get. */
const BUDGET_MS = 3000;

/**
 * Bumped when the search space changes what the search can pick (v2: small constant reductions
 * unrolled, producers at the root loops enclosing their consumer's compute_at).
 */
export const SEARCH_SPACE_VERSION = 2;

/**
 * The first sample seed of one model's picks: each retrained model's search is a new round (the
 * Adams2019 recipe: search, measure, retrain, again), so its picks must not count as done because an
 * earlier model's were measured. From the model file's hash (and the search space's version): the
 * same model gives the same seeds, so a resumed run skips what it measured. Seeds `base + 1 .. base + count`.
 */
export function searchSeedBase(modelPath?: string): number {
  const hash = crypto.createHash('sha1').update(fs.readFileSync(resolveModelPaths(modelPath).onnx));
  // A new search space is a new round too: the same model picks other schedules in it.
  if (SEARCH_SPACE_VERSION > 1) hash.update(`search space v${SEARCH_SPACE_VERSION}`);
  const digest = hash.digest();
  return (digest.readUInt32BE(0) % 9999 + 1) * 100;
}

/** The seed of a round's k-th pick (0-based): what the collector keys samples by and the spec carries. */
export const searchSeed = (base: number, k: number): number => base + k + 1;

/**
 * Up to `count` distinct schedules the search ranks best for `graph` from scratch (the best, then the
 * best of other placements, as `--verify` measures them): the printed code, which the collector reads
 * back with the front end for our generators, and the directives themselves, which it sends as they
 * are for realworld ones (searched on Halide's own graph, which the front end may not read exactly).
 * A search that fails (a graph it cannot score) gives none, and says why.
 */
export async function searchSpecs(
  model: CostModel, graph: GeneratorGraph, opts: { count: number; threads: number; target: string; seedBase: number },
): Promise<{ specs: ScheduleSpec[]; error?: string }> {
  if (opts.count <= 0) return { specs: [] };
  try {
    const res = await suggestSchedule(model, graph, { threads: opts.threads, target: opts.target, from: 'scratch', seed: 0, keep: opts.count, budgetMs: BUDGET_MS });
    const specs = res.alternatives.map((alt, k): ScheduleSpec => ({
      source: 'search', seed: searchSeed(opts.seedBase, k), text: alt.code,
      schedule: { kind: 'directives', directives: toWorkerDirectives(alt.steps.map(toDirective)) },
    }));
    return { specs };
  } catch (err) {
    return { specs: [], error: (err as Error).message.split('\n')[0] };
  }
}
