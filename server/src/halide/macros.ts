// Object-like macros as generation-time constants: `#define N_TAPS 5` in the file or a header it
// includes sizes arrays (`Input<Func[N_TAPS]>`), loops and RDoms as a `const int` would. Function-like
// macros and macros without a value (include guards) are not read; neither are values the front end
// cannot evaluate.
import type { SyntaxNode } from './tree';
import type { Scope } from './scope';
import { parseText } from './parser';
import { evaluate } from './evaluate';
import { field } from './syntax';

/** A macro's value parsed as an initializer, by its text (a file's macros are read once per generator). */
const parsed = new Map<string, SyntaxNode | null>();
function valueTree(text: string): SyntaxNode | null {
  let init = parsed.get(text);
  if (init !== undefined) return init;
  // The value is tokens, not a tree: parse it as an initializer (a trailing comment stays on its line).
  const decl = parseText(`auto __macro = ${text}\n;`).rootNode.namedChildren[0];
  init = decl?.type === 'declaration' ? field(decl.namedChildren.find((c) => c.type === 'init_declarator') ?? decl, 'value') : null;
  if (init?.hasError) init = null;
  if (parsed.size >= 1024) parsed.clear();
  parsed.set(text, init);
  return init;
}

/** Defines in `scope` each `#define NAME value` of `roots` whose value is a constant (a later definition wins). */
export function defineMacros(roots: SyntaxNode[], scope: Scope): void {
  const values = new Map<string, string>();
  for (const d of roots.flatMap((r) => r.descendantsOfType('preproc_def'))) {
    const name = field(d, 'name')?.text;
    const text = field(d, 'value')?.text.trim();
    if (name && text) values.set(name, text);
  }
  // A macro may name one defined after it (`#define B (A * 2)` before `#define A 3`): two passes.
  for (let pass = 0; pass < 2; pass++) {
    for (const [name, text] of values) {
      if (scope.own(name)) continue;
      const init = valueTree(text);
      const v = init ? evaluate(init, scope) : undefined;
      if (v !== undefined) scope.define(name, { kind: 'value', value: v });
    }
  }
}
