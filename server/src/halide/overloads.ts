// Which of a helper's overloads a call reaches. By argument count first; among those that fit, the
// one whose parameter types the arguments fit (a `Var` parameter takes a Var, a `Func` one a Func,
// and one template type parameter `Input` used twice takes arguments of one kind), as C++ deduces.
import type { SyntaxNode } from './tree';
import type { Scope } from './scope';
import { resolveCallee } from './callee';
import { evaluate } from './evaluate';
import { compactText, field } from './syntax';

/** Parameter types a call on Halide Exprs can reach; `cos(const FixedN<NB, FB> &)` is for the file's own type. */
const HALIDE_PARAM = /^(const\s+)?((Halide|std)::)?(Expr|Func|Var|RVar|RDom|FuncRef|Tuple|auto|int|float|double|bool|u?int\d+_t|size_t|string)\b/;

function paramsOf(def: SyntaxNode): SyntaxNode[] {
  let d = field(def, 'declarator');
  while (d && d.type !== 'function_declarator') d = field(d, 'declarator');
  return (d && field(d, 'parameters')?.namedChildren.filter((p) => /parameter_declaration$/.test(p.type))) ?? [];
}

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

/** How many parameters the arguments contradict (a Var parameter given no Var, one template type given two kinds). */
function conflicts(def: SyntaxNode, args: SyntaxNode[], scope: Scope): number {
  const params = paramsOf(def);
  const byType = new Map<string, string>();
  let bad = 0;
  params.forEach((p, i) => {
    const arg = args[i];
    if (!arg) return;
    const type = compactText(field(p, 'type') ?? p).replace(/\bconst\b|[&*\s]/g, '').replace(/^(::)?(Halide::)?/, '');
    const kind = argKind(arg, scope);
    if (type === 'Var' && kind !== 'var') bad++;
    else if (type === 'Func' && kind !== 'func' && kind !== 'input') bad++;
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
export function fitsArgCount(def: SyntaxNode, n: number): boolean {
  const params = paramsOf(def);
  const required = params.filter((p) => p.type === 'parameter_declaration').length;
  return n >= required && n <= params.length;
}

/** The overload a call reaches: of those whose parameters (less defaults) fit the count, the one the arguments contradict least (the first on a tie). */
export function overload(defs: SyntaxNode[], args: SyntaxNode[], scope: Scope): SyntaxNode {
  const n = args.length;
  const fit = defs.filter((def) => {
    const params = paramsOf(def);
    const required = params.filter((p) => p.type === 'parameter_declaration').length;
    return n >= required && n <= params.length;
  });
  if (fit.length <= 1) return fit[0] ?? defs[0];
  let best = fit[0];
  let least = Infinity;
  for (const def of fit) {
    const c = conflicts(def, args, scope);
    if (c < least) { least = c; best = def; }
  }
  return best;
}
