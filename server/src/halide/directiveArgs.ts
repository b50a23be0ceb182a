// Typing a scheduling directive's arguments: Funcs, Vars/RVars (by Halide name), constants, enums.
import type { SyntaxNode } from './tree';
import type { DirectiveArg } from './graph';
import type { Scope } from './scope';
import { evaluate, isFloatLiteral } from './evaluate';
import { resolveCallee } from './callee';
import { compactText, field, qualifiedParts, unwrap } from './syntax';

/** Bare enum spellings Li2018 prints without their type. */
const TAIL_STRATEGIES = new Set(['RoundUp', 'GuardWithIf', 'ShiftInwards', 'Auto', 'PredicateLoads', 'PredicateStores', 'RoundUpAndBlend']);
const RVAR_DIMS = ['x', 'y', 'z', 'w'];

export function directiveArg(node: SyntaxNode, scope: Scope): DirectiveArg {
  const n = unwrap(node);
  if (n.type === 'initializer_list') return { kind: 'list', items: n.namedChildren.map((c) => directiveArg(c, scope)) };
  const callee = resolveCallee(n, scope);
  if (callee?.kind === 'func' || callee?.kind === 'output') return { kind: 'func', name: callee.func.name };
  if (callee?.kind === 'inputWrapper') return { kind: 'func', name: `${callee.io.name}_im` };
  if (callee?.kind === 'var') return { kind: 'var', name: callee.name, rvar: callee.rvar };
  if (callee?.kind === 'rdom') return { kind: 'var', name: `${callee.info.name}$x`, rvar: true };
  if (n.type === 'field_expression') {
    const obj = resolveCallee(field(n, 'argument')!, scope);
    const member = field(n, 'field')?.text ?? '';
    if (obj?.kind === 'rdom') return { kind: 'var', name: `${obj.info.name}$${member}`, rvar: true };
  }
  if (n.type === 'qualified_identifier') {
    const parts = qualifiedParts(n).filter((p) => p !== 'Halide');
    if (parts.length >= 2) return { kind: 'enum', type: parts[parts.length - 2], value: parts[parts.length - 1] };
  }
  const v = evaluate(n, scope);
  if (typeof v === 'number') {
    const float = (n.type === 'number_literal' && isFloatLiteral(n.text)) || !Number.isInteger(v);
    return { kind: float ? 'float' : 'int', value: v };
  }
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (n.type === 'identifier') {
    if (TAIL_STRATEGIES.has(n.text)) return { kind: 'enum', type: 'TailStrategy', value: n.text };
    // A Var the schedule introduces without declaring it (autoscheduler listings): a new loop name.
    return { kind: 'var', name: n.text, rvar: false };
  }
  return { kind: 'expr', text: compactText(n) };
}

/** The RVar a schedule.h declares as `RVar r_x(f.update(0).get_schedule().dims()[i].var)`. */
export function rvarNameFor(cppName: string, rdomNames: string[]): string {
  for (const r of rdomNames) {
    for (const d of RVAR_DIMS) if (`${r}_${d}`.replace(/[^A-Za-z0-9_]/g, '_') === cppName) return `${r}$${d}`;
  }
  return cppName;
}
