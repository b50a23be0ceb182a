// Which of a helper's overloads a call reaches. By argument count first; among those that fit, the
// one whose parameter types the arguments fit (a `Var` parameter takes a Var, a `Func` one a Func,
// and one template type parameter `Input` used twice takes arguments of one kind), as C++ deduces.
import type { SyntaxNode } from './tree';
import type { Scope } from './scope';
import { resolveCallee } from './callee';
import { evaluate } from './evaluate';
import { compactText, field, functionDeclaratorOf, paramsOf, templateArgs } from './syntax';
import { canonicalType } from './types';

/** Parameter types a call on Halide Exprs can reach; `cos(const FixedN<NB, FB> &)` is for the file's own type. */
const HALIDE_PARAM = /^(const\s+)?((Halide|std)::)?(Expr|Func|Var|RVar|RDom|FuncRef|Tuple|auto|int|float|double|bool|u?int\d+_t|size_t|string)\b/;

/** A helper some of whose parameters Halide Exprs convert to (a builtin's name overloaded only for other types never is). */
export function takesHalideTypes(def: SyntaxNode): boolean {
  const params = paramsOf(def);
  return params.length === 0 || params.some((p) => HALIDE_PARAM.test(compactText(field(p, 'type') ?? p)));
}

/** What kind of thing an argument is, as far as overloading cares: 'var', 'func', 'input', 'value' or 'expr'. */
function argKind(arg: SyntaxNode, scope: Scope): string {
  const e = resolveCallee(arg, scope);
  if (e?.kind === 'var') return e.rvar ? 'rvar' : 'var';
  if (e?.kind === 'func' || e?.kind === 'output') return 'func';
  if (e?.kind === 'input') return e.io.kind === 'scalar' ? 'scalar' : 'input';
  if (evaluate(arg, scope) !== undefined) return 'value';
  return 'expr';
}

function isOutput(arg: SyntaxNode, scope: Scope): boolean {
  return resolveCallee(arg, scope)?.kind === 'output';
}

/** How many parameters the arguments contradict (a Var parameter given no Var, one template type given two kinds). */
function conflicts(def: SyntaxNode, args: SyntaxNode[], scope: Scope, facts?: OverloadFacts): number {
  const params = paramsOf(def);
  const byType = new Map<string, string>();
  let bad = 0;
  params.forEach((p, i) => {
    const arg = args[i];
    if (!arg) return;
    const type = compactText(field(p, 'type') ?? p).replace(/\bconst\b|[&*\s]/g, '').replace(/^(::)?(Halide::)?/, '');
    const kind = argKind(arg, scope);
    // A parameter of the file's own class (`sum_unroll(RDom, const FixedN<...> &)`) wants one of its objects.
    if (facts?.isClassParam(p) && !facts.isObject(arg)) bad++;
    else if (type === 'Var' && kind !== 'var') bad++;
    else if (type === 'Func' && kind !== 'func' && kind !== 'input') bad++;
    // An Input or Output parameter takes only that (a Func converts to neither); an ImageParam only an input.
    else if (/^(Generator)?(Input|Output)<|^ImageParam$/.test(type) && (kind !== (type.includes('Output') ? 'func' : 'input') || isOutput(arg, scope) !== type.includes('Output'))) bad++;
    else if (/^[A-Z]\w*$/.test(type) && !HALIDE_PARAM.test(type)) {
      // A template type parameter (or a class type): the same name must get one kind of argument.
      const seen = byType.get(type);
      if (seen !== undefined && seen !== kind) bad++;
      byType.set(type, kind);
    }
  });
  return bad;
}

/** Whether a function takes n arguments (its parameters less those with defaults). */
function fitsArgCount(def: SyntaxNode, n: number): boolean {
  const params = paramsOf(def);
  const required = params.filter((p) => p.type === 'parameter_declaration').length;
  return n >= required && n <= params.length;
}

/** Parameter types only a Func, buffer, Var or RDom binds to: never a plain Expr. */
const HANDLE_PARAM = /^(const\s+)?((Halide|std)::)?(Generator(Input|Output)|Input|Output|Buffer|ImageParam|Func|Var|RVar|RDom)\b/;

/** What choosing among overloads (and between a helper and Halide's builtin of its name) needs from the reader. */
export interface OverloadFacts {
  builtins: ReadonlySet<string>;
  /** Whether an argument may be an object of one of the file's classes. */
  isObject(arg: SyntaxNode): boolean;
  /** The file's class a parameter is of (`const FixedN<NB, FB> &`), if any. */
  isClassParam(param: SyntaxNode): boolean;
}

/** An argument that is an Expr whatever the file declares: arithmetic, a literal, a call of a Halide builtin or an element of a Func. */
function surelyExpr(arg: SyntaxNode, scope: Scope, builtins: ReadonlySet<string>): boolean {
  if (/^(binary|unary|conditional)_expression$|^(number|char)_literal$/.test(arg.type)) return true;
  if (arg.type === 'parenthesized_expression') return arg.namedChildren.length === 1 && surelyExpr(arg.namedChildren[0], scope, builtins);
  if (arg.type !== 'call_expression') return false;
  const fn = field(arg, 'function');
  if (!fn) return false;
  const callee = resolveCallee(fn, scope);
  if (callee?.kind === 'func' || callee?.kind === 'output' || callee?.kind === 'input') return true;
  const name = compactText(fn).replace(/<.*$/, '').replace(/^(::)?(Halide::)?/, '');
  return builtins.has(name) && !scope.lookup(name);
}

/**
 * Whether a call can reach this helper rather than Halide's builtin of the same name, as C++ overload
 * resolution picks: the count fits, no surely-Expr argument meets a parameter only a Func or buffer binds
 * to (`min(a + b, c)` never reaches `min(GeneratorInput<Buffer<T>> &, ...)`), and a parameter of the
 * file's own class gets one of its objects (an Expr takes the builtin's exact match over a conversion).
 */
export function reaches(def: SyntaxNode, args: SyntaxNode[], scope: Scope, facts: OverloadFacts): boolean {
  if (!fitsArgCount(def, args.length)) return false;
  const params = paramsOf(def);
  return args.every((a, i) => {
    const p = params[i];
    if (!p) return true;
    if (HANDLE_PARAM.test(compactText(field(p, 'type') ?? p))) return !surelyExpr(a, scope, facts.builtins);
    return !facts.isClassParam(p) || facts.isObject(a);
  });
}

/** `template<> Func f<uint8_t>(...)`: an explicit specialization's template arguments; null for a primary definition. */
function specializedFor(def: SyntaxNode): string[] | null {
  const d = functionDeclaratorOf(def);
  const name = d ? field(d, 'declarator') : null;
  return name?.type === 'template_function' ? templateArgs(name).map((a) => canonicalType(compactText(a))) : null;
}

/**
 * The definitions a call's explicit template arguments select: `bilateral<T>(...)` with T = uint8_t takes
 * `template<> Func bilateral<uint8_t>(...)`; otherwise (or without a matching one) the primary templates.
 */
function bySpecialization(defs: SyntaxNode[], call: SyntaxNode | undefined): SyntaxNode[] {
  const special = defs.map(specializedFor);
  if (!special.some((s) => s)) return defs;
  const fn = call ? field(call, 'function') : null;
  const given = fn?.type === 'template_function' ? templateArgs(fn).map((a) => canonicalType(compactText(a))) : null;
  const match = given ? defs.filter((_, i) => special[i]?.join(',') === given.join(',')) : [];
  if (match.length) return match;
  const primary = defs.filter((_, i) => !special[i]);
  return primary.length ? primary : defs;
}

/** The overload a call reaches: of those whose parameters (less defaults) fit the count, the one the arguments contradict least (the first on a tie). */
export function overload(all: SyntaxNode[], args: SyntaxNode[], scope: Scope, call?: SyntaxNode, facts?: OverloadFacts): SyntaxNode {
  const defs = bySpecialization(all, call);
  const fit = defs.filter((def) => fitsArgCount(def, args.length));
  if (fit.length <= 1) return fit[0] ?? defs[0];
  let best = fit[0];
  let least = Infinity;
  for (const def of fit) {
    const c = conflicts(def, args, scope, facts);
    if (c < least) { least = c; best = def; }
  }
  return best;
}
