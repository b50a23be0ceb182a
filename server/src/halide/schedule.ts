// Scheduling directive chains: `f.update(0).split(x, xo, xi, 8).vectorize(xi)` -> Directives,
// each attributed to its Func and stage, with its arguments and source range.
import type { SyntaxNode } from './tree';
import type { Directive, DirectiveArg, DirectiveBranch } from './graph';
import { argumentsOf, compactText, field, rangeOf, unwrap } from './syntax';

export interface ChainLink {
  method: string;
  args: SyntaxNode[];
  node: SyntaxNode;
  nameNode: SyntaxNode;
}

/** Flatten `root.a(..).b(..)` into the root object and its method calls in order. */
export function flattenChain(node: SyntaxNode): { root: SyntaxNode; links: ChainLink[] } {
  const links: ChainLink[] = [];
  let n = unwrap(node);
  while (n.type === 'call_expression') {
    const fn = field(n, 'function');
    if (!fn || fn.type !== 'field_expression') break;
    const nameNode = field(fn, 'field')!;
    links.unshift({ method: nameNode.text, args: argumentsOf(n), node: n, nameNode });
    n = unwrap(field(fn, 'argument')!);
  }
  // `Func(output).tile(...)`: a Func made of an Output (or a Func) is that Func.
  const made = n.type === 'call_expression' ? field(n, 'function') : null;
  if (made && /^(::)?(Halide::)?Func$/.test(made.text) && argumentsOf(n).length === 1) n = unwrap(argumentsOf(n)[0]);
  return { root: n, links };
}

/** Directives that shape CPU loop nests and storage: the ones the cost model reads. */
const CPU_DIRECTIVES = new Set([
  'split', 'tile', 'fuse', 'reorder', 'vectorize', 'unroll', 'parallel', 'serial', 'rename',
  'compute_at', 'store_at', 'compute_root', 'store_root', 'compute_inline', 'compute_with',
  'store_in', 'bound', 'bound_extent', 'align_bounds', 'align_extent', 'align_storage', 'fold_storage',
  'rfactor', 'update', 'prefetch', 'memoize', 'async', 'reorder_storage', 'atomic', 'allow_race_conditions',
  'specialize', 'specialize_fail', 'hoist_storage', 'hoist_storage_root', 'trace_loads', 'trace_stores',
  'trace_realizations', 'add_trace_tag', 'never_partition', 'always_partition', 'partition', 'ring_buffer',
  'unroll', 'bound_storage', 'compute_with', 'unscheduled',
]);
const GPU_DIRECTIVES = /^(gpu|gpu_[a-z_]+|hexagon|shader|glsl|vectorize_gpu|gpu_lanes|gpu_single_thread)$/;
// `unscheduled()` only tells Halide's scheduling checks that a stage is left as it is on purpose.
const NOT_MODELLED = new Set(['trace_loads', 'trace_stores', 'trace_realizations', 'add_trace_tag', 'specialize_fail', 'unscheduled']);

export function isKnownDirective(method: string): boolean {
  return CPU_DIRECTIVES.has(method) || GPU_DIRECTIVES.test(method);
}

export function isModelled(method: string): boolean {
  return CPU_DIRECTIVES.has(method) && !NOT_MODELLED.has(method) && !GPU_DIRECTIVES.test(method);
}

export interface BranchState {
  branch: DirectiveBranch;
  applies: boolean;
}

export function makeDirective(
  link: ChainLink, values: DirectiveArg[], func: string, stage: number, state: BranchState, source: Directive['source'],
): Directive {
  return {
    name: link.method,
    func,
    stage,
    args: link.args.map((a, i) => (values[i]?.kind === 'func' ? (values[i] as { name: string }).name : compactText(a))),
    values,
    applies: state.applies,
    branch: state.branch,
    modelled: isModelled(link.method),
    source,
    range: rangeOf(link.node),
  };
}

/** `auto_schedule`, `get_auto_schedule()`, `using_autoscheduler()`: whether a condition asks it. */
export function autoScheduleCondition(cond: SyntaxNode): boolean | null {
  let n = unwrap(cond);
  if (n.type === 'condition_clause') n = unwrap(field(n, 'value') ?? n.namedChildren[0]);
  let negated = false;
  while (n.type === 'unary_expression' && (field(n, 'operator')?.text ?? n.child(0)?.text) === '!') {
    negated = !negated;
    n = unwrap(field(n, 'argument')!);
  }
  const text = n.text.replace(/\s+/g, '').replace(/^this->/, '');
  const asks = /^(auto_schedule|get_auto_schedule\(\)|using_autoscheduler\(\)|auto_schedule\.value\(\))$/.test(text);
  return asks ? !negated : null;
}
