// Source text -> StageGraph. Finds every Halide::Generator<T> subclass, reads it with the
// Interpreter, applies an autoscheduler's schedule.h if given, and keeps only what the outputs reach.
import type { SyntaxNode, Tree } from './parser';
import { parseText } from './parser';
import { STAGE_GRAPH_VERSION, type Edge, type GeneratorGraph, type GraphDiagnostic, type Stage, type StageGraph } from './graph';
import { Scope } from './scope';
import { ReaderState } from './state';
import { Interpreter } from './interpret';
import { readScheduleHeader } from './autoschedule';
import { applyWrappers } from './wrappers';
import { type Header, type IncludeResolver, readIncludes } from './includes';
import { TARGET_NAME } from './target';
import { baseName, field, rangeOf } from './syntax';

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

interface GeneratorClass { node: SyntaxNode; name: string; body: SyntaxNode }

function isGeneratorBase(clause: SyntaxNode): boolean {
  return /\bGenerator\s*</.test(clause.text);
}

/** Containers that can hold classes and functions; statement bodies and expressions are skipped. */
const DECLARATION_SCOPES = new Set([
  'translation_unit', 'namespace_definition', 'declaration_list', 'linkage_specification', 'template_declaration',
  'preproc_if', 'preproc_ifdef', 'preproc_else', 'preproc_elif', 'field_declaration_list', 'class_specifier',
  'struct_specifier', 'declaration', 'field_declaration', 'ERROR',
]);

/** Class specifiers and function definitions outside function bodies, in source order. */
function declarations(roots: SyntaxNode | SyntaxNode[]): { classes: SyntaxNode[]; functions: SyntaxNode[]; globals: SyntaxNode[] } {
  const classes: SyntaxNode[] = [];
  const functions: SyntaxNode[] = [];
  const globals: SyntaxNode[] = [];
  const visit = (n: SyntaxNode): void => {
    for (const c of n.children) {
      if (c.type === 'class_specifier' || c.type === 'struct_specifier') classes.push(c);
      if (c.type === 'function_definition') functions.push(c);
      else if (c.type === 'declaration' && isSharedDeclaration(c)) globals.push(c);
      else if (DECLARATION_SCOPES.has(c.type)) visit(c);
    }
  };
  for (const root of Array.isArray(roots) ? roots : [roots]) visit(root);
  return { classes, functions, globals };
}

/**
 * Namespace-scope declarations every generator in the file sees: Vars and RVars (`Var x("x"), y("y");`
 * before the classes is common in real code) and constants. Funcs and Exprs at namespace scope would
 * be one object shared by every generator, so they are left to the diagnostics.
 */
function isSharedDeclaration(decl: SyntaxNode): boolean {
  const type = field(decl, 'type');
  if (!type) return false;
  if (/^(::)?(Halide::)?R?Var$/.test(type.text.replace(/\s+/g, ''))) return true;
  const constant = decl.children.some((c) => c.type === 'type_qualifier' && /^(const|constexpr)$/.test(c.text));
  return constant && type.type === 'primitive_type';
}

export function findGeneratorClasses(root: SyntaxNode): GeneratorClass[] {
  const out: GeneratorClass[] = [];
  for (const cls of declarations(root).classes) {
    const base = cls.namedChildren.find((c) => c.type === 'base_class_clause');
    const body = field(cls, 'body');
    const name = field(cls, 'name');
    if (base && body && name && isGeneratorBase(base)) out.push({ node: cls, name: baseName(name), body });
  }
  return out;
}

function registrations(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/HALIDE_REGISTER_GENERATOR\s*\(\s*([\w:]+)\s*,\s*(\w+)/g)) {
    out.set(m[1].split('::').pop()!, m[2]);
  }
  return out;
}

function functionDeclarator(def: SyntaxNode): SyntaxNode | null {
  let d = field(def, 'declarator');
  while (d && d.type !== 'function_declarator') d = field(d, 'declarator');
  return d ? field(d, 'declarator') : null;
}

function functionName(def: SyntaxNode): string | null {
  const name = functionDeclarator(def);
  return name ? baseName(name) : null;
}

/** The class an out-of-class member definition belongs to: `void Blur::generate() {...}` -> Blur. */
function ownerClass(def: SyntaxNode): string | null {
  const name = functionDeclarator(def);
  if (name?.type !== 'qualified_identifier') return null;
  const scope = field(name, 'scope');
  return scope ? baseName(scope) : null;
}

/** The classes whose members a generator class sees: itself and the bases it names (`public Base`). */
function lineage(cls: GeneratorClass, classes: Map<string, SyntaxNode>): Map<string, SyntaxNode> {
  const out = new Map<string, SyntaxNode>();
  const visit = (name: string, node: SyntaxNode): void => {
    if (out.has(name) || out.size > 16) return;
    out.set(name, node);
    const clause = node.namedChildren.find((c) => c.type === 'base_class_clause');
    for (const m of clause?.text.matchAll(/(?:public|protected|private)?\s*([\w:]+)\s*(?=,|$|\{)/g) ?? []) {
      const base = m[1].split('::').pop()!;
      const b = classes.get(base);
      if (b) visit(base, b);
    }
  };
  visit(cls.name, cls.node);
  return out;
}

/**
 * Helper functions a generator may call: free functions in the file, and the members of its own
 * class and of the classes it derives from, written in the class or out of it (`Func Cls::f(...)`).
 */
function classesOf(roots: SyntaxNode[]): Map<string, SyntaxNode> {
  const classes = new Map<string, SyntaxNode>();
  for (const c of declarations(roots).classes) {
    const name = field(c, 'name');
    if (name) classes.set(baseName(name), c);
  }
  return classes;
}

function helperFunctions(roots: SyntaxNode[], mine: Map<string, SyntaxNode>): Map<string, SyntaxNode[]> {
  const decls = declarations(roots);
  const out = new Map<string, SyntaxNode[]>();
  for (const def of decls.functions) {
    const body = def.parent?.type === 'field_declaration_list' ? def.parent.parent : null;
    const owner = body ? baseName(field(body, 'name') ?? body) : ownerClass(def);
    const name = functionName(def);
    if (!name || (owner !== null && !mine.has(owner)) || ['generate', 'schedule', 'configure', 'main'].includes(name)) continue;
    // Overloads are kept (the call's argument count picks one); the class's own members come first.
    const list = out.get(name) ?? [];
    if (owner !== null) list.unshift(def);
    else list.push(def);
    out.set(name, list);
  }
  return out;
}

/** The body of one of the class's methods, defined in the class or out of it. */
function method(roots: SyntaxNode[], cls: GeneratorClass, name: string): SyntaxNode | null {
  for (const def of cls.body.namedChildren) {
    if (def.type === 'function_definition' && functionName(def) === name) return field(def, 'body');
  }
  for (const def of declarations(roots).functions) {
    if (ownerClass(def) === cls.name && functionName(def) === name) return field(def, 'body');
  }
  return null;
}

/** The file's own tree first (its declarations win), then the headers it includes. */
function readGenerator(roots: SyntaxNode[], headers: Header[], cls: GeneratorClass, regs: Map<string, string>, opts: ExtractOptions): { graph: GeneratorGraph; diagnostics: GraphDiagnostic[] } {
  // The file's namespace-scope Vars and constants, then the class's own members over them.
  const file = new Scope();
  if (opts.target !== undefined) file.define(TARGET_NAME, { kind: 'value', value: opts.target });
  // Enumerators (`enum class Layout { Planar, Interleaved }`) are their own names, as enum
  // GeneratorParams' values are, so `layout == Layout::Planar` is decided at generation time.
  for (const root of roots) {
    for (const e of root.descendantsOfType('enumerator')) {
      const name = field(e, 'name')?.text;
      if (name) file.define(name, { kind: 'value', value: name });
    }
  }
  // Halide's implicit Vars (`Halide::_0` ...), which wrappers of Inputs are defined over.
  for (let i = 0; i < 10; i++) file.define(`_${i}`, { kind: 'var', name: `_${i}`, rvar: false });
  const members = file.child();
  const autoSchedule = Boolean(opts.autoSchedule || opts.schedule);
  // Built-in GeneratorParams every generator has.
  members.define('auto_schedule', { kind: 'value', value: autoSchedule });
  const st = new ReaderState(members, autoSchedule, opts.params);
  for (const h of headers) st.headerUris.set(h.root, h.uri);
  const mine = lineage(cls, classesOf(roots));
  const interp = new Interpreter(st, helperFunctions(roots, mine));
  // Header declarations first, so the file's own redefine them.
  interp.readShared(declarations([...roots].reverse()).globals, file);
  // Members of the classes it derives from (Vars, constants) first, then its own over them.
  for (const node of [...mine.values()].reverse()) {
    const body = field(node, 'body');
    if (body) interp.readMembers(body);
  }
  for (const m of ['configure', 'generate', 'schedule']) {
    const body = method(roots, cls, m);
    if (body) interp.execBody(body, members.child(), { branch: 'always', applies: true });
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
  return { graph: assemble(cls, regs, st), diagnostics: st.diagnostics };
}

/** Keep the Funcs the outputs reach (as Halide's pipeline does) and derive the edges. */
function assemble(cls: GeneratorClass, regs: Map<string, string>, st: ReaderState): GeneratorGraph {
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
  const edges: GeneratorGraph['edges'] = [];
  for (const s of stages) {
    const byProducer = new Map<string, Edge>();
    for (const c of s.calls) {
      let e = byProducer.get(c.callee);
      if (!e) {
        e = { producer: c.callee, consumer: s.id, calls: 0, args: [], argExprs: [] };
        byProducer.set(c.callee, e);
        edges.push(e);
      }
      e.calls++;
      e.args.push(c.args);
      e.argExprs.push(c.argExprs);
    }
  }
  const known = new Set([...funcs.map((f) => f.name), ...st.inputs.map((i) => `${i.name}_im`)]);
  return {
    className: cls.name,
    registeredName: regs.get(cls.name) ?? null,
    range: rangeOf(cls.node),
    params: st.params,
    inputs: st.inputs,
    outputs: st.outputs,
    vars: st.vars,
    rdoms: st.rdoms,
    funcs: funcs.map((f) => ({ name: f.name, cppName: f.cppName, kind: f.kind, dims: f.dims, stages: f.stages, range: f.range })),
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
  if (!tree.rootNode.hasError) return out;
  const visit = (n: SyntaxNode): void => {
    if (out.length >= 20) return;
    if ((n.type === 'ERROR' || n.isMissing) && !isMacroLine(n.startPosition.row)) {
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
  for (const cls of findGeneratorClasses(root)) {
    if (opts.generator && opts.generator !== cls.name && opts.generator !== regs.get(cls.name)) continue;
    try {
      const { graph, diagnostics: d } = readGenerator(roots, headers, cls, regs, opts);
      generators.push(graph);
      diagnostics.push(...d);
    } catch (err) {
      diagnostics.push({ severity: 'error', code: 'internal-error', range: rangeOf(cls.node), message: `front end failed on generator ${cls.name}: ${(err as Error).message}` });
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
