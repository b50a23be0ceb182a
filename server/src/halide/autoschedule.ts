// Schedules written by Halide's autoschedulers (`NAME.schedule.h`, from `-e schedule`): Funcs are
// taken with `pipeline.get_func(N)` and matched to the generator's Funcs by their Halide names.
import type { SyntaxNode } from './tree';
import { parseText } from './parser';
import type { FuncState, Scope } from './scope';
import type { ReaderState } from './state';
import type { Interpreter } from './interpret';
import { execChain } from './chains';
import { rvarNameFor } from './directiveArgs';
import { baseName, field, rangeOf, stringLiteral, unwrap } from './syntax';

/** Halide writes names with characters C++ can't hold (`$`, `.`) as `_`. */
export function sanitize(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, '_');
}

function findApplyFunction(root: SyntaxNode): SyntaxNode | null {
  for (const fn of root.descendantsOfType('function_definition')) {
    if (fn.text.includes('get_func')) return fn;
  }
  return null;
}

export function readScheduleHeader(text: string, st: ReaderState, interp: Interpreter): void {
  let tree = parseText(text);
  let fn = findApplyFunction(tree.rootNode);
  if (!fn) {
    // Bare statements (`AutoSchedulerResults::schedule_source` without GenGen's wrapper, or Li2018's
    // name-based listing): wrap them on the first line so every other line keeps its number.
    tree = parseText(`void apply_schedule(){${text}\n}`);
    fn = tree.rootNode.descendantsOfType('function_definition')[0] ?? null;
  }
  const body = fn && field(fn, 'body');
  if (!body) {
    st.diagnostics.push({
      severity: 'error', code: 'schedule-header', range: rangeOf(tree.rootNode),
      message: 'schedule file has no schedule statements the front end can read',
    });
    return;
  }
  const byName = new Map<string, FuncState>();
  for (const f of st.funcs) byName.set(sanitize(f.name), f);
  // Li2018 names Funcs directly; Adams2019 and Mullapudi2016 bind them with get_func(N) first.
  const scope = st.members.child();
  for (const [name, func] of byName) scope.define(name, { kind: 'func', func });
  // Autoschedulers also place the Funcs Halide wraps Input buffers in (`input_im`).
  for (const io of st.inputs) if (io.kind === 'buffer') scope.define(`${sanitize(io.name)}_im`, { kind: 'inputWrapper', io });
  readBlock(body, scope, byName, st, interp);
}

function readBlock(block: SyntaxNode, scope: Scope, byName: Map<string, FuncState>, st: ReaderState, interp: Interpreter): void {
  const state = { branch: 'auto' as const, applies: true };
  for (const stmt of block.namedChildren) {
    if (stmt.type === 'declaration') {
      readDeclaration(stmt, scope, byName, st);
    } else if (stmt.type === 'compound_statement') {
      readBlock(stmt, scope.child(), byName, st, interp);
    } else if (stmt.type === 'expression_statement' && stmt.namedChildren[0]?.type === 'call_expression') {
      execChain(interp, stmt.namedChildren[0], scope, state, 'schedule.h');
    }
  }
}

function readDeclaration(stmt: SyntaxNode, scope: Scope, byName: Map<string, FuncState>, st: ReaderState): void {
  const type = baseName(field(stmt, 'type') ?? stmt);
  for (const d of stmt.namedChildren.filter((c) => c.type === 'init_declarator')) {
    const nameNode = field(d, 'declarator');
    const value = field(d, 'value');
    if (!nameNode) continue;
    const name = nameNode.text;
    if (type === 'Func') {
      const func = byName.get(name);
      const wrapped = st.inputs.find((io) => `${sanitize(io.name)}_im` === name);
      if (func) scope.define(name, { kind: 'func', func });
      else if (wrapped) scope.define(name, { kind: 'inputWrapper', io: wrapped });
      else {
        st.diagnostics.push({
          severity: 'warning', code: 'unknown-func', range: rangeOf(nameNode),
          message: `schedule names Func '${name}', which the generator's graph does not have`,
        });
      }
    } else if (type === 'Var' || type === 'RVar') {
      const arg = value && unwrap(value).type === 'argument_list' ? unwrap(value).namedChildren[0] : null;
      const s = arg ? stringLiteral(unwrap(arg)) : null;
      const halideName = s ?? (type === 'RVar' ? rvarNameFor(name, st.rdoms.map((r) => r.name)) : name);
      scope.define(name, { kind: 'var', name: halideName, rvar: type === 'RVar' });
    }
  }
}
