// Schedule steps -> C++ schedule code. The text is what a user pastes into schedule() and what
// our front end reads back (Funcs by name, every new loop Var declared), so a printed schedule
// and the schedule that was measured can never drift apart.
import type { DirectiveArg } from '../halide/graph';

export interface ScheduleStep {
  func: string;
  /** 0 = pure definition, k = update k-1. */
  stage: number;
  name: string;
  values: DirectiveArg[];
}

export const cppName = (halideName: string): string => halideName.replace(/[^A-Za-z0-9_]/g, '_');

export function printArg(a: DirectiveArg): string {
  switch (a.kind) {
    case 'func': return cppName(a.name);
    case 'var': return cppName(a.name);
    case 'int': return String(a.value);
    case 'float': return Number.isInteger(a.value) ? `${a.value}.0f` : `${a.value}f`;
    case 'bool': return a.value ? 'true' : 'false';
    case 'enum': return `${a.type}::${a.value}`;
    case 'list': return `{${a.items.map(printArg).join(', ')}}`;
    case 'expr': return a.text;
  }
}

function varsOf(args: DirectiveArg[], out: Map<string, boolean>): void {
  for (const a of args) {
    if (a.kind === 'var') out.set(a.name, a.rvar);
    if (a.kind === 'list') varsOf(a.items, out);
  }
}

/** How a file spells things, for printing into it (defaults: a standalone schedule). */
export interface PrintStyle {
  /** The C++ expression for a Func (or Output) by its Halide name. */
  funcName?: (halideName: string) => string;
  /** The declaration of a loop Var the schedule names, or null when the file already has one in scope. */
  declare?: (halideName: string, rvar: boolean) => string | null;
}

export function printSchedule(steps: ScheduleStep[], header = '', style: PrintStyle = {}): string {
  const vars = new Map<string, boolean>();
  for (const s of steps) varsOf(s.values, vars);
  const fname = style.funcName ?? cppName;
  const lines: string[] = [];
  if (header) lines.push(...header.split('\n').map((l) => `// ${l}`));
  // An empty schedule is a real answer (Halide's default: every Func inlined into its consumers); say so.
  if (steps.length === 0) lines.push('// no directives: every Func is inlined into its consumers, as Halide does by default');
  for (const [name, rvar] of [...vars].sort(([a], [b]) => a.localeCompare(b))) {
    const decl = style.declare ? style.declare(name, rvar) : `${rvar ? 'RVar' : 'Var'} ${cppName(name)}("${name}");`;
    if (decl !== null) lines.push(decl);
  }
  // One chain per run of steps on the same stage, in the order given.
  let i = 0;
  while (i < steps.length) {
    const { func, stage } = steps[i];
    const chain: string[] = [];
    for (; i < steps.length && steps[i].func === func && steps[i].stage === stage; i++) {
      const args = steps[i].values.map((a) => (a.kind === 'func' ? fname(a.name) : printArg(a)));
      chain.push(`.${steps[i].name}(${args.join(', ')})`);
    }
    const head = stage === 0 ? fname(func) : `${fname(func)}.update(${stage - 1})`;
    lines.push(`${head}${chain.join('')};`);
  }
  return lines.join('\n') + '\n';
}
