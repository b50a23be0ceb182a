// Our front end's reading of a schedule -> the bench worker's directive list. Measuring exactly
// what the front end read keeps every sample's schedule text and its label in agreement.
import type { Directive, DirectiveArg } from '../halide/graph';
import type { DirectiveArg as WorkerArg, WorkerDirective } from './workerProtocol';

export class UnsupportedDirective extends Error {}

function arg(a: DirectiveArg): WorkerArg {
  switch (a.kind) {
    case 'func': return { func: a.name };
    case 'var': return a.rvar ? { rvar: a.name } : { var: a.name };
    case 'int': return { int: a.value };
    case 'float': return { float: a.value };
    case 'bool': return { bool: a.value };
    case 'list': return { list: a.items.map(arg) };
    case 'enum':
      if (a.type === 'TailStrategy') return { tail: a.value as never };
      if (a.type === 'MemoryType') return { memory: a.value as never };
      throw new UnsupportedDirective(`${a.type}::${a.value} is not a value the bench worker takes`);
    case 'expr':
      throw new UnsupportedDirective(`argument '${a.text}' is not a constant, Var or Func`);
  }
}

/** Directives in force, in order, without `update(n)` links (the stage index says it). */
export function toWorkerDirectives(schedule: Directive[]): WorkerDirective[] {
  return schedule
    .filter((d) => d.applies && d.name !== 'update')
    .map((d) => {
      if (!d.modelled) throw new UnsupportedDirective(`${d.name} is not a CPU scheduling directive`);
      return { func: d.func, stage: d.stage, name: d.name, args: d.values.map(arg) };
    });
}
