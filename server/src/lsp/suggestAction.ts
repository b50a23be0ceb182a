// The "Suggest schedule" code action's work, in the analysis worker (where the syntax tree, the graph
// and the model are): search, place the result in the source (scheduleEdit), and read the new text
// back with our own front end. An edit whose reading differs from the schedule the search scored is
// never offered: the numbers in the title would be about a different program.
import type { TextEdit } from 'vscode-languageserver';
import { extractEditing } from '../halide/extract';
import { generatorKey, type Directive, type GeneratorGraph } from '../halide/graph';
import { ParsedDocument } from '../halide/parser';
import type { CostModel } from '../model/costModel';
import type { ScheduleStep } from '../search/printer';
import { printScheduleHeader } from '../search/scheduleHeader';
import { suggestSchedule, type SuggestResult } from '../search/suggest';
import type { StartFrom } from '../search/space';
import { predictGenerators } from '../model/predict';
import { applyEdit, scheduleEdit } from './scheduleEdit';

/** The worker's answer: an edit with the numbers for the title, or why there is none. */
export type SuggestOutcome =
  | {
    ok: true; generator: string; currentMs: number; predictedMs: number; edit: TextEdit; where: string; complete: boolean; evaluated: number; elapsedMs: number; explanation: string[];
    /** The same steps as a NAME.schedule.h (Halide 14's `-e schedule` layout); null when it cannot be printed. */
    scheduleHeader: string | null;
  }
  | { ok: false; generator: string; reason: string };

/** Schedule directives as compared: what they do, not where they are. */
const key = (d: { func: string; stage: number; name: string; values: unknown }) => JSON.stringify([d.func, d.stage, d.name, d.values]);
const applied = (ds: Directive[]) => ds.filter((d) => d.applies && d.name !== 'update').map(key).sort();

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toFixed(3));

/** Plain words for one Func's searched steps: "blur_x: computed at output's x, vectorized x by 16". */
export function explain(steps: ScheduleStep[]): string[] {
  const byFunc = new Map<string, string[]>();
  const arg = (s: ScheduleStep, i: number) => {
    const a = s.values[i];
    if (!a) return '?';
    return a.kind === 'func' || a.kind === 'var' ? a.name : a.kind === 'int' || a.kind === 'float' ? String(a.value) : a.kind === 'enum' ? a.value : '…';
  };
  for (const s of steps) {
    const w = (() => {
      switch (s.name) {
        case 'compute_root': return 'computed at root';
        case 'compute_inline': return 'inlined';
        case 'compute_at': return `computed at ${arg(s, 0)}'s ${arg(s, 1)}`;
        case 'store_at': return `stored at ${arg(s, 0)}'s ${arg(s, 1)}`;
        case 'vectorize': return `vectorized ${arg(s, 0)}${s.values[1] ? ` by ${arg(s, 1)}` : ''}`;
        case 'parallel': return `parallel over ${arg(s, 0)}`;
        case 'unroll': return `unrolled ${arg(s, 0)}${s.values[1] ? ` by ${arg(s, 1)}` : ''}`;
        case 'split': return `split ${arg(s, 0)} by ${arg(s, 3)}`;
        case 'tile': return `tiled ${arg(s, 0)}, ${arg(s, 1)}`;
        default: return null;
      }
    })();
    if (!w) continue;
    const who = s.stage ? `${s.func}.update(${s.stage - 1})` : s.func;
    byFunc.set(who, [...(byFunc.get(who) ?? []), w]);
  }
  return [...byFunc].map(([f, ws]) => `${f}: ${ws.join(', ')}`);
}

export async function suggestForGenerator(
  model: CostModel, doc: ParsedDocument, uri: string, g: GeneratorGraph, opts: { threads: number; budgetMs: number; signal: AbortSignal; stale: () => boolean; syntaxErrors: boolean; target?: string },
): Promise<SuggestOutcome> {
  const generator = generatorKey(g);
  const no = (reason: string): SuggestOutcome => ({ ok: false, generator, reason });
  if (opts.syntaxErrors) return no('the file has syntax errors: fix them, then ask again');
  if (g.origin !== 'static') return no("the graph is Halide's compiled one: the static reading the edit relies on is incomplete");
  // With a hand schedule, half the budget keeps it and fills in the rest, half starts over: a
  // suggestion that only completes the user's schedule is rarely faster than it.
  const manual = g.schedule.some((d) => d.applies && d.source === 'source' && d.branch !== 'always');
  const froms: StartFrom[] = manual ? ['source', 'scratch'] : ['scratch'];
  let best: Candidate | null = null;
  let failure = 'no schedule found';
  for (const from of froms) {
    if (opts.signal.aborted) break;
    try {
      const c = await candidate(model, g, from, { ...opts, budgetMs: opts.budgetMs / froms.length });
      if (typeof c === 'string') failure = c;
      else if (!best || c.predictedMs < best.predictedMs) best = c;
    } catch (err) {
      failure = (err as Error).message;
    }
  }
  // The syntax tree and text are edited in place by later changes: built on a newer text, the edit would be wrong.
  if (opts.stale()) return no('the document changed during the search');
  if (!best) return no(failure);
  const { r, steps, graph, predictedMs } = best;
  if (r.currentMs === null) return no('the current schedule could not be predicted');
  const explanation = explain(steps.slice(r.from === 'source' ? keptCount(g) : 0));
  const header = [`Suggested by Halide Lens: predicted ${ms(predictedMs)} ms (was ${ms(r.currentMs)} ms) at ${r.threads} thread(s).`, ...explanation].join('\n');
  const placed = scheduleEdit(doc.tree, doc.text, g, steps, header);
  if (!placed) return no('found no place in the source for a schedule (a one-line schedule() or generate() body?)');
  // Read the edited text back: the edit is offered only when it means what was scored.
  const text = applyEdit(doc.text, placed.edit);
  const after = extractEditing(new ParsedDocument(text).tree, text, { uri, target: opts.target });
  const mine = after.generators.find((x) => generatorKey(x) === generator);
  const want = applied(graph.schedule);
  if (!mine || JSON.stringify(applied(mine.schedule)) !== JSON.stringify(want)) {
    return no('the printed schedule reads back differently from the one the search scored (a bug: please report it)');
  }
  return {
    ok: true, generator, currentMs: r.currentMs, predictedMs, edit: placed.edit, where: placed.where,
    complete: r.complete, evaluated: r.evaluated, elapsedMs: r.elapsedMs, explanation, scheduleHeader: asScheduleHeader(g, steps, r),
  };
}

interface Candidate { r: SuggestResult; steps: ScheduleStep[]; graph: GeneratorGraph; predictedMs: number }

/**
 * One search, and its schedule as the file can say it: Funcs the source has no name for (a
 * BoundaryConditions wrapper, a lambda) can be scheduled in a .schedule.h but not in the file, so
 * their steps are left out and the rest is scored again.
 */
// The target sets the vector widths tried (the machine the document is read for).
async function candidate(model: CostModel, g: GeneratorGraph, from: StartFrom, opts: { threads: number; budgetMs: number; signal: AbortSignal; target?: string }): Promise<Candidate | string> {
  const r = await suggestSchedule(model, g, { threads: opts.threads, budgetMs: opts.budgetMs, signal: opts.signal, seed: 0, from, target: opts.target });
  const named = new Set(g.funcs.filter((f) => f.kind === 'func' || f.kind === 'output' || f.kind === 'reduction').map((f) => f.name));
  const printable = (d: { func: string; values: ScheduleStep['values'] }) => named.has(d.func) && d.values.every((a) => a.kind !== 'func' || named.has(a.name));
  const steps = r.steps.filter(printable);
  if (steps.length === r.steps.length) return { r, steps, graph: r.graph, predictedMs: r.predictedMs };
  const graph = { ...r.graph, schedule: r.graph.schedule.filter((d) => d.source !== 'schedule.h' || printable(d)) };
  const [p] = await predictGenerators(model, [{ graph }], opts.threads);
  return p.ok ? { r, steps, graph, predictedMs: p.prediction.totalMs } : `the suggestion could not be predicted: ${p.error}`;
}

/** The steps the edit writes, as a .schedule.h: applied with auto_schedule=true, it replaces the manual branch as the edit does. */
function asScheduleHeader(g: GeneratorGraph, steps: ScheduleStep[], r: SuggestResult): string | null {
  try {
    return printScheduleHeader(g, steps, { target: 'host', threads: r.threads, presplit: new Set(r.presplit) });
  } catch {
    return null; // a Func outside Halide's function list: the edit alone is offered
  }
}

/** How many of the suggestion's steps are the user's kept (reprinted) directives: they lead the list. */
function keptCount(g: GeneratorGraph): number {
  return g.schedule.filter((d) => d.applies && d.source === 'source' && d.branch !== 'always' && d.name !== 'update').length;
}
