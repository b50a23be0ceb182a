// "Suggest schedule" as a code action (kind refactor.rewrite) on the generator the cursor is in.
// The title must carry the predicted speed-up, which only the search knows, so the search runs when
// the user asks for actions there (not in `resolve`, which could fill in only the edit) — in the
// worker, within halideLens.suggest.budgetMs, cancelled with the request, and cached per document
// version and generator, so the menu, the preview and the apply share one search. The requests an
// editor makes by itself on every cursor move (triggerKind Automatic, for the lightbulb) answer only
// from that cache: a search per keystroke pause would keep a core of a 2-core machine busy.
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CodeActionKind, CodeActionTriggerKind, type CodeAction, type CodeActionParams, type CancellationToken } from 'vscode-languageserver';
import type { SuggestOutcome } from './suggestAction';
import { formatMs } from './format';
import { VERIFY_COMMAND } from './protocol';
import type { Verification } from './verifySession';
import type { ViewGenerator } from './workerMessages';

export const SUGGEST_TITLE = 'Suggest schedule';
/** Below this predicted speed-up the current schedule is as good as the suggestion. */
const MIN_SPEEDUP = 1.01;

export interface SuggestDeps {
  /** The generators of the document's latest analysis, once it is settled at the current version. */
  generators(uri: string): Promise<ViewGenerator[] | null>;
  /** `peek`: only a search already made (or running) for this version. */
  search(uri: string, generator: string, peek: boolean, token: CancellationToken): Promise<SuggestOutcome | null>;
  /** The client applies edits that create files (workspaceEdit.documentChanges with resource operation 'create'). */
  canCreateFiles?(): boolean;
  /** Verification runs here (a trusted workspace): offer it. */
  canVerify?(): boolean;
  /** What verification measured for the document's current version, and whether it is running. */
  verification?(uri: string, generator: string): { measured: Verification | null; running: boolean };
}

export const VERIFY_TITLE = 'Verify suggested schedule on this machine';

const inside = (r: { start: { line: number }; end: { line: number } }, line: number) => r.start.line <= line && line <= r.end.line;

export function wantsRefactor(only: string[] | undefined): boolean {
  return !only || only.some((k) => k === CodeActionKind.Refactor || k === CodeActionKind.RefactorRewrite || k === 'refactor.rewrite.halideLens');
}

export function suggestAction(uri: string, o: SuggestOutcome, measured: Verification | null = null): CodeAction {
  if (!o.ok) return { title: SUGGEST_TITLE, kind: CodeActionKind.RefactorRewrite, disabled: { reason: o.reason } };
  const speedup = o.currentMs / o.predictedMs;
  if (speedup < MIN_SPEEDUP) {
    return { title: SUGGEST_TITLE, kind: CodeActionKind.RefactorRewrite, disabled: { reason: `the search found nothing predicted faster than the current schedule (${o.evaluated} schedules scored)` } };
  }
  const x = (v: number) => v.toFixed(v >= 1.1 ? 1 : 2);
  const m = measured ? measured.currentMs / measured.suggestedMs : null;
  const title = m === null ? `${SUGGEST_TITLE} (predicted ${x(speedup)}x faster)`
    : m >= 1 ? `${SUGGEST_TITLE} (measured ${x(m)}x faster here; predicted ${x(speedup)}x)`
      : `${SUGGEST_TITLE} (predicted ${x(speedup)}x faster; measured ${m.toFixed(2)}x here: slower)`;
  return {
    title,
    kind: CodeActionKind.RefactorRewrite,
    edit: { changes: { [uri]: [o.edit] } },
    data: { generator: o.generator, currentMs: o.currentMs, predictedMs: o.predictedMs, explanation: o.explanation, measured },
  };
}

/** NAME.schedule.h beside the generator's file: where Halide's autoschedulers write it (`-e schedule`). */
export function scheduleHeaderUri(uri: string, generator: string): string {
  return `${uri.slice(0, uri.lastIndexOf('/') + 1)}${generator}.schedule.h`;
}

/**
 * The suggestion as a NAME.schedule.h instead of an edit of the source, for builds that apply
 * schedule files (with auto_schedule=true). Offered only beside an enabled suggestion.
 */
export function scheduleHeaderAction(source: string, suggest: CodeAction, o: SuggestOutcome, exists = false): CodeAction | null {
  if (!o.ok || !o.scheduleHeader || suggest.disabled) return null;
  const uri = scheduleHeaderUri(source, o.generator);
  const at = { line: 0, character: 0 };
  // A file that is there already is replaced whole: the title says so before anyone applies it.
  return {
    title: exists
      ? `Replace ${o.generator}.schedule.h with suggested schedule${suggest.title.slice(SUGGEST_TITLE.length)}`
      : `${SCHEDULE_H_TITLE} ${o.generator}.schedule.h${suggest.title.slice(SUGGEST_TITLE.length)}`,
    kind: CodeActionKind.RefactorRewrite,
    edit: {
      documentChanges: [
        { kind: 'create', uri, options: { overwrite: true } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: at, end: at }, newText: o.scheduleHeader }] },
      ],
    },
  };
}

export const SCHEDULE_H_TITLE = 'Write suggested schedule to';

/** Whether a file: URI names a file on this machine's disk (other schemes: not known, so no). */
function existsOnDisk(uri: string): boolean {
  try {
    return uri.startsWith('file:') && fs.existsSync(fileURLToPath(uri));
  } catch {
    return false;
  }
}

/**
 * The hover on a generator's class name once its suggestion is known: the main choices in plain
 * words (the same lines the edit writes as comments), so they can be read before applying it.
 */
export function suggestionHover(o: SuggestOutcome): string | null {
  if (!o.ok || o.currentMs / o.predictedMs < MIN_SPEEDUP) return null;
  const x = o.currentMs / o.predictedMs;
  return [
    `**Suggested schedule** for ${o.generator}: predicted ${formatMs(o.predictedMs)} (now ${formatMs(o.currentMs)}), ${x.toFixed(x >= 1.1 ? 1 : 2)}x faster (the model's prediction, not a measurement)`,
    '',
    ...(o.explanation.length ? o.explanation.map((l) => `- ${l}`) : ['- keeps your schedule and fills in the rest']),
    '',
    `Apply it with *${SUGGEST_TITLE}* in the Refactor menu.`,
  ].join('\n');
}

export async function suggestActions(deps: SuggestDeps, p: CodeActionParams, token: CancellationToken): Promise<CodeAction[]> {
  if (!wantsRefactor(p.context.only)) return [];
  const uri = p.textDocument.uri;
  const gens = await deps.generators(uri);
  const g = gens?.find((x) => inside(x.graph.range, p.range.start.line));
  // Without estimates the model predicts for made-up sizes: the estimates quick fix comes first.
  if (!g || g.estimatesFix || token.isCancellationRequested) return [];
  const o = await deps.search(uri, g.key, p.context.triggerKind === CodeActionTriggerKind.Automatic, token);
  if (!o) return [];
  const v = deps.verification?.(uri, g.key) ?? { measured: null, running: false };
  const out = [suggestAction(uri, o, v.measured)];
  const h = deps.canCreateFiles?.() ? scheduleHeaderAction(uri, out[0], o, existsOnDisk(scheduleHeaderUri(uri, o.generator))) : null;
  if (h) out.push(h);
  if (o.ok && !v.measured && !v.running && deps.canVerify?.()) {
    out.push({ title: VERIFY_TITLE, kind: CodeActionKind.RefactorRewrite, command: { title: VERIFY_TITLE, command: VERIFY_COMMAND, arguments: [{ uri, generator: g.key }] } });
  }
  return out;
}
