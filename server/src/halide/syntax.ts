// Small helpers over tree-sitter nodes, so the extractors read like the C++ they walk.
import type { SyntaxNode } from './tree';
import type { Range } from './graph';

export function rangeOf(node: SyntaxNode): Range {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column },
  };
}

/** Strip parentheses and C++ noise that does not change meaning for us. */
export function unwrap(node: SyntaxNode): SyntaxNode {
  let n = node;
  while (n.type === 'parenthesized_expression' && n.namedChildCount === 1) n = n.namedChildren[0];
  return n;
}

export function field(node: SyntaxNode, name: string): SyntaxNode | null {
  return node.childForFieldName(name);
}

/** The value of a string literal, or null if the node is not one (concatenations are evaluated elsewhere). */
export function stringLiteral(node: SyntaxNode): string | null {
  if (node.type === 'string_literal') {
    return node.namedChildren
      .filter((c) => c.type === 'string_content' || c.type === 'escape_sequence')
      .map((c) => c.text)
      .join('');
  }
  if (node.type === 'concatenated_string') {
    const parts = node.namedChildren.map(stringLiteral);
    return parts.every((p) => p !== null) ? parts.join('') : null;
  }
  return null;
}

/** Identifier text with namespaces dropped: `Halide::BoundaryConditions::repeat_edge` -> its parts. */
export function qualifiedParts(node: SyntaxNode): string[] {
  if (node.type === 'qualified_identifier') {
    const scope = field(node, 'scope');
    const name = field(node, 'name');
    return [...(scope ? qualifiedParts(scope) : []), ...(name ? qualifiedParts(name) : [])];
  }
  if (node.type === 'template_function' || node.type === 'template_type') {
    const name = field(node, 'name');
    return name ? qualifiedParts(name) : [node.text];
  }
  return [node.text];
}

/** Last component of a (qualified) name: `Halide::select` -> `select`. */
export function baseName(node: SyntaxNode): string {
  const parts = qualifiedParts(node);
  return parts[parts.length - 1];
}

export function argumentsOf(call: SyntaxNode): SyntaxNode[] {
  const args = field(call, 'arguments');
  return args ? args.namedChildren.filter((c) => c.type !== 'comment') : [];
}

/** Template arguments of `cast<uint8_t>` or `Input<Buffer<float>>`, as nodes. */
export function templateArgs(node: SyntaxNode): SyntaxNode[] {
  const args = field(node, 'arguments');
  return args ? args.namedChildren.filter((c) => c.type !== 'comment') : [];
}

export function isComment(node: SyntaxNode): boolean {
  return node.type === 'comment';
}

/** Text with whitespace runs collapsed: stable strings for args and directives. */
export function compactText(node: SyntaxNode): string {
  return node.text.replace(/\s+/g, ' ').trim();
}

/** `Halide::select(...)`, `::std::min(...)`: a callee the library owns, never one of the file's functions of that name. */
export function isLibraryCallee(fn: SyntaxNode): boolean {
  return fn.type === 'qualified_identifier' && /^(::)?(Halide|std)::/.test(compactText(fn));
}

/**
 * A function definition's or declaration's function_declarator, through the pointer and reference
 * declarators of its return type (`Func &schedule(Func &f, ...)` holds it as a plain child).
 */
export function functionDeclaratorOf(def: SyntaxNode): SyntaxNode | null {
  let d = field(def, 'declarator');
  while (d && d.type !== 'function_declarator' && d.type !== 'abstract_function_declarator') d = field(d, 'declarator') ?? d.namedChildren.find((c) => /declarator/.test(c.type)) ?? null;
  return d;
}

/** A function's parameter declarations (optional ones, with defaults, included). */
export function paramsOf(def: SyntaxNode): SyntaxNode[] {
  const d = functionDeclaratorOf(def);
  return (d && field(d, 'parameters')?.namedChildren.filter((p) => /parameter_declaration$/.test(p.type))) ?? [];
}
