// Where a suggested schedule goes in the user's file, and its text in the file's style. The search
// keeps every directive outside the `auto_schedule` guard ('always' ones) and prints the rest, so the
// edit replaces only the manual branch of that guard; without a guard the source's directives are
// all kept, and the printed steps are added after them (end of schedule(), else of generate()).
// Everything outside the replaced range stays byte for byte, comments included.
import type { TextEdit } from 'vscode-languageserver';
import type { GeneratorGraph } from '../halide/graph';
import { findGeneratorClasses, generatorMethods } from '../halide/generators';
import type { SyntaxNode, Tree } from '../halide/parser';
import { cppName, printSchedule, type ScheduleStep } from '../search/printer';

export interface ScheduleEdit {
  edit: TextEdit;
  /** What it replaces: the manual branch of the autoscheduler guard, or an insertion. */
  where: 'manual-branch' | 'end-of-schedule' | 'end-of-generate';
}

const statements = (body: SyntaxNode) => body.namedChildren.filter((n) => n.type !== 'comment');
const lines = (text: string) => text.split('\n');
const leading = (line: string) => /^[ \t]*/.exec(line)![0];

/** One level of indentation in this file: a tab, or the smallest step between indented lines. */
export function indentUnit(text: string): string {
  const indents = lines(text).filter((l) => l.trim()).map(leading);
  if (indents.some((i) => i.startsWith('\t'))) return '\t';
  const widths = indents.map((i) => i.length).filter((n) => n > 0);
  return ' '.repeat(widths.length ? Math.min(...widths) : 4);
}

/** `Var x{"x"}` or `Var x("x")`: whichever the file uses most. */
function braceStyle(text: string): boolean {
  const braces = (text.match(/\bR?Var\s+\w+\s*\{\s*"/g) ?? []).length;
  const parens = (text.match(/\bR?Var\s+\w+\s*\(\s*"/g) ?? []).length;
  return braces > parens;
}

/** The manual branch of `if (auto_schedule)` / `if (!auto_schedule)` / `using_autoscheduler()`, as a compound statement. */
function manualBranch(body: SyntaxNode): SyntaxNode | null {
  for (const s of statements(body)) {
    if (s.type !== 'if_statement') continue;
    const cond = s.childForFieldName('condition')?.text ?? '';
    if (!/\b(auto_schedule|using_autoscheduler)\b/.test(cond)) continue;
    const negated = /!\s*\(?\s*(this\s*->\s*)?(auto_schedule|using_autoscheduler)\b/.test(cond);
    let branch = negated ? s.childForFieldName('consequence') : s.childForFieldName('alternative');
    // Newer grammars wrap the else branch in an else_clause.
    if (branch?.type === 'else_clause') branch = branch.namedChildren.find((n) => n.type !== 'comment') ?? null;
    if (branch?.type === 'compound_statement') return branch;
  }
  return null;
}

/**
 * The edit that puts `steps` in the generator's source (null when there is no place for it, as a
 * one-line `{}` body). `header` becomes comment lines at the top of the schedule.
 */
export function scheduleEdit(tree: Tree, text: string, g: GeneratorGraph, steps: ScheduleStep[], header: string): ScheduleEdit | null {
  const cls = findGeneratorClasses(tree.rootNode).find((c) => c.name === g.className);
  if (!cls) return null;
  const methods = generatorMethods(tree.rootNode, cls);
  const src = lines(text);
  const unit = indentUnit(text);
  const schedule = methods.get('schedule');
  const generate = methods.get('generate');

  let block: SyntaxNode | null = null;
  let where: ScheduleEdit['where'] = 'manual-branch';
  for (const m of [schedule, generate]) if (!block && m) block = manualBranch(m);
  if (!block) { block = schedule ?? generate ?? null; where = schedule ? 'end-of-schedule' : 'end-of-generate'; }
  if (!block || block.endPosition.row <= block.startPosition.row) return null;

  const stmts = statements(block);
  // Replace from the first statement's line to the end of the last one's (comments before the first
  // and after the last stay); an insertion goes on a new line before the closing brace.
  const replace = where === 'manual-branch' && stmts.length > 0;
  const first = stmts[0];
  const last = stmts.at(-1);
  const indent = replace ? leading(src[first.startPosition.row]) : last ? leading(src[last.startPosition.row]) : leading(src[block.startPosition.row]) + unit;
  if (replace && (src[first.startPosition.row].slice(0, first.startPosition.column).trim() || src[last!.endPosition.row].slice(last!.endPosition.column).trim())) return null;
  if (src[block.endPosition.row].slice(0, block.endPosition.column - 1).trim()) return null;

  const scope = visibleText(text, cls.body, [...methods.values()], block, replace ? first.startIndex : block.endIndex);
  const brace = braceStyle(text);
  const funcs = new Map(g.funcs.map((f) => [f.name, f.cppName]));
  const code = printSchedule(steps, header, {
    funcName: (n) => funcs.get(n) ?? cppName(n),
    declare: (name, rvar) => {
      const id = cppName(name);
      const declared = new RegExp(`(^|[^\\w.])${id}\\s*[({]\\s*"${name.replace(/[$.]/g, '\\$&')}"\\s*[)}]`).test(scope);
      return declared ? null : `${rvar ? 'RVar' : 'Var'} ${id}${brace ? `{"${name}"}` : `("${name}")`};`;
    },
  });
  // Estimates written in the replaced branch are not schedule: they stay, as written, on top.
  const estimates = replace ? stmts.filter((n) => /\.set_estimates?\s*\(/.test(n.text)).map((n) => src[n.startPosition.row].slice(0, n.startPosition.column) + n.text + '\n') : [];
  const body = estimates.join('') + code.trimEnd().split('\n').map((l) => indent + l + '\n').join('');
  const range = replace
    ? { start: { line: first.startPosition.row, character: 0 }, end: { line: last!.endPosition.row + 1, character: 0 } }
    : { start: { line: block.endPosition.row, character: 0 }, end: { line: block.endPosition.row, character: 0 } };
  // An insertion after existing statements gets a blank line to set it apart.
  const newText = !replace && last ? '\n' + body : body;
  return { edit: { range, newText }, where };
}

/** Declarations in scope at `at`: the class body outside its methods, and the enclosing method before `at`. */
function visibleText(text: string, classBody: SyntaxNode, methodBodies: SyntaxNode[], block: SyntaxNode, at: number): string {
  let out = '';
  let pos = classBody.startIndex;
  for (const m of [...methodBodies].sort((a, b) => a.startIndex - b.startIndex)) {
    out += text.slice(pos, m.startIndex);
    pos = m.endIndex;
  }
  out += text.slice(pos, classBody.endIndex);
  const method = methodBodies.find((m) => m.startIndex <= block.startIndex && block.endIndex <= m.endIndex);
  if (method) out += '\n' + text.slice(method.startIndex, at);
  return out;
}

/** Apply one edit to a text (lines and characters as in LSP, UTF-16 as JavaScript strings are). */
export function applyEdit(text: string, e: TextEdit): string {
  const offset = (line: number, character: number) => {
    let o = 0;
    for (let l = 0; l < line; l++) o = text.indexOf('\n', o) + 1;
    return o + character;
  };
  return text.slice(0, offset(e.range.start.line, e.range.start.character)) + e.newText + text.slice(offset(e.range.end.line, e.range.end.character));
}
