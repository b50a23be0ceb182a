// Generator members that describe the pipeline's interface: GeneratorParams, Inputs and Outputs.
import type { SyntaxNode } from './tree';
import type { ElemType, GeneratorParamInfo, IOInfo } from './graph';
import type { Scope } from './scope';
import { evaluate } from './evaluate';
import { argumentsOf, baseName, compactText, field, rangeOf, stringLiteral, templateArgs, unwrap } from './syntax';
import { cppTypeToElem, halideTypeCall, plausibleDimensions } from './types';

/** Initializer values of `T name{a, b}` / `T name(a, b)` / `T name = T(a, b)`. */
export function initArgs(init: SyntaxNode | null): SyntaxNode[] {
  if (!init) return [];
  const n = unwrap(init);
  if (n.type === 'initializer_list' || n.type === 'argument_list') return n.namedChildren.filter((c) => c.type !== 'comment');
  if (n.type === 'call_expression' || n.type === 'compound_literal_expression') {
    const args = field(n, 'arguments') ?? field(n, 'value');
    return args ? args.namedChildren.filter((c) => c.type !== 'comment') : [];
  }
  return [n];
}

/**
 * The Halide handle an `auto` initializer constructs (`RDom{-1, 3, -1, 3}`, `Halide::RDom(0, w)`,
 * `Var("x")`): the declaration then reads as one of that type, with the constructor's arguments.
 */
export function constructedType(init: SyntaxNode | null): 'Var' | 'RDom' | null {
  if (!init) return null;
  const n = unwrap(init);
  const t = n.type === 'call_expression' ? field(n, 'function') : n.type === 'compound_literal_expression' ? field(n, 'type') : null;
  const name = t?.text.replace(/\s+/g, '').replace(/^(::)?(Halide::)?/, '');
  return name === 'Var' || name === 'RDom' ? name : null;
}

/** Template kind of a declared type: `Input<Buffer<float>>` -> { outer: 'Input', inner: node }. */
export function templateKind(typeNode: SyntaxNode): { outer: string; args: SyntaxNode[] } {
  const t = typeNode.type === 'qualified_identifier' ? (field(typeNode, 'name') ?? typeNode) : typeNode;
  // `GeneratorInput<T>` / `GeneratorOutput<T>` are the long spellings of Input<T> / Output<T>.
  const outer = baseName(t).replace(/^Generator(Input|Output)$/, '$1');
  if (t.type === 'template_type') return { outer, args: templateArgs(t) };
  return { outer, args: [] };
}

function descriptorType(node: SyntaxNode): SyntaxNode {
  return node.type === 'type_descriptor' ? (field(node, 'type') ?? node) : node;
}

/** A Halide type written as a value: `UInt(8)`, `Float(32)`, or a Type GeneratorParam. */
export function halideTypeValue(node: SyntaxNode, scope: Scope): ElemType | null {
  const n = unwrap(node);
  if (n.type === 'call_expression') {
    const bits = argumentsOf(n)[0];
    const b = bits ? evaluate(bits, scope) : undefined;
    return halideTypeCall(baseName(field(n, 'function')!), typeof b === 'number' ? b : null);
  }
  const v = evaluate(n, scope);
  return typeof v === 'string' && /^(u?int|float|bool)/.test(v) ? v : null;
}

export function readIO(
  dir: 'Input' | 'Output', typeArgs: SyntaxNode[], nameNode: SyntaxNode, init: SyntaxNode | null, scope: Scope,
): IOInfo {
  const args = initArgs(init);
  const name = (args[0] && stringLiteral(unwrap(args[0]))) ?? nameNode.text;
  const inner = typeArgs[0] ? descriptorType(typeArgs[0]) : null;
  const rest = args.slice(1);
  let kind: IOInfo['kind'] = 'scalar';
  let type: ElemType | null = null;
  let dims = 0;
  if (inner && (inner.type === 'template_type' || inner.type === 'qualified_identifier') && baseName(inner) === 'Buffer') {
    kind = 'buffer';
    const bargs = inner.type === 'template_type' ? templateArgs(inner) : [];
    if (bargs[0]) type = cppTypeToElem(descriptorType(bargs[0]).text);
    if (bargs[1]) {
      // Buffer<T, D>: a rank typed as 2147483648 (half-typed code) must not size an array.
      const d = evaluate(bargs[1], scope);
      if (plausibleDimensions(d)) dims = d;
    }
  } else if (inner && baseName(inner) === 'Func') {
    kind = 'func';
  } else if (inner) {
    type = cppTypeToElem(inner.text);
  }
  // Remaining initializer values: an optional Type then the dimension count (Buffer<> / Func).
  for (const a of rest) {
    const t = halideTypeValue(a, scope);
    if (t) { type = t; continue; }
    const v = evaluate(a, scope);
    if (plausibleDimensions(v) && kind !== 'scalar') dims = v;
  }
  const io: IOInfo = { name, kind, type, dims, estimates: Array(dims).fill(null), scalarEstimate: null, range: rangeOf(nameNode) };
  if (kind === 'scalar' && dir === 'Input') io.scalarDefault = scalarDefault(rest, scope, type);
  return io;
}

/**
 * `Input<T> name{"name", default, min, max}`: the default clamped to the range. Without a written
 * default Halide's Parameter has none, and the bench worker takes 1 (0.5 for floats), as here.
 */
function scalarDefault(rest: SyntaxNode[], scope: Scope, type: ElemType | null): number | null {
  const num = (n: SyntaxNode | undefined): number | null | undefined => {
    if (!n) return undefined;
    const v = evaluate(n, scope);
    return typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : null;
  };
  let v = num(rest[0]);
  if (v === null) return null;
  v ??= type?.startsWith('float') ? 0.5 : 1;
  const lo = num(rest[1]);
  const hi = num(rest[2]);
  if (typeof lo === 'number') v = Math.max(v, lo);
  if (typeof hi === 'number') v = Math.min(v, hi);
  return v;
}

export function readParam(
  typeArgs: SyntaxNode[], nameNode: SyntaxNode, init: SyntaxNode | null, scope: Scope,
): GeneratorParamInfo {
  const args = initArgs(init);
  const name = (args[0] && stringLiteral(unwrap(args[0]))) ?? nameNode.text;
  const cppType = typeArgs[0] ? compactText(typeArgs[0]) : 'auto';
  const def = args[1] ?? null;
  let value: GeneratorParamInfo['value'] = null;
  if (def) {
    const t = /Type/.test(cppType) ? halideTypeValue(def, scope) : null;
    const v = t ?? evaluate(def, scope);
    value = v === undefined ? null : v;
    // An enum GeneratorParam keeps its default's spelling: `Enum::A` -> 'A'.
    if (value === null && /^[\w:]+$/.test(def.text)) value = def.text.split('::').pop() ?? null;
  }
  return { name, cppType, value, text: def ? compactText(def) : '', range: rangeOf(nameNode) };
}

/**
 * An enum GeneratorParam's `{{"planar", Layout::Planar}, ...}` map: the command line names the
 * string, the generator compares the enumerator.
 */
export function enumChoice(map: SyntaxNode | undefined, text: string): string | undefined {
  const m = map ? unwrap(map) : null;
  if (m?.type !== 'initializer_list') return undefined;
  for (const pair of m.namedChildren) {
    const [key, value] = pair.namedChildren;
    if (key && value && stringLiteral(unwrap(key)) === text) return value.text.split('::').pop();
  }
  return undefined;
}

/** A `name=value` generator param from the command line, typed like the param's default. */
export function parseOverride(text: string, def: number | string | boolean | null): number | string | boolean {
  if (typeof def === 'boolean') return text === 'true' || text === '1';
  if (typeof def === 'number') {
    const v = Number(text);
    if (Number.isFinite(v)) return v;
  }
  return text;
}
