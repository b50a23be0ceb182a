// `halide-lens suggest`: model-guided schedule search for one generator. Prints the predicted total
// of the current schedule and of the suggestion, the predicted speed-up and the schedule code;
// --schedule-h writes the suggestion as a .schedule.h in Halide 14's `-e schedule` layout.
import * as fs from 'node:fs';
import type { GeneratorGraph } from '../halide/graph';
import { CostModel } from '../model/index';
import { DEFAULT_BUDGET_MS, suggestSchedule, type SuggestResult } from '../search/suggest';
import type { StartFrom } from '../search/space';
import { UsageError, type Parsed } from './args';

export const SUGGEST_USAGE = `  suggest FILE.cpp [--generator NAME] [--param NAME=VALUE ...] [--target TARGET] [--include DIRS]
          [--budget-ms N] [--seed N] [--threads N] [--from source|scratch] [--schedule-h OUT] [--model PATH] [--json]
        search schedules with the cost model (default budget ${DEFAULT_BUDGET_MS} ms) and print the best: predicted
        time of the current schedule and of the suggestion, and the schedule code; --schedule-h writes it as
        OUT (NAME.schedule.h, as Halide's autoschedulers write it); --from source keeps the schedule the
        source has (the default when it has one) and fills in the rest, --from scratch ignores it.
        --verify (benchmark the best few on this machine) is not built yet`;

function intFlag(p: Parsed, flag: string, dflt: number, min: number): number {
  const v = p.flags.get(flag);
  if (v === undefined) return dflt;
  const n = Number(v);
  if (typeof v !== 'string' || !Number.isInteger(n) || n < min) throw new UsageError(`${flag} wants an integer >= ${min}`);
  return n;
}

export interface SuggestCliOptions { threads: number; target?: string; hostTarget: () => Promise<string | undefined> }

export async function suggestCommand(p: Parsed, graph: GeneratorGraph, opts: SuggestCliOptions, out: (s: string) => void): Promise<number> {
  if (p.flags.has('--verify')) throw new Error('suggest --verify (benchmarking the best candidates on this machine) is not built yet');
  const from = p.flags.get('--from');
  if (from !== undefined && from !== 'source' && from !== 'scratch') throw new UsageError('--from wants source or scratch');
  const budgetMs = intFlag(p, '--budget-ms', DEFAULT_BUDGET_MS, 1);
  const seed = intFlag(p, '--seed', 0, 0);
  const model = p.flags.get('--model');
  const cost = new CostModel({ modelPath: typeof model === 'string' ? model : undefined });
  const ac = new AbortController();
  const onSignal = () => ac.abort(new Error('cancelled'));
  process.once('SIGINT', onSignal);
  try {
    // The vector widths tried come from the target: the one given, else this machine's when Halide is installed.
    const target = opts.target ?? (await opts.hostTarget());
    const r = await suggestSchedule(cost, graph, {
      threads: opts.threads, target, budgetMs, seed, from: from as StartFrom | undefined, signal: ac.signal,
    });
    const out_h = p.flags.get('--schedule-h');
    if (typeof out_h === 'string') fs.writeFileSync(out_h, r.scheduleHeader);
    out(p.flags.has('--json') ? JSON.stringify(jsonReport(r, target), null, 2) : suggestText(r, target));
    return 0;
  } finally {
    process.removeListener('SIGINT', onSignal);
    await cost.dispose();
  }
}

function jsonReport(r: SuggestResult, target: string | undefined) {
  const { graph: _graph, ...rest } = r;
  return { ...rest, target: target ?? null, speedup: r.currentMs !== null ? r.currentMs / r.predictedMs : null };
}

const ms = (v: number): string => (v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toFixed(3));

export function suggestText(r: SuggestResult, target: string | undefined): string {
  const speedup = r.currentMs !== null ? r.currentMs / r.predictedMs : null;
  return [
    `suggested schedule for ${r.generator} (${r.threads} thread(s), target ${target ?? 'unknown: 16-byte vectors'}, ` +
      `${r.from === 'source' ? "keeping the source's schedule" : 'from scratch'}):`,
    `  current schedule    ${r.currentMs !== null ? `${ms(r.currentMs)} ms` : 'not predicted'}`,
    `  suggestion          ${ms(r.predictedMs)} ms${speedup !== null ? `  (${speedup.toFixed(2)}x predicted)` : ''}`,
    `  baselines           all inlined (deep stencils at root) ${ms(r.baselines.allInlineMs)} ms, all at root ${ms(r.baselines.allRootMs)} ms`,
    `  search              ${r.evaluated} schedules scored in ${Math.round(r.elapsedMs)} ms${r.complete ? '' : ' (budget reached before every Func was decided)'}`,
    '  (predictions of the cost model only: not measured on this machine)',
    '',
    r.code.trimEnd(),
  ].join('\n');
}
