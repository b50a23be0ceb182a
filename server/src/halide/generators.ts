// Where generators are in a file (and its headers): Generator<T> subclasses, their registrations
// (templated and namespaced ones included), the classes they derive from, their methods and the
// helper functions they may call, and namespace-scope declarations every generator sees.
import type { SyntaxNode } from './tree';
import { baseName, field, functionDeclaratorOf } from './syntax';

export interface GeneratorClass { node: SyntaxNode; name: string; body: SyntaxNode }

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
export function declarations(roots: SyntaxNode | SyntaxNode[]): { classes: SyntaxNode[]; functions: SyntaxNode[]; globals: SyntaxNode[] } {
  const classes: SyntaxNode[] = [];
  const functions: SyntaxNode[] = [];
  const globals: SyntaxNode[] = [];
  let assigned: Set<string> | undefined;
  const visit = (n: SyntaxNode): void => {
    for (const c of n.children) {
      if (c.type === 'class_specifier' || c.type === 'struct_specifier') classes.push(c);
      if (c.type === 'function_definition') functions.push(c);
      else if (c.type === 'declaration' && isSharedDeclaration(c, () => (assigned ??= assignedNames(roots)))) globals.push(c);
      else if (DECLARATION_SCOPES.has(c.type)) visit(c);
    }
  };
  for (const root of Array.isArray(roots) ? roots : [roots]) visit(root);
  return { classes, functions, globals };
}

/** Names the files assign to (`n = 3`, `n += 1`, `++n`) anywhere: a global among them is no constant. */
function assignedNames(roots: SyntaxNode | SyntaxNode[]): Set<string> {
  const out = new Set<string>();
  for (const root of Array.isArray(roots) ? roots : [roots]) {
    for (const a of root.descendantsOfType(['assignment_expression', 'update_expression'])) {
      // An element's assignment (`table[i] = 0`) changes the array too.
      let target = field(a, 'left') ?? field(a, 'argument');
      while (target?.type === 'subscript_expression') target = field(target, 'argument');
      if (target?.type === 'identifier') out.add(target.text);
    }
  }
  return out;
}

/**
 * Namespace-scope declarations every generator in the file sees: Vars and RVars (`Var x("x"), y("y");`
 * before the classes is common in real code) and constants, including plain initialized numbers
 * (`int block_size = 3;`) that nothing in the file assigns to again: Halide sees their initial value.
 * Funcs and Exprs at namespace scope would be one object shared by every generator, so they are left
 * to the diagnostics.
 */
function isSharedDeclaration(decl: SyntaxNode, assigned: () => Set<string>): boolean {
  const type = field(decl, 'type');
  if (!type) return false;
  if (/^(::)?(Halide::)?R?Var$/.test(type.text.replace(/\s+/g, ''))) return true;
  const inits = decl.namedChildren.filter((c) => c.type === 'init_declarator');
  const initialized = inits.length > 0 && inits.length === decl.namedChildren.filter((c) => /declarator$/.test(c.type)).length;
  const unchanged = initialized && type.type === 'primitive_type' && !decl.children.some((c) => c.type === 'storage_class_specifier' && c.text === 'extern')
    && inits.every((c) => /^(identifier|array_declarator)$/.test(field(c, 'declarator')?.type ?? '') && !assigned().has(declaredName(field(c, 'declarator'))));
  const constant = unchanged || decl.children.some((c) => c.type === 'type_qualifier' && /^(const|constexpr)$/.test(c.text));
  // Constant tables too: `const std::vector<float> taps[] = {{...}, {...}}`; and tables of structs,
  // const or not (resize's `static KernelInfo kernel_info[] = {{"box", 1, kernel_box}, ...}`).
  const table = type.type === 'type_identifier' && decl.namedChildren.some((c) => c.type === 'init_declarator'
    && field(c, 'declarator')?.type === 'array_declarator' && field(c, 'value')?.type === 'initializer_list');
  return table || (constant && (type.type === 'primitive_type' || /^(std::)?(vector|array)</.test(type.text)));
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

/** `HALIDE_REGISTER_GENERATOR(ns::Blur<float, 3>, blur_f32)`: the class, its namespace and template arguments. */
export interface Registration { name: string; base: string; qualifier: string[]; templateArgs: string[] }

export function registrations(text: string): Registration[] {
  const out: Registration[] = [];
  // `using CostModelInference = CostModel<false>;` (or a typedef) registered by the alias: the class it names.
  const aliases = new Map<string, { cls: string; args?: string }>();
  for (const m of text.matchAll(/\busing\s+(\w+)\s*=\s*([\w:]+)\s*(?:<([^<>]*)>)?\s*;/g)) aliases.set(m[1], { cls: m[2], args: m[3] });
  for (const m of text.matchAll(/\btypedef\s+([\w:]+)\s*(?:<([^<>]*)>)?\s+(\w+)\s*;/g)) aliases.set(m[3], { cls: m[1], args: m[2] });
  for (const m of text.matchAll(/HALIDE_REGISTER_GENERATOR\s*\(\s*([\w:]+)\s*(?:<([^>]*)>)?\s*,\s*"?(\w+)"?/g)) {
    const alias = m[2] === undefined ? aliases.get(m[1].split('::').pop()!) : undefined;
    const cls = alias ? alias.cls : m[1];
    const args = alias ? alias.args : m[2];
    const parts = cls.split('::').filter(Boolean);
    out.push({ name: m[3], base: parts.pop()!, qualifier: parts.filter((p) => p !== 'Halide'), templateArgs: args ? args.split(',').map((a) => a.trim()) : [] });
  }
  return out;
}

/** The namespaces a class is declared in, outermost first. */
function namespacesOf(node: SyntaxNode): string[] {
  const out: string[] = [];
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === 'namespace_definition') {
      const name = field(n, 'name');
      if (name) out.unshift(...name.text.split('::'));
    }
  }
  return out;
}

/** The registrations of a class: its name, and its namespace when the registration names one. */
export function registrationsOf(cls: GeneratorClass, regs: Registration[]): Registration[] {
  const ns = namespacesOf(cls.node);
  return regs.filter((r) => r.base === cls.name && r.qualifier.every((q, i) => ns[ns.length - r.qualifier.length + i] === q));
}

/** A class template's parameters (`template <typename T, int N>`), in order. */
export function templateParams(cls: GeneratorClass): { name: string; type: boolean }[] {
  const t = cls.node.parent?.type === 'template_declaration' ? cls.node.parent : null;
  const list = t ? field(t, 'parameters') : null;
  return (list?.namedChildren ?? []).flatMap((p) => {
    const name = p.namedChildren.find((c) => c.type === 'type_identifier' || c.type === 'identifier')
      ?? (field(p, 'declarator') ? declaredNameOf(field(p, 'declarator')!) : null);
    if (!name) return [];
    return [{ name: name.text, type: /type_parameter/.test(p.type) }];
  });
}

function declaredNameOf(d: SyntaxNode): SyntaxNode | null {
  if (d.type === 'identifier') return d;
  const inner = field(d, 'declarator');
  return inner ? declaredNameOf(inner) : null;
}

/** The name a function definition declares (`Blur::generate`, `operator+`, `f<uint8_t>`), as written. */
function declaredFunction(def: SyntaxNode): SyntaxNode | null {
  const d = functionDeclaratorOf(def);
  return d ? field(d, 'declarator') : null;
}

export function functionName(def: SyntaxNode): string | null {
  const name = declaredFunction(def);
  return name ? baseName(name) : null;
}

/** The class an out-of-class member definition belongs to: `void Blur::generate() {...}` -> Blur. */
export function ownerClass(def: SyntaxNode): string | null {
  const name = declaredFunction(def);
  if (name?.type !== 'qualified_identifier') return null;
  const scope = field(name, 'scope');
  return scope ? baseName(scope) : null;
}

/** The classes whose members a generator class sees: itself and the bases it names (`public Base`). */
export function lineage(cls: GeneratorClass, classes: Map<string, SyntaxNode>): Map<string, SyntaxNode> {
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
export function classesOf(roots: SyntaxNode[]): Map<string, SyntaxNode> {
  const classes = new Map<string, SyntaxNode>();
  for (const c of declarations(roots).classes) {
    const name = field(c, 'name');
    if (name) classes.set(baseName(name), c);
  }
  return classes;
}

export function helperFunctions(roots: SyntaxNode[], mine: Map<string, SyntaxNode>): Map<string, SyntaxNode[]> {
  const decls = declarations(roots);
  const out = new Map<string, SyntaxNode[]>();
  for (const def of decls.functions) {
    const body = def.parent?.type === 'field_declaration_list' ? def.parent.parent : null;
    const owner = body ? baseName(field(body, 'name') ?? body) : ownerClass(def);
    const name = functionName(def);
    // A generator's own generate()/schedule() are run as such; a free `schedule(Func &, shape)` is a helper.
    if (!name || (owner !== null && !mine.has(owner)) || name === 'main' || (owner !== null && ['generate', 'schedule', 'configure'].includes(name))) continue;
    // Overloads are kept (the call's argument count picks one); the class's own members come first.
    const list = out.get(name) ?? [];
    if (owner !== null) list.unshift(def);
    else list.push(def);
    out.set(name, list);
  }
  return out;
}

/** The body of one of the class's methods, defined in the class or out of it. */
export function method(roots: SyntaxNode[], cls: GeneratorClass, name: string): SyntaxNode | null {
  for (const def of cls.body.namedChildren) {
    if (def.type === 'function_definition' && functionName(def) === name) return field(def, 'body');
  }
  for (const def of declarations(roots).functions) {
    if (ownerClass(def) === cls.name && functionName(def) === name) return field(def, 'body');
  }
  return null;
}

/**
 * The bodies of a generator class's methods by name, defined in the class or out of it
 * (`void Blur::schedule() {...}`): where an edit to its schedule goes.
 */
export function generatorMethods(root: SyntaxNode, cls: GeneratorClass): Map<string, SyntaxNode> {
  const out = new Map<string, SyntaxNode>();
  for (const def of cls.body.namedChildren) {
    const name = def.type === 'function_definition' ? functionName(def) : null;
    const body = field(def, 'body');
    if (name && body) out.set(name, body);
  }
  for (const def of declarations(root).functions) {
    const name = functionName(def);
    const body = field(def, 'body');
    if (name && body && ownerClass(def) === cls.name && !out.has(name)) out.set(name, body);
  }
  return out;
}

/** `n`, `table[3][4]`, `*p` -> the declared identifier. */
function declaredName(d: SyntaxNode | null | undefined): string {
  while (d && d.type !== 'identifier') d = field(d, 'declarator') ?? undefined;
  return d?.text ?? '';
}
