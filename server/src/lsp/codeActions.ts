// Quick fix for missing estimates: insert `set_estimates` / `set_estimate` for every input and output
// of the generator that lacks them, in schedule() when the generator has one (the corpus convention),
// else in generate() before the `if (auto_schedule)` guard, else at the end of generate().
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { GeneratorGraph, IOInfo, Range } from '../halide/graph';
import { findGeneratorClasses, generatorMethods } from '../halide/generators';
import { guessedExtent } from '../halide/sizing';
import type { SyntaxNode, Tree } from '../halide/parser';
import { MISSING_ESTIMATES, needsEstimate, type MissingEstimatesData } from './diagnostics';
import { lineOf } from './documentState';

function textAt(text: string, r: Range): string {
  return r.start.line === r.end.line ? lineOf(text, r.start.line).slice(r.start.character, r.end.character) : '';
}

/** The literal default of a scalar Input (`Input<float> gain{"gain", 1.5f}`), else a neutral value. */
function scalarDefault(text: string, io: IOInfo): string {
  const rest = lineOf(text, io.range.end.line).slice(io.range.end.character);
  const m = /^\s*[{(]\s*"[^"]*"\s*,\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?[fF]?|true|false)/.exec(rest);
  if (m) return m[1];
  if (io.type === 'bool') return 'false';
  return io.type?.startsWith('float') ? '1.0f' : '1';
}

/**
 * Known (min, extent) for each dim: its own estimates, else another buffer's of the same rank, else
 * the extent the prediction guesses for it (halide/sizing.ts), so the fix writes what was assumed.
 */
function bufferEstimates(io: IOInfo, g: GeneratorGraph): [number, number][] {
  const others = [...g.outputs, ...g.inputs].filter((o) => o !== io && o.kind !== 'scalar' && o.dims === io.dims);
  const out: [number, number][] = [];
  for (let d = 0; d < io.dims; d++) {
    const own = io.estimates[d];
    if (own && own.min !== null && own.extent !== null) { out.push([own.min, own.extent]); continue; }
    const other = others.map((o) => o.estimates[d]).find((e) => e && e.min !== null && e.extent !== null);
    out.push(other ? [other.min!, other.extent!] : [0, guessedExtent(io.dims, d)]);
  }
  return out;
}

export function estimateStatements(g: GeneratorGraph, text: string): string[] {
  const lines: string[] = [];
  for (const io of [...g.inputs, ...g.outputs]) {
    if (!needsEstimate(io)) continue;
    const name = textAt(text, io.range) || io.name;
    if (io.kind === 'scalar') lines.push(`${name}.set_estimate(${scalarDefault(text, io)});`);
    else lines.push(`${name}.set_estimates({${bufferEstimates(io, g).map(([m, e]) => `{${m}, ${e}}`).join(', ')}});`);
  }
  return lines;
}

/** Where to insert, and the indentation of statements there. */
export function insertionPoint(tree: Tree, text: string, g: GeneratorGraph): { line: number; indent: string } | null {
  const cls = findGeneratorClasses(tree.rootNode).find((c) => c.name === g.className);
  if (!cls) return null;
  const methods = generatorMethods(tree.rootNode, cls);
  const indentOf = (line: number) => /^\s*/.exec(lineOf(text, line))![0];
  const stmts = (body: SyntaxNode) => body.namedChildren.filter((n) => n.type !== 'comment');
  const schedule = methods.get('schedule');
  if (schedule) {
    const first = stmts(schedule)[0];
    if (first && first.startPosition.row > schedule.startPosition.row) return { line: first.startPosition.row, indent: indentOf(first.startPosition.row) };
    if (!first && schedule.endPosition.row > schedule.startPosition.row) {
      return { line: schedule.endPosition.row, indent: indentOf(schedule.startPosition.row) + '    ' };
    }
  }
  const generate = methods.get('generate');
  if (!generate) return null;
  const body = stmts(generate);
  const guard = body.find((n) => n.type === 'if_statement' && /auto_schedule/.test(n.childForFieldName('condition')?.text ?? ''));
  if (guard) return { line: guard.startPosition.row, indent: indentOf(guard.startPosition.row) };
  const last = body.at(-1);
  if (generate.endPosition.row <= generate.startPosition.row) return null;
  return { line: generate.endPosition.row, indent: last ? indentOf(last.startPosition.row) : indentOf(generate.startPosition.row) + '    ' };
}

export interface EstimatesFix { title: string; edit: TextEdit }

/** The edit that adds the missing estimates (null when none is missing or there is nowhere to put it). */
export function estimatesFix(tree: Tree, text: string, g: GeneratorGraph): EstimatesFix | null {
  const statements = estimateStatements(g, text);
  if (statements.length === 0) return null;
  const at = insertionPoint(tree, text, g);
  if (!at) return null;
  const names = [...g.inputs, ...g.outputs].filter(needsEstimate).map((io) => io.name);
  const body = [`// Estimates: the sizes this pipeline is used at (adjust to your data).`, ...statements]
    .map((s) => at.indent + s + '\n').join('') + '\n';
  const edit: TextEdit = { range: { start: { line: at.line, character: 0 }, end: { line: at.line, character: 0 } }, newText: body };
  return { title: `Add estimates for ${names.join(', ')}`, edit };
}

/**
 * Code actions for the missing-estimates diagnostics in a request's context, from each generator's
 * fix (built where the syntax tree is, by `estimatesFix`). Diagnostics without a generator go to the first.
 */
export function codeActions(uri: string, generators: { key: string; estimatesFix: EstimatesFix | null }[], context: Diagnostic[]): CodeAction[] {
  const byGenerator = new Map<string, Diagnostic[]>();
  for (const d of context) {
    if (d.code !== MISSING_ESTIMATES) continue;
    const key = (d.data as MissingEstimatesData | undefined)?.generator ?? generators[0]?.key;
    if (key) byGenerator.set(key, [...(byGenerator.get(key) ?? []), d]);
  }
  const out: CodeAction[] = [];
  for (const [key, diagnostics] of byGenerator) {
    const fix = generators.find((g) => g.key === key)?.estimatesFix;
    if (fix) out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics, isPreferred: true, edit: { changes: { [uri]: [fix.edit] } } });
  }
  return out;
}

