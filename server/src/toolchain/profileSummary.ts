// A profile matched to the stage graph: per-Func measured time with the graph's stages of each Func,
// the Funcs that got no time (inlined) and the profiler's Funcs the graph lacks. Shared by the
// editor (lsp/) and the CLI, so it lives beside the profiler rather than in either.
import type { GeneratorGraph } from '../halide/graph';
import type { ProfileResult } from './profile';

export interface ProfileRow {
  func: string;
  /** The graph's stages of this Func (the profiler times a Func's stages together). */
  stages: string[];
  ms: number;
  share: number;
  threads: number;
}

export interface ProfileSummary {
  generator: string;
  target: string;
  threads: number;
  totalMs: number;
  bestMsPerIter: number | null;
  runs: number;
  rows: ProfileRow[];
  /** Funcs of the graph with no time of their own: inlined into their consumers. */
  inlined: string[];
  /** Funcs the profiler names that the graph does not have (e.g. wrappers Halide made). */
  unmatched: string[];
  /** Sizes guessed because the generator sets no estimates for them (empty: the generator's own). */
  guessedSizes: string[];
  /** GeneratorParams given because Halide asked for them (`input0.type=float32`); absent in profiles saved before. */
  guessedParams?: string[];
}

export function summarizeProfile(result: ProfileResult, graph: Pick<GeneratorGraph, 'funcs'>): ProfileSummary {
  const rows: ProfileRow[] = result.report.funcs.map((f) => ({
    func: f.func,
    stages: graph.funcs.find((g) => g.name === f.func)?.stages ?? [],
    ms: f.ms,
    share: f.share,
    threads: f.threads,
  }));
  const timed = new Set(rows.map((r) => r.func));
  return {
    generator: result.generator,
    target: result.target,
    threads: result.threads,
    totalMs: result.report.totalMs,
    bestMsPerIter: result.bestMsPerIter,
    runs: result.report.runs,
    rows,
    inlined: graph.funcs.filter((f) => !timed.has(f.name)).map((f) => f.name),
    unmatched: rows.filter((r) => r.stages.length === 0).map((r) => r.func),
    guessedSizes: result.guessedSizes,
    guessedParams: result.guessedParams,
  };
}
