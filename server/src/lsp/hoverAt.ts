// textDocument/hover: on a Func, its stages' predicted (and measured) times and what drives them; on
// a generator's class name, the suggestion's choices (once searched); on a schedule directive, its
// what-if (computed in the analysis worker). Never throws into the connection.
import type { Hover } from 'vscode-languageserver';
import type { CalibrationSummary } from './calibration';
import type { CostView } from './costs';
import type { DocumentState } from './documentState';
import { findFunc, funcHover, whatIfHover, wordAt } from './hover';
import type { WhatIfResult } from './workerMessages';
import type { SuggestOutcome } from './suggestAction';
import { suggestionHover } from './suggestActions';

export interface HoverDeps {
  document(uri: string): DocumentState | undefined;
  views(doc: DocumentState): CostView[];
  calibration(): CalibrationSummary | null;
  whatIf(uri: string, line: number, character: number): Promise<WhatIfResult | null>;
  /** The suggestion already searched for this version of the document (never starts a search). */
  suggestion?(uri: string, generator: string): Promise<SuggestOutcome | null>;
  log(message: string): void;
}

function funcAt(deps: HoverDeps, doc: DocumentState, line: number, character: number): Hover | null {
  const w = wordAt(doc.lineText(line), character);
  if (!w) return null;
  const views = deps.views(doc);
  const inside = views.filter((v) => line >= v.graph.range.start.line && line <= v.graph.range.end.line);
  for (const v of [...inside, ...views.filter((x) => !inside.includes(x))]) {
    const f = findFunc(v, w.word);
    if (!f) continue;
    const h = funcHover(v, f, doc.quantities(v.key), deps.calibration());
    return { ...h, range: { start: { line, character: w.start }, end: { line, character: w.end } } };
  }
  return null;
}

/** On a generator's class name: its suggestion, when the user has asked for one (the Refactor menu). */
async function suggestionAt(deps: HoverDeps, uri: string, doc: DocumentState, line: number, character: number): Promise<Hover | null> {
  const w = wordAt(doc.lineText(line), character);
  const v = deps.views(doc).find((x) => x.graph.className === w?.word && line >= x.graph.range.start.line && line <= x.graph.range.end.line);
  const o = v && w ? await deps.suggestion?.(uri, v.key) : null;
  const value = o ? suggestionHover(o) : null;
  return value && w ? { contents: { kind: 'markdown', value }, range: { start: { line, character: w.start }, end: { line, character: w.end } } } : null;
}

export async function hoverAt(deps: HoverDeps, uri: string, line: number, character: number): Promise<Hover | null> {
  const doc = deps.document(uri);
  if (!doc || !wordAt(doc.lineText(line), character)) return null;
  try {
    const h = funcAt(deps, doc, line, character) ?? await suggestionAt(deps, uri, doc, line, character);
    if (h) return h;
    // Not a Func: a schedule directive's what-if.
    const r = await deps.whatIf(uri, line, character);
    return r ? whatIfHover(r, deps.calibration()?.factor ?? 1) : null;
  } catch (err) {
    deps.log(`halide-lens: hover failed: ${(err as Error).stack ?? err}`);
    return null;
  }
}
