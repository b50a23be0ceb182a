// Source text -> StageGraph. Finds every Halide::Generator<T> subclass, reads it with the
// Interpreter, applies an autoscheduler's schedule.h if given, and keeps only what the outputs reach.
import type { SyntaxNode, Tree } from './parser';
import { parseText } from './parser';
import { edgesOf, STAGE_GRAPH_VERSION, type GeneratorGraph, type GraphDiagnostic, type Stage, type StageGraph } from './graph';
import { Scope } from './scope';
import { ReaderState } from './state';
import { Interpreter } from './interpret';
import { readScheduleHeader } from './autoschedule';
import { applyWrappers } from './wrappers';
import { type Header, type IncludeResolver, readIncludes } from './includes';
import { evaluate } from './evaluate';
import { defineMacros } from './macros';
import { enumOrdinalKey } from './callee';
import { TARGET_NAME } from './target';
import { baseName, field, rangeOf } from './syntax';
import { withTypeAliases } from './types';
import { userClasses } from './classes';
import { classesOf, declarations, findGeneratorClasses, type GeneratorClass, helperFunctions, lineage, method, type Registration, registrations, registrationsOf, templateParams } from './generators';

export interface ExtractOptions {
  uri?: string;
  /** Text of an autoscheduler's NAME.schedule.h to apply (implies auto_schedule=true). */
  schedule?: string;
  /** Where that schedule text is from: its diagnostics carry this uri, their ranges being in it. */
  scheduleUri?: string;
  /** Read the `auto_schedule` branches as in force without a schedule file. */
  autoSchedule?: boolean;
  /** Only this generator (class name or registered name). */
  generator?: string;
  /** GeneratorParam values in place of the defaults (`levels=4`), as GenGen takes them. */
  params?: Record<string, string>;
  /**
   * Halide target string the generator is read for (`x86-64-linux-avx-avx2`), which decides
   * `if (get_target().has_feature(...))`. Without it: this machine's CPU, no GPU or DSP, SIMD unknown.
   */
  target?: string;
  /**
   * Finds the local headers the file includes (`#include "helpers.h"`), whose helper functions,
   * Vars and base classes the generators use. Without it only the file itself is read.
   */
  includes?: IncludeResolver;
}

/** The file's own tree first (its declarations win), then the headers it includes. */
function readGenerator(roots: SyntaxNode[], headers: Header[], cls: GeneratorClass, reg: Registration | null, opts: ExtractOptions): { graph: GeneratorGraph; diagnostics: GraphDiagnostic[] } {
  // A class template's type parameters name the registration's types (`AXPY<float>`: T is float).
  const aliases = new Map<string, string>();
  const params = templateParams(cls);
  params.forEach((p, i) => { if (p.type && reg?.templateArgs[i]) aliases.set(p.name, reg.templateArgs[i]); });
  return withTypeAliases(aliases, () => readInstance(roots, headers, cls, reg, opts, params));
}

function readInstance(
  roots: SyntaxNode[], headers: Header[], cls: GeneratorClass, reg: Registration | null, opts: ExtractOptions, params: { name: string; type: boolean }[],
): { graph: GeneratorGraph; diagnostics: GraphDiagnostic[] } {
  // The file's namespace-scope Vars and constants, then the class's own members over them.
  const file = new Scope();
  // Non-type template parameters (`template <int N>`) are the registration's constants.
  params.forEach((p, i) => {
    const v = reg?.templateArgs[i];
    if (!p.type && v !== undefined && /^-?\d+(\.\d+)?$/.test(v)) file.define(p.name, { kind: 'value', value: Number(v) });
    else if (!p.type && (v === 'true' || v === 'false')) file.define(p.name, { kind: 'value', value: v === 'true' });
  });
  if (opts.target !== undefined) file.define(TARGET_NAME, { kind: 'value', value: opts.target });
  // Enumerators (`enum class Layout { Planar, Interleaved }`) are their own names, as enum
  // GeneratorParams' values are, so `layout == Layout::Planar` is decided at generation time.
  for (const root of roots) {
    for (const list of root.descendantsOfType('enumerator_list')) {
      let ordinal = -1;
      for (const e of list.namedChildren.filter((c) => c.type === 'enumerator')) {
        const name = field(e, 'name')?.text;
        const given = field(e, 'value');
        const v = given ? evaluate(given, file) : undefined;
        ordinal = typeof v === 'number' ? v : ordinal + 1;
        if (!name) continue;
        file.define(name, { kind: 'value', value: name });
        // Its number, for indexing a table by an enum GeneratorParam (resize's `kernel_info[interpolation_type]`).
        file.define(enumOrdinalKey(name), { kind: 'value', value: ordinal });
      }
    }
  }
  // `#define N 5` in the file or its headers: generation-time constants, the file's over its headers'.
  defineMacros([...roots].reverse(), file);
  // Halide's implicit Vars (`Halide::_0` ...), which wrappers of Inputs are defined over.
  for (let i = 0; i < 10; i++) file.define(`_${i}`, { kind: 'var', name: `_${i}`, rvar: false });
  const members = file.child();
  const autoSchedule = Boolean(opts.autoSchedule || opts.schedule);
  // Built-in GeneratorParams every generator has.
  members.define('auto_schedule', { kind: 'value', value: autoSchedule });
  const st = new ReaderState(members, autoSchedule, opts.params);
  for (const h of headers) st.headerUris.set(h.root, h.uri);
  const mine = lineage(cls, classesOf(roots));
  // Other generator classes are classes too where the file makes sub-generators of them (`create<T>()`).
  const classes = userClasses(roots, mine);
  if (roots.some((r) => /\bcreate\s*</.test(r.text))) for (const [k, c] of userClasses(roots, mine, true)) if (!classes.has(k)) classes.set(k, c);
  const interp = new Interpreter(st, helperFunctions(roots, mine), classes);
  file.setCallEvaluator((call, scope) => interp.generationValue(call, scope));
  // Header declarations first, so the file's own redefine them.
  interp.readShared(declarations([...roots].reverse()).globals, file);
  // Members of the classes it derives from (Vars, constants) first, then its own over them.
  for (const node of [...mine.values()].reverse()) {
    const body = field(node, 'body');
    if (body) interp.readMembers(body);
  }
  for (const m of ['configure', 'generate', 'schedule']) {
    const body = method(roots, cls, m);
    // Each in its own frame: a `return` in generate() must not end schedule().
    if (body) interp.runBody(body, members.child(), { branch: 'always', applies: true }, m);
  }
  for (const d of st.deferredSchedules) interp.execBody(d.body, d.scope.child(), { branch: 'always', applies: true });
  if (!method(roots, cls, 'generate')) {
    st.diag(cls.node, 'no-generate', `generator ${cls.name} has no generate() method`, 'error');
  }
  if (opts.schedule !== undefined) {
    const before = st.diagnostics.length;
    readScheduleHeader(opts.schedule, st, interp);
    for (const d of st.diagnostics.slice(before)) d.uri = opts.scheduleUri ?? 'schedule.h';
  }
  const graph = assemble(cls, reg?.name ?? null, st);
  if (opts.target !== undefined) graph.target = opts.target;
  return { graph, diagnostics: st.diagnostics };
}

/** Keep the Funcs the outputs reach (as Halide's pipeline does) and derive the edges. */
function assemble(cls: GeneratorClass, registeredName: string | null, st: ReaderState): GeneratorGraph {
  applyWrappers(st);
  const byName = new Map(st.funcs.map((f) => [f.name, f]));
  const reached = new Set<string>();
  const stack = st.outputs.map((o) => o.name);
  while (stack.length) {
    const name = stack.pop()!;
    if (reached.has(name)) continue;
    reached.add(name);
    for (const id of byName.get(name)?.stages ?? []) {
      for (const c of st.stages.get(id)!.calls) if (c.calleeKind === 'func') stack.push(c.callee);
    }
  }
  const funcs = st.funcs.filter((f) => reached.has(f.name) && (f.stages.length > 0 || f.kind === 'output'));
  for (const f of st.funcs) {
    if (f.stages.length > 0 && !reached.has(f.name)) {
      st.diagnostics.push({ severity: 'info', code: 'unused-func', range: f.range, message: `Func '${f.name}' is defined but no Output uses it` });
    }
  }
  for (const o of st.outputs) {
    if ((byName.get(o.name)?.stages.length ?? 0) === 0) {
      st.diagnostics.push({ severity: 'warning', code: 'undefined-output', range: o.range, message: `Output '${o.name}' is never defined` });
    }
  }
  // Definition order: the order a reader meets the stages in the source.
  const order = new Map([...st.stages.keys()].map((id, i) => [id, i]));
  const first = (f: { stages: string[] }) => (f.stages.length ? order.get(f.stages[0])! : -1);
  funcs.sort((a, b) => first(a) - first(b));
  const stages: Stage[] = funcs.flatMap((f) => f.stages.map((id) => st.stages.get(id)!));
  const edges = edgesOf(stages);
  const known = new Set([...funcs.map((f) => f.name), ...st.inputs.map((i) => `${i.name}_im`)]);
  return {
    className: cls.name,
    registeredName,
    range: rangeOf(cls.node),
    params: st.params,
    inputs: st.inputs,
    outputs: st.outputs,
    vars: st.vars,
    rdoms: st.rdoms,
    funcs: funcs.map((f) => ({ name: f.name, cppName: f.cppName, kind: f.kind, dims: f.dims, stages: f.stages, range: f.range, ...(f.extern ? { extern: f.extern } : {}) })),
    stages,
    edges,
    schedule: st.directives.filter((d) => known.has(d.func)),
    autoSchedule: st.autoSchedule,
    origin: 'static',
  };
}

/** Syntax errors tree-sitter recovered from, as diagnostics. */
function syntaxDiagnostics(tree: Tree, text: string): GraphDiagnostic[] {
  const out: GraphDiagnostic[] = [];
  // HALIDE_REGISTER_GENERATOR(...) is a macro written without a semicolon: not an error.
  const lines = text.split('\n');
  // The parser may report the missing ';' after the comments that follow the macro.
  const isMacroLine = (line: number): boolean => {
    for (let l = line; l >= 0 && l >= line - 20; l--) {
      const t = lines[l] ?? '';
      if (/^\s*HALIDE_REGISTER_GENERATOR\s*\(/.test(t)) return true;
      if (l !== line && !/^\s*(\/\/.*)?$/.test(t)) return false;
      if (l === line && !/^\s*(\/\/|$)/.test(t)) return false;
    }
    return false;
  };
  // Or after a block comment: the ';' missing is the one the macro's call never needed.
  const afterMacro = (n: SyntaxNode): boolean => {
    const siblings = n.parent?.children ?? [];
    let i = siblings.indexOf(n) - 1;
    while (i >= 0 && (siblings[i].type === 'comment' || siblings[i].isMissing)) i--;
    const p = siblings[i];
    const last = p?.children[p.children.length - 1];
    return [p, last].some((q) => !!q && /^HALIDE_REGISTER_GENERATOR\s*\(/.test(q.text));
  };
  // A macro invoked at namespace scope (`HalideExtern_5(int, sleeper, ...)`, `MY_MACRO(x)`) and a
  // preprocessor line inside an expression (`#if defined(X)` in a braced list) are C++ the parser cannot see.
  const macroOrDirective = (n: SyntaxNode): boolean => n.type === 'ERROR'
    && (/^(Halide\w*Extern_\d+|[A-Z][A-Z0-9_]{2,})\s*\([^;{}]*\)$/.test(n.text) || /^\s*#/.test(lines[n.startPosition.row] ?? ''));
  if (!tree.rootNode.hasError) return out;
  const visit = (n: SyntaxNode): void => {
    if (out.length >= 20) return;
    if ((n.type === 'ERROR' || n.isMissing) && !isMacroLine(n.startPosition.row) && !(n.isMissing && afterMacro(n)) && !macroOrDirective(n)) {
      out.push({ severity: 'error', code: 'syntax-error', range: rangeOf(n), message: n.isMissing ? `missing '${n.type}'` : 'syntax error' });
      return;
    }
    if (n.hasError) for (const c of n.children) visit(c);
  };
  visit(tree.rootNode);
  return out;
}

export function extractFromTree(tree: Tree, text: string, opts: ExtractOptions = {}): StageGraph {
  const root = tree.rootNode;
  const regs = registrations(text);
  const diagnostics: GraphDiagnostic[] = syntaxDiagnostics(tree, text);
  const headers = opts.includes ? readIncludes(root, opts.uri ?? '', opts.includes) : [];
  const roots = [root, ...headers.map((h) => h.root)];
  const generators: GeneratorGraph[] = [];
  const own = findGeneratorClasses(root);
  // A class defined in an included header and registered here (`#include "demosaic.hpp"` then
  // HALIDE_REGISTER_GENERATOR(Demosaic, demosaic)): read from the header, registered by this file.
  const elsewhere = headers.flatMap((h) => findGeneratorClasses(h.root).map((cls) => ({ cls, uri: h.uri })))
    .filter(({ cls }) => !own.some((o) => o.name === cls.name) && registrationsOf(cls, regs).length > 0);
  for (const { cls, uri } of [...own.map((cls) => ({ cls, uri: undefined as string | undefined })), ...elsewhere]) {
    // One generator per registration (a class template may be registered for several types).
    const mine = registrationsOf(cls, regs);
    for (const reg of mine.length ? mine : [null]) {
      if (opts.generator && opts.generator !== cls.name && opts.generator !== reg?.name) continue;
      try {
        const { graph, diagnostics: d } = readGenerator(roots, headers, cls, reg, opts);
        generators.push(uri ? { ...graph, definedIn: uri } : graph);
        // A class read once per registration reports its diagnostics once.
        diagnostics.push(...d.filter((x) => !diagnostics.some((y) => y.code === x.code && y.message === x.message && y.range.start.line === x.range.start.line && y.uri === x.uri)));
      } catch (err) {
        diagnostics.push({ severity: 'error', code: 'internal-error', range: rangeOf(cls.node), message: `front end failed on generator ${reg?.name ?? cls.name}: ${(err as Error).message}` });
      }
    }
  }
  return { version: STAGE_GRAPH_VERSION, uri: opts.uri ?? '', generators, diagnostics };
}

export function extract(text: string, opts: ExtractOptions = {}): StageGraph {
  return extractEditing(parseText(text), text, opts);
}

const GENERATOR_CLASS = /\b(class|struct)\s+\w+\s*(final\s*)?:\s*(public\s+)?(::)?(Halide::)?Generator\s*</g;

/**
 * Brackets left open at the end of half-typed text, closed in order. Appending them lets the
 * parser still see a generator class whose tail is being written; ranges are unchanged.
 */
export function closingSuffix(text: string): string {
  const stack: string[] = [];
  const pairs: Record<string, string> = { '{': '}', '(': ')', '[': ']' };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') { i = text.indexOf('\n', i); if (i < 0) break; continue; }
    if (c === '/' && text[i + 1] === '*') { i = text.indexOf('*/', i + 2); if (i < 0) break; i++; continue; }
    if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
      continue;
    }
    if (pairs[c]) stack.push(pairs[c]);
    else if (c === '}' || c === ')' || c === ']') {
      const at = stack.lastIndexOf(c);
      if (at >= 0) stack.length = at;
    }
  }
  // A class body needs `};` to end; statements need `;` before a closing brace.
  return stack.reverse().map((c) => (c === '}' ? ';}' : c)).join('') + ';';
}

/**
 * The graph of a document being edited: when a generator class is cut off by unfinished text,
 * read it again with its brackets closed so the user keeps a (partial) graph while typing.
 */
export function extractEditing(tree: Tree, text: string, opts: ExtractOptions = {}): StageGraph {
  const graph = extractFromTree(tree, text, opts);
  const declared = (text.match(GENERATOR_CLASS) ?? []).length;
  if (!tree.rootNode.hasError || graph.generators.length >= declared) return graph;
  const patched = text + '\n' + closingSuffix(text);
  const retry = extractFromTree(parseText(patched), patched, opts);
  if (retry.generators.length <= graph.generators.length) return graph;
  // Keep diagnostics inside the real text; the appended closers are ours, not the user's.
  const lastLine = text.split('\n').length - 1;
  retry.diagnostics = retry.diagnostics.filter((d) => d.range.start.line <= lastLine);
  retry.diagnostics.push({
    severity: 'error', code: 'syntax-error', range: { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: 0 } },
    message: 'unclosed brackets at the end of the file: the generator is read as if they were closed',
  });
  return retry;
}
