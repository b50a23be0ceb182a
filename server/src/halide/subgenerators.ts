// Generators used inside another (camera_pipe's Demosaic): `auto d = create<Demosaic>();` makes an
// instance whose Inputs are unbound and whose Outputs are Funcs of the caller's pipeline;
// `d->apply(f, ...)` binds the Inputs in declaration order and runs its generate() and schedule(), as
// Halide 14's Generator::apply does; `d->output` is then one of the caller's Funcs. Its
// `GeneratorParam<LoopLevel>`s are levels the caller may `set(...)` afterwards (chains.ts).
import type { SyntaxNode } from './tree';
import type { ClassDef, Entity } from './scope';
import type { Interpreter } from './interpret';
import type { BranchState } from './schedule';
import { construct } from './objects';
import { declarators, declaredName } from './entities';
import { field, templateArgs, baseName, unwrap } from './syntax';

type ObjectEntity = Extract<Entity, { kind: 'object' }>;

/** `create<T>()` (or `this->create<T>()`): the generator class T, when it is one of the file's. */
export function createdClass(it: Interpreter, call: SyntaxNode): ClassDef | null {
  let fn = unwrap(field(call, 'function')!);
  if (fn.type === 'field_expression') fn = field(fn, 'field')!;
  if (fn.type !== 'template_function' && fn.type !== 'template_method') return null;
  if (field(fn, 'name')?.text !== 'create') return null;
  const t = templateArgs(fn)[0];
  const cls = t ? it.classes.get(baseName(t)) : undefined;
  return cls?.generator ? cls : null;
}

/** A new instance of a sub-generator: its members declared, its Inputs not yet bound. */
export function createGenerator(it: Interpreter, cls: ClassDef, state: BranchState): ObjectEntity {
  it.st.subGenerator++;
  try {
    const obj = construct(it, cls, [], state);
    // Its own auto_schedule GeneratorParam: false, as create<>() leaves it.
    obj.fields.define('auto_schedule', { kind: 'value', value: false });
    return obj;
  } finally {
    it.st.subGenerator--;
  }
}

/** Names of the class's `Input<...>` members, in declaration order (the order apply() binds them). */
function inputNames(cls: ClassDef): string[] {
  const out: string[] = [];
  for (const decl of cls.body.namedChildren) {
    if (decl.type !== 'field_declaration' || !/^(Halide::)?(Generator)?Input\b/.test(field(decl, 'type')?.text ?? '')) continue;
    for (const { declarator } of declarators(decl)) {
      const n = declaredName(declarator);
      if (n) out.push(n.text);
    }
  }
  return out;
}

/** `gen->apply(args...)`: the Inputs bound, then generate() and schedule() run over the instance. */
export function applyGenerator(it: Interpreter, obj: ObjectEntity, args: (Entity | undefined)[], state: BranchState): void {
  inputNames(obj.cls).forEach((name, i) => {
    const a = args[i];
    if (!a) return;
    obj.fields.define(name, a.kind === 'output' ? { kind: 'func', func: a.func } : a);
  });
  for (const m of ['generate', 'schedule']) {
    for (const def of obj.cls.methods.get(m) ?? []) {
      const body = field(def, 'body');
      if (!body) continue;
      const scope = obj.fields.child();
      scope.define('this', obj);
      it.runBody(body, scope, state, `${obj.cls.name}::${m}`);
      break;
    }
  }
}
