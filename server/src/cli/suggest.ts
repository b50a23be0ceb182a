// `halide-lens suggest`: model-guided schedule search for one generator. Prints the predicted total
// of the current schedule and of the suggestion, the predicted speed-up and the schedule code;
// --schedule-h writes the suggestion as a .schedule.h in Halide 14's `-e schedule` layout.
import * as fs from 'node:fs';
import type { GeneratorGraph } from '../halide/graph';
import { CostModel } from '../model/index';
import { DEFAULT_BUDGET_MS, suggestSchedule, type SuggestResult } from '../search/suggest';
import type { StartFrom } from '../search/space';
import { extract } from '../halide/extract';
import { guessedSizesLines } from './format';
import type { IncludeResolver } from '../halide/includes';
import { toDirective } from '../search/lower';
import { verifySchedules, type VerifiedCandidate, type VerifyCandidate } from '../toolchain/verify';
import { toWorkerDirectives, UnsupportedDirective } from '../toolchain/workerDirectives';
import { UsageError, type Parsed } from './args';

export const SUGGEST_USAGE = `  suggest FILE.cpp [--generator NAME] [--param NAME=VALUE ...] [--target TARGET] [--include DIRS]
          [--budget-ms N] [--seed N] [--threads N] [--from source|scratch] [--schedule-h OUT] [--model PATH] [--exact] [--json]
        search schedules with the cost model (default budget ${DEFAULT_BUDGET_MS} ms) and print the best: predicted
        time of the current schedule and of the suggestion, and the schedule code; --schedule-h writes it as
        OUT (NAME.schedule.h, as Halide's autoschedulers write it); --from source keeps the schedule the
        source has (the default when it has one) and fills in the rest, --from scratch ignores it.
        --verify compiles and times the current schedule and the best few candidates on this machine
        (5 repetitions each, one at a time) and suggests the fastest measured, with measured speed-ups`;

function intFlag(p: Parsed, flag: string, dflt: number, min: number): number {
  const v = p.flags.get(flag);
  if (v === undefined) return dflt;
  const n = Number(v);
  if (typeof v !== 'string' || !Number.isInteger(n) || n < min) throw new UsageError(`${flag} wants an integer >= ${min}`);
  return n;
}

export interface SuggestCliOptions {
  threads: number; target?: string; hostTarget: () => Promise<string | undefined>;
  /** For --verify: the generator's file, its params, and where its headers are. */
  file?: string; params?: Record<string, string>; includes?: IncludeResolver; includeDirs?: string[];
}

export async function suggestCommand(p: Parsed, graph: GeneratorGraph, opts: SuggestCliOptions, out: (s: string) => void): Promise<number> {
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
    const verified = p.flags.has('--verify') ? await verify(r, graph, opts, ac.signal) : null;
    // Verified: the fastest measured candidate is the suggestion; else the fastest predicted.
    const pick = verified?.best ?? r.alternatives[0];
    const out_h = p.flags.get('--schedule-h');
    if (typeof out_h === 'string') fs.writeFileSync(out_h, pick?.scheduleHeader ?? r.scheduleHeader);
    out(p.flags.has('--json') ? JSON.stringify({ ...jsonReport(r, target), verified: verified?.rows ?? null }, null, 2) : suggestText(r, target, verified));
    return verified && !verified.measuredAny ? 1 : 0;
  } finally {
    process.removeListener('SIGINT', onSignal);
    await cost.dispose();
  }
}

interface Verified {
  rows: VerifiedCandidate[];
  /** The fastest measured suggestion that beats the current schedule's measurement, if any. */
  best: SuggestResult['alternatives'][number] | null;
  bestRow: VerifiedCandidate | null;
  current: VerifiedCandidate;
  /** Some candidate ran (else verification failed as a whole). */
  measuredAny: boolean;
}

/**
 * Times the current schedule and each alternative with the real toolchain. Each alternative is read
 * back from its printed code by the front end, so what is measured is what the user would paste.
 */
async function verify(r: SuggestResult, graph: GeneratorGraph, opts: SuggestCliOptions, signal: AbortSignal): Promise<Verified> {
  if (!opts.file) throw new Error('--verify needs the generator file');
  const source = fs.readFileSync(opts.file, 'utf8');
  const name = graph.registeredName ?? graph.className;
  if (!name) throw new Error('--verify: the generator has no registered name to build it by');
  const cands: VerifyCandidate[] = [{ label: 'current schedule', predictedMs: r.currentMs, schedule: { kind: 'hand' } }];
  const which: (SuggestResult['alternatives'][number] | null)[] = [null];
  r.alternatives.forEach((a, i) => {
    // A static graph's candidates are measured as their printed code reads back (what the user
    // gets); Halide's own graph (--exact) names what the static reader may not, so its steps go as they are.
    const read = graph.origin === 'compiled' ? null : extract(source, { uri: opts.file, schedule: a.code, params: opts.params, includes: opts.includes, generator: graph.registeredName ?? undefined, target: opts.target }).generators[0];
    if (graph.origin !== 'compiled' && !read) return;
    try {
      const directives = read ? read.schedule.filter((d) => d.source === 'schedule.h') : a.steps.map(toDirective);
      cands.push({ label: `candidate ${i + 1}`, predictedMs: a.predictedMs, schedule: { kind: 'directives', directives: toWorkerDirectives(directives) } });
      which.push(a);
    } catch (err) {
      if (!(err instanceof UnsupportedDirective)) throw err;
    }
  });
  const rows = await verifySchedules(opts.file, name, cands, {
    params: opts.params, threads: r.threads, includeDirs: opts.includeDirs, signal,
    onProgress: (done, total, label) => process.stderr.write(`halide-lens: verifying ${done + 1 > total ? total : done + 1}/${total}: ${label}\n`),
  });
  const current = rows[0];
  let best: Verified['best'] = null, bestRow: VerifiedCandidate | null = null;
  rows.forEach((row, i) => {
    if (i === 0 || row.measuredMs === null) return;
    if (!bestRow || row.measuredMs < bestRow.measuredMs!) { bestRow = row; best = which[i]; }
  });
  // Nothing measured faster than what the user has: suggest nothing.
  const b = bestRow as VerifiedCandidate | null;
  if (b && current.measuredMs !== null && b.measuredMs! >= current.measuredMs) return { rows, best: null, bestRow: null, current, measuredAny: true };
  return { rows, best, bestRow, current, measuredAny: bestRow !== null };
}

function jsonReport(r: SuggestResult, target: string | undefined) {
  const { graph: _graph, ...rest } = r;
  return { ...rest, target: target ?? null, speedup: r.currentMs !== null ? r.currentMs / r.predictedMs : null };
}

const ms = (v: number): string => (v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toFixed(3));

function verifiedText(v: Verified): string[] {
  const cur = v.current.measuredMs;
  const lines = ['', `verified on this machine (fastest of 5 repetitions each, one schedule at a time):`];
  for (const row of v.rows) {
    const pred = row.predictedMs !== null ? `predicted ${ms(row.predictedMs)} ms` : 'not predicted';
    const meas = row.measuredMs !== null ? `measured ${ms(row.measuredMs)} ms` : `failed: ${row.error}`;
    const vs = row !== v.current && row.measuredMs !== null && cur ? `  (${(cur / row.measuredMs).toFixed(2)}x measured vs current)` : '';
    lines.push(`  ${row.label.padEnd(18)} ${pred.padEnd(24)} ${meas}${vs}`);
  }
  if (v.bestRow && cur) {
    const b = v.bestRow as VerifiedCandidate;
    const predicted = v.current.predictedMs !== null && b.predictedMs !== null ? ` (predicted ${(v.current.predictedMs / b.predictedMs).toFixed(2)}x)` : '';
    lines.push(`  suggestion: ${b.label}, ${(cur / b.measuredMs!).toFixed(2)}x measured against the current schedule${predicted}`);
  } else if (v.measuredAny) {
    lines.push('  no candidate measured faster than the current schedule here: keep it');
  } else {
    lines.push('  no candidate could be measured: nothing is suggested');
  }
  return lines;
}

/** How the search ended, when it matters to the reader: cut short, or cut by the clock (not reproducible). */
function searchEnd(r: SuggestResult): string {
  const cut = r.complete ? '' : ', before every Func was decided';
  if (r.stoppedBy === 'clock') return ` (stopped by the clock before its work budget${cut}: this machine is slower or busier than the one calibrated, and another run may suggest otherwise)`;
  if (r.stoppedBy !== 'finished') return ` (its ${r.stoppedBy} budget spent${cut})`;
  return '';
}

export function suggestText(r: SuggestResult, target: string | undefined, verified: Verified | null = null): string {
  const speedup = r.currentMs !== null ? r.currentMs / r.predictedMs : null;
  const code = verified ? (verified.best?.code ?? '') : r.code;
  return [
    `suggested schedule for ${r.generator} (${r.threads} thread(s), target ${target ?? 'unknown: 16-byte vectors'}, ` +
      `${r.from === 'source' ? "keeping the source's schedule" : 'from scratch'}):`,
    ...guessedSizesLines(r.guessedSizes),
    `  current schedule    ${r.currentMs !== null ? `${ms(r.currentMs)} ms` : 'not predicted'}`,
    `  suggestion          ${ms(r.predictedMs)} ms${speedup !== null ? `  (${speedup.toFixed(2)}x predicted)` : ''}`,
    `  baselines           all inlined (deep stencils at root) ${ms(r.baselines.allInlineMs)} ms, all at root ${ms(r.baselines.allRootMs)} ms`,
    `  search              ${r.evaluated} schedules scored in ${Math.round(r.elapsedMs)} ms${searchEnd(r)}`,
    ...(verified ? verifiedText(verified) : ['  (predictions of the cost model only: not measured on this machine; --verify measures them)']),
    '',
    code.trimEnd(),
  ].join('\n');
}
