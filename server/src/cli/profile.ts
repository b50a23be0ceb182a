// `halide-lens profile`: measured per-Func time on this machine, matched to the stage graph.
import type { GeneratorGraph } from '../halide/graph';
import type { ProfileResult } from '../toolchain/profile';

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
  };
}

export function profileText(s: ProfileSummary): string {
  const lines = [
    `profile of ${s.generator} on ${s.target}, ${s.threads} thread(s)`,
    `  total ${s.totalMs.toFixed(3)} ms per run (profiled, ${s.runs} runs)${s.bestMsPerIter !== null ? `; best ${s.bestMsPerIter.toFixed(3)} ms per iteration` : ''}`,
    `  ${'func'.padEnd(24)} ${'stages'.padEnd(22)} ${'ms/run'.padStart(9)} ${'share'.padStart(6)} ${'threads'.padStart(7)}`,
  ];
  for (const r of [...s.rows].sort((a, b) => b.ms - a.ms)) {
    lines.push(`  ${r.func.padEnd(24)} ${(r.stages.join(',') || '(not in graph)').padEnd(22)} ${r.ms.toFixed(3).padStart(9)} ${(100 * r.share).toFixed(0).padStart(5)}% ${r.threads.toFixed(2).padStart(7)}`);
  }
  if (s.inlined.length) lines.push(`  inlined (timed inside their consumers): ${s.inlined.join(', ')}`);
  return lines.join('\n');
}
