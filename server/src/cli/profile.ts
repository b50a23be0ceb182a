// `halide-lens profile`: measured per-Func time on this machine, matched to the stage graph, as text.
import type { ProfileSummary } from '../toolchain/profileSummary';
import { guessedSizesLines } from './format';

export function profileText(s: ProfileSummary): string {
  const lines = [
    `profile of ${s.generator} on ${s.target}, ${s.threads} thread(s)`,
    `  total ${s.totalMs.toFixed(3)} ms per run (profiled, ${s.runs} runs)${s.bestMsPerIter !== null ? `; best ${s.bestMsPerIter.toFixed(3)} ms per iteration` : ''}`,
    ...guessedSizesLines(s.guessedSizes),
    ...(s.guessedParams?.length ? [`  GeneratorParams guessed (Halide asked for them; --param sets them): ${s.guessedParams.join(' ')}`] : []),
    `  ${'func'.padEnd(24)} ${'stages'.padEnd(22)} ${'ms/run'.padStart(9)} ${'share'.padStart(6)} ${'threads'.padStart(7)}`,
  ];
  for (const r of [...s.rows].sort((a, b) => b.ms - a.ms)) {
    lines.push(`  ${r.func.padEnd(24)} ${(r.stages.join(',') || '(not in graph)').padEnd(22)} ${r.ms.toFixed(3).padStart(9)} ${(100 * r.share).toFixed(0).padStart(5)}% ${r.threads.toFixed(2).padStart(7)}`);
  }
  if (s.inlined.length) lines.push(`  inlined (timed inside their consumers): ${s.inlined.join(', ')}`);
  return lines.join('\n');
}
