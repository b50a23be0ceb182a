// The file's own classes that are not generators (`class Complex`, a component struct with a
// generate() of its own): what the interpreter needs to construct their objects and call methods.
import type { SyntaxNode } from './tree';
import type { ClassDef } from './scope';
import { declarations, functionName, ownerClass } from './generators';
import { baseName, field, templateArgs } from './syntax';

/** In-class methods, templated ones included (`template <typename T> void generate(...)`). */
function inClassMethods(body: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const c of body.namedChildren) {
    if (c.type === 'function_definition') out.push(c);
    else if (c.type === 'template_declaration') out.push(...c.namedChildren.filter((d) => d.type === 'function_definition'));
  }
  return out;
}

/**
 * Classes of the trees (file first, then headers; the first definition of a name wins) except `mine`,
 * the generator's lineage; with `subGenerators`, the other generator classes instead (`create<T>()`).
 */
export function userClasses(roots: SyntaxNode[], mine: Map<string, SyntaxNode>, subGenerators = false): Map<string, ClassDef> {
  const decls = declarations(roots);
  const out = new Map<string, ClassDef>();
  for (const node of decls.classes) {
    const nameNode = field(node, 'name');
    const body = field(node, 'body');
    if (!nameNode || !body) continue;
    const name = baseName(nameNode);
    const generator = /\bGenerator\s*</.test(node.namedChildren.find((c) => c.type === 'base_class_clause')?.text ?? '');
    if (mine.has(name) || out.has(name) || generator !== subGenerators) continue;
    const cls: ClassDef = { name, body, methods: new Map(), casts: [], ...(generator ? { generator } : {}) };
    const base = node.namedChildren.find((c) => c.type === 'base_class_clause');
    const input = base?.descendantsOfType('template_type').find((t) => /^(Generator)?Input$/.test(baseName(field(t, 'name') ?? t)));
    if (input) cls.inputOf = templateArgs(input);
    for (const def of inClassMethods(body)) {
      if (field(def, 'declarator')?.type === 'operator_cast') cls.casts.push(def);
      const m = functionName(def);
      if (m) cls.methods.set(m, [...(cls.methods.get(m) ?? []), def]);
    }
    out.set(name, cls);
  }
  // `using Weight = ModelWeight<training>;`: the alias names the class too.
  for (const root of roots) {
    for (const a of root.descendantsOfType('alias_declaration')) {
      const alias = field(a, 'name')?.text;
      const target = field(a, 'type');
      const cls = target ? out.get(baseName(field(target, 'type') ?? target).replace(/<.*$/, '')) : undefined;
      if (alias && cls && !out.has(alias)) out.set(alias, cls);
    }
  }
  // Out-of-class definitions: `inline ComplexExpr &ComplexExpr::operator=(ComplexExpr v) {...}`.
  for (const def of decls.functions) {
    const owner = ownerClass(def);
    const cls = owner ? out.get(owner) : undefined;
    if (!cls || def.parent?.type === 'field_declaration_list') continue;
    const m = functionName(def);
    if (m) cls.methods.set(m, [...(cls.methods.get(m) ?? []), def]);
  }
  return out;
}
