// Compile-time evaluation of the C++ a generator uses for sizes, loop bounds and names:
// literals, GeneratorParam defaults, arithmetic, comparisons and `"name" + std::to_string(j)`.
import type { IndexExpr } from './graph';
import type { SyntaxNode } from './tree';
import type { Entity, Scope } from './scope';
import { resolveCallee } from './callee';
import { baseName, field, stringLiteral, templateArgs, unwrap, argumentsOf } from './syntax';
import { cppTypeToElem, halideTypeCall } from './types';
import { TARGET_NAME, naturalVectorSizeQuery, targetEnum, targetQuery } from './target';

export type Value = number | string | boolean;

export function parseNumber(text: string): number | null {
  const t = text.replace(/'/g, '').replace(/(ull|ul|ll|u|l|f)$/i, '');
  const v = /^0x/i.test(t) ? parseInt(t, 16) : Number(t);
  return Number.isFinite(v) ? v : null;
}

export function isFloatLiteral(text: string): boolean {
  return !/^0x/i.test(text) && /[.eE]|f$/i.test(text);
}

const BINARY: Record<string, (a: any, b: any) => Value> = {
  '+': (a, b) => a + b, '-': (a, b) => a - b, '*': (a, b) => a * b,
  '/': (a, b) => (typeof a === 'number' && Number.isInteger(a) && Number.isInteger(b) ? Math.trunc(a / b) : a / b),
  '%': (a, b) => a % b, '<': (a, b) => a < b, '<=': (a, b) => a <= b, '>': (a, b) => a > b,
  '>=': (a, b) => a >= b, '==': (a, b) => a === b, '!=': (a, b) => a !== b,
  '&&': (a, b) => Boolean(a && b), '||': (a, b) => Boolean(a || b),
  '<<': (a, b) => a << b, '>>': (a, b) => a >> b, '&': (a, b) => a & b, '|': (a, b) => a | b, '^': (a, b) => a ^ b,
};

/**
 * `cur op= rhs` on generation-time numbers (`+=`, `<<=`, `%=`, ...), integer division for integers;
 * undefined for an operator we do not run, so the caller forgets the value rather than keep a stale one.
 */
export function compoundValue(op: string, cur: number, rhs: number): number | undefined {
  if (op === '=') return rhs;
  const f = op.endsWith('=') ? BINARY[op.slice(0, -1)] : undefined;
  if (!f || /^[<>]=?$|^[=!]=$/.test(op.slice(0, -1))) return undefined;
  const v = f(cur, rhs);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** The compile-time value of an expression, or undefined when it is not a constant we can see. */
export function evaluate(node: SyntaxNode, scope: Scope): Value | undefined {
  const n = unwrap(node);
  switch (n.type) {
    case 'number_literal':
      return parseNumber(n.text) ?? undefined;
    case 'true': return true;
    case 'false': return false;
    case 'string_literal':
    case 'concatenated_string':
      return stringLiteral(n) ?? undefined;
    case 'char_literal': return undefined;
    case 'identifier':
    case 'type_identifier':
    case 'qualified_identifier': {
      if (n.type === 'qualified_identifier') {
        const named = targetEnum(n.text);
        if (named !== undefined) return named;
      }
      const e = scope.lookup(n.type === 'qualified_identifier' ? baseName(n) : n.text);
      if (e?.kind === 'value') return e.value;
      // An Expr holding a constant (camera_pipe's `Expr strip_size = 32;` as a split factor): Halide folds it too.
      if (e?.kind === 'expr' && !e.summary.tuple && !e.summary.calls.length) return foldConst(e.summary.index);
      if (e?.kind === 'param') return e.info.value ?? undefined;
      return undefined;
    }
    case 'unary_expression': {
      const v = evaluate(field(n, 'argument')!, scope);
      if (v === undefined) return undefined;
      const op = field(n, 'operator')?.text ?? n.child(0)?.text;
      if (op === '-') return typeof v === 'number' ? -v : undefined;
      if (op === '+') return v;
      if (op === '!') return !v;
      return undefined;
    }
    case 'binary_expression': {
      const a = evaluate(field(n, 'left')!, scope);
      const b = evaluate(field(n, 'right')!, scope);
      const op = field(n, 'operator')?.text ?? '';
      if (a === undefined || b === undefined || !BINARY[op]) return undefined;
      // An enumerator (a name) against a number is not something we can decide.
      if ((typeof a === 'string') !== (typeof b === 'string') && op !== '+') return undefined;
      // C++ divides integers only when both sides are integral: `1.0f / 7.0f` is not 0.
      if (op === '/' && typeof a === 'number' && typeof b === 'number' && (isFloating(n, scope))) return a / b;
      return BINARY[op](a, b);
    }
    case 'conditional_expression': {
      const c = evaluate(field(n, 'condition')!, scope);
      if (c === undefined) return undefined;
      return evaluate(field(n, c ? 'consequence' : 'alternative')!, scope);
    }
    case 'cast_expression':
      return evaluate(field(n, 'value')!, scope);
    case 'field_expression': {
      const asked = targetQuery(n, targetOf(scope), (name) => isTargetParam(scope, name));
      if (asked !== undefined) return asked;
      // `i.first` of a pair of numbers, a constant member of one of the file's objects.
      const e = resolveCallee(n, scope);
      return e?.kind === 'value' ? e.value : undefined;
    }
    case 'call_expression': {
      const asked = targetQuery(n, targetOf(scope), (name) => isTargetParam(scope, name));
      if (asked !== undefined) return asked;
      const lanes = naturalVectorSizeQuery(n, targetOf(scope), (a) => {
        const t = evaluate(a, scope);
        return typeof t === 'string' ? t : undefined;
      }, (name) => isTargetParam(scope, name));
      if (lanes !== undefined) return lanes;
      const fn = field(n, 'function');
      if (!fn) return undefined;
      const name = baseName(fn);
      // Halide 15+'s `using_autoscheduler()` (and 14's `get_auto_schedule()`) as a value: iir_blur passes it to its helper.
      if ((name === 'using_autoscheduler' || name === 'get_auto_schedule') && argumentsOf(n).length === 0) {
        const e = scope.lookup('auto_schedule');
        if (e?.kind === 'value') return e.value;
      }
      if (fn.type === 'field_expression' && argumentsOf(n).length === 0) {
        const asked = memberQuery(field(fn, 'argument'), field(fn, 'field')?.text ?? '', scope);
        if (asked !== undefined) return asked;
      }
      if (/^(U?Int|Float|Bool)$/.test(name) && argumentsOf(n).length <= 1) {
        const bits = argumentsOf(n)[0] ? evaluate(argumentsOf(n)[0], scope) : undefined;
        return halideTypeCall(name, typeof bits === 'number' ? bits : null) ?? undefined;
      }
      if (name === 'halide_type_of' || name === 'type_of') {
        const t = templateArgs(fn)[0];
        return (t && cppTypeToElem(t.text)) ?? undefined;
      }
      // One of the file's own functions of plain values (`get_register_count(target) >= 32`); its
      // arguments may be what evaluate cannot hold (a Target, a Type).
      const own = fn.type === 'identifier' ? scope.callEvaluator()?.(n, scope) : undefined;
      if (own !== undefined) return own;
      const args = argumentsOf(n).map((a) => evaluate(a, scope));
      if (args.some((a) => a === undefined)) return undefined;
      if (name === 'static_cast' && args.length === 1) return staticCast(templateArgs(fn)[0]?.text ?? '', args[0]!);
      const searched = searchValue(name, argumentsOf(n), args, scope);
      if (searched !== undefined) return searched;
      if (name === 'to_string') return String(args[0]);
      if ((name === 'min' || name === 'max') && args.length === 2 && args.every((a) => typeof a === 'number')) {
        return name === 'min' ? Math.min(args[0] as number, args[1] as number) : Math.max(args[0] as number, args[1] as number);
      }
      if ((name === 'string' || name === 'int' || name === 'float') && args.length === 1) return args[0];
      const math = C_MATH[name.replace(/f$/, '')];
      if (math && args.length === math.length && args.every((a) => typeof a === 'number')) return math(...(args as number[]));
      return undefined;
    }
    default:
      return undefined;
  }
}

/** An index expression of integer constants only, folded as Halide's simplifier would (else undefined). */
function foldConst(e: IndexExpr): number | undefined {
  if (e.op === 'const') return e.float ? undefined : e.value;
  if (e.op !== 'add' && e.op !== 'sub' && e.op !== 'mul' && e.op !== 'div' && e.op !== 'min' && e.op !== 'max' && e.op !== 'neg') return undefined;
  const xs = e.args.map(foldConst);
  if (xs.some((x) => x === undefined)) return undefined;
  const ns = xs as number[];
  const [a, b] = ns;
  switch (e.op) {
    case 'neg': return -a;
    case 'add': return ns.reduce((p, q) => p + q);
    case 'sub': return ns.reduce((p, q) => p - q);
    case 'mul': return ns.reduce((p, q) => p * q);
    // Halide's integer division rounds toward negative infinity.
    case 'div': return ns.length !== 2 || b === 0 ? undefined : Math.floor(a / b);
    case 'min': return Math.min(...ns);
    case 'max': return Math.max(...ns);
  }
}

/**
 * C's math on numbers known at generation time (max_filter: `ceilf(logf(radius) / logf(2)) + 1`
 * slices); the float spellings (`logf`) as the double ones.
 */
const C_MATH: Record<string, (...x: number[]) => number> = {
  log: Math.log, log2: Math.log2, log10: Math.log10, exp: Math.exp, sqrt: Math.sqrt, cbrt: Math.cbrt,
  ceil: Math.ceil, floor: Math.floor, round: Math.round, trunc: Math.trunc, fabs: Math.abs,
  pow: Math.pow, fmin: Math.min, fmax: Math.max,
  sin: Math.sin, cos: Math.cos, tan: Math.tan, atan: Math.atan, atan2: Math.atan2,
};

/**
 * Questions a generator asks of its own objects at generation time: `pyramid.size()` of an array,
 * `input.type()` / `.dimensions()` of an Input or Output, `f.defined()`, and of a type
 * (`input.type().is_float()`, `.bits()`). Types are Halide spellings (`uint8`, `float32`).
 */
function memberQuery(obj: SyntaxNode | null, method: string, scope: Scope): Value | undefined {
  if (!obj) return undefined;
  const o = unwrap(obj);
  // A name, or a member of one of the file's objects (`blur.tmp`, `func->inner`), as callees resolve.
  const e = resolveCallee(o, scope);
  switch (method) {
    case 'size': {
      // `f.args().size()`: a Func's (or an Input<Func>'s) dimensions.
      const fn = o.type === 'call_expression' ? field(o, 'function') : null;
      if (fn?.type === 'field_expression' && field(fn, 'field')?.text === 'args' && argumentsOf(o).length === 0) {
        return memberQuery(field(fn, 'argument'), 'dimensions', scope);
      }
      if (e?.kind === 'funcArray') return e.elems.size;
      if (e?.kind === 'inputArray') return e.elems.length;
      if (e?.kind === 'list') return e.items.length;
      if (e?.kind === 'map') return e.entries.size;
      return undefined;
    }
    case 'type':
      if (e?.kind === 'input' || e?.kind === 'output') return e.io.type ?? undefined;
      // An Expr's type, as the front end typed it (`e.type().is_float()` in a helper over Exprs).
      if (e?.kind === 'expr') return e.summary.type ?? undefined;
      return undefined;
    case 'dimensions':
      if (e?.kind === 'input' || e?.kind === 'output') return e.io.dims || undefined;
      // A defined Func's dimensions are its definition's arguments.
      if (e?.kind === 'func' && e.func.stages.length) return e.func.dims || undefined;
      return undefined;
    case 'defined':
      if (e?.kind === 'func') return e.func.stages.length > 0;
      return undefined;
    // Iterators of a container are its indices (see searchValue).
    case 'begin': case 'cbegin':
      return e?.kind === 'list' ? 0 : undefined;
    case 'end': case 'cend':
      return e?.kind === 'list' ? e.items.length : undefined;
    case 'name':
      // `Func fT(f.name() + "Transposed")`: names built from another's.
      if (e?.kind === 'func' || e?.kind === 'output') return e.func.name;
      if (e?.kind === 'var') return e.name;
      if (e?.kind === 'input') return e.io.name;
      return undefined;
    default: break;
  }
  const t = evaluate(o, scope);
  if (typeof t !== 'string' || !/^(u?int|float|bool)\d*$/.test(t)) return undefined;
  const bits = t === 'bool' ? 1 : Number(t.replace(/^\D+/, ''));
  switch (method) {
    case 'bits': return bits;
    case 'bytes': return Math.ceil(bits / 8);
    case 'is_float': return t.startsWith('float');
    case 'is_int': return t.startsWith('int');
    case 'is_uint': return t.startsWith('uint');
    case 'is_bool': return t === 'bool';
    default: return undefined;
  }
}

/**
 * `std::find(v.begin(), v.end(), x)`, `std::count(...)`, `std::distance(a, b)` over a container of
 * constants (ResNet-50's `find_index` of a block in a list of blocks). An iterator is held as its
 * index into the container its `begin()`/`end()` names, so `it == v.end()` and `it - v.begin()`
 * are arithmetic on indices.
 */
function searchValue(name: string, argNodes: SyntaxNode[], args: (Value | undefined)[], scope: Scope): Value | undefined {
  if (name === 'distance' && args.length === 2 && typeof args[0] === 'number' && typeof args[1] === 'number') return args[1] - args[0];
  if ((name !== 'find' && name !== 'count') || args.length !== 3) return undefined;
  const [from, to, wanted] = args;
  const list = containerOf(argNodes[0], scope) ?? containerOf(argNodes[1], scope);
  if (!list || typeof from !== 'number' || typeof to !== 'number' || wanted === undefined) return undefined;
  let count = 0;
  for (let i = from; i < Math.min(to, list.items.length); i++) {
    const item = list.items[i];
    if (item.kind !== 'value') return undefined;
    if (item.value !== wanted) continue;
    if (name === 'find') return i;
    count++;
  }
  return name === 'find' ? to : count;
}

/** The container an iterator expression walks: `v.begin()`, `v.end()`, `v.begin() + k`. */
function containerOf(node: SyntaxNode | undefined, scope: Scope): Extract<Entity, { kind: 'list' }> | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === 'binary_expression') return containerOf(field(n, 'left') ?? undefined, scope);
  const fn = n.type === 'call_expression' ? field(n, 'function') : null;
  if (fn?.type !== 'field_expression' || !/^c?(begin|end)$/.test(field(fn, 'field')?.text ?? '')) return undefined;
  const e = resolveCallee(field(fn, 'argument')!, scope);
  return e?.kind === 'list' ? e : undefined;
}

/** `static_cast<T>(v)` of a number or bool (an enumerator's value is not known: undefined). */
function staticCast(type: string, v: Value): Value | undefined {
  if (typeof v !== 'number' && typeof v !== 'boolean') return undefined;
  const x = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  if (/^\s*bool\s*$/.test(type)) return x !== 0;
  if (/^\s*(float|double)\s*$/.test(type)) return x;
  if (/^\s*(u?int(8|16|32|64)_t|(unsigned\s+)?(int|long|short|char|long\s+long)|size_t)\s*$/.test(type)) return Math.trunc(x);
  return undefined;
}

/** A helper's parameter bound to the generator's target (see Interpreter.valueEntity). */
function isTargetParam(scope: Scope, name: string): boolean {
  const e = scope.lookup(name);
  return e?.kind === 'unknown' && e.cppType === 'Target';
}

/** The target string the generator is read for (set in the file scope), if any. */
function targetOf(scope: Scope): string | undefined {
  const e = scope.lookup(TARGET_NAME);
  return e?.kind === 'value' && typeof e.value === 'string' ? e.value : undefined;
}

export function evaluateNumber(node: SyntaxNode, scope: Scope): number | undefined {
  const v = evaluate(node, scope);
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

/**
 * Runs `i++`, `++i`, `i--` or `--i` on a generation-time counter: assigns the stepped value and
 * returns the expression's value (the old one for postfix, the new one for prefix), or undefined
 * (nothing assigned) when the counter is not a number we know.
 */
export function stepCounter(n: SyntaxNode, scope: Scope): number | undefined {
  const arg = field(n, 'argument')!;
  const cur = evaluate(arg, scope);
  if (typeof cur !== 'number') return undefined;
  const next = cur + (n.text.includes('++') ? 1 : -1);
  scope.assign(arg.text, { kind: 'value', value: next });
  const postfix = n.child(0)?.type === arg.type && n.child(0)?.text === arg.text;
  return postfix ? cur : next;
}

/** Whether a constant expression has floating-point type (a float literal, cast or param inside). */
function isFloating(node: SyntaxNode, scope: Scope): boolean {
  const n = unwrap(node);
  if (n.type === 'number_literal') return isFloatLiteral(n.text);
  if (n.type === 'identifier') {
    const e = scope.lookup(n.text);
    if (e?.kind === 'param') return /float|double/.test(e.info.cppType);
    return e?.kind === 'value' && typeof e.value === 'number' && !Number.isInteger(e.value);
  }
  if (n.type === 'cast_expression') return /float|double/.test(field(n, 'type')?.text ?? '');
  return n.namedChildren.some((c) => isFloating(c, scope));
}
